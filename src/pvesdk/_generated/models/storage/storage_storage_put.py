# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``PUT /storage/{storage}``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "StorageStoragePutResult",
    "StorageStoragePutResultConfig",
]


class StorageStoragePutResult(PveModel):
    """Result object ``StorageStoragePutResult``."""

    storage: str
    """The ID of the created storage."""

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
    """The type of the created storage."""

    config: StorageStoragePutResultConfig | None = None
    """Partial, possibly server generated, configuration properties."""


class StorageStoragePutResultConfig(PveModel):
    """Partial, possibly server generated, configuration properties."""

    encryption_key: str | None = Field(default=None, alias="encryption-key")
    """The, possibly auto-generated, encryption-key."""
