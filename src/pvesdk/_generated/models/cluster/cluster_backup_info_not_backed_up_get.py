# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/backup-info/not-backed-up``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "ClusterBackupInfoNotBackedUpGetResultItem",
]


class ClusterBackupInfoNotBackedUpGetResultItem(PveModel):
    """Result object ``ClusterBackupInfoNotBackedUpGetResultItem``."""

    type: Literal["qemu", "lxc"] | str
    """Type of the guest."""

    vmid: int
    """VMID of the guest."""

    name: str | None = None
    """Name of the guest"""
