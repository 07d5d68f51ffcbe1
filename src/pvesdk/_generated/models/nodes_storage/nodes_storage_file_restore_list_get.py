# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/storage/{storage}/file-restore/list``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesStorageFileRestoreListGetResultItem",
]


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
