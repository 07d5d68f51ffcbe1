# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``cluster_sdn_fabrics``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cluster_sdn_fabrics_all_get import (
        ClusterSdnFabricsAllGetResult as ClusterSdnFabricsAllGetResult,
    )
    from .cluster_sdn_fabrics_all_get import (
        ClusterSdnFabricsAllGetResultFabricsItem as ClusterSdnFabricsAllGetResultFabricsItem,
    )
    from .cluster_sdn_fabrics_all_get import (
        ClusterSdnFabricsAllGetResultNodesItem as ClusterSdnFabricsAllGetResultNodesItem,
    )
    from .cluster_sdn_fabrics_fabric_get import (
        ClusterSdnFabricsFabricGetResultItem as ClusterSdnFabricsFabricGetResultItem,
    )
    from .cluster_sdn_fabrics_fabric_id_get import (
        ClusterSdnFabricsFabricIdGetResult as ClusterSdnFabricsFabricIdGetResult,
    )
    from .cluster_sdn_fabrics_get import (
        ClusterSdnFabricsGetResultItem as ClusterSdnFabricsGetResultItem,
    )
    from .cluster_sdn_fabrics_node_fabric_id_get import (
        ClusterSdnFabricsNodeFabricIdGetResultItem as ClusterSdnFabricsNodeFabricIdGetResultItem,
    )
    from .cluster_sdn_fabrics_node_fabric_id_node_id_get import (
        ClusterSdnFabricsNodeFabricIdNodeIdGetResult as ClusterSdnFabricsNodeFabricIdNodeIdGetResult,
    )
    from .cluster_sdn_fabrics_node_get import (
        ClusterSdnFabricsNodeGetResultItem as ClusterSdnFabricsNodeGetResultItem,
    )

__all__ = [
    "ClusterSdnFabricsAllGetResult",
    "ClusterSdnFabricsAllGetResultFabricsItem",
    "ClusterSdnFabricsAllGetResultNodesItem",
    "ClusterSdnFabricsFabricGetResultItem",
    "ClusterSdnFabricsFabricIdGetResult",
    "ClusterSdnFabricsGetResultItem",
    "ClusterSdnFabricsNodeFabricIdGetResultItem",
    "ClusterSdnFabricsNodeFabricIdNodeIdGetResult",
    "ClusterSdnFabricsNodeGetResultItem",
]

_INDEX: dict[str, str] = {
    "ClusterSdnFabricsGetResultItem": "cluster_sdn_fabrics_get",
    "ClusterSdnFabricsAllGetResult": "cluster_sdn_fabrics_all_get",
    "ClusterSdnFabricsAllGetResultFabricsItem": "cluster_sdn_fabrics_all_get",
    "ClusterSdnFabricsAllGetResultNodesItem": "cluster_sdn_fabrics_all_get",
    "ClusterSdnFabricsFabricGetResultItem": "cluster_sdn_fabrics_fabric_get",
    "ClusterSdnFabricsFabricIdGetResult": "cluster_sdn_fabrics_fabric_id_get",
    "ClusterSdnFabricsNodeGetResultItem": "cluster_sdn_fabrics_node_get",
    "ClusterSdnFabricsNodeFabricIdGetResultItem": "cluster_sdn_fabrics_node_fabric_id_get",
    "ClusterSdnFabricsNodeFabricIdNodeIdGetResult": "cluster_sdn_fabrics_node_fabric_id_node_id_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
