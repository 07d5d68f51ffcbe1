# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/storage/{storage}/identity``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "NodesStorageIdentityGetResult",
]


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
