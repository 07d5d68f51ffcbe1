# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/lxc/{vmid}/snapshot``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesNodeLxcVmidSnapshotGetResultItem",
]


class NodesNodeLxcVmidSnapshotGetResultItem(PveModel):
    """Result object ``NodesNodeLxcVmidSnapshotGetResultItem``."""

    description: str
    """Snapshot description."""

    name: str
    """Snapshot identifier. Value 'current' identifies the current VM."""

    parent: str | None = None
    """Parent snapshot identifier."""

    snaptime: int | None = None
    """Snapshot creation time"""
