# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``nodes_ceph`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import AsyncPath, Returns
from pvesdk._runtime import bind_async_task as _task
from pvesdk._runtime import checked as _checked
from pvesdk._runtime import join as _join
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from pvesdk.tasks import AsyncTask

    from ..models.nodes_ceph.nodes_ceph_cmd_safety_get import (
        NodesCephCmdSafetyGetResult,
    )
    from ..models.nodes_ceph.nodes_ceph_log_get import NodesCephLogGetResultItem
    from ..models.nodes_ceph.nodes_ceph_pool_status_get import (
        NodesCephPoolStatusGetResult,
    )
    from ..models.nodes_ceph.nodes_ceph_rules_get import NodesCephRulesGetResultItem
    from ..models.nodes_ceph.nodes_node_ceph_fs_get import NodesNodeCephFsGetResultItem
    from ..models.nodes_ceph.nodes_node_ceph_mds_get import (
        NodesNodeCephMdsGetResultItem,
    )
    from ..models.nodes_ceph.nodes_node_ceph_mgr_get import (
        NodesNodeCephMgrGetResultItem,
    )
    from ..models.nodes_ceph.nodes_node_ceph_mon_get import (
        NodesNodeCephMonGetResultItem,
    )
    from ..models.nodes_ceph.nodes_node_ceph_pool_get import (
        NodesNodeCephPoolGetResultItem,
    )
    from ..propstr.erasure_coding import ErasureCoding
    from . import nodes_ceph_cfg as _nodes_ceph_cfg
    from . import nodes_ceph_osd as _nodes_ceph_osd

_R0: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /nodes/{node}/ceph")
_R1: Returns[NodesCephCmdSafetyGetResult] = Returns(
    "NodesCephCmdSafetyGetResult",
    "GET /nodes/{node}/ceph/cmd-safety",
    "models.nodes_ceph.nodes_ceph_cmd_safety_get",
)
_R2: Returns[str] = Returns("str", "GET /nodes/{node}/ceph/crush")
_R3: Returns[list[NodesNodeCephFsGetResultItem]] = Returns(
    "list[NodesNodeCephFsGetResultItem]",
    "GET /nodes/{node}/ceph/fs",
    "models.nodes_ceph.nodes_node_ceph_fs_get",
)
_R4: Returns[str] = Returns("str", "POST /nodes/{node}/ceph/fs/{name}")
_R5: Returns[str] = Returns("str", "DELETE /nodes/{node}/ceph/fs/{name}")
_R6: Returns[None] = Returns("None", "POST /nodes/{node}/ceph/init")
_R7: Returns[list[NodesCephLogGetResultItem]] = Returns(
    "list[NodesCephLogGetResultItem]",
    "GET /nodes/{node}/ceph/log",
    "models.nodes_ceph.nodes_ceph_log_get",
)
_R8: Returns[list[NodesNodeCephMdsGetResultItem]] = Returns(
    "list[NodesNodeCephMdsGetResultItem]",
    "GET /nodes/{node}/ceph/mds",
    "models.nodes_ceph.nodes_node_ceph_mds_get",
)
_R9: Returns[str] = Returns("str", "POST /nodes/{node}/ceph/mds/{name}")
_R10: Returns[str] = Returns("str", "DELETE /nodes/{node}/ceph/mds/{name}")
_R11: Returns[list[NodesNodeCephMgrGetResultItem]] = Returns(
    "list[NodesNodeCephMgrGetResultItem]",
    "GET /nodes/{node}/ceph/mgr",
    "models.nodes_ceph.nodes_node_ceph_mgr_get",
)
_R12: Returns[str] = Returns("str", "POST /nodes/{node}/ceph/mgr/{id}")
_R13: Returns[str] = Returns("str", "DELETE /nodes/{node}/ceph/mgr/{id}")
_R14: Returns[list[NodesNodeCephMonGetResultItem]] = Returns(
    "list[NodesNodeCephMonGetResultItem]",
    "GET /nodes/{node}/ceph/mon",
    "models.nodes_ceph.nodes_node_ceph_mon_get",
)
_R15: Returns[str] = Returns("str", "POST /nodes/{node}/ceph/mon/{monid}")
_R16: Returns[str] = Returns("str", "DELETE /nodes/{node}/ceph/mon/{monid}")
_R17: Returns[list[NodesNodeCephPoolGetResultItem]] = Returns(
    "list[NodesNodeCephPoolGetResultItem]",
    "GET /nodes/{node}/ceph/pool",
    "models.nodes_ceph.nodes_node_ceph_pool_get",
)
_R18: Returns[str] = Returns("str", "POST /nodes/{node}/ceph/pool")
_R19: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/ceph/pool/{name}"
)
_R20: Returns[str] = Returns("str", "PUT /nodes/{node}/ceph/pool/{name}")
_R21: Returns[str] = Returns("str", "DELETE /nodes/{node}/ceph/pool/{name}")
_R22: Returns[NodesCephPoolStatusGetResult] = Returns(
    "NodesCephPoolStatusGetResult",
    "GET /nodes/{node}/ceph/pool/{name}/status",
    "models.nodes_ceph.nodes_ceph_pool_status_get",
)
_R23: Returns[str] = Returns("str", "POST /nodes/{node}/ceph/restart")
_R24: Returns[list[NodesCephRulesGetResultItem]] = Returns(
    "list[NodesCephRulesGetResultItem]",
    "GET /nodes/{node}/ceph/rules",
    "models.nodes_ceph.nodes_ceph_rules_get",
)
_R25: Returns[str] = Returns("str", "POST /nodes/{node}/ceph/start")
_R26: Returns[dict[str, Any]] = Returns("dict[str, Any]", "GET /nodes/{node}/ceph/status")
_R27: Returns[str] = Returns("str", "POST /nodes/{node}/ceph/stop")


class NodesNodeCeph(AsyncPath):
    """``/nodes/{node}/ceph`` (ceph)

    ``GET``: Directory index."""

    __slots__ = ()

    @property
    def cfg(self) -> _nodes_ceph_cfg.NodesNodeCephCfg:
        """Directory index."""
        from . import nodes_ceph_cfg as _nodes_ceph_cfg

        return _nodes_ceph_cfg.NodesNodeCephCfg(self._client, self._path + "/cfg")

    @property
    def cmd_safety(self) -> NodesNodeCephCmdSafety:
        """Heuristical check if it is safe to perform an action."""
        return NodesNodeCephCmdSafety(self._client, self._path + "/cmd-safety")

    @property
    def crush(self) -> NodesNodeCephCrush:
        """Get OSD crush map"""
        return NodesNodeCephCrush(self._client, self._path + "/crush")

    @property
    def fs(self) -> NodesNodeCephFs:
        """Directory index."""
        return NodesNodeCephFs(self._client, self._path + "/fs")

    @property
    def init(self) -> NodesNodeCephInit:
        """Create the initial Ceph default configuration and set up symlinks. Idempotent on re-call: if a [global] section already exists in ceph.conf, the existing fsid / auth / pool defaults are preserved and most parameters are silently ignored."""
        return NodesNodeCephInit(self._client, self._path + "/init")

    @property
    def log(self) -> NodesNodeCephLog:
        """Read ceph log"""
        return NodesNodeCephLog(self._client, self._path + "/log")

    @property
    def mds(self) -> NodesNodeCephMds:
        """MDS directory index."""
        return NodesNodeCephMds(self._client, self._path + "/mds")

    @property
    def mgr(self) -> NodesNodeCephMgr:
        """MGR directory index."""
        return NodesNodeCephMgr(self._client, self._path + "/mgr")

    @property
    def mon(self) -> NodesNodeCephMon:
        """Get Ceph monitor list."""
        return NodesNodeCephMon(self._client, self._path + "/mon")

    @property
    def osd(self) -> _nodes_ceph_osd.NodesNodeCephOsd:
        """Get Ceph osd list/tree."""
        from . import nodes_ceph_osd as _nodes_ceph_osd

        return _nodes_ceph_osd.NodesNodeCephOsd(self._client, self._path + "/osd")

    @property
    def pool(self) -> NodesNodeCephPool:
        """List all pools and their settings (which are settable by the POST/PUT endpoints)."""
        return NodesNodeCephPool(self._client, self._path + "/pool")

    @property
    def restart(self) -> NodesNodeCephRestart:
        """Restart ceph services."""
        return NodesNodeCephRestart(self._client, self._path + "/restart")

    @property
    def rules(self) -> NodesNodeCephRules:
        """List ceph rules."""
        return NodesNodeCephRules(self._client, self._path + "/rules")

    @property
    def start(self) -> NodesNodeCephStart:
        """Start ceph services."""
        return NodesNodeCephStart(self._client, self._path + "/start")

    @property
    def status(self) -> NodesNodeCephStatus:
        """Get the Ceph cluster status (raw 'ceph status' output). The response is cluster-wide and identical to /cluster/ceph/status; this node-level alias exists for operator convenience."""
        return NodesNodeCephStatus(self._client, self._path + "/status")

    @property
    def stop(self) -> NodesNodeCephStop:
        """Stop ceph services."""
        return NodesNodeCephStop(self._client, self._path + "/stop")

    async def get(self) -> list[dict[str, Any]]:
        """Directory index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit, Datastore.Audit], any, 1]``

        Proxmox: ``GET /nodes/{node}/ceph`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R0)


class NodesNodeCephCmdSafety(AsyncPath):
    """``/nodes/{node}/ceph/cmd-safety`` (cmd-safety)

    ``GET``: Heuristical check if it is safe to perform an action."""

    __slots__ = ()

    async def get(
        self,
        *,
        action: Literal["stop", "destroy"],
        id: str,
        service: Literal["osd", "mon", "mds"],
    ) -> NodesCephCmdSafetyGetResult:
        """Heuristical check if it is safe to perform an action.

        Args:
            action: Action to check
            id: ID of the service
            service: Service type

        Returns:
            ``NodesCephCmdSafetyGetResult``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/ceph/cmd-safety`` (``cmd_safety``)."""
        params = {
            "action": action,
            "id": id,
            "service": service,
        }
        return await self._client._call("GET", self._path, params, _R1)


class NodesNodeCephCrush(AsyncPath):
    """``/nodes/{node}/ceph/crush`` (crush)

    ``GET``: Get OSD crush map"""

    __slots__ = ()

    async def get(self) -> str:
        """Get OSD crush map

        Returns:
            ``str``

        Permissions:
            Check: ``[perm, /, [Sys.Audit, Datastore.Audit], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/ceph/crush`` (``crush``)."""
        return await self._client._call("GET", self._path, {}, _R2)


class NodesNodeCephFs(AsyncPath):
    """``/nodes/{node}/ceph/fs`` (fs)

    ``GET``: Directory index."""

    __slots__ = ()

    def name(self, name: str) -> NodesNodeCephFsName:
        """The ceph filesystem name."""
        return NodesNodeCephFsName(self._client, self._path + "/" + _segment(name))

    async def get(self) -> list[NodesNodeCephFsGetResultItem]:
        """Directory index.

        Returns:
            ``list[NodesNodeCephFsGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit, Datastore.Audit], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/ceph/fs`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R3)


class NodesNodeCephFsName(AsyncPath):
    """``/nodes/{node}/ceph/fs/{name}`` ({name})

    ``POST``: Create a Ceph filesystem
    ``DELETE``: Destroy a Ceph filesystem. Refuses if any PVE storage entry of type 'cephfs' still references the filesystem and is not disabled. Optionally also removes the storage entries and/or the underlying metadata and data pools."""

    __slots__ = ()

    async def post(
        self,
        *,
        add_storage: bool | None = None,
        pg_num: int | None = None,
    ) -> AsyncTask:
        """Create a Ceph filesystem

        Args:
            add_storage: Configure the created CephFS as storage for this cluster.
                Default: ``0``.
            pg_num: Number of placement groups for the backing data pool. The metadata pool will use a quarter of this.
                Range: 8 to 32768.
                Default: ``128``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/ceph/fs/{name}`` (``createfs``)."""
        params = {
            "add-storage": add_storage,
            "pg_num": pg_num,
        }
        return _task(await self._client._call("POST", self._path, params, _R4), self._client)

    async def delete(
        self,
        *,
        remove_pools: bool | None = None,
        remove_storages: bool | None = None,
    ) -> AsyncTask:
        """Destroy a Ceph filesystem. Refuses if any PVE storage entry of type 'cephfs' still references the filesystem and is not disabled. Optionally also removes the storage entries and/or the underlying metadata and data pools.

        Args:
            remove_pools: Remove the metadata and data pools used by this filesystem.
                Proxmox VE: New in 9.2.
                Default: ``0``.
            remove_storages: Remove pveceph-managed storages configured for this filesystem.
                Proxmox VE: New in 9.2.
                Default: ``0``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.2.

        Proxmox: ``DELETE /nodes/{node}/ceph/fs/{name}`` (``destroyfs``)."""
        params = {
            "remove-pools": remove_pools,
            "remove-storages": remove_storages,
        }
        return _task(await self._client._call("DELETE", self._path, params, _R5), self._client)


class NodesNodeCephInit(AsyncPath):
    """``/nodes/{node}/ceph/init`` (init)

    ``POST``: Create the initial Ceph default configuration and set up symlinks. Idempotent on re-call: if a [global] section already exists in ceph.conf, the existing fsid / auth / pool defaults are preserved and most parameters are silently ignored."""

    __slots__ = ()

    async def post(
        self,
        *,
        cluster_network: str | None = None,
        disable_cephx: bool | None = None,
        min_size: int | None = None,
        network: str | None = None,
        pg_bits: int | None = None,
        size: int | None = None,
    ) -> None:
        """Create the initial Ceph default configuration and set up symlinks. Idempotent on re-call: if a [global] section already exists in ceph.conf, the existing fsid / auth / pool defaults are preserved and most parameters are silently ignored.

        Args:
            cluster_network: Declare a separate cluster network, OSDs will route heartbeat, object replication and recovery traffic over it
                Length: 0 to 128.
                Format: ``CIDR``.
            disable_cephx: Disable cephx authentication.

                WARNING: cephx is a security feature protecting against man-in-the-middle attacks. Only consider disabling cephx if your network is private!
                Default: ``0``.
            min_size: Minimum number of available replicas per object to allow I/O
                Range: 1 to 7.
                Default: ``2``.
            network: Use specific network for all ceph related traffic
                Length: 0 to 128.
                Format: ``CIDR``.
            pg_bits: Placement group bits, used to specify the default number of placement groups.

                Depreacted. This setting was deprecated in recent Ceph versions.
                Range: 6 to 14.
                Default: ``6``.
            size: Targeted number of replicas per object
                Range: 1 to 7.
                Default: ``3``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/ceph/init`` (``init``)."""
        params = {
            "cluster-network": _checked("CIDR", "cluster-network", cluster_network),
            "disable_cephx": disable_cephx,
            "min_size": min_size,
            "network": _checked("CIDR", "network", network),
            "pg_bits": pg_bits,
            "size": size,
        }
        return await self._client._call("POST", self._path, params, _R6)


class NodesNodeCephLog(AsyncPath):
    """``/nodes/{node}/ceph/log`` (log)

    ``GET``: Read ceph log"""

    __slots__ = ()

    async def get(
        self,
        *,
        limit: int | None = None,
        start: int | None = None,
    ) -> list[NodesCephLogGetResultItem]:
        """Read ceph log

        Args:
            limit: Maximum number of log lines to return. Defaults to the dump_logfile limit (typically 50) when omitted.
                Range: 0 to inf.
            start: Offset of the first log line to return (0-based).
                Range: 0 to inf.

        Returns:
            ``list[NodesCephLogGetResultItem]``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Syslog]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/ceph/log`` (``log``)."""
        params = {
            "limit": limit,
            "start": start,
        }
        return await self._client._call("GET", self._path, params, _R7)


class NodesNodeCephMds(AsyncPath):
    """``/nodes/{node}/ceph/mds`` (mds)

    ``GET``: MDS directory index."""

    __slots__ = ()

    def name(self, name: str) -> NodesNodeCephMdsName:
        """The ID for the mds, when omitted the same as the nodename"""
        return NodesNodeCephMdsName(self._client, self._path + "/" + _segment(name))

    async def get(self) -> list[NodesNodeCephMdsGetResultItem]:
        """MDS directory index.

        Returns:
            ``list[NodesNodeCephMdsGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit, Datastore.Audit], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/ceph/mds`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R8)


class NodesNodeCephMdsName(AsyncPath):
    """``/nodes/{node}/ceph/mds/{name}`` ({name})

    ``POST``: Create Ceph Metadata Server (MDS)
    ``DELETE``: Destroy Ceph Metadata Server"""

    __slots__ = ()

    async def post(
        self,
        *,
        hotstandby: bool | None = None,
    ) -> AsyncTask:
        """Create Ceph Metadata Server (MDS)

        Args:
            hotstandby: Determines whether a ceph-mds daemon should poll and replay the log of an active MDS. Faster switch on MDS failure, but needs more idle resources.
                Default: ``0``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/ceph/mds/{name}`` (``createmds``)."""
        params = {
            "hotstandby": hotstandby,
        }
        return _task(await self._client._call("POST", self._path, params, _R9), self._client)

    async def delete(self) -> AsyncTask:
        """Destroy Ceph Metadata Server

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/ceph/mds/{name}`` (``destroymds``)."""
        return _task(await self._client._call("DELETE", self._path, {}, _R10), self._client)


class NodesNodeCephMgr(AsyncPath):
    """``/nodes/{node}/ceph/mgr`` (mgr)

    ``GET``: MGR directory index."""

    __slots__ = ()

    def id(self, id: str) -> NodesNodeCephMgrId:
        """The ID for the manager, when omitted the same as the nodename."""
        return NodesNodeCephMgrId(self._client, self._path + "/" + _segment(id))

    async def get(self) -> list[NodesNodeCephMgrGetResultItem]:
        """MGR directory index.

        Returns:
            ``list[NodesNodeCephMgrGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit, Datastore.Audit], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/ceph/mgr`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R11)


class NodesNodeCephMgrId(AsyncPath):
    """``/nodes/{node}/ceph/mgr/{id}`` ({id})

    ``POST``: Create Ceph Manager
    ``DELETE``: Destroy Ceph Manager."""

    __slots__ = ()

    async def post(self) -> AsyncTask:
        """Create Ceph Manager

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/ceph/mgr/{id}`` (``createmgr``)."""
        return _task(await self._client._call("POST", self._path, {}, _R12), self._client)

    async def delete(self) -> AsyncTask:
        """Destroy Ceph Manager.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/ceph/mgr/{id}`` (``destroymgr``)."""
        return _task(await self._client._call("DELETE", self._path, {}, _R13), self._client)


class NodesNodeCephMon(AsyncPath):
    """``/nodes/{node}/ceph/mon`` (mon)

    ``GET``: Get Ceph monitor list."""

    __slots__ = ()

    def monid(self, monid: str) -> NodesNodeCephMonMonid:
        """The ID for the monitor, when omitted the same as the nodename."""
        return NodesNodeCephMonMonid(self._client, self._path + "/" + _segment(monid))

    async def get(self) -> list[NodesNodeCephMonGetResultItem]:
        """Get Ceph monitor list.

        Returns:
            ``list[NodesNodeCephMonGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit, Datastore.Audit], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/ceph/mon`` (``listmon``)."""
        return await self._client._call("GET", self._path, {}, _R14)


class NodesNodeCephMonMonid(AsyncPath):
    """``/nodes/{node}/ceph/mon/{monid}`` ({monid})

    ``POST``: Create a Ceph Monitor. Also auto-creates a Manager for the first monitor.
    ``DELETE``: Destroy a Ceph Monitor. Refuses to remove the last monitor of the cluster. Does not destroy any Manager on the same node; use /nodes/{node}/ceph/mgr/{id} for that."""

    __slots__ = ()

    async def post(
        self,
        *,
        mon_address: str | Sequence[str] | None = None,
    ) -> AsyncTask:
        """Create a Ceph Monitor. Also auto-creates a Manager for the first monitor.

        Args:
            mon_address: Overwrites autodetected monitor IP address(es). Must be in the public network(s) of Ceph.
                Format: ``ip-list``.
                Syntax: ``<string>``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/ceph/mon/{monid}`` (``createmon``)."""
        params = {
            "mon-address": _join(mon_address),
        }
        return _task(await self._client._call("POST", self._path, params, _R15), self._client)

    async def delete(self) -> AsyncTask:
        """Destroy a Ceph Monitor. Refuses to remove the last monitor of the cluster. Does not destroy any Manager on the same node; use /nodes/{node}/ceph/mgr/{id} for that.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/ceph/mon/{monid}`` (``destroymon``)."""
        return _task(await self._client._call("DELETE", self._path, {}, _R16), self._client)


class NodesNodeCephPool(AsyncPath):
    """``/nodes/{node}/ceph/pool`` (pool)

    ``GET``: List all pools and their settings (which are settable by the POST/PUT endpoints).
    ``POST``: Create Ceph pool"""

    __slots__ = ()

    def name(self, name: str) -> NodesNodeCephPoolName:
        """The name of the pool."""
        return NodesNodeCephPoolName(self._client, self._path + "/" + _segment(name))

    async def get(self) -> list[NodesNodeCephPoolGetResultItem]:
        """List all pools and their settings (which are settable by the POST/PUT endpoints).

        Returns:
            ``list[NodesNodeCephPoolGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit, Datastore.Audit], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/ceph/pool`` (``lspools``)."""
        return await self._client._call("GET", self._path, {}, _R17)

    async def post(
        self,
        *,
        name: str,
        add_storages: bool | None = None,
        application: Literal["rbd", "cephfs", "rgw"] | None = None,
        crush_rule: str | None = None,
        erasure_coding: ErasureCoding | str | None = None,
        min_size: int | None = None,
        pg_autoscale_mode: Literal["on", "off", "warn"] | None = None,
        pg_num: int | None = None,
        pg_num_min: int | None = None,
        size: int | None = None,
        target_size: str | None = None,
        target_size_ratio: float | None = None,
    ) -> AsyncTask:
        """Create Ceph pool

        Args:
            name: The name of the pool. It must be unique.
                Pattern: ``^(?:^[^:/\\s]+$)$``.
            add_storages: Configure VM and CT storage using the new pool. Defaults to false for replicated pools and to true for erasure-coded pools (since EC pools are typically only useful when wired up to storage).
                Default: ``0``.
            application: The application of the pool.
                Default: ``rbd``.
            crush_rule: The rule to use for mapping object placement in the cluster.
            erasure_coding: Create an erasure coded pool for RBD with an accompaning replicated pool for metadata storage. With EC, the common ceph options 'size', 'min_size' and 'crush_rule' parameters will be applied to the metadata pool.
                Syntax: ``k=<integer> ,m=<integer> [,device-class=<class>] [,failure-domain=<domain>] [,profile=<profile>]``.
            min_size: Minimum number of replicas per object
                Range: 1 to 7.
                Default: ``2``.
            pg_autoscale_mode: The automatic PG scaling mode of the pool.
                Default: ``warn``.
            pg_num: Number of placement groups.
                Range: 1 to 32768.
                Default: ``128``.
            pg_num_min: Minimal number of placement groups.
                Range: -inf to 32768.
            size: Number of replicas per object
                Range: 1 to 7.
                Default: ``3``.
            target_size: The estimated target size of the pool for the PG autoscaler.
                Pattern: ``^^(\\d+(\\.\\d+)?)([KMGT])?$$``.
            target_size_ratio: The estimated target ratio of the pool for the PG autoscaler.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/ceph/pool`` (``createpool``)."""
        params = {
            "name": name,
            "add_storages": add_storages,
            "application": application,
            "crush_rule": crush_rule,
            "erasure-coding": erasure_coding,
            "min_size": min_size,
            "pg_autoscale_mode": pg_autoscale_mode,
            "pg_num": pg_num,
            "pg_num_min": pg_num_min,
            "size": size,
            "target_size": target_size,
            "target_size_ratio": target_size_ratio,
        }
        return _task(await self._client._call("POST", self._path, params, _R18), self._client)


class NodesNodeCephPoolName(AsyncPath):
    """``/nodes/{node}/ceph/pool/{name}`` ({name})

    ``GET``: Pool index.
    ``PUT``: Change POOL settings
    ``DELETE``: Destroy pool"""

    __slots__ = ()

    @property
    def status(self) -> NodesNodeCephPoolNameStatus:
        """Show the current pool status."""
        return NodesNodeCephPoolNameStatus(self._client, self._path + "/status")

    async def get(self) -> list[dict[str, Any]]:
        """Pool index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit, Datastore.Audit], any, 1]``

        Proxmox: ``GET /nodes/{node}/ceph/pool/{name}`` (``poolindex``)."""
        return await self._client._call("GET", self._path, {}, _R19)

    async def put(
        self,
        *,
        application: Literal["rbd", "cephfs", "rgw"] | None = None,
        crush_rule: str | None = None,
        min_size: int | None = None,
        pg_autoscale_mode: Literal["on", "off", "warn"] | None = None,
        pg_num: int | None = None,
        pg_num_min: int | None = None,
        size: int | None = None,
        target_size: str | None = None,
        target_size_ratio: float | None = None,
    ) -> AsyncTask:
        """Change POOL settings

        Args:
            application: The application of the pool.
            crush_rule: The rule to use for mapping object placement in the cluster.
            min_size: Minimum number of replicas per object
                Range: 1 to 7.
            pg_autoscale_mode: The automatic PG scaling mode of the pool.
            pg_num: Number of placement groups.
                Range: 1 to 32768.
            pg_num_min: Minimal number of placement groups.
                Range: -inf to 32768.
            size: Number of replicas per object
                Range: 1 to 7.
            target_size: The estimated target size of the pool for the PG autoscaler.
                Pattern: ``^^(\\d+(\\.\\d+)?)([KMGT])?$$``.
            target_size_ratio: The estimated target ratio of the pool for the PG autoscaler.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/ceph/pool/{name}`` (``setpool``)."""
        params = {
            "application": application,
            "crush_rule": crush_rule,
            "min_size": min_size,
            "pg_autoscale_mode": pg_autoscale_mode,
            "pg_num": pg_num,
            "pg_num_min": pg_num_min,
            "size": size,
            "target_size": target_size,
            "target_size_ratio": target_size_ratio,
        }
        return _task(await self._client._call("PUT", self._path, params, _R20), self._client)

    async def delete(
        self,
        *,
        force: bool | None = None,
        remove_ecprofile: bool | None = None,
        remove_storages: bool | None = None,
    ) -> AsyncTask:
        """Destroy pool

        Args:
            force: If true, destroys pool even if in use
                Default: ``0``.
            remove_ecprofile: Remove the erasure code profile. Defaults to true, if applicable.
                Default: ``1``.
            remove_storages: Remove all pveceph-managed storages configured for this pool
                Default: ``0``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/ceph/pool/{name}`` (``destroypool``)."""
        params = {
            "force": force,
            "remove_ecprofile": remove_ecprofile,
            "remove_storages": remove_storages,
        }
        return _task(await self._client._call("DELETE", self._path, params, _R21), self._client)


class NodesNodeCephPoolNameStatus(AsyncPath):
    """``/nodes/{node}/ceph/pool/{name}/status`` (status)

    ``GET``: Show the current pool status."""

    __slots__ = ()

    async def get(
        self,
        *,
        verbose: bool | None = None,
    ) -> NodesCephPoolStatusGetResult:
        """Show the current pool status.

        Args:
            verbose: If enabled, will display additional data(eg. statistics).
                Default: ``0``.

        Returns:
            ``NodesCephPoolStatusGetResult``

        Permissions:
            Check: ``[perm, /, [Sys.Audit, Datastore.Audit], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/ceph/pool/{name}/status`` (``getpool``)."""
        params = {
            "verbose": verbose,
        }
        return await self._client._call("GET", self._path, params, _R22)


class NodesNodeCephRestart(AsyncPath):
    """``/nodes/{node}/ceph/restart`` (restart)

    ``POST``: Restart ceph services."""

    __slots__ = ()

    async def post(
        self,
        *,
        service: str | None = None,
    ) -> AsyncTask:
        """Restart ceph services.

        Args:
            service: Ceph service name.
                Pattern: ``^(ceph|mon|mds|osd|mgr)(\\.[a-zA-Z0-9]([a-zA-Z0-9\\-]*[a-zA-Z0-9])?)?$``.
                Default: ``ceph.target``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/ceph/restart`` (``restart``)."""
        params = {
            "service": service,
        }
        return _task(await self._client._call("POST", self._path, params, _R23), self._client)


class NodesNodeCephRules(AsyncPath):
    """``/nodes/{node}/ceph/rules`` (rules)

    ``GET``: List ceph rules."""

    __slots__ = ()

    async def get(self) -> list[NodesCephRulesGetResultItem]:
        """List ceph rules.

        Returns:
            ``list[NodesCephRulesGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit, Datastore.Audit], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/ceph/rules`` (``rules``)."""
        return await self._client._call("GET", self._path, {}, _R24)


class NodesNodeCephStart(AsyncPath):
    """``/nodes/{node}/ceph/start`` (start)

    ``POST``: Start ceph services."""

    __slots__ = ()

    async def post(
        self,
        *,
        service: str | None = None,
    ) -> AsyncTask:
        """Start ceph services.

        Args:
            service: Ceph service name.
                Pattern: ``^(ceph|mon|mds|osd|mgr)(\\.[a-zA-Z0-9]([a-zA-Z0-9\\-]*[a-zA-Z0-9])?)?$``.
                Default: ``ceph.target``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/ceph/start`` (``start``)."""
        params = {
            "service": service,
        }
        return _task(await self._client._call("POST", self._path, params, _R25), self._client)


class NodesNodeCephStatus(AsyncPath):
    """``/nodes/{node}/ceph/status`` (status)

    ``GET``: Get the Ceph cluster status (raw 'ceph status' output). The response is cluster-wide and identical to /cluster/ceph/status; this node-level alias exists for operator convenience."""

    __slots__ = ()

    async def get(self) -> dict[str, Any]:
        """Get the Ceph cluster status (raw 'ceph status' output). The response is cluster-wide and identical to /cluster/ceph/status; this node-level alias exists for operator convenience.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit, Datastore.Audit], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/ceph/status`` (``status``)."""
        return await self._client._call("GET", self._path, {}, _R26)


class NodesNodeCephStop(AsyncPath):
    """``/nodes/{node}/ceph/stop`` (stop)

    ``POST``: Stop ceph services."""

    __slots__ = ()

    async def post(
        self,
        *,
        service: str | None = None,
    ) -> AsyncTask:
        """Stop ceph services.

        Args:
            service: Ceph service name.
                Pattern: ``^(ceph|mon|mds|osd|mgr)(\\.[a-zA-Z0-9]([a-zA-Z0-9\\-]*[a-zA-Z0-9])?)?$``.
                Default: ``ceph.target``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/ceph/stop`` (``stop``)."""
        params = {
            "service": service,
        }
        return _task(await self._client._call("POST", self._path, params, _R27), self._client)
