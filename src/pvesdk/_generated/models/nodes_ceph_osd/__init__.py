# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``nodes_ceph_osd``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .nodes_ceph_osd_lv_info_get import (
        NodesCephOsdLvInfoGetResult as NodesCephOsdLvInfoGetResult,
    )
    from .nodes_ceph_osd_metadata_get import (
        NodesCephOsdMetadataGetResult as NodesCephOsdMetadataGetResult,
    )
    from .nodes_ceph_osd_metadata_get import (
        NodesCephOsdMetadataGetResultDevicesItem as NodesCephOsdMetadataGetResultDevicesItem,
    )
    from .nodes_ceph_osd_metadata_get import (
        NodesCephOsdMetadataGetResultOsd as NodesCephOsdMetadataGetResultOsd,
    )
    from .nodes_node_ceph_osd_get import (
        NodesNodeCephOsdGetResult as NodesNodeCephOsdGetResult,
    )

__all__ = [
    "NodesCephOsdLvInfoGetResult",
    "NodesCephOsdMetadataGetResult",
    "NodesCephOsdMetadataGetResultDevicesItem",
    "NodesCephOsdMetadataGetResultOsd",
    "NodesNodeCephOsdGetResult",
]

_INDEX: dict[str, str] = {
    "NodesNodeCephOsdGetResult": "nodes_node_ceph_osd_get",
    "NodesCephOsdLvInfoGetResult": "nodes_ceph_osd_lv_info_get",
    "NodesCephOsdMetadataGetResult": "nodes_ceph_osd_metadata_get",
    "NodesCephOsdMetadataGetResultDevicesItem": "nodes_ceph_osd_metadata_get",
    "NodesCephOsdMetadataGetResultOsd": "nodes_ceph_osd_metadata_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
