# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``cluster_config`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from pvesdk._runtime import AsyncPath, Returns
from pvesdk._runtime import bind_async_task as _task
from pvesdk._runtime import checked as _checked
from pvesdk._runtime import family as _family
from pvesdk._runtime import secret as _secret
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from pvesdk.tasks import AsyncTask

    from ..models.cluster_config.cluster_config_join_get import (
        ClusterConfigJoinGetResult,
    )
    from ..models.cluster_config.cluster_config_nodes_get import (
        ClusterConfigNodesGetResultItem,
    )
    from ..models.cluster_config.cluster_config_nodes_node_post import (
        ClusterConfigNodesNodePostResult,
    )
    from ..propstr.link import Link

_R0: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /cluster/config")
_R1: Returns[str] = Returns("str", "POST /cluster/config")
_R2: Returns[int] = Returns("int", "GET /cluster/config/apiversion")
_R3: Returns[ClusterConfigJoinGetResult] = Returns(
    "ClusterConfigJoinGetResult",
    "GET /cluster/config/join",
    "models.cluster_config.cluster_config_join_get",
)
_R4: Returns[str] = Returns("str", "POST /cluster/config/join")
_R5: Returns[list[ClusterConfigNodesGetResultItem]] = Returns(
    "list[ClusterConfigNodesGetResultItem]",
    "GET /cluster/config/nodes",
    "models.cluster_config.cluster_config_nodes_get",
)
_R6: Returns[ClusterConfigNodesNodePostResult] = Returns(
    "ClusterConfigNodesNodePostResult",
    "POST /cluster/config/nodes/{node}",
    "models.cluster_config.cluster_config_nodes_node_post",
)
_R7: Returns[None] = Returns("None", "DELETE /cluster/config/nodes/{node}")
_R8: Returns[dict[str, Any]] = Returns("dict[str, Any]", "GET /cluster/config/qdevice")
_R9: Returns[dict[str, Any]] = Returns("dict[str, Any]", "GET /cluster/config/totem")


class ClusterConfig(AsyncPath):
    """``/cluster/config`` (config)

    ``GET``: Directory index.
    ``POST``: Generate new cluster configuration. If no links given, default to local IP address as link0."""

    __slots__ = ()

    @property
    def apiversion(self) -> ClusterConfigApiversion:
        """Return the version of the cluster join API available on this node."""
        return ClusterConfigApiversion(self._client, self._path + "/apiversion")

    @property
    def join(self) -> ClusterConfigJoin:
        """Get information needed to join this cluster over the connected node."""
        return ClusterConfigJoin(self._client, self._path + "/join")

    @property
    def nodes(self) -> ClusterConfigNodes:
        """Corosync node list."""
        return ClusterConfigNodes(self._client, self._path + "/nodes")

    @property
    def qdevice(self) -> ClusterConfigQdevice:
        """Get QDevice status"""
        return ClusterConfigQdevice(self._client, self._path + "/qdevice")

    @property
    def totem(self) -> ClusterConfigTotem:
        """Get corosync totem protocol settings."""
        return ClusterConfigTotem(self._client, self._path + "/totem")

    async def get(self) -> list[dict[str, Any]]:
        """Directory index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/config`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R0)

    async def post(
        self,
        *,
        clustername: str,
        nodeid: int | None = None,
        token_coefficient: int | None = None,
        votes: int | None = None,
        link: Mapping[int, Link | str] | None = None,
    ) -> AsyncTask:
        """Generate new cluster configuration. If no links given, default to local IP address as link0.

        Args:
            clustername: The name of the cluster.
                Length: 0 to 15.
                Format: ``pve-node``.
            nodeid: Node id for this node.
                Range: 1 to inf.
            token_coefficient: Coefficient used to determine Corosync's token timeout. See the corosync.conf(5) manual for more details.
                Proxmox VE: New in 9.1.
                Range: 0 to inf.
                Default: ``125``.
            votes: Number of votes for this node.
                Range: 1 to inf.
            link: Address and priority information of a single corosync link. (up to 8 links supported; link0..link7)
                Syntax: ``[address=]<IP> [,priority=<integer>]``.
                Indexed: ``{0: …, …}`` sends ``link0`` … ``link7``; where the operation deletes, ``None`` deletes a member (``delete=link0``).

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/config`` (``create``)."""
        params = {
            "clustername": clustername,
            "nodeid": nodeid,
            "token-coefficient": token_coefficient,
            "votes": votes,
            "link[n]": _family(link, 0, 7),
        }
        return _task(await self._client._call("POST", self._path, params, _R1), self._client)


class ClusterConfigApiversion(AsyncPath):
    """``/cluster/config/apiversion`` (apiversion)

    ``GET``: Return the version of the cluster join API available on this node."""

    __slots__ = ()

    async def get(self) -> int:
        """Return the version of the cluster join API available on this node.

        Returns:
            ``int``: Cluster Join API version, currently 1

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/config/apiversion`` (``join_api_version``)."""
        return await self._client._call("GET", self._path, {}, _R2)


class ClusterConfigJoin(AsyncPath):
    """``/cluster/config/join`` (join)

    ``GET``: Get information needed to join this cluster over the connected node.
    ``POST``: Joins this node into an existing cluster. If no links are given, default to IP resolved by node's hostname on single link (fallback fails for clusters with multiple links)."""

    __slots__ = ()

    async def get(
        self,
        *,
        node: str | None = None,
    ) -> ClusterConfigJoinGetResult:
        """Get information needed to join this cluster over the connected node.

        Args:
            node: The node for which the joinee gets the nodeinfo.
                Format: ``pve-node``.
                Default: ``current connected node``.

        Returns:
            ``ClusterConfigJoinGetResult``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/config/join`` (``join_info``)."""
        params = {
            "node": node,
        }
        return await self._client._call("GET", self._path, params, _R3)

    async def post(
        self,
        *,
        fingerprint: str,
        hostname: str,
        password: str,
        force: bool | None = None,
        nodeid: int | None = None,
        votes: int | None = None,
        link: Mapping[int, Link | str] | None = None,
    ) -> AsyncTask:
        """Joins this node into an existing cluster. If no links are given, default to IP resolved by node's hostname on single link (fallback fails for clusters with multiple links).

        Args:
            fingerprint: Certificate SHA 256 fingerprint.
                Pattern: ``^([A-Fa-f0-9]{2}:){31}[A-Fa-f0-9]{2}$``.
            hostname: Hostname (or IP) of an existing cluster member.
            password: Superuser (root) password of peer node.
                Length: 0 to 128.
            force: Do not throw error if node already exists.
            nodeid: Node id for this node.
                Range: 1 to inf.
            votes: Number of votes for this node
                Range: 0 to inf.
            link: Address and priority information of a single corosync link. (up to 8 links supported; link0..link7)
                Syntax: ``[address=]<IP> [,priority=<integer>]``.
                Indexed: ``{0: …, …}`` sends ``link0`` … ``link7``; where the operation deletes, ``None`` deletes a member (``delete=link0``).

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/config/join`` (``join``)."""
        password = _secret(password)
        params = {
            "fingerprint": fingerprint,
            "hostname": hostname,
            "password": password,
            "force": force,
            "nodeid": nodeid,
            "votes": votes,
            "link[n]": _family(link, 0, 7),
        }
        return _task(await self._client._call("POST", self._path, params, _R4), self._client)


class ClusterConfigNodes(AsyncPath):
    """``/cluster/config/nodes`` (nodes)

    ``GET``: Corosync node list."""

    __slots__ = ()

    def node(self, node: str) -> ClusterConfigNodesNode:
        """The cluster node name."""
        return ClusterConfigNodesNode(self._client, self._path + "/" + _segment(node))

    async def get(self) -> list[ClusterConfigNodesGetResultItem]:
        """Corosync node list.

        Returns:
            ``list[ClusterConfigNodesGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/config/nodes`` (``nodes``)."""
        return await self._client._call("GET", self._path, {}, _R5)


class ClusterConfigNodesNode(AsyncPath):
    """``/cluster/config/nodes/{node}`` ({node})

    ``POST``: Adds a node to the cluster configuration. This call is for internal use.
    ``DELETE``: Removes a node from the cluster configuration."""

    __slots__ = ()

    async def post(
        self,
        *,
        apiversion: int | None = None,
        force: bool | None = None,
        new_node_ip: str | None = None,
        nodeid: int | None = None,
        votes: int | None = None,
        link: Mapping[int, Link | str] | None = None,
    ) -> ClusterConfigNodesNodePostResult:
        """Adds a node to the cluster configuration. This call is for internal use.

        Args:
            apiversion: The JOIN_API_VERSION of the new node.
            force: Do not throw error if node already exists.
            new_node_ip: IP Address of node to add. Used as fallback if no links are given.
                Format: ``ip``.
            nodeid: Node id for this node.
                Range: 1 to inf.
            votes: Number of votes for this node
                Range: 0 to inf.
            link: Address and priority information of a single corosync link. (up to 8 links supported; link0..link7)
                Syntax: ``[address=]<IP> [,priority=<integer>]``.
                Indexed: ``{0: …, …}`` sends ``link0`` … ``link7``; where the operation deletes, ``None`` deletes a member (``delete=link0``).

        Returns:
            ``ClusterConfigNodesNodePostResult``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/config/nodes/{node}`` (``addnode``)."""
        params = {
            "apiversion": apiversion,
            "force": force,
            "new_node_ip": _checked("ip", "new_node_ip", new_node_ip),
            "nodeid": nodeid,
            "votes": votes,
            "link[n]": _family(link, 0, 7),
        }
        return await self._client._call("POST", self._path, params, _R6)

    async def delete(self) -> None:
        """Removes a node from the cluster configuration.

        Returns:
            ``None``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /cluster/config/nodes/{node}`` (``delnode``)."""
        return await self._client._call("DELETE", self._path, {}, _R7)


class ClusterConfigQdevice(AsyncPath):
    """``/cluster/config/qdevice`` (qdevice)

    ``GET``: Get QDevice status"""

    __slots__ = ()

    async def get(self) -> dict[str, Any]:
        """Get QDevice status

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /cluster/config/qdevice`` (``status``)."""
        return await self._client._call("GET", self._path, {}, _R8)


class ClusterConfigTotem(AsyncPath):
    """``/cluster/config/totem`` (totem)

    ``GET``: Get corosync totem protocol settings."""

    __slots__ = ()

    async def get(self) -> dict[str, Any]:
        """Get corosync totem protocol settings.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/config/totem`` (``totem``)."""
        return await self._client._call("GET", self._path, {}, _R9)
