# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``cluster_sdn`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import checked as _checked
from pvesdk._runtime import join as _join
from pvesdk._runtime import segment as _segment
from pvesdk._runtime import sequence as _sequence
from pvesdk.tasks import Task
from pvesdk.tasks import bind_task as _task

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.cluster_sdn.cluster_sdn_controllers_controller_get import (
        ClusterSdnControllersControllerGetResult,
    )
    from ..models.cluster_sdn.cluster_sdn_controllers_get import (
        ClusterSdnControllersGetResultItem,
    )
    from ..models.cluster_sdn.cluster_sdn_dns_get import ClusterSdnDnsGetResultItem
    from ..models.cluster_sdn.cluster_sdn_dry_run_get import ClusterSdnDryRunGetResult
    from ..models.cluster_sdn.cluster_sdn_fabrics_all_get import (
        ClusterSdnFabricsAllGetResult,
    )
    from ..models.cluster_sdn.cluster_sdn_fabrics_fabric_get import (
        ClusterSdnFabricsFabricGetResultItem,
    )
    from ..models.cluster_sdn.cluster_sdn_fabrics_fabric_id_get import (
        ClusterSdnFabricsFabricIdGetResult,
    )
    from ..models.cluster_sdn.cluster_sdn_fabrics_get import (
        ClusterSdnFabricsGetResultItem,
    )
    from ..models.cluster_sdn.cluster_sdn_fabrics_node_fabric_id_get import (
        ClusterSdnFabricsNodeFabricIdGetResultItem,
    )
    from ..models.cluster_sdn.cluster_sdn_fabrics_node_fabric_id_node_id_get import (
        ClusterSdnFabricsNodeFabricIdNodeIdGetResult,
    )
    from ..models.cluster_sdn.cluster_sdn_fabrics_node_get import (
        ClusterSdnFabricsNodeGetResultItem,
    )
    from ..models.cluster_sdn.cluster_sdn_get import ClusterSdnGetResultItem
    from ..models.cluster_sdn.cluster_sdn_ipams_get import ClusterSdnIpamsGetResultItem
    from ..models.cluster_sdn.cluster_sdn_route_maps_entries_get import (
        ClusterSdnRouteMapsEntriesGetResultItem,
    )
    from ..models.cluster_sdn.cluster_sdn_route_maps_entries_route_map_id_entry_order_get import (
        ClusterSdnRouteMapsEntriesRouteMapIdEntryOrderGetResult,
    )
    from ..models.cluster_sdn.cluster_sdn_route_maps_entries_route_map_id_get import (
        ClusterSdnRouteMapsEntriesRouteMapIdGetResultItem,
    )
    from ..models.cluster_sdn.cluster_sdn_route_maps_get import (
        ClusterSdnRouteMapsGetResultItem,
    )
    from ..models.cluster_sdn.cluster_sdn_vnets_firewall_options_get import (
        ClusterSdnVnetsFirewallOptionsGetResult,
    )
    from ..models.cluster_sdn.cluster_sdn_vnets_get import ClusterSdnVnetsGetResultItem
    from ..models.cluster_sdn.cluster_sdn_vnets_vnet_firewall_rules_get import (
        ClusterSdnVnetsVnetFirewallRulesGetResultItem,
    )
    from ..models.cluster_sdn.cluster_sdn_vnets_vnet_firewall_rules_pos_get import (
        ClusterSdnVnetsVnetFirewallRulesPosGetResult,
    )
    from ..models.cluster_sdn.cluster_sdn_vnets_vnet_get import (
        ClusterSdnVnetsVnetGetResult,
    )
    from ..models.cluster_sdn.cluster_sdn_zones_get import ClusterSdnZonesGetResultItem
    from ..models.cluster_sdn.cluster_sdn_zones_zone_get import (
        ClusterSdnZonesZoneGetResult,
    )
    from ..propstr.exit_action import ExitAction
    from ..propstr.match import Match
    from ..propstr.peers import Peers
    from ..propstr.prefix_lists_entries import PrefixListsEntries
    from ..propstr.prefix_lists_entries2 import PrefixListsEntries2
    from ..propstr.set import Set

_R0: Returns[list[ClusterSdnGetResultItem]] = Returns(
    "list[ClusterSdnGetResultItem]", "GET /cluster/sdn", "models.cluster_sdn.cluster_sdn_get"
)
_R1: Returns[str] = Returns("str", "PUT /cluster/sdn")
_R2: Returns[list[ClusterSdnControllersGetResultItem]] = Returns(
    "list[ClusterSdnControllersGetResultItem]",
    "GET /cluster/sdn/controllers",
    "models.cluster_sdn.cluster_sdn_controllers_get",
)
_R3: Returns[None] = Returns("None", "POST /cluster/sdn/controllers")
_R4: Returns[ClusterSdnControllersControllerGetResult] = Returns(
    "ClusterSdnControllersControllerGetResult",
    "GET /cluster/sdn/controllers/{controller}",
    "models.cluster_sdn.cluster_sdn_controllers_controller_get",
)
_R5: Returns[None] = Returns("None", "PUT /cluster/sdn/controllers/{controller}")
_R6: Returns[None] = Returns("None", "DELETE /cluster/sdn/controllers/{controller}")
_R7: Returns[list[ClusterSdnDnsGetResultItem]] = Returns(
    "list[ClusterSdnDnsGetResultItem]",
    "GET /cluster/sdn/dns",
    "models.cluster_sdn.cluster_sdn_dns_get",
)
_R8: Returns[None] = Returns("None", "POST /cluster/sdn/dns")
_R9: Returns[dict[str, Any]] = Returns("dict[str, Any]", "GET /cluster/sdn/dns/{dns}")
_R10: Returns[None] = Returns("None", "PUT /cluster/sdn/dns/{dns}")
_R11: Returns[None] = Returns("None", "DELETE /cluster/sdn/dns/{dns}")
_R12: Returns[ClusterSdnDryRunGetResult] = Returns(
    "ClusterSdnDryRunGetResult",
    "GET /cluster/sdn/dry-run",
    "models.cluster_sdn.cluster_sdn_dry_run_get",
)
_R13: Returns[list[ClusterSdnFabricsGetResultItem]] = Returns(
    "list[ClusterSdnFabricsGetResultItem]",
    "GET /cluster/sdn/fabrics",
    "models.cluster_sdn.cluster_sdn_fabrics_get",
)
_R14: Returns[ClusterSdnFabricsAllGetResult] = Returns(
    "ClusterSdnFabricsAllGetResult",
    "GET /cluster/sdn/fabrics/all",
    "models.cluster_sdn.cluster_sdn_fabrics_all_get",
)
_R15: Returns[list[ClusterSdnFabricsFabricGetResultItem]] = Returns(
    "list[ClusterSdnFabricsFabricGetResultItem]",
    "GET /cluster/sdn/fabrics/fabric",
    "models.cluster_sdn.cluster_sdn_fabrics_fabric_get",
)
_R16: Returns[None] = Returns("None", "POST /cluster/sdn/fabrics/fabric")
_R17: Returns[ClusterSdnFabricsFabricIdGetResult] = Returns(
    "ClusterSdnFabricsFabricIdGetResult",
    "GET /cluster/sdn/fabrics/fabric/{id}",
    "models.cluster_sdn.cluster_sdn_fabrics_fabric_id_get",
)
_R18: Returns[None] = Returns("None", "PUT /cluster/sdn/fabrics/fabric/{id}")
_R19: Returns[None] = Returns("None", "DELETE /cluster/sdn/fabrics/fabric/{id}")
_R20: Returns[list[ClusterSdnFabricsNodeGetResultItem]] = Returns(
    "list[ClusterSdnFabricsNodeGetResultItem]",
    "GET /cluster/sdn/fabrics/node",
    "models.cluster_sdn.cluster_sdn_fabrics_node_get",
)
_R21: Returns[list[ClusterSdnFabricsNodeFabricIdGetResultItem]] = Returns(
    "list[ClusterSdnFabricsNodeFabricIdGetResultItem]",
    "GET /cluster/sdn/fabrics/node/{fabric_id}",
    "models.cluster_sdn.cluster_sdn_fabrics_node_fabric_id_get",
)
_R22: Returns[None] = Returns("None", "POST /cluster/sdn/fabrics/node/{fabric_id}")
_R23: Returns[ClusterSdnFabricsNodeFabricIdNodeIdGetResult] = Returns(
    "ClusterSdnFabricsNodeFabricIdNodeIdGetResult",
    "GET /cluster/sdn/fabrics/node/{fabric_id}/{node_id}",
    "models.cluster_sdn.cluster_sdn_fabrics_node_fabric_id_node_id_get",
)
_R24: Returns[None] = Returns("None", "PUT /cluster/sdn/fabrics/node/{fabric_id}/{node_id}")
_R25: Returns[None] = Returns("None", "DELETE /cluster/sdn/fabrics/node/{fabric_id}/{node_id}")
_R26: Returns[list[ClusterSdnIpamsGetResultItem]] = Returns(
    "list[ClusterSdnIpamsGetResultItem]",
    "GET /cluster/sdn/ipams",
    "models.cluster_sdn.cluster_sdn_ipams_get",
)
_R27: Returns[None] = Returns("None", "POST /cluster/sdn/ipams")
_R28: Returns[dict[str, Any]] = Returns("dict[str, Any]", "GET /cluster/sdn/ipams/{ipam}")
_R29: Returns[None] = Returns("None", "PUT /cluster/sdn/ipams/{ipam}")
_R30: Returns[None] = Returns("None", "DELETE /cluster/sdn/ipams/{ipam}")
_R31: Returns[list[Any]] = Returns("list[Any]", "GET /cluster/sdn/ipams/{ipam}/status")
_R32: Returns[str] = Returns("str", "POST /cluster/sdn/lock")
_R33: Returns[None] = Returns("None", "DELETE /cluster/sdn/lock")
_R34: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /cluster/sdn/prefix-lists"
)
_R35: Returns[None] = Returns("None", "POST /cluster/sdn/prefix-lists")
_R36: Returns[dict[str, Any]] = Returns("dict[str, Any]", "GET /cluster/sdn/prefix-lists/{id}")
_R37: Returns[None] = Returns("None", "PUT /cluster/sdn/prefix-lists/{id}")
_R38: Returns[None] = Returns("None", "DELETE /cluster/sdn/prefix-lists/{id}")
_R39: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /cluster/sdn/prefix-lists/{id}/entries"
)
_R40: Returns[None] = Returns("None", "POST /cluster/sdn/prefix-lists/{id}/entries")
_R41: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /cluster/sdn/prefix-lists/{id}/entries/{url_seq}"
)
_R42: Returns[None] = Returns("None", "PUT /cluster/sdn/prefix-lists/{id}/entries/{url_seq}")
_R43: Returns[None] = Returns("None", "DELETE /cluster/sdn/prefix-lists/{id}/entries/{url_seq}")
_R44: Returns[None] = Returns("None", "POST /cluster/sdn/rollback")
_R45: Returns[list[ClusterSdnRouteMapsGetResultItem]] = Returns(
    "list[ClusterSdnRouteMapsGetResultItem]",
    "GET /cluster/sdn/route-maps",
    "models.cluster_sdn.cluster_sdn_route_maps_get",
)
_R46: Returns[list[ClusterSdnRouteMapsEntriesGetResultItem]] = Returns(
    "list[ClusterSdnRouteMapsEntriesGetResultItem]",
    "GET /cluster/sdn/route-maps/entries",
    "models.cluster_sdn.cluster_sdn_route_maps_entries_get",
)
_R47: Returns[None] = Returns("None", "POST /cluster/sdn/route-maps/entries")
_R48: Returns[list[ClusterSdnRouteMapsEntriesRouteMapIdGetResultItem]] = Returns(
    "list[ClusterSdnRouteMapsEntriesRouteMapIdGetResultItem]",
    "GET /cluster/sdn/route-maps/entries/{route-map-id}",
    "models.cluster_sdn.cluster_sdn_route_maps_entries_route_map_id_get",
)
_R49: Returns[ClusterSdnRouteMapsEntriesRouteMapIdEntryOrderGetResult] = Returns(
    "ClusterSdnRouteMapsEntriesRouteMapIdEntryOrderGetResult",
    "GET /cluster/sdn/route-maps/entries/{route-map-id}/entry/{order}",
    "models.cluster_sdn.cluster_sdn_route_maps_entries_route_map_id_entry_order_get",
)
_R50: Returns[None] = Returns(
    "None", "PUT /cluster/sdn/route-maps/entries/{route-map-id}/entry/{order}"
)
_R51: Returns[None] = Returns(
    "None", "DELETE /cluster/sdn/route-maps/entries/{route-map-id}/entry/{order}"
)
_R52: Returns[list[ClusterSdnVnetsGetResultItem]] = Returns(
    "list[ClusterSdnVnetsGetResultItem]",
    "GET /cluster/sdn/vnets",
    "models.cluster_sdn.cluster_sdn_vnets_get",
)
_R53: Returns[None] = Returns("None", "POST /cluster/sdn/vnets")
_R54: Returns[ClusterSdnVnetsVnetGetResult] = Returns(
    "ClusterSdnVnetsVnetGetResult",
    "GET /cluster/sdn/vnets/{vnet}",
    "models.cluster_sdn.cluster_sdn_vnets_vnet_get",
)
_R55: Returns[None] = Returns("None", "PUT /cluster/sdn/vnets/{vnet}")
_R56: Returns[None] = Returns("None", "DELETE /cluster/sdn/vnets/{vnet}")
_R57: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /cluster/sdn/vnets/{vnet}/firewall"
)
_R58: Returns[ClusterSdnVnetsFirewallOptionsGetResult] = Returns(
    "ClusterSdnVnetsFirewallOptionsGetResult",
    "GET /cluster/sdn/vnets/{vnet}/firewall/options",
    "models.cluster_sdn.cluster_sdn_vnets_firewall_options_get",
)
_R59: Returns[None] = Returns("None", "PUT /cluster/sdn/vnets/{vnet}/firewall/options")
_R60: Returns[list[ClusterSdnVnetsVnetFirewallRulesGetResultItem]] = Returns(
    "list[ClusterSdnVnetsVnetFirewallRulesGetResultItem]",
    "GET /cluster/sdn/vnets/{vnet}/firewall/rules",
    "models.cluster_sdn.cluster_sdn_vnets_vnet_firewall_rules_get",
)
_R61: Returns[None] = Returns("None", "POST /cluster/sdn/vnets/{vnet}/firewall/rules")
_R62: Returns[ClusterSdnVnetsVnetFirewallRulesPosGetResult] = Returns(
    "ClusterSdnVnetsVnetFirewallRulesPosGetResult",
    "GET /cluster/sdn/vnets/{vnet}/firewall/rules/{pos}",
    "models.cluster_sdn.cluster_sdn_vnets_vnet_firewall_rules_pos_get",
)
_R63: Returns[None] = Returns("None", "PUT /cluster/sdn/vnets/{vnet}/firewall/rules/{pos}")
_R64: Returns[None] = Returns("None", "DELETE /cluster/sdn/vnets/{vnet}/firewall/rules/{pos}")
_R65: Returns[None] = Returns("None", "POST /cluster/sdn/vnets/{vnet}/ips")
_R66: Returns[None] = Returns("None", "PUT /cluster/sdn/vnets/{vnet}/ips")
_R67: Returns[None] = Returns("None", "DELETE /cluster/sdn/vnets/{vnet}/ips")
_R68: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /cluster/sdn/vnets/{vnet}/subnets"
)
_R69: Returns[None] = Returns("None", "POST /cluster/sdn/vnets/{vnet}/subnets")
_R70: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /cluster/sdn/vnets/{vnet}/subnets/{subnet}"
)
_R71: Returns[None] = Returns("None", "PUT /cluster/sdn/vnets/{vnet}/subnets/{subnet}")
_R72: Returns[None] = Returns("None", "DELETE /cluster/sdn/vnets/{vnet}/subnets/{subnet}")
_R73: Returns[list[ClusterSdnZonesGetResultItem]] = Returns(
    "list[ClusterSdnZonesGetResultItem]",
    "GET /cluster/sdn/zones",
    "models.cluster_sdn.cluster_sdn_zones_get",
)
_R74: Returns[None] = Returns("None", "POST /cluster/sdn/zones")
_R75: Returns[ClusterSdnZonesZoneGetResult] = Returns(
    "ClusterSdnZonesZoneGetResult",
    "GET /cluster/sdn/zones/{zone}",
    "models.cluster_sdn.cluster_sdn_zones_zone_get",
)
_R76: Returns[None] = Returns("None", "PUT /cluster/sdn/zones/{zone}")
_R77: Returns[None] = Returns("None", "DELETE /cluster/sdn/zones/{zone}")


class ClusterSdn(SyncPath):
    """``/cluster/sdn`` (sdn)

    ``GET``: Directory index.
    ``PUT``: Apply sdn controller changes && reload."""

    __slots__ = ()

    @property
    def controllers(self) -> ClusterSdnControllers:
        """SDN controllers index."""
        return ClusterSdnControllers(self._c, self._p + "/controllers")

    @property
    def dns(self) -> ClusterSdnDns:
        """SDN dns index."""
        return ClusterSdnDns(self._c, self._p + "/dns")

    @property
    def dry_run(self) -> ClusterSdnDryRun:
        """Dry-run the SDN apply action and return the difference between the current configuration and the pending configuration"""
        return ClusterSdnDryRun(self._c, self._p + "/dry-run")

    @property
    def fabrics(self) -> ClusterSdnFabrics:
        """SDN Fabrics Index"""
        return ClusterSdnFabrics(self._c, self._p + "/fabrics")

    @property
    def ipams(self) -> ClusterSdnIpams:
        """SDN ipams index."""
        return ClusterSdnIpams(self._c, self._p + "/ipams")

    @property
    def lock(self) -> ClusterSdnLock:
        """Acquire global lock for SDN configuration"""
        return ClusterSdnLock(self._c, self._p + "/lock")

    @property
    def prefix_lists(self) -> ClusterSdnPrefixLists:
        """List Prefix Lists"""
        return ClusterSdnPrefixLists(self._c, self._p + "/prefix-lists")

    @property
    def rollback(self) -> ClusterSdnRollback:
        """Rollback pending changes to SDN configuration"""
        return ClusterSdnRollback(self._c, self._p + "/rollback")

    @property
    def route_maps(self) -> ClusterSdnRouteMaps:
        """List Route Maps"""
        return ClusterSdnRouteMaps(self._c, self._p + "/route-maps")

    @property
    def vnets(self) -> ClusterSdnVnets:
        """SDN vnets index."""
        return ClusterSdnVnets(self._c, self._p + "/vnets")

    @property
    def zones(self) -> ClusterSdnZones:
        """SDN zones index."""
        return ClusterSdnZones(self._c, self._p + "/zones")

    def get(self) -> list[ClusterSdnGetResultItem]:
        """Directory index.

        Returns:
            ``list[ClusterSdnGetResultItem]``

        Permissions:
            Check: ``[perm, /sdn, [SDN.Audit]]``

        Proxmox: ``GET /cluster/sdn`` (``index``)."""
        return self._c._call("GET", self._p, {}, _R0)

    def put(
        self,
        *,
        lock_token: str | None = None,
        release_lock: bool | None = None,
    ) -> Task:
        """Apply sdn controller changes && reload.

        Args:
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.
            release_lock: When lock-token has been provided and configuration successfully committed, release the lock automatically afterwards
                Proxmox VE: New in 9.0.
                Default: ``1``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /sdn, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /cluster/sdn`` (``reload``)."""
        params = {
            "lock-token": lock_token,
            "release-lock": release_lock,
        }
        return _task(self._c._call("PUT", self._p, params, _R1), self._c)


class ClusterSdnControllers(SyncPath):
    """``/cluster/sdn/controllers`` (controllers)

    ``GET``: SDN controllers index.
    ``POST``: Create a new sdn controller object."""

    __slots__ = ()

    def controller(self, controller: str) -> ClusterSdnControllersController:
        """The SDN controller object identifier."""
        return ClusterSdnControllersController(self._c, self._p + "/" + _segment(controller))

    def get(
        self,
        *,
        pending: bool | None = None,
        running: bool | None = None,
        type: Literal["bgp", "evpn", "faucet", "isis"] | None = None,
    ) -> list[ClusterSdnControllersGetResultItem]:
        """SDN controllers index.

        Args:
            pending: Display pending config.
            running: Display running config.
            type: Only list sdn controllers of specific type

        Returns:
            ``list[ClusterSdnControllersGetResultItem]``

        Permissions:
            Only list entries where you have 'SDN.Audit' or 'SDN.Allocate' permissions on '/sdn/controllers/<controller>'
            User: all

        Proxmox: ``GET /cluster/sdn/controllers`` (``index``)."""
        params = {
            "pending": pending,
            "running": running,
            "type": type,
        }
        return self._c._call("GET", self._p, params, _R2)

    def post(
        self,
        *,
        controller: str,
        type: Literal["bgp", "evpn", "faucet", "isis"],
        asn: int | None = None,
        bgp_mode: Literal["auto", "external", "internal"] | None = None,
        bgp_multipath_as_path_relax: bool | None = None,
        ebgp: bool | None = None,
        ebgp_multihop: int | None = None,
        fabric: str | None = None,
        isis_domain: str | None = None,
        isis_ifaces: str | Sequence[str] | None = None,
        isis_net: str | None = None,
        lock_token: str | None = None,
        loopback: str | None = None,
        node: str | None = None,
        nodes: str | Sequence[str] | None = None,
        peer_group_name: str | None = None,
        peers: str | Sequence[str] | None = None,
        route_map_in: str | None = None,
        route_map_out: str | None = None,
    ) -> None:
        """Create a new sdn controller object.

        Args:
            controller: The SDN controller object identifier.
                Length: 2 to 64.
                Pattern: ``^[a-zA-Z][a-zA-Z0-9_-]*[a-zA-Z0-9]$``.
            type: Plugin type.
                Format: ``pve-configid``.
            asn: autonomous system number
                Range: 0 to 4294967295.
            bgp_mode: Whether to use eBGP or iBGP. Auto mode chooses depending on BGP controller or falls back to iBGP.
                Proxmox VE: New in 9.2.
                Default: ``auto``.
            bgp_multipath_as_path_relax: Consider different AS paths of equal length for multipath computation.
            ebgp: Enable eBGP (remote-as external).
            ebgp_multihop: Set maximum amount of hops for eBGP peers.
            fabric: SDN fabric to use as underlay for this EVPN controller.
                Proxmox VE: New in 9.0.
                Format: ``pve-sdn-fabric-id``.
            isis_domain: Name of the IS-IS domain.
                Proxmox VE: New in 8.1.
            isis_ifaces: Comma-separated list of interfaces where IS-IS should be active.
                Proxmox VE: New in 8.1.
                Format: ``pve-iface-list``.
                Syntax: ``<string>``.
            isis_net: Network Entity title for this node in the IS-IS network.
                Proxmox VE: New in 8.1.
                Length: 20 to 50.
                Pattern: ``^[a-fA-F0-9]{2}(\\.[a-fA-F0-9]{4}){3,9}\\.[a-fA-F0-9]{2}$``.
                Format: ``pve-sdn-isis-net``.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.
            loopback: Name of the loopback/dummy interface that provides the Router-IP.
            node: The cluster node name.
                Format: ``pve-node``.
            nodes: List of cluster node names.
                Proxmox VE: New in 9.2.
                Format: ``pve-node-list``.
                Syntax: ``<string>``.
            peer_group_name: Name of the peer group for this EVPN controller
                Proxmox VE: New in 9.2.
                Format: ``pve-configid``.
                Default: ``VTEP``.
            peers: peers address list.
                Format: ``ip-list``.
                Syntax: ``<string>``.
            route_map_in: Route Map that should be applied for incoming routes
                Proxmox VE: New in 9.2.
                Format: ``pve-sdn-route-map-id``.
            route_map_out: Route Map that should be applied for outgoing routes
                Proxmox VE: New in 9.2.
                Format: ``pve-sdn-route-map-id``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/controllers, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/sdn/controllers`` (``create``)."""
        params = {
            "controller": controller,
            "type": type,
            "asn": asn,
            "bgp-mode": bgp_mode,
            "bgp-multipath-as-path-relax": bgp_multipath_as_path_relax,
            "ebgp": ebgp,
            "ebgp-multihop": ebgp_multihop,
            "fabric": fabric,
            "isis-domain": isis_domain,
            "isis-ifaces": _join(isis_ifaces),
            "isis-net": isis_net,
            "lock-token": lock_token,
            "loopback": loopback,
            "node": node,
            "nodes": _join(nodes),
            "peer-group-name": peer_group_name,
            "peers": _join(peers),
            "route-map-in": route_map_in,
            "route-map-out": route_map_out,
        }
        return self._c._call("POST", self._p, params, _R3)


class ClusterSdnControllersController(SyncPath):
    """``/cluster/sdn/controllers/{controller}`` ({controller})

    ``GET``: Read sdn controller configuration.
    ``PUT``: Update sdn controller object configuration.
    ``DELETE``: Delete sdn controller object configuration."""

    __slots__ = ()

    def get(
        self,
        *,
        pending: bool | None = None,
        running: bool | None = None,
    ) -> ClusterSdnControllersControllerGetResult:
        """Read sdn controller configuration.

        Args:
            pending: Display pending config.
            running: Display running config.

        Returns:
            ``ClusterSdnControllersControllerGetResult``

        Permissions:
            Check: ``[perm, /sdn/controllers/{controller}, [SDN.Allocate]]``

        Proxmox: ``GET /cluster/sdn/controllers/{controller}`` (``read``)."""
        params = {
            "pending": pending,
            "running": running,
        }
        return self._c._call("GET", self._p, params, _R4)

    def put(
        self,
        *,
        asn: int | None = None,
        bgp_mode: Literal["auto", "external", "internal"] | None = None,
        bgp_multipath_as_path_relax: bool | None = None,
        delete: str | Sequence[str] | None = None,
        digest: str | None = None,
        ebgp: bool | None = None,
        ebgp_multihop: int | None = None,
        fabric: str | None = None,
        isis_domain: str | None = None,
        isis_ifaces: str | Sequence[str] | None = None,
        isis_net: str | None = None,
        lock_token: str | None = None,
        loopback: str | None = None,
        node: str | None = None,
        nodes: str | Sequence[str] | None = None,
        peer_group_name: str | None = None,
        peers: str | Sequence[str] | None = None,
        route_map_in: str | None = None,
        route_map_out: str | None = None,
    ) -> None:
        """Update sdn controller object configuration.

        Args:
            asn: autonomous system number
                Range: 0 to 4294967295.
            bgp_mode: Whether to use eBGP or iBGP. Auto mode chooses depending on BGP controller or falls back to iBGP.
                Proxmox VE: New in 9.2.
                Default: ``auto``.
            bgp_multipath_as_path_relax: Consider different AS paths of equal length for multipath computation.
            delete: A list of settings you want to delete.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            ebgp: Enable eBGP (remote-as external).
            ebgp_multihop: Set maximum amount of hops for eBGP peers.
            fabric: SDN fabric to use as underlay for this EVPN controller.
                Proxmox VE: New in 9.0.
                Format: ``pve-sdn-fabric-id``.
            isis_domain: Name of the IS-IS domain.
                Proxmox VE: New in 8.1.
            isis_ifaces: Comma-separated list of interfaces where IS-IS should be active.
                Proxmox VE: New in 8.1.
                Format: ``pve-iface-list``.
                Syntax: ``<string>``.
            isis_net: Network Entity title for this node in the IS-IS network.
                Proxmox VE: New in 8.1.
                Length: 20 to 50.
                Pattern: ``^[a-fA-F0-9]{2}(\\.[a-fA-F0-9]{4}){3,9}\\.[a-fA-F0-9]{2}$``.
                Format: ``pve-sdn-isis-net``.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.
            loopback: Name of the loopback/dummy interface that provides the Router-IP.
            node: The cluster node name.
                Format: ``pve-node``.
            nodes: List of cluster node names.
                Proxmox VE: New in 9.2.
                Format: ``pve-node-list``.
                Syntax: ``<string>``.
            peer_group_name: Name of the peer group for this EVPN controller
                Proxmox VE: New in 9.2.
                Format: ``pve-configid``.
                Default: ``VTEP``.
            peers: peers address list.
                Format: ``ip-list``.
                Syntax: ``<string>``.
            route_map_in: Route Map that should be applied for incoming routes
                Proxmox VE: New in 9.2.
                Format: ``pve-sdn-route-map-id``.
            route_map_out: Route Map that should be applied for outgoing routes
                Proxmox VE: New in 9.2.
                Format: ``pve-sdn-route-map-id``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/controllers, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /cluster/sdn/controllers/{controller}`` (``update``)."""
        params = {
            "asn": asn,
            "bgp-mode": bgp_mode,
            "bgp-multipath-as-path-relax": bgp_multipath_as_path_relax,
            "delete": _join(delete),
            "digest": digest,
            "ebgp": ebgp,
            "ebgp-multihop": ebgp_multihop,
            "fabric": fabric,
            "isis-domain": isis_domain,
            "isis-ifaces": _join(isis_ifaces),
            "isis-net": isis_net,
            "lock-token": lock_token,
            "loopback": loopback,
            "node": node,
            "nodes": _join(nodes),
            "peer-group-name": peer_group_name,
            "peers": _join(peers),
            "route-map-in": route_map_in,
            "route-map-out": route_map_out,
        }
        return self._c._call("PUT", self._p, params, _R5)

    def delete(
        self,
        *,
        lock_token: str | None = None,
    ) -> None:
        """Delete sdn controller object configuration.

        Args:
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/controllers, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /cluster/sdn/controllers/{controller}`` (``delete``)."""
        params = {
            "lock-token": lock_token,
        }
        return self._c._call("DELETE", self._p, params, _R6)


class ClusterSdnDns(SyncPath):
    """``/cluster/sdn/dns`` (dns)

    ``GET``: SDN dns index.
    ``POST``: Create a new sdn dns object."""

    __slots__ = ()

    def dns(self, dns: str) -> ClusterSdnDnsDns:
        """The SDN dns object identifier."""
        return ClusterSdnDnsDns(self._c, self._p + "/" + _segment(dns))

    def get(
        self,
        *,
        type: Literal["powerdns"] | None = None,
    ) -> list[ClusterSdnDnsGetResultItem]:
        """SDN dns index.

        Args:
            type: Only list sdn dns of specific type

        Returns:
            ``list[ClusterSdnDnsGetResultItem]``

        Permissions:
            Only list entries where you have 'SDN.Audit' or 'SDN.Allocate' permissions on '/sdn/dns/<dns>'
            User: all

        Proxmox: ``GET /cluster/sdn/dns`` (``index``)."""
        params = {
            "type": type,
        }
        return self._c._call("GET", self._p, params, _R7)

    def post(
        self,
        *,
        dns: str,
        key: str,
        type: Literal["powerdns"],
        url: str,
        fingerprint: str | None = None,
        lock_token: str | None = None,
        reversemaskv6: int | None = None,
        reversev6mask: int | None = None,
        ttl: int | None = None,
    ) -> None:
        """Create a new sdn dns object.

        Args:
            dns: The SDN dns object identifier.
                Length: 2 to any.
                Pattern: ``^[a-zA-Z][a-zA-Z0-9]*[a-zA-Z0-9]$``.
            key: (no description in the schema)
            type: Plugin type.
                Format: ``pve-configid``.
            url: (no description in the schema)
            fingerprint: Certificate SHA 256 fingerprint.
                Proxmox VE: New in 8.3.
                Pattern: ``^([A-Fa-f0-9]{2}:){31}[A-Fa-f0-9]{2}$``.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.
            reversemaskv6: (no description in the schema)
            reversev6mask: (no description in the schema)
            ttl: (no description in the schema)

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/dns, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/sdn/dns`` (``create``)."""
        params = {
            "dns": dns,
            "key": key,
            "type": type,
            "url": url,
            "fingerprint": fingerprint,
            "lock-token": lock_token,
            "reversemaskv6": reversemaskv6,
            "reversev6mask": reversev6mask,
            "ttl": ttl,
        }
        return self._c._call("POST", self._p, params, _R8)


class ClusterSdnDnsDns(SyncPath):
    """``/cluster/sdn/dns/{dns}`` ({dns})

    ``GET``: Read sdn dns configuration.
    ``PUT``: Update sdn dns object configuration.
    ``DELETE``: Delete sdn dns object configuration."""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Read sdn dns configuration.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[perm, /sdn/dns/{dns}, [SDN.Allocate]]``

        Proxmox: ``GET /cluster/sdn/dns/{dns}`` (``read``)."""
        return self._c._call("GET", self._p, {}, _R9)

    def put(
        self,
        *,
        delete: str | Sequence[str] | None = None,
        digest: str | None = None,
        fingerprint: str | None = None,
        key: str | None = None,
        lock_token: str | None = None,
        reversemaskv6: int | None = None,
        ttl: int | None = None,
        url: str | None = None,
    ) -> None:
        """Update sdn dns object configuration.

        Args:
            delete: A list of settings you want to delete.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            fingerprint: Certificate SHA 256 fingerprint.
                Proxmox VE: New in 8.3.
                Pattern: ``^([A-Fa-f0-9]{2}:){31}[A-Fa-f0-9]{2}$``.
            key: (no description in the schema)
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.
            reversemaskv6: (no description in the schema)
            ttl: (no description in the schema)
            url: (no description in the schema)

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/dns, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /cluster/sdn/dns/{dns}`` (``update``)."""
        params = {
            "delete": _join(delete),
            "digest": digest,
            "fingerprint": fingerprint,
            "key": key,
            "lock-token": lock_token,
            "reversemaskv6": reversemaskv6,
            "ttl": ttl,
            "url": url,
        }
        return self._c._call("PUT", self._p, params, _R10)

    def delete(
        self,
        *,
        lock_token: str | None = None,
    ) -> None:
        """Delete sdn dns object configuration.

        Args:
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/dns, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /cluster/sdn/dns/{dns}`` (``delete``)."""
        params = {
            "lock-token": lock_token,
        }
        return self._c._call("DELETE", self._p, params, _R11)


class ClusterSdnDryRun(SyncPath):
    """``/cluster/sdn/dry-run`` (dry-run)

    ``GET``: Dry-run the SDN apply action and return the difference between the current configuration and the pending configuration"""

    __slots__ = ()

    def get(
        self,
        *,
        node: str,
    ) -> ClusterSdnDryRunGetResult:
        """Dry-run the SDN apply action and return the difference between the current configuration and the pending configuration

        Args:
            node: The cluster node name.
                Proxmox VE: New in 9.1.
                Format: ``pve-node``.

        Returns:
            ``ClusterSdnDryRunGetResult``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Audit]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.1.

        Proxmox: ``GET /cluster/sdn/dry-run`` (``dry-run``)."""
        params = {
            "node": node,
        }
        return self._c._call("GET", self._p, params, _R12)


class ClusterSdnFabrics(SyncPath):
    """``/cluster/sdn/fabrics`` (fabrics)

    ``GET``: SDN Fabrics Index"""

    __slots__ = ()

    @property
    def all(self) -> ClusterSdnFabricsAll:
        """SDN Fabrics Index"""
        return ClusterSdnFabricsAll(self._c, self._p + "/all")

    @property
    def fabric(self) -> ClusterSdnFabricsFabric:
        """SDN Fabrics Index"""
        return ClusterSdnFabricsFabric(self._c, self._p + "/fabric")

    @property
    def node(self) -> ClusterSdnFabricsNode:
        """SDN Fabrics Index"""
        return ClusterSdnFabricsNode(self._c, self._p + "/node")

    def get(self) -> list[ClusterSdnFabricsGetResultItem]:
        """SDN Fabrics Index

        Returns:
            ``list[ClusterSdnFabricsGetResultItem]``

        Permissions:
            Check: ``[perm, /sdn/fabrics, [SDN.Audit]]``

        Proxmox VE: New in 9.0.

        Proxmox: ``GET /cluster/sdn/fabrics`` (``index``)."""
        return self._c._call("GET", self._p, {}, _R13)


class ClusterSdnFabricsAll(SyncPath):
    """``/cluster/sdn/fabrics/all`` (all)

    ``GET``: SDN Fabrics Index"""

    __slots__ = ()

    def get(
        self,
        *,
        pending: bool | None = None,
        running: bool | None = None,
    ) -> ClusterSdnFabricsAllGetResult:
        """SDN Fabrics Index

        Args:
            pending: Display pending config.
                Proxmox VE: New in 9.0.
            running: Display running config.
                Proxmox VE: New in 9.0.

        Returns:
            ``ClusterSdnFabricsAllGetResult``

        Permissions:
            Only list fabrics where you have 'SDN.Audit' or 'SDN.Allocate' permissions on
            '/sdn/fabrics/<fabric>', only list nodes where you have 'Sys.Audit' or 'Sys.Modify' on /nodes/<node_id>
            User: all

        Proxmox VE: New in 9.0.

        Proxmox: ``GET /cluster/sdn/fabrics/all`` (``list_all``)."""
        params = {
            "pending": pending,
            "running": running,
        }
        return self._c._call("GET", self._p, params, _R14)


class ClusterSdnFabricsFabric(SyncPath):
    """``/cluster/sdn/fabrics/fabric`` (fabric)

    ``GET``: SDN Fabrics Index
    ``POST``: Add a fabric"""

    __slots__ = ()

    def id(self, id: str) -> ClusterSdnFabricsFabricId:
        """Identifier for SDN fabrics"""
        return ClusterSdnFabricsFabricId(self._c, self._p + "/" + _segment(id))

    def get(
        self,
        *,
        pending: bool | None = None,
        running: bool | None = None,
    ) -> list[ClusterSdnFabricsFabricGetResultItem]:
        """SDN Fabrics Index

        Args:
            pending: Display pending config.
                Proxmox VE: New in 9.0.
            running: Display running config.
                Proxmox VE: New in 9.0.

        Returns:
            ``list[ClusterSdnFabricsFabricGetResultItem]``

        Permissions:
            Only list entries where you have 'SDN.Audit' or 'SDN.Allocate' permissions on '/sdn/fabrics/<fabric>'
            User: all

        Proxmox VE: New in 9.0.

        Proxmox: ``GET /cluster/sdn/fabrics/fabric`` (``index``)."""
        params = {
            "pending": pending,
            "running": running,
        }
        return self._c._call("GET", self._p, params, _R15)

    def post(
        self,
        *,
        id: str,
        protocol: Literal["openfabric", "ospf", "wireguard", "bgp"],
        redistribute: list[Any] | tuple[Any, ...],
        area: str | None = None,
        csnp_interval: float | None = None,
        digest: str | None = None,
        hello_interval: float | None = None,
        ip6_prefix: str | None = None,
        ip_prefix: str | None = None,
        lock_token: str | None = None,
        persistent_keepalive: float | None = None,
        route_filter: str | None = None,
    ) -> None:
        """Add a fabric

        Args:
            id: Identifier for SDN fabrics
                Proxmox VE: New in 9.0.
                Length: 2 to 8.
                Pattern: ``^[a-zA-Z0-9][a-zA-Z0-9-]{0,6}[a-zA-Z0-9]$``.
                Format: ``pve-sdn-fabric-id``.
            protocol: Type of configuration entry in an SDN Fabric section config
                Proxmox VE: New in 9.0.
            redistribute: (no description in the schema)
                Proxmox VE: New in 9.2.
            area: OSPF area. Either a IPv4 address or a 32-bit number. Gets validated in rust.
                Proxmox VE: New in 9.0.
            csnp_interval: The csnp_interval property for Openfabric
                Proxmox VE: New in 9.0.
                Range: 1 to 600.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 9.0.
                Length: 0 to 64.
            hello_interval: The hello_interval property for Openfabric
                Proxmox VE: New in 9.0.
                Range: 1 to 600.
            ip6_prefix: The IP prefix for Node IPs
                Proxmox VE: New in 9.0.
                Format: ``CIDR``.
            ip_prefix: The IP prefix for Node IPs
                Proxmox VE: New in 9.0.
                Format: ``CIDR``.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.
            persistent_keepalive: A seconds interval, between 1 and 65535 inclusive, of how often to send an authenticated empty packet to the peer for the purpose of keeping a stateful firewall or NAT mapping valid persistently. For example, if the interface very rarely sends traffic, but it might at anytime receive traffic from another node, and it is behind NAT, the interface might benefit from having a persistent keepalive interval of 25 seconds. If unset or set to 0, it is turned off
                Proxmox VE: New in 9.2.
                Range: 0 to 65535.
            route_filter: A prefix list that should be used for filtering routes that are to be installed into the kernel routing table
                Proxmox VE: New in 9.2.
                Format: ``pve-sdn-prefix-list-id``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/fabrics, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.0.

        Proxmox: ``POST /cluster/sdn/fabrics/fabric`` (``add_fabric``)."""
        params = {
            "id": id,
            "protocol": protocol,
            "redistribute": _sequence("redistribute", redistribute),
            "area": area,
            "csnp_interval": csnp_interval,
            "digest": digest,
            "hello_interval": hello_interval,
            "ip6_prefix": _checked("CIDR", "ip6_prefix", ip6_prefix),
            "ip_prefix": _checked("CIDR", "ip_prefix", ip_prefix),
            "lock-token": lock_token,
            "persistent_keepalive": persistent_keepalive,
            "route_filter": route_filter,
        }
        return self._c._call("POST", self._p, params, _R16)


class ClusterSdnFabricsFabricId(SyncPath):
    """``/cluster/sdn/fabrics/fabric/{id}`` ({id})

    ``GET``: Update a fabric
    ``PUT``: Update a fabric
    ``DELETE``: Add a fabric"""

    __slots__ = ()

    def get(self) -> ClusterSdnFabricsFabricIdGetResult:
        """Update a fabric

        Returns:
            ``ClusterSdnFabricsFabricIdGetResult``

        Permissions:
            Check: ``[perm, /sdn/fabrics/{id}, [SDN.Audit, SDN.Allocate], any, 1]``

        Proxmox VE: New in 9.0.

        Proxmox: ``GET /cluster/sdn/fabrics/fabric/{id}`` (``get_fabric``)."""
        return self._c._call("GET", self._p, {}, _R17)

    def put(
        self,
        *,
        delete: list[Any] | tuple[Any, ...],
        protocol: Literal["openfabric", "ospf", "wireguard", "bgp"],
        redistribute: list[Any] | tuple[Any, ...],
        area: str | None = None,
        csnp_interval: float | None = None,
        digest: str | None = None,
        hello_interval: float | None = None,
        ip6_prefix: str | None = None,
        ip_prefix: str | None = None,
        lock_token: str | None = None,
        persistent_keepalive: float | None = None,
        route_filter: str | None = None,
    ) -> None:
        """Update a fabric

        Args:
            delete: (no description in the schema)
                Proxmox VE: New in 9.0.
            protocol: Type of configuration entry in an SDN Fabric section config
                Proxmox VE: New in 9.0.
            redistribute: (no description in the schema)
                Proxmox VE: New in 9.2.
            area: OSPF area. Either a IPv4 address or a 32-bit number. Gets validated in rust.
                Proxmox VE: New in 9.0.
            csnp_interval: The csnp_interval property for Openfabric
                Proxmox VE: New in 9.0.
                Range: 1 to 600.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 9.0.
                Length: 0 to 64.
            hello_interval: The hello_interval property for Openfabric
                Proxmox VE: New in 9.0.
                Range: 1 to 600.
            ip6_prefix: The IP prefix for Node IPs
                Proxmox VE: New in 9.0.
                Format: ``CIDR``.
            ip_prefix: The IP prefix for Node IPs
                Proxmox VE: New in 9.0.
                Format: ``CIDR``.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.
            persistent_keepalive: A seconds interval, between 1 and 65535 inclusive, of how often to send an authenticated empty packet to the peer for the purpose of keeping a stateful firewall or NAT mapping valid persistently. For example, if the interface very rarely sends traffic, but it might at anytime receive traffic from another node, and it is behind NAT, the interface might benefit from having a persistent keepalive interval of 25 seconds. If unset or set to 0, it is turned off
                Proxmox VE: New in 9.2.
                Range: 0 to 65535.
            route_filter: A prefix list that should be used for filtering routes that are to be installed into the kernel routing table
                Proxmox VE: New in 9.2.
                Format: ``pve-sdn-prefix-list-id``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/fabrics/{id}, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.0.

        Proxmox: ``PUT /cluster/sdn/fabrics/fabric/{id}`` (``update_fabric``)."""
        params = {
            "delete": _sequence("delete", delete),
            "protocol": protocol,
            "redistribute": _sequence("redistribute", redistribute),
            "area": area,
            "csnp_interval": csnp_interval,
            "digest": digest,
            "hello_interval": hello_interval,
            "ip6_prefix": _checked("CIDR", "ip6_prefix", ip6_prefix),
            "ip_prefix": _checked("CIDR", "ip_prefix", ip_prefix),
            "lock-token": lock_token,
            "persistent_keepalive": persistent_keepalive,
            "route_filter": route_filter,
        }
        return self._c._call("PUT", self._p, params, _R18)

    def delete(self) -> None:
        """Add a fabric

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/fabrics/{id}, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.0.

        Proxmox: ``DELETE /cluster/sdn/fabrics/fabric/{id}`` (``delete_fabric``)."""
        return self._c._call("DELETE", self._p, {}, _R19)


class ClusterSdnFabricsNode(SyncPath):
    """``/cluster/sdn/fabrics/node`` (node)

    ``GET``: SDN Fabrics Index"""

    __slots__ = ()

    def fabric_id(self, fabric_id: str) -> ClusterSdnFabricsNodeFabricId:
        """Identifier for SDN fabrics"""
        return ClusterSdnFabricsNodeFabricId(self._c, self._p + "/" + _segment(fabric_id))

    def get(
        self,
        *,
        pending: bool | None = None,
        running: bool | None = None,
    ) -> list[ClusterSdnFabricsNodeGetResultItem]:
        """SDN Fabrics Index

        Args:
            pending: Display pending config.
                Proxmox VE: New in 9.0.
            running: Display running config.
                Proxmox VE: New in 9.0.

        Returns:
            ``list[ClusterSdnFabricsNodeGetResultItem]``

        Permissions:
            Only list nodes where you have 'SDN.Audit' or 'SDN.Allocate' permissions on
            '/sdn/fabrics/<fabric>' and 'Sys.Audit' or 'Sys.Modify' on /nodes/<node_id>
            User: all

        Proxmox VE: New in 9.0.

        Proxmox: ``GET /cluster/sdn/fabrics/node`` (``list_nodes``)."""
        params = {
            "pending": pending,
            "running": running,
        }
        return self._c._call("GET", self._p, params, _R20)


class ClusterSdnFabricsNodeFabricId(SyncPath):
    """``/cluster/sdn/fabrics/node/{fabric_id}`` ({fabric_id})

    ``GET``: SDN Fabrics Index
    ``POST``: Add a node"""

    __slots__ = ()

    def node_id(self, node_id: str) -> ClusterSdnFabricsNodeFabricIdNodeId:
        """Identifier for nodes in an SDN fabric"""
        return ClusterSdnFabricsNodeFabricIdNodeId(self._c, self._p + "/" + _segment(node_id))

    def get(
        self,
        *,
        pending: bool | None = None,
        running: bool | None = None,
    ) -> list[ClusterSdnFabricsNodeFabricIdGetResultItem]:
        """SDN Fabrics Index

        Args:
            pending: Display pending config.
                Proxmox VE: New in 9.0.
            running: Display running config.
                Proxmox VE: New in 9.0.

        Returns:
            ``list[ClusterSdnFabricsNodeFabricIdGetResultItem]``

        Permissions:
            Only returns nodes where you have 'Sys.Audit' or 'Sys.Modify' permissions.
            Check: ``[perm, /sdn/fabrics/{fabric_id}, [SDN.Audit]]``

        Proxmox VE: New in 9.0.

        Proxmox: ``GET /cluster/sdn/fabrics/node/{fabric_id}`` (``list_nodes_fabric``)."""
        params = {
            "pending": pending,
            "running": running,
        }
        return self._c._call("GET", self._p, params, _R21)

    def post(
        self,
        *,
        interfaces: list[Any] | tuple[Any, ...],
        node_id: str,
        protocol: Literal["openfabric", "ospf", "wireguard", "bgp"],
        allowed_ips: list[str] | tuple[str, ...] | None = None,
        digest: str | None = None,
        endpoint: str | None = None,
        ip: str | None = None,
        ip6: str | None = None,
        lock_token: str | None = None,
        peers: list[Peers | str] | tuple[Peers | str, ...] | None = None,
        public_key: str | None = None,
        role: Literal["internal", "external"] | None = None,
    ) -> None:
        """Add a node

        Args:
            interfaces: (no description in the schema)
                Proxmox VE: New in 9.0.
            node_id: Identifier for nodes in an SDN fabric
                Proxmox VE: New in 9.0.
                Format: ``pve-node``.
            protocol: Type of configuration entry in an SDN Fabric section config
                Proxmox VE: New in 9.0.
            allowed_ips: A list of IPs that are routable via this node in the WireGuard fabric.
                Proxmox VE: New in 9.2.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 9.0.
                Length: 0 to 64.
            endpoint: The endpoint used for connecting to this node.
                Proxmox VE: New in 9.2.
            ip: IPv4 address for this node
                Proxmox VE: New in 9.0.
                Format: ``ipv4``.
            ip6: IPv6 address for this node
                Proxmox VE: New in 9.0.
                Format: ``ipv6``.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.
            peers: (no description in the schema)
                Proxmox VE: New in 9.2.
            public_key: The public key for the external node.
                Proxmox VE: New in 9.2.
            role: The role of this node in the WireGuard fabric.
                Proxmox VE: New in 9.2.

        Returns:
            ``None``

        Permissions:
            Check: ``[and, [perm, /sdn/fabrics/{fabric_id}, [SDN.Allocate]], [perm, /nodes/{node_id}, [Sys.Modify]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.0.

        Proxmox: ``POST /cluster/sdn/fabrics/node/{fabric_id}`` (``add_node``)."""
        params = {
            "interfaces": _sequence("interfaces", interfaces),
            "node_id": node_id,
            "protocol": protocol,
            "allowed_ips": _sequence("allowed_ips", allowed_ips),
            "digest": digest,
            "endpoint": endpoint,
            "ip": _checked("ipv4", "ip", ip),
            "ip6": _checked("ipv6", "ip6", ip6),
            "lock-token": lock_token,
            "peers": _sequence("peers", peers),
            "public_key": public_key,
            "role": role,
        }
        return self._c._call("POST", self._p, params, _R22)


class ClusterSdnFabricsNodeFabricIdNodeId(SyncPath):
    """``/cluster/sdn/fabrics/node/{fabric_id}/{node_id}`` ({node_id})

    ``GET``: Get a node
    ``PUT``: Update a node
    ``DELETE``: Add a node"""

    __slots__ = ()

    def get(self) -> ClusterSdnFabricsNodeFabricIdNodeIdGetResult:
        """Get a node

        Returns:
            ``ClusterSdnFabricsNodeFabricIdNodeIdGetResult``

        Permissions:
            Check: ``[and, [perm, /sdn/fabrics/{fabric_id}, [SDN.Audit, SDN.Allocate], any, 1], [perm, /nodes/{node_id}, [Sys.Audit, Sys.Modify], any, 1]]``

        Proxmox VE: New in 9.0.

        Proxmox: ``GET /cluster/sdn/fabrics/node/{fabric_id}/{node_id}`` (``get_node``)."""
        return self._c._call("GET", self._p, {}, _R23)

    def put(
        self,
        *,
        delete: list[Any] | tuple[Any, ...],
        interfaces: list[Any] | tuple[Any, ...],
        protocol: Literal["openfabric", "ospf", "wireguard", "bgp"],
        allowed_ips: list[str] | tuple[str, ...] | None = None,
        digest: str | None = None,
        endpoint: str | None = None,
        ip: str | None = None,
        ip6: str | None = None,
        lock_token: str | None = None,
        peers: list[Peers | str] | tuple[Peers | str, ...] | None = None,
        public_key: str | None = None,
        role: Literal["internal", "external"] | None = None,
    ) -> None:
        """Update a node

        Args:
            delete: (no description in the schema)
                Proxmox VE: New in 9.0.
            interfaces: (no description in the schema)
                Proxmox VE: New in 9.0.
            protocol: Type of configuration entry in an SDN Fabric section config
                Proxmox VE: New in 9.0.
            allowed_ips: A list of IPs that are routable via this node in the WireGuard fabric.
                Proxmox VE: New in 9.2.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 9.0.
                Length: 0 to 64.
            endpoint: The endpoint used for connecting to this node.
                Proxmox VE: New in 9.2.
            ip: IPv4 address for this node
                Proxmox VE: New in 9.0.
                Format: ``ipv4``.
            ip6: IPv6 address for this node
                Proxmox VE: New in 9.0.
                Format: ``ipv6``.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.
            peers: (no description in the schema)
                Proxmox VE: New in 9.2.
            public_key: The public key for the external node.
                Proxmox VE: New in 9.2.
            role: The role of this node in the WireGuard fabric.
                Proxmox VE: New in 9.2.

        Returns:
            ``None``

        Permissions:
            Check: ``[and, [perm, /sdn/fabrics/{fabric_id}, [SDN.Allocate]], [perm, /nodes/{node_id}, [Sys.Modify]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.0.

        Proxmox: ``PUT /cluster/sdn/fabrics/node/{fabric_id}/{node_id}`` (``update_node``)."""
        params = {
            "delete": _sequence("delete", delete),
            "interfaces": _sequence("interfaces", interfaces),
            "protocol": protocol,
            "allowed_ips": _sequence("allowed_ips", allowed_ips),
            "digest": digest,
            "endpoint": endpoint,
            "ip": _checked("ipv4", "ip", ip),
            "ip6": _checked("ipv6", "ip6", ip6),
            "lock-token": lock_token,
            "peers": _sequence("peers", peers),
            "public_key": public_key,
            "role": role,
        }
        return self._c._call("PUT", self._p, params, _R24)

    def delete(self) -> None:
        """Add a node

        Returns:
            ``None``

        Permissions:
            Check: ``[and, [perm, /sdn/fabrics/{fabric_id}, [SDN.Allocate]], [perm, /nodes/{node_id}, [Sys.Modify]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.0.

        Proxmox: ``DELETE /cluster/sdn/fabrics/node/{fabric_id}/{node_id}`` (``delete_node``)."""
        return self._c._call("DELETE", self._p, {}, _R25)


class ClusterSdnIpams(SyncPath):
    """``/cluster/sdn/ipams`` (ipams)

    ``GET``: SDN ipams index.
    ``POST``: Create a new sdn ipam object."""

    __slots__ = ()

    def ipam(self, ipam: str) -> ClusterSdnIpamsIpam:
        """The SDN ipam object identifier."""
        return ClusterSdnIpamsIpam(self._c, self._p + "/" + _segment(ipam))

    def get(
        self,
        *,
        type: Literal["netbox", "phpipam", "pve"] | None = None,
    ) -> list[ClusterSdnIpamsGetResultItem]:
        """SDN ipams index.

        Args:
            type: Only list sdn ipams of specific type

        Returns:
            ``list[ClusterSdnIpamsGetResultItem]``

        Permissions:
            Only list entries where you have 'SDN.Audit' or 'SDN.Allocate' permissions on '/sdn/ipams/<ipam>'
            User: all

        Proxmox: ``GET /cluster/sdn/ipams`` (``index``)."""
        params = {
            "type": type,
        }
        return self._c._call("GET", self._p, params, _R26)

    def post(
        self,
        *,
        ipam: str,
        type: Literal["netbox", "phpipam", "pve"],
        fingerprint: str | None = None,
        lock_token: str | None = None,
        section: int | None = None,
        token: str | None = None,
        url: str | None = None,
    ) -> None:
        """Create a new sdn ipam object.

        Args:
            ipam: The SDN ipam object identifier.
                Length: 2 to any.
                Pattern: ``^[a-zA-Z][a-zA-Z0-9]*[a-zA-Z0-9]$``.
            type: Plugin type.
                Format: ``pve-configid``.
            fingerprint: Certificate SHA 256 fingerprint.
                Proxmox VE: New in 8.3.
                Pattern: ``^([A-Fa-f0-9]{2}:){31}[A-Fa-f0-9]{2}$``.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.
            section: (no description in the schema)
            token: (no description in the schema)
            url: (no description in the schema)

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/ipams, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/sdn/ipams`` (``create``)."""
        params = {
            "ipam": ipam,
            "type": type,
            "fingerprint": fingerprint,
            "lock-token": lock_token,
            "section": section,
            "token": token,
            "url": url,
        }
        return self._c._call("POST", self._p, params, _R27)


class ClusterSdnIpamsIpam(SyncPath):
    """``/cluster/sdn/ipams/{ipam}`` ({ipam})

    ``GET``: Read sdn ipam configuration.
    ``PUT``: Update sdn ipam object configuration.
    ``DELETE``: Delete sdn ipam object configuration."""

    __slots__ = ()

    @property
    def status(self) -> ClusterSdnIpamsIpamStatus:
        """List PVE IPAM Entries"""
        return ClusterSdnIpamsIpamStatus(self._c, self._p + "/status")

    def get(self) -> dict[str, Any]:
        """Read sdn ipam configuration.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[perm, /sdn/ipams/{ipam}, [SDN.Allocate]]``

        Proxmox: ``GET /cluster/sdn/ipams/{ipam}`` (``read``)."""
        return self._c._call("GET", self._p, {}, _R28)

    def put(
        self,
        *,
        delete: str | Sequence[str] | None = None,
        digest: str | None = None,
        fingerprint: str | None = None,
        lock_token: str | None = None,
        section: int | None = None,
        token: str | None = None,
        url: str | None = None,
    ) -> None:
        """Update sdn ipam object configuration.

        Args:
            delete: A list of settings you want to delete.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            fingerprint: Certificate SHA 256 fingerprint.
                Proxmox VE: New in 8.3.
                Pattern: ``^([A-Fa-f0-9]{2}:){31}[A-Fa-f0-9]{2}$``.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.
            section: (no description in the schema)
            token: (no description in the schema)
            url: (no description in the schema)

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/ipams, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /cluster/sdn/ipams/{ipam}`` (``update``)."""
        params = {
            "delete": _join(delete),
            "digest": digest,
            "fingerprint": fingerprint,
            "lock-token": lock_token,
            "section": section,
            "token": token,
            "url": url,
        }
        return self._c._call("PUT", self._p, params, _R29)

    def delete(
        self,
        *,
        lock_token: str | None = None,
    ) -> None:
        """Delete sdn ipam object configuration.

        Args:
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/ipams, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /cluster/sdn/ipams/{ipam}`` (``delete``)."""
        params = {
            "lock-token": lock_token,
        }
        return self._c._call("DELETE", self._p, params, _R30)


class ClusterSdnIpamsIpamStatus(SyncPath):
    """``/cluster/sdn/ipams/{ipam}/status`` (status)

    ``GET``: List PVE IPAM Entries"""

    __slots__ = ()

    def get(self) -> list[Any]:
        """List PVE IPAM Entries

        Returns:
            ``list[Any]``

        Permissions:
            Only list entries where you have 'SDN.Audit' or 'SDN.Allocate' permissions on '/sdn/zones/<zone>/<vnet>'
            User: all

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``GET /cluster/sdn/ipams/{ipam}/status`` (``ipamindex``)."""
        return self._c._call("GET", self._p, {}, _R31)


class ClusterSdnLock(SyncPath):
    """``/cluster/sdn/lock`` (lock)

    ``POST``: Acquire global lock for SDN configuration
    ``DELETE``: Release global lock for SDN configuration"""

    __slots__ = ()

    def post(
        self,
        *,
        allow_pending: bool | None = None,
    ) -> str:
        """Acquire global lock for SDN configuration

        Args:
            allow_pending: if true, allow acquiring lock even though there are pending changes
                Proxmox VE: New in 9.0.
                Default: ``0``.

        Returns:
            ``str``

        Permissions:
            Check: ``[perm, /sdn, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.0.

        Proxmox: ``POST /cluster/sdn/lock`` (``lock``)."""
        params = {
            "allow-pending": allow_pending,
        }
        return self._c._call("POST", self._p, params, _R32)

    def delete(
        self,
        *,
        force: bool | None = None,
        lock_token: str | None = None,
    ) -> None:
        """Release global lock for SDN configuration

        Args:
            force: if true, allow releasing lock without providing the token
                Proxmox VE: New in 9.0.
                Default: ``0``.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.0.

        Proxmox: ``DELETE /cluster/sdn/lock`` (``release_lock``)."""
        params = {
            "force": force,
            "lock-token": lock_token,
        }
        return self._c._call("DELETE", self._p, params, _R33)


class ClusterSdnPrefixLists(SyncPath):
    """``/cluster/sdn/prefix-lists`` (prefix-lists)

    ``GET``: List Prefix Lists
    ``POST``: Create Prefix List"""

    __slots__ = ()

    def id(self, id: str) -> ClusterSdnPrefixListsId:
        """The SDN prefix list identifier"""
        return ClusterSdnPrefixListsId(self._c, self._p + "/" + _segment(id))

    def get(
        self,
        *,
        pending: bool | None = None,
        running: bool | None = None,
        verbose: bool | None = None,
    ) -> list[dict[str, Any]]:
        """List Prefix Lists

        Args:
            pending: Display pending config.
                Proxmox VE: New in 9.2.
            running: Display running config.
                Proxmox VE: New in 9.2.
            verbose: If 0, only returns id - otherwise returns all properties.
                Proxmox VE: New in 9.2.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            Only returns prefix list entries where you have 'SDN.Audit' or 'SDN.Allocate' permissions.
            User: all

        Proxmox VE: New in 9.2.

        Proxmox: ``GET /cluster/sdn/prefix-lists`` (``list_prefix_lists``)."""
        params = {
            "pending": pending,
            "running": running,
            "verbose": verbose,
        }
        return self._c._call("GET", self._p, params, _R34)

    def post(
        self,
        *,
        id: str,
        digest: str | None = None,
        entries: list[PrefixListsEntries | str]
        | tuple[PrefixListsEntries | str, ...]
        | None = None,
        lock_token: str | None = None,
    ) -> None:
        """Create Prefix List

        Args:
            id: The SDN prefix list identifier
                Proxmox VE: New in 9.2.
                Format: ``pve-sdn-prefix-list-id``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 9.2.
                Length: 0 to 64.
            entries: (no description in the schema)
                Proxmox VE: New in 9.2.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.2.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/prefix-lists, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.2.

        Proxmox: ``POST /cluster/sdn/prefix-lists`` (``create_prefix_list_entry``)."""
        params = {
            "id": id,
            "digest": digest,
            "entries": _sequence("entries", entries),
            "lock-token": lock_token,
        }
        return self._c._call("POST", self._p, params, _R35)


class ClusterSdnPrefixListsId(SyncPath):
    """``/cluster/sdn/prefix-lists/{id}`` ({id})

    ``GET``: Get Prefix List
    ``PUT``: Update Prefix List
    ``DELETE``: Delete Prefix List"""

    __slots__ = ()

    @property
    def entries(self) -> ClusterSdnPrefixListsIdEntries:
        """List Prefix List Entries"""
        return ClusterSdnPrefixListsIdEntries(self._c, self._p + "/entries")

    def get(self) -> dict[str, Any]:
        """Get Prefix List

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[perm, /sdn/prefix-lists/{id}, [SDN.Audit]]``

        Proxmox VE: New in 9.2.

        Proxmox: ``GET /cluster/sdn/prefix-lists/{id}`` (``get_prefix_list``)."""
        return self._c._call("GET", self._p, {}, _R36)

    def put(
        self,
        *,
        delete: list[Literal["entries"]] | tuple[Literal["entries"], ...] | None = None,
        digest: str | None = None,
        entries: list[PrefixListsEntries2 | str]
        | tuple[PrefixListsEntries2 | str, ...]
        | None = None,
        lock_token: str | None = None,
    ) -> None:
        """Update Prefix List

        Args:
            delete: (no description in the schema)
                Proxmox VE: New in 9.2.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 9.2.
                Length: 0 to 64.
            entries: (no description in the schema)
                Proxmox VE: New in 9.2.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.2.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/prefix-lists/{id}, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.2.

        Proxmox: ``PUT /cluster/sdn/prefix-lists/{id}`` (``update_prefix_list``)."""
        params = {
            "delete": _sequence("delete", delete),
            "digest": digest,
            "entries": _sequence("entries", entries),
            "lock-token": lock_token,
        }
        return self._c._call("PUT", self._p, params, _R37)

    def delete(
        self,
        *,
        lock_token: str | None = None,
    ) -> None:
        """Delete Prefix List

        Args:
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.2.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/prefix-lists/{id}, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.2.

        Proxmox: ``DELETE /cluster/sdn/prefix-lists/{id}`` (``delete_prefix_list``)."""
        params = {
            "lock-token": lock_token,
        }
        return self._c._call("DELETE", self._p, params, _R38)


class ClusterSdnPrefixListsIdEntries(SyncPath):
    """``/cluster/sdn/prefix-lists/{id}/entries`` (entries)

    ``GET``: List Prefix List Entries
    ``POST``: Create Prefix List Entry"""

    __slots__ = ()

    def url_seq(self, url_seq: int) -> ClusterSdnPrefixListsIdEntriesUrlSeq:
        """Sequence number of the prefix-list entry."""
        return ClusterSdnPrefixListsIdEntriesUrlSeq(self._c, self._p + "/" + _segment(url_seq))

    def get(self) -> list[dict[str, Any]]:
        """List Prefix List Entries

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            Check: ``[perm, /sdn/prefix-lists/{id}, [SDN.Audit]]``

        Proxmox VE: New in 9.2.

        Proxmox: ``GET /cluster/sdn/prefix-lists/{id}/entries`` (``get_prefix_list_entries``)."""
        return self._c._call("GET", self._p, {}, _R39)

    def post(
        self,
        *,
        action: Literal["permit", "deny"],
        prefix: str,
        ge: int | None = None,
        le: int | None = None,
        lock_token: str | None = None,
        seq: int | None = None,
    ) -> None:
        """Create Prefix List Entry

        Args:
            action: (no description in the schema)
                Proxmox VE: New in 9.2.
            prefix: (no description in the schema)
                Proxmox VE: New in 9.2.
                Format: ``FullRangeCIDR``.
            ge: (no description in the schema)
                Proxmox VE: New in 9.2.
                Range: 0 to 128.
            le: (no description in the schema)
                Proxmox VE: New in 9.2.
                Range: 0 to 128.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.2.
            seq: (no description in the schema)
                Proxmox VE: New in 9.2.
                Range: 1 to 4294967295.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/prefix-lists/{id}, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.2.

        Proxmox: ``POST /cluster/sdn/prefix-lists/{id}/entries`` (``create_prefix_list_entry``)."""
        params = {
            "action": action,
            "prefix": prefix,
            "ge": ge,
            "le": le,
            "lock-token": lock_token,
            "seq": seq,
        }
        return self._c._call("POST", self._p, params, _R40)


class ClusterSdnPrefixListsIdEntriesUrlSeq(SyncPath):
    """``/cluster/sdn/prefix-lists/{id}/entries/{url_seq}`` ({url_seq})

    ``GET``: Get Prefix List Entry
    ``PUT``: Update Prefix List Entry
    ``DELETE``: Delete Prefix List Entry"""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Get Prefix List Entry

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[perm, /sdn/prefix-lists/{id}, [SDN.Audit]]``

        Proxmox VE: New in 9.2.

        Proxmox: ``GET /cluster/sdn/prefix-lists/{id}/entries/{url_seq}`` (``get_prefix_list_entry``)."""
        return self._c._call("GET", self._p, {}, _R41)

    def put(
        self,
        *,
        action: Literal["permit", "deny"] | None = None,
        delete: list[Literal["le", "ge", "seq"]]
        | tuple[Literal["le", "ge", "seq"], ...]
        | None = None,
        digest: str | None = None,
        ge: int | None = None,
        le: int | None = None,
        lock_token: str | None = None,
        prefix: str | None = None,
        seq: int | None = None,
    ) -> None:
        """Update Prefix List Entry

        Args:
            action: (no description in the schema)
                Proxmox VE: New in 9.2.
            delete: (no description in the schema)
                Proxmox VE: New in 9.2.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 9.2.
                Length: 0 to 64.
            ge: (no description in the schema)
                Proxmox VE: New in 9.2.
                Range: 0 to 128.
            le: (no description in the schema)
                Proxmox VE: New in 9.2.
                Range: 0 to 128.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.2.
            prefix: (no description in the schema)
                Proxmox VE: New in 9.2.
                Format: ``FullRangeCIDR``.
            seq: (no description in the schema)
                Proxmox VE: New in 9.2.
                Range: 1 to 4294967295.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/prefix-lists/{id}, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.2.

        Proxmox: ``PUT /cluster/sdn/prefix-lists/{id}/entries/{url_seq}`` (``update_prefix_list_entry``)."""
        params = {
            "action": action,
            "delete": _sequence("delete", delete),
            "digest": digest,
            "ge": ge,
            "le": le,
            "lock-token": lock_token,
            "prefix": prefix,
            "seq": seq,
        }
        return self._c._call("PUT", self._p, params, _R42)

    def delete(
        self,
        *,
        lock_token: str | None = None,
    ) -> None:
        """Delete Prefix List Entry

        Args:
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.2.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/prefix-lists/{id}, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.2.

        Proxmox: ``DELETE /cluster/sdn/prefix-lists/{id}/entries/{url_seq}`` (``delete_prefix_list_entry``)."""
        params = {
            "lock-token": lock_token,
        }
        return self._c._call("DELETE", self._p, params, _R43)


class ClusterSdnRollback(SyncPath):
    """``/cluster/sdn/rollback`` (rollback)

    ``POST``: Rollback pending changes to SDN configuration"""

    __slots__ = ()

    def post(
        self,
        *,
        lock_token: str | None = None,
        release_lock: bool | None = None,
    ) -> None:
        """Rollback pending changes to SDN configuration

        Args:
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.
            release_lock: When lock-token has been provided and configuration successfully rollbacked, release the lock automatically afterwards
                Proxmox VE: New in 9.0.
                Default: ``1``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.0.

        Proxmox: ``POST /cluster/sdn/rollback`` (``rollback``)."""
        params = {
            "lock-token": lock_token,
            "release-lock": release_lock,
        }
        return self._c._call("POST", self._p, params, _R44)


class ClusterSdnRouteMaps(SyncPath):
    """``/cluster/sdn/route-maps`` (route-maps)

    ``GET``: List Route Maps"""

    __slots__ = ()

    @property
    def entries(self) -> ClusterSdnRouteMapsEntries:
        """Lists all route map entries."""
        return ClusterSdnRouteMapsEntries(self._c, self._p + "/entries")

    def get(
        self,
        *,
        running: bool | None = None,
    ) -> list[ClusterSdnRouteMapsGetResultItem]:
        """List Route Maps

        Args:
            running: Display running config.
                Proxmox VE: New in 9.2.

        Returns:
            ``list[ClusterSdnRouteMapsGetResultItem]``

        Permissions:
            Only returns route maps where you have 'SDN.Audit' or 'SDN.Allocate' permissions.
            User: all

        Proxmox VE: New in 9.2.

        Proxmox: ``GET /cluster/sdn/route-maps`` (``list_route_maps``)."""
        params = {
            "running": running,
        }
        return self._c._call("GET", self._p, params, _R45)


class ClusterSdnRouteMapsEntries(SyncPath):
    """``/cluster/sdn/route-maps/entries`` (entries)

    ``GET``: Lists all route map entries.
    ``POST``: Create Route Map entry"""

    __slots__ = ()

    def route_map_id(self, route_map_id: str) -> ClusterSdnRouteMapsEntriesRouteMapId:
        """The SDN route map identifier"""
        return ClusterSdnRouteMapsEntriesRouteMapId(self._c, self._p + "/" + _segment(route_map_id))

    def get(
        self,
        *,
        pending: bool | None = None,
        running: bool | None = None,
    ) -> list[ClusterSdnRouteMapsEntriesGetResultItem]:
        """Lists all route map entries.

        Args:
            pending: Display pending config.
                Proxmox VE: New in 9.2.
            running: Display running config.
                Proxmox VE: New in 9.2.

        Returns:
            ``list[ClusterSdnRouteMapsEntriesGetResultItem]``

        Permissions:
            Only returns route map entries where you have 'SDN.Audit' or 'SDN.Allocate' permissions.
            User: all

        Proxmox VE: New in 9.2.

        Proxmox: ``GET /cluster/sdn/route-maps/entries`` (``list_route_map_entries``)."""
        params = {
            "pending": pending,
            "running": running,
        }
        return self._c._call("GET", self._p, params, _R46)

    def post(
        self,
        *,
        action: Literal["permit", "deny"],
        order: int,
        route_map_id: str,
        call: str | None = None,
        digest: str | None = None,
        exit_action: ExitAction | str | None = None,
        lock_token: str | None = None,
        match: list[Match | str] | tuple[Match | str, ...] | None = None,
        set: list[Set | str] | tuple[Set | str, ...] | None = None,
    ) -> None:
        """Create Route Map entry

        Args:
            action: Matching policy of a route map entry.
                Proxmox VE: New in 9.2.
            order: The index of this route map entry
                Proxmox VE: New in 9.2.
                Range: 0 to 65535.
            route_map_id: The SDN route map identifier
                Proxmox VE: New in 9.2.
                Format: ``pve-sdn-route-map-id``.
            call: The SDN route map identifier
                Proxmox VE: New in 9.2.
                Format: ``pve-sdn-route-map-id``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 9.2.
                Length: 0 to 64.
            exit_action: (no description in the schema)
                Proxmox VE: New in 9.2.
                Syntax: ``key=<on-match-goto|on-match-next|continue> [,value=<integer>]``.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.2.
            match: (no description in the schema)
                Proxmox VE: New in 9.2.
            set: (no description in the schema)
                Proxmox VE: New in 9.2.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/route-maps, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.2.

        Proxmox: ``POST /cluster/sdn/route-maps/entries`` (``create_route_map_entry``)."""
        params = {
            "action": action,
            "order": order,
            "route-map-id": route_map_id,
            "call": call,
            "digest": digest,
            "exit-action": exit_action,
            "lock-token": lock_token,
            "match": _sequence("match", match),
            "set": _sequence("set", set),
        }
        return self._c._call("POST", self._p, params, _R47)


class ClusterSdnRouteMapsEntriesRouteMapId(SyncPath):
    """``/cluster/sdn/route-maps/entries/{route-map-id}`` ({route-map-id})

    ``GET``: List all entries for a given Route Map"""

    __slots__ = ()

    @property
    def entry(self) -> ClusterSdnRouteMapsEntriesRouteMapIdEntry:
        """entry"""
        return ClusterSdnRouteMapsEntriesRouteMapIdEntry(self._c, self._p + "/entry")

    def get(
        self,
        *,
        pending: bool | None = None,
        running: bool | None = None,
    ) -> list[ClusterSdnRouteMapsEntriesRouteMapIdGetResultItem]:
        """List all entries for a given Route Map

        Args:
            pending: Display pending config.
                Proxmox VE: New in 9.2.
            running: Display running config.
                Proxmox VE: New in 9.2.

        Returns:
            ``list[ClusterSdnRouteMapsEntriesRouteMapIdGetResultItem]``

        Permissions:
            Check: ``[perm, /sdn/route-maps/{route-map-id}, [SDN.Audit, SDN.Allocate], any, 1]``

        Proxmox VE: New in 9.2.

        Proxmox: ``GET /cluster/sdn/route-maps/entries/{route-map-id}`` (``list_route_map_entries_for_route_map``)."""
        params = {
            "pending": pending,
            "running": running,
        }
        return self._c._call("GET", self._p, params, _R48)


class ClusterSdnRouteMapsEntriesRouteMapIdEntry(SyncPath):
    """``/cluster/sdn/route-maps/entries/{route-map-id}/entry`` (entry)"""

    __slots__ = ()

    def order(self, order: int) -> ClusterSdnRouteMapsEntriesRouteMapIdEntryOrder:
        """The index of this route map entry"""
        return ClusterSdnRouteMapsEntriesRouteMapIdEntryOrder(
            self._c, self._p + "/" + _segment(order)
        )


class ClusterSdnRouteMapsEntriesRouteMapIdEntryOrder(SyncPath):
    """``/cluster/sdn/route-maps/entries/{route-map-id}/entry/{order}`` ({order})

    ``GET``: Get Route Map Entry
    ``PUT``: Update Route Map Entry
    ``DELETE``: Delete Route Map Entry"""

    __slots__ = ()

    def get(self) -> ClusterSdnRouteMapsEntriesRouteMapIdEntryOrderGetResult:
        """Get Route Map Entry

        Returns:
            ``ClusterSdnRouteMapsEntriesRouteMapIdEntryOrderGetResult``

        Permissions:
            Check: ``[perm, /sdn/route-maps/{route-map-id}, [SDN.Audit, SDN.Allocate], any, 1]``

        Proxmox VE: New in 9.2.

        Proxmox: ``GET /cluster/sdn/route-maps/entries/{route-map-id}/entry/{order}`` (``get_route_map_entry``)."""
        return self._c._call("GET", self._p, {}, _R49)

    def put(
        self,
        *,
        action: Literal["permit", "deny"] | None = None,
        call: str | None = None,
        delete: list[Literal["set", "match", "call", "exit-action"]]
        | tuple[Literal["set", "match", "call", "exit-action"], ...]
        | None = None,
        digest: str | None = None,
        exit_action: ExitAction | str | None = None,
        lock_token: str | None = None,
        match: list[Match | str] | tuple[Match | str, ...] | None = None,
        set: list[Set | str] | tuple[Set | str, ...] | None = None,
    ) -> None:
        """Update Route Map Entry

        Args:
            action: Matching policy of a route map entry.
                Proxmox VE: New in 9.2.
            call: The SDN route map identifier
                Proxmox VE: New in 9.2.
                Format: ``pve-sdn-route-map-id``.
            delete: (no description in the schema)
                Proxmox VE: New in 9.2.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 9.2.
                Length: 0 to 64.
            exit_action: (no description in the schema)
                Proxmox VE: New in 9.2.
                Syntax: ``key=<on-match-goto|on-match-next|continue> [,value=<integer>]``.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.2.
            match: (no description in the schema)
                Proxmox VE: New in 9.2.
            set: (no description in the schema)
                Proxmox VE: New in 9.2.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/route-maps/{route-map-id}, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.2.

        Proxmox: ``PUT /cluster/sdn/route-maps/entries/{route-map-id}/entry/{order}`` (``update_route_map_entry``)."""
        params = {
            "action": action,
            "call": call,
            "delete": _sequence("delete", delete),
            "digest": digest,
            "exit-action": exit_action,
            "lock-token": lock_token,
            "match": _sequence("match", match),
            "set": _sequence("set", set),
        }
        return self._c._call("PUT", self._p, params, _R50)

    def delete(
        self,
        *,
        lock_token: str | None = None,
    ) -> None:
        """Delete Route Map Entry

        Args:
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.2.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/route-maps/{route-map-id}, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.2.

        Proxmox: ``DELETE /cluster/sdn/route-maps/entries/{route-map-id}/entry/{order}`` (``delete_route_map_entry``)."""
        params = {
            "lock-token": lock_token,
        }
        return self._c._call("DELETE", self._p, params, _R51)


class ClusterSdnVnets(SyncPath):
    """``/cluster/sdn/vnets`` (vnets)

    ``GET``: SDN vnets index.
    ``POST``: Create a new sdn vnet object."""

    __slots__ = ()

    def vnet(self, vnet: str) -> ClusterSdnVnetsVnet:
        """The SDN vnet object identifier."""
        return ClusterSdnVnetsVnet(self._c, self._p + "/" + _segment(vnet))

    def get(
        self,
        *,
        pending: bool | None = None,
        running: bool | None = None,
    ) -> list[ClusterSdnVnetsGetResultItem]:
        """SDN vnets index.

        Args:
            pending: Display pending config.
            running: Display running config.

        Returns:
            ``list[ClusterSdnVnetsGetResultItem]``

        Permissions:
            Only list entries where you have 'SDN.Audit' or 'SDN.Allocate' permissions on '/sdn/zones/<zone>/<vnet>'
            User: all

        Proxmox: ``GET /cluster/sdn/vnets`` (``index``)."""
        params = {
            "pending": pending,
            "running": running,
        }
        return self._c._call("GET", self._p, params, _R52)

    def post(
        self,
        *,
        vnet: str,
        zone: str,
        alias: str | None = None,
        isolate_ports: bool | None = None,
        lock_token: str | None = None,
        tag: int | None = None,
        type: Literal["vnet"] | None = None,
        vlanaware: bool | None = None,
    ) -> None:
        """Create a new sdn vnet object.

        Args:
            vnet: The SDN vnet object identifier.
                Length: 2 to 8.
                Pattern: ``^[a-zA-Z][a-zA-Z0-9]*[a-zA-Z0-9]$``.
            zone: Name of the zone this VNet belongs to.
            alias: Alias name of the VNet.
                Length: 0 to 256.
                Pattern: ``^(?i:[\\(\\)-_.\\w\\d\\s]{0,256})$``.
            isolate_ports: If true, sets the isolated property for all interfaces on the bridge of this VNet.
                Proxmox VE: New in 8.2.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.
            tag: VLAN Tag (for VLAN or QinQ zones) or VXLAN VNI (for VXLAN or EVPN zones).
                Range: 1 to 16777215.
            type: Type of the VNet.
            vlanaware: Allow VLANs to pass through this vnet.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/zones/{zone}, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/sdn/vnets`` (``create``)."""
        params = {
            "vnet": vnet,
            "zone": zone,
            "alias": alias,
            "isolate-ports": isolate_ports,
            "lock-token": lock_token,
            "tag": tag,
            "type": type,
            "vlanaware": vlanaware,
        }
        return self._c._call("POST", self._p, params, _R53)


class ClusterSdnVnetsVnet(SyncPath):
    """``/cluster/sdn/vnets/{vnet}`` ({vnet})

    ``GET``: Read sdn vnet configuration.
    ``PUT``: Update sdn vnet object configuration.
    ``DELETE``: Delete sdn vnet object configuration."""

    __slots__ = ()

    @property
    def firewall(self) -> ClusterSdnVnetsVnetFirewall:
        """Directory index."""
        return ClusterSdnVnetsVnetFirewall(self._c, self._p + "/firewall")

    @property
    def ips(self) -> ClusterSdnVnetsVnetIps:
        """Create IP Mapping in a VNet"""
        return ClusterSdnVnetsVnetIps(self._c, self._p + "/ips")

    @property
    def subnets(self) -> ClusterSdnVnetsVnetSubnets:
        """SDN subnets index."""
        return ClusterSdnVnetsVnetSubnets(self._c, self._p + "/subnets")

    def get(
        self,
        *,
        pending: bool | None = None,
        running: bool | None = None,
    ) -> ClusterSdnVnetsVnetGetResult:
        """Read sdn vnet configuration.

        Args:
            pending: Display pending config.
            running: Display running config.

        Returns:
            ``ClusterSdnVnetsVnetGetResult``

        Permissions:
            Require 'SDN.Audit' or 'SDN.Allocate' permissions on '/sdn/zones/<zone>/<vnet>'
            User: all

        Proxmox: ``GET /cluster/sdn/vnets/{vnet}`` (``read``)."""
        params = {
            "pending": pending,
            "running": running,
        }
        return self._c._call("GET", self._p, params, _R54)

    def put(
        self,
        *,
        alias: str | None = None,
        delete: str | Sequence[str] | None = None,
        digest: str | None = None,
        isolate_ports: bool | None = None,
        lock_token: str | None = None,
        tag: int | None = None,
        vlanaware: bool | None = None,
        zone: str | None = None,
    ) -> None:
        """Update sdn vnet object configuration.

        Args:
            alias: Alias name of the VNet.
                Length: 0 to 256.
                Pattern: ``^(?i:[\\(\\)-_.\\w\\d\\s]{0,256})$``.
            delete: A list of settings you want to delete.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            isolate_ports: If true, sets the isolated property for all interfaces on the bridge of this VNet.
                Proxmox VE: New in 8.2.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.
            tag: VLAN Tag (for VLAN or QinQ zones) or VXLAN VNI (for VXLAN or EVPN zones).
                Range: 1 to 16777215.
            vlanaware: Allow VLANs to pass through this vnet.
            zone: Name of the zone this VNet belongs to.

        Returns:
            ``None``

        Permissions:
            Require 'SDN.Allocate' permission on '/sdn/zones/<zone>/<vnet>'
            User: all

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /cluster/sdn/vnets/{vnet}`` (``update``)."""
        params = {
            "alias": alias,
            "delete": _join(delete),
            "digest": digest,
            "isolate-ports": isolate_ports,
            "lock-token": lock_token,
            "tag": tag,
            "vlanaware": vlanaware,
            "zone": zone,
        }
        return self._c._call("PUT", self._p, params, _R55)

    def delete(
        self,
        *,
        lock_token: str | None = None,
    ) -> None:
        """Delete sdn vnet object configuration.

        Args:
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.

        Returns:
            ``None``

        Permissions:
            Require 'SDN.Allocate' permission on '/sdn/zones/<zone>/<vnet>'
            User: all

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /cluster/sdn/vnets/{vnet}`` (``delete``)."""
        params = {
            "lock-token": lock_token,
        }
        return self._c._call("DELETE", self._p, params, _R56)


class ClusterSdnVnetsVnetFirewall(SyncPath):
    """``/cluster/sdn/vnets/{vnet}/firewall`` (firewall)

    ``GET``: Directory index."""

    __slots__ = ()

    @property
    def options(self) -> ClusterSdnVnetsVnetFirewallOptions:
        """Get vnet firewall options."""
        return ClusterSdnVnetsVnetFirewallOptions(self._c, self._p + "/options")

    @property
    def rules(self) -> ClusterSdnVnetsVnetFirewallRules:
        """List rules."""
        return ClusterSdnVnetsVnetFirewallRules(self._c, self._p + "/rules")

    def get(self) -> list[dict[str, Any]]:
        """Directory index.

        Returns:
            ``list[dict[str, Any]]``

        Proxmox VE: New in 8.3.

        Proxmox: ``GET /cluster/sdn/vnets/{vnet}/firewall`` (``index``)."""
        return self._c._call("GET", self._p, {}, _R57)


class ClusterSdnVnetsVnetFirewallOptions(SyncPath):
    """``/cluster/sdn/vnets/{vnet}/firewall/options`` (options)

    ``GET``: Get vnet firewall options.
    ``PUT``: Set Firewall options."""

    __slots__ = ()

    def get(self) -> ClusterSdnVnetsFirewallOptionsGetResult:
        """Get vnet firewall options.

        Returns:
            ``ClusterSdnVnetsFirewallOptionsGetResult``

        Permissions:
            Needs SDN.Audit or SDN.Allocate permissions on '/sdn/zones/<zone>/<vnet>'
            User: all

        Proxmox VE: New in 8.3.

        Proxmox: ``GET /cluster/sdn/vnets/{vnet}/firewall/options`` (``get_options``)."""
        return self._c._call("GET", self._p, {}, _R58)

    def put(
        self,
        *,
        delete: str | Sequence[str] | None = None,
        digest: str | None = None,
        enable: bool | None = None,
        log_level_forward: Literal[
            "emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"
        ]
        | None = None,
        policy_forward: Literal["ACCEPT", "DROP"] | None = None,
    ) -> None:
        """Set Firewall options.

        Args:
            delete: A list of settings you want to delete.
                Proxmox VE: New in 8.3.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 8.3.
                Length: 0 to 64.
            enable: Enable/disable firewall rules.
                Proxmox VE: New in 8.3.
                Default: ``0``.
            log_level_forward: Log level for forwarded traffic.
                Proxmox VE: New in 8.3.
            policy_forward: Forward policy.
                Proxmox VE: New in 8.3.

        Returns:
            ``None``

        Permissions:
            Needs SDN.Allocate permissions on '/sdn/zones/<zone>/<vnet>'
            User: all

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.3.

        Proxmox: ``PUT /cluster/sdn/vnets/{vnet}/firewall/options`` (``set_options``)."""
        params = {
            "delete": _join(delete),
            "digest": digest,
            "enable": enable,
            "log_level_forward": log_level_forward,
            "policy_forward": policy_forward,
        }
        return self._c._call("PUT", self._p, params, _R59)


class ClusterSdnVnetsVnetFirewallRules(SyncPath):
    """``/cluster/sdn/vnets/{vnet}/firewall/rules`` (rules)

    ``GET``: List rules.
    ``POST``: Create new rule."""

    __slots__ = ()

    def pos(self, pos: int) -> ClusterSdnVnetsVnetFirewallRulesPos:
        """Update rule at position <pos>."""
        return ClusterSdnVnetsVnetFirewallRulesPos(self._c, self._p + "/" + _segment(pos))

    def get(self) -> list[ClusterSdnVnetsVnetFirewallRulesGetResultItem]:
        """List rules.

        Returns:
            ``list[ClusterSdnVnetsVnetFirewallRulesGetResultItem]``

        Permissions:
            Needs SDN.Audit or SDN.Allocate permissions on '/sdn/zones/<zone>/<vnet>'
            User: all

        Proxmox VE: New in 8.3.

        Proxmox: ``GET /cluster/sdn/vnets/{vnet}/firewall/rules`` (``get_rules``)."""
        return self._c._call("GET", self._p, {}, _R60)

    def post(
        self,
        *,
        action: str,
        type: Literal["in", "out", "forward", "group"],
        comment: str | None = None,
        dest: str | None = None,
        digest: str | None = None,
        dport: str | None = None,
        enable: int | None = None,
        icmp_type: str | None = None,
        iface: str | None = None,
        log: Literal["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"]
        | None = None,
        macro: str | None = None,
        pos: int | None = None,
        proto: str | None = None,
        source: str | None = None,
        sport: str | None = None,
    ) -> None:
        """Create new rule.

        Args:
            action: Rule action ('ACCEPT', 'DROP', 'REJECT') or security group name.
                Proxmox VE: New in 8.3.
                Length: 2 to 20.
                Pattern: ``^[A-Za-z][A-Za-z0-9\\-\\_]+$``.
            type: Rule type.
                Proxmox VE: New in 8.3.
            comment: Descriptive comment.
                Proxmox VE: New in 8.3.
            dest: Restrict packet destination address. This can refer to a single IP address, an IP set ('+ipsetname') or an IP alias definition. You can also specify an address range like '20.34.101.207-201.3.9.99', or a list of IP addresses and networks (entries are separated by comma). Please do not mix IPv4 and IPv6 addresses inside such lists.
                Proxmox VE: New in 8.3.
                Length: 0 to 512.
                Format: ``pve-fw-addr-spec``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 8.3.
                Length: 0 to 64.
            dport: Restrict TCP/UDP destination port. You can use service names or simple numbers (0-65535), as defined in '/etc/services'. Port ranges can be specified with '\\d+:\\d+', for example '80:85', and you can use comma separated list to match several ports or ranges.
                Proxmox VE: New in 8.3.
                Format: ``pve-fw-dport-spec``.
            enable: Flag to enable/disable a rule.
                Proxmox VE: New in 8.3.
                Range: 0 to inf.
            icmp_type: Specify icmp-type. Only valid if proto equals 'icmp' or 'icmpv6'/'ipv6-icmp'.
                Proxmox VE: New in 8.3.
                Format: ``pve-fw-icmp-type-spec``.
            iface: Network interface name. You have to use network configuration key names for VMs and containers ('net\\d+'). Host related rules can use arbitrary strings.
                Proxmox VE: New in 8.3.
                Length: 2 to 20.
                Format: ``pve-iface``.
            log: Log level for firewall rule.
                Proxmox VE: New in 8.3.
            macro: Use predefined standard macro.
                Proxmox VE: New in 8.3.
                Length: 0 to 128.
            pos: Update rule at position <pos>.
                Proxmox VE: New in 8.3.
                Range: 0 to inf.
            proto: IP protocol. You can use protocol names ('tcp'/'udp') or simple numbers, as defined in '/etc/protocols'.
                Proxmox VE: New in 8.3.
                Format: ``pve-fw-protocol-spec``.
            source: Restrict packet source address. This can refer to a single IP address, an IP set ('+ipsetname') or an IP alias definition. You can also specify an address range like '20.34.101.207-201.3.9.99', or a list of IP addresses and networks (entries are separated by comma). Please do not mix IPv4 and IPv6 addresses inside such lists.
                Proxmox VE: New in 8.3.
                Length: 0 to 512.
                Format: ``pve-fw-addr-spec``.
            sport: Restrict TCP/UDP source port. You can use service names or simple numbers (0-65535), as defined in '/etc/services'. Port ranges can be specified with '\\d+:\\d+', for example '80:85', and you can use comma separated list to match several ports or ranges.
                Proxmox VE: New in 8.3.
                Format: ``pve-fw-sport-spec``.

        Returns:
            ``None``

        Permissions:
            Needs SDN.Allocate permissions on '/sdn/zones/<zone>/<vnet>'
            User: all

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.3.

        Proxmox: ``POST /cluster/sdn/vnets/{vnet}/firewall/rules`` (``create_rule``)."""
        params = {
            "action": action,
            "type": type,
            "comment": comment,
            "dest": dest,
            "digest": digest,
            "dport": dport,
            "enable": enable,
            "icmp-type": icmp_type,
            "iface": iface,
            "log": log,
            "macro": macro,
            "pos": pos,
            "proto": proto,
            "source": source,
            "sport": sport,
        }
        return self._c._call("POST", self._p, params, _R61)


class ClusterSdnVnetsVnetFirewallRulesPos(SyncPath):
    """``/cluster/sdn/vnets/{vnet}/firewall/rules/{pos}`` ({pos})

    ``GET``: Get single rule data.
    ``PUT``: Modify rule data.
    ``DELETE``: Delete rule."""

    __slots__ = ()

    def get(self) -> ClusterSdnVnetsVnetFirewallRulesPosGetResult:
        """Get single rule data.

        Returns:
            ``ClusterSdnVnetsVnetFirewallRulesPosGetResult``

        Permissions:
            Needs SDN.Audit or SDN.Allocate permissions on '/sdn/zones/<zone>/<vnet>'
            User: all

        Proxmox VE: New in 8.3.

        Proxmox: ``GET /cluster/sdn/vnets/{vnet}/firewall/rules/{pos}`` (``get_rule``)."""
        return self._c._call("GET", self._p, {}, _R62)

    def put(
        self,
        *,
        action: str | None = None,
        comment: str | None = None,
        delete: str | Sequence[str] | None = None,
        dest: str | None = None,
        digest: str | None = None,
        dport: str | None = None,
        enable: int | None = None,
        icmp_type: str | None = None,
        iface: str | None = None,
        log: Literal["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"]
        | None = None,
        macro: str | None = None,
        moveto: int | None = None,
        proto: str | None = None,
        source: str | None = None,
        sport: str | None = None,
        type: Literal["in", "out", "forward", "group"] | None = None,
    ) -> None:
        """Modify rule data.

        Args:
            action: Rule action ('ACCEPT', 'DROP', 'REJECT') or security group name.
                Proxmox VE: New in 8.3.
                Length: 2 to 20.
                Pattern: ``^[A-Za-z][A-Za-z0-9\\-\\_]+$``.
            comment: Descriptive comment.
                Proxmox VE: New in 8.3.
            delete: A list of settings you want to delete.
                Proxmox VE: New in 8.3.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            dest: Restrict packet destination address. This can refer to a single IP address, an IP set ('+ipsetname') or an IP alias definition. You can also specify an address range like '20.34.101.207-201.3.9.99', or a list of IP addresses and networks (entries are separated by comma). Please do not mix IPv4 and IPv6 addresses inside such lists.
                Proxmox VE: New in 8.3.
                Length: 0 to 512.
                Format: ``pve-fw-addr-spec``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 8.3.
                Length: 0 to 64.
            dport: Restrict TCP/UDP destination port. You can use service names or simple numbers (0-65535), as defined in '/etc/services'. Port ranges can be specified with '\\d+:\\d+', for example '80:85', and you can use comma separated list to match several ports or ranges.
                Proxmox VE: New in 8.3.
                Format: ``pve-fw-dport-spec``.
            enable: Flag to enable/disable a rule.
                Proxmox VE: New in 8.3.
                Range: 0 to inf.
            icmp_type: Specify icmp-type. Only valid if proto equals 'icmp' or 'icmpv6'/'ipv6-icmp'.
                Proxmox VE: New in 8.3.
                Format: ``pve-fw-icmp-type-spec``.
            iface: Network interface name. You have to use network configuration key names for VMs and containers ('net\\d+'). Host related rules can use arbitrary strings.
                Proxmox VE: New in 8.3.
                Length: 2 to 20.
                Format: ``pve-iface``.
            log: Log level for firewall rule.
                Proxmox VE: New in 8.3.
            macro: Use predefined standard macro.
                Proxmox VE: New in 8.3.
                Length: 0 to 128.
            moveto: Move rule to new position <moveto>. Other arguments are ignored.
                Proxmox VE: New in 8.3.
                Range: 0 to inf.
            proto: IP protocol. You can use protocol names ('tcp'/'udp') or simple numbers, as defined in '/etc/protocols'.
                Proxmox VE: New in 8.3.
                Format: ``pve-fw-protocol-spec``.
            source: Restrict packet source address. This can refer to a single IP address, an IP set ('+ipsetname') or an IP alias definition. You can also specify an address range like '20.34.101.207-201.3.9.99', or a list of IP addresses and networks (entries are separated by comma). Please do not mix IPv4 and IPv6 addresses inside such lists.
                Proxmox VE: New in 8.3.
                Length: 0 to 512.
                Format: ``pve-fw-addr-spec``.
            sport: Restrict TCP/UDP source port. You can use service names or simple numbers (0-65535), as defined in '/etc/services'. Port ranges can be specified with '\\d+:\\d+', for example '80:85', and you can use comma separated list to match several ports or ranges.
                Proxmox VE: New in 8.3.
                Format: ``pve-fw-sport-spec``.
            type: Rule type.
                Proxmox VE: New in 8.3.

        Returns:
            ``None``

        Permissions:
            Needs SDN.Allocate permissions on '/sdn/zones/<zone>/<vnet>'
            User: all

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.3.

        Proxmox: ``PUT /cluster/sdn/vnets/{vnet}/firewall/rules/{pos}`` (``update_rule``)."""
        params = {
            "action": action,
            "comment": comment,
            "delete": _join(delete),
            "dest": dest,
            "digest": digest,
            "dport": dport,
            "enable": enable,
            "icmp-type": icmp_type,
            "iface": iface,
            "log": log,
            "macro": macro,
            "moveto": moveto,
            "proto": proto,
            "source": source,
            "sport": sport,
            "type": type,
        }
        return self._c._call("PUT", self._p, params, _R63)

    def delete(
        self,
        *,
        digest: str | None = None,
    ) -> None:
        """Delete rule.

        Args:
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 8.3.
                Length: 0 to 64.

        Returns:
            ``None``

        Permissions:
            Needs SDN.Allocate permissions on '/sdn/zones/<zone>/<vnet>'
            User: all

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.3.

        Proxmox: ``DELETE /cluster/sdn/vnets/{vnet}/firewall/rules/{pos}`` (``delete_rule``)."""
        params = {
            "digest": digest,
        }
        return self._c._call("DELETE", self._p, params, _R64)


class ClusterSdnVnetsVnetIps(SyncPath):
    """``/cluster/sdn/vnets/{vnet}/ips`` (ips)

    ``POST``: Create IP Mapping in a VNet
    ``PUT``: Update IP Mapping in a VNet
    ``DELETE``: Delete IP Mappings in a VNet"""

    __slots__ = ()

    def post(
        self,
        *,
        ip: str,
        zone: str,
        mac: str | None = None,
    ) -> None:
        """Create IP Mapping in a VNet

        Args:
            ip: The IP address to associate with the given MAC address
                Proxmox VE: New in 8.1.
                Format: ``ip``.
            zone: The SDN zone object identifier.
                Proxmox VE: New in 8.1.
                Length: 2 to 8.
                Pattern: ``^[a-zA-Z][a-zA-Z0-9]*[a-zA-Z0-9]$``.
            mac: Unicast MAC address.
                Proxmox VE: New in 8.1.
                Format: ``mac-addr``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/zones/{zone}/{vnet}, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``POST /cluster/sdn/vnets/{vnet}/ips`` (``ipcreate``)."""
        params = {
            "ip": _checked("ip", "ip", ip),
            "zone": zone,
            "mac": _checked("mac-addr", "mac", mac),
        }
        return self._c._call("POST", self._p, params, _R65)

    def put(
        self,
        *,
        ip: str,
        zone: str,
        mac: str | None = None,
        vmid: int | None = None,
    ) -> None:
        """Update IP Mapping in a VNet

        Args:
            ip: The IP address to associate with the given MAC address
                Proxmox VE: New in 8.1.
                Format: ``ip``.
            zone: The SDN zone object identifier.
                Proxmox VE: New in 8.1.
                Length: 2 to 8.
                Pattern: ``^[a-zA-Z][a-zA-Z0-9]*[a-zA-Z0-9]$``.
            mac: Unicast MAC address.
                Proxmox VE: New in 8.1.
                Format: ``mac-addr``.
            vmid: The (unique) ID of the VM.
                Proxmox VE: New in 8.1.
                Range: 100 to 999999999.
                Format: ``pve-vmid``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/zones/{zone}/{vnet}, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``PUT /cluster/sdn/vnets/{vnet}/ips`` (``ipupdate``)."""
        params = {
            "ip": _checked("ip", "ip", ip),
            "zone": zone,
            "mac": _checked("mac-addr", "mac", mac),
            "vmid": vmid,
        }
        return self._c._call("PUT", self._p, params, _R66)

    def delete(
        self,
        *,
        ip: str,
        zone: str,
        mac: str | None = None,
    ) -> None:
        """Delete IP Mappings in a VNet

        Args:
            ip: The IP address to delete
                Proxmox VE: New in 8.1.
                Format: ``ip``.
            zone: The SDN zone object identifier.
                Proxmox VE: New in 8.1.
                Length: 2 to 8.
                Pattern: ``^[a-zA-Z][a-zA-Z0-9]*[a-zA-Z0-9]$``.
            mac: Unicast MAC address.
                Proxmox VE: New in 8.1.
                Format: ``mac-addr``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/zones/{zone}/{vnet}, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``DELETE /cluster/sdn/vnets/{vnet}/ips`` (``ipdelete``)."""
        params = {
            "ip": _checked("ip", "ip", ip),
            "zone": zone,
            "mac": _checked("mac-addr", "mac", mac),
        }
        return self._c._call("DELETE", self._p, params, _R67)


class ClusterSdnVnetsVnetSubnets(SyncPath):
    """``/cluster/sdn/vnets/{vnet}/subnets`` (subnets)

    ``GET``: SDN subnets index.
    ``POST``: Create a new sdn subnet object."""

    __slots__ = ()

    def subnet(self, subnet: str) -> ClusterSdnVnetsVnetSubnetsSubnet:
        """The SDN subnet object identifier."""
        return ClusterSdnVnetsVnetSubnetsSubnet(self._c, self._p + "/" + _segment(subnet))

    def get(
        self,
        *,
        pending: bool | None = None,
        running: bool | None = None,
    ) -> list[dict[str, Any]]:
        """SDN subnets index.

        Args:
            pending: Display pending config.
            running: Display running config.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            Only list entries where you have 'SDN.Audit' or 'SDN.Allocate' permissions on '/sdn/zones/<zone>/<vnet>'
            User: all

        Proxmox: ``GET /cluster/sdn/vnets/{vnet}/subnets`` (``index``)."""
        params = {
            "pending": pending,
            "running": running,
        }
        return self._c._call("GET", self._p, params, _R68)

    def post(
        self,
        *,
        subnet: str,
        type: Literal["subnet"],
        dhcp_dns_server: str | None = None,
        dhcp_range: list[str] | tuple[str, ...] | None = None,
        dnszoneprefix: str | None = None,
        gateway: str | None = None,
        lock_token: str | None = None,
        snat: bool | None = None,
    ) -> None:
        """Create a new sdn subnet object.

        Args:
            subnet: The SDN subnet object identifier.
                Format: ``pve-sdn-subnet-id``.
            type: (no description in the schema)
            dhcp_dns_server: IP address for the DNS server
                Proxmox VE: New in 8.1.
                Format: ``ip``.
            dhcp_range: A list of DHCP ranges for this subnet
                Proxmox VE: New in 8.1.
            dnszoneprefix: dns domain zone prefix  ex: 'adm' -> <hostname>.adm.mydomain.com
                Format: ``dns-name``.
            gateway: Subnet Gateway: Will be assign on vnet for layer3 zones
                Format: ``ip``.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.
            snat: enable masquerade for this subnet if pve-firewall

        Returns:
            ``None``

        Permissions:
            Require 'SDN.Allocate' permission on '/sdn/zones/<zone>/<vnet>'
            User: all

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/sdn/vnets/{vnet}/subnets`` (``create``)."""
        params = {
            "subnet": subnet,
            "type": type,
            "dhcp-dns-server": _checked("ip", "dhcp-dns-server", dhcp_dns_server),
            "dhcp-range": _sequence("dhcp-range", dhcp_range),
            "dnszoneprefix": dnszoneprefix,
            "gateway": _checked("ip", "gateway", gateway),
            "lock-token": lock_token,
            "snat": snat,
        }
        return self._c._call("POST", self._p, params, _R69)


class ClusterSdnVnetsVnetSubnetsSubnet(SyncPath):
    """``/cluster/sdn/vnets/{vnet}/subnets/{subnet}`` ({subnet})

    ``GET``: Read sdn subnet configuration.
    ``PUT``: Update sdn subnet object configuration.
    ``DELETE``: Delete sdn subnet object configuration."""

    __slots__ = ()

    def get(
        self,
        *,
        pending: bool | None = None,
        running: bool | None = None,
    ) -> dict[str, Any]:
        """Read sdn subnet configuration.

        Args:
            pending: Display pending config.
            running: Display running config.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Require 'SDN.Audit' or 'SDN.Allocate' permissions on '/sdn/zones/<zone>/<vnet>'
            User: all

        Proxmox: ``GET /cluster/sdn/vnets/{vnet}/subnets/{subnet}`` (``read``)."""
        params = {
            "pending": pending,
            "running": running,
        }
        return self._c._call("GET", self._p, params, _R70)

    def put(
        self,
        *,
        delete: str | Sequence[str] | None = None,
        dhcp_dns_server: str | None = None,
        dhcp_range: list[str] | tuple[str, ...] | None = None,
        digest: str | None = None,
        dnszoneprefix: str | None = None,
        gateway: str | None = None,
        lock_token: str | None = None,
        snat: bool | None = None,
    ) -> None:
        """Update sdn subnet object configuration.

        Args:
            delete: A list of settings you want to delete.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            dhcp_dns_server: IP address for the DNS server
                Proxmox VE: New in 8.1.
                Format: ``ip``.
            dhcp_range: A list of DHCP ranges for this subnet
                Proxmox VE: New in 8.1.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            dnszoneprefix: dns domain zone prefix  ex: 'adm' -> <hostname>.adm.mydomain.com
                Format: ``dns-name``.
            gateway: Subnet Gateway: Will be assign on vnet for layer3 zones
                Format: ``ip``.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.
            snat: enable masquerade for this subnet if pve-firewall

        Returns:
            ``None``

        Permissions:
            Require 'SDN.Allocate' permission on '/sdn/zones/<zone>/<vnet>'
            User: all

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /cluster/sdn/vnets/{vnet}/subnets/{subnet}`` (``update``)."""
        params = {
            "delete": _join(delete),
            "dhcp-dns-server": _checked("ip", "dhcp-dns-server", dhcp_dns_server),
            "dhcp-range": _sequence("dhcp-range", dhcp_range),
            "digest": digest,
            "dnszoneprefix": dnszoneprefix,
            "gateway": _checked("ip", "gateway", gateway),
            "lock-token": lock_token,
            "snat": snat,
        }
        return self._c._call("PUT", self._p, params, _R71)

    def delete(
        self,
        *,
        lock_token: str | None = None,
    ) -> None:
        """Delete sdn subnet object configuration.

        Args:
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.

        Returns:
            ``None``

        Permissions:
            Require 'SDN.Allocate' permission on '/sdn/zones/<zone>/<vnet>'
            User: all

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /cluster/sdn/vnets/{vnet}/subnets/{subnet}`` (``delete``)."""
        params = {
            "lock-token": lock_token,
        }
        return self._c._call("DELETE", self._p, params, _R72)


class ClusterSdnZones(SyncPath):
    """``/cluster/sdn/zones`` (zones)

    ``GET``: SDN zones index.
    ``POST``: Create a new sdn zone object."""

    __slots__ = ()

    def zone(self, zone: str) -> ClusterSdnZonesZone:
        """The SDN zone object identifier."""
        return ClusterSdnZonesZone(self._c, self._p + "/" + _segment(zone))

    def get(
        self,
        *,
        pending: bool | None = None,
        running: bool | None = None,
        type: Literal["evpn", "faucet", "qinq", "simple", "vlan", "vxlan"] | None = None,
    ) -> list[ClusterSdnZonesGetResultItem]:
        """SDN zones index.

        Args:
            pending: Display pending config.
            running: Display running config.
            type: Only list SDN zones of specific type

        Returns:
            ``list[ClusterSdnZonesGetResultItem]``

        Permissions:
            Only list entries where you have 'SDN.Audit' or 'SDN.Allocate' permissions on '/sdn/zones/<zone>'
            User: all

        Proxmox: ``GET /cluster/sdn/zones`` (``index``)."""
        params = {
            "pending": pending,
            "running": running,
            "type": type,
        }
        return self._c._call("GET", self._p, params, _R73)

    def post(
        self,
        *,
        type: Literal["evpn", "faucet", "qinq", "simple", "vlan", "vxlan"],
        zone: str,
        advertise_subnets: bool | None = None,
        bridge: str | None = None,
        bridge_disable_mac_learning: bool | None = None,
        controller: str | None = None,
        dhcp: Literal["dnsmasq"] | None = None,
        disable_arp_nd_suppression: bool | None = None,
        dns: str | None = None,
        dnszone: str | None = None,
        dp_id: int | None = None,
        exitnodes: str | Sequence[str] | None = None,
        exitnodes_local_routing: bool | None = None,
        exitnodes_primary: str | None = None,
        fabric: str | None = None,
        ipam: str | None = None,
        lock_token: str | None = None,
        mac: str | None = None,
        mtu: int | None = None,
        nodes: str | Sequence[str] | None = None,
        peers: str | Sequence[str] | None = None,
        reversedns: str | None = None,
        rt_import: str | Sequence[str] | None = None,
        secondary_controllers: list[str] | tuple[str, ...] | None = None,
        tag: int | None = None,
        vlan_protocol: Literal["802.1q", "802.1ad"] | None = None,
        vrf_vxlan: int | None = None,
        vxlan_port: int | None = None,
    ) -> None:
        """Create a new sdn zone object.

        Args:
            type: Plugin type.
                Format: ``pve-configid``.
            zone: The SDN zone object identifier.
                Length: 2 to 8.
                Pattern: ``^[a-zA-Z][a-zA-Z0-9]*[a-zA-Z0-9]$``.
            advertise_subnets: Advertise IP prefixes (Type-5 routes) instead of MAC/IP pairs (Type-2 routes).
            bridge: The bridge for which VLANs should be managed.
            bridge_disable_mac_learning: Disable auto mac learning.
            controller: Controller for this zone.
            dhcp: Type of the DHCP backend for this zone
                Proxmox VE: New in 8.1.
            disable_arp_nd_suppression: Suppress IPv4 ARP && IPv6 Neighbour Discovery messages.
            dns: dns api server
            dnszone: dns domain zone  ex: mydomain.com
                Format: ``dns-name``.
            dp_id: Faucet dataplane id
            exitnodes: List of cluster node names.
                Format: ``pve-node-list``.
                Syntax: ``<string>``.
            exitnodes_local_routing: Allow exitnodes to connect to EVPN guests.
            exitnodes_primary: Force traffic through this exitnode first.
                Format: ``pve-node``.
            fabric: SDN fabric to use as underlay for this VXLAN zone.
                Proxmox VE: New in 9.0.
                Format: ``pve-sdn-fabric-id``.
            ipam: use a specific ipam
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.
            mac: Anycast logical router mac address.
                Format: ``mac-addr``.
            mtu: MTU of the zone, will be used for the created VNet bridges.
            nodes: List of cluster node names.
                Format: ``pve-node-list``.
                Syntax: ``<string>``.
            peers: Comma-separated list of peers, that are part of the VXLAN zone. Usually the IPs of the nodes.
                Format: ``ip-list``.
                Syntax: ``<string>``.
            reversedns: reverse dns api server
            rt_import: List of Route Targets that should be imported into the VRF of the zone.
                Format: ``pve-sdn-bgp-rt-list``.
                Syntax: ``<string>``.
            secondary_controllers: Additional controllers.
                Proxmox VE: New in 9.2.
            tag: Service-VLAN Tag (outer VLAN)
                Range: 0 to inf.
            vlan_protocol: Which VLAN protocol should be used for the creation of the QinQ zone.
                Default: ``802.1q``.
            vrf_vxlan: VNI for the zone VRF.
                Range: 1 to 16777215.
            vxlan_port: UDP port that should be used for the VXLAN tunnel (default 4789).
                Proxmox VE: New in 8.0.
                Range: 1 to 65536.
                Default: ``4789``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/zones, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/sdn/zones`` (``create``)."""
        params = {
            "type": type,
            "zone": zone,
            "advertise-subnets": advertise_subnets,
            "bridge": bridge,
            "bridge-disable-mac-learning": bridge_disable_mac_learning,
            "controller": controller,
            "dhcp": dhcp,
            "disable-arp-nd-suppression": disable_arp_nd_suppression,
            "dns": dns,
            "dnszone": dnszone,
            "dp-id": dp_id,
            "exitnodes": _join(exitnodes),
            "exitnodes-local-routing": exitnodes_local_routing,
            "exitnodes-primary": exitnodes_primary,
            "fabric": fabric,
            "ipam": ipam,
            "lock-token": lock_token,
            "mac": _checked("mac-addr", "mac", mac),
            "mtu": mtu,
            "nodes": _join(nodes),
            "peers": _join(peers),
            "reversedns": reversedns,
            "rt-import": _join(rt_import),
            "secondary-controllers": _sequence("secondary-controllers", secondary_controllers),
            "tag": tag,
            "vlan-protocol": vlan_protocol,
            "vrf-vxlan": vrf_vxlan,
            "vxlan-port": vxlan_port,
        }
        return self._c._call("POST", self._p, params, _R74)


class ClusterSdnZonesZone(SyncPath):
    """``/cluster/sdn/zones/{zone}`` ({zone})

    ``GET``: Read sdn zone configuration.
    ``PUT``: Update sdn zone object configuration.
    ``DELETE``: Delete sdn zone object configuration."""

    __slots__ = ()

    def get(
        self,
        *,
        pending: bool | None = None,
        running: bool | None = None,
    ) -> ClusterSdnZonesZoneGetResult:
        """Read sdn zone configuration.

        Args:
            pending: Display pending config.
            running: Display running config.

        Returns:
            ``ClusterSdnZonesZoneGetResult``

        Permissions:
            Check: ``[perm, /sdn/zones/{zone}, [SDN.Allocate]]``

        Proxmox: ``GET /cluster/sdn/zones/{zone}`` (``read``)."""
        params = {
            "pending": pending,
            "running": running,
        }
        return self._c._call("GET", self._p, params, _R75)

    def put(
        self,
        *,
        advertise_subnets: bool | None = None,
        bridge: str | None = None,
        bridge_disable_mac_learning: bool | None = None,
        controller: str | None = None,
        delete: str | Sequence[str] | None = None,
        dhcp: Literal["dnsmasq"] | None = None,
        digest: str | None = None,
        disable_arp_nd_suppression: bool | None = None,
        dns: str | None = None,
        dnszone: str | None = None,
        dp_id: int | None = None,
        exitnodes: str | Sequence[str] | None = None,
        exitnodes_local_routing: bool | None = None,
        exitnodes_primary: str | None = None,
        fabric: str | None = None,
        ipam: str | None = None,
        lock_token: str | None = None,
        mac: str | None = None,
        mtu: int | None = None,
        nodes: str | Sequence[str] | None = None,
        peers: str | Sequence[str] | None = None,
        reversedns: str | None = None,
        rt_import: str | Sequence[str] | None = None,
        secondary_controllers: list[str] | tuple[str, ...] | None = None,
        tag: int | None = None,
        vlan_protocol: Literal["802.1q", "802.1ad"] | None = None,
        vrf_vxlan: int | None = None,
        vxlan_port: int | None = None,
    ) -> None:
        """Update sdn zone object configuration.

        Args:
            advertise_subnets: Advertise IP prefixes (Type-5 routes) instead of MAC/IP pairs (Type-2 routes).
            bridge: The bridge for which VLANs should be managed.
            bridge_disable_mac_learning: Disable auto mac learning.
            controller: Controller for this zone.
            delete: A list of settings you want to delete.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            dhcp: Type of the DHCP backend for this zone
                Proxmox VE: New in 8.1.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            disable_arp_nd_suppression: Suppress IPv4 ARP && IPv6 Neighbour Discovery messages.
            dns: dns api server
            dnszone: dns domain zone  ex: mydomain.com
                Format: ``dns-name``.
            dp_id: Faucet dataplane id
            exitnodes: List of cluster node names.
                Format: ``pve-node-list``.
                Syntax: ``<string>``.
            exitnodes_local_routing: Allow exitnodes to connect to EVPN guests.
            exitnodes_primary: Force traffic through this exitnode first.
                Format: ``pve-node``.
            fabric: SDN fabric to use as underlay for this VXLAN zone.
                Proxmox VE: New in 9.0.
                Format: ``pve-sdn-fabric-id``.
            ipam: use a specific ipam
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.
            mac: Anycast logical router mac address.
                Format: ``mac-addr``.
            mtu: MTU of the zone, will be used for the created VNet bridges.
            nodes: List of cluster node names.
                Format: ``pve-node-list``.
                Syntax: ``<string>``.
            peers: Comma-separated list of peers, that are part of the VXLAN zone. Usually the IPs of the nodes.
                Format: ``ip-list``.
                Syntax: ``<string>``.
            reversedns: reverse dns api server
            rt_import: List of Route Targets that should be imported into the VRF of the zone.
                Format: ``pve-sdn-bgp-rt-list``.
                Syntax: ``<string>``.
            secondary_controllers: Additional controllers.
                Proxmox VE: New in 9.2.
            tag: Service-VLAN Tag (outer VLAN)
                Range: 0 to inf.
            vlan_protocol: Which VLAN protocol should be used for the creation of the QinQ zone.
                Default: ``802.1q``.
            vrf_vxlan: VNI for the zone VRF.
                Range: 1 to 16777215.
            vxlan_port: UDP port that should be used for the VXLAN tunnel (default 4789).
                Proxmox VE: New in 8.0.
                Range: 1 to 65536.
                Default: ``4789``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/zones/{zone}, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /cluster/sdn/zones/{zone}`` (``update``)."""
        params = {
            "advertise-subnets": advertise_subnets,
            "bridge": bridge,
            "bridge-disable-mac-learning": bridge_disable_mac_learning,
            "controller": controller,
            "delete": _join(delete),
            "dhcp": dhcp,
            "digest": digest,
            "disable-arp-nd-suppression": disable_arp_nd_suppression,
            "dns": dns,
            "dnszone": dnszone,
            "dp-id": dp_id,
            "exitnodes": _join(exitnodes),
            "exitnodes-local-routing": exitnodes_local_routing,
            "exitnodes-primary": exitnodes_primary,
            "fabric": fabric,
            "ipam": ipam,
            "lock-token": lock_token,
            "mac": _checked("mac-addr", "mac", mac),
            "mtu": mtu,
            "nodes": _join(nodes),
            "peers": _join(peers),
            "reversedns": reversedns,
            "rt-import": _join(rt_import),
            "secondary-controllers": _sequence("secondary-controllers", secondary_controllers),
            "tag": tag,
            "vlan-protocol": vlan_protocol,
            "vrf-vxlan": vrf_vxlan,
            "vxlan-port": vxlan_port,
        }
        return self._c._call("PUT", self._p, params, _R76)

    def delete(
        self,
        *,
        lock_token: str | None = None,
    ) -> None:
        """Delete sdn zone object configuration.

        Args:
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/zones/{zone}, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /cluster/sdn/zones/{zone}`` (``delete``)."""
        params = {
            "lock-token": lock_token,
        }
        return self._c._call("DELETE", self._p, params, _R77)
