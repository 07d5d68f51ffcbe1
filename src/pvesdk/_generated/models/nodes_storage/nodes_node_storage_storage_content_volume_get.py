# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/storage/{storage}/content/{volume}``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesNodeStorageStorageContentVolumeGetResult",
]


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
