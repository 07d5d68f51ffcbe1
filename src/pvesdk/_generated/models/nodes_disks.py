# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``nodes_disks``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "NodesDisksListGetResultItem",
    "NodesDisksSmartGetResult",
    "NodesNodeDisksDirectoryGetResultItem",
    "NodesNodeDisksLvmGetResult",
    "NodesNodeDisksLvmGetResultChildrenItem",
    "NodesNodeDisksLvmGetResultChildrenItemChildrenItem",
    "NodesNodeDisksLvmthinGetResultItem",
    "NodesNodeDisksZfsGetResultItem",
    "NodesNodeDisksZfsNameGetResult",
    "NodesNodeDisksZfsNameGetResultChildrenItem",
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


class NodesDisksListGetResultItem(PveModel):
    """Result object ``NodesDisksListGetResultItem``."""

    devpath: str
    """The device path"""

    gpt: bool

    mounted: bool

    osdid: int

    osdid_list: list[int] = Field(alias="osdid-list")

    size: int

    health: str | None = None

    model: str | None = None

    parent: str | None = None
    """For partitions only. The device path of the disk the partition resides on."""

    serial: str | None = None

    used: str | None = None

    vendor: str | None = None

    wwn: str | None = None


class NodesNodeDisksLvmGetResult(PveModel):
    """Result object ``NodesNodeDisksLvmGetResult``."""

    children: list[NodesNodeDisksLvmGetResultChildrenItem]

    leaf: bool


class NodesNodeDisksLvmGetResultChildrenItem(PveModel):
    """Result object ``NodesNodeDisksLvmGetResultChildrenItem``."""

    free: int
    """The free bytes in the volume group"""

    leaf: bool

    name: str
    """The name of the volume group"""

    size: int
    """The size of the volume group in bytes"""

    children: list[NodesNodeDisksLvmGetResultChildrenItemChildrenItem] | None = None
    """The underlying physical volumes"""


class NodesNodeDisksLvmGetResultChildrenItemChildrenItem(PveModel):
    """Result object ``NodesNodeDisksLvmGetResultChildrenItemChildrenItem``."""

    free: int
    """The free bytes in the physical volume"""

    leaf: bool

    name: str
    """The name of the physical volume"""

    size: int
    """The size of the physical volume in bytes"""


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


class NodesDisksSmartGetResult(PveModel):
    """Result object ``NodesDisksSmartGetResult``."""

    health: str

    attributes: list[Any] | None = None

    text: str | None = None

    type: str | None = None


class NodesNodeDisksZfsGetResultItem(PveModel):
    """Result object ``NodesNodeDisksZfsGetResultItem``."""

    alloc: int

    dedup: float

    frag: int

    free: int

    health: str

    name: str

    size: int


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
