# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models of ``GET /nodes/{node}/backup``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesNodeBackupGetResultItem",
]


class NodesNodeBackupGetResultItem(PveModel):
    """Result object ``NodesNodeBackupGetResultItem``."""

    filename: str
    """The backup file name."""

    size: int
    """Size of backup file in bytes."""

    timestamp: int
    """Backup timestamp (Unix epoch)."""
