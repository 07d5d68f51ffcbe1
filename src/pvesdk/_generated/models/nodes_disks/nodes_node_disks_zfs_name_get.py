# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/disks/zfs/{name}``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesNodeDisksZfsNameGetResult",
    "NodesNodeDisksZfsNameGetResultChildrenItem",
]


class NodesNodeDisksZfsNameGetResult(PveModel):
    """Result object ``NodesNodeDisksZfsNameGetResult``."""

    children: list[NodesNodeDisksZfsNameGetResultChildrenItem]
    """The pool configuration information, including the vdevs for each section (e.g. spares, cache), may be nested."""

    errors: str
    """Information about the errors on the zpool."""

    name: str
    """The name of the zpool."""

    state: str
    """The state of the zpool."""

    action: str | None = None
    """Information about the recommended action to fix the state."""

    scan: str | None = None
    """Information about the last/current scrub."""

    status: str | None = None
    """Information about the state of the zpool."""


class NodesNodeDisksZfsNameGetResultChildrenItem(PveModel):
    """Result object ``NodesNodeDisksZfsNameGetResultChildrenItem``."""

    msg: str
    """An optional message about the vdev."""

    name: str
    """The name of the vdev or section."""

    cksum: float | None = None

    read: float | None = None

    state: str | None = None
    """The state of the vdev."""

    write: float | None = None
