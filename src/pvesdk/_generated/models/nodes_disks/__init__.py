# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``nodes_disks``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .nodes_disks_list_get import (
        NodesDisksListGetResultItem as NodesDisksListGetResultItem,
    )
    from .nodes_disks_smart_get import (
        NodesDisksSmartGetResult as NodesDisksSmartGetResult,
    )
    from .nodes_node_disks_directory_get import (
        NodesNodeDisksDirectoryGetResultItem as NodesNodeDisksDirectoryGetResultItem,
    )
    from .nodes_node_disks_lvm_get import (
        NodesNodeDisksLvmGetResult as NodesNodeDisksLvmGetResult,
    )
    from .nodes_node_disks_lvm_get import (
        NodesNodeDisksLvmGetResultChildrenItem as NodesNodeDisksLvmGetResultChildrenItem,
    )
    from .nodes_node_disks_lvm_get import (
        NodesNodeDisksLvmGetResultChildrenItemChildrenItem as NodesNodeDisksLvmGetResultChildrenItemChildrenItem,
    )
    from .nodes_node_disks_lvmthin_get import (
        NodesNodeDisksLvmthinGetResultItem as NodesNodeDisksLvmthinGetResultItem,
    )
    from .nodes_node_disks_zfs_get import (
        NodesNodeDisksZfsGetResultItem as NodesNodeDisksZfsGetResultItem,
    )
    from .nodes_node_disks_zfs_name_get import (
        NodesNodeDisksZfsNameGetResult as NodesNodeDisksZfsNameGetResult,
    )
    from .nodes_node_disks_zfs_name_get import (
        NodesNodeDisksZfsNameGetResultChildrenItem as NodesNodeDisksZfsNameGetResultChildrenItem,
    )

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

_INDEX: dict[str, str] = {
    "NodesNodeDisksDirectoryGetResultItem": "nodes_node_disks_directory_get",
    "NodesDisksListGetResultItem": "nodes_disks_list_get",
    "NodesNodeDisksLvmGetResult": "nodes_node_disks_lvm_get",
    "NodesNodeDisksLvmGetResultChildrenItem": "nodes_node_disks_lvm_get",
    "NodesNodeDisksLvmGetResultChildrenItemChildrenItem": "nodes_node_disks_lvm_get",
    "NodesNodeDisksLvmthinGetResultItem": "nodes_node_disks_lvmthin_get",
    "NodesDisksSmartGetResult": "nodes_disks_smart_get",
    "NodesNodeDisksZfsGetResultItem": "nodes_node_disks_zfs_get",
    "NodesNodeDisksZfsNameGetResult": "nodes_node_disks_zfs_name_get",
    "NodesNodeDisksZfsNameGetResultChildrenItem": "nodes_node_disks_zfs_name_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
