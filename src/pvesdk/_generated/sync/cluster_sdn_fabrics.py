# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``cluster_sdn_fabrics`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import checked as _checked
from pvesdk._runtime import segment as _segment
from pvesdk._runtime import sequence as _sequence

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.cluster_sdn_fabrics.cluster_sdn_fabrics_all_get import (
        ClusterSdnFabricsAllGetResult,
    )
    from ..models.cluster_sdn_fabrics.cluster_sdn_fabrics_fabric_get import (
        ClusterSdnFabricsFabricGetResultItem,
    )
    from ..models.cluster_sdn_fabrics.cluster_sdn_fabrics_fabric_id_get import (
        ClusterSdnFabricsFabricIdGetResult,
    )
    from ..models.cluster_sdn_fabrics.cluster_sdn_fabrics_get import (
        ClusterSdnFabricsGetResultItem,
    )
    from ..models.cluster_sdn_fabrics.cluster_sdn_fabrics_node_fabric_id_get import (
        ClusterSdnFabricsNodeFabricIdGetResultItem,
    )
    from ..models.cluster_sdn_fabrics.cluster_sdn_fabrics_node_fabric_id_node_id_get import (
        ClusterSdnFabricsNodeFabricIdNodeIdGetResult,
    )
    from ..models.cluster_sdn_fabrics.cluster_sdn_fabrics_node_get import (
        ClusterSdnFabricsNodeGetResultItem,
    )
    from ..propstr.peers import Peers

_R0: Returns[list[ClusterSdnFabricsGetResultItem]] = Returns(
    "list[ClusterSdnFabricsGetResultItem]",
    "GET /cluster/sdn/fabrics",
    "models.cluster_sdn_fabrics.cluster_sdn_fabrics_get",
)
_R1: Returns[ClusterSdnFabricsAllGetResult] = Returns(
    "ClusterSdnFabricsAllGetResult",
    "GET /cluster/sdn/fabrics/all",
    "models.cluster_sdn_fabrics.cluster_sdn_fabrics_all_get",
)
_R2: Returns[list[ClusterSdnFabricsFabricGetResultItem]] = Returns(
    "list[ClusterSdnFabricsFabricGetResultItem]",
    "GET /cluster/sdn/fabrics/fabric",
    "models.cluster_sdn_fabrics.cluster_sdn_fabrics_fabric_get",
)
_R3: Returns[None] = Returns("None", "POST /cluster/sdn/fabrics/fabric")
_R4: Returns[ClusterSdnFabricsFabricIdGetResult] = Returns(
    "ClusterSdnFabricsFabricIdGetResult",
    "GET /cluster/sdn/fabrics/fabric/{id}",
    "models.cluster_sdn_fabrics.cluster_sdn_fabrics_fabric_id_get",
)
_R5: Returns[None] = Returns("None", "PUT /cluster/sdn/fabrics/fabric/{id}")
_R6: Returns[None] = Returns("None", "DELETE /cluster/sdn/fabrics/fabric/{id}")
_R7: Returns[list[ClusterSdnFabricsNodeGetResultItem]] = Returns(
    "list[ClusterSdnFabricsNodeGetResultItem]",
    "GET /cluster/sdn/fabrics/node",
    "models.cluster_sdn_fabrics.cluster_sdn_fabrics_node_get",
)
_R8: Returns[list[ClusterSdnFabricsNodeFabricIdGetResultItem]] = Returns(
    "list[ClusterSdnFabricsNodeFabricIdGetResultItem]",
    "GET /cluster/sdn/fabrics/node/{fabric_id}",
    "models.cluster_sdn_fabrics.cluster_sdn_fabrics_node_fabric_id_get",
)
_R9: Returns[None] = Returns("None", "POST /cluster/sdn/fabrics/node/{fabric_id}")
_R10: Returns[ClusterSdnFabricsNodeFabricIdNodeIdGetResult] = Returns(
    "ClusterSdnFabricsNodeFabricIdNodeIdGetResult",
    "GET /cluster/sdn/fabrics/node/{fabric_id}/{node_id}",
    "models.cluster_sdn_fabrics.cluster_sdn_fabrics_node_fabric_id_node_id_get",
)
_R11: Returns[None] = Returns("None", "PUT /cluster/sdn/fabrics/node/{fabric_id}/{node_id}")
_R12: Returns[None] = Returns("None", "DELETE /cluster/sdn/fabrics/node/{fabric_id}/{node_id}")


class ClusterSdnFabrics(SyncPath):
    """``/cluster/sdn/fabrics`` (fabrics)

    ``GET``: SDN Fabrics Index"""

    __slots__ = ()

    @property
    def all(self) -> ClusterSdnFabricsAll:
        """SDN Fabrics Index"""
        return ClusterSdnFabricsAll(self._client, self._path + "/all")

    @property
    def fabric(self) -> ClusterSdnFabricsFabric:
        """SDN Fabrics Index"""
        return ClusterSdnFabricsFabric(self._client, self._path + "/fabric")

    @property
    def node(self) -> ClusterSdnFabricsNode:
        """SDN Fabrics Index"""
        return ClusterSdnFabricsNode(self._client, self._path + "/node")

    def get(self) -> list[ClusterSdnFabricsGetResultItem]:
        """SDN Fabrics Index

        Returns:
            ``list[ClusterSdnFabricsGetResultItem]``

        Permissions:
            Check: ``[perm, /sdn/fabrics, [SDN.Audit]]``

        Proxmox VE: New in 9.0.

        Proxmox: ``GET /cluster/sdn/fabrics`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R0)


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
        return self._client._call("GET", self._path, params, _R1)


class ClusterSdnFabricsFabric(SyncPath):
    """``/cluster/sdn/fabrics/fabric`` (fabric)

    ``GET``: SDN Fabrics Index
    ``POST``: Add a fabric"""

    __slots__ = ()

    def id(self, id: str) -> ClusterSdnFabricsFabricId:
        """Identifier for SDN fabrics"""
        return ClusterSdnFabricsFabricId(self._client, self._path + "/" + _segment(id))

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
        return self._client._call("GET", self._path, params, _R2)

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
            "id": _checked("pve-sdn-fabric-id", "id", id),
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
        return self._client._call("POST", self._path, params, _R3)


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
        return self._client._call("GET", self._path, {}, _R4)

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
        return self._client._call("PUT", self._path, params, _R5)

    def delete(self) -> None:
        """Add a fabric

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/fabrics/{id}, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.0.

        Proxmox: ``DELETE /cluster/sdn/fabrics/fabric/{id}`` (``delete_fabric``)."""
        return self._client._call("DELETE", self._path, {}, _R6)


class ClusterSdnFabricsNode(SyncPath):
    """``/cluster/sdn/fabrics/node`` (node)

    ``GET``: SDN Fabrics Index"""

    __slots__ = ()

    def fabric_id(self, fabric_id: str) -> ClusterSdnFabricsNodeFabricId:
        """Identifier for SDN fabrics"""
        return ClusterSdnFabricsNodeFabricId(self._client, self._path + "/" + _segment(fabric_id))

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
        return self._client._call("GET", self._path, params, _R7)


class ClusterSdnFabricsNodeFabricId(SyncPath):
    """``/cluster/sdn/fabrics/node/{fabric_id}`` ({fabric_id})

    ``GET``: SDN Fabrics Index
    ``POST``: Add a node"""

    __slots__ = ()

    def node_id(self, node_id: str) -> ClusterSdnFabricsNodeFabricIdNodeId:
        """Identifier for nodes in an SDN fabric"""
        return ClusterSdnFabricsNodeFabricIdNodeId(
            self._client, self._path + "/" + _segment(node_id)
        )

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
        return self._client._call("GET", self._path, params, _R8)

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
        return self._client._call("POST", self._path, params, _R9)


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
        return self._client._call("GET", self._path, {}, _R10)

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
        return self._client._call("PUT", self._path, params, _R11)

    def delete(self) -> None:
        """Add a node

        Returns:
            ``None``

        Permissions:
            Check: ``[and, [perm, /sdn/fabrics/{fabric_id}, [SDN.Allocate]], [perm, /nodes/{node_id}, [Sys.Modify]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.0.

        Proxmox: ``DELETE /cluster/sdn/fabrics/node/{fabric_id}/{node_id}`` (``delete_node``)."""
        return self._client._call("DELETE", self._path, {}, _R12)
