# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/0.0/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 0.0`.
"""Path classes for ``root`` (async): one class per API path, one method per operation."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import AsyncPath, Returns
from pvesdk._runtime import bind_async_task as _task
from pvesdk._runtime import bind_async_task_or_none as _task_or_none
from pvesdk._runtime import family as _family
from pvesdk._runtime import join as _join
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from pvesdk.tasks import AsyncTask

    from ..models.root.nodes_disks_list_get import NodesDisksListGetResultItem
    from ..models.root.nodes_get import NodesGetResultItem
    from ..models.root.nodes_qemu_config_get import NodesQemuConfigGetResult
    from ..models.root.version_get import VersionGetResult
    from ..propstr.net import Net
    from ..propstr.numa import Numa

_R0: Returns[list[NodesGetResultItem]] = Returns(
    "list[NodesGetResultItem]", "GET /nodes", "models.root.nodes_get"
)
_R1: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /nodes/{node}")
_R2: Returns[str] = Returns("str", "POST /nodes/{node}/qemu")
_R3: Returns[NodesQemuConfigGetResult] = Returns(
    "NodesQemuConfigGetResult",
    "GET /nodes/{node}/qemu/{vmid}/config",
    "models.root.nodes_qemu_config_get",
)
_R4: Returns[None] = Returns("None", "PUT /nodes/{node}/qemu/{vmid}/config")
_R5: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /nodes/{node}/disks")
_R6: Returns[list[NodesDisksListGetResultItem]] = Returns(
    "list[NodesDisksListGetResultItem]",
    "GET /nodes/{node}/disks/list",
    "models.root.nodes_disks_list_get",
)
_R7: Returns[str | None] = Returns(
    "str | None", "DELETE /nodes/{node}/storage/{storage}/content/{volume}"
)
_R8: Returns[VersionGetResult] = Returns(
    "VersionGetResult", "GET /version", "models.root.version_get"
)


class Api(AsyncPath):
    """``/`` (the API root)"""

    __slots__ = ()

    @property
    def nodes(self) -> Nodes:
        """Cluster node index."""
        return Nodes(self._client, self._path + "/nodes")

    @property
    def version(self) -> Version:
        """API version details."""
        return Version(self._client, self._path + "/version")


class Nodes(AsyncPath):
    """``/nodes`` (nodes)

    ``GET``: Cluster node index."""

    __slots__ = ()

    def node(self, node: str) -> NodesNode:
        """The cluster node name."""
        return NodesNode(self._client, self._path + "/" + _segment(node))

    async def get(self) -> list[NodesGetResultItem]:
        """Cluster node index.

        Returns:
            ``list[NodesGetResultItem]``

        Permissions:
            User: all

        Proxmox: ``GET /nodes`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R0)


class NodesNode(AsyncPath):
    """``/nodes/{node}`` ({node})

    ``GET``: Node index."""

    __slots__ = ()

    @property
    def qemu(self) -> NodesNodeQemu:
        """Create a virtual machine. Ends with "quotes" """
        return NodesNodeQemu(self._client, self._path + "/qemu")

    @property
    def disks(self) -> NodesNodeDisks:
        """Disk index."""
        return NodesNodeDisks(self._client, self._path + "/disks")

    @property
    def storage(self) -> NodesNodeStorage:
        """storage"""
        return NodesNodeStorage(self._client, self._path + "/storage")

    async def get(self) -> list[dict[str, Any]]:
        """Node index.

        Returns:
            ``list[dict[str, Any]]``

        Proxmox: ``GET /nodes/{node}`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R1)


class NodesNodeQemu(AsyncPath):
    """``/nodes/{node}/qemu`` (qemu)

    ``POST``: Create a virtual machine. Ends with "quotes" """

    __slots__ = ()

    def vmid(self, vmid: int) -> NodesNodeQemuVmid:
        """{vmid}"""
        return NodesNodeQemuVmid(self._client, self._path + "/" + _segment(vmid))

    async def post(
        self,
        *,
        vmid: int,
        cores: int | None = None,
        numa: bool | None = None,
        ostype: Literal["l26", "win11", "other"] | None = None,
        tags: str | Sequence[str] | None = None,
        class_: str | None = None,
        allow_ksm: bool | None = None,
        balloon: int | None = None,
        numa_n: Mapping[int, Numa | str] | None = None,
        net: Mapping[int, Net | str] | None = None,
    ) -> AsyncTask:
        """Create a virtual machine. Ends with "quotes"

        Args:
            vmid: The (unique) ID of the VM.
                Range: 100 to 999999999.
            cores: CPU cores per socket.
                Range: 1 to inf.
                Default: ``1``.
            numa: Enable NUMA.
                Default: ``0``.
            ostype: Guest OS.
            tags: Tags of the VM.
                Format: ``pve-tag-list``.
            class_: A Python keyword as a name.
            allow_ksm: Allow KSM.
                Default: 1.
            balloon: Text default.
                Default: same as memory.
            numa_n: NUMA topology.
                Syntax: ``cpus=<id[-id];...>``.
                Indexed: ``{0: …, …}`` sends ``numa0`` … ``numa7``; where the operation deletes, ``None`` deletes a member (``delete=numa0``).
            net: Network device.
                Syntax: ``[model=]<enum> [,bridge=<bridge>]``.
                Indexed: ``{0: …, …}`` sends ``net0`` … ``net31``; where the operation deletes, ``None`` deletes a member (``delete=net0``).

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client): The task UPID.

        Permissions:
            You need 'VM.Allocate' \\ rights.
            Check: ``[perm, /vms/{vmid}, [VM.Allocate]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu`` (``create_vm``)."""
        params = {
            "vmid": vmid,
            "cores": cores,
            "numa": numa,
            "ostype": ostype,
            "tags": _join(tags),
            "class": class_,
            "allow-ksm": allow_ksm,
            "balloon": balloon,
            "numa[n]": _family(numa_n, 0, 7),
            "net[n]": _family(net, 0, 31),
        }
        return _task(await self._client._call("POST", self._path, params, _R2), self._client)


class NodesNodeQemuVmid(AsyncPath):
    """``/nodes/{node}/qemu/{vmid}`` ({vmid})"""

    __slots__ = ()

    @property
    def config(self) -> NodesNodeQemuVmidConfig:
        """Get the VM configuration."""
        return NodesNodeQemuVmidConfig(self._client, self._path + "/config")


class NodesNodeQemuVmidConfig(AsyncPath):
    """``/nodes/{node}/qemu/{vmid}/config`` (config)

    ``GET``: Get the VM configuration.
    ``PUT``: Set options."""

    __slots__ = ()

    async def get(
        self,
        *,
        current: bool | None = None,
    ) -> NodesQemuConfigGetResult:
        """Get the VM configuration.

        Args:
            current: Current values.
                Default: ``0``.

        Returns:
            ``NodesQemuConfigGetResult``

        Proxmox: ``GET /nodes/{node}/qemu/{vmid}/config`` (``vm_config``)."""
        params = {
            "current": current,
        }
        return await self._client._call("GET", self._path, params, _R3)

    async def put(
        self,
        *,
        delete: str | Sequence[str] | None = None,
        cores: int | None = None,
    ) -> None:
        """Set options.

        Args:
            delete: Keys to delete.
                Format: ``pve-configid-list``.
            cores: (no description in the schema)

        Returns:
            ``None``

        Not available to API tokens.

        Proxmox: ``PUT /nodes/{node}/qemu/{vmid}/config`` (``update_vm``)."""
        params = {
            "delete": _join(delete),
            "cores": cores,
        }
        return await self._client._call("PUT", self._path, params, _R4)


class NodesNodeDisks(AsyncPath):
    """``/nodes/{node}/disks`` (disks)

    ``GET``: Disk index."""

    __slots__ = ()

    @property
    def list(self) -> NodesNodeDisksList:
        """List disks."""
        return NodesNodeDisksList(self._client, self._path + "/list")

    async def get(self) -> builtins.list[dict[str, Any]]:
        """Disk index.

        Returns:
            ``list[dict[str, Any]]``

        Proxmox: ``GET /nodes/{node}/disks`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R5)


class NodesNodeDisksList(AsyncPath):
    """``/nodes/{node}/disks/list`` (list)

    ``GET``: List disks."""

    __slots__ = ()

    async def get(
        self,
        *,
        type: Literal["unused", "journal_disks"] | None = None,
    ) -> list[NodesDisksListGetResultItem]:
        """List disks.

        Args:
            type: (no description in the schema)

        Returns:
            ``list[NodesDisksListGetResultItem]``

        Proxmox: ``GET /nodes/{node}/disks/list`` (``list``)."""
        params = {
            "type": type,
        }
        return await self._client._call("GET", self._path, params, _R6)


class NodesNodeStorage(AsyncPath):
    """``/nodes/{node}/storage`` (storage)"""

    __slots__ = ()

    def storage(self, storage: str) -> NodesNodeStorageStorage:
        """{storage}"""
        return NodesNodeStorageStorage(self._client, self._path + "/" + _segment(storage))


class NodesNodeStorageStorage(AsyncPath):
    """``/nodes/{node}/storage/{storage}`` ({storage})"""

    __slots__ = ()

    @property
    def content(self) -> NodesNodeStorageStorageContent:
        """content"""
        return NodesNodeStorageStorageContent(self._client, self._path + "/content")


class NodesNodeStorageStorageContent(AsyncPath):
    """``/nodes/{node}/storage/{storage}/content`` (content)"""

    __slots__ = ()

    def volume(self, volume: str) -> NodesNodeStorageStorageContentVolume:
        """{volume}"""
        return NodesNodeStorageStorageContentVolume(
            self._client, self._path + "/" + _segment(volume)
        )


class NodesNodeStorageStorageContentVolume(AsyncPath):
    """``/nodes/{node}/storage/{storage}/content/{volume}`` ({volume})

    ``DELETE``: Delete volume."""

    __slots__ = ()

    async def delete(
        self,
        *,
        delay: int | None = None,
    ) -> AsyncTask | None:
        """Delete volume.

        Args:
            delay: (no description in the schema)
                Range: 1 to 30.

        Returns:
            ``Task | None`` / ``AsyncTask | None`` (the UPID, bound to the client)

        Proxmox: ``DELETE /nodes/{node}/storage/{storage}/content/{volume}`` (``delete``)."""
        params = {
            "delay": delay,
        }
        return _task_or_none(
            await self._client._call("DELETE", self._path, params, _R7), self._client
        )


class Version(AsyncPath):
    """``/version`` (version)

    ``GET``: API version details."""

    __slots__ = ()

    async def get(self) -> VersionGetResult:
        """API version details.

        Returns:
            ``VersionGetResult``

        Permissions:
            User: all

        Proxmox: ``GET /version`` (``version``)."""
        return await self._client._call("GET", self._path, {}, _R8)
