# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``cluster_jobs``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cluster_jobs_get import ClusterJobsGetResultItem as ClusterJobsGetResultItem
    from .cluster_jobs_realm_sync_get import (
        ClusterJobsRealmSyncGetResultItem as ClusterJobsRealmSyncGetResultItem,
    )
    from .cluster_jobs_schedule_analyze_get import (
        ClusterJobsScheduleAnalyzeGetResultItem as ClusterJobsScheduleAnalyzeGetResultItem,
    )

__all__ = [
    "ClusterJobsGetResultItem",
    "ClusterJobsRealmSyncGetResultItem",
    "ClusterJobsScheduleAnalyzeGetResultItem",
]

_INDEX: dict[str, str] = {
    "ClusterJobsGetResultItem": "cluster_jobs_get",
    "ClusterJobsRealmSyncGetResultItem": "cluster_jobs_realm_sync_get",
    "ClusterJobsScheduleAnalyzeGetResultItem": "cluster_jobs_schedule_analyze_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
