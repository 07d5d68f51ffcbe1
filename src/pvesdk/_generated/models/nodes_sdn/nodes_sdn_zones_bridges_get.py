# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/sdn/zones/{zone}/bridges``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesSdnZonesBridgesGetResultItem",
    "NodesSdnZonesBridgesGetResultItemPortsItem",
]


class NodesSdnZonesBridgesGetResultItem(PveModel):
    """List of bridges contained in the SDN zone."""

    name: str
    """Name of the bridge."""

    ports: list[NodesSdnZonesBridgesGetResultItemPortsItem]
    """All ports that are members of the bridge"""

    vlan_filtering: str
    """Whether VLAN filtering is enabled for this bridge (= VLAN-aware)."""


class NodesSdnZonesBridgesGetResultItemPortsItem(PveModel):
    """Information about bridge ports."""

    name: str
    """The name of the bridge port."""

    index: str | None = None
    """The index of the guests network device that this interface belongs to."""

    primary_vlan: float | None = None
    """The primary VLAN configured for the port of this bridge (= PVID). Only for VLAN-aware bridges."""

    vlans: list[str] | None = None
    """A list of VLANs and VLAN ranges that are allowed for this bridge port in addition to the primary VLAN. Only for VLAN-aware bridges."""

    vmid: float | None = None
    """The ID of the guest that this interface belongs to."""
