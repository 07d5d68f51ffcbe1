# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/disks/directory``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesNodeDisksDirectoryGetResultItem",
]


class NodesNodeDisksDirectoryGetResultItem(PveModel):
    """Result object ``NodesNodeDisksDirectoryGetResultItem``."""

    device: str
    """The mounted device."""

    options: str
    """The mount options."""

    path: str
    """The mount path."""

    type: str
    """The filesystem type."""

    unitfile: str
    """The path of the mount unit."""
