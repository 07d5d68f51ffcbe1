# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``cluster``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cluster_backup_get import (
        ClusterBackupGetResultItem as ClusterBackupGetResultItem,
    )
    from .cluster_backup_get import (
        ClusterBackupGetResultItemFleecing as ClusterBackupGetResultItemFleecing,
    )
    from .cluster_backup_get import (
        ClusterBackupGetResultItemPerformance as ClusterBackupGetResultItemPerformance,
    )
    from .cluster_backup_get import (
        ClusterBackupGetResultItemPruneBackups as ClusterBackupGetResultItemPruneBackups,
    )
    from .cluster_backup_id_get import (
        ClusterBackupIdGetResult as ClusterBackupIdGetResult,
    )
    from .cluster_backup_id_get import (
        ClusterBackupIdGetResultFleecing as ClusterBackupIdGetResultFleecing,
    )
    from .cluster_backup_id_get import (
        ClusterBackupIdGetResultPerformance as ClusterBackupIdGetResultPerformance,
    )
    from .cluster_backup_id_get import (
        ClusterBackupIdGetResultPruneBackups as ClusterBackupIdGetResultPruneBackups,
    )
    from .cluster_backup_included_volumes_get import (
        ClusterBackupIncludedVolumesGetResult as ClusterBackupIncludedVolumesGetResult,
    )
    from .cluster_backup_included_volumes_get import (
        ClusterBackupIncludedVolumesGetResultChildrenItem as ClusterBackupIncludedVolumesGetResultChildrenItem,
    )
    from .cluster_backup_included_volumes_get import (
        ClusterBackupIncludedVolumesGetResultChildrenItemChildrenItem as ClusterBackupIncludedVolumesGetResultChildrenItemChildrenItem,
    )
    from .cluster_backup_info_get import (
        ClusterBackupInfoGetResultItem as ClusterBackupInfoGetResultItem,
    )
    from .cluster_backup_info_not_backed_up_get import (
        ClusterBackupInfoNotBackedUpGetResultItem as ClusterBackupInfoNotBackedUpGetResultItem,
    )
    from .cluster_replication_get import (
        ClusterReplicationGetResultItem as ClusterReplicationGetResultItem,
    )
    from .cluster_replication_id_get import (
        ClusterReplicationIdGetResult as ClusterReplicationIdGetResult,
    )
    from .cluster_resources_get import (
        ClusterResourcesGetResultItem as ClusterResourcesGetResultItem,
    )
    from .cluster_status_get import (
        ClusterStatusGetResultItem as ClusterStatusGetResultItem,
    )
    from .cluster_tasks_get import (
        ClusterTasksGetResultItem as ClusterTasksGetResultItem,
    )

__all__ = [
    "ClusterBackupGetResultItem",
    "ClusterBackupGetResultItemFleecing",
    "ClusterBackupGetResultItemPerformance",
    "ClusterBackupGetResultItemPruneBackups",
    "ClusterBackupIdGetResult",
    "ClusterBackupIdGetResultFleecing",
    "ClusterBackupIdGetResultPerformance",
    "ClusterBackupIdGetResultPruneBackups",
    "ClusterBackupIncludedVolumesGetResult",
    "ClusterBackupIncludedVolumesGetResultChildrenItem",
    "ClusterBackupIncludedVolumesGetResultChildrenItemChildrenItem",
    "ClusterBackupInfoGetResultItem",
    "ClusterBackupInfoNotBackedUpGetResultItem",
    "ClusterReplicationGetResultItem",
    "ClusterReplicationIdGetResult",
    "ClusterResourcesGetResultItem",
    "ClusterStatusGetResultItem",
    "ClusterTasksGetResultItem",
]

_INDEX: dict[str, str] = {
    "ClusterBackupGetResultItem": "cluster_backup_get",
    "ClusterBackupGetResultItemFleecing": "cluster_backup_get",
    "ClusterBackupGetResultItemPerformance": "cluster_backup_get",
    "ClusterBackupGetResultItemPruneBackups": "cluster_backup_get",
    "ClusterBackupIdGetResult": "cluster_backup_id_get",
    "ClusterBackupIdGetResultFleecing": "cluster_backup_id_get",
    "ClusterBackupIdGetResultPerformance": "cluster_backup_id_get",
    "ClusterBackupIdGetResultPruneBackups": "cluster_backup_id_get",
    "ClusterBackupIncludedVolumesGetResult": "cluster_backup_included_volumes_get",
    "ClusterBackupIncludedVolumesGetResultChildrenItem": "cluster_backup_included_volumes_get",
    "ClusterBackupIncludedVolumesGetResultChildrenItemChildrenItem": "cluster_backup_included_volumes_get",
    "ClusterBackupInfoGetResultItem": "cluster_backup_info_get",
    "ClusterBackupInfoNotBackedUpGetResultItem": "cluster_backup_info_not_backed_up_get",
    "ClusterReplicationGetResultItem": "cluster_replication_get",
    "ClusterReplicationIdGetResult": "cluster_replication_id_get",
    "ClusterResourcesGetResultItem": "cluster_resources_get",
    "ClusterStatusGetResultItem": "cluster_status_get",
    "ClusterTasksGetResultItem": "cluster_tasks_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
