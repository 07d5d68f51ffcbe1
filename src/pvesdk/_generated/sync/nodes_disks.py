# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``nodes_disks`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import bind_task as _task
from pvesdk._runtime import checked as _checked
from pvesdk._runtime import join as _join
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from pvesdk.tasks import Task

    from ..models.nodes_disks.nodes_disks_list_get import NodesDisksListGetResultItem
    from ..models.nodes_disks.nodes_disks_smart_get import NodesDisksSmartGetResult
    from ..models.nodes_disks.nodes_node_disks_directory_get import (
        NodesNodeDisksDirectoryGetResultItem,
    )
    from ..models.nodes_disks.nodes_node_disks_lvm_get import NodesNodeDisksLvmGetResult
    from ..models.nodes_disks.nodes_node_disks_lvmthin_get import (
        NodesNodeDisksLvmthinGetResultItem,
    )
    from ..models.nodes_disks.nodes_node_disks_zfs_get import (
        NodesNodeDisksZfsGetResultItem,
    )
    from ..models.nodes_disks.nodes_node_disks_zfs_name_get import (
        NodesNodeDisksZfsNameGetResult,
    )
    from ..propstr.draid_config import DraidConfig

_R0: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /nodes/{node}/disks")
_R1: Returns[list[NodesNodeDisksDirectoryGetResultItem]] = Returns(
    "list[NodesNodeDisksDirectoryGetResultItem]",
    "GET /nodes/{node}/disks/directory",
    "models.nodes_disks.nodes_node_disks_directory_get",
)
_R2: Returns[str] = Returns("str", "POST /nodes/{node}/disks/directory")
_R3: Returns[str] = Returns("str", "DELETE /nodes/{node}/disks/directory/{name}")
_R4: Returns[str] = Returns("str", "POST /nodes/{node}/disks/initgpt")
_R5: Returns[list[NodesDisksListGetResultItem]] = Returns(
    "list[NodesDisksListGetResultItem]",
    "GET /nodes/{node}/disks/list",
    "models.nodes_disks.nodes_disks_list_get",
)
_R6: Returns[NodesNodeDisksLvmGetResult] = Returns(
    "NodesNodeDisksLvmGetResult",
    "GET /nodes/{node}/disks/lvm",
    "models.nodes_disks.nodes_node_disks_lvm_get",
)
_R7: Returns[str] = Returns("str", "POST /nodes/{node}/disks/lvm")
_R8: Returns[str] = Returns("str", "DELETE /nodes/{node}/disks/lvm/{name}")
_R9: Returns[list[NodesNodeDisksLvmthinGetResultItem]] = Returns(
    "list[NodesNodeDisksLvmthinGetResultItem]",
    "GET /nodes/{node}/disks/lvmthin",
    "models.nodes_disks.nodes_node_disks_lvmthin_get",
)
_R10: Returns[str] = Returns("str", "POST /nodes/{node}/disks/lvmthin")
_R11: Returns[str] = Returns("str", "DELETE /nodes/{node}/disks/lvmthin/{name}")
_R12: Returns[NodesDisksSmartGetResult] = Returns(
    "NodesDisksSmartGetResult",
    "GET /nodes/{node}/disks/smart",
    "models.nodes_disks.nodes_disks_smart_get",
)
_R13: Returns[str] = Returns("str", "PUT /nodes/{node}/disks/wipedisk")
_R14: Returns[list[NodesNodeDisksZfsGetResultItem]] = Returns(
    "list[NodesNodeDisksZfsGetResultItem]",
    "GET /nodes/{node}/disks/zfs",
    "models.nodes_disks.nodes_node_disks_zfs_get",
)
_R15: Returns[str] = Returns("str", "POST /nodes/{node}/disks/zfs")
_R16: Returns[NodesNodeDisksZfsNameGetResult] = Returns(
    "NodesNodeDisksZfsNameGetResult",
    "GET /nodes/{node}/disks/zfs/{name}",
    "models.nodes_disks.nodes_node_disks_zfs_name_get",
)
_R17: Returns[str] = Returns("str", "DELETE /nodes/{node}/disks/zfs/{name}")


class NodesNodeDisks(SyncPath):
    """``/nodes/{node}/disks`` (disks)

    ``GET``: Node index."""

    __slots__ = ()

    @property
    def directory(self) -> NodesNodeDisksDirectory:
        """PVE Managed Directory storages."""
        return NodesNodeDisksDirectory(self._client, self._path + "/directory")

    @property
    def initgpt(self) -> NodesNodeDisksInitgpt:
        """Initialize Disk with GPT"""
        return NodesNodeDisksInitgpt(self._client, self._path + "/initgpt")

    @property
    def list(self) -> NodesNodeDisksList:
        """List local disks."""
        return NodesNodeDisksList(self._client, self._path + "/list")

    @property
    def lvm(self) -> NodesNodeDisksLvm:
        """List LVM Volume Groups"""
        return NodesNodeDisksLvm(self._client, self._path + "/lvm")

    @property
    def lvmthin(self) -> NodesNodeDisksLvmthin:
        """List LVM thinpools"""
        return NodesNodeDisksLvmthin(self._client, self._path + "/lvmthin")

    @property
    def smart(self) -> NodesNodeDisksSmart:
        """Get SMART Health of a disk."""
        return NodesNodeDisksSmart(self._client, self._path + "/smart")

    @property
    def wipedisk(self) -> NodesNodeDisksWipedisk:
        """Wipe a disk or partition."""
        return NodesNodeDisksWipedisk(self._client, self._path + "/wipedisk")

    @property
    def zfs(self) -> NodesNodeDisksZfs:
        """List Zpools."""
        return NodesNodeDisksZfs(self._client, self._path + "/zfs")

    def get(self) -> builtins.list[dict[str, Any]]:
        """Node index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/disks`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R0)


class NodesNodeDisksDirectory(SyncPath):
    """``/nodes/{node}/disks/directory`` (directory)

    ``GET``: PVE Managed Directory storages.
    ``POST``: Create a Filesystem on an unused disk. Will be mounted under '/mnt/pve/NAME'."""

    __slots__ = ()

    def name(self, name: str) -> NodesNodeDisksDirectoryName:
        """The storage identifier."""
        return NodesNodeDisksDirectoryName(self._client, self._path + "/" + _segment(name))

    def get(self) -> list[NodesNodeDisksDirectoryGetResultItem]:
        """PVE Managed Directory storages.

        Returns:
            ``list[NodesNodeDisksDirectoryGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/disks/directory`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R1)

    def post(
        self,
        *,
        device: str,
        name: str,
        add_storage: bool | None = None,
        filesystem: Literal["ext4", "xfs"] | None = None,
    ) -> Task:
        """Create a Filesystem on an unused disk. Will be mounted under '/mnt/pve/NAME'.

        Args:
            device: The block device you want to create the filesystem on.
            name: The storage identifier.
                Format: ``pve-storage-id``.
            add_storage: Configure storage using the directory.
                Default: ``0``.
            filesystem: The desired filesystem.
                Default: ``ext4``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Requires additionally 'Datastore.Allocate' on /storage when setting 'add_storage'
            Check: ``[perm, /, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/disks/directory`` (``create``)."""
        params = {
            "device": device,
            "name": _checked("pve-storage-id", "name", name),
            "add_storage": add_storage,
            "filesystem": filesystem,
        }
        return _task(self._client._call("POST", self._path, params, _R2), self._client)


class NodesNodeDisksDirectoryName(SyncPath):
    """``/nodes/{node}/disks/directory/{name}`` ({name})

    ``DELETE``: Unmounts the storage and removes the mount unit."""

    __slots__ = ()

    def delete(
        self,
        *,
        cleanup_config: bool | None = None,
        cleanup_disks: bool | None = None,
    ) -> Task:
        """Unmounts the storage and removes the mount unit.

        Args:
            cleanup_config: Marks associated storage(s) as not available on this node anymore or removes them from the configuration (if configured for this node only).
                Default: ``0``.
            cleanup_disks: Also wipe disk so it can be repurposed afterwards.
                Default: ``0``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Requires additionally 'Datastore.Allocate' on /storage when setting 'cleanup-config'
            Check: ``[perm, /, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/disks/directory/{name}`` (``delete``)."""
        params = {
            "cleanup-config": cleanup_config,
            "cleanup-disks": cleanup_disks,
        }
        return _task(self._client._call("DELETE", self._path, params, _R3), self._client)


class NodesNodeDisksInitgpt(SyncPath):
    """``/nodes/{node}/disks/initgpt`` (initgpt)

    ``POST``: Initialize Disk with GPT"""

    __slots__ = ()

    def post(
        self,
        *,
        disk: str,
        uuid: str | None = None,
    ) -> Task:
        """Initialize Disk with GPT

        Args:
            disk: Block device name
                Pattern: ``^^/dev/[a-zA-Z0-9\\/]+$$``.
            uuid: UUID for the GPT table
                Length: 0 to 36.
                Pattern: ``^[a-fA-F0-9\\-]+$``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/disks/initgpt`` (``initgpt``)."""
        params = {
            "disk": disk,
            "uuid": uuid,
        }
        return _task(self._client._call("POST", self._path, params, _R4), self._client)


class NodesNodeDisksList(SyncPath):
    """``/nodes/{node}/disks/list`` (list)

    ``GET``: List local disks."""

    __slots__ = ()

    def get(
        self,
        *,
        include_partitions: bool | None = None,
        skipsmart: bool | None = None,
        type: Literal["unused", "journal_disks"] | None = None,
    ) -> list[NodesDisksListGetResultItem]:
        """List local disks.

        Args:
            include_partitions: Also include partitions.
                Default: ``0``.
            skipsmart: Skip smart checks.
                Default: ``0``.
            type: Only list specific types of disks.

        Returns:
            ``list[NodesDisksListGetResultItem]``

        Permissions:
            Check: ``[or, [perm, /, [Sys.Audit]], [perm, /nodes/{node}, [Sys.Audit]]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/disks/list`` (``list``)."""
        params = {
            "include-partitions": include_partitions,
            "skipsmart": skipsmart,
            "type": type,
        }
        return self._client._call("GET", self._path, params, _R5)


class NodesNodeDisksLvm(SyncPath):
    """``/nodes/{node}/disks/lvm`` (lvm)

    ``GET``: List LVM Volume Groups
    ``POST``: Create an LVM Volume Group"""

    __slots__ = ()

    def name(self, name: str) -> NodesNodeDisksLvmName:
        """The storage identifier."""
        return NodesNodeDisksLvmName(self._client, self._path + "/" + _segment(name))

    def get(self) -> NodesNodeDisksLvmGetResult:
        """List LVM Volume Groups

        Returns:
            ``NodesNodeDisksLvmGetResult``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/disks/lvm`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R6)

    def post(
        self,
        *,
        device: str,
        name: str,
        add_storage: bool | None = None,
    ) -> Task:
        """Create an LVM Volume Group

        Args:
            device: The block device you want to create the volume group on
            name: The storage identifier.
                Format: ``pve-storage-id``.
            add_storage: Configure storage using the Volume Group
                Default: ``0``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Requires additionally 'Datastore.Allocate' on /storage when setting 'add_storage'
            Check: ``[perm, /, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/disks/lvm`` (``create``)."""
        params = {
            "device": device,
            "name": _checked("pve-storage-id", "name", name),
            "add_storage": add_storage,
        }
        return _task(self._client._call("POST", self._path, params, _R7), self._client)


class NodesNodeDisksLvmName(SyncPath):
    """``/nodes/{node}/disks/lvm/{name}`` ({name})

    ``DELETE``: Remove an LVM Volume Group."""

    __slots__ = ()

    def delete(
        self,
        *,
        cleanup_config: bool | None = None,
        cleanup_disks: bool | None = None,
    ) -> Task:
        """Remove an LVM Volume Group.

        Args:
            cleanup_config: Marks associated storage(s) as not available on this node anymore or removes them from the configuration (if configured for this node only).
                Default: ``0``.
            cleanup_disks: Also wipe disks so they can be repurposed afterwards.
                Default: ``0``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Requires additionally 'Datastore.Allocate' on /storage when setting 'cleanup-config'
            Check: ``[perm, /, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/disks/lvm/{name}`` (``delete``)."""
        params = {
            "cleanup-config": cleanup_config,
            "cleanup-disks": cleanup_disks,
        }
        return _task(self._client._call("DELETE", self._path, params, _R8), self._client)


class NodesNodeDisksLvmthin(SyncPath):
    """``/nodes/{node}/disks/lvmthin`` (lvmthin)

    ``GET``: List LVM thinpools
    ``POST``: Create an LVM thinpool"""

    __slots__ = ()

    def name(self, name: str) -> NodesNodeDisksLvmthinName:
        """The storage identifier."""
        return NodesNodeDisksLvmthinName(self._client, self._path + "/" + _segment(name))

    def get(self) -> list[NodesNodeDisksLvmthinGetResultItem]:
        """List LVM thinpools

        Returns:
            ``list[NodesNodeDisksLvmthinGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/disks/lvmthin`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R9)

    def post(
        self,
        *,
        device: str,
        name: str,
        add_storage: bool | None = None,
    ) -> Task:
        """Create an LVM thinpool

        Args:
            device: The block device you want to create the thinpool on.
            name: The storage identifier.
                Format: ``pve-storage-id``.
            add_storage: Configure storage using the thinpool.
                Default: ``0``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Requires additionally 'Datastore.Allocate' on /storage when setting 'add_storage'
            Check: ``[perm, /, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/disks/lvmthin`` (``create``)."""
        params = {
            "device": device,
            "name": _checked("pve-storage-id", "name", name),
            "add_storage": add_storage,
        }
        return _task(self._client._call("POST", self._path, params, _R10), self._client)


class NodesNodeDisksLvmthinName(SyncPath):
    """``/nodes/{node}/disks/lvmthin/{name}`` ({name})

    ``DELETE``: Remove an LVM thin pool."""

    __slots__ = ()

    def delete(
        self,
        *,
        volume_group: str,
        cleanup_config: bool | None = None,
        cleanup_disks: bool | None = None,
    ) -> Task:
        """Remove an LVM thin pool.

        Args:
            volume_group: The storage identifier.
                Format: ``pve-storage-id``.
            cleanup_config: Marks associated storage(s) as not available on this node anymore or removes them from the configuration (if configured for this node only).
                Default: ``0``.
            cleanup_disks: Also wipe disks so they can be repurposed afterwards.
                Default: ``0``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Requires additionally 'Datastore.Allocate' on /storage when setting 'cleanup-config'
            Check: ``[perm, /, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/disks/lvmthin/{name}`` (``delete``)."""
        params = {
            "volume-group": _checked("pve-storage-id", "volume-group", volume_group),
            "cleanup-config": cleanup_config,
            "cleanup-disks": cleanup_disks,
        }
        return _task(self._client._call("DELETE", self._path, params, _R11), self._client)


class NodesNodeDisksSmart(SyncPath):
    """``/nodes/{node}/disks/smart`` (smart)

    ``GET``: Get SMART Health of a disk."""

    __slots__ = ()

    def get(
        self,
        *,
        disk: str,
        healthonly: bool | None = None,
    ) -> NodesDisksSmartGetResult:
        """Get SMART Health of a disk.

        Args:
            disk: Block device name
                Pattern: ``^^/dev/[a-zA-Z0-9\\/]+$$``.
            healthonly: If true returns only the health status

        Returns:
            ``NodesDisksSmartGetResult``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/disks/smart`` (``smart``)."""
        params = {
            "disk": disk,
            "healthonly": healthonly,
        }
        return self._client._call("GET", self._path, params, _R12)


class NodesNodeDisksWipedisk(SyncPath):
    """``/nodes/{node}/disks/wipedisk`` (wipedisk)

    ``PUT``: Wipe a disk or partition."""

    __slots__ = ()

    def put(
        self,
        *,
        disk: str,
    ) -> Task:
        """Wipe a disk or partition.

        Args:
            disk: Block device name
                Pattern: ``^^/dev/[a-zA-Z0-9\\/]+$$``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/disks/wipedisk`` (``wipe_disk``)."""
        params = {
            "disk": disk,
        }
        return _task(self._client._call("PUT", self._path, params, _R13), self._client)


class NodesNodeDisksZfs(SyncPath):
    """``/nodes/{node}/disks/zfs`` (zfs)

    ``GET``: List Zpools.
    ``POST``: Create a ZFS pool."""

    __slots__ = ()

    def name(self, name: str) -> NodesNodeDisksZfsName:
        """The storage identifier."""
        return NodesNodeDisksZfsName(self._client, self._path + "/" + _segment(name))

    def get(self) -> list[NodesNodeDisksZfsGetResultItem]:
        """List Zpools.

        Returns:
            ``list[NodesNodeDisksZfsGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/disks/zfs`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R14)

    def post(
        self,
        *,
        devices: str | Sequence[str],
        name: str,
        raidlevel: Literal[
            "single", "mirror", "raid10", "raidz", "raidz2", "raidz3", "draid", "draid2", "draid3"
        ],
        add_storage: bool | None = None,
        ashift: int | None = None,
        compression: Literal["on", "off", "gzip", "lz4", "lzjb", "zle", "zstd"] | None = None,
        draid_config: DraidConfig | str | None = None,
    ) -> Task:
        """Create a ZFS pool.

        Args:
            devices: The block devices you want to create the zpool on.
                Format: ``string-list``.
                Syntax: ``<string>``.
            name: The storage identifier.
                Format: ``pve-storage-id``.
            raidlevel: The RAID level to use.
            add_storage: Configure storage using the zpool.
                Default: ``0``.
            ashift: Pool sector size exponent.
                Range: 9 to 16.
                Default: ``12``.
            compression: The compression algorithm to use.
                Default: ``on``.
            draid_config: (no description in the schema)
                Syntax: ``data=<integer> ,spares=<integer>``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Requires additionally 'Datastore.Allocate' on /storage when setting 'add_storage'
            Check: ``[perm, /, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/disks/zfs`` (``create``)."""
        params = {
            "devices": _join(devices),
            "name": _checked("pve-storage-id", "name", name),
            "raidlevel": raidlevel,
            "add_storage": add_storage,
            "ashift": ashift,
            "compression": compression,
            "draid-config": draid_config,
        }
        return _task(self._client._call("POST", self._path, params, _R15), self._client)


class NodesNodeDisksZfsName(SyncPath):
    """``/nodes/{node}/disks/zfs/{name}`` ({name})

    ``GET``: Get details about a zpool.
    ``DELETE``: Destroy a ZFS pool."""

    __slots__ = ()

    def get(self) -> NodesNodeDisksZfsNameGetResult:
        """Get details about a zpool.

        Returns:
            ``NodesNodeDisksZfsNameGetResult``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/disks/zfs/{name}`` (``detail``)."""
        return self._client._call("GET", self._path, {}, _R16)

    def delete(
        self,
        *,
        cleanup_config: bool | None = None,
        cleanup_disks: bool | None = None,
    ) -> Task:
        """Destroy a ZFS pool.

        Args:
            cleanup_config: Marks associated storage(s) as not available on this node anymore or removes them from the configuration (if configured for this node only).
                Default: ``0``.
            cleanup_disks: Also wipe disks so they can be repurposed afterwards.
                Default: ``0``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Requires additionally 'Datastore.Allocate' on /storage when setting 'cleanup-config'
            Check: ``[perm, /, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/disks/zfs/{name}`` (``delete``)."""
        params = {
            "cleanup-config": cleanup_config,
            "cleanup-disks": cleanup_disks,
        }
        return _task(self._client._call("DELETE", self._path, params, _R17), self._client)
