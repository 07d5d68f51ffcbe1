# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``nodes_storage``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "NodesNodeStorageGetResultItem",
    "NodesNodeStorageGetResultItemFormats",
    "NodesNodeStorageStorageContentGetResultItem",
    "NodesNodeStorageStorageContentGetResultItemVerification",
    "NodesNodeStorageStorageContentVolumeGetResult",
    "NodesNodeStorageStorageGetResultItem",
    "NodesStorageFileRestoreListGetResultItem",
    "NodesStorageIdentityGetResult",
    "NodesStorageImportMetadataGetResult",
    "NodesStorageImportMetadataGetResultWarningsItem",
    "NodesStoragePrunebackupsGetResultItem",
    "NodesStorageRrdGetResult",
    "NodesStorageStatusGetResult",
]


class NodesNodeStorageGetResultItem(PveModel):
    """Result object ``NodesNodeStorageGetResultItem``."""

    content: str
    """Allowed storage content types."""

    storage: str
    """The storage identifier."""

    type: str
    """Storage type."""

    active: bool | None = None
    """Set when storage is accessible."""

    avail: int | None = None
    """Available storage space in bytes."""

    enabled: bool | None = None
    """Set when storage is enabled (not disabled)."""

    formats: NodesNodeStorageGetResultItemFormats | None = None
    """Lists the supported and default format. Use 'formats' instead. Only included if 'format' parameter is set."""

    select_existing: bool | None = None
    """Instead of creating new volumes, one must select one that is already existing. Only included if 'format' parameter is set."""

    shared: bool | None = None
    """Shared flag from storage configuration."""

    total: int | None = None
    """Total storage space in bytes."""

    used: int | None = None
    """Used storage space in bytes."""

    used_fraction: float | None = None
    """Used fraction (used/total)."""


class NodesNodeStorageGetResultItemFormats(PveModel):
    """Lists the supported and default format. Use 'formats' instead. Only included if 'format' parameter is set."""

    default: Literal["qcow2", "raw", "subvol", "vmdk"] | str
    """The default format of the storage."""

    supported: list[Literal["qcow2", "raw", "subvol", "vmdk"] | str]
    """The list of supported formats"""


class NodesNodeStorageStorageGetResultItem(PveModel):
    """Result object ``NodesNodeStorageStorageGetResultItem``."""

    subdir: str


class NodesNodeStorageStorageContentGetResultItem(PveModel):
    """Result object ``NodesNodeStorageStorageContentGetResultItem``."""

    format: str
    """Format identifier ('raw', 'qcow2', 'subvol', 'iso', 'tgz' ...)"""

    volid: str
    """Volume identifier."""

    approximate_size: int | None = Field(default=None, alias="approximate-size")
    """Approximate volume size in bytes. Present instead of 'size' for storages where determining the exact size has technical limitations. Will typically be an upper bound on the actual size, but the exact semantics depend on the storage plugin."""

    ctime: int | None = None
    """Creation time (seconds since the UNIX Epoch)."""

    encrypted: str | None = None
    """If whole backup is encrypted, value is the fingerprint or '1'  if encrypted. Only useful for the Proxmox Backup Server storage type."""

    notes: str | None = None
    """Optional notes. If they contain multiple lines, only the first one is returned here."""

    parent: str | None = None
    """Volume identifier of parent (for linked cloned)."""

    protected: bool | None = None
    """Protection status. Currently only supported for backups."""

    size: int | None = None
    """Volume size in bytes."""

    used: int | None = None
    """Used space. Please note that most storage plugins do not report anything useful here."""

    verification: NodesNodeStorageStorageContentGetResultItemVerification | None = None
    """Last backup verification result, only useful for PBS storages."""

    vmid: int | None = None
    """Associated Owner VMID."""


class NodesNodeStorageStorageContentGetResultItemVerification(PveModel):
    """Last backup verification result, only useful for PBS storages."""

    state: str
    """Last backup verification state."""

    upid: str
    """Last backup verification UPID."""


class NodesNodeStorageStorageContentVolumeGetResult(PveModel):
    """Result object ``NodesNodeStorageStorageContentVolumeGetResult``."""

    format: str
    """Format identifier ('raw', 'qcow2', 'subvol', 'iso', 'tgz' ...)"""

    path: str
    """The Path"""

    size: int
    """Volume size in bytes."""

    used: int
    """Used space. Please note that most storage plugins do not report anything useful here."""

    notes: str | None = None
    """Optional notes."""

    protected: bool | None = None
    """Protection status. Currently only supported for backups."""


class NodesStorageFileRestoreListGetResultItem(PveModel):
    """Result object ``NodesStorageFileRestoreListGetResultItem``."""

    filepath: str
    """base64 path of the current entry"""

    leaf: bool
    """If this entry is a leaf in the directory graph."""

    text: str
    """Entry display text."""

    type: str
    """Entry type."""

    mtime: int | None = None
    """Entry last-modified time (unix timestamp)."""

    size: int | None = None
    """Entry file size."""


class NodesStorageIdentityGetResult(PveModel):
    """Result object ``NodesStorageIdentityGetResult``."""

    id: str
    """Unique identifier for this storage instance. The exact format and semantics depend on the storage plugin type."""

    type: (
        Literal[
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
        | str
    )
    """The type of the storage."""


class NodesStorageImportMetadataGetResult(PveModel):
    """Information about how to import a guest."""

    create_args: dict[str, Any] = Field(alias="create-args")
    """Parameters which can be used in a call to create a VM or container."""

    source: Literal["esxi"] | str
    """The type of the import-source of this guest volume."""

    type: Literal["vm"] | str
    """The type of guest this is going to produce."""

    disks: dict[str, Any] | None = None
    """Recognised disk volumes as `$bus$id` => `$storeid:$path` map."""

    net: dict[str, Any] | None = None
    """Recognised network interfaces as `net$id` => { ...params } object."""

    warnings: list[NodesStorageImportMetadataGetResultWarningsItem] | None = None
    """List of known issues that can affect the import of a guest. Note that lack of warning does not imply that there cannot be any problems."""


class NodesStorageImportMetadataGetResultWarningsItem(PveModel):
    """Result object ``NodesStorageImportMetadataGetResultWarningsItem``."""

    type: (
        Literal[
            "cdrom-image-ignored",
            "efi-state-lost",
            "guest-is-running",
            "nvme-unsupported",
            "ova-needs-extracting",
            "ovmf-with-lsi-unsupported",
            "serial-port-socket-only",
        ]
        | str
    )
    """What this warning is about."""

    key: str | None = None
    """Related subject (config) key of warning."""

    value: str | None = None
    """Related subject (config) value of warning."""


class NodesStoragePrunebackupsGetResultItem(PveModel):
    """Result object ``NodesStoragePrunebackupsGetResultItem``."""

    ctime: int
    """Creation time of the backup (seconds since the UNIX epoch)."""

    mark: Literal["keep", "remove", "protected", "renamed"] | str
    """Whether the backup would be kept or removed. Backups that are protected or don't use the standard naming scheme are not removed."""

    type: str
    """One of 'qemu', 'lxc', 'openvz' or 'unknown'."""

    volid: str
    """Backup volume ID."""

    vmid: int | None = None
    """The VM the backup belongs to."""


class NodesStorageRrdGetResult(PveModel):
    """Result object ``NodesStorageRrdGetResult``."""

    filename: str


class NodesStorageStatusGetResult(PveModel):
    """Result object ``NodesStorageStatusGetResult``."""

    content: str
    """Allowed storage content types."""

    type: str
    """Storage type."""

    active: bool | None = None
    """Set when storage is accessible."""

    avail: int | None = None
    """Available storage space in bytes."""

    enabled: bool | None = None
    """Set when storage is enabled (not disabled)."""

    shared: bool | None = None
    """Shared flag from storage configuration."""

    total: int | None = None
    """Total storage space in bytes."""

    used: int | None = None
    """Used storage space in bytes."""
