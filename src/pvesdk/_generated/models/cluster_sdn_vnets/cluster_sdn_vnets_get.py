# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/sdn/vnets``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "ClusterSdnVnetsGetResultItem",
    "ClusterSdnVnetsGetResultItemPending",
]


class ClusterSdnVnetsGetResultItem(PveModel):
    """Result object ``ClusterSdnVnetsGetResultItem``."""

    type: Literal["vnet"] | str
    """Type of the VNet."""

    vnet: str
    """Name of the VNet."""

    alias: str | None = None
    """Alias name of the VNet."""

    digest: str | None = None
    """Digest of the VNet section."""

    isolate_ports: bool | None = Field(default=None, alias="isolate-ports")
    """If true, sets the isolated property for all interfaces on the bridge of this VNet."""

    pending: ClusterSdnVnetsGetResultItemPending | None = None
    """Changes that have not yet been applied to the running configuration."""

    state: Literal["new", "changed", "deleted"] | str | None = None
    """State of the SDN configuration object."""

    tag: int | None = None
    """VLAN Tag (for VLAN or QinQ zones) or VXLAN VNI (for VXLAN or EVPN zones)."""

    vlanaware: bool | None = None
    """Allow VLANs to pass through this VNet."""

    zone: str | None = None
    """Name of the zone this VNet belongs to."""


class ClusterSdnVnetsGetResultItemPending(PveModel):
    """Changes that have not yet been applied to the running configuration."""

    alias: str | None = None
    """Alias name of the VNet."""

    isolate_ports: bool | None = Field(default=None, alias="isolate-ports")
    """If true, sets the isolated property for all interfaces on the bridge of this VNet."""

    tag: int | None = None
    """VLAN Tag (for VLAN or QinQ zones) or VXLAN VNI (for VXLAN or EVPN zones)."""

    vlanaware: bool | None = None
    """Allow VLANs to pass through this VNet."""

    zone: str | None = None
    """Name of the zone this VNet belongs to."""
