# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``cluster_config``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cluster_config_join_get import (
        ClusterConfigJoinGetResult as ClusterConfigJoinGetResult,
    )
    from .cluster_config_join_get import (
        ClusterConfigJoinGetResultNodelistItem as ClusterConfigJoinGetResultNodelistItem,
    )
    from .cluster_config_nodes_get import (
        ClusterConfigNodesGetResultItem as ClusterConfigNodesGetResultItem,
    )
    from .cluster_config_nodes_node_post import (
        ClusterConfigNodesNodePostResult as ClusterConfigNodesNodePostResult,
    )

__all__ = [
    "ClusterConfigJoinGetResult",
    "ClusterConfigJoinGetResultNodelistItem",
    "ClusterConfigNodesGetResultItem",
    "ClusterConfigNodesNodePostResult",
]

_INDEX: dict[str, str] = {
    "ClusterConfigJoinGetResult": "cluster_config_join_get",
    "ClusterConfigJoinGetResultNodelistItem": "cluster_config_join_get",
    "ClusterConfigNodesGetResultItem": "cluster_config_nodes_get",
    "ClusterConfigNodesNodePostResult": "cluster_config_nodes_node_post",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
