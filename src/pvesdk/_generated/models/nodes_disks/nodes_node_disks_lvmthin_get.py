# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/disks/lvmthin``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesNodeDisksLvmthinGetResultItem",
]


class NodesNodeDisksLvmthinGetResultItem(PveModel):
    """Result object ``NodesNodeDisksLvmthinGetResultItem``."""

    lv: str
    """The name of the thinpool."""

    lv_size: int
    """The size of the thinpool in bytes."""

    metadata_size: int
    """The size of the metadata lv in bytes."""

    metadata_used: int
    """The used bytes of the metadata lv."""

    used: int
    """The used bytes of the thinpool."""

    vg: str
    """The associated volume group."""
