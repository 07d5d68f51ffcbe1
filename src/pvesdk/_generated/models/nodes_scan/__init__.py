# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``nodes_scan``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .nodes_scan_cifs_get import (
        NodesScanCifsGetResultItem as NodesScanCifsGetResultItem,
    )
    from .nodes_scan_get import NodesScanGetResultItem as NodesScanGetResultItem
    from .nodes_scan_iscsi_get import (
        NodesScanIscsiGetResultItem as NodesScanIscsiGetResultItem,
    )
    from .nodes_scan_lvm_get import (
        NodesScanLvmGetResultItem as NodesScanLvmGetResultItem,
    )
    from .nodes_scan_lvmthin_get import (
        NodesScanLvmthinGetResultItem as NodesScanLvmthinGetResultItem,
    )
    from .nodes_scan_nfs_get import (
        NodesScanNfsGetResultItem as NodesScanNfsGetResultItem,
    )
    from .nodes_scan_pbs_get import (
        NodesScanPbsGetResultItem as NodesScanPbsGetResultItem,
    )
    from .nodes_scan_zfs_get import (
        NodesScanZfsGetResultItem as NodesScanZfsGetResultItem,
    )

__all__ = [
    "NodesScanCifsGetResultItem",
    "NodesScanGetResultItem",
    "NodesScanIscsiGetResultItem",
    "NodesScanLvmGetResultItem",
    "NodesScanLvmthinGetResultItem",
    "NodesScanNfsGetResultItem",
    "NodesScanPbsGetResultItem",
    "NodesScanZfsGetResultItem",
]

_INDEX: dict[str, str] = {
    "NodesScanGetResultItem": "nodes_scan_get",
    "NodesScanCifsGetResultItem": "nodes_scan_cifs_get",
    "NodesScanIscsiGetResultItem": "nodes_scan_iscsi_get",
    "NodesScanLvmGetResultItem": "nodes_scan_lvm_get",
    "NodesScanLvmthinGetResultItem": "nodes_scan_lvmthin_get",
    "NodesScanNfsGetResultItem": "nodes_scan_nfs_get",
    "NodesScanPbsGetResultItem": "nodes_scan_pbs_get",
    "NodesScanZfsGetResultItem": "nodes_scan_zfs_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
