# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/sdn/zones/{zone}``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "ClusterSdnZonesZoneGetResult",
    "ClusterSdnZonesZoneGetResultPending",
]


class ClusterSdnZonesZoneGetResult(PveModel):
    """Result object ``ClusterSdnZonesZoneGetResult``."""

    type: Literal["evpn", "faucet", "qinq", "simple", "vlan", "vxlan"] | str
    """Type of the zone."""

    zone: str
    """Name of the zone."""

    advertise_subnets: bool | None = Field(default=None, alias="advertise-subnets")
    """Advertise IP prefixes (Type-5 routes) instead of MAC/IP pairs (Type-2 routes). EVPN zone only."""

    bridge: str | None = None
    """the bridge for which VLANs should be managed. VLAN & QinQ zone only."""

    bridge_disable_mac_learning: bool | None = Field(
        default=None, alias="bridge-disable-mac-learning"
    )
    """Disable auto mac learning. VLAN zone only."""

    controller: str | None = None
    """ID of the controller for this zone. EVPN zone only."""

    dhcp: Literal["dnsmasq"] | str | None = None
    """Name of DHCP server backend for this zone."""

    digest: str | None = None
    """Digest of the controller section."""

    disable_arp_nd_suppression: bool | None = Field(
        default=None, alias="disable-arp-nd-suppression"
    )
    """Suppress IPv4 ARP && IPv6 Neighbour Discovery messages. EVPN zone only."""

    dns: str | None = None
    """ID of the DNS server for this zone."""

    dnszone: str | None = None
    """Domain name for this zone."""

    exitnodes: str | None = None
    """List of PVE Nodes that should act as exit node for this zone. EVPN zone only."""

    exitnodes_local_routing: bool | None = Field(default=None, alias="exitnodes-local-routing")
    """Create routes on the exit nodes, so they can connect to EVPN guests. EVPN zone only."""

    exitnodes_primary: str | None = Field(default=None, alias="exitnodes-primary")
    """Force traffic through this exitnode first. EVPN zone only."""

    ipam: str | None = None
    """ID of the IPAM for this zone."""

    mac: str | None = None
    """MAC address of the anycast router for this zone."""

    mtu: int | None = None
    """MTU of the zone, will be used for the created VNet bridges."""

    nodes: str | None = None
    """Nodes where this zone should be created."""

    peers: str | None = None
    """Comma-separated list of peers, that are part of the VXLAN zone. Usually the IPs of the nodes. VXLAN zone only."""

    pending: ClusterSdnZonesZoneGetResultPending | None = None
    """Changes that have not yet been applied to the running configuration."""

    reversedns: str | None = None
    """ID of the reverse DNS server for this zone."""

    rt_import: str | None = Field(default=None, alias="rt-import")
    """Route-Targets that should be imported into the VRF of this zone via BGP. EVPN zone only."""

    secondary_controllers: list[str] | None = Field(default=None, alias="secondary-controllers")
    """Additional controllers."""

    state: Literal["new", "changed", "deleted"] | str | None = None
    """State of the SDN configuration object."""

    tag: int | None = None
    """Service-VLAN Tag (outer VLAN). QinQ zone only"""

    vlan_protocol: Literal["802.1q", "802.1ad"] | str | None = Field(
        default=None, alias="vlan-protocol"
    )
    """VLAN protocol for the creation of the QinQ zone. QinQ zone only."""

    vrf_vxlan: int | None = Field(default=None, alias="vrf-vxlan")
    """VNI for the zone VRF. EVPN zone only."""

    vxlan_port: int | None = Field(default=None, alias="vxlan-port")
    """UDP port that should be used for the VXLAN tunnel (default 4789). VXLAN zone only."""


class ClusterSdnZonesZoneGetResultPending(PveModel):
    """Changes that have not yet been applied to the running configuration."""

    advertise_subnets: bool | None = Field(default=None, alias="advertise-subnets")
    """Advertise IP prefixes (Type-5 routes) instead of MAC/IP pairs (Type-2 routes). EVPN zone only."""

    bridge: str | None = None
    """the bridge for which VLANs should be managed. VLAN & QinQ zone only."""

    bridge_disable_mac_learning: bool | None = Field(
        default=None, alias="bridge-disable-mac-learning"
    )
    """Disable auto mac learning. VLAN zone only."""

    controller: str | None = None
    """ID of the controller for this zone. EVPN zone only."""

    dhcp: Literal["dnsmasq"] | str | None = None
    """Name of DHCP server backend for this zone."""

    disable_arp_nd_suppression: bool | None = Field(
        default=None, alias="disable-arp-nd-suppression"
    )
    """Suppress IPv4 ARP && IPv6 Neighbour Discovery messages. EVPN zone only."""

    dns: str | None = None
    """ID of the DNS server for this zone."""

    dnszone: str | None = None
    """Domain name for this zone."""

    exitnodes: str | None = None
    """List of PVE Nodes that should act as exit node for this zone. EVPN zone only."""

    exitnodes_local_routing: bool | None = Field(default=None, alias="exitnodes-local-routing")
    """Create routes on the exit nodes, so they can connect to EVPN guests. EVPN zone only."""

    exitnodes_primary: str | None = Field(default=None, alias="exitnodes-primary")
    """Force traffic through this exitnode first. EVPN zone only."""

    ipam: str | None = None
    """ID of the IPAM for this zone."""

    mac: str | None = None
    """MAC address of the anycast router for this zone."""

    mtu: int | None = None
    """MTU of the zone, will be used for the created VNet bridges."""

    nodes: str | None = None
    """Nodes where this zone should be created."""

    peers: str | None = None
    """Comma-separated list of peers, that are part of the VXLAN zone. Usually the IPs of the nodes. VXLAN zone only."""

    reversedns: str | None = None
    """ID of the reverse DNS server for this zone."""

    rt_import: str | None = Field(default=None, alias="rt-import")
    """Route-Targets that should be imported into the VRF of this zone via BGP. EVPN zone only."""

    secondary_controllers: list[str] | None = Field(default=None, alias="secondary-controllers")
    """Additional controllers."""

    tag: int | None = None
    """Service-VLAN Tag (outer VLAN). QinQ zone only"""

    vlan_protocol: Literal["802.1q", "802.1ad"] | str | None = Field(
        default=None, alias="vlan-protocol"
    )
    """VLAN protocol for the creation of the QinQ zone. QinQ zone only."""

    vrf_vxlan: int | None = Field(default=None, alias="vrf-vxlan")
    """VNI for the zone VRF. EVPN zone only."""

    vxlan_port: int | None = Field(default=None, alias="vxlan-port")
    """UDP port that should be used for the VXLAN tunnel (default 4789). VXLAN zone only."""
