# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``nodes_ceph_osd`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import bind_task as _task
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from pvesdk.tasks import Task

    from ..models.nodes_ceph_osd.nodes_ceph_osd_lv_info_get import (
        NodesCephOsdLvInfoGetResult,
    )
    from ..models.nodes_ceph_osd.nodes_ceph_osd_metadata_get import (
        NodesCephOsdMetadataGetResult,
    )
    from ..models.nodes_ceph_osd.nodes_node_ceph_osd_get import (
        NodesNodeCephOsdGetResult,
    )

_R0: Returns[NodesNodeCephOsdGetResult] = Returns(
    "NodesNodeCephOsdGetResult",
    "GET /nodes/{node}/ceph/osd",
    "models.nodes_ceph_osd.nodes_node_ceph_osd_get",
)
_R1: Returns[str] = Returns("str", "POST /nodes/{node}/ceph/osd")
_R2: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/ceph/osd/{osdid}"
)
_R3: Returns[str] = Returns("str", "DELETE /nodes/{node}/ceph/osd/{osdid}")
_R4: Returns[None] = Returns("None", "POST /nodes/{node}/ceph/osd/{osdid}/in")
_R5: Returns[NodesCephOsdLvInfoGetResult] = Returns(
    "NodesCephOsdLvInfoGetResult",
    "GET /nodes/{node}/ceph/osd/{osdid}/lv-info",
    "models.nodes_ceph_osd.nodes_ceph_osd_lv_info_get",
)
_R6: Returns[NodesCephOsdMetadataGetResult] = Returns(
    "NodesCephOsdMetadataGetResult",
    "GET /nodes/{node}/ceph/osd/{osdid}/metadata",
    "models.nodes_ceph_osd.nodes_ceph_osd_metadata_get",
)
_R7: Returns[None] = Returns("None", "POST /nodes/{node}/ceph/osd/{osdid}/out")
_R8: Returns[None] = Returns("None", "POST /nodes/{node}/ceph/osd/{osdid}/scrub")


class NodesNodeCephOsd(SyncPath):
    """``/nodes/{node}/ceph/osd`` (osd)

    ``GET``: Get Ceph osd list/tree.
    ``POST``: Create OSD"""

    __slots__ = ()

    def osdid(self, osdid: int) -> NodesNodeCephOsdOsdid:
        """OSD ID"""
        return NodesNodeCephOsdOsdid(self._client, self._path + "/" + _segment(osdid))

    def get(self) -> NodesNodeCephOsdGetResult:
        """Get Ceph osd list/tree.

        Returns:
            ``NodesNodeCephOsdGetResult``

        Permissions:
            Check: ``[perm, /, [Sys.Audit, Datastore.Audit], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/ceph/osd`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R0)

    def post(
        self,
        *,
        dev: str,
        crush_device_class: str | None = None,
        db_dev: str | None = None,
        db_dev_size: float | None = None,
        encrypted: bool | None = None,
        osds_per_device: int | None = None,
        wal_dev: str | None = None,
        wal_dev_size: float | None = None,
    ) -> Task:
        """Create OSD

        Args:
            dev: Block device name.
            crush_device_class: Set the device class of the OSD in crush.
            db_dev: Block device name for block.db.
            db_dev_size: Size in GiB for block.db.
                Range: 1 to inf.
            encrypted: Enables encryption of the OSD.
                Default: ``0``.
            osds_per_device: OSD services per physical device. Only useful for fast NVMe devices to utilize their performance better. Mutually exclusive with 'db_dev' and 'wal_dev'.
                Proxmox VE: New in 8.1.
                Range: 1 to inf.
            wal_dev: Block device name for block.wal.
            wal_dev_size: Size in GiB for block.wal.
                Range: 0.5 to inf.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/ceph/osd`` (``createosd``)."""
        params = {
            "dev": dev,
            "crush-device-class": crush_device_class,
            "db_dev": db_dev,
            "db_dev_size": db_dev_size,
            "encrypted": encrypted,
            "osds-per-device": osds_per_device,
            "wal_dev": wal_dev,
            "wal_dev_size": wal_dev_size,
        }
        return _task(self._client._call("POST", self._path, params, _R1), self._client)


class NodesNodeCephOsdOsdid(SyncPath):
    """``/nodes/{node}/ceph/osd/{osdid}`` ({osdid})

    ``GET``: OSD index.
    ``DELETE``: Destroy OSD"""

    __slots__ = ()

    @property
    def in_(self) -> NodesNodeCephOsdOsdidIn:
        """ceph osd in"""
        return NodesNodeCephOsdOsdidIn(self._client, self._path + "/in")

    @property
    def lv_info(self) -> NodesNodeCephOsdOsdidLvInfo:
        """Get OSD volume details"""
        return NodesNodeCephOsdOsdidLvInfo(self._client, self._path + "/lv-info")

    @property
    def metadata(self) -> NodesNodeCephOsdOsdidMetadata:
        """Get OSD details"""
        return NodesNodeCephOsdOsdidMetadata(self._client, self._path + "/metadata")

    @property
    def out(self) -> NodesNodeCephOsdOsdidOut:
        """ceph osd out"""
        return NodesNodeCephOsdOsdidOut(self._client, self._path + "/out")

    @property
    def scrub(self) -> NodesNodeCephOsdOsdidScrub:
        """Instruct the OSD to scrub."""
        return NodesNodeCephOsdOsdidScrub(self._client, self._path + "/scrub")

    def get(self) -> list[dict[str, Any]]:
        """OSD index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /nodes/{node}/ceph/osd/{osdid}`` (``osdindex``)."""
        return self._client._call("GET", self._path, {}, _R2)

    def delete(
        self,
        *,
        cleanup: bool | None = None,
    ) -> Task:
        """Destroy OSD

        Args:
            cleanup: If set, also destroy the underlying logical volumes via 'ceph-volume lvm zap --destroy', remove the volume group's physical volume with pvremove, and wipe any journal/block.db/block.wal partitions left over from filestore OSDs. Without this flag the LVs and partitions are left intact for inspection.
                Default: ``0``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/ceph/osd/{osdid}`` (``destroyosd``)."""
        params = {
            "cleanup": cleanup,
        }
        return _task(self._client._call("DELETE", self._path, params, _R3), self._client)


class NodesNodeCephOsdOsdidIn(SyncPath):
    """``/nodes/{node}/ceph/osd/{osdid}/in`` (in)

    ``POST``: ceph osd in"""

    __slots__ = ()

    def post(self) -> None:
        """ceph osd in

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/ceph/osd/{osdid}/in`` (``in``)."""
        return self._client._call("POST", self._path, {}, _R4)


class NodesNodeCephOsdOsdidLvInfo(SyncPath):
    """``/nodes/{node}/ceph/osd/{osdid}/lv-info`` (lv-info)

    ``GET``: Get OSD volume details"""

    __slots__ = ()

    def get(
        self,
        *,
        type: Literal["block", "db", "wal"] | None = None,
    ) -> NodesCephOsdLvInfoGetResult:
        """Get OSD volume details

        Args:
            type: OSD device type
                Default: ``block``.

        Returns:
            ``NodesCephOsdLvInfoGetResult``

        Permissions:
            Check: ``[perm, /, [Sys.Audit], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/ceph/osd/{osdid}/lv-info`` (``osdvolume``)."""
        params = {
            "type": type,
        }
        return self._client._call("GET", self._path, params, _R5)


class NodesNodeCephOsdOsdidMetadata(SyncPath):
    """``/nodes/{node}/ceph/osd/{osdid}/metadata`` (metadata)

    ``GET``: Get OSD details"""

    __slots__ = ()

    def get(self) -> NodesCephOsdMetadataGetResult:
        """Get OSD details

        Returns:
            ``NodesCephOsdMetadataGetResult``

        Permissions:
            Check: ``[perm, /, [Sys.Audit], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/ceph/osd/{osdid}/metadata`` (``osddetails``)."""
        return self._client._call("GET", self._path, {}, _R6)


class NodesNodeCephOsdOsdidOut(SyncPath):
    """``/nodes/{node}/ceph/osd/{osdid}/out`` (out)

    ``POST``: ceph osd out"""

    __slots__ = ()

    def post(self) -> None:
        """ceph osd out

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/ceph/osd/{osdid}/out`` (``out``)."""
        return self._client._call("POST", self._path, {}, _R7)


class NodesNodeCephOsdOsdidScrub(SyncPath):
    """``/nodes/{node}/ceph/osd/{osdid}/scrub`` (scrub)

    ``POST``: Instruct the OSD to scrub."""

    __slots__ = ()

    def post(
        self,
        *,
        deep: bool | None = None,
    ) -> None:
        """Instruct the OSD to scrub.

        Args:
            deep: If set, instructs a deep scrub instead of a normal one.
                Default: ``0``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/ceph/osd/{osdid}/scrub`` (``scrub``)."""
        params = {
            "deep": deep,
        }
        return self._client._call("POST", self._path, params, _R8)
