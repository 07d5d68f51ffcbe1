# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/status``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "ClusterStatusGetResultItem",
]


class ClusterStatusGetResultItem(PveModel):
    """Result object ``ClusterStatusGetResultItem``."""

    id: str

    name: str

    type: Literal["cluster", "node"] | str
    """Indicates the type, either cluster or node. The type defines the object properties e.g. quorate available for type cluster."""

    ip: str | None = None
    """[node] IP of the resolved nodename."""

    level: str | None = None
    """[node] Proxmox VE Subscription level, indicates if eligible for enterprise support as well as access to the stable Proxmox VE Enterprise Repository."""

    local: bool | None = None
    """[node] Indicates if this is the responding node."""

    nodeid: int | None = None
    """[node] ID of the node from the corosync configuration."""

    nodes: int | None = None
    """[cluster] Nodes count, including offline nodes."""

    online: bool | None = None
    """[node] Indicates if the node is online or offline."""

    quorate: bool | None = None
    """[cluster] Indicates if there is a majority of nodes online to make decisions"""

    version: int | None = None
    """[cluster] Current version of the corosync configuration file."""
