# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``cluster_sdn`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import bind_task as _task
from pvesdk._runtime import checked as _checked
from pvesdk._runtime import join as _join
from pvesdk._runtime import secret as _secret
from pvesdk._runtime import segment as _segment
from pvesdk._runtime import sequence as _sequence

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from pvesdk.tasks import Task

    from ..models.cluster_sdn.cluster_sdn_controllers_controller_get import (
        ClusterSdnControllersControllerGetResult,
    )
    from ..models.cluster_sdn.cluster_sdn_controllers_get import (
        ClusterSdnControllersGetResultItem,
    )
    from ..models.cluster_sdn.cluster_sdn_dns_get import ClusterSdnDnsGetResultItem
    from ..models.cluster_sdn.cluster_sdn_dry_run_get import ClusterSdnDryRunGetResult
    from ..models.cluster_sdn.cluster_sdn_get import ClusterSdnGetResultItem
    from ..models.cluster_sdn.cluster_sdn_ipams_get import ClusterSdnIpamsGetResultItem
    from ..models.cluster_sdn.cluster_sdn_zones_get import ClusterSdnZonesGetResultItem
    from ..models.cluster_sdn.cluster_sdn_zones_zone_get import (
        ClusterSdnZonesZoneGetResult,
    )
    from . import cluster_sdn_fabrics as _cluster_sdn_fabrics
    from . import cluster_sdn_prefix_lists as _cluster_sdn_prefix_lists
    from . import cluster_sdn_route_maps as _cluster_sdn_route_maps
    from . import cluster_sdn_vnets as _cluster_sdn_vnets

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
_R13: Returns[list[ClusterSdnIpamsGetResultItem]] = Returns(
    "list[ClusterSdnIpamsGetResultItem]",
    "GET /cluster/sdn/ipams",
    "models.cluster_sdn.cluster_sdn_ipams_get",
)
_R14: Returns[None] = Returns("None", "POST /cluster/sdn/ipams")
_R15: Returns[dict[str, Any]] = Returns("dict[str, Any]", "GET /cluster/sdn/ipams/{ipam}")
_R16: Returns[None] = Returns("None", "PUT /cluster/sdn/ipams/{ipam}")
_R17: Returns[None] = Returns("None", "DELETE /cluster/sdn/ipams/{ipam}")
_R18: Returns[list[Any]] = Returns("list[Any]", "GET /cluster/sdn/ipams/{ipam}/status")
_R19: Returns[str] = Returns("str", "POST /cluster/sdn/lock")
_R20: Returns[None] = Returns("None", "DELETE /cluster/sdn/lock")
_R21: Returns[None] = Returns("None", "POST /cluster/sdn/rollback")
_R22: Returns[list[ClusterSdnZonesGetResultItem]] = Returns(
    "list[ClusterSdnZonesGetResultItem]",
    "GET /cluster/sdn/zones",
    "models.cluster_sdn.cluster_sdn_zones_get",
)
_R23: Returns[None] = Returns("None", "POST /cluster/sdn/zones")
_R24: Returns[ClusterSdnZonesZoneGetResult] = Returns(
    "ClusterSdnZonesZoneGetResult",
    "GET /cluster/sdn/zones/{zone}",
    "models.cluster_sdn.cluster_sdn_zones_zone_get",
)
_R25: Returns[None] = Returns("None", "PUT /cluster/sdn/zones/{zone}")
_R26: Returns[None] = Returns("None", "DELETE /cluster/sdn/zones/{zone}")


class ClusterSdn(SyncPath):
    """``/cluster/sdn`` (sdn)

    ``GET``: Directory index.
    ``PUT``: Apply sdn controller changes && reload."""

    __slots__ = ()

    @property
    def controllers(self) -> ClusterSdnControllers:
        """SDN controllers index."""
        return ClusterSdnControllers(self._client, self._path + "/controllers")

    @property
    def dns(self) -> ClusterSdnDns:
        """SDN dns index."""
        return ClusterSdnDns(self._client, self._path + "/dns")

    @property
    def dry_run(self) -> ClusterSdnDryRun:
        """Dry-run the SDN apply action and return the difference between the current configuration and the pending configuration"""
        return ClusterSdnDryRun(self._client, self._path + "/dry-run")

    @property
    def fabrics(self) -> _cluster_sdn_fabrics.ClusterSdnFabrics:
        """SDN Fabrics Index"""
        from . import cluster_sdn_fabrics as _cluster_sdn_fabrics

        return _cluster_sdn_fabrics.ClusterSdnFabrics(self._client, self._path + "/fabrics")

    @property
    def ipams(self) -> ClusterSdnIpams:
        """SDN ipams index."""
        return ClusterSdnIpams(self._client, self._path + "/ipams")

    @property
    def lock(self) -> ClusterSdnLock:
        """Acquire global lock for SDN configuration"""
        return ClusterSdnLock(self._client, self._path + "/lock")

    @property
    def prefix_lists(self) -> _cluster_sdn_prefix_lists.ClusterSdnPrefixLists:
        """List Prefix Lists"""
        from . import cluster_sdn_prefix_lists as _cluster_sdn_prefix_lists

        return _cluster_sdn_prefix_lists.ClusterSdnPrefixLists(
            self._client, self._path + "/prefix-lists"
        )

    @property
    def rollback(self) -> ClusterSdnRollback:
        """Rollback pending changes to SDN configuration"""
        return ClusterSdnRollback(self._client, self._path + "/rollback")

    @property
    def route_maps(self) -> _cluster_sdn_route_maps.ClusterSdnRouteMaps:
        """List Route Maps"""
        from . import cluster_sdn_route_maps as _cluster_sdn_route_maps

        return _cluster_sdn_route_maps.ClusterSdnRouteMaps(self._client, self._path + "/route-maps")

    @property
    def vnets(self) -> _cluster_sdn_vnets.ClusterSdnVnets:
        """SDN vnets index."""
        from . import cluster_sdn_vnets as _cluster_sdn_vnets

        return _cluster_sdn_vnets.ClusterSdnVnets(self._client, self._path + "/vnets")

    @property
    def zones(self) -> ClusterSdnZones:
        """SDN zones index."""
        return ClusterSdnZones(self._client, self._path + "/zones")

    def get(self) -> list[ClusterSdnGetResultItem]:
        """Directory index.

        Returns:
            ``list[ClusterSdnGetResultItem]``

        Permissions:
            Check: ``[perm, /sdn, [SDN.Audit]]``

        Proxmox: ``GET /cluster/sdn`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R0)

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
        return _task(self._client._call("PUT", self._path, params, _R1), self._client)


class ClusterSdnControllers(SyncPath):
    """``/cluster/sdn/controllers`` (controllers)

    ``GET``: SDN controllers index.
    ``POST``: Create a new sdn controller object."""

    __slots__ = ()

    def controller(self, controller: str) -> ClusterSdnControllersController:
        """The SDN controller object identifier."""
        return ClusterSdnControllersController(
            self._client, self._path + "/" + _segment(controller)
        )

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
        return self._client._call("GET", self._path, params, _R2)

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
            "fabric": _checked("pve-sdn-fabric-id", "fabric", fabric),
            "isis-domain": isis_domain,
            "isis-ifaces": _join(isis_ifaces),
            "isis-net": _checked("pve-sdn-isis-net", "isis-net", isis_net),
            "lock-token": lock_token,
            "loopback": loopback,
            "node": node,
            "nodes": _join(nodes),
            "peer-group-name": peer_group_name,
            "peers": _join(peers),
            "route-map-in": route_map_in,
            "route-map-out": route_map_out,
        }
        return self._client._call("POST", self._path, params, _R3)


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
        return self._client._call("GET", self._path, params, _R4)

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
            "fabric": _checked("pve-sdn-fabric-id", "fabric", fabric),
            "isis-domain": isis_domain,
            "isis-ifaces": _join(isis_ifaces),
            "isis-net": _checked("pve-sdn-isis-net", "isis-net", isis_net),
            "lock-token": lock_token,
            "loopback": loopback,
            "node": node,
            "nodes": _join(nodes),
            "peer-group-name": peer_group_name,
            "peers": _join(peers),
            "route-map-in": route_map_in,
            "route-map-out": route_map_out,
        }
        return self._client._call("PUT", self._path, params, _R5)

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
        return self._client._call("DELETE", self._path, params, _R6)


class ClusterSdnDns(SyncPath):
    """``/cluster/sdn/dns`` (dns)

    ``GET``: SDN dns index.
    ``POST``: Create a new sdn dns object."""

    __slots__ = ()

    def dns(self, dns: str) -> ClusterSdnDnsDns:
        """The SDN dns object identifier."""
        return ClusterSdnDnsDns(self._client, self._path + "/" + _segment(dns))

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
        return self._client._call("GET", self._path, params, _R7)

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
        key = _secret(key)
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
        return self._client._call("POST", self._path, params, _R8)


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
        return self._client._call("GET", self._path, {}, _R9)

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
        key = _secret(key)
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
        return self._client._call("PUT", self._path, params, _R10)

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
        return self._client._call("DELETE", self._path, params, _R11)


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
        return self._client._call("GET", self._path, params, _R12)


class ClusterSdnIpams(SyncPath):
    """``/cluster/sdn/ipams`` (ipams)

    ``GET``: SDN ipams index.
    ``POST``: Create a new sdn ipam object."""

    __slots__ = ()

    def ipam(self, ipam: str) -> ClusterSdnIpamsIpam:
        """The SDN ipam object identifier."""
        return ClusterSdnIpamsIpam(self._client, self._path + "/" + _segment(ipam))

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
        return self._client._call("GET", self._path, params, _R13)

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
        token = _secret(token)
        params = {
            "ipam": ipam,
            "type": type,
            "fingerprint": fingerprint,
            "lock-token": lock_token,
            "section": section,
            "token": token,
            "url": url,
        }
        return self._client._call("POST", self._path, params, _R14)


class ClusterSdnIpamsIpam(SyncPath):
    """``/cluster/sdn/ipams/{ipam}`` ({ipam})

    ``GET``: Read sdn ipam configuration.
    ``PUT``: Update sdn ipam object configuration.
    ``DELETE``: Delete sdn ipam object configuration."""

    __slots__ = ()

    @property
    def status(self) -> ClusterSdnIpamsIpamStatus:
        """List PVE IPAM Entries"""
        return ClusterSdnIpamsIpamStatus(self._client, self._path + "/status")

    def get(self) -> dict[str, Any]:
        """Read sdn ipam configuration.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[perm, /sdn/ipams/{ipam}, [SDN.Allocate]]``

        Proxmox: ``GET /cluster/sdn/ipams/{ipam}`` (``read``)."""
        return self._client._call("GET", self._path, {}, _R15)

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
        token = _secret(token)
        params = {
            "delete": _join(delete),
            "digest": digest,
            "fingerprint": fingerprint,
            "lock-token": lock_token,
            "section": section,
            "token": token,
            "url": url,
        }
        return self._client._call("PUT", self._path, params, _R16)

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
        return self._client._call("DELETE", self._path, params, _R17)


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
        return self._client._call("GET", self._path, {}, _R18)


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
        return self._client._call("POST", self._path, params, _R19)

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
        return self._client._call("DELETE", self._path, params, _R20)


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
        return self._client._call("POST", self._path, params, _R21)


class ClusterSdnZones(SyncPath):
    """``/cluster/sdn/zones`` (zones)

    ``GET``: SDN zones index.
    ``POST``: Create a new sdn zone object."""

    __slots__ = ()

    def zone(self, zone: str) -> ClusterSdnZonesZone:
        """The SDN zone object identifier."""
        return ClusterSdnZonesZone(self._client, self._path + "/" + _segment(zone))

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
        return self._client._call("GET", self._path, params, _R22)

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
            "fabric": _checked("pve-sdn-fabric-id", "fabric", fabric),
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
        return self._client._call("POST", self._path, params, _R23)


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
        return self._client._call("GET", self._path, params, _R24)

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
            "fabric": _checked("pve-sdn-fabric-id", "fabric", fabric),
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
        return self._client._call("PUT", self._path, params, _R25)

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
        return self._client._call("DELETE", self._path, params, _R26)
