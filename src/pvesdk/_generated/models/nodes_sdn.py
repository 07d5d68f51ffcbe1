# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``nodes_sdn``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "NodesNodeSdnFabricsFabricGetResultItem",
    "NodesNodeSdnVnetsVnetGetResultItem",
    "NodesNodeSdnZonesGetResultItem",
    "NodesNodeSdnZonesZoneGetResultItem",
    "NodesSdnFabricsInterfacesGetResultItem",
    "NodesSdnFabricsNeighborsGetResultItem",
    "NodesSdnFabricsRoutesGetResultItem",
    "NodesSdnVnetsMacVrfGetResultItem",
    "NodesSdnZonesBridgesGetResultItem",
    "NodesSdnZonesBridgesGetResultItemPortsItem",
    "NodesSdnZonesContentGetResultItem",
    "NodesSdnZonesIpVrfGetResultItem",
]


class NodesNodeSdnFabricsFabricGetResultItem(PveModel):
    """Result object ``NodesNodeSdnFabricsFabricGetResultItem``."""

    subdir: str


class NodesSdnFabricsInterfacesGetResultItem(PveModel):
    """Result object ``NodesSdnFabricsInterfacesGetResultItem``."""

    name: str
    """The name of the network interface."""

    state: str
    """The current state of the interface."""

    type: str
    """The type of this interface in the fabric (e.g. Point-to-Point, Broadcast, ..)."""


class NodesSdnFabricsNeighborsGetResultItem(PveModel):
    """Result object ``NodesSdnFabricsNeighborsGetResultItem``."""

    neighbor: str
    """The IP or hostname of the neighbor."""

    status: str
    """The status of the neighbor, as returned by FRR."""

    uptime: str
    """The uptime of this neighbor, as returned by FRR (e.g. 8h24m12s)."""


class NodesSdnFabricsRoutesGetResultItem(PveModel):
    """Result object ``NodesSdnFabricsRoutesGetResultItem``."""

    route: str
    """The CIDR block for this routing table entry."""

    via: list[str]
    """A list of nexthops for that route."""


class NodesNodeSdnVnetsVnetGetResultItem(PveModel):
    """Result object ``NodesNodeSdnVnetsVnetGetResultItem``."""

    subdir: str


class NodesSdnVnetsMacVrfGetResultItem(PveModel):
    """Result object ``NodesSdnVnetsMacVrfGetResultItem``."""

    ip: str
    """The IP address of the MAC VRF entry."""

    mac: str
    """The MAC address of the MAC VRF entry."""

    nexthop: str
    """The IP address of the nexthop."""


class NodesNodeSdnZonesGetResultItem(PveModel):
    """Result object ``NodesNodeSdnZonesGetResultItem``."""

    status: Literal["available", "pending", "error"] | str
    """Status of zone"""

    zone: str
    """The SDN zone object identifier."""


class NodesNodeSdnZonesZoneGetResultItem(PveModel):
    """Result object ``NodesNodeSdnZonesZoneGetResultItem``."""

    subdir: str


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


class NodesSdnZonesContentGetResultItem(PveModel):
    """Result object ``NodesSdnZonesContentGetResultItem``."""

    vnet: str
    """Vnet identifier."""

    status: str | None = None
    """Status."""

    statusmsg: str | None = None
    """Status details"""


class NodesSdnZonesIpVrfGetResultItem(PveModel):
    """Result object ``NodesSdnZonesIpVrfGetResultItem``."""

    ip: str
    """The CIDR of the route table entry."""

    metric: int
    """This route's metric."""

    nexthops: list[str]
    """A list of nexthops for the route table entry."""

    protocol: str
    """The protocol where this route was learned from (e.g. BGP)."""
