# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/storage/{storage}/prunebackups``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "NodesStoragePrunebackupsGetResultItem",
]


class NodesStoragePrunebackupsGetResultItem(PveModel):
    """Result object ``NodesStoragePrunebackupsGetResultItem``."""

    ctime: int
    """Creation time of the backup (seconds since the UNIX epoch)."""

    mark: Literal["keep", "remove", "protected", "renamed"] | str
    """Whether the backup would be kept or removed. Backups that are protected or don't use the standard naming scheme are not removed."""

    type: str
    """One of 'qemu', 'lxc', 'openvz' or 'unknown'."""

    volid: str
    """Backup volume ID."""

    vmid: int | None = None
    """The VM the backup belongs to."""
