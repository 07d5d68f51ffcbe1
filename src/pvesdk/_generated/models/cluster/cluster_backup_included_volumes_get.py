# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/backup/{id}/included_volumes``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "ClusterBackupIncludedVolumesGetResult",
    "ClusterBackupIncludedVolumesGetResultChildrenItem",
    "ClusterBackupIncludedVolumesGetResultChildrenItemChildrenItem",
]


class ClusterBackupIncludedVolumesGetResult(PveModel):
    """Root node of the tree object. Children represent guests, grandchildren represent volumes of that guest."""

    children: list[ClusterBackupIncludedVolumesGetResultChildrenItem]


class ClusterBackupIncludedVolumesGetResultChildrenItem(PveModel):
    """Result object ``ClusterBackupIncludedVolumesGetResultChildrenItem``."""

    id: int
    """VMID of the guest."""

    type: Literal["qemu", "lxc", "unknown"] | str
    """Type of the guest, VM, CT or unknown for removed but not purged guests."""

    children: list[ClusterBackupIncludedVolumesGetResultChildrenItemChildrenItem] | None = None
    """The volumes of the guest with the information if they will be included in backups."""

    name: str | None = None
    """Name of the guest"""


class ClusterBackupIncludedVolumesGetResultChildrenItemChildrenItem(PveModel):
    """Result object ``ClusterBackupIncludedVolumesGetResultChildrenItemChildrenItem``."""

    id: str
    """Configuration key of the volume."""

    included: bool
    """Whether the volume is included in the backup or not."""

    name: str
    """Name of the volume."""

    reason: str
    """The reason why the volume is included (or excluded)."""
