# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``nodes_storage`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import AsyncPath, Returns
from pvesdk._runtime import bind_async_task as _task
from pvesdk._runtime import bind_async_task_or_none as _task_or_none
from pvesdk._runtime import checked as _checked
from pvesdk._runtime import join as _join
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from pvesdk.tasks import AsyncTask

    from ..models.nodes_storage.nodes_node_storage_get import (
        NodesNodeStorageGetResultItem,
    )
    from ..models.nodes_storage.nodes_node_storage_storage_content_get import (
        NodesNodeStorageStorageContentGetResultItem,
    )
    from ..models.nodes_storage.nodes_node_storage_storage_content_volume_get import (
        NodesNodeStorageStorageContentVolumeGetResult,
    )
    from ..models.nodes_storage.nodes_node_storage_storage_get import (
        NodesNodeStorageStorageGetResultItem,
    )
    from ..models.nodes_storage.nodes_storage_file_restore_list_get import (
        NodesStorageFileRestoreListGetResultItem,
    )
    from ..models.nodes_storage.nodes_storage_identity_get import (
        NodesStorageIdentityGetResult,
    )
    from ..models.nodes_storage.nodes_storage_import_metadata_get import (
        NodesStorageImportMetadataGetResult,
    )
    from ..models.nodes_storage.nodes_storage_prunebackups_get import (
        NodesStoragePrunebackupsGetResultItem,
    )
    from ..models.nodes_storage.nodes_storage_rrd_get import NodesStorageRrdGetResult
    from ..models.nodes_storage.nodes_storage_status_get import (
        NodesStorageStatusGetResult,
    )
    from ..propstr.prune_backups import PruneBackups

_R0: Returns[list[NodesNodeStorageGetResultItem]] = Returns(
    "list[NodesNodeStorageGetResultItem]",
    "GET /nodes/{node}/storage",
    "models.nodes_storage.nodes_node_storage_get",
)
_R1: Returns[list[NodesNodeStorageStorageGetResultItem]] = Returns(
    "list[NodesNodeStorageStorageGetResultItem]",
    "GET /nodes/{node}/storage/{storage}",
    "models.nodes_storage.nodes_node_storage_storage_get",
)
_R2: Returns[list[NodesNodeStorageStorageContentGetResultItem]] = Returns(
    "list[NodesNodeStorageStorageContentGetResultItem]",
    "GET /nodes/{node}/storage/{storage}/content",
    "models.nodes_storage.nodes_node_storage_storage_content_get",
)
_R3: Returns[str] = Returns("str", "POST /nodes/{node}/storage/{storage}/content")
_R4: Returns[NodesNodeStorageStorageContentVolumeGetResult] = Returns(
    "NodesNodeStorageStorageContentVolumeGetResult",
    "GET /nodes/{node}/storage/{storage}/content/{volume}",
    "models.nodes_storage.nodes_node_storage_storage_content_volume_get",
)
_R5: Returns[str] = Returns("str", "POST /nodes/{node}/storage/{storage}/content/{volume}")
_R6: Returns[None] = Returns("None", "PUT /nodes/{node}/storage/{storage}/content/{volume}")
_R7: Returns[str | None] = Returns(
    "str | None", "DELETE /nodes/{node}/storage/{storage}/content/{volume}"
)
_R8: Returns[str] = Returns("str", "POST /nodes/{node}/storage/{storage}/download-url")
_R9: Returns[Any] = Returns("Any", "GET /nodes/{node}/storage/{storage}/file-restore/download")
_R10: Returns[list[NodesStorageFileRestoreListGetResultItem]] = Returns(
    "list[NodesStorageFileRestoreListGetResultItem]",
    "GET /nodes/{node}/storage/{storage}/file-restore/list",
    "models.nodes_storage.nodes_storage_file_restore_list_get",
)
_R11: Returns[NodesStorageIdentityGetResult] = Returns(
    "NodesStorageIdentityGetResult",
    "GET /nodes/{node}/storage/{storage}/identity",
    "models.nodes_storage.nodes_storage_identity_get",
)
_R12: Returns[NodesStorageImportMetadataGetResult] = Returns(
    "NodesStorageImportMetadataGetResult",
    "GET /nodes/{node}/storage/{storage}/import-metadata",
    "models.nodes_storage.nodes_storage_import_metadata_get",
)
_R13: Returns[str] = Returns("str", "POST /nodes/{node}/storage/{storage}/oci-registry-pull")
_R14: Returns[list[NodesStoragePrunebackupsGetResultItem]] = Returns(
    "list[NodesStoragePrunebackupsGetResultItem]",
    "GET /nodes/{node}/storage/{storage}/prunebackups",
    "models.nodes_storage.nodes_storage_prunebackups_get",
)
_R15: Returns[str] = Returns("str", "DELETE /nodes/{node}/storage/{storage}/prunebackups")
_R16: Returns[NodesStorageRrdGetResult] = Returns(
    "NodesStorageRrdGetResult",
    "GET /nodes/{node}/storage/{storage}/rrd",
    "models.nodes_storage.nodes_storage_rrd_get",
)
_R17: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/storage/{storage}/rrddata"
)
_R18: Returns[NodesStorageStatusGetResult] = Returns(
    "NodesStorageStatusGetResult",
    "GET /nodes/{node}/storage/{storage}/status",
    "models.nodes_storage.nodes_storage_status_get",
)
_R19: Returns[str] = Returns("str", "POST /nodes/{node}/storage/{storage}/upload")


class NodesNodeStorage(AsyncPath):
    """``/nodes/{node}/storage`` (storage)

    ``GET``: Get status for all datastores."""

    __slots__ = ()

    def storage(self, storage: str) -> NodesNodeStorageStorage:
        """The storage identifier."""
        return NodesNodeStorageStorage(self._client, self._path + "/" + _segment(storage))

    async def get(
        self,
        *,
        content: str | Sequence[str] | None = None,
        enabled: bool | None = None,
        format: bool | None = None,
        storage: str | None = None,
        target: str | None = None,
    ) -> list[NodesNodeStorageGetResultItem]:
        """Get status for all datastores.

        Args:
            content: Only list stores which support this content type.
                Format: ``pve-storage-content-list``.
                Syntax: ``<string>``.
            enabled: Only list stores which are enabled (not disabled in config).
                Default: ``0``.
            format: Include information about formats
                Default: ``0``.
            storage: Only list status for  specified storage
                Format: ``pve-storage-id``.
            target: If target is different to 'node', we only lists shared storages which content is accessible on this 'node' and the specified 'target' node.
                Format: ``pve-node``.

        Returns:
            ``list[NodesNodeStorageGetResultItem]``

        Permissions:
            Only list entries where you have 'Datastore.Audit' or 'Datastore.AllocateSpace' permissions on '/storage/<storage>'
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/storage`` (``index``)."""
        params = {
            "content": _join(content),
            "enabled": enabled,
            "format": format,
            "storage": _checked("pve-storage-id", "storage", storage),
            "target": target,
        }
        return await self._client._call("GET", self._path, params, _R0)


class NodesNodeStorageStorage(AsyncPath):
    """``/nodes/{node}/storage/{storage}`` ({storage})

    ``GET``: GET /nodes/{node}/storage/{storage}"""

    __slots__ = ()

    @property
    def content(self) -> NodesNodeStorageStorageContent:
        """List storage content."""
        return NodesNodeStorageStorageContent(self._client, self._path + "/content")

    @property
    def download_url(self) -> NodesNodeStorageStorageDownloadUrl:
        """Download templates, ISO images, OVAs and VM images by using an URL."""
        return NodesNodeStorageStorageDownloadUrl(self._client, self._path + "/download-url")

    @property
    def file_restore(self) -> NodesNodeStorageStorageFileRestore:
        """file-restore"""
        return NodesNodeStorageStorageFileRestore(self._client, self._path + "/file-restore")

    @property
    def identity(self) -> NodesNodeStorageStorageIdentity:
        """Return identity information for this storage instance."""
        return NodesNodeStorageStorageIdentity(self._client, self._path + "/identity")

    @property
    def import_metadata(self) -> NodesNodeStorageStorageImportMetadata:
        """Get the base parameters for creating a guest which imports data from a foreign importable guest, like an ESXi VM"""
        return NodesNodeStorageStorageImportMetadata(self._client, self._path + "/import-metadata")

    @property
    def oci_registry_pull(self) -> NodesNodeStorageStorageOciRegistryPull:
        """Pull an OCI image from a registry."""
        return NodesNodeStorageStorageOciRegistryPull(
            self._client, self._path + "/oci-registry-pull"
        )

    @property
    def prunebackups(self) -> NodesNodeStorageStoragePrunebackups:
        """Get prune information for backups. NOTE: this is only a preview and might not be what a subsequent prune call does if backups are removed/added in the meantime."""
        return NodesNodeStorageStoragePrunebackups(self._client, self._path + "/prunebackups")

    @property
    def rrd(self) -> NodesNodeStorageStorageRrd:
        """Read storage RRD statistics (returns PNG)."""
        return NodesNodeStorageStorageRrd(self._client, self._path + "/rrd")

    @property
    def rrddata(self) -> NodesNodeStorageStorageRrddata:
        """Read storage RRD statistics."""
        return NodesNodeStorageStorageRrddata(self._client, self._path + "/rrddata")

    @property
    def status(self) -> NodesNodeStorageStorageStatus:
        """Read storage status."""
        return NodesNodeStorageStorageStatus(self._client, self._path + "/status")

    @property
    def upload(self) -> NodesNodeStorageStorageUpload:
        """Upload templates, ISO images, OVAs and VM images."""
        return NodesNodeStorageStorageUpload(self._client, self._path + "/upload")

    async def get(self) -> list[NodesNodeStorageStorageGetResultItem]:
        """GET /nodes/{node}/storage/{storage}

        Returns:
            ``list[NodesNodeStorageStorageGetResultItem]``

        Permissions:
            Check: ``[perm, /storage/{storage}, [Datastore.Audit, Datastore.AllocateSpace], any, 1]``

        Proxmox: ``GET /nodes/{node}/storage/{storage}`` (``diridx``)."""
        return await self._client._call("GET", self._path, {}, _R1)


class NodesNodeStorageStorageContent(AsyncPath):
    """``/nodes/{node}/storage/{storage}/content`` (content)

    ``GET``: List storage content.
    ``POST``: Allocate disk images."""

    __slots__ = ()

    def volume(self, volume: str) -> NodesNodeStorageStorageContentVolume:
        """Volume identifier"""
        return NodesNodeStorageStorageContentVolume(
            self._client, self._path + "/" + _segment(volume)
        )

    async def get(
        self,
        *,
        content: str | None = None,
        vmid: int | None = None,
    ) -> list[NodesNodeStorageStorageContentGetResultItem]:
        """List storage content.

        Args:
            content: Only list content of this type.
                Format: ``pve-storage-content``.
            vmid: Only list images for this VM
                Range: 100 to 999999999.
                Format: ``pve-vmid``.

        Returns:
            ``list[NodesNodeStorageStorageContentGetResultItem]``

        Permissions:
            Check: ``[perm, /storage/{storage}, [Datastore.Audit, Datastore.AllocateSpace], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/storage/{storage}/content`` (``index``)."""
        params = {
            "content": content,
            "vmid": vmid,
        }
        return await self._client._call("GET", self._path, params, _R2)

    async def post(
        self,
        *,
        filename: str,
        size: str,
        vmid: int,
        format: Literal["raw", "qcow2", "subvol", "vmdk"] | None = None,
    ) -> str:
        """Allocate disk images.

        Args:
            filename: The name of the file to create.
            size: Size in kilobyte (1024 bytes). Optional suffixes 'M' (megabyte, 1024K) and 'G' (gigabyte, 1024M)
                Pattern: ``^\\d+[MG]?$``.
            vmid: Specify owner VM
                Range: 100 to 999999999.
                Format: ``pve-vmid``.
            format: Format of the image.

        Returns:
            ``str``: Volume identifier

        Permissions:
            Check: ``[perm, /storage/{storage}, [Datastore.AllocateSpace]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/storage/{storage}/content`` (``create``)."""
        params = {
            "filename": filename,
            "size": size,
            "vmid": vmid,
            "format": format,
        }
        return await self._client._call("POST", self._path, params, _R3)


class NodesNodeStorageStorageContentVolume(AsyncPath):
    """``/nodes/{node}/storage/{storage}/content/{volume}`` ({volume})

    ``GET``: Get volume attributes
    ``POST``: Copy a volume. This is experimental code - do not use.
    ``PUT``: Update volume attributes
    ``DELETE``: Delete volume"""

    __slots__ = ()

    async def get(self) -> NodesNodeStorageStorageContentVolumeGetResult:
        """Get volume attributes

        Returns:
            ``NodesNodeStorageStorageContentVolumeGetResult``

        Permissions:
            You need read access for the volume.
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/storage/{storage}/content/{volume}`` (``info``)."""
        return await self._client._call("GET", self._path, {}, _R4)

    async def post(
        self,
        *,
        target: str,
        target_node: str | None = None,
    ) -> AsyncTask:
        """Copy a volume. This is experimental code - do not use.

        Args:
            target: Target volume identifier
            target_node: Target node. Default is local node.
                Format: ``pve-node``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/storage/{storage}/content/{volume}`` (``copy``)."""
        params = {
            "target": target,
            "target_node": target_node,
        }
        return _task(await self._client._call("POST", self._path, params, _R5), self._client)

    async def put(
        self,
        *,
        notes: str | None = None,
        protected: bool | None = None,
    ) -> None:
        """Update volume attributes

        Args:
            notes: The new notes.
            protected: Protection status. Currently only supported for backups.

        Returns:
            ``None``

        Permissions:
            You need read access for the volume.
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/storage/{storage}/content/{volume}`` (``updateattributes``)."""
        params = {
            "notes": notes,
            "protected": protected,
        }
        return await self._client._call("PUT", self._path, params, _R6)

    async def delete(
        self,
        *,
        delay: int | None = None,
    ) -> AsyncTask | None:
        """Delete volume

        Args:
            delay: Time to wait for the task to finish. We return 'null' if the task finish within that time.
                Range: 1 to 30.

        Returns:
            ``Task | None`` / ``AsyncTask | None`` (the UPID, bound to the client)

        Permissions:
            You need 'Datastore.Allocate' privilege on the storage (or 'Datastore.AllocateSpace' for backup volumes if you have VM.Backup privilege on the VM).
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/storage/{storage}/content/{volume}`` (``delete``)."""
        params = {
            "delay": delay,
        }
        return _task_or_none(
            await self._client._call("DELETE", self._path, params, _R7), self._client
        )


class NodesNodeStorageStorageDownloadUrl(AsyncPath):
    """``/nodes/{node}/storage/{storage}/download-url`` (download-url)

    ``POST``: Download templates, ISO images, OVAs and VM images by using an URL."""

    __slots__ = ()

    async def post(
        self,
        *,
        content: Literal["iso", "vztmpl", "import"],
        filename: str,
        url: str,
        checksum: str | None = None,
        checksum_algorithm: Literal["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]
        | None = None,
        compression: str | None = None,
        verify_certificates: bool | None = None,
    ) -> AsyncTask:
        """Download templates, ISO images, OVAs and VM images by using an URL.

        Args:
            content: Content type.
                Format: ``pve-storage-content``.
            filename: The name of the file to create. Caution: This will be normalized!
                Length: 0 to 255.
            url: The URL to download the file from.
                Pattern: ``^https?://.*$``.
            checksum: The expected checksum of the file.
            checksum_algorithm: The algorithm to calculate the checksum of the file.
            compression: Decompress the downloaded file using the specified compression algorithm.
                Proxmox VE: New in 8.1.
            verify_certificates: If false, no SSL/TLS certificates will be verified.
                Default: ``1``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Requires allocation access on the storage and as this allows one to probe the (local!) host network indirectly it also requires one of Sys.Modify on / (for backwards compatibility) or the newer Sys.AccessNetwork privilege on the node.
            Check: ``[and, [perm, /storage/{storage}, [Datastore.AllocateTemplate]], [or, [perm, /, [Sys.Audit, Sys.Modify]], [perm, /nodes/{node}, [Sys.AccessNetwork]]]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/storage/{storage}/download-url`` (``download_url``)."""
        params = {
            "content": content,
            "filename": filename,
            "url": url,
            "checksum": checksum,
            "checksum-algorithm": checksum_algorithm,
            "compression": compression,
            "verify-certificates": verify_certificates,
        }
        return _task(await self._client._call("POST", self._path, params, _R8), self._client)


class NodesNodeStorageStorageFileRestore(AsyncPath):
    """``/nodes/{node}/storage/{storage}/file-restore`` (file-restore)"""

    __slots__ = ()

    @property
    def download(self) -> NodesNodeStorageStorageFileRestoreDownload:
        """Extract a file or directory (as zip archive) from a PBS backup."""
        return NodesNodeStorageStorageFileRestoreDownload(self._client, self._path + "/download")

    @property
    def list(self) -> NodesNodeStorageStorageFileRestoreList:
        """List files and directories for single file restore under the given path."""
        return NodesNodeStorageStorageFileRestoreList(self._client, self._path + "/list")


class NodesNodeStorageStorageFileRestoreDownload(AsyncPath):
    """``/nodes/{node}/storage/{storage}/file-restore/download`` (download)

    ``GET``: Extract a file or directory (as zip archive) from a PBS backup."""

    __slots__ = ()

    async def get(
        self,
        *,
        filepath: str,
        volume: str,
        tar: bool | None = None,
    ) -> Any:
        """Extract a file or directory (as zip archive) from a PBS backup.

        Args:
            filepath: base64-path to the directory or file to download.
            volume: Backup volume ID or name. Currently only PBS snapshots are supported.
            tar: Download dirs as 'tar.zst' instead of 'zip'.
                Proxmox VE: New in 8.1.
                Default: ``0``.

        Returns:
            ``Any``

        Permissions:
            You need read access for the volume.
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/storage/{storage}/file-restore/download`` (``download``)."""
        params = {
            "filepath": filepath,
            "volume": volume,
            "tar": tar,
        }
        return await self._client._call("GET", self._path, params, _R9)


class NodesNodeStorageStorageFileRestoreList(AsyncPath):
    """``/nodes/{node}/storage/{storage}/file-restore/list`` (list)

    ``GET``: List files and directories for single file restore under the given path."""

    __slots__ = ()

    async def get(
        self,
        *,
        filepath: str,
        volume: str,
    ) -> list[NodesStorageFileRestoreListGetResultItem]:
        """List files and directories for single file restore under the given path.

        Args:
            filepath: base64-path to the directory or file being listed, or "/".
            volume: Backup volume ID or name. Currently only PBS snapshots are supported.

        Returns:
            ``list[NodesStorageFileRestoreListGetResultItem]``

        Permissions:
            You need read access for the volume.
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/storage/{storage}/file-restore/list`` (``list``)."""
        params = {
            "filepath": filepath,
            "volume": volume,
        }
        return await self._client._call("GET", self._path, params, _R10)


class NodesNodeStorageStorageIdentity(AsyncPath):
    """``/nodes/{node}/storage/{storage}/identity`` (identity)

    ``GET``: Return identity information for this storage instance."""

    __slots__ = ()

    async def get(self) -> NodesStorageIdentityGetResult:
        """Return identity information for this storage instance.

        Returns:
            ``NodesStorageIdentityGetResult``

        Permissions:
            Check: ``[perm, /storage/{storage}, [Datastore.Audit, Datastore.AllocateSpace], any, 1]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.2.

        Proxmox: ``GET /nodes/{node}/storage/{storage}/identity`` (``identity``)."""
        return await self._client._call("GET", self._path, {}, _R11)


class NodesNodeStorageStorageImportMetadata(AsyncPath):
    """``/nodes/{node}/storage/{storage}/import-metadata`` (import-metadata)

    ``GET``: Get the base parameters for creating a guest which imports data from a foreign importable guest, like an ESXi VM"""

    __slots__ = ()

    async def get(
        self,
        *,
        volume: str,
    ) -> NodesStorageImportMetadataGetResult:
        """Get the base parameters for creating a guest which imports data from a foreign importable guest, like an ESXi VM

        Args:
            volume: Volume identifier for the guest archive/entry.
                Proxmox VE: New in 8.1.

        Returns:
            ``NodesStorageImportMetadataGetResult``: Information about how to import a guest.

        Permissions:
            You need read access for the volume.
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``GET /nodes/{node}/storage/{storage}/import-metadata`` (``get_import_metadata``)."""
        params = {
            "volume": volume,
        }
        return await self._client._call("GET", self._path, params, _R12)


class NodesNodeStorageStorageOciRegistryPull(AsyncPath):
    """``/nodes/{node}/storage/{storage}/oci-registry-pull`` (oci-registry-pull)

    ``POST``: Pull an OCI image from a registry."""

    __slots__ = ()

    async def post(
        self,
        *,
        reference: str,
        filename: str | None = None,
    ) -> AsyncTask:
        """Pull an OCI image from a registry.

        Args:
            reference: The reference to the OCI image to download.
                Proxmox VE: New in 9.1.
                Pattern: ``^^(?:(?:[a-zA-Z\\d]|[a-zA-Z\\d][a-zA-Z\\d-]*[a-zA-Z\\d])(?:\\.(?:[a-zA-Z\\d]|[a-zA-Z\\d][a-zA-Z\\d-]*[a-zA-Z\\d]))*(?::\\d+)?/)?[a-z\\d]+(?:(?:[._]|__|[-]*)[a-z\\d]+)*(?:/[a-z\\d]+(?:(?:[._]|__|[-]*)[a-z\\d]+)*)*:\\w[\\w.-]{0,127}$$``.
            filename: Custom destination file name of the OCI image. Caution: This will be normalized!
                Proxmox VE: New in 9.1.
                Length: 1 to 255.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[and, [perm, /storage/{storage}, [Datastore.AllocateTemplate]], [perm, /nodes/{node}, [Sys.AccessNetwork]]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.1.

        Proxmox: ``POST /nodes/{node}/storage/{storage}/oci-registry-pull`` (``oci_registry_pull``)."""
        params = {
            "reference": reference,
            "filename": filename,
        }
        return _task(await self._client._call("POST", self._path, params, _R13), self._client)


class NodesNodeStorageStoragePrunebackups(AsyncPath):
    """``/nodes/{node}/storage/{storage}/prunebackups`` (prunebackups)

    ``GET``: Get prune information for backups. NOTE: this is only a preview and might not be what a subsequent prune call does if backups are removed/added in the meantime.
    ``DELETE``: Prune backups. Only those using the standard naming scheme are considered."""

    __slots__ = ()

    async def get(
        self,
        *,
        prune_backups: PruneBackups | str | None = None,
        type: Literal["qemu", "lxc"] | None = None,
        vmid: int | None = None,
    ) -> list[NodesStoragePrunebackupsGetResultItem]:
        """Get prune information for backups. NOTE: this is only a preview and might not be what a subsequent prune call does if backups are removed/added in the meantime.

        Args:
            prune_backups: Use these retention options instead of those from the storage configuration.
                Format: ``prune-backups``.
            type: Either 'qemu' or 'lxc'. Only consider backups for guests of this type.
            vmid: Only consider backups for this guest.
                Range: 100 to 999999999.
                Format: ``pve-vmid``.

        Returns:
            ``list[NodesStoragePrunebackupsGetResultItem]``

        Permissions:
            Check: ``[perm, /storage/{storage}, [Datastore.Audit, Datastore.AllocateSpace], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/storage/{storage}/prunebackups`` (``dryrun``)."""
        params = {
            "prune-backups": prune_backups,
            "type": type,
            "vmid": vmid,
        }
        return await self._client._call("GET", self._path, params, _R14)

    async def delete(
        self,
        *,
        prune_backups: PruneBackups | str | None = None,
        type: Literal["qemu", "lxc"] | None = None,
        vmid: int | None = None,
    ) -> AsyncTask:
        """Prune backups. Only those using the standard naming scheme are considered.

        Args:
            prune_backups: Use these retention options instead of those from the storage configuration.
                Format: ``prune-backups``.
            type: Either 'qemu' or 'lxc'. Only consider backups for guests of this type.
            vmid: Only prune backups for this VM.
                Range: 100 to 999999999.
                Format: ``pve-vmid``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            You need the 'Datastore.Allocate' privilege on the storage (or if a VM ID is specified, 'Datastore.AllocateSpace' and 'VM.Backup' for the VM).
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/storage/{storage}/prunebackups`` (``delete``)."""
        params = {
            "prune-backups": prune_backups,
            "type": type,
            "vmid": vmid,
        }
        return _task(await self._client._call("DELETE", self._path, params, _R15), self._client)


class NodesNodeStorageStorageRrd(AsyncPath):
    """``/nodes/{node}/storage/{storage}/rrd`` (rrd)

    ``GET``: Read storage RRD statistics (returns PNG)."""

    __slots__ = ()

    async def get(
        self,
        *,
        ds: str | Sequence[str],
        timeframe: Literal["hour", "day", "week", "month", "year"],
        cf: Literal["AVERAGE", "MAX"] | None = None,
    ) -> NodesStorageRrdGetResult:
        """Read storage RRD statistics (returns PNG).

        Args:
            ds: The list of datasources you want to display.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            timeframe: Specify the time frame you are interested in.
            cf: The RRD consolidation function

        Returns:
            ``NodesStorageRrdGetResult``

        Permissions:
            Check: ``[perm, /storage/{storage}, [Datastore.Audit, Datastore.AllocateSpace], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/storage/{storage}/rrd`` (``rrd``)."""
        params = {
            "ds": _join(ds),
            "timeframe": timeframe,
            "cf": cf,
        }
        return await self._client._call("GET", self._path, params, _R16)


class NodesNodeStorageStorageRrddata(AsyncPath):
    """``/nodes/{node}/storage/{storage}/rrddata`` (rrddata)

    ``GET``: Read storage RRD statistics."""

    __slots__ = ()

    async def get(
        self,
        *,
        timeframe: Literal["hour", "day", "week", "month", "year"],
        cf: Literal["AVERAGE", "MAX"] | None = None,
    ) -> list[dict[str, Any]]:
        """Read storage RRD statistics.

        Args:
            timeframe: Specify the time frame you are interested in.
            cf: The RRD consolidation function

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            Check: ``[perm, /storage/{storage}, [Datastore.Audit, Datastore.AllocateSpace], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/storage/{storage}/rrddata`` (``rrddata``)."""
        params = {
            "timeframe": timeframe,
            "cf": cf,
        }
        return await self._client._call("GET", self._path, params, _R17)


class NodesNodeStorageStorageStatus(AsyncPath):
    """``/nodes/{node}/storage/{storage}/status`` (status)

    ``GET``: Read storage status."""

    __slots__ = ()

    async def get(self) -> NodesStorageStatusGetResult:
        """Read storage status.

        Returns:
            ``NodesStorageStatusGetResult``

        Permissions:
            Check: ``[perm, /storage/{storage}, [Datastore.Audit, Datastore.AllocateSpace], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/storage/{storage}/status`` (``read_status``)."""
        return await self._client._call("GET", self._path, {}, _R18)


class NodesNodeStorageStorageUpload(AsyncPath):
    """``/nodes/{node}/storage/{storage}/upload`` (upload)

    ``POST``: Upload templates, ISO images, OVAs and VM images."""

    __slots__ = ()

    async def post(
        self,
        *,
        content: Literal["iso", "vztmpl", "import"],
        filename: str,
        checksum: str | None = None,
        checksum_algorithm: Literal["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]
        | None = None,
        tmpfilename: str | None = None,
    ) -> AsyncTask:
        """Upload templates, ISO images, OVAs and VM images.

        Args:
            content: Content type.
                Format: ``pve-storage-content``.
            filename: The name of the file to create. Caution: This will be normalized!
                Length: 0 to 255.
            checksum: The expected checksum of the file.
            checksum_algorithm: The algorithm to calculate the checksum of the file.
            tmpfilename: The source file name. This parameter is usually set by the REST handler. You can only overwrite it when connecting to the trusted port on localhost.
                Pattern: ``^/var/tmp/pveupload-[0-9a-f]+$``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /storage/{storage}, [Datastore.AllocateTemplate]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/storage/{storage}/upload`` (``upload``)."""
        params = {
            "content": content,
            "filename": filename,
            "checksum": checksum,
            "checksum-algorithm": checksum_algorithm,
            "tmpfilename": tmpfilename,
        }
        return _task(await self._client._call("POST", self._path, params, _R19), self._client)
