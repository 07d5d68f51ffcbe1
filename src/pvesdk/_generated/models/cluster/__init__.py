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
    from .cluster_ceph_flags_get import (
        ClusterCephFlagsGetResultItem as ClusterCephFlagsGetResultItem,
    )
    from .cluster_ceph_metadata_get import (
        ClusterCephMetadataGetResult as ClusterCephMetadataGetResult,
    )
    from .cluster_ceph_metadata_get import (
        ClusterCephMetadataGetResultOsdItem as ClusterCephMetadataGetResultOsdItem,
    )
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
    from .cluster_jobs_get import ClusterJobsGetResultItem as ClusterJobsGetResultItem
    from .cluster_jobs_realm_sync_get import (
        ClusterJobsRealmSyncGetResultItem as ClusterJobsRealmSyncGetResultItem,
    )
    from .cluster_jobs_schedule_analyze_get import (
        ClusterJobsScheduleAnalyzeGetResultItem as ClusterJobsScheduleAnalyzeGetResultItem,
    )
    from .cluster_mapping_dir_get import (
        ClusterMappingDirGetResultItem as ClusterMappingDirGetResultItem,
    )
    from .cluster_mapping_dir_get import (
        ClusterMappingDirGetResultItemChecksItem as ClusterMappingDirGetResultItemChecksItem,
    )
    from .cluster_mapping_pci_get import (
        ClusterMappingPciGetResultItem as ClusterMappingPciGetResultItem,
    )
    from .cluster_mapping_pci_get import (
        ClusterMappingPciGetResultItemChecksItem as ClusterMappingPciGetResultItemChecksItem,
    )
    from .cluster_mapping_usb_get import (
        ClusterMappingUsbGetResultItem as ClusterMappingUsbGetResultItem,
    )
    from .cluster_metrics_export_get import (
        ClusterMetricsExportGetResult as ClusterMetricsExportGetResult,
    )
    from .cluster_metrics_export_get import (
        ClusterMetricsExportGetResultDataItem as ClusterMetricsExportGetResultDataItem,
    )
    from .cluster_metrics_server_get import (
        ClusterMetricsServerGetResultItem as ClusterMetricsServerGetResultItem,
    )
    from .cluster_qemu_cpu_flags_get import (
        ClusterQemuCpuFlagsGetResultItem as ClusterQemuCpuFlagsGetResultItem,
    )
    from .cluster_qemu_custom_cpu_models_cputype_get import (
        ClusterQemuCustomCpuModelsCputypeGetResult as ClusterQemuCustomCpuModelsCputypeGetResult,
    )
    from .cluster_qemu_custom_cpu_models_get import (
        ClusterQemuCustomCpuModelsGetResultItem as ClusterQemuCustomCpuModelsGetResultItem,
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
    "ClusterCephFlagsGetResultItem",
    "ClusterCephMetadataGetResult",
    "ClusterCephMetadataGetResultOsdItem",
    "ClusterConfigJoinGetResult",
    "ClusterConfigJoinGetResultNodelistItem",
    "ClusterConfigNodesGetResultItem",
    "ClusterConfigNodesNodePostResult",
    "ClusterJobsGetResultItem",
    "ClusterJobsRealmSyncGetResultItem",
    "ClusterJobsScheduleAnalyzeGetResultItem",
    "ClusterMappingDirGetResultItem",
    "ClusterMappingDirGetResultItemChecksItem",
    "ClusterMappingPciGetResultItem",
    "ClusterMappingPciGetResultItemChecksItem",
    "ClusterMappingUsbGetResultItem",
    "ClusterMetricsExportGetResult",
    "ClusterMetricsExportGetResultDataItem",
    "ClusterMetricsServerGetResultItem",
    "ClusterQemuCpuFlagsGetResultItem",
    "ClusterQemuCustomCpuModelsCputypeGetResult",
    "ClusterQemuCustomCpuModelsGetResultItem",
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
    "ClusterCephFlagsGetResultItem": "cluster_ceph_flags_get",
    "ClusterCephMetadataGetResult": "cluster_ceph_metadata_get",
    "ClusterCephMetadataGetResultOsdItem": "cluster_ceph_metadata_get",
    "ClusterConfigJoinGetResult": "cluster_config_join_get",
    "ClusterConfigJoinGetResultNodelistItem": "cluster_config_join_get",
    "ClusterConfigNodesGetResultItem": "cluster_config_nodes_get",
    "ClusterConfigNodesNodePostResult": "cluster_config_nodes_node_post",
    "ClusterJobsGetResultItem": "cluster_jobs_get",
    "ClusterJobsRealmSyncGetResultItem": "cluster_jobs_realm_sync_get",
    "ClusterJobsScheduleAnalyzeGetResultItem": "cluster_jobs_schedule_analyze_get",
    "ClusterMappingDirGetResultItem": "cluster_mapping_dir_get",
    "ClusterMappingDirGetResultItemChecksItem": "cluster_mapping_dir_get",
    "ClusterMappingPciGetResultItem": "cluster_mapping_pci_get",
    "ClusterMappingPciGetResultItemChecksItem": "cluster_mapping_pci_get",
    "ClusterMappingUsbGetResultItem": "cluster_mapping_usb_get",
    "ClusterMetricsExportGetResult": "cluster_metrics_export_get",
    "ClusterMetricsExportGetResultDataItem": "cluster_metrics_export_get",
    "ClusterMetricsServerGetResultItem": "cluster_metrics_server_get",
    "ClusterQemuCpuFlagsGetResultItem": "cluster_qemu_cpu_flags_get",
    "ClusterQemuCustomCpuModelsGetResultItem": "cluster_qemu_custom_cpu_models_get",
    "ClusterQemuCustomCpuModelsCputypeGetResult": "cluster_qemu_custom_cpu_models_cputype_get",
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
