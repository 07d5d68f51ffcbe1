# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``nodes_ceph``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .nodes_ceph_cmd_safety_get import (
        NodesCephCmdSafetyGetResult as NodesCephCmdSafetyGetResult,
    )
    from .nodes_ceph_log_get import (
        NodesCephLogGetResultItem as NodesCephLogGetResultItem,
    )
    from .nodes_ceph_pool_status_get import (
        NodesCephPoolStatusGetResult as NodesCephPoolStatusGetResult,
    )
    from .nodes_ceph_rules_get import (
        NodesCephRulesGetResultItem as NodesCephRulesGetResultItem,
    )
    from .nodes_node_ceph_fs_get import (
        NodesNodeCephFsGetResultItem as NodesNodeCephFsGetResultItem,
    )
    from .nodes_node_ceph_mds_get import (
        NodesNodeCephMdsGetResultItem as NodesNodeCephMdsGetResultItem,
    )
    from .nodes_node_ceph_mgr_get import (
        NodesNodeCephMgrGetResultItem as NodesNodeCephMgrGetResultItem,
    )
    from .nodes_node_ceph_mon_get import (
        NodesNodeCephMonGetResultItem as NodesNodeCephMonGetResultItem,
    )
    from .nodes_node_ceph_pool_get import (
        NodesNodeCephPoolGetResultItem as NodesNodeCephPoolGetResultItem,
    )

__all__ = [
    "NodesCephCmdSafetyGetResult",
    "NodesCephLogGetResultItem",
    "NodesCephPoolStatusGetResult",
    "NodesCephRulesGetResultItem",
    "NodesNodeCephFsGetResultItem",
    "NodesNodeCephMdsGetResultItem",
    "NodesNodeCephMgrGetResultItem",
    "NodesNodeCephMonGetResultItem",
    "NodesNodeCephPoolGetResultItem",
]

_INDEX: dict[str, str] = {
    "NodesCephCmdSafetyGetResult": "nodes_ceph_cmd_safety_get",
    "NodesNodeCephFsGetResultItem": "nodes_node_ceph_fs_get",
    "NodesCephLogGetResultItem": "nodes_ceph_log_get",
    "NodesNodeCephMdsGetResultItem": "nodes_node_ceph_mds_get",
    "NodesNodeCephMgrGetResultItem": "nodes_node_ceph_mgr_get",
    "NodesNodeCephMonGetResultItem": "nodes_node_ceph_mon_get",
    "NodesNodeCephPoolGetResultItem": "nodes_node_ceph_pool_get",
    "NodesCephPoolStatusGetResult": "nodes_ceph_pool_status_get",
    "NodesCephRulesGetResultItem": "nodes_ceph_rules_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
