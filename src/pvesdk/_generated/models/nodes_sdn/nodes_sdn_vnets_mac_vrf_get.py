# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/sdn/vnets/{vnet}/mac-vrf``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesSdnVnetsMacVrfGetResultItem",
]


class NodesSdnVnetsMacVrfGetResultItem(PveModel):
    """Result object ``NodesSdnVnetsMacVrfGetResultItem``."""

    ip: str
    """The IP address of the MAC VRF entry."""

    mac: str
    """The MAC address of the MAC VRF entry."""

    nexthop: str
    """The IP address of the nexthop."""
