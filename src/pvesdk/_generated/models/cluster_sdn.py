# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``cluster_sdn``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from pvesdk._model import PveModel

from ..propstr import ExitAction, Match, Peers, Set

__all__ = [
    "ClusterSdnControllersControllerGetResult",
    "ClusterSdnControllersControllerGetResultPending",
    "ClusterSdnControllersGetResultItem",
    "ClusterSdnControllersGetResultItemPending",
    "ClusterSdnDnsGetResultItem",
    "ClusterSdnDryRunGetResult",
    "ClusterSdnFabricsAllGetResult",
    "ClusterSdnFabricsAllGetResultFabricsItem",
    "ClusterSdnFabricsAllGetResultNodesItem",
    "ClusterSdnFabricsFabricGetResultItem",
    "ClusterSdnFabricsFabricIdGetResult",
    "ClusterSdnFabricsGetResultItem",
    "ClusterSdnFabricsNodeFabricIdGetResultItem",
    "ClusterSdnFabricsNodeFabricIdNodeIdGetResult",
    "ClusterSdnFabricsNodeGetResultItem",
    "ClusterSdnGetResultItem",
    "ClusterSdnIpamsGetResultItem",
    "ClusterSdnRouteMapsEntriesGetResultItem",
    "ClusterSdnRouteMapsEntriesRouteMapIdEntryOrderGetResult",
    "ClusterSdnRouteMapsEntriesRouteMapIdGetResultItem",
    "ClusterSdnRouteMapsGetResultItem",
    "ClusterSdnVnetsFirewallOptionsGetResult",
    "ClusterSdnVnetsGetResultItem",
    "ClusterSdnVnetsGetResultItemPending",
    "ClusterSdnVnetsVnetFirewallRulesGetResultItem",
    "ClusterSdnVnetsVnetFirewallRulesPosGetResult",
    "ClusterSdnVnetsVnetGetResult",
    "ClusterSdnVnetsVnetGetResultPending",
    "ClusterSdnZonesGetResultItem",
    "ClusterSdnZonesGetResultItemPending",
    "ClusterSdnZonesZoneGetResult",
    "ClusterSdnZonesZoneGetResultPending",
]


class ClusterSdnGetResultItem(PveModel):
    """Result object ``ClusterSdnGetResultItem``."""

    id: str


class ClusterSdnControllersGetResultItem(PveModel):
    """Result object ``ClusterSdnControllersGetResultItem``."""

    controller: str
    """Name of the controller."""

    type: Literal["bgp", "evpn", "faucet", "isis"] | str
    """Type of the controller"""

    asn: int | None = None
    """The local ASN of the controller. BGP & EVPN only."""

    bgp_mode: Literal["auto", "external", "internal"] | str | None = Field(
        default=None, alias="bgp-mode"
    )
    """Whether to use eBGP or iBGP. Auto mode chooses depending on BGP controller or falls back to iBGP."""

    bgp_multipath_as_relax: bool | None = Field(default=None, alias="bgp-multipath-as-relax")
    """Consider different AS paths of equal length for multipath computation. BGP only."""

    digest: str | None = None
    """Digest of the controller section."""

    ebgp: bool | None = None
    """Enable eBGP (remote-as external). BGP only."""

    ebgp_multihop: int | None = Field(default=None, alias="ebgp-multihop")
    """Set maximum amount of hops for eBGP peers. Needs ebgp set to 1. BGP only."""

    isis_domain: str | None = Field(default=None, alias="isis-domain")
    """Name of the IS-IS domain. IS-IS only."""

    isis_ifaces: str | None = Field(default=None, alias="isis-ifaces")
    """Comma-separated list of interfaces where IS-IS should be active. IS-IS only."""

    isis_net: str | None = Field(default=None, alias="isis-net")
    """Network Entity title for this node in the IS-IS network. IS-IS only."""

    loopback: str | None = None
    """Name of the loopback/dummy interface that provides the Router-IP. BGP only."""

    node: str | None = None
    """Node(s) where this controller is active."""

    nodes: str | None = None
    """List of cluster node names."""

    peer_group_name: str | None = Field(default=None, alias="peer-group-name")
    """Name of the peer group for this EVPN controller"""

    peers: str | None = None
    """Comma-separated list of the peers IP addresses."""

    pending: ClusterSdnControllersGetResultItemPending | None = None
    """Changes that have not yet been applied to the running configuration."""

    state: Literal["new", "changed", "deleted"] | str | None = None
    """State of the SDN configuration object."""


class ClusterSdnControllersGetResultItemPending(PveModel):
    """Changes that have not yet been applied to the running configuration."""

    asn: int | None = None
    """The local ASN of the controller. BGP & EVPN only."""

    bgp_mode: Literal["auto", "external", "internal"] | str | None = Field(
        default=None, alias="bgp-mode"
    )
    """Whether to use eBGP or iBGP. Auto mode chooses depending on BGP controller or falls back to iBGP."""

    bgp_multipath_as_relax: bool | None = Field(default=None, alias="bgp-multipath-as-relax")
    """Consider different AS paths of equal length for multipath computation. BGP only."""

    ebgp: bool | None = None
    """Enable eBGP (remote-as external). BGP only."""

    ebgp_multihop: int | None = Field(default=None, alias="ebgp-multihop")
    """Set maximum amount of hops for eBGP peers. Needs ebgp set to 1. BGP only."""

    isis_domain: str | None = Field(default=None, alias="isis-domain")
    """Name of the IS-IS domain. IS-IS only."""

    isis_ifaces: str | None = Field(default=None, alias="isis-ifaces")
    """Comma-separated list of interfaces where IS-IS should be active. IS-IS only."""

    isis_net: str | None = Field(default=None, alias="isis-net")
    """Network Entity title for this node in the IS-IS network. IS-IS only."""

    loopback: str | None = None
    """Name of the loopback/dummy interface that provides the Router-IP. BGP only."""

    node: str | None = None
    """Node(s) where this controller is active."""

    nodes: str | None = None
    """List of cluster node names."""

    peer_group_name: str | None = Field(default=None, alias="peer-group-name")
    """Name of the peer group for this EVPN controller"""

    peers: str | None = None
    """Comma-separated list of the peers IP addresses."""


class ClusterSdnControllersControllerGetResult(PveModel):
    """Result object ``ClusterSdnControllersControllerGetResult``."""

    controller: str
    """Name of the controller."""

    type: Literal["bgp", "evpn", "faucet", "isis"] | str
    """Type of the controller"""

    asn: int | None = None
    """The local ASN of the controller. BGP & EVPN only."""

    bgp_mode: Literal["auto", "external", "internal"] | str | None = Field(
        default=None, alias="bgp-mode"
    )
    """Whether to use eBGP or iBGP. Auto mode chooses depending on BGP controller or falls back to iBGP."""

    bgp_multipath_as_relax: bool | None = Field(default=None, alias="bgp-multipath-as-relax")
    """Consider different AS paths of equal length for multipath computation. BGP only."""

    digest: str | None = None
    """Digest of the controller section."""

    ebgp: bool | None = None
    """Enable eBGP (remote-as external). BGP only."""

    ebgp_multihop: int | None = Field(default=None, alias="ebgp-multihop")
    """Set maximum amount of hops for eBGP peers. Needs ebgp set to 1. BGP only."""

    isis_domain: str | None = Field(default=None, alias="isis-domain")
    """Name of the IS-IS domain. IS-IS only."""

    isis_ifaces: str | None = Field(default=None, alias="isis-ifaces")
    """Comma-separated list of interfaces where IS-IS should be active. IS-IS only."""

    isis_net: str | None = Field(default=None, alias="isis-net")
    """Network Entity title for this node in the IS-IS network. IS-IS only."""

    loopback: str | None = None
    """Name of the loopback/dummy interface that provides the Router-IP. BGP only."""

    node: str | None = None
    """Node(s) where this controller is active."""

    nodes: str | None = None
    """List of cluster node names."""

    peer_group_name: str | None = Field(default=None, alias="peer-group-name")
    """Name of the peer group for this EVPN controller"""

    peers: str | None = None
    """Comma-separated list of the peers IP addresses."""

    pending: ClusterSdnControllersControllerGetResultPending | None = None
    """Changes that have not yet been applied to the running configuration."""

    state: Literal["new", "changed", "deleted"] | str | None = None
    """State of the SDN configuration object."""


class ClusterSdnControllersControllerGetResultPending(PveModel):
    """Changes that have not yet been applied to the running configuration."""

    asn: int | None = None
    """The local ASN of the controller. BGP & EVPN only."""

    bgp_mode: Literal["auto", "external", "internal"] | str | None = Field(
        default=None, alias="bgp-mode"
    )
    """Whether to use eBGP or iBGP. Auto mode chooses depending on BGP controller or falls back to iBGP."""

    bgp_multipath_as_relax: bool | None = Field(default=None, alias="bgp-multipath-as-relax")
    """Consider different AS paths of equal length for multipath computation. BGP only."""

    ebgp: bool | None = None
    """Enable eBGP (remote-as external). BGP only."""

    ebgp_multihop: int | None = Field(default=None, alias="ebgp-multihop")
    """Set maximum amount of hops for eBGP peers. Needs ebgp set to 1. BGP only."""

    isis_domain: str | None = Field(default=None, alias="isis-domain")
    """Name of the IS-IS domain. IS-IS only."""

    isis_ifaces: str | None = Field(default=None, alias="isis-ifaces")
    """Comma-separated list of interfaces where IS-IS should be active. IS-IS only."""

    isis_net: str | None = Field(default=None, alias="isis-net")
    """Network Entity title for this node in the IS-IS network. IS-IS only."""

    loopback: str | None = None
    """Name of the loopback/dummy interface that provides the Router-IP. BGP only."""

    node: str | None = None
    """Node(s) where this controller is active."""

    nodes: str | None = None
    """List of cluster node names."""

    peer_group_name: str | None = Field(default=None, alias="peer-group-name")
    """Name of the peer group for this EVPN controller"""

    peers: str | None = None
    """Comma-separated list of the peers IP addresses."""


class ClusterSdnDnsGetResultItem(PveModel):
    """Result object ``ClusterSdnDnsGetResultItem``."""

    dns: str

    type: str


class ClusterSdnDryRunGetResult(PveModel):
    """Result object ``ClusterSdnDryRunGetResult``."""

    frr_diff: str | None = Field(default=None, alias="frr-diff")
    """The difference between the current and pending FRR configuration."""

    interfaces_diff: str | None = Field(default=None, alias="interfaces-diff")
    """The difference between the current and pending /etc/network/interfaces.d/sdn configuration."""


class ClusterSdnFabricsGetResultItem(PveModel):
    """Result object ``ClusterSdnFabricsGetResultItem``."""

    subdir: str


class ClusterSdnFabricsAllGetResult(PveModel):
    """Result object ``ClusterSdnFabricsAllGetResult``."""

    fabrics: list[ClusterSdnFabricsAllGetResultFabricsItem]

    nodes: list[ClusterSdnFabricsAllGetResultNodesItem]


class ClusterSdnFabricsAllGetResultFabricsItem(PveModel):
    """Result object ``ClusterSdnFabricsAllGetResultFabricsItem``."""

    id: str
    """Identifier for SDN fabrics"""

    protocol: Literal["openfabric", "ospf", "wireguard", "bgp"] | str
    """Type of configuration entry in an SDN Fabric section config"""

    redistribute: list[Any]

    area: str | None = None
    """OSPF area. Either a IPv4 address or a 32-bit number. Gets validated in rust."""

    csnp_interval: float | None = None
    """The csnp_interval property for Openfabric"""

    digest: str | None = None
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    hello_interval: float | None = None
    """The hello_interval property for Openfabric"""

    ip6_prefix: str | None = None
    """The IP prefix for Node IPs"""

    ip_prefix: str | None = None
    """The IP prefix for Node IPs"""

    lock_token: str | None = Field(default=None, alias="lock-token")
    """the token for unlocking the global SDN configuration"""

    persistent_keepalive: float | None = None
    """A seconds interval, between 1 and 65535 inclusive, of how often to send an authenticated empty packet to the peer for the purpose of keeping a stateful firewall or NAT mapping valid persistently. For example, if the interface very rarely sends traffic, but it might at anytime receive traffic from another node, and it is behind NAT, the interface might benefit from having a persistent keepalive interval of 25 seconds. If unset or set to 0, it is turned off"""

    route_filter: str | None = None
    """A prefix list that should be used for filtering routes that are to be installed into the kernel routing table"""


class ClusterSdnFabricsAllGetResultNodesItem(PveModel):
    """Result object ``ClusterSdnFabricsAllGetResultNodesItem``."""

    fabric_id: str
    """Identifier for SDN fabrics"""

    interfaces: list[Any]

    node_id: str
    """Identifier for nodes in an SDN fabric"""

    protocol: Literal["openfabric", "ospf", "wireguard", "bgp"] | str
    """Type of configuration entry in an SDN Fabric section config"""

    allowed_ips: list[str] | None = None
    """A list of IPs that are routable via this node in the WireGuard fabric."""

    digest: str | None = None
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    endpoint: str | None = None
    """The endpoint used for connecting to this node."""

    ip: str | None = None
    """IPv4 address for this node"""

    ip6: str | None = None
    """IPv6 address for this node"""

    lock_token: str | None = Field(default=None, alias="lock-token")
    """the token for unlocking the global SDN configuration"""

    peers: list[Peers] | None = None

    public_key: str | None = None
    """The public key for the external node."""

    role: Literal["internal", "external"] | str | None = None
    """The role of this node in the WireGuard fabric."""


class ClusterSdnFabricsFabricGetResultItem(PveModel):
    """Result object ``ClusterSdnFabricsFabricGetResultItem``."""

    id: str
    """Identifier for SDN fabrics"""

    protocol: Literal["openfabric", "ospf", "wireguard", "bgp"] | str
    """Type of configuration entry in an SDN Fabric section config"""

    redistribute: list[Any]

    area: str | None = None
    """OSPF area. Either a IPv4 address or a 32-bit number. Gets validated in rust."""

    csnp_interval: float | None = None
    """The csnp_interval property for Openfabric"""

    digest: str | None = None
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    hello_interval: float | None = None
    """The hello_interval property for Openfabric"""

    ip6_prefix: str | None = None
    """The IP prefix for Node IPs"""

    ip_prefix: str | None = None
    """The IP prefix for Node IPs"""

    lock_token: str | None = Field(default=None, alias="lock-token")
    """the token for unlocking the global SDN configuration"""

    persistent_keepalive: float | None = None
    """A seconds interval, between 1 and 65535 inclusive, of how often to send an authenticated empty packet to the peer for the purpose of keeping a stateful firewall or NAT mapping valid persistently. For example, if the interface very rarely sends traffic, but it might at anytime receive traffic from another node, and it is behind NAT, the interface might benefit from having a persistent keepalive interval of 25 seconds. If unset or set to 0, it is turned off"""

    route_filter: str | None = None
    """A prefix list that should be used for filtering routes that are to be installed into the kernel routing table"""


class ClusterSdnFabricsFabricIdGetResult(PveModel):
    """Result object ``ClusterSdnFabricsFabricIdGetResult``."""

    id: str
    """Identifier for SDN fabrics"""

    protocol: Literal["openfabric", "ospf", "wireguard", "bgp"] | str
    """Type of configuration entry in an SDN Fabric section config"""

    redistribute: list[Any]

    area: str | None = None
    """OSPF area. Either a IPv4 address or a 32-bit number. Gets validated in rust."""

    csnp_interval: float | None = None
    """The csnp_interval property for Openfabric"""

    digest: str | None = None
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    hello_interval: float | None = None
    """The hello_interval property for Openfabric"""

    ip6_prefix: str | None = None
    """The IP prefix for Node IPs"""

    ip_prefix: str | None = None
    """The IP prefix for Node IPs"""

    lock_token: str | None = Field(default=None, alias="lock-token")
    """the token for unlocking the global SDN configuration"""

    persistent_keepalive: float | None = None
    """A seconds interval, between 1 and 65535 inclusive, of how often to send an authenticated empty packet to the peer for the purpose of keeping a stateful firewall or NAT mapping valid persistently. For example, if the interface very rarely sends traffic, but it might at anytime receive traffic from another node, and it is behind NAT, the interface might benefit from having a persistent keepalive interval of 25 seconds. If unset or set to 0, it is turned off"""

    route_filter: str | None = None
    """A prefix list that should be used for filtering routes that are to be installed into the kernel routing table"""


class ClusterSdnFabricsNodeGetResultItem(PveModel):
    """Result object ``ClusterSdnFabricsNodeGetResultItem``."""

    fabric_id: str
    """Identifier for SDN fabrics"""

    interfaces: list[Any]

    node_id: str
    """Identifier for nodes in an SDN fabric"""

    protocol: Literal["openfabric", "ospf", "wireguard", "bgp"] | str
    """Type of configuration entry in an SDN Fabric section config"""

    allowed_ips: list[str] | None = None
    """A list of IPs that are routable via this node in the WireGuard fabric."""

    digest: str | None = None
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    endpoint: str | None = None
    """The endpoint used for connecting to this node."""

    ip: str | None = None
    """IPv4 address for this node"""

    ip6: str | None = None
    """IPv6 address for this node"""

    lock_token: str | None = Field(default=None, alias="lock-token")
    """the token for unlocking the global SDN configuration"""

    peers: list[Peers] | None = None

    public_key: str | None = None
    """The public key for the external node."""

    role: Literal["internal", "external"] | str | None = None
    """The role of this node in the WireGuard fabric."""


class ClusterSdnFabricsNodeFabricIdGetResultItem(PveModel):
    """Result object ``ClusterSdnFabricsNodeFabricIdGetResultItem``."""

    fabric_id: str
    """Identifier for SDN fabrics"""

    interfaces: list[Any]

    node_id: str
    """Identifier for nodes in an SDN fabric"""

    protocol: Literal["openfabric", "ospf", "wireguard", "bgp"] | str
    """Type of configuration entry in an SDN Fabric section config"""

    allowed_ips: list[str] | None = None
    """A list of IPs that are routable via this node in the WireGuard fabric."""

    digest: str | None = None
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    endpoint: str | None = None
    """The endpoint used for connecting to this node."""

    ip: str | None = None
    """IPv4 address for this node"""

    ip6: str | None = None
    """IPv6 address for this node"""

    lock_token: str | None = Field(default=None, alias="lock-token")
    """the token for unlocking the global SDN configuration"""

    peers: list[Peers] | None = None

    public_key: str | None = None
    """The public key for the external node."""

    role: Literal["internal", "external"] | str | None = None
    """The role of this node in the WireGuard fabric."""


class ClusterSdnFabricsNodeFabricIdNodeIdGetResult(PveModel):
    """Result object ``ClusterSdnFabricsNodeFabricIdNodeIdGetResult``."""

    fabric_id: str
    """Identifier for SDN fabrics"""

    interfaces: list[Any]

    node_id: str
    """Identifier for nodes in an SDN fabric"""

    protocol: Literal["openfabric", "ospf", "wireguard", "bgp"] | str
    """Type of configuration entry in an SDN Fabric section config"""

    allowed_ips: list[str] | None = None
    """A list of IPs that are routable via this node in the WireGuard fabric."""

    digest: str | None = None
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    endpoint: str | None = None
    """The endpoint used for connecting to this node."""

    ip: str | None = None
    """IPv4 address for this node"""

    ip6: str | None = None
    """IPv6 address for this node"""

    lock_token: str | None = Field(default=None, alias="lock-token")
    """the token for unlocking the global SDN configuration"""

    peers: list[Peers] | None = None

    public_key: str | None = None
    """The public key for the external node."""

    role: Literal["internal", "external"] | str | None = None
    """The role of this node in the WireGuard fabric."""


class ClusterSdnIpamsGetResultItem(PveModel):
    """Result object ``ClusterSdnIpamsGetResultItem``."""

    ipam: str

    type: str


class ClusterSdnRouteMapsGetResultItem(PveModel):
    """Result object ``ClusterSdnRouteMapsGetResultItem``."""

    id: str
    """The SDN route map identifier"""


class ClusterSdnRouteMapsEntriesGetResultItem(PveModel):
    """Result object ``ClusterSdnRouteMapsEntriesGetResultItem``."""

    action: Literal["permit", "deny"] | str
    """Matching policy of a route map entry."""

    order: int
    """The index of this route map entry"""

    route_map_id: str = Field(alias="route-map-id")
    """The SDN route map identifier"""

    call: str | None = None
    """The SDN route map identifier"""

    digest: str | None = None
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    exit_action: ExitAction | None = Field(default=None, alias="exit-action")

    match: list[Match] | None = None

    set: list[Set] | None = None


class ClusterSdnRouteMapsEntriesRouteMapIdGetResultItem(PveModel):
    """Result object ``ClusterSdnRouteMapsEntriesRouteMapIdGetResultItem``."""

    action: Literal["permit", "deny"] | str
    """Matching policy of a route map entry."""

    order: int
    """The index of this route map entry"""

    route_map_id: str = Field(alias="route-map-id")
    """The SDN route map identifier"""

    call: str | None = None
    """The SDN route map identifier"""

    digest: str | None = None
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    exit_action: ExitAction | None = Field(default=None, alias="exit-action")

    match: list[Match] | None = None

    set: list[Set] | None = None


class ClusterSdnRouteMapsEntriesRouteMapIdEntryOrderGetResult(PveModel):
    """Result object ``ClusterSdnRouteMapsEntriesRouteMapIdEntryOrderGetResult``."""

    action: Literal["permit", "deny"] | str
    """Matching policy of a route map entry."""

    order: int
    """The index of this route map entry"""

    route_map_id: str = Field(alias="route-map-id")
    """The SDN route map identifier"""

    call: str | None = None
    """The SDN route map identifier"""

    digest: str | None = None
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    exit_action: ExitAction | None = Field(default=None, alias="exit-action")

    match: list[Match] | None = None

    set: list[Set] | None = None


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


class ClusterSdnVnetsVnetGetResult(PveModel):
    """Result object ``ClusterSdnVnetsVnetGetResult``."""

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

    pending: ClusterSdnVnetsVnetGetResultPending | None = None
    """Changes that have not yet been applied to the running configuration."""

    state: Literal["new", "changed", "deleted"] | str | None = None
    """State of the SDN configuration object."""

    tag: int | None = None
    """VLAN Tag (for VLAN or QinQ zones) or VXLAN VNI (for VXLAN or EVPN zones)."""

    vlanaware: bool | None = None
    """Allow VLANs to pass through this VNet."""

    zone: str | None = None
    """Name of the zone this VNet belongs to."""


class ClusterSdnVnetsVnetGetResultPending(PveModel):
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


class ClusterSdnVnetsFirewallOptionsGetResult(PveModel):
    """Result object ``ClusterSdnVnetsFirewallOptionsGetResult``."""

    enable: bool | None = None
    """Enable/disable firewall rules."""

    log_level_forward: (
        Literal["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"]
        | str
        | None
    ) = None
    """Log level for forwarded traffic."""

    policy_forward: Literal["ACCEPT", "DROP"] | str | None = None
    """Forward policy."""


class ClusterSdnVnetsVnetFirewallRulesGetResultItem(PveModel):
    """Result object ``ClusterSdnVnetsVnetFirewallRulesGetResultItem``."""

    action: str
    """Rule action ('ACCEPT', 'DROP', 'REJECT') or security group name"""

    pos: int
    """Rule position in the ruleset"""

    type: str
    """Rule type"""

    comment: str | None = None
    """Descriptive comment"""

    dest: str | None = None
    """Restrict packet destination address"""

    dport: str | None = None
    """Restrict TCP/UDP destination port"""

    enable: int | None = None
    """Flag to enable/disable a rule"""

    icmp_type: str | None = Field(default=None, alias="icmp-type")
    """Specify icmp-type. Only valid if proto equals 'icmp' or 'icmpv6'/'ipv6-icmp'"""

    iface: str | None = None
    """Network interface name. You have to use network configuration key names for VMs and containers"""

    ipversion: int | None = None
    """IP version (4 or 6) - automatically determined from source/dest addresses"""

    log: (
        Literal["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"]
        | str
        | None
    ) = None
    """Log level for firewall rule"""

    macro: str | None = None
    """Use predefined standard macro"""

    proto: str | None = None
    """IP protocol. You can use protocol names ('tcp'/'udp') or simple numbers, as defined in '/etc/protocols'"""

    source: str | None = None
    """Restrict packet source address"""

    sport: str | None = None
    """Restrict TCP/UDP source port"""


class ClusterSdnVnetsVnetFirewallRulesPosGetResult(PveModel):
    """Result object ``ClusterSdnVnetsVnetFirewallRulesPosGetResult``."""

    action: str
    """Rule action ('ACCEPT', 'DROP', 'REJECT') or security group name"""

    pos: int
    """Rule position in the ruleset"""

    type: str
    """Rule type"""

    comment: str | None = None
    """Descriptive comment"""

    dest: str | None = None
    """Restrict packet destination address"""

    dport: str | None = None
    """Restrict TCP/UDP destination port"""

    enable: int | None = None
    """Flag to enable/disable a rule"""

    icmp_type: str | None = Field(default=None, alias="icmp-type")
    """Specify icmp-type. Only valid if proto equals 'icmp' or 'icmpv6'/'ipv6-icmp'"""

    iface: str | None = None
    """Network interface name. You have to use network configuration key names for VMs and containers"""

    ipversion: int | None = None
    """IP version (4 or 6) - automatically determined from source/dest addresses"""

    log: (
        Literal["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"]
        | str
        | None
    ) = None
    """Log level for firewall rule"""

    macro: str | None = None
    """Use predefined standard macro"""

    proto: str | None = None
    """IP protocol. You can use protocol names ('tcp'/'udp') or simple numbers, as defined in '/etc/protocols'"""

    source: str | None = None
    """Restrict packet source address"""

    sport: str | None = None
    """Restrict TCP/UDP source port"""


class ClusterSdnZonesGetResultItem(PveModel):
    """Result object ``ClusterSdnZonesGetResultItem``."""

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

    pending: ClusterSdnZonesGetResultItemPending | None = None
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


class ClusterSdnZonesGetResultItemPending(PveModel):
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
