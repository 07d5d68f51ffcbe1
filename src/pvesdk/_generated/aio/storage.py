# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``storage`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import AsyncPath, Returns
from pvesdk._runtime import checked as _checked
from pvesdk._runtime import join as _join
from pvesdk._runtime import secret as _secret
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.storage.storage_get import StorageGetResultItem
    from ..models.storage.storage_post import StoragePostResult
    from ..models.storage.storage_storage_put import StorageStoragePutResult
    from ..propstr.bwlimit import Bwlimit
    from ..propstr.prune_backups import PruneBackups

_R0: Returns[list[StorageGetResultItem]] = Returns(
    "list[StorageGetResultItem]", "GET /storage", "models.storage.storage_get"
)
_R1: Returns[StoragePostResult] = Returns(
    "StoragePostResult", "POST /storage", "models.storage.storage_post"
)
_R2: Returns[dict[str, Any]] = Returns("dict[str, Any]", "GET /storage/{storage}")
_R3: Returns[StorageStoragePutResult] = Returns(
    "StorageStoragePutResult", "PUT /storage/{storage}", "models.storage.storage_storage_put"
)
_R4: Returns[None] = Returns("None", "DELETE /storage/{storage}")


class Storage(AsyncPath):
    """``/storage`` (storage)

    ``GET``: Storage index.
    ``POST``: Create a new storage."""

    __slots__ = ()

    def storage(self, storage: str) -> StorageStorage:
        """The storage identifier."""
        return StorageStorage(self._client, self._path + "/" + _segment(storage))

    async def get(
        self,
        *,
        type: Literal[
            "btrfs",
            "cephfs",
            "cifs",
            "dir",
            "esxi",
            "iscsi",
            "iscsidirect",
            "lvm",
            "lvmthin",
            "nfs",
            "pbs",
            "rbd",
            "zfs",
            "zfspool",
        ]
        | None = None,
    ) -> list[StorageGetResultItem]:
        """Storage index.

        Args:
            type: Only list storage of specific type

        Returns:
            ``list[StorageGetResultItem]``

        Permissions:
            Only list entries where you have 'Datastore.Audit' or 'Datastore.AllocateSpace' permissions on '/storage/<storage>'
            User: all

        Proxmox: ``GET /storage`` (``index``)."""
        params = {
            "type": type,
        }
        return await self._client._call("GET", self._path, params, _R0)

    async def post(
        self,
        *,
        storage: str,
        type: Literal[
            "btrfs",
            "cephfs",
            "cifs",
            "dir",
            "esxi",
            "iscsi",
            "iscsidirect",
            "lvm",
            "lvmthin",
            "nfs",
            "pbs",
            "rbd",
            "zfs",
            "zfspool",
        ],
        authsupported: str | None = None,
        base: str | None = None,
        blocksize: str | None = None,
        bwlimit: Bwlimit | str | None = None,
        comstar_hg: str | None = None,
        comstar_tg: str | None = None,
        content: str | Sequence[str] | None = None,
        content_dirs: str | Sequence[str] | None = None,
        create_base_path: bool | None = None,
        create_subdirs: bool | None = None,
        data_pool: str | None = None,
        datastore: str | None = None,
        disable: bool | None = None,
        domain: str | None = None,
        encryption_key: str | None = None,
        export: str | None = None,
        fingerprint: str | None = None,
        format: Literal["raw", "qcow2", "subvol", "vmdk"] | None = None,
        fs_name: str | None = None,
        fuse: bool | None = None,
        is_mountpoint: str | None = None,
        iscsiprovider: str | None = None,
        keyring: str | None = None,
        krbd: bool | None = None,
        lio_tpg: str | None = None,
        master_pubkey: str | None = None,
        max_protected_backups: int | None = None,
        mkdir: bool | None = None,
        monhost: str | Sequence[str] | None = None,
        mountpoint: str | None = None,
        namespace: str | None = None,
        nocow: bool | None = None,
        nodes: str | Sequence[str] | None = None,
        nowritecache: bool | None = None,
        options: str | None = None,
        password: str | None = None,
        path: str | None = None,
        pool: str | None = None,
        port: int | None = None,
        portal: str | None = None,
        preallocation: Literal["off", "metadata", "falloc", "full"] | None = None,
        prune_backups: PruneBackups | str | None = None,
        saferemove: bool | None = None,
        saferemove_stepsize: Literal["1", "2", "4", "8", "16", "32"] | None = None,
        saferemove_throughput: str | None = None,
        server: str | None = None,
        share: str | None = None,
        shared: bool | None = None,
        skip_cert_verification: bool | None = None,
        smbversion: Literal["default", "2.0", "2.1", "3", "3.0", "3.11"] | None = None,
        snapshot_as_volume_chain: bool | None = None,
        sparse: bool | None = None,
        subdir: str | None = None,
        tagged_only: bool | None = None,
        target: str | None = None,
        thinpool: str | None = None,
        username: str | None = None,
        vgname: str | None = None,
        zfs_base_path: str | None = None,
    ) -> StoragePostResult:
        """Create a new storage.

        Args:
            storage: The storage identifier.
                Format: ``pve-storage-id``.
            type: Storage type.
            authsupported: Authsupported.
            base: Base volume. This volume is automatically activated.
                Format: ``pve-volume-id``.
            blocksize: ZFS block size
                Format: ``pve-storage-zfs-blocksize``.
            bwlimit: Set I/O bandwidth limit for various operations (in KiB/s).
                Syntax: ``[clone=<LIMIT>] [,default=<LIMIT>] [,migration=<LIMIT>] [,move=<LIMIT>] [,restore=<LIMIT>]``.
            comstar_hg: host group for comstar views
            comstar_tg: target group for comstar views
            content: Allowed content types.

                NOTE: the value 'rootdir' is used for Containers, and value 'images' for VMs.
                Format: ``pve-storage-content-list``.
                Syntax: ``<string>``.
            content_dirs: Overrides for default content type directories.
                Format: ``pve-dir-override-list``.
                Syntax: ``<string>``.
            create_base_path: Create the base directory if it doesn't exist.
                Proxmox VE: New in 8.0.
                Default: yes.
            create_subdirs: Populate the directory with the default structure.
                Proxmox VE: New in 8.0.
                Default: yes.
            data_pool: Data Pool (for erasure coding only)
            datastore: Proxmox Backup Server datastore name.
            disable: Flag to disable the storage.
            domain: CIFS domain.
                Length: 0 to 256.
            encryption_key: Encryption key. Use 'autogen' to generate one automatically without passphrase.
            export: NFS export path.
                Format: ``pve-storage-path``.
            fingerprint: Certificate SHA 256 fingerprint.
                Pattern: ``^([A-Fa-f0-9]{2}:){31}[A-Fa-f0-9]{2}$``.
            format: Default image format.
            fs_name: The Ceph filesystem name.
                Format: ``pve-configid``.
            fuse: Mount CephFS through FUSE.
            is_mountpoint: Assume the given path is an externally managed mountpoint and consider the storage offline if it is not mounted. Using a boolean (yes/no) value serves as a shortcut to using the target path in this field.
                Default: ``no``.
            iscsiprovider: iscsi provider
            keyring: Client keyring contents (for external clusters).
            krbd: Always access rbd through krbd kernel module.
                Default: ``0``.
            lio_tpg: target portal group for Linux LIO targets
            master_pubkey: Base64-encoded, PEM-formatted public RSA key. Used to encrypt a copy of the encryption-key which will be added to each encrypted backup.
            max_protected_backups: Maximal number of protected backups per guest. Use '-1' for unlimited.
                Range: -1 to inf.
                Default: Unlimited for users with Datastore.Allocate privilege, 5 for other users.
            mkdir: Create the directory if it doesn't exist and populate it with default sub-dirs. NOTE: Deprecated, use the 'create-base-path' and 'create-subdirs' options instead.
                Default: yes.
            monhost: IP addresses of monitors (for external clusters).
                Format: ``pve-storage-portal-dns-list``.
                Syntax: ``<string>``.
            mountpoint: mount point
                Format: ``pve-storage-path``.
            namespace: Namespace.
            nocow: Set the NOCOW flag on files. Disables data checksumming and causes data errors to be unrecoverable from while allowing direct I/O. Only use this if data does not need to be any more safe than on a single ext4 formatted disk with no underlying raid system.
                Default: ``0``.
            nodes: List of nodes for which the storage configuration applies.
                Format: ``pve-node-list``.
                Syntax: ``<string>``.
            nowritecache: disable write caching on the target
            options: NFS/CIFS mount options (see 'man nfs' or 'man mount.cifs')
                Format: ``pve-storage-options``.
            password: Password for accessing the share/datastore.
                Length: 0 to 256.
            path: File system path.
                Format: ``pve-storage-path``.
            pool: Pool.
            port: Use this port to connect to the storage instead of the default one (for example, with PBS or ESXi). For NFS and CIFS, use the 'options' option to configure the port via the mount options.
                Range: 1 to 65535.
            portal: iSCSI portal (IP or DNS name with optional port).
                Format: ``pve-storage-portal-dns``.
            preallocation: Preallocation mode for raw and qcow2 images. Using 'metadata' on raw images results in preallocation=off.
                Default: ``metadata``.
            prune_backups: The retention options with shorter intervals are processed first with --keep-last being the very first one. Each option covers a specific period of time. We say that backups within this period are covered by this option. The next option does not take care of already covered backups and only considers older backups.
                Format: ``prune-backups``.
            saferemove: Zero-out data when removing LVs.
            saferemove_stepsize: Wipe step size in MiB. It will be capped to the maximum supported by the storage.
                Proxmox VE: New in 9.1.
                Default: ``32``.
            saferemove_throughput: Wipe throughput (cstream -t parameter value).
            server: Server IP or DNS name.
                Format: ``pve-storage-server``.
            share: CIFS share.
            shared: Indicate that this is a single storage with the same contents on all nodes (or all listed in the 'nodes' option). It will not make the contents of a local storage automatically accessible to other nodes, it just marks an already shared storage as such!
            skip_cert_verification: Disable TLS certificate verification, only enable on fully trusted networks!
                Proxmox VE: New in 8.1.
                Default: false.
            smbversion: SMB protocol version. 'default' if not set, negotiates the highest SMB2+ version supported by both the client and server.
                Default: ``default``.
            snapshot_as_volume_chain: Enable support for creating storage-vendor agnostic snapshot through volume backing-chains.
                Proxmox VE: New in 9.0.
                Default: ``0``.
            sparse: use sparse volumes
            subdir: Subdir to mount.
                Format: ``pve-storage-path``.
            tagged_only: Only list logical volumes tagged with 'pve-vm-ID'.
            target: iSCSI target.
            thinpool: LVM thin pool LV name.
                Format: ``pve-storage-vgname``.
            username: RBD Id.
            vgname: Volume group name.
                Format: ``pve-storage-vgname``.
            zfs_base_path: Base path where to look for the created ZFS block devices. Set automatically during creation if not specified. Usually '/dev/zvol'.
                Proxmox VE: New in 9.0.
                Format: ``pve-storage-path``.

        Returns:
            ``StoragePostResult``

        Permissions:
            Check: ``[perm, /storage, [Datastore.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /storage`` (``create``)."""
        encryption_key = _secret(encryption_key)
        password = _secret(password)
        params = {
            "storage": _checked("pve-storage-id", "storage", storage),
            "type": type,
            "authsupported": authsupported,
            "base": _checked("pve-volume-id", "base", base),
            "blocksize": _checked("pve-storage-zfs-blocksize", "blocksize", blocksize),
            "bwlimit": bwlimit,
            "comstar_hg": comstar_hg,
            "comstar_tg": comstar_tg,
            "content": _join(content),
            "content-dirs": _join(content_dirs),
            "create-base-path": create_base_path,
            "create-subdirs": create_subdirs,
            "data-pool": data_pool,
            "datastore": datastore,
            "disable": disable,
            "domain": domain,
            "encryption-key": encryption_key,
            "export": export,
            "fingerprint": fingerprint,
            "format": format,
            "fs-name": fs_name,
            "fuse": fuse,
            "is_mountpoint": is_mountpoint,
            "iscsiprovider": iscsiprovider,
            "keyring": keyring,
            "krbd": krbd,
            "lio_tpg": lio_tpg,
            "master-pubkey": master_pubkey,
            "max-protected-backups": max_protected_backups,
            "mkdir": mkdir,
            "monhost": _join(monhost),
            "mountpoint": mountpoint,
            "namespace": namespace,
            "nocow": nocow,
            "nodes": _join(nodes),
            "nowritecache": nowritecache,
            "options": options,
            "password": password,
            "path": path,
            "pool": pool,
            "port": port,
            "portal": _checked("pve-storage-portal-dns", "portal", portal),
            "preallocation": preallocation,
            "prune-backups": prune_backups,
            "saferemove": saferemove,
            "saferemove-stepsize": saferemove_stepsize,
            "saferemove_throughput": saferemove_throughput,
            "server": server,
            "share": share,
            "shared": shared,
            "skip-cert-verification": skip_cert_verification,
            "smbversion": smbversion,
            "snapshot-as-volume-chain": snapshot_as_volume_chain,
            "sparse": sparse,
            "subdir": subdir,
            "tagged_only": tagged_only,
            "target": target,
            "thinpool": thinpool,
            "username": username,
            "vgname": vgname,
            "zfs-base-path": zfs_base_path,
        }
        return await self._client._call("POST", self._path, params, _R1)


class StorageStorage(AsyncPath):
    """``/storage/{storage}`` ({storage})

    ``GET``: Read storage configuration.
    ``PUT``: Update storage configuration.
    ``DELETE``: Delete storage configuration."""

    __slots__ = ()

    async def get(self) -> dict[str, Any]:
        """Read storage configuration.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[perm, /storage/{storage}, [Datastore.Allocate]]``

        Proxmox: ``GET /storage/{storage}`` (``read``)."""
        return await self._client._call("GET", self._path, {}, _R2)

    async def put(
        self,
        *,
        blocksize: str | None = None,
        bwlimit: Bwlimit | str | None = None,
        comstar_hg: str | None = None,
        comstar_tg: str | None = None,
        content: str | Sequence[str] | None = None,
        content_dirs: str | Sequence[str] | None = None,
        create_base_path: bool | None = None,
        create_subdirs: bool | None = None,
        data_pool: str | None = None,
        delete: str | Sequence[str] | None = None,
        digest: str | None = None,
        disable: bool | None = None,
        domain: str | None = None,
        encryption_key: str | None = None,
        fingerprint: str | None = None,
        format: Literal["raw", "qcow2", "subvol", "vmdk"] | None = None,
        fs_name: str | None = None,
        fuse: bool | None = None,
        is_mountpoint: str | None = None,
        keyring: str | None = None,
        krbd: bool | None = None,
        lio_tpg: str | None = None,
        master_pubkey: str | None = None,
        max_protected_backups: int | None = None,
        mkdir: bool | None = None,
        monhost: str | Sequence[str] | None = None,
        mountpoint: str | None = None,
        namespace: str | None = None,
        nocow: bool | None = None,
        nodes: str | Sequence[str] | None = None,
        nowritecache: bool | None = None,
        options: str | None = None,
        password: str | None = None,
        pool: str | None = None,
        port: int | None = None,
        preallocation: Literal["off", "metadata", "falloc", "full"] | None = None,
        prune_backups: PruneBackups | str | None = None,
        saferemove: bool | None = None,
        saferemove_stepsize: Literal["1", "2", "4", "8", "16", "32"] | None = None,
        saferemove_throughput: str | None = None,
        server: str | None = None,
        shared: bool | None = None,
        skip_cert_verification: bool | None = None,
        smbversion: Literal["default", "2.0", "2.1", "3", "3.0", "3.11"] | None = None,
        snapshot_as_volume_chain: bool | None = None,
        sparse: bool | None = None,
        subdir: str | None = None,
        tagged_only: bool | None = None,
        username: str | None = None,
        zfs_base_path: str | None = None,
    ) -> StorageStoragePutResult:
        """Update storage configuration.

        Args:
            blocksize: ZFS block size
                Format: ``pve-storage-zfs-blocksize``.
            bwlimit: Set I/O bandwidth limit for various operations (in KiB/s).
                Syntax: ``[clone=<LIMIT>] [,default=<LIMIT>] [,migration=<LIMIT>] [,move=<LIMIT>] [,restore=<LIMIT>]``.
            comstar_hg: host group for comstar views
            comstar_tg: target group for comstar views
            content: Allowed content types.

                NOTE: the value 'rootdir' is used for Containers, and value 'images' for VMs.
                Format: ``pve-storage-content-list``.
                Syntax: ``<string>``.
            content_dirs: Overrides for default content type directories.
                Format: ``pve-dir-override-list``.
                Syntax: ``<string>``.
            create_base_path: Create the base directory if it doesn't exist.
                Proxmox VE: New in 8.0.
                Default: yes.
            create_subdirs: Populate the directory with the default structure.
                Proxmox VE: New in 8.0.
                Default: yes.
            data_pool: Data Pool (for erasure coding only)
            delete: A list of settings you want to delete.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            disable: Flag to disable the storage.
            domain: CIFS domain.
                Length: 0 to 256.
            encryption_key: Encryption key. Use 'autogen' to generate one automatically without passphrase.
            fingerprint: Certificate SHA 256 fingerprint.
                Pattern: ``^([A-Fa-f0-9]{2}:){31}[A-Fa-f0-9]{2}$``.
            format: Default image format.
            fs_name: The Ceph filesystem name.
                Format: ``pve-configid``.
            fuse: Mount CephFS through FUSE.
            is_mountpoint: Assume the given path is an externally managed mountpoint and consider the storage offline if it is not mounted. Using a boolean (yes/no) value serves as a shortcut to using the target path in this field.
                Default: ``no``.
            keyring: Client keyring contents (for external clusters).
            krbd: Always access rbd through krbd kernel module.
                Default: ``0``.
            lio_tpg: target portal group for Linux LIO targets
            master_pubkey: Base64-encoded, PEM-formatted public RSA key. Used to encrypt a copy of the encryption-key which will be added to each encrypted backup.
            max_protected_backups: Maximal number of protected backups per guest. Use '-1' for unlimited.
                Range: -1 to inf.
                Default: Unlimited for users with Datastore.Allocate privilege, 5 for other users.
            mkdir: Create the directory if it doesn't exist and populate it with default sub-dirs. NOTE: Deprecated, use the 'create-base-path' and 'create-subdirs' options instead.
                Default: yes.
            monhost: IP addresses of monitors (for external clusters).
                Format: ``pve-storage-portal-dns-list``.
                Syntax: ``<string>``.
            mountpoint: mount point
                Format: ``pve-storage-path``.
            namespace: Namespace.
            nocow: Set the NOCOW flag on files. Disables data checksumming and causes data errors to be unrecoverable from while allowing direct I/O. Only use this if data does not need to be any more safe than on a single ext4 formatted disk with no underlying raid system.
                Default: ``0``.
            nodes: List of nodes for which the storage configuration applies.
                Format: ``pve-node-list``.
                Syntax: ``<string>``.
            nowritecache: disable write caching on the target
            options: NFS/CIFS mount options (see 'man nfs' or 'man mount.cifs')
                Format: ``pve-storage-options``.
            password: Password for accessing the share/datastore.
                Length: 0 to 256.
            pool: Pool.
            port: Use this port to connect to the storage instead of the default one (for example, with PBS or ESXi). For NFS and CIFS, use the 'options' option to configure the port via the mount options.
                Range: 1 to 65535.
            preallocation: Preallocation mode for raw and qcow2 images. Using 'metadata' on raw images results in preallocation=off.
                Default: ``metadata``.
            prune_backups: The retention options with shorter intervals are processed first with --keep-last being the very first one. Each option covers a specific period of time. We say that backups within this period are covered by this option. The next option does not take care of already covered backups and only considers older backups.
                Format: ``prune-backups``.
            saferemove: Zero-out data when removing LVs.
            saferemove_stepsize: Wipe step size in MiB. It will be capped to the maximum supported by the storage.
                Proxmox VE: New in 9.1.
                Default: ``32``.
            saferemove_throughput: Wipe throughput (cstream -t parameter value).
            server: Server IP or DNS name.
                Format: ``pve-storage-server``.
            shared: Indicate that this is a single storage with the same contents on all nodes (or all listed in the 'nodes' option). It will not make the contents of a local storage automatically accessible to other nodes, it just marks an already shared storage as such!
            skip_cert_verification: Disable TLS certificate verification, only enable on fully trusted networks!
                Proxmox VE: New in 8.1.
                Default: false.
            smbversion: SMB protocol version. 'default' if not set, negotiates the highest SMB2+ version supported by both the client and server.
                Default: ``default``.
            snapshot_as_volume_chain: Enable support for creating storage-vendor agnostic snapshot through volume backing-chains.
                Proxmox VE: New in 9.0.
                Default: ``0``.
            sparse: use sparse volumes
            subdir: Subdir to mount.
                Format: ``pve-storage-path``.
            tagged_only: Only list logical volumes tagged with 'pve-vm-ID'.
            username: RBD Id.
            zfs_base_path: Base path where to look for the created ZFS block devices. Set automatically during creation if not specified. Usually '/dev/zvol'.
                Proxmox VE: New in 9.0.
                Format: ``pve-storage-path``.

        Returns:
            ``StorageStoragePutResult``

        Permissions:
            Check: ``[perm, /storage, [Datastore.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /storage/{storage}`` (``update``)."""
        encryption_key = _secret(encryption_key)
        password = _secret(password)
        params = {
            "blocksize": _checked("pve-storage-zfs-blocksize", "blocksize", blocksize),
            "bwlimit": bwlimit,
            "comstar_hg": comstar_hg,
            "comstar_tg": comstar_tg,
            "content": _join(content),
            "content-dirs": _join(content_dirs),
            "create-base-path": create_base_path,
            "create-subdirs": create_subdirs,
            "data-pool": data_pool,
            "delete": _join(delete),
            "digest": digest,
            "disable": disable,
            "domain": domain,
            "encryption-key": encryption_key,
            "fingerprint": fingerprint,
            "format": format,
            "fs-name": fs_name,
            "fuse": fuse,
            "is_mountpoint": is_mountpoint,
            "keyring": keyring,
            "krbd": krbd,
            "lio_tpg": lio_tpg,
            "master-pubkey": master_pubkey,
            "max-protected-backups": max_protected_backups,
            "mkdir": mkdir,
            "monhost": _join(monhost),
            "mountpoint": mountpoint,
            "namespace": namespace,
            "nocow": nocow,
            "nodes": _join(nodes),
            "nowritecache": nowritecache,
            "options": options,
            "password": password,
            "pool": pool,
            "port": port,
            "preallocation": preallocation,
            "prune-backups": prune_backups,
            "saferemove": saferemove,
            "saferemove-stepsize": saferemove_stepsize,
            "saferemove_throughput": saferemove_throughput,
            "server": server,
            "shared": shared,
            "skip-cert-verification": skip_cert_verification,
            "smbversion": smbversion,
            "snapshot-as-volume-chain": snapshot_as_volume_chain,
            "sparse": sparse,
            "subdir": subdir,
            "tagged_only": tagged_only,
            "username": username,
            "zfs-base-path": zfs_base_path,
        }
        return await self._client._call("PUT", self._path, params, _R3)

    async def delete(self) -> None:
        """Delete storage configuration.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /storage, [Datastore.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /storage/{storage}`` (``delete``)."""
        return await self._client._call("DELETE", self._path, {}, _R4)
