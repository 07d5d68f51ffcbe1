# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/disks/lvm``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesNodeDisksLvmGetResult",
    "NodesNodeDisksLvmGetResultChildrenItem",
    "NodesNodeDisksLvmGetResultChildrenItemChildrenItem",
]


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
