# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/storage/{storage}/content``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "NodesNodeStorageStorageContentGetResultItem",
    "NodesNodeStorageStorageContentGetResultItemVerification",
]


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
