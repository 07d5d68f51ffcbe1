# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``cluster_sdn_route_maps``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cluster_sdn_route_maps_entries_get import (
        ClusterSdnRouteMapsEntriesGetResultItem as ClusterSdnRouteMapsEntriesGetResultItem,
    )
    from .cluster_sdn_route_maps_entries_route_map_id_entry_order_get import (
        ClusterSdnRouteMapsEntriesRouteMapIdEntryOrderGetResult as ClusterSdnRouteMapsEntriesRouteMapIdEntryOrderGetResult,
    )
    from .cluster_sdn_route_maps_entries_route_map_id_get import (
        ClusterSdnRouteMapsEntriesRouteMapIdGetResultItem as ClusterSdnRouteMapsEntriesRouteMapIdGetResultItem,
    )
    from .cluster_sdn_route_maps_get import (
        ClusterSdnRouteMapsGetResultItem as ClusterSdnRouteMapsGetResultItem,
    )

__all__ = [
    "ClusterSdnRouteMapsEntriesGetResultItem",
    "ClusterSdnRouteMapsEntriesRouteMapIdEntryOrderGetResult",
    "ClusterSdnRouteMapsEntriesRouteMapIdGetResultItem",
    "ClusterSdnRouteMapsGetResultItem",
]

_INDEX: dict[str, str] = {
    "ClusterSdnRouteMapsGetResultItem": "cluster_sdn_route_maps_get",
    "ClusterSdnRouteMapsEntriesGetResultItem": "cluster_sdn_route_maps_entries_get",
    "ClusterSdnRouteMapsEntriesRouteMapIdGetResultItem": "cluster_sdn_route_maps_entries_route_map_id_get",
    "ClusterSdnRouteMapsEntriesRouteMapIdEntryOrderGetResult": "cluster_sdn_route_maps_entries_route_map_id_entry_order_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
