# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``cluster`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import checked as _checked
from pvesdk._runtime import family as _family
from pvesdk._runtime import join as _join
from pvesdk._runtime import segment as _segment
from pvesdk._runtime import sequence as _sequence
from pvesdk.tasks import Task
from pvesdk.tasks import bind_task as _task

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.cluster.cluster_backup_get import ClusterBackupGetResultItem
    from ..models.cluster.cluster_backup_id_get import ClusterBackupIdGetResult
    from ..models.cluster.cluster_backup_included_volumes_get import (
        ClusterBackupIncludedVolumesGetResult,
    )
    from ..models.cluster.cluster_backup_info_get import ClusterBackupInfoGetResultItem
    from ..models.cluster.cluster_backup_info_not_backed_up_get import (
        ClusterBackupInfoNotBackedUpGetResultItem,
    )
    from ..models.cluster.cluster_ceph_flags_get import ClusterCephFlagsGetResultItem
    from ..models.cluster.cluster_ceph_metadata_get import ClusterCephMetadataGetResult
    from ..models.cluster.cluster_config_join_get import ClusterConfigJoinGetResult
    from ..models.cluster.cluster_config_nodes_get import (
        ClusterConfigNodesGetResultItem,
    )
    from ..models.cluster.cluster_config_nodes_node_post import (
        ClusterConfigNodesNodePostResult,
    )
    from ..models.cluster.cluster_jobs_get import ClusterJobsGetResultItem
    from ..models.cluster.cluster_jobs_realm_sync_get import (
        ClusterJobsRealmSyncGetResultItem,
    )
    from ..models.cluster.cluster_jobs_schedule_analyze_get import (
        ClusterJobsScheduleAnalyzeGetResultItem,
    )
    from ..models.cluster.cluster_mapping_dir_get import ClusterMappingDirGetResultItem
    from ..models.cluster.cluster_mapping_pci_get import ClusterMappingPciGetResultItem
    from ..models.cluster.cluster_mapping_usb_get import ClusterMappingUsbGetResultItem
    from ..models.cluster.cluster_metrics_export_get import (
        ClusterMetricsExportGetResult,
    )
    from ..models.cluster.cluster_metrics_server_get import (
        ClusterMetricsServerGetResultItem,
    )
    from ..models.cluster.cluster_qemu_cpu_flags_get import (
        ClusterQemuCpuFlagsGetResultItem,
    )
    from ..models.cluster.cluster_qemu_custom_cpu_models_cputype_get import (
        ClusterQemuCustomCpuModelsCputypeGetResult,
    )
    from ..models.cluster.cluster_qemu_custom_cpu_models_get import (
        ClusterQemuCustomCpuModelsGetResultItem,
    )
    from ..models.cluster.cluster_replication_get import ClusterReplicationGetResultItem
    from ..models.cluster.cluster_replication_id_get import (
        ClusterReplicationIdGetResult,
    )
    from ..models.cluster.cluster_resources_get import ClusterResourcesGetResultItem
    from ..models.cluster.cluster_status_get import ClusterStatusGetResultItem
    from ..models.cluster.cluster_tasks_get import ClusterTasksGetResultItem
    from ..propstr.bwlimit import Bwlimit
    from ..propstr.crs import Crs
    from ..propstr.dir_map import DirMap
    from ..propstr.fleecing import Fleecing
    from ..propstr.ha import Ha
    from ..propstr.link import Link
    from ..propstr.location import Location
    from ..propstr.migration import Migration
    from ..propstr.next_id import NextId
    from ..propstr.notify import Notify
    from ..propstr.pci_map import PciMap
    from ..propstr.performance import Performance
    from ..propstr.prune_backups import PruneBackups
    from ..propstr.replication import Replication
    from ..propstr.tag_style import TagStyle
    from ..propstr.u2f import U2f
    from ..propstr.usb_map import UsbMap
    from ..propstr.user_tag_access import UserTagAccess
    from ..propstr.webauthn import Webauthn
    from . import cluster_acme as _cluster_acme
    from . import cluster_firewall as _cluster_firewall
    from . import cluster_ha as _cluster_ha
    from . import cluster_notifications as _cluster_notifications
    from . import cluster_sdn as _cluster_sdn

_R0: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /cluster")
_R1: Returns[list[ClusterBackupGetResultItem]] = Returns(
    "list[ClusterBackupGetResultItem]", "GET /cluster/backup", "models.cluster.cluster_backup_get"
)
_R2: Returns[None] = Returns("None", "POST /cluster/backup")
_R3: Returns[ClusterBackupIdGetResult] = Returns(
    "ClusterBackupIdGetResult", "GET /cluster/backup/{id}", "models.cluster.cluster_backup_id_get"
)
_R4: Returns[None] = Returns("None", "PUT /cluster/backup/{id}")
_R5: Returns[None] = Returns("None", "DELETE /cluster/backup/{id}")
_R6: Returns[ClusterBackupIncludedVolumesGetResult] = Returns(
    "ClusterBackupIncludedVolumesGetResult",
    "GET /cluster/backup/{id}/included_volumes",
    "models.cluster.cluster_backup_included_volumes_get",
)
_R7: Returns[list[ClusterBackupInfoGetResultItem]] = Returns(
    "list[ClusterBackupInfoGetResultItem]",
    "GET /cluster/backup-info",
    "models.cluster.cluster_backup_info_get",
)
_R8: Returns[list[ClusterBackupInfoNotBackedUpGetResultItem]] = Returns(
    "list[ClusterBackupInfoNotBackedUpGetResultItem]",
    "GET /cluster/backup-info/not-backed-up",
    "models.cluster.cluster_backup_info_not_backed_up_get",
)
_R9: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /cluster/bulk-action")
_R10: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /cluster/bulk-action/guest"
)
_R11: Returns[str] = Returns("str", "POST /cluster/bulk-action/guest/migrate")
_R12: Returns[str] = Returns("str", "POST /cluster/bulk-action/guest/shutdown")
_R13: Returns[str] = Returns("str", "POST /cluster/bulk-action/guest/start")
_R14: Returns[str] = Returns("str", "POST /cluster/bulk-action/guest/suspend")
_R15: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /cluster/ceph")
_R16: Returns[list[ClusterCephFlagsGetResultItem]] = Returns(
    "list[ClusterCephFlagsGetResultItem]",
    "GET /cluster/ceph/flags",
    "models.cluster.cluster_ceph_flags_get",
)
_R17: Returns[str] = Returns("str", "PUT /cluster/ceph/flags")
_R18: Returns[bool] = Returns("bool", "GET /cluster/ceph/flags/{flag}")
_R19: Returns[None] = Returns("None", "PUT /cluster/ceph/flags/{flag}")
_R20: Returns[ClusterCephMetadataGetResult] = Returns(
    "ClusterCephMetadataGetResult",
    "GET /cluster/ceph/metadata",
    "models.cluster.cluster_ceph_metadata_get",
)
_R21: Returns[dict[str, Any]] = Returns("dict[str, Any]", "GET /cluster/ceph/status")
_R22: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /cluster/config")
_R23: Returns[str] = Returns("str", "POST /cluster/config")
_R24: Returns[int] = Returns("int", "GET /cluster/config/apiversion")
_R25: Returns[ClusterConfigJoinGetResult] = Returns(
    "ClusterConfigJoinGetResult",
    "GET /cluster/config/join",
    "models.cluster.cluster_config_join_get",
)
_R26: Returns[str] = Returns("str", "POST /cluster/config/join")
_R27: Returns[list[ClusterConfigNodesGetResultItem]] = Returns(
    "list[ClusterConfigNodesGetResultItem]",
    "GET /cluster/config/nodes",
    "models.cluster.cluster_config_nodes_get",
)
_R28: Returns[ClusterConfigNodesNodePostResult] = Returns(
    "ClusterConfigNodesNodePostResult",
    "POST /cluster/config/nodes/{node}",
    "models.cluster.cluster_config_nodes_node_post",
)
_R29: Returns[None] = Returns("None", "DELETE /cluster/config/nodes/{node}")
_R30: Returns[dict[str, Any]] = Returns("dict[str, Any]", "GET /cluster/config/qdevice")
_R31: Returns[dict[str, Any]] = Returns("dict[str, Any]", "GET /cluster/config/totem")
_R32: Returns[list[ClusterJobsGetResultItem]] = Returns(
    "list[ClusterJobsGetResultItem]", "GET /cluster/jobs", "models.cluster.cluster_jobs_get"
)
_R33: Returns[list[ClusterJobsRealmSyncGetResultItem]] = Returns(
    "list[ClusterJobsRealmSyncGetResultItem]",
    "GET /cluster/jobs/realm-sync",
    "models.cluster.cluster_jobs_realm_sync_get",
)
_R34: Returns[dict[str, Any]] = Returns("dict[str, Any]", "GET /cluster/jobs/realm-sync/{id}")
_R35: Returns[None] = Returns("None", "POST /cluster/jobs/realm-sync/{id}")
_R36: Returns[None] = Returns("None", "PUT /cluster/jobs/realm-sync/{id}")
_R37: Returns[None] = Returns("None", "DELETE /cluster/jobs/realm-sync/{id}")
_R38: Returns[list[ClusterJobsScheduleAnalyzeGetResultItem]] = Returns(
    "list[ClusterJobsScheduleAnalyzeGetResultItem]",
    "GET /cluster/jobs/schedule-analyze",
    "models.cluster.cluster_jobs_schedule_analyze_get",
)
_R39: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /cluster/log")
_R40: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /cluster/mapping")
_R41: Returns[list[ClusterMappingDirGetResultItem]] = Returns(
    "list[ClusterMappingDirGetResultItem]",
    "GET /cluster/mapping/dir",
    "models.cluster.cluster_mapping_dir_get",
)
_R42: Returns[None] = Returns("None", "POST /cluster/mapping/dir")
_R43: Returns[dict[str, Any]] = Returns("dict[str, Any]", "GET /cluster/mapping/dir/{id}")
_R44: Returns[None] = Returns("None", "PUT /cluster/mapping/dir/{id}")
_R45: Returns[None] = Returns("None", "DELETE /cluster/mapping/dir/{id}")
_R46: Returns[list[ClusterMappingPciGetResultItem]] = Returns(
    "list[ClusterMappingPciGetResultItem]",
    "GET /cluster/mapping/pci",
    "models.cluster.cluster_mapping_pci_get",
)
_R47: Returns[None] = Returns("None", "POST /cluster/mapping/pci")
_R48: Returns[dict[str, Any]] = Returns("dict[str, Any]", "GET /cluster/mapping/pci/{id}")
_R49: Returns[None] = Returns("None", "PUT /cluster/mapping/pci/{id}")
_R50: Returns[None] = Returns("None", "DELETE /cluster/mapping/pci/{id}")
_R51: Returns[list[ClusterMappingUsbGetResultItem]] = Returns(
    "list[ClusterMappingUsbGetResultItem]",
    "GET /cluster/mapping/usb",
    "models.cluster.cluster_mapping_usb_get",
)
_R52: Returns[None] = Returns("None", "POST /cluster/mapping/usb")
_R53: Returns[dict[str, Any]] = Returns("dict[str, Any]", "GET /cluster/mapping/usb/{id}")
_R54: Returns[None] = Returns("None", "PUT /cluster/mapping/usb/{id}")
_R55: Returns[None] = Returns("None", "DELETE /cluster/mapping/usb/{id}")
_R56: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /cluster/metrics")
_R57: Returns[ClusterMetricsExportGetResult] = Returns(
    "ClusterMetricsExportGetResult",
    "GET /cluster/metrics/export",
    "models.cluster.cluster_metrics_export_get",
)
_R58: Returns[list[ClusterMetricsServerGetResultItem]] = Returns(
    "list[ClusterMetricsServerGetResultItem]",
    "GET /cluster/metrics/server",
    "models.cluster.cluster_metrics_server_get",
)
_R59: Returns[dict[str, Any]] = Returns("dict[str, Any]", "GET /cluster/metrics/server/{id}")
_R60: Returns[None] = Returns("None", "POST /cluster/metrics/server/{id}")
_R61: Returns[None] = Returns("None", "PUT /cluster/metrics/server/{id}")
_R62: Returns[None] = Returns("None", "DELETE /cluster/metrics/server/{id}")
_R63: Returns[int] = Returns("int", "GET /cluster/nextid")
_R64: Returns[dict[str, Any]] = Returns("dict[str, Any]", "GET /cluster/options")
_R65: Returns[None] = Returns("None", "PUT /cluster/options")
_R66: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /cluster/qemu")
_R67: Returns[list[ClusterQemuCpuFlagsGetResultItem]] = Returns(
    "list[ClusterQemuCpuFlagsGetResultItem]",
    "GET /cluster/qemu/cpu-flags",
    "models.cluster.cluster_qemu_cpu_flags_get",
)
_R68: Returns[list[ClusterQemuCustomCpuModelsGetResultItem]] = Returns(
    "list[ClusterQemuCustomCpuModelsGetResultItem]",
    "GET /cluster/qemu/custom-cpu-models",
    "models.cluster.cluster_qemu_custom_cpu_models_get",
)
_R69: Returns[None] = Returns("None", "POST /cluster/qemu/custom-cpu-models")
_R70: Returns[ClusterQemuCustomCpuModelsCputypeGetResult] = Returns(
    "ClusterQemuCustomCpuModelsCputypeGetResult",
    "GET /cluster/qemu/custom-cpu-models/{cputype}",
    "models.cluster.cluster_qemu_custom_cpu_models_cputype_get",
)
_R71: Returns[None] = Returns("None", "PUT /cluster/qemu/custom-cpu-models/{cputype}")
_R72: Returns[None] = Returns("None", "DELETE /cluster/qemu/custom-cpu-models/{cputype}")
_R73: Returns[list[ClusterReplicationGetResultItem]] = Returns(
    "list[ClusterReplicationGetResultItem]",
    "GET /cluster/replication",
    "models.cluster.cluster_replication_get",
)
_R74: Returns[None] = Returns("None", "POST /cluster/replication")
_R75: Returns[ClusterReplicationIdGetResult] = Returns(
    "ClusterReplicationIdGetResult",
    "GET /cluster/replication/{id}",
    "models.cluster.cluster_replication_id_get",
)
_R76: Returns[None] = Returns("None", "PUT /cluster/replication/{id}")
_R77: Returns[None] = Returns("None", "DELETE /cluster/replication/{id}")
_R78: Returns[list[ClusterResourcesGetResultItem]] = Returns(
    "list[ClusterResourcesGetResultItem]",
    "GET /cluster/resources",
    "models.cluster.cluster_resources_get",
)
_R79: Returns[list[ClusterStatusGetResultItem]] = Returns(
    "list[ClusterStatusGetResultItem]", "GET /cluster/status", "models.cluster.cluster_status_get"
)
_R80: Returns[list[ClusterTasksGetResultItem]] = Returns(
    "list[ClusterTasksGetResultItem]", "GET /cluster/tasks", "models.cluster.cluster_tasks_get"
)


class Cluster(SyncPath):
    """``/cluster`` (cluster)

    ``GET``: Cluster index."""

    __slots__ = ()

    @property
    def acme(self) -> _cluster_acme.ClusterAcme:
        """ACMEAccount index."""
        from . import cluster_acme as _cluster_acme

        return _cluster_acme.ClusterAcme(self._c, self._p + "/acme")

    @property
    def backup(self) -> ClusterBackup:
        """List vzdump backup schedule."""
        return ClusterBackup(self._c, self._p + "/backup")

    @property
    def backup_info(self) -> ClusterBackupInfo:
        """Index for backup info related endpoints"""
        return ClusterBackupInfo(self._c, self._p + "/backup-info")

    @property
    def bulk_action(self) -> ClusterBulkAction:
        """List resource types."""
        return ClusterBulkAction(self._c, self._p + "/bulk-action")

    @property
    def ceph(self) -> ClusterCeph:
        """Cluster ceph index."""
        return ClusterCeph(self._c, self._p + "/ceph")

    @property
    def config(self) -> ClusterConfig:
        """Directory index."""
        return ClusterConfig(self._c, self._p + "/config")

    @property
    def firewall(self) -> _cluster_firewall.ClusterFirewall:
        """Directory index."""
        from . import cluster_firewall as _cluster_firewall

        return _cluster_firewall.ClusterFirewall(self._c, self._p + "/firewall")

    @property
    def ha(self) -> _cluster_ha.ClusterHa:
        """Directory index."""
        from . import cluster_ha as _cluster_ha

        return _cluster_ha.ClusterHa(self._c, self._p + "/ha")

    @property
    def jobs(self) -> ClusterJobs:
        """Index for jobs related endpoints."""
        return ClusterJobs(self._c, self._p + "/jobs")

    @property
    def log(self) -> ClusterLog:
        """Read cluster log"""
        return ClusterLog(self._c, self._p + "/log")

    @property
    def mapping(self) -> ClusterMapping:
        """List resource types."""
        return ClusterMapping(self._c, self._p + "/mapping")

    @property
    def metrics(self) -> ClusterMetrics:
        """Metrics index."""
        return ClusterMetrics(self._c, self._p + "/metrics")

    @property
    def nextid(self) -> ClusterNextid:
        """Get next free VMID. Pass a VMID to assert that its free (at time of check)."""
        return ClusterNextid(self._c, self._p + "/nextid")

    @property
    def notifications(self) -> _cluster_notifications.ClusterNotifications:
        """Index for notification-related API endpoints."""
        from . import cluster_notifications as _cluster_notifications

        return _cluster_notifications.ClusterNotifications(self._c, self._p + "/notifications")

    @property
    def options(self) -> ClusterOptions:
        """Get datacenter options. Without 'Sys.Audit' on '/' not all options are returned."""
        return ClusterOptions(self._c, self._p + "/options")

    @property
    def qemu(self) -> ClusterQemu:
        """Cluster-wide QEMU index"""
        return ClusterQemu(self._c, self._p + "/qemu")

    @property
    def replication(self) -> ClusterReplication:
        """List replication jobs."""
        return ClusterReplication(self._c, self._p + "/replication")

    @property
    def resources(self) -> ClusterResources:
        """Resources index (cluster wide)."""
        return ClusterResources(self._c, self._p + "/resources")

    @property
    def sdn(self) -> _cluster_sdn.ClusterSdn:
        """Directory index."""
        from . import cluster_sdn as _cluster_sdn

        return _cluster_sdn.ClusterSdn(self._c, self._p + "/sdn")

    @property
    def status(self) -> ClusterStatus:
        """Get cluster status information."""
        return ClusterStatus(self._c, self._p + "/status")

    @property
    def tasks(self) -> ClusterTasks:
        """List recent tasks (cluster wide)."""
        return ClusterTasks(self._c, self._p + "/tasks")

    def get(self) -> list[dict[str, Any]]:
        """Cluster index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /cluster`` (``index``)."""
        return self._c._call("GET", self._p, {}, _R0)


class ClusterBackup(SyncPath):
    """``/cluster/backup`` (backup)

    ``GET``: List vzdump backup schedule.
    ``POST``: Create new vzdump backup job."""

    __slots__ = ()

    def id(self, id: str) -> ClusterBackupId:
        """The job ID."""
        return ClusterBackupId(self._c, self._p + "/" + _segment(id))

    def get(self) -> list[ClusterBackupGetResultItem]:
        """List vzdump backup schedule.

        Returns:
            ``list[ClusterBackupGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/backup`` (``index``)."""
        return self._c._call("GET", self._p, {}, _R1)

    def post(
        self,
        *,
        all: bool | None = None,
        bwlimit: int | None = None,
        comment: str | None = None,
        compress: Literal["0", "1", "gzip", "lzo", "zstd"] | None = None,
        dow: str | Sequence[str] | None = None,
        dumpdir: str | None = None,
        enabled: bool | None = None,
        exclude: str | Sequence[str] | None = None,
        exclude_path: list[str] | tuple[str, ...] | None = None,
        fleecing: Fleecing | str | None = None,
        id: str | None = None,
        ionice: int | None = None,
        lockwait: int | None = None,
        mailnotification: Literal["always", "failure"] | None = None,
        mailto: str | Sequence[str] | None = None,
        mode: Literal["snapshot", "suspend", "stop"] | None = None,
        node: str | None = None,
        notes_template: str | None = None,
        notification_mode: Literal["auto", "legacy-sendmail", "notification-system"] | None = None,
        pbs_change_detection_mode: Literal["legacy", "data", "metadata"] | None = None,
        performance: Performance | str | None = None,
        pigz: int | None = None,
        pool: str | None = None,
        protected: bool | None = None,
        prune_backups: PruneBackups | str | None = None,
        quiet: bool | None = None,
        remove: bool | None = None,
        repeat_missed: bool | None = None,
        schedule: str | None = None,
        script: str | None = None,
        starttime: str | None = None,
        stdexcludes: bool | None = None,
        stop: bool | None = None,
        stopwait: int | None = None,
        storage: str | None = None,
        tmpdir: str | None = None,
        vmid: str | Sequence[str] | None = None,
        zstd: int | None = None,
    ) -> None:
        """Create new vzdump backup job.

        Args:
            all: Backup all known guest systems on this host.
                Default: ``0``.
            bwlimit: Limit I/O bandwidth (in KiB/s).
                Range: 0 to inf.
                Default: ``0``.
            comment: Description for the Job.
                Length: 0 to 512.
            compress: Compress dump file.
                Default: ``0``.
            dow: Deprecated: Use 'schedule' instead. Day of week selection. 'starttime' and 'dow' will be converted into 'schedule' if used.
                Format: ``pve-day-of-week-list``.
                Default: ``mon,tue,wed,thu,fri,sat,sun``.
                Syntax: ``<string>``.
            dumpdir: Store resulting files to specified directory.
            enabled: Enable or disable the job.
                Default: 1.
            exclude: Exclude specified guest systems (assumes --all)
                Format: ``pve-vmid-list``.
                Syntax: ``<string>``.
            exclude_path: Exclude certain files/directories (shell globs). Paths starting with '/' are anchored to the container's root, other paths match relative to each subdirectory.
            fleecing: Options for backup fleecing (VM only).
                Proxmox VE: New in 8.2.
                Format: ``backup-fleecing``.
            id: Job ID (will be autogenerated).
                Format: ``pve-configid``.
            ionice: Set IO priority when using the BFQ scheduler. For snapshot and suspend mode backups of VMs, this only affects the compressor. A value of 8 means the idle priority is used, otherwise the best-effort priority is used with the specified value.
                Range: 0 to 8.
                Default: ``7``.
            lockwait: Maximal time to wait for the global lock (minutes).
                Range: 0 to inf.
                Default: ``180``.
            mailnotification: Deprecated: use notification targets/matchers instead. Specify when to send a notification mail
                Default: ``always``.
            mailto: Deprecated: Use notification targets/matchers instead. Comma-separated list of email addresses or users that should receive email notifications.
                Format: ``email-or-username-list``.
                Syntax: ``<string>``.
            mode: Backup mode.
                Default: ``snapshot``.
            node: Only run if executed on this node.
                Format: ``pve-node``.
            notes_template: Template string for generating notes for the backup(s). It can contain variables which will be replaced by their values. Currently supported are {{cluster}}, {{guestname}}, {{node}}, and {{vmid}}, but more might be added in the future. Needs to be a single line, newline and backslash need to be escaped as '\\n' and '\\\\' respectively.
                Length: 0 to 1024.
            notification_mode: Determine which notification system to use. If set to 'legacy-sendmail', vzdump will consider the mailto/mailnotification parameters and send emails to the specified address(es) via the 'sendmail' command. If set to 'notification-system', a notification will be sent via PVE's notification system, and the mailto and mailnotification will be ignored. If set to 'auto' (default setting), an email will be sent if mailto is set, and the notification system will be used if not.
                Proxmox VE: New in 8.1.
                Default: ``auto``.
            pbs_change_detection_mode: PBS mode used to detect file changes and switch encoding format for container backups.
                Proxmox VE: New in 8.2.
            performance: Other performance-related settings.
                Format: ``backup-performance``.
            pigz: Use pigz instead of gzip when N>0. N=1 uses half of cores, N>1 uses N as thread count.
                Default: ``0``.
            pool: Backup all known guest systems included in the specified pool.
            protected: If true, mark backup(s) as protected.
            prune_backups: Use these retention options instead of those from the storage configuration.
                Format: ``prune-backups``.
                Default: ``keep-all=1``.
            quiet: Be quiet.
                Default: ``0``.
            remove: Prune older backups according to 'prune-backups'.
                Default: ``1``.
            repeat_missed: If true, the job will be run as soon as possible if it was missed while the scheduler was not running.
                Default: ``0``.
            schedule: Backup schedule. The format is a subset of `systemd` calendar events.
                Length: 0 to 128.
                Format: ``pve-calendar-event``.
            script: Use specified hook script.
            starttime: Deprecated: Use 'schedule' instead. Job Start time. 'starttime' and 'dow' will be converted into 'schedule' if used.
                Pattern: ``^\\d{1,2}:\\d{1,2}$``.
            stdexcludes: Exclude temporary files and logs.
                Default: ``1``.
            stop: Stop running backup jobs on this host.
                Default: ``0``.
            stopwait: Maximal time to wait until a guest system is stopped (minutes).
                Range: 0 to inf.
                Default: ``10``.
            storage: Store resulting file to this storage.
                Format: ``pve-storage-id``.
            tmpdir: Store temporary files to specified directory.
            vmid: The ID of the guest system you want to backup.
                Format: ``pve-vmid-list``.
                Syntax: ``<string>``.
            zstd: Zstd threads. N=0 uses half of the available cores, if N is set to a value bigger than 0, N is used as thread count.
                Default: ``1``.

        Returns:
            ``None``

        Permissions:
            The 'tmpdir', 'dumpdir' and 'script' parameters are additionally restricted to the 'root@pam' user.
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/backup`` (``create_job``)."""
        params = {
            "all": all,
            "bwlimit": bwlimit,
            "comment": comment,
            "compress": compress,
            "dow": _join(dow),
            "dumpdir": dumpdir,
            "enabled": enabled,
            "exclude": _join(exclude),
            "exclude-path": _sequence("exclude-path", exclude_path),
            "fleecing": fleecing,
            "id": id,
            "ionice": ionice,
            "lockwait": lockwait,
            "mailnotification": mailnotification,
            "mailto": _join(mailto),
            "mode": mode,
            "node": node,
            "notes-template": notes_template,
            "notification-mode": notification_mode,
            "pbs-change-detection-mode": pbs_change_detection_mode,
            "performance": performance,
            "pigz": pigz,
            "pool": pool,
            "protected": protected,
            "prune-backups": prune_backups,
            "quiet": quiet,
            "remove": remove,
            "repeat-missed": repeat_missed,
            "schedule": schedule,
            "script": script,
            "starttime": starttime,
            "stdexcludes": stdexcludes,
            "stop": stop,
            "stopwait": stopwait,
            "storage": _checked("pve-storage-id", "storage", storage),
            "tmpdir": tmpdir,
            "vmid": _join(vmid),
            "zstd": zstd,
        }
        return self._c._call("POST", self._p, params, _R2)


class ClusterBackupId(SyncPath):
    """``/cluster/backup/{id}`` ({id})

    ``GET``: Read vzdump backup job definition.
    ``PUT``: Update vzdump backup job definition.
    ``DELETE``: Delete vzdump backup job definition."""

    __slots__ = ()

    @property
    def included_volumes(self) -> ClusterBackupIdIncludedVolumes:
        """Returns included guests and the backup status of their disks. Optimized to be used in ExtJS tree views."""
        return ClusterBackupIdIncludedVolumes(self._c, self._p + "/included_volumes")

    def get(self) -> ClusterBackupIdGetResult:
        """Read vzdump backup job definition.

        Returns:
            ``ClusterBackupIdGetResult``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/backup/{id}`` (``read_job``)."""
        return self._c._call("GET", self._p, {}, _R3)

    def put(
        self,
        *,
        all: bool | None = None,
        bwlimit: int | None = None,
        comment: str | None = None,
        compress: Literal["0", "1", "gzip", "lzo", "zstd"] | None = None,
        delete: str | Sequence[str] | None = None,
        dow: str | Sequence[str] | None = None,
        dumpdir: str | None = None,
        enabled: bool | None = None,
        exclude: str | Sequence[str] | None = None,
        exclude_path: list[str] | tuple[str, ...] | None = None,
        fleecing: Fleecing | str | None = None,
        ionice: int | None = None,
        lockwait: int | None = None,
        mailnotification: Literal["always", "failure"] | None = None,
        mailto: str | Sequence[str] | None = None,
        mode: Literal["snapshot", "suspend", "stop"] | None = None,
        node: str | None = None,
        notes_template: str | None = None,
        notification_mode: Literal["auto", "legacy-sendmail", "notification-system"] | None = None,
        pbs_change_detection_mode: Literal["legacy", "data", "metadata"] | None = None,
        performance: Performance | str | None = None,
        pigz: int | None = None,
        pool: str | None = None,
        protected: bool | None = None,
        prune_backups: PruneBackups | str | None = None,
        quiet: bool | None = None,
        remove: bool | None = None,
        repeat_missed: bool | None = None,
        schedule: str | None = None,
        script: str | None = None,
        starttime: str | None = None,
        stdexcludes: bool | None = None,
        stop: bool | None = None,
        stopwait: int | None = None,
        storage: str | None = None,
        tmpdir: str | None = None,
        vmid: str | Sequence[str] | None = None,
        zstd: int | None = None,
    ) -> None:
        """Update vzdump backup job definition.

        Args:
            all: Backup all known guest systems on this host.
                Default: ``0``.
            bwlimit: Limit I/O bandwidth (in KiB/s).
                Range: 0 to inf.
                Default: ``0``.
            comment: Description for the Job.
                Length: 0 to 512.
            compress: Compress dump file.
                Default: ``0``.
            delete: A list of settings you want to delete.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            dow: Deprecated: Use 'schedule' instead. Day of week selection. 'starttime' and 'dow' will be converted into 'schedule' if used.
                Format: ``pve-day-of-week-list``.
                Syntax: ``<string>``.
            dumpdir: Store resulting files to specified directory.
            enabled: Enable or disable the job.
                Default: 1.
            exclude: Exclude specified guest systems (assumes --all)
                Format: ``pve-vmid-list``.
                Syntax: ``<string>``.
            exclude_path: Exclude certain files/directories (shell globs). Paths starting with '/' are anchored to the container's root, other paths match relative to each subdirectory.
            fleecing: Options for backup fleecing (VM only).
                Proxmox VE: New in 8.2.
                Format: ``backup-fleecing``.
            ionice: Set IO priority when using the BFQ scheduler. For snapshot and suspend mode backups of VMs, this only affects the compressor. A value of 8 means the idle priority is used, otherwise the best-effort priority is used with the specified value.
                Range: 0 to 8.
                Default: ``7``.
            lockwait: Maximal time to wait for the global lock (minutes).
                Range: 0 to inf.
                Default: ``180``.
            mailnotification: Deprecated: use notification targets/matchers instead. Specify when to send a notification mail
                Default: ``always``.
            mailto: Deprecated: Use notification targets/matchers instead. Comma-separated list of email addresses or users that should receive email notifications.
                Format: ``email-or-username-list``.
                Syntax: ``<string>``.
            mode: Backup mode.
                Default: ``snapshot``.
            node: Only run if executed on this node.
                Format: ``pve-node``.
            notes_template: Template string for generating notes for the backup(s). It can contain variables which will be replaced by their values. Currently supported are {{cluster}}, {{guestname}}, {{node}}, and {{vmid}}, but more might be added in the future. Needs to be a single line, newline and backslash need to be escaped as '\\n' and '\\\\' respectively.
                Length: 0 to 1024.
            notification_mode: Determine which notification system to use. If set to 'legacy-sendmail', vzdump will consider the mailto/mailnotification parameters and send emails to the specified address(es) via the 'sendmail' command. If set to 'notification-system', a notification will be sent via PVE's notification system, and the mailto and mailnotification will be ignored. If set to 'auto' (default setting), an email will be sent if mailto is set, and the notification system will be used if not.
                Proxmox VE: New in 8.1.
                Default: ``auto``.
            pbs_change_detection_mode: PBS mode used to detect file changes and switch encoding format for container backups.
                Proxmox VE: New in 8.2.
            performance: Other performance-related settings.
                Format: ``backup-performance``.
            pigz: Use pigz instead of gzip when N>0. N=1 uses half of cores, N>1 uses N as thread count.
                Default: ``0``.
            pool: Backup all known guest systems included in the specified pool.
            protected: If true, mark backup(s) as protected.
            prune_backups: Use these retention options instead of those from the storage configuration.
                Format: ``prune-backups``.
                Default: ``keep-all=1``.
            quiet: Be quiet.
                Default: ``0``.
            remove: Prune older backups according to 'prune-backups'.
                Default: ``1``.
            repeat_missed: If true, the job will be run as soon as possible if it was missed while the scheduler was not running.
                Default: ``0``.
            schedule: Backup schedule. The format is a subset of `systemd` calendar events.
                Length: 0 to 128.
                Format: ``pve-calendar-event``.
            script: Use specified hook script.
            starttime: Deprecated: Use 'schedule' instead. Job Start time. 'starttime' and 'dow' will be converted into 'schedule' if used.
                Pattern: ``^\\d{1,2}:\\d{1,2}$``.
            stdexcludes: Exclude temporary files and logs.
                Default: ``1``.
            stop: Stop running backup jobs on this host.
                Default: ``0``.
            stopwait: Maximal time to wait until a guest system is stopped (minutes).
                Range: 0 to inf.
                Default: ``10``.
            storage: Store resulting file to this storage.
                Format: ``pve-storage-id``.
            tmpdir: Store temporary files to specified directory.
            vmid: The ID of the guest system you want to backup.
                Format: ``pve-vmid-list``.
                Syntax: ``<string>``.
            zstd: Zstd threads. N=0 uses half of the available cores, if N is set to a value bigger than 0, N is used as thread count.
                Default: ``1``.

        Returns:
            ``None``

        Permissions:
            The 'tmpdir', 'dumpdir' and 'script' parameters are additionally restricted to the 'root@pam' user.
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /cluster/backup/{id}`` (``update_job``)."""
        params = {
            "all": all,
            "bwlimit": bwlimit,
            "comment": comment,
            "compress": compress,
            "delete": _join(delete),
            "dow": _join(dow),
            "dumpdir": dumpdir,
            "enabled": enabled,
            "exclude": _join(exclude),
            "exclude-path": _sequence("exclude-path", exclude_path),
            "fleecing": fleecing,
            "ionice": ionice,
            "lockwait": lockwait,
            "mailnotification": mailnotification,
            "mailto": _join(mailto),
            "mode": mode,
            "node": node,
            "notes-template": notes_template,
            "notification-mode": notification_mode,
            "pbs-change-detection-mode": pbs_change_detection_mode,
            "performance": performance,
            "pigz": pigz,
            "pool": pool,
            "protected": protected,
            "prune-backups": prune_backups,
            "quiet": quiet,
            "remove": remove,
            "repeat-missed": repeat_missed,
            "schedule": schedule,
            "script": script,
            "starttime": starttime,
            "stdexcludes": stdexcludes,
            "stop": stop,
            "stopwait": stopwait,
            "storage": _checked("pve-storage-id", "storage", storage),
            "tmpdir": tmpdir,
            "vmid": _join(vmid),
            "zstd": zstd,
        }
        return self._c._call("PUT", self._p, params, _R4)

    def delete(self) -> None:
        """Delete vzdump backup job definition.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /cluster/backup/{id}`` (``delete_job``)."""
        return self._c._call("DELETE", self._p, {}, _R5)


class ClusterBackupIdIncludedVolumes(SyncPath):
    """``/cluster/backup/{id}/included_volumes`` (included_volumes)

    ``GET``: Returns included guests and the backup status of their disks. Optimized to be used in ExtJS tree views."""

    __slots__ = ()

    def get(self) -> ClusterBackupIncludedVolumesGetResult:
        """Returns included guests and the backup status of their disks. Optimized to be used in ExtJS tree views.

        Returns:
            ``ClusterBackupIncludedVolumesGetResult``: Root node of the tree object. Children represent guests, grandchildren represent volumes of that guest.

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /cluster/backup/{id}/included_volumes`` (``get_volume_backup_included``)."""
        return self._c._call("GET", self._p, {}, _R6)


class ClusterBackupInfo(SyncPath):
    """``/cluster/backup-info`` (backup-info)

    ``GET``: Index for backup info related endpoints"""

    __slots__ = ()

    @property
    def not_backed_up(self) -> ClusterBackupInfoNotBackedUp:
        """Shows all guests which are not covered by any backup job."""
        return ClusterBackupInfoNotBackedUp(self._c, self._p + "/not-backed-up")

    def get(self) -> list[ClusterBackupInfoGetResultItem]:
        """Index for backup info related endpoints

        Returns:
            ``list[ClusterBackupInfoGetResultItem]``: Directory index.

        Proxmox: ``GET /cluster/backup-info`` (``index``)."""
        return self._c._call("GET", self._p, {}, _R7)


class ClusterBackupInfoNotBackedUp(SyncPath):
    """``/cluster/backup-info/not-backed-up`` (not-backed-up)

    ``GET``: Shows all guests which are not covered by any backup job."""

    __slots__ = ()

    def get(self) -> list[ClusterBackupInfoNotBackedUpGetResultItem]:
        """Shows all guests which are not covered by any backup job.

        Returns:
            ``list[ClusterBackupInfoNotBackedUpGetResultItem]``: Contains the guest objects.

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /cluster/backup-info/not-backed-up`` (``get_guests_not_in_backup``)."""
        return self._c._call("GET", self._p, {}, _R8)


class ClusterBulkAction(SyncPath):
    """``/cluster/bulk-action`` (bulk-action)

    ``GET``: List resource types."""

    __slots__ = ()

    @property
    def guest(self) -> ClusterBulkActionGuest:
        """Bulk action index."""
        return ClusterBulkActionGuest(self._c, self._p + "/guest")

    def get(self) -> list[dict[str, Any]]:
        """List resource types.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox VE: New in 9.1.

        Proxmox: ``GET /cluster/bulk-action`` (``index``)."""
        return self._c._call("GET", self._p, {}, _R9)


class ClusterBulkActionGuest(SyncPath):
    """``/cluster/bulk-action/guest`` (guest)

    ``GET``: Bulk action index."""

    __slots__ = ()

    @property
    def migrate(self) -> ClusterBulkActionGuestMigrate:
        """Bulk migrate all guests on the cluster."""
        return ClusterBulkActionGuestMigrate(self._c, self._p + "/migrate")

    @property
    def shutdown(self) -> ClusterBulkActionGuestShutdown:
        """Bulk shutdown all guests on the cluster."""
        return ClusterBulkActionGuestShutdown(self._c, self._p + "/shutdown")

    @property
    def start(self) -> ClusterBulkActionGuestStart:
        """Bulk start or resume all guests on the cluster."""
        return ClusterBulkActionGuestStart(self._c, self._p + "/start")

    @property
    def suspend(self) -> ClusterBulkActionGuestSuspend:
        """Bulk suspend all guests on the cluster."""
        return ClusterBulkActionGuestSuspend(self._c, self._p + "/suspend")

    def get(self) -> list[dict[str, Any]]:
        """Bulk action index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox VE: New in 9.1.

        Proxmox: ``GET /cluster/bulk-action/guest`` (``index``)."""
        return self._c._call("GET", self._p, {}, _R10)


class ClusterBulkActionGuestMigrate(SyncPath):
    """``/cluster/bulk-action/guest/migrate`` (migrate)

    ``POST``: Bulk migrate all guests on the cluster."""

    __slots__ = ()

    def post(
        self,
        *,
        target: str,
        max_workers: int | None = None,
        maxworkers: int | None = None,
        online: bool | None = None,
        vms: list[int] | tuple[int, ...] | None = None,
        with_local_disks: bool | None = None,
    ) -> Task:
        """Bulk migrate all guests on the cluster.

        Args:
            target: Target node.
                Proxmox VE: New in 9.1.
                Format: ``pve-node``.
            max_workers: Defines the maximum number of tasks running concurrently.
                Proxmox VE: New in 9.1.
                Range: 1 to 64.
                Default: ``1``.
            maxworkers: Defines the maximum number of tasks running concurrently. Deprecated, use 'max-workers' instead.
                Proxmox VE: New in 9.1.
                Range: 1 to 64.
                Default: ``1``.
            online: Enable live migration for VMs and restart migration for CTs.
                Proxmox VE: New in 9.1.
            vms: Only consider guests from this list of VMIDs.
                Proxmox VE: New in 9.1.
            with_local_disks: Enable live storage migration for local disk
                Proxmox VE: New in 9.1.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client): UPID of the worker

        Permissions:
            The 'VM.Migrate' permission is required on '/' or on '/vms/<ID>' for each ID passed via the 'vms' parameter.
            User: all

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.1.

        Proxmox: ``POST /cluster/bulk-action/guest/migrate`` (``migrate``)."""
        params = {
            "target": target,
            "max-workers": max_workers,
            "maxworkers": maxworkers,
            "online": online,
            "vms": _sequence("vms", vms),
            "with-local-disks": with_local_disks,
        }
        return _task(self._c._call("POST", self._p, params, _R11), self._c)


class ClusterBulkActionGuestShutdown(SyncPath):
    """``/cluster/bulk-action/guest/shutdown`` (shutdown)

    ``POST``: Bulk shutdown all guests on the cluster."""

    __slots__ = ()

    def post(
        self,
        *,
        force_stop: bool | None = None,
        max_workers: int | None = None,
        maxworkers: int | None = None,
        timeout: int | None = None,
        vms: list[int] | tuple[int, ...] | None = None,
    ) -> Task:
        """Bulk shutdown all guests on the cluster.

        Args:
            force_stop: Makes sure the Guest stops after the timeout.
                Proxmox VE: New in 9.1.
                Default: ``1``.
            max_workers: Defines the maximum number of tasks running concurrently.
                Proxmox VE: New in 9.1.
                Range: 1 to 64.
                Default: ``4``.
            maxworkers: Defines the maximum number of tasks running concurrently. Deprecated, use 'max-workers' instead.
                Proxmox VE: New in 9.1.
                Range: 1 to 64.
                Default: ``4``.
            timeout: Default shutdown timeout in seconds if none is configured for the guest.
                Proxmox VE: New in 9.1.
                Default: ``180``.
            vms: Only consider guests from this list of VMIDs.
                Proxmox VE: New in 9.1.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client): UPID of the worker

        Permissions:
            The 'VM.PowerMgmt' permission is required on '/' or on '/vms/<ID>' for each ID passed via the 'vms' parameter.
            User: all

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.1.

        Proxmox: ``POST /cluster/bulk-action/guest/shutdown`` (``shutdown``)."""
        params = {
            "force-stop": force_stop,
            "max-workers": max_workers,
            "maxworkers": maxworkers,
            "timeout": timeout,
            "vms": _sequence("vms", vms),
        }
        return _task(self._c._call("POST", self._p, params, _R12), self._c)


class ClusterBulkActionGuestStart(SyncPath):
    """``/cluster/bulk-action/guest/start`` (start)

    ``POST``: Bulk start or resume all guests on the cluster."""

    __slots__ = ()

    def post(
        self,
        *,
        max_workers: int | None = None,
        maxworkers: int | None = None,
        timeout: int | None = None,
        vms: list[int] | tuple[int, ...] | None = None,
    ) -> Task:
        """Bulk start or resume all guests on the cluster.

        Args:
            max_workers: Defines the maximum number of tasks running concurrently.
                Proxmox VE: New in 9.1.
                Range: 1 to 64.
                Default: ``4``.
            maxworkers: Defines the maximum number of tasks running concurrently. Deprecated, use 'max-workers' instead.
                Proxmox VE: New in 9.1.
                Range: 1 to 64.
                Default: ``4``.
            timeout: Default start timeout in seconds. Only valid for VMs. (default depends on the guest configuration).
                Proxmox VE: New in 9.1.
            vms: Only consider guests from this list of VMIDs.
                Proxmox VE: New in 9.1.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client): UPID of the worker

        Permissions:
            The 'VM.PowerMgmt' permission is required on '/' or on '/vms/<ID>' for each ID passed via the 'vms' parameter.
            User: all

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.1.

        Proxmox: ``POST /cluster/bulk-action/guest/start`` (``start``)."""
        params = {
            "max-workers": max_workers,
            "maxworkers": maxworkers,
            "timeout": timeout,
            "vms": _sequence("vms", vms),
        }
        return _task(self._c._call("POST", self._p, params, _R13), self._c)


class ClusterBulkActionGuestSuspend(SyncPath):
    """``/cluster/bulk-action/guest/suspend`` (suspend)

    ``POST``: Bulk suspend all guests on the cluster."""

    __slots__ = ()

    def post(
        self,
        *,
        max_workers: int | None = None,
        maxworkers: int | None = None,
        statestorage: str | None = None,
        to_disk: bool | None = None,
        vms: list[int] | tuple[int, ...] | None = None,
    ) -> Task:
        """Bulk suspend all guests on the cluster.

        Args:
            max_workers: Defines the maximum number of tasks running concurrently.
                Proxmox VE: New in 9.1.
                Range: 1 to 64.
                Default: ``4``.
            maxworkers: Defines the maximum number of tasks running concurrently. Deprecated, use 'max-workers' instead.
                Proxmox VE: New in 9.1.
                Range: 1 to 64.
                Default: ``4``.
            statestorage: The storage for the VM state.
                Proxmox VE: New in 9.1.
                Format: ``pve-storage-id``.
            to_disk: If set, suspends the guests to disk. Will be resumed on next start.
                Proxmox VE: New in 9.1.
                Default: ``0``.
            vms: Only consider guests from this list of VMIDs.
                Proxmox VE: New in 9.1.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client): UPID of the worker

        Permissions:
            The 'VM.PowerMgmt' permission is required on '/' or on '/vms/<ID>' for each ID passed via the 'vms' parameter. Additionally, you need 'VM.Config.Disk' on the '/vms/{vmid}' path and 'Datastore.AllocateSpace' for the configured state-storage(s)
            User: all

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.1.

        Proxmox: ``POST /cluster/bulk-action/guest/suspend`` (``suspend``)."""
        params = {
            "max-workers": max_workers,
            "maxworkers": maxworkers,
            "statestorage": _checked("pve-storage-id", "statestorage", statestorage),
            "to-disk": to_disk,
            "vms": _sequence("vms", vms),
        }
        return _task(self._c._call("POST", self._p, params, _R14), self._c)


class ClusterCeph(SyncPath):
    """``/cluster/ceph`` (ceph)

    ``GET``: Cluster ceph index."""

    __slots__ = ()

    @property
    def flags(self) -> ClusterCephFlags:
        """get the status of all ceph flags"""
        return ClusterCephFlags(self._c, self._p + "/flags")

    @property
    def metadata(self) -> ClusterCephMetadata:
        """Get ceph metadata."""
        return ClusterCephMetadata(self._c, self._p + "/metadata")

    @property
    def status(self) -> ClusterCephStatus:
        """Get ceph status."""
        return ClusterCephStatus(self._c, self._p + "/status")

    def get(self) -> list[dict[str, Any]]:
        """Cluster ceph index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /cluster/ceph`` (``cephindex``)."""
        return self._c._call("GET", self._p, {}, _R15)


class ClusterCephFlags(SyncPath):
    """``/cluster/ceph/flags`` (flags)

    ``GET``: get the status of all ceph flags
    ``PUT``: Set/Unset multiple Ceph flags at once. Each flag is a top-level optional boolean: passing true sets the flag, false unsets it, omitting it leaves the current state untouched. Runs as a worker task; returns a UPID to follow."""

    __slots__ = ()

    def flag(self, flag: str) -> ClusterCephFlagsFlag:
        """The name of the flag name to get."""
        return ClusterCephFlagsFlag(self._c, self._p + "/" + _segment(flag))

    def get(self) -> list[ClusterCephFlagsGetResultItem]:
        """get the status of all ceph flags

        Returns:
            ``list[ClusterCephFlagsGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /cluster/ceph/flags`` (``get_all_flags``)."""
        return self._c._call("GET", self._p, {}, _R16)

    def put(
        self,
        *,
        nobackfill: bool | None = None,
        nodeep_scrub: bool | None = None,
        nodown: bool | None = None,
        noin: bool | None = None,
        noout: bool | None = None,
        norebalance: bool | None = None,
        norecover: bool | None = None,
        noscrub: bool | None = None,
        notieragent: bool | None = None,
        noup: bool | None = None,
        pause: bool | None = None,
    ) -> Task:
        """Set/Unset multiple Ceph flags at once. Each flag is a top-level optional boolean: passing true sets the flag, false unsets it, omitting it leaves the current state untouched. Runs as a worker task; returns a UPID to follow.

        Args:
            nobackfill: Backfilling of PGs is suspended.
            nodeep_scrub: Deep Scrubbing is disabled.
            nodown: OSD failure reports are being ignored, such that the monitors will not mark OSDs down.
            noin: OSDs that were previously marked out will not be marked back in when they start.
            noout: OSDs will not automatically be marked out after the configured interval.
            norebalance: Rebalancing of PGs is suspended.
            norecover: Recovery of PGs is suspended.
            noscrub: Scrubbing is disabled.
            notieragent: Cache tiering activity is suspended.
            noup: OSDs are not allowed to start.
            pause: Pauses read and writes.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /cluster/ceph/flags`` (``set_flags``)."""
        params = {
            "nobackfill": nobackfill,
            "nodeep-scrub": nodeep_scrub,
            "nodown": nodown,
            "noin": noin,
            "noout": noout,
            "norebalance": norebalance,
            "norecover": norecover,
            "noscrub": noscrub,
            "notieragent": notieragent,
            "noup": noup,
            "pause": pause,
        }
        return _task(self._c._call("PUT", self._p, params, _R17), self._c)


class ClusterCephFlagsFlag(SyncPath):
    """``/cluster/ceph/flags/{flag}`` ({flag})

    ``GET``: Get the status of a specific ceph flag.
    ``PUT``: Set or clear (unset) a specific Ceph flag. Runs synchronously (unlike the bulk PUT /cluster/ceph/flags endpoint, which forks a worker task)."""

    __slots__ = ()

    def get(self) -> bool:
        """Get the status of a specific ceph flag.

        Returns:
            ``bool``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /cluster/ceph/flags/{flag}`` (``get_flag``)."""
        return self._c._call("GET", self._p, {}, _R18)

    def put(
        self,
        *,
        value: bool,
    ) -> None:
        """Set or clear (unset) a specific Ceph flag. Runs synchronously (unlike the bulk PUT /cluster/ceph/flags endpoint, which forks a worker task).

        Args:
            value: The new value of the flag

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /cluster/ceph/flags/{flag}`` (``update_flag``)."""
        params = {
            "value": value,
        }
        return self._c._call("PUT", self._p, params, _R19)


class ClusterCephMetadata(SyncPath):
    """``/cluster/ceph/metadata`` (metadata)

    ``GET``: Get ceph metadata."""

    __slots__ = ()

    def get(
        self,
        *,
        scope: Literal["all", "versions"] | None = None,
    ) -> ClusterCephMetadataGetResult:
        """Get ceph metadata.

        Args:
            scope: Which metadata facet to return: 'all' enriches the per-daemon metadata with the PVE-side service state (presence of unit, data directory), 'versions' collects only per-node Ceph binary version data.
                Default: ``all``.

        Returns:
            ``ClusterCephMetadataGetResult``: Items for each type of service containing objects for each instance.

        Permissions:
            Check: ``[perm, /, [Sys.Audit, Datastore.Audit], any, 1]``

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /cluster/ceph/metadata`` (``metadata``)."""
        params = {
            "scope": scope,
        }
        return self._c._call("GET", self._p, params, _R20)


class ClusterCephStatus(SyncPath):
    """``/cluster/ceph/status`` (status)

    ``GET``: Get ceph status."""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Get ceph status.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit, Datastore.Audit], any, 1]``

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /cluster/ceph/status`` (``status``)."""
        return self._c._call("GET", self._p, {}, _R21)


class ClusterConfig(SyncPath):
    """``/cluster/config`` (config)

    ``GET``: Directory index.
    ``POST``: Generate new cluster configuration. If no links given, default to local IP address as link0."""

    __slots__ = ()

    @property
    def apiversion(self) -> ClusterConfigApiversion:
        """Return the version of the cluster join API available on this node."""
        return ClusterConfigApiversion(self._c, self._p + "/apiversion")

    @property
    def join(self) -> ClusterConfigJoin:
        """Get information needed to join this cluster over the connected node."""
        return ClusterConfigJoin(self._c, self._p + "/join")

    @property
    def nodes(self) -> ClusterConfigNodes:
        """Corosync node list."""
        return ClusterConfigNodes(self._c, self._p + "/nodes")

    @property
    def qdevice(self) -> ClusterConfigQdevice:
        """Get QDevice status"""
        return ClusterConfigQdevice(self._c, self._p + "/qdevice")

    @property
    def totem(self) -> ClusterConfigTotem:
        """Get corosync totem protocol settings."""
        return ClusterConfigTotem(self._c, self._p + "/totem")

    def get(self) -> list[dict[str, Any]]:
        """Directory index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/config`` (``index``)."""
        return self._c._call("GET", self._p, {}, _R22)

    def post(
        self,
        *,
        clustername: str,
        nodeid: int | None = None,
        token_coefficient: int | None = None,
        votes: int | None = None,
        link: Mapping[int, Link | str] | None = None,
    ) -> Task:
        """Generate new cluster configuration. If no links given, default to local IP address as link0.

        Args:
            clustername: The name of the cluster.
                Length: 0 to 15.
                Format: ``pve-node``.
            nodeid: Node id for this node.
                Range: 1 to inf.
            token_coefficient: Coefficient used to determine Corosync's token timeout. See the corosync.conf(5) manual for more details.
                Proxmox VE: New in 9.1.
                Range: 0 to inf.
                Default: ``125``.
            votes: Number of votes for this node.
                Range: 1 to inf.
            link: Address and priority information of a single corosync link. (up to 8 links supported; link0..link7)
                Syntax: ``[address=]<IP> [,priority=<integer>]``.
                Indexed: ``{0: …, …}`` sends ``link0`` … ``link7``; where the operation deletes, ``None`` deletes a member (``delete=link0``).

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/config`` (``create``)."""
        params = {
            "clustername": clustername,
            "nodeid": nodeid,
            "token-coefficient": token_coefficient,
            "votes": votes,
            "link[n]": _family(link, 0, 7),
        }
        return _task(self._c._call("POST", self._p, params, _R23), self._c)


class ClusterConfigApiversion(SyncPath):
    """``/cluster/config/apiversion`` (apiversion)

    ``GET``: Return the version of the cluster join API available on this node."""

    __slots__ = ()

    def get(self) -> int:
        """Return the version of the cluster join API available on this node.

        Returns:
            ``int``: Cluster Join API version, currently 1

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/config/apiversion`` (``join_api_version``)."""
        return self._c._call("GET", self._p, {}, _R24)


class ClusterConfigJoin(SyncPath):
    """``/cluster/config/join`` (join)

    ``GET``: Get information needed to join this cluster over the connected node.
    ``POST``: Joins this node into an existing cluster. If no links are given, default to IP resolved by node's hostname on single link (fallback fails for clusters with multiple links)."""

    __slots__ = ()

    def get(
        self,
        *,
        node: str | None = None,
    ) -> ClusterConfigJoinGetResult:
        """Get information needed to join this cluster over the connected node.

        Args:
            node: The node for which the joinee gets the nodeinfo.
                Format: ``pve-node``.
                Default: ``current connected node``.

        Returns:
            ``ClusterConfigJoinGetResult``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/config/join`` (``join_info``)."""
        params = {
            "node": node,
        }
        return self._c._call("GET", self._p, params, _R25)

    def post(
        self,
        *,
        fingerprint: str,
        hostname: str,
        password: str,
        force: bool | None = None,
        nodeid: int | None = None,
        votes: int | None = None,
        link: Mapping[int, Link | str] | None = None,
    ) -> Task:
        """Joins this node into an existing cluster. If no links are given, default to IP resolved by node's hostname on single link (fallback fails for clusters with multiple links).

        Args:
            fingerprint: Certificate SHA 256 fingerprint.
                Pattern: ``^([A-Fa-f0-9]{2}:){31}[A-Fa-f0-9]{2}$``.
            hostname: Hostname (or IP) of an existing cluster member.
            password: Superuser (root) password of peer node.
                Length: 0 to 128.
            force: Do not throw error if node already exists.
            nodeid: Node id for this node.
                Range: 1 to inf.
            votes: Number of votes for this node
                Range: 0 to inf.
            link: Address and priority information of a single corosync link. (up to 8 links supported; link0..link7)
                Syntax: ``[address=]<IP> [,priority=<integer>]``.
                Indexed: ``{0: …, …}`` sends ``link0`` … ``link7``; where the operation deletes, ``None`` deletes a member (``delete=link0``).

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/config/join`` (``join``)."""
        params = {
            "fingerprint": fingerprint,
            "hostname": hostname,
            "password": password,
            "force": force,
            "nodeid": nodeid,
            "votes": votes,
            "link[n]": _family(link, 0, 7),
        }
        return _task(self._c._call("POST", self._p, params, _R26), self._c)


class ClusterConfigNodes(SyncPath):
    """``/cluster/config/nodes`` (nodes)

    ``GET``: Corosync node list."""

    __slots__ = ()

    def node(self, node: str) -> ClusterConfigNodesNode:
        """The cluster node name."""
        return ClusterConfigNodesNode(self._c, self._p + "/" + _segment(node))

    def get(self) -> list[ClusterConfigNodesGetResultItem]:
        """Corosync node list.

        Returns:
            ``list[ClusterConfigNodesGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/config/nodes`` (``nodes``)."""
        return self._c._call("GET", self._p, {}, _R27)


class ClusterConfigNodesNode(SyncPath):
    """``/cluster/config/nodes/{node}`` ({node})

    ``POST``: Adds a node to the cluster configuration. This call is for internal use.
    ``DELETE``: Removes a node from the cluster configuration."""

    __slots__ = ()

    def post(
        self,
        *,
        apiversion: int | None = None,
        force: bool | None = None,
        new_node_ip: str | None = None,
        nodeid: int | None = None,
        votes: int | None = None,
        link: Mapping[int, Link | str] | None = None,
    ) -> ClusterConfigNodesNodePostResult:
        """Adds a node to the cluster configuration. This call is for internal use.

        Args:
            apiversion: The JOIN_API_VERSION of the new node.
            force: Do not throw error if node already exists.
            new_node_ip: IP Address of node to add. Used as fallback if no links are given.
                Format: ``ip``.
            nodeid: Node id for this node.
                Range: 1 to inf.
            votes: Number of votes for this node
                Range: 0 to inf.
            link: Address and priority information of a single corosync link. (up to 8 links supported; link0..link7)
                Syntax: ``[address=]<IP> [,priority=<integer>]``.
                Indexed: ``{0: …, …}`` sends ``link0`` … ``link7``; where the operation deletes, ``None`` deletes a member (``delete=link0``).

        Returns:
            ``ClusterConfigNodesNodePostResult``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/config/nodes/{node}`` (``addnode``)."""
        params = {
            "apiversion": apiversion,
            "force": force,
            "new_node_ip": _checked("ip", "new_node_ip", new_node_ip),
            "nodeid": nodeid,
            "votes": votes,
            "link[n]": _family(link, 0, 7),
        }
        return self._c._call("POST", self._p, params, _R28)

    def delete(self) -> None:
        """Removes a node from the cluster configuration.

        Returns:
            ``None``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /cluster/config/nodes/{node}`` (``delnode``)."""
        return self._c._call("DELETE", self._p, {}, _R29)


class ClusterConfigQdevice(SyncPath):
    """``/cluster/config/qdevice`` (qdevice)

    ``GET``: Get QDevice status"""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Get QDevice status

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /cluster/config/qdevice`` (``status``)."""
        return self._c._call("GET", self._p, {}, _R30)


class ClusterConfigTotem(SyncPath):
    """``/cluster/config/totem`` (totem)

    ``GET``: Get corosync totem protocol settings."""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Get corosync totem protocol settings.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/config/totem`` (``totem``)."""
        return self._c._call("GET", self._p, {}, _R31)


class ClusterJobs(SyncPath):
    """``/cluster/jobs`` (jobs)

    ``GET``: Index for jobs related endpoints."""

    __slots__ = ()

    @property
    def realm_sync(self) -> ClusterJobsRealmSync:
        """List configured realm-sync-jobs."""
        return ClusterJobsRealmSync(self._c, self._p + "/realm-sync")

    @property
    def schedule_analyze(self) -> ClusterJobsScheduleAnalyze:
        """Returns a list of future schedule runtimes."""
        return ClusterJobsScheduleAnalyze(self._c, self._p + "/schedule-analyze")

    def get(self) -> list[ClusterJobsGetResultItem]:
        """Index for jobs related endpoints.

        Returns:
            ``list[ClusterJobsGetResultItem]``: Directory index.

        Permissions:
            User: all

        Proxmox: ``GET /cluster/jobs`` (``index``)."""
        return self._c._call("GET", self._p, {}, _R32)


class ClusterJobsRealmSync(SyncPath):
    """``/cluster/jobs/realm-sync`` (realm-sync)

    ``GET``: List configured realm-sync-jobs."""

    __slots__ = ()

    def id(self, id: str) -> ClusterJobsRealmSyncId:
        """{id}"""
        return ClusterJobsRealmSyncId(self._c, self._p + "/" + _segment(id))

    def get(self) -> list[ClusterJobsRealmSyncGetResultItem]:
        """List configured realm-sync-jobs.

        Returns:
            ``list[ClusterJobsRealmSyncGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox VE: New in 8.0.

        Proxmox: ``GET /cluster/jobs/realm-sync`` (``syncjob_index``)."""
        return self._c._call("GET", self._p, {}, _R33)


class ClusterJobsRealmSyncId(SyncPath):
    """``/cluster/jobs/realm-sync/{id}`` ({id})

    ``GET``: Read realm-sync job definition.
    ``POST``: Create new realm-sync job.
    ``PUT``: Update realm-sync job definition.
    ``DELETE``: Delete realm-sync job definition."""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Read realm-sync job definition.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox VE: New in 8.0.

        Proxmox: ``GET /cluster/jobs/realm-sync/{id}`` (``read_job``)."""
        return self._c._call("GET", self._p, {}, _R34)

    def post(
        self,
        *,
        schedule: str,
        comment: str | None = None,
        enable_new: bool | None = None,
        enabled: bool | None = None,
        realm: str | None = None,
        remove_vanished: str | None = None,
        scope: Literal["users", "groups", "both"] | None = None,
    ) -> None:
        """Create new realm-sync job.

        Args:
            schedule: Backup schedule. The format is a subset of `systemd` calendar events.
                Proxmox VE: New in 8.0.
                Length: 0 to 128.
                Format: ``pve-calendar-event``.
            comment: Description for the Job.
                Proxmox VE: New in 8.0.
                Length: 0 to 512.
            enable_new: Enable newly synced users immediately.
                Proxmox VE: New in 8.0.
                Default: 1.
            enabled: Determines if the job is enabled.
                Proxmox VE: New in 8.0.
                Default: ``1``.
            realm: Authentication domain ID
                Proxmox VE: New in 8.0.
                Length: 0 to 32.
                Format: ``pve-realm``.
            remove_vanished: A semicolon-separated list of things to remove when they or the user vanishes during a sync. The following values are possible: 'entry' removes the user/group when not returned from the sync. 'properties' removes the set properties on existing user/group that do not appear in the source (even custom ones). 'acl' removes acls when the user/group is not returned from the sync. Instead of a list it also can be 'none' (the default).
                Proxmox VE: New in 8.0.
                Pattern: ``^(?:(?:(?:acl|properties|entry);)*(?:acl|properties|entry))|none$``.
                Default: ``none``.
            scope: Select what to sync.
                Proxmox VE: New in 8.0.

        Returns:
            ``None``

        Permissions:
            'Realm.AllocateUser' on '/access/realm/<realm>' and 'User.Modify' permissions to '/access/groups/'.
            Check: ``[and, [perm, /access/realm/{realm}, [Realm.AllocateUser]], [perm, /access/groups, [User.Modify]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.0.

        Proxmox: ``POST /cluster/jobs/realm-sync/{id}`` (``create_job``)."""
        params = {
            "schedule": schedule,
            "comment": comment,
            "enable-new": enable_new,
            "enabled": enabled,
            "realm": realm,
            "remove-vanished": remove_vanished,
            "scope": scope,
        }
        return self._c._call("POST", self._p, params, _R35)

    def put(
        self,
        *,
        schedule: str,
        comment: str | None = None,
        delete: str | Sequence[str] | None = None,
        enable_new: bool | None = None,
        enabled: bool | None = None,
        remove_vanished: str | None = None,
        scope: Literal["users", "groups", "both"] | None = None,
    ) -> None:
        """Update realm-sync job definition.

        Args:
            schedule: Backup schedule. The format is a subset of `systemd` calendar events.
                Proxmox VE: New in 8.0.
                Length: 0 to 128.
                Format: ``pve-calendar-event``.
            comment: Description for the Job.
                Proxmox VE: New in 8.0.
                Length: 0 to 512.
            delete: A list of settings you want to delete.
                Proxmox VE: New in 8.0.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            enable_new: Enable newly synced users immediately.
                Proxmox VE: New in 8.0.
                Default: 1.
            enabled: Determines if the job is enabled.
                Proxmox VE: New in 8.0.
                Default: ``1``.
            remove_vanished: A semicolon-separated list of things to remove when they or the user vanishes during a sync. The following values are possible: 'entry' removes the user/group when not returned from the sync. 'properties' removes the set properties on existing user/group that do not appear in the source (even custom ones). 'acl' removes acls when the user/group is not returned from the sync. Instead of a list it also can be 'none' (the default).
                Proxmox VE: New in 8.0.
                Pattern: ``^(?:(?:(?:acl|properties|entry);)*(?:acl|properties|entry))|none$``.
                Default: ``none``.
            scope: Select what to sync.
                Proxmox VE: New in 8.0.

        Returns:
            ``None``

        Permissions:
            'Realm.AllocateUser' on '/access/realm/<realm>' and 'User.Modify' permissions to '/access/groups/'.
            Check: ``[and, [perm, /access/realm/{realm}, [Realm.AllocateUser]], [perm, /access/groups, [User.Modify]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.0.

        Proxmox: ``PUT /cluster/jobs/realm-sync/{id}`` (``update_job``)."""
        params = {
            "schedule": schedule,
            "comment": comment,
            "delete": _join(delete),
            "enable-new": enable_new,
            "enabled": enabled,
            "remove-vanished": remove_vanished,
            "scope": scope,
        }
        return self._c._call("PUT", self._p, params, _R36)

    def delete(self) -> None:
        """Delete realm-sync job definition.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.0.

        Proxmox: ``DELETE /cluster/jobs/realm-sync/{id}`` (``delete_job``)."""
        return self._c._call("DELETE", self._p, {}, _R37)


class ClusterJobsScheduleAnalyze(SyncPath):
    """``/cluster/jobs/schedule-analyze`` (schedule-analyze)

    ``GET``: Returns a list of future schedule runtimes."""

    __slots__ = ()

    def get(
        self,
        *,
        schedule: str,
        iterations: int | None = None,
        starttime: int | None = None,
    ) -> list[ClusterJobsScheduleAnalyzeGetResultItem]:
        """Returns a list of future schedule runtimes.

        Args:
            schedule: Job schedule. The format is a subset of `systemd` calendar events.
                Length: 0 to 128.
                Format: ``pve-calendar-event``.
            iterations: Number of event-iteration to simulate and return.
                Range: 1 to 100.
                Default: ``10``.
            starttime: UNIX timestamp to start the calculation from. Defaults to the current time.

        Returns:
            ``list[ClusterJobsScheduleAnalyzeGetResultItem]``: An array of the next <iterations> events since <starttime>.

        Permissions:
            User: all

        Proxmox: ``GET /cluster/jobs/schedule-analyze`` (``schedule-analyze``)."""
        params = {
            "schedule": schedule,
            "iterations": iterations,
            "starttime": starttime,
        }
        return self._c._call("GET", self._p, params, _R38)


class ClusterLog(SyncPath):
    """``/cluster/log`` (log)

    ``GET``: Read cluster log"""

    __slots__ = ()

    def get(
        self,
        *,
        max: int | None = None,
    ) -> list[dict[str, Any]]:
        """Read cluster log

        Args:
            max: Maximum number of entries.
                Range: 1 to inf.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            The user needs 'Sys.Syslog' on '/' in order to get all logs.
            User: all

        Proxmox: ``GET /cluster/log`` (``log``)."""
        params = {
            "max": max,
        }
        return self._c._call("GET", self._p, params, _R39)


class ClusterMapping(SyncPath):
    """``/cluster/mapping`` (mapping)

    ``GET``: List resource types."""

    __slots__ = ()

    @property
    def dir(self) -> ClusterMappingDir:
        """List directory mapping"""
        return ClusterMappingDir(self._c, self._p + "/dir")

    @property
    def pci(self) -> ClusterMappingPci:
        """List PCI Hardware Mapping"""
        return ClusterMappingPci(self._c, self._p + "/pci")

    @property
    def usb(self) -> ClusterMappingUsb:
        """List USB Hardware Mappings"""
        return ClusterMappingUsb(self._c, self._p + "/usb")

    def get(self) -> list[dict[str, Any]]:
        """List resource types.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox VE: New in 8.0.

        Proxmox: ``GET /cluster/mapping`` (``index``)."""
        return self._c._call("GET", self._p, {}, _R40)


class ClusterMappingDir(SyncPath):
    """``/cluster/mapping/dir`` (dir)

    ``GET``: List directory mapping
    ``POST``: Create a new directory mapping."""

    __slots__ = ()

    def id(self, id: str) -> ClusterMappingDirId:
        """{id}"""
        return ClusterMappingDirId(self._c, self._p + "/" + _segment(id))

    def get(
        self,
        *,
        check_node: str | None = None,
    ) -> list[ClusterMappingDirGetResultItem]:
        """List directory mapping

        Args:
            check_node: If given, checks the configurations on the given node for correctness, and adds relevant diagnostics for the directory to the response.
                Proxmox VE: New in 8.3.
                Format: ``pve-node``.

        Returns:
            ``list[ClusterMappingDirGetResultItem]``

        Permissions:
            Only lists entries where you have 'Mapping.Modify', 'Mapping.Use' or 'Mapping.Audit' permissions on '/mapping/dir/<id>'.
            User: all

        Proxmox VE: New in 8.3.

        Proxmox: ``GET /cluster/mapping/dir`` (``index``)."""
        params = {
            "check-node": check_node,
        }
        return self._c._call("GET", self._p, params, _R41)

    def post(
        self,
        *,
        id: str,
        map: list[DirMap | str] | tuple[DirMap | str, ...],
        description: str | None = None,
    ) -> None:
        """Create a new directory mapping.

        Args:
            id: The ID of the directory mapping
                Proxmox VE: New in 8.3.
                Format: ``pve-configid``.
            map: A list of maps for the cluster nodes.
                Proxmox VE: New in 8.3.
            description: Description of the directory mapping
                Proxmox VE: New in 8.3.
                Length: 0 to 4096.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/dir, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.3.

        Proxmox: ``POST /cluster/mapping/dir`` (``create``)."""
        params = {
            "id": id,
            "map": _sequence("map", map),
            "description": description,
        }
        return self._c._call("POST", self._p, params, _R42)


class ClusterMappingDirId(SyncPath):
    """``/cluster/mapping/dir/{id}`` ({id})

    ``GET``: Get directory mapping.
    ``PUT``: Update a directory mapping.
    ``DELETE``: Remove directory mapping."""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Get directory mapping.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[or, [perm, /mapping/dir/{id}, [Mapping.Use]], [perm, /mapping/dir/{id}, [Mapping.Modify]], [perm, /mapping/dir/{id}, [Mapping.Audit]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.3.

        Proxmox: ``GET /cluster/mapping/dir/{id}`` (``get``)."""
        return self._c._call("GET", self._p, {}, _R43)

    def put(
        self,
        *,
        delete: str | Sequence[str] | None = None,
        description: str | None = None,
        digest: str | None = None,
        map: list[DirMap | str] | tuple[DirMap | str, ...] | None = None,
    ) -> None:
        """Update a directory mapping.

        Args:
            delete: A list of settings you want to delete.
                Proxmox VE: New in 8.3.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            description: Description of the directory mapping
                Proxmox VE: New in 8.3.
                Length: 0 to 4096.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 8.3.
                Length: 0 to 64.
            map: A list of maps for the cluster nodes.
                Proxmox VE: New in 8.3.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/dir/{id}, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.3.

        Proxmox: ``PUT /cluster/mapping/dir/{id}`` (``update``)."""
        params = {
            "delete": _join(delete),
            "description": description,
            "digest": digest,
            "map": _sequence("map", map),
        }
        return self._c._call("PUT", self._p, params, _R44)

    def delete(self) -> None:
        """Remove directory mapping.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/dir, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.3.

        Proxmox: ``DELETE /cluster/mapping/dir/{id}`` (``delete``)."""
        return self._c._call("DELETE", self._p, {}, _R45)


class ClusterMappingPci(SyncPath):
    """``/cluster/mapping/pci`` (pci)

    ``GET``: List PCI Hardware Mapping
    ``POST``: Create a new hardware mapping."""

    __slots__ = ()

    def id(self, id: str) -> ClusterMappingPciId:
        """{id}"""
        return ClusterMappingPciId(self._c, self._p + "/" + _segment(id))

    def get(
        self,
        *,
        check_node: str | None = None,
    ) -> list[ClusterMappingPciGetResultItem]:
        """List PCI Hardware Mapping

        Args:
            check_node: If given, checks the configurations on the given node for correctness, and adds relevant diagnostics for the devices to the response.
                Proxmox VE: New in 8.0.
                Format: ``pve-node``.

        Returns:
            ``list[ClusterMappingPciGetResultItem]``

        Permissions:
            Only lists entries where you have 'Mapping.Modify', 'Mapping.Use' or 'Mapping.Audit' permissions on '/mapping/pci/<id>'.
            User: all

        Proxmox VE: New in 8.0.

        Proxmox: ``GET /cluster/mapping/pci`` (``index``)."""
        params = {
            "check-node": check_node,
        }
        return self._c._call("GET", self._p, params, _R46)

    def post(
        self,
        *,
        id: str,
        map: list[PciMap | str] | tuple[PciMap | str, ...],
        description: str | None = None,
        live_migration_capable: bool | None = None,
        mdev: bool | None = None,
    ) -> None:
        """Create a new hardware mapping.

        Args:
            id: The ID of the logical PCI mapping.
                Proxmox VE: New in 8.0.
                Format: ``pve-configid``.
            map: A list of maps for the cluster nodes.
                Proxmox VE: New in 8.0.
            description: Description of the logical PCI device.
                Proxmox VE: New in 8.0.
                Length: 0 to 4096.
            live_migration_capable: Marks the device(s) as being able to be live-migrated (Experimental). This needs hardware and driver support to work.
                Proxmox VE: New in 8.3.
                Default: ``0``.
            mdev: Marks the device(s) as being capable of providing mediated devices.
                Proxmox VE: New in 8.0.
                Default: ``0``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/pci, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.0.

        Proxmox: ``POST /cluster/mapping/pci`` (``create``)."""
        params = {
            "id": id,
            "map": _sequence("map", map),
            "description": description,
            "live-migration-capable": live_migration_capable,
            "mdev": mdev,
        }
        return self._c._call("POST", self._p, params, _R47)


class ClusterMappingPciId(SyncPath):
    """``/cluster/mapping/pci/{id}`` ({id})

    ``GET``: Get PCI Mapping.
    ``PUT``: Update a hardware mapping.
    ``DELETE``: Remove Hardware Mapping."""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Get PCI Mapping.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[or, [perm, /mapping/pci/{id}, [Mapping.Use]], [perm, /mapping/pci/{id}, [Mapping.Modify]], [perm, /mapping/pci/{id}, [Mapping.Audit]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.0.

        Proxmox: ``GET /cluster/mapping/pci/{id}`` (``get``)."""
        return self._c._call("GET", self._p, {}, _R48)

    def put(
        self,
        *,
        delete: str | Sequence[str] | None = None,
        description: str | None = None,
        digest: str | None = None,
        live_migration_capable: bool | None = None,
        map: list[PciMap | str] | tuple[PciMap | str, ...] | None = None,
        mdev: bool | None = None,
    ) -> None:
        """Update a hardware mapping.

        Args:
            delete: A list of settings you want to delete.
                Proxmox VE: New in 8.0.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            description: Description of the logical PCI device.
                Proxmox VE: New in 8.0.
                Length: 0 to 4096.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 8.0.
                Length: 0 to 64.
            live_migration_capable: Marks the device(s) as being able to be live-migrated (Experimental). This needs hardware and driver support to work.
                Proxmox VE: New in 8.3.
                Default: ``0``.
            map: A list of maps for the cluster nodes.
                Proxmox VE: New in 8.0.
            mdev: Marks the device(s) as being capable of providing mediated devices.
                Proxmox VE: New in 8.0.
                Default: ``0``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/pci/{id}, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.0.

        Proxmox: ``PUT /cluster/mapping/pci/{id}`` (``update``)."""
        params = {
            "delete": _join(delete),
            "description": description,
            "digest": digest,
            "live-migration-capable": live_migration_capable,
            "map": _sequence("map", map),
            "mdev": mdev,
        }
        return self._c._call("PUT", self._p, params, _R49)

    def delete(self) -> None:
        """Remove Hardware Mapping.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/pci, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.0.

        Proxmox: ``DELETE /cluster/mapping/pci/{id}`` (``delete``)."""
        return self._c._call("DELETE", self._p, {}, _R50)


class ClusterMappingUsb(SyncPath):
    """``/cluster/mapping/usb`` (usb)

    ``GET``: List USB Hardware Mappings
    ``POST``: Create a new hardware mapping."""

    __slots__ = ()

    def id(self, id: str) -> ClusterMappingUsbId:
        """{id}"""
        return ClusterMappingUsbId(self._c, self._p + "/" + _segment(id))

    def get(
        self,
        *,
        check_node: str | None = None,
    ) -> list[ClusterMappingUsbGetResultItem]:
        """List USB Hardware Mappings

        Args:
            check_node: If given, checks the configurations on the given node for correctness, and adds relevant errors to the devices.
                Proxmox VE: New in 8.0.
                Format: ``pve-node``.

        Returns:
            ``list[ClusterMappingUsbGetResultItem]``

        Permissions:
            Only lists entries where you have 'Mapping.Modify', 'Mapping.Use' or 'Mapping.Audit' permissions on '/mapping/usb/<id>'.
            User: all

        Proxmox VE: New in 8.0.

        Proxmox: ``GET /cluster/mapping/usb`` (``index``)."""
        params = {
            "check-node": check_node,
        }
        return self._c._call("GET", self._p, params, _R51)

    def post(
        self,
        *,
        id: str,
        map: list[UsbMap | str] | tuple[UsbMap | str, ...],
        description: str | None = None,
    ) -> None:
        """Create a new hardware mapping.

        Args:
            id: The ID of the logical USB mapping.
                Proxmox VE: New in 8.0.
                Format: ``pve-configid``.
            map: A list of maps for the cluster nodes.
                Proxmox VE: New in 8.0.
            description: Description of the logical USB device.
                Proxmox VE: New in 8.0.
                Length: 0 to 4096.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/usb, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.0.

        Proxmox: ``POST /cluster/mapping/usb`` (``create``)."""
        params = {
            "id": id,
            "map": _sequence("map", map),
            "description": description,
        }
        return self._c._call("POST", self._p, params, _R52)


class ClusterMappingUsbId(SyncPath):
    """``/cluster/mapping/usb/{id}`` ({id})

    ``GET``: Get USB Mapping.
    ``PUT``: Update a hardware mapping.
    ``DELETE``: Remove Hardware Mapping."""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Get USB Mapping.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[or, [perm, /mapping/usb/{id}, [Mapping.Audit]], [perm, /mapping/usb/{id}, [Mapping.Use]], [perm, /mapping/usb/{id}, [Mapping.Modify]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.0.

        Proxmox: ``GET /cluster/mapping/usb/{id}`` (``get``)."""
        return self._c._call("GET", self._p, {}, _R53)

    def put(
        self,
        *,
        map: list[UsbMap | str] | tuple[UsbMap | str, ...],
        delete: str | Sequence[str] | None = None,
        description: str | None = None,
        digest: str | None = None,
    ) -> None:
        """Update a hardware mapping.

        Args:
            map: A list of maps for the cluster nodes.
                Proxmox VE: New in 8.0.
            delete: A list of settings you want to delete.
                Proxmox VE: New in 8.0.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            description: Description of the logical USB device.
                Proxmox VE: New in 8.0.
                Length: 0 to 4096.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 8.0.
                Length: 0 to 64.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/usb/{id}, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.0.

        Proxmox: ``PUT /cluster/mapping/usb/{id}`` (``update``)."""
        params = {
            "map": _sequence("map", map),
            "delete": _join(delete),
            "description": description,
            "digest": digest,
        }
        return self._c._call("PUT", self._p, params, _R54)

    def delete(self) -> None:
        """Remove Hardware Mapping.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/usb, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.0.

        Proxmox: ``DELETE /cluster/mapping/usb/{id}`` (``delete``)."""
        return self._c._call("DELETE", self._p, {}, _R55)


class ClusterMetrics(SyncPath):
    """``/cluster/metrics`` (metrics)

    ``GET``: Metrics index."""

    __slots__ = ()

    @property
    def export(self) -> ClusterMetricsExport:
        """Retrieve metrics of the cluster."""
        return ClusterMetricsExport(self._c, self._p + "/export")

    @property
    def server(self) -> ClusterMetricsServer:
        """List configured metric servers."""
        return ClusterMetricsServer(self._c, self._p + "/server")

    def get(self) -> list[dict[str, Any]]:
        """Metrics index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /cluster/metrics`` (``index``)."""
        return self._c._call("GET", self._p, {}, _R56)


class ClusterMetricsExport(SyncPath):
    """``/cluster/metrics/export`` (export)

    ``GET``: Retrieve metrics of the cluster."""

    __slots__ = ()

    def get(
        self,
        *,
        history: bool | None = None,
        local_only: bool | None = None,
        node_list: str | None = None,
        start_time: int | None = None,
    ) -> ClusterMetricsExportGetResult:
        """Retrieve metrics of the cluster.

        Args:
            history: Also return historic values. Returns full available metric history unless `start-time` is also set
                Proxmox VE: New in 8.2.
                Default: ``0``.
            local_only: Only return metrics for the current node instead of the whole cluster
                Proxmox VE: New in 8.2.
                Default: ``0``.
            node_list: Only return metrics from nodes passed as comma-separated list
                Proxmox VE: New in 9.1.
            start_time: Only include metrics with a timestamp > start-time.
                Proxmox VE: New in 8.2.
                Default: ``0``.

        Returns:
            ``ClusterMetricsExportGetResult``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox VE: New in 8.2.

        Proxmox: ``GET /cluster/metrics/export`` (``export``)."""
        params = {
            "history": history,
            "local-only": local_only,
            "node-list": node_list,
            "start-time": start_time,
        }
        return self._c._call("GET", self._p, params, _R57)


class ClusterMetricsServer(SyncPath):
    """``/cluster/metrics/server`` (server)

    ``GET``: List configured metric servers."""

    __slots__ = ()

    def id(self, id: str) -> ClusterMetricsServerId:
        """{id}"""
        return ClusterMetricsServerId(self._c, self._p + "/" + _segment(id))

    def get(self) -> list[ClusterMetricsServerGetResultItem]:
        """List configured metric servers.

        Returns:
            ``list[ClusterMetricsServerGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/metrics/server`` (``server_index``)."""
        return self._c._call("GET", self._p, {}, _R58)


class ClusterMetricsServerId(SyncPath):
    """``/cluster/metrics/server/{id}`` ({id})

    ``GET``: Read metric server configuration.
    ``POST``: Create a new external metric server config
    ``PUT``: Update metric server configuration.
    ``DELETE``: Remove Metric server."""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Read metric server configuration.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/metrics/server/{id}`` (``read``)."""
        return self._c._call("GET", self._p, {}, _R59)

    def post(
        self,
        *,
        port: int,
        server: str,
        type: Literal["graphite", "influxdb", "opentelemetry"],
        api_path_prefix: str | None = None,
        bucket: str | None = None,
        disable: bool | None = None,
        influxdbproto: Literal["udp", "http", "https"] | None = None,
        max_body_size: int | None = None,
        mtu: int | None = None,
        organization: str | None = None,
        otel_compression: Literal["none", "gzip"] | None = None,
        otel_headers: str | None = None,
        otel_max_body_size: int | None = None,
        otel_path: str | None = None,
        otel_protocol: Literal["http", "https"] | None = None,
        otel_resource_attributes: str | None = None,
        otel_timeout: int | None = None,
        otel_verify_ssl: bool | None = None,
        path: str | None = None,
        proto: Literal["udp", "tcp"] | None = None,
        timeout: int | None = None,
        token: str | None = None,
        verify_certificate: bool | None = None,
    ) -> None:
        """Create a new external metric server config

        Args:
            port: server network port
                Range: 1 to 65536.
            server: server dns name or IP address
                Format: ``address``.
            type: Plugin type.
                Format: ``pve-configid``.
            api_path_prefix: An API path prefix inserted between '<host>:<port>/' and '/api2/'. Can be useful if the InfluxDB service runs behind a reverse proxy.
            bucket: The InfluxDB bucket/db. Only necessary when using the http v2 api.
            disable: Flag to disable the plugin.
            influxdbproto: (no description in the schema)
                Default: ``udp``.
            max_body_size: InfluxDB max-body-size in bytes. Requests are batched up to this size.
                Range: 1 to inf.
                Default: ``25000000``.
            mtu: MTU for metrics transmission over UDP
                Range: 512 to 65536.
                Default: ``1500``.
            organization: The InfluxDB organization. Only necessary when using the http v2 api. Has no meaning when using v2 compatibility api.
            otel_compression: Compression algorithm for requests
                Proxmox VE: New in 9.0.
                Default: ``gzip``.
            otel_headers: Custom HTTP headers (JSON format, base64 encoded)
                Proxmox VE: New in 9.0.
                Length: 0 to 1024.
            otel_max_body_size: Maximum request body size in bytes
                Proxmox VE: New in 9.0.
                Range: 1024 to inf.
                Default: ``10000000``.
            otel_path: OTLP endpoint path
                Proxmox VE: New in 9.0.
                Default: ``/v1/metrics``.
            otel_protocol: HTTP protocol
                Proxmox VE: New in 9.0.
                Default: ``https``.
            otel_resource_attributes: Additional resource attributes as JSON, base64 encoded
                Proxmox VE: New in 9.0.
                Length: 0 to 1024.
            otel_timeout: HTTP request timeout in seconds
                Proxmox VE: New in 9.0.
                Range: 1 to 10.
                Default: ``5``.
            otel_verify_ssl: Verify SSL certificates
                Proxmox VE: New in 9.0.
                Default: ``1``.
            path: root graphite path (ex: proxmox.mycluster.mykey)
                Format: ``graphite-path``.
            proto: Protocol to send graphite data. TCP or UDP (default)
            timeout: graphite TCP socket timeout (default=1)
                Range: 0 to inf.
                Default: ``1``.
            token: The InfluxDB access token. Only necessary when using the http v2 api. If the v2 compatibility api is used, use 'user:password' instead.
            verify_certificate: Set to 0 to disable certificate verification for https endpoints.
                Default: ``1``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/metrics/server/{id}`` (``create``)."""
        params = {
            "port": port,
            "server": server,
            "type": type,
            "api-path-prefix": api_path_prefix,
            "bucket": bucket,
            "disable": disable,
            "influxdbproto": influxdbproto,
            "max-body-size": max_body_size,
            "mtu": mtu,
            "organization": organization,
            "otel-compression": otel_compression,
            "otel-headers": otel_headers,
            "otel-max-body-size": otel_max_body_size,
            "otel-path": otel_path,
            "otel-protocol": otel_protocol,
            "otel-resource-attributes": otel_resource_attributes,
            "otel-timeout": otel_timeout,
            "otel-verify-ssl": otel_verify_ssl,
            "path": path,
            "proto": proto,
            "timeout": timeout,
            "token": token,
            "verify-certificate": verify_certificate,
        }
        return self._c._call("POST", self._p, params, _R60)

    def put(
        self,
        *,
        port: int,
        server: str,
        api_path_prefix: str | None = None,
        bucket: str | None = None,
        delete: str | Sequence[str] | None = None,
        digest: str | None = None,
        disable: bool | None = None,
        influxdbproto: Literal["udp", "http", "https"] | None = None,
        max_body_size: int | None = None,
        mtu: int | None = None,
        organization: str | None = None,
        otel_compression: Literal["none", "gzip"] | None = None,
        otel_headers: str | None = None,
        otel_max_body_size: int | None = None,
        otel_path: str | None = None,
        otel_protocol: Literal["http", "https"] | None = None,
        otel_resource_attributes: str | None = None,
        otel_timeout: int | None = None,
        otel_verify_ssl: bool | None = None,
        path: str | None = None,
        proto: Literal["udp", "tcp"] | None = None,
        timeout: int | None = None,
        token: str | None = None,
        verify_certificate: bool | None = None,
    ) -> None:
        """Update metric server configuration.

        Args:
            port: server network port
                Range: 1 to 65536.
            server: server dns name or IP address
                Format: ``address``.
            api_path_prefix: An API path prefix inserted between '<host>:<port>/' and '/api2/'. Can be useful if the InfluxDB service runs behind a reverse proxy.
            bucket: The InfluxDB bucket/db. Only necessary when using the http v2 api.
            delete: A list of settings you want to delete.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            disable: Flag to disable the plugin.
            influxdbproto: (no description in the schema)
                Default: ``udp``.
            max_body_size: InfluxDB max-body-size in bytes. Requests are batched up to this size.
                Range: 1 to inf.
                Default: ``25000000``.
            mtu: MTU for metrics transmission over UDP
                Range: 512 to 65536.
                Default: ``1500``.
            organization: The InfluxDB organization. Only necessary when using the http v2 api. Has no meaning when using v2 compatibility api.
            otel_compression: Compression algorithm for requests
                Proxmox VE: New in 9.0.
                Default: ``gzip``.
            otel_headers: Custom HTTP headers (JSON format, base64 encoded)
                Proxmox VE: New in 9.0.
                Length: 0 to 1024.
            otel_max_body_size: Maximum request body size in bytes
                Proxmox VE: New in 9.0.
                Range: 1024 to inf.
                Default: ``10000000``.
            otel_path: OTLP endpoint path
                Proxmox VE: New in 9.0.
                Default: ``/v1/metrics``.
            otel_protocol: HTTP protocol
                Proxmox VE: New in 9.0.
                Default: ``https``.
            otel_resource_attributes: Additional resource attributes as JSON, base64 encoded
                Proxmox VE: New in 9.0.
                Length: 0 to 1024.
            otel_timeout: HTTP request timeout in seconds
                Proxmox VE: New in 9.0.
                Range: 1 to 10.
                Default: ``5``.
            otel_verify_ssl: Verify SSL certificates
                Proxmox VE: New in 9.0.
                Default: ``1``.
            path: root graphite path (ex: proxmox.mycluster.mykey)
                Format: ``graphite-path``.
            proto: Protocol to send graphite data. TCP or UDP (default)
            timeout: graphite TCP socket timeout (default=1)
                Range: 0 to inf.
                Default: ``1``.
            token: The InfluxDB access token. Only necessary when using the http v2 api. If the v2 compatibility api is used, use 'user:password' instead.
            verify_certificate: Set to 0 to disable certificate verification for https endpoints.
                Default: ``1``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /cluster/metrics/server/{id}`` (``update``)."""
        params = {
            "port": port,
            "server": server,
            "api-path-prefix": api_path_prefix,
            "bucket": bucket,
            "delete": _join(delete),
            "digest": digest,
            "disable": disable,
            "influxdbproto": influxdbproto,
            "max-body-size": max_body_size,
            "mtu": mtu,
            "organization": organization,
            "otel-compression": otel_compression,
            "otel-headers": otel_headers,
            "otel-max-body-size": otel_max_body_size,
            "otel-path": otel_path,
            "otel-protocol": otel_protocol,
            "otel-resource-attributes": otel_resource_attributes,
            "otel-timeout": otel_timeout,
            "otel-verify-ssl": otel_verify_ssl,
            "path": path,
            "proto": proto,
            "timeout": timeout,
            "token": token,
            "verify-certificate": verify_certificate,
        }
        return self._c._call("PUT", self._p, params, _R61)

    def delete(self) -> None:
        """Remove Metric server.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /cluster/metrics/server/{id}`` (``delete``)."""
        return self._c._call("DELETE", self._p, {}, _R62)


class ClusterNextid(SyncPath):
    """``/cluster/nextid`` (nextid)

    ``GET``: Get next free VMID. Pass a VMID to assert that its free (at time of check)."""

    __slots__ = ()

    def get(
        self,
        *,
        vmid: int | None = None,
    ) -> int:
        """Get next free VMID. Pass a VMID to assert that its free (at time of check).

        Args:
            vmid: The (unique) ID of the VM.
                Range: 100 to 999999999.
                Format: ``pve-vmid``.

        Returns:
            ``int``: The next free VMID.

        Permissions:
            User: all

        Proxmox: ``GET /cluster/nextid`` (``nextid``)."""
        params = {
            "vmid": vmid,
        }
        return self._c._call("GET", self._p, params, _R63)


class ClusterOptions(SyncPath):
    """``/cluster/options`` (options)

    ``GET``: Get datacenter options. Without 'Sys.Audit' on '/' not all options are returned.
    ``PUT``: Set datacenter options."""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Get datacenter options. Without 'Sys.Audit' on '/' not all options are returned.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``
            User: all

        Proxmox: ``GET /cluster/options`` (``get_options``)."""
        return self._c._call("GET", self._p, {}, _R64)

    def put(
        self,
        *,
        bwlimit: Bwlimit | str | None = None,
        consent_text: str | None = None,
        console: Literal["applet", "vv", "html5", "xtermjs"] | None = None,
        crs: Crs | str | None = None,
        delete: str | Sequence[str] | None = None,
        description: str | None = None,
        email_from: str | None = None,
        fencing: Literal["watchdog", "hardware", "both"] | None = None,
        ha: Ha | str | None = None,
        http_proxy: str | None = None,
        keyboard: Literal[
            "de",
            "de-ch",
            "da",
            "en-gb",
            "en-us",
            "es",
            "fi",
            "fr",
            "fr-be",
            "fr-ca",
            "fr-ch",
            "hu",
            "is",
            "it",
            "ja",
            "lt",
            "mk",
            "nl",
            "no",
            "pl",
            "pt",
            "pt-br",
            "sv",
            "sl",
            "tr",
        ]
        | None = None,
        language: Literal[
            "ar",
            "ca",
            "da",
            "de",
            "en",
            "es",
            "eu",
            "fa",
            "fr",
            "hr",
            "he",
            "it",
            "ja",
            "ka",
            "kr",
            "nb",
            "nl",
            "nn",
            "pl",
            "pt_BR",
            "ru",
            "sl",
            "sv",
            "tr",
            "ukr",
            "zh_CN",
            "zh_TW",
        ]
        | None = None,
        location: Location | str | None = None,
        mac_prefix: str | None = None,
        max_workers: int | None = None,
        migration: Migration | str | None = None,
        migration_unsecure: bool | None = None,
        next_id: NextId | str | None = None,
        notify: Notify | str | None = None,
        registered_tags: str | None = None,
        replication: Replication | str | None = None,
        tag_style: TagStyle | str | None = None,
        u2f: U2f | str | None = None,
        user_tag_access: UserTagAccess | str | None = None,
        webauthn: Webauthn | str | None = None,
    ) -> None:
        """Set datacenter options.

        Args:
            bwlimit: Set I/O bandwidth limit for various operations (in KiB/s).
                Syntax: ``[clone=<LIMIT>] [,default=<LIMIT>] [,migration=<LIMIT>] [,move=<LIMIT>] [,restore=<LIMIT>]``.
            consent_text: Consent text that is displayed before logging in.
                Proxmox VE: New in 8.3.
                Length: 0 to 65536.
            console: Select the default Console viewer. You can either use the builtin java applet (VNC; deprecated and maps to html5), an external virt-viewer comtatible application (SPICE), an HTML5 based vnc viewer (noVNC), or an HTML5 based console client (xtermjs). If the selected viewer is not available (e.g. SPICE not activated for the VM), the fallback is noVNC.
            crs: Cluster resource scheduling settings.
                Syntax: ``[ha=<basic|static|dynamic>] [,ha-auto-rebalance=<1|0>] [,ha-auto-rebalance-hold-duration=<number>] [,ha-auto-rebalance-margin=<number>] [,ha-auto-rebalance-method=<bruteforce|topsis>] [,ha-auto-rebalance-threshold=<number>] [,ha-rebalance-on-start=<1|0>]``.
            delete: A list of settings you want to delete.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            description: Datacenter description. Shown in the web-interface datacenter notes panel. This is saved as comment inside the configuration file.
                Length: 0 to 65536.
            email_from: Specify email address to send notification from (default is root@$hostname)
                Format: ``email-opt``.
            fencing: Set the fencing mode of the HA cluster. Hardware mode needs a valid configuration of fence devices in /etc/pve/ha/fence.cfg. With both all two modes are used.

                WARNING: 'hardware' and 'both' are EXPERIMENTAL & WIP
                Default: ``watchdog``.
            ha: Cluster wide HA settings.
                Syntax: ``shutdown_policy=<enum>``.
            http_proxy: Specify external http proxy which is used for downloads (example: 'http://username:password@host:port/')
                Pattern: ``^http://.*$``.
            keyboard: Default keybord layout for vnc server.
            language: Default GUI language.
            location: The location of the cluster.
                Proxmox VE: New in 9.2.
                Syntax: ``latitude=<number> ,longitude=<number> [,name=<name>]``.
            mac_prefix: Prefix for the auto-generated MAC addresses of virtual guests. The default 'BC:24:11' is the OUI assigned by the IEEE to Proxmox Server Solutions GmbH for a 24-bit large MAC block. You're allowed to use this in local networks, i.e., those not directly reachable by the public (e.g., in a LAN or behind NAT).
                Format: ``mac-prefix``.
                Default: ``BC:24:11``.
            max_workers: Defines how many workers (per node) are maximal started  on actions like 'stopall VMs' or task from the ha-manager.
                Range: 1 to inf.
            migration: For cluster wide migration settings.
                Syntax: ``[type=]<secure|insecure> [,network=<CIDR>]``.
            migration_unsecure: Migration is secure using SSH tunnel by default. For secure private networks you can disable it to speed up migration. Deprecated, use the 'migration' property instead!
            next_id: Control the range for the free VMID auto-selection pool.
                Syntax: ``[lower=<integer>] [,upper=<integer>]``.
            notify: Cluster-wide notification settings.
                Syntax: ``[fencing=<always|never>] [,package-updates=<auto|always|never>] [,replication=<always|never>] [,target-fencing=<TARGET>] [,target-package-updates=<TARGET>] [,target-replication=<TARGET>]``.
            registered_tags: A list of tags that require a `Sys.Modify` on '/' to set and delete. Tags set here that are also in 'user-tag-access' also require `Sys.Modify`.
                Pattern: ``^(?:(?i:[a-z0-9_][a-z0-9_\\-\\+\\.]*);)*(?i:[a-z0-9_][a-z0-9_\\-\\+\\.]*)$``.
            replication: For cluster wide replication settings.
                Proxmox VE: New in 9.0.
                Syntax: ``[type=]<secure|insecure> [,network=<CIDR>]``.
            tag_style: Tag style options.
                Syntax: ``[case-sensitive=<1|0>] [,color-map=<tag>:<hex-color>[:<hex-color-for-text>][;<tag>=...]] [,ordering=<config|alphabetical>] [,shape=<enum>]``.
            u2f: u2f
                Syntax: ``[appid=<APPID>] [,origin=<URL>]``.
            user_tag_access: Privilege options for user-settable tags
                Syntax: ``[user-allow=<enum>] [,user-allow-list=<tag>[;<tag>...]]``.
            webauthn: webauthn configuration
                Syntax: ``[allow-subdomains=<1|0>] [,id=<DOMAINNAME>] [,origin=<URL>] [,rp=<RELYING_PARTY>]``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /cluster/options`` (``set_options``)."""
        params = {
            "bwlimit": bwlimit,
            "consent-text": consent_text,
            "console": console,
            "crs": crs,
            "delete": _join(delete),
            "description": description,
            "email_from": email_from,
            "fencing": fencing,
            "ha": ha,
            "http_proxy": http_proxy,
            "keyboard": keyboard,
            "language": language,
            "location": location,
            "mac_prefix": mac_prefix,
            "max_workers": max_workers,
            "migration": migration,
            "migration_unsecure": migration_unsecure,
            "next-id": next_id,
            "notify": notify,
            "registered-tags": registered_tags,
            "replication": replication,
            "tag-style": tag_style,
            "u2f": u2f,
            "user-tag-access": user_tag_access,
            "webauthn": webauthn,
        }
        return self._c._call("PUT", self._p, params, _R65)


class ClusterQemu(SyncPath):
    """``/cluster/qemu`` (qemu)

    ``GET``: Cluster-wide QEMU index"""

    __slots__ = ()

    @property
    def cpu_flags(self) -> ClusterQemuCpuFlags:
        """List of available CPU flags. Currently only implemented for x86_64, returns an empty list for aarch64."""
        return ClusterQemuCpuFlags(self._c, self._p + "/cpu-flags")

    @property
    def custom_cpu_models(self) -> ClusterQemuCustomCpuModels:
        """List all custom CPU model definitions visible to the user."""
        return ClusterQemuCustomCpuModels(self._c, self._p + "/custom-cpu-models")

    def get(self) -> list[dict[str, Any]]:
        """Cluster-wide QEMU index

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox VE: New in 9.2.

        Proxmox: ``GET /cluster/qemu`` (``index``)."""
        return self._c._call("GET", self._p, {}, _R66)


class ClusterQemuCpuFlags(SyncPath):
    """``/cluster/qemu/cpu-flags`` (cpu-flags)

    ``GET``: List of available CPU flags. Currently only implemented for x86_64, returns an empty list for aarch64."""

    __slots__ = ()

    def get(
        self,
        *,
        accel: Literal["kvm", "tcg"] | None = None,
        arch: Literal["x86_64", "aarch64"] | None = None,
    ) -> list[ClusterQemuCpuFlagsGetResultItem]:
        """List of available CPU flags. Currently only implemented for x86_64, returns an empty list for aarch64.

        Args:
            accel: Acceleration type to check node compatibility for.
                Proxmox VE: New in 9.2.
                Default: ``kvm``.
            arch: Virtual processor architecture. Defaults to the host architecture.
                Proxmox VE: New in 9.2.

        Returns:
            ``list[ClusterQemuCpuFlagsGetResultItem]``

        Permissions:
            Check: ``[or, [perm, /nodes, [Sys.Audit]], [perm, /mapping/cpu, [Mapping.Audit, Mapping.Use, Mapping.Modify], any, 1]]``

        Proxmox VE: New in 9.2.

        Proxmox: ``GET /cluster/qemu/cpu-flags`` (``index``)."""
        params = {
            "accel": accel,
            "arch": arch,
        }
        return self._c._call("GET", self._p, params, _R67)


class ClusterQemuCustomCpuModels(SyncPath):
    """``/cluster/qemu/custom-cpu-models`` (custom-cpu-models)

    ``GET``: List all custom CPU model definitions visible to the user.
    ``POST``: Add a custom CPU model definition."""

    __slots__ = ()

    def cputype(self, cputype: str) -> ClusterQemuCustomCpuModelsCputype:
        """Name of the CPU model to query. The 'custom-' prefix is optional."""
        return ClusterQemuCustomCpuModelsCputype(self._c, self._p + "/" + _segment(cputype))

    def get(self) -> list[ClusterQemuCustomCpuModelsGetResultItem]:
        """List all custom CPU model definitions visible to the user.

        Returns:
            ``list[ClusterQemuCustomCpuModelsGetResultItem]``

        Permissions:
            Only lists entries where the user has 'Mapping.Modify', 'Mapping.Use' or 'Mapping.Audit' permissions on '/mapping/cpu/<name>'.
            User: all

        Proxmox VE: New in 9.2.

        Proxmox: ``GET /cluster/qemu/custom-cpu-models`` (``config``)."""
        return self._c._call("GET", self._p, {}, _R68)

    def post(
        self,
        *,
        cputype: str,
        reported_model: Literal[
            "486",
            "a64fx",
            "athlon",
            "Broadwell",
            "Broadwell-IBRS",
            "Broadwell-noTSX",
            "Broadwell-noTSX-IBRS",
            "Cascadelake-Server",
            "Cascadelake-Server-noTSX",
            "Cascadelake-Server-v2",
            "Cascadelake-Server-v4",
            "Cascadelake-Server-v5",
            "ClearwaterForest",
            "ClearwaterForest-v2",
            "ClearwaterForest-v3",
            "Conroe",
            "Cooperlake",
            "Cooperlake-v2",
            "core2duo",
            "coreduo",
            "cortex-a35",
            "cortex-a53",
            "cortex-a55",
            "cortex-a57",
            "cortex-a710",
            "cortex-a72",
            "cortex-a76",
            "cortex-a78ae",
            "DiamondRapids",
            "EPYC",
            "EPYC-Genoa",
            "EPYC-Genoa-v2",
            "EPYC-IBPB",
            "EPYC-Milan",
            "EPYC-Milan-v2",
            "EPYC-Milan-v3",
            "EPYC-Rome",
            "EPYC-Rome-v2",
            "EPYC-Rome-v3",
            "EPYC-Rome-v4",
            "EPYC-Rome-v5",
            "EPYC-Turin",
            "EPYC-v3",
            "EPYC-v4",
            "EPYC-v5",
            "GraniteRapids",
            "GraniteRapids-v2",
            "GraniteRapids-v3",
            "GraniteRapids-v4",
            "GraniteRapids-v5",
            "Haswell",
            "Haswell-IBRS",
            "Haswell-noTSX",
            "Haswell-noTSX-IBRS",
            "host",
            "Icelake-Client",
            "Icelake-Client-noTSX",
            "Icelake-Server",
            "Icelake-Server-noTSX",
            "Icelake-Server-v3",
            "Icelake-Server-v4",
            "Icelake-Server-v5",
            "Icelake-Server-v6",
            "Icelake-Server-v7",
            "IvyBridge",
            "IvyBridge-IBRS",
            "KnightsMill",
            "kvm32",
            "kvm64",
            "max",
            "Nehalem",
            "Nehalem-IBRS",
            "neoverse-n1",
            "neoverse-n2",
            "neoverse-v1",
            "Opteron_G1",
            "Opteron_G2",
            "Opteron_G3",
            "Opteron_G4",
            "Opteron_G5",
            "Penryn",
            "pentium",
            "pentium2",
            "pentium3",
            "phenom",
            "qemu32",
            "qemu64",
            "SandyBridge",
            "SandyBridge-IBRS",
            "SapphireRapids",
            "SapphireRapids-v2",
            "SapphireRapids-v3",
            "SapphireRapids-v4",
            "SapphireRapids-v5",
            "SapphireRapids-v6",
            "SierraForest",
            "SierraForest-v2",
            "SierraForest-v3",
            "SierraForest-v4",
            "SierraForest-v5",
            "Skylake-Client",
            "Skylake-Client-IBRS",
            "Skylake-Client-noTSX-IBRS",
            "Skylake-Client-v4",
            "Skylake-Server",
            "Skylake-Server-IBRS",
            "Skylake-Server-noTSX-IBRS",
            "Skylake-Server-v4",
            "Skylake-Server-v5",
            "Westmere",
            "Westmere-IBRS",
        ],
        flags: str | None = None,
        guest_phys_bits: int | None = None,
        hidden: bool | None = None,
        hv_vendor_id: str | None = None,
        level: int | None = None,
        phys_bits: str | None = None,
    ) -> None:
        """Add a custom CPU model definition.

        Args:
            cputype: Name for the custom CPU model. The 'custom-' prefix is optional.
                Proxmox VE: New in 9.2.
                Length: 0 to 40.
                Format: ``pve-configid``.
            reported_model: CPU model and vendor to report to the guest. Must be a QEMU/KVM supported model. Only valid for custom CPU model definitions, default models will always report themselves to the guest OS.
                Proxmox VE: New in 9.2.
                Default: ``kvm64``.
            flags: List of additional CPU flags separated by ';'. Use '+FLAG' to enable, '-FLAG' to disable a flag. There is a special 'nested-virt' shorthand which controls nested virtualization for the current CPU ('svm' for AMD and 'vmx' for Intel). Custom CPU models can specify any flag supported by QEMU/KVM, VM-specific flags must be from the following set for security reasons: aes, amd-no-ssb, amd-ssbd, hv-evmcs, hv-tlbflush, ibpb, md-clear, nested-virt, pcid, pdpe1gb, spec-ctrl, ssbd, virt-ssbd
                Proxmox VE: New in 9.2.
                Pattern: ``^(?:(?:([+-])([a-zA-Z0-9\\-_\\.]+))(;(?:([+-])([a-zA-Z0-9\\-_\\.]+)))*)$``.
            guest_phys_bits: Number of physical address bits available to the guest.
                Proxmox VE: New in 9.2.
                Range: 32 to 64.
            hidden: Do not identify as a KVM virtual machine. Only affects vCPUs with x86-64 architecture.
                Proxmox VE: New in 9.2.
                Default: ``0``.
            hv_vendor_id: The Hyper-V vendor ID. Some drivers or programs inside Windows guests need a specific ID.
                Proxmox VE: New in 9.2.
                Pattern: ``^(?:[a-zA-Z0-9]{1,12})$``.
            level: Maximum input value for the basic CPUID leaves the guest can query - that is the vendor (leaf 0), family/model/stepping and feature bits (leaf 1), cache and topology info (leaves 4 and B), and so on. Higher-numbered leaves are hidden. Setting '30' is a common workaround for Hyper-V boot failures on Windows guests running on recent Intel hosts. Only applies when the vCPU architecture is x86_64.
                Proxmox VE: New in 9.2.
                Range: 0 to 4294967295.
            phys_bits: The physical memory address bits that are reported to the guest OS. Should be smaller or equal to the host's. Set to 'host' to use value from host CPU, but note that doing so will break live migration to CPUs with other values.
                Proxmox VE: New in 9.2.
                Format: ``pve-phys-bits``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/cpu, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.2.

        Proxmox: ``POST /cluster/qemu/custom-cpu-models`` (``create``)."""
        params = {
            "cputype": cputype,
            "reported-model": reported_model,
            "flags": flags,
            "guest-phys-bits": guest_phys_bits,
            "hidden": hidden,
            "hv-vendor-id": hv_vendor_id,
            "level": level,
            "phys-bits": phys_bits,
        }
        return self._c._call("POST", self._p, params, _R69)


class ClusterQemuCustomCpuModelsCputype(SyncPath):
    """``/cluster/qemu/custom-cpu-models/{cputype}`` ({cputype})

    ``GET``: Retrieve details about a specific custom CPU model.
    ``PUT``: Update a custom CPU model definition.
    ``DELETE``: Delete a custom CPU model definition."""

    __slots__ = ()

    def get(self) -> ClusterQemuCustomCpuModelsCputypeGetResult:
        """Retrieve details about a specific custom CPU model.

        Returns:
            ``ClusterQemuCustomCpuModelsCputypeGetResult``

        Permissions:
            Check: ``[or, [perm, /mapping/cpu/{cputype}, [Mapping.Audit]], [perm, /mapping/cpu/{cputype}, [Mapping.Use]], [perm, /mapping/cpu/{cputype}, [Mapping.Modify]]]``

        Proxmox VE: New in 9.2.

        Proxmox: ``GET /cluster/qemu/custom-cpu-models/{cputype}`` (``info``)."""
        return self._c._call("GET", self._p, {}, _R70)

    def put(
        self,
        *,
        delete: str | Sequence[str] | None = None,
        digest: str | None = None,
        flags: str | None = None,
        guest_phys_bits: int | None = None,
        hidden: bool | None = None,
        hv_vendor_id: str | None = None,
        level: int | None = None,
        phys_bits: str | None = None,
        reported_model: Literal[
            "486",
            "a64fx",
            "athlon",
            "Broadwell",
            "Broadwell-IBRS",
            "Broadwell-noTSX",
            "Broadwell-noTSX-IBRS",
            "Cascadelake-Server",
            "Cascadelake-Server-noTSX",
            "Cascadelake-Server-v2",
            "Cascadelake-Server-v4",
            "Cascadelake-Server-v5",
            "ClearwaterForest",
            "ClearwaterForest-v2",
            "ClearwaterForest-v3",
            "Conroe",
            "Cooperlake",
            "Cooperlake-v2",
            "core2duo",
            "coreduo",
            "cortex-a35",
            "cortex-a53",
            "cortex-a55",
            "cortex-a57",
            "cortex-a710",
            "cortex-a72",
            "cortex-a76",
            "cortex-a78ae",
            "DiamondRapids",
            "EPYC",
            "EPYC-Genoa",
            "EPYC-Genoa-v2",
            "EPYC-IBPB",
            "EPYC-Milan",
            "EPYC-Milan-v2",
            "EPYC-Milan-v3",
            "EPYC-Rome",
            "EPYC-Rome-v2",
            "EPYC-Rome-v3",
            "EPYC-Rome-v4",
            "EPYC-Rome-v5",
            "EPYC-Turin",
            "EPYC-v3",
            "EPYC-v4",
            "EPYC-v5",
            "GraniteRapids",
            "GraniteRapids-v2",
            "GraniteRapids-v3",
            "GraniteRapids-v4",
            "GraniteRapids-v5",
            "Haswell",
            "Haswell-IBRS",
            "Haswell-noTSX",
            "Haswell-noTSX-IBRS",
            "host",
            "Icelake-Client",
            "Icelake-Client-noTSX",
            "Icelake-Server",
            "Icelake-Server-noTSX",
            "Icelake-Server-v3",
            "Icelake-Server-v4",
            "Icelake-Server-v5",
            "Icelake-Server-v6",
            "Icelake-Server-v7",
            "IvyBridge",
            "IvyBridge-IBRS",
            "KnightsMill",
            "kvm32",
            "kvm64",
            "max",
            "Nehalem",
            "Nehalem-IBRS",
            "neoverse-n1",
            "neoverse-n2",
            "neoverse-v1",
            "Opteron_G1",
            "Opteron_G2",
            "Opteron_G3",
            "Opteron_G4",
            "Opteron_G5",
            "Penryn",
            "pentium",
            "pentium2",
            "pentium3",
            "phenom",
            "qemu32",
            "qemu64",
            "SandyBridge",
            "SandyBridge-IBRS",
            "SapphireRapids",
            "SapphireRapids-v2",
            "SapphireRapids-v3",
            "SapphireRapids-v4",
            "SapphireRapids-v5",
            "SapphireRapids-v6",
            "SierraForest",
            "SierraForest-v2",
            "SierraForest-v3",
            "SierraForest-v4",
            "SierraForest-v5",
            "Skylake-Client",
            "Skylake-Client-IBRS",
            "Skylake-Client-noTSX-IBRS",
            "Skylake-Client-v4",
            "Skylake-Server",
            "Skylake-Server-IBRS",
            "Skylake-Server-noTSX-IBRS",
            "Skylake-Server-v4",
            "Skylake-Server-v5",
            "Westmere",
            "Westmere-IBRS",
        ]
        | None = None,
    ) -> None:
        """Update a custom CPU model definition.

        Args:
            delete: A list of properties to delete.
                Proxmox VE: New in 9.2.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 9.2.
                Length: 0 to 64.
            flags: List of additional CPU flags separated by ';'. Use '+FLAG' to enable, '-FLAG' to disable a flag. There is a special 'nested-virt' shorthand which controls nested virtualization for the current CPU ('svm' for AMD and 'vmx' for Intel). Custom CPU models can specify any flag supported by QEMU/KVM, VM-specific flags must be from the following set for security reasons: aes, amd-no-ssb, amd-ssbd, hv-evmcs, hv-tlbflush, ibpb, md-clear, nested-virt, pcid, pdpe1gb, spec-ctrl, ssbd, virt-ssbd
                Proxmox VE: New in 9.2.
                Pattern: ``^(?:(?:([+-])([a-zA-Z0-9\\-_\\.]+))(;(?:([+-])([a-zA-Z0-9\\-_\\.]+)))*)$``.
            guest_phys_bits: Number of physical address bits available to the guest.
                Proxmox VE: New in 9.2.
                Range: 32 to 64.
            hidden: Do not identify as a KVM virtual machine. Only affects vCPUs with x86-64 architecture.
                Proxmox VE: New in 9.2.
                Default: ``0``.
            hv_vendor_id: The Hyper-V vendor ID. Some drivers or programs inside Windows guests need a specific ID.
                Proxmox VE: New in 9.2.
                Pattern: ``^(?:[a-zA-Z0-9]{1,12})$``.
            level: Maximum input value for the basic CPUID leaves the guest can query - that is the vendor (leaf 0), family/model/stepping and feature bits (leaf 1), cache and topology info (leaves 4 and B), and so on. Higher-numbered leaves are hidden. Setting '30' is a common workaround for Hyper-V boot failures on Windows guests running on recent Intel hosts. Only applies when the vCPU architecture is x86_64.
                Proxmox VE: New in 9.2.
                Range: 0 to 4294967295.
            phys_bits: The physical memory address bits that are reported to the guest OS. Should be smaller or equal to the host's. Set to 'host' to use value from host CPU, but note that doing so will break live migration to CPUs with other values.
                Proxmox VE: New in 9.2.
                Format: ``pve-phys-bits``.
            reported_model: CPU model and vendor to report to the guest. Must be a QEMU/KVM supported model. Only valid for custom CPU model definitions, default models will always report themselves to the guest OS.
                Proxmox VE: New in 9.2.
                Default: ``kvm64``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/cpu/{cputype}, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.2.

        Proxmox: ``PUT /cluster/qemu/custom-cpu-models/{cputype}`` (``update``)."""
        params = {
            "delete": _join(delete),
            "digest": digest,
            "flags": flags,
            "guest-phys-bits": guest_phys_bits,
            "hidden": hidden,
            "hv-vendor-id": hv_vendor_id,
            "level": level,
            "phys-bits": phys_bits,
            "reported-model": reported_model,
        }
        return self._c._call("PUT", self._p, params, _R71)

    def delete(self) -> None:
        """Delete a custom CPU model definition.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/cpu/{cputype}, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.2.

        Proxmox: ``DELETE /cluster/qemu/custom-cpu-models/{cputype}`` (``delete``)."""
        return self._c._call("DELETE", self._p, {}, _R72)


class ClusterReplication(SyncPath):
    """``/cluster/replication`` (replication)

    ``GET``: List replication jobs.
    ``POST``: Create a new replication job"""

    __slots__ = ()

    def id(self, id: str) -> ClusterReplicationId:
        """Replication Job ID. The ID is composed of a Guest ID and a job number, separated by a hyphen, i.e. '<GUEST>-<JOBNUM>'."""
        return ClusterReplicationId(self._c, self._p + "/" + _segment(id))

    def get(self) -> list[ClusterReplicationGetResultItem]:
        """List replication jobs.

        Returns:
            ``list[ClusterReplicationGetResultItem]``

        Permissions:
            Will only return replication jobs for which the calling user has VM.Audit permission on /vms/<vmid>.
            User: all

        Proxmox: ``GET /cluster/replication`` (``index``)."""
        return self._c._call("GET", self._p, {}, _R73)

    def post(
        self,
        *,
        id: str,
        target: str,
        type: Literal["local"],
        comment: str | None = None,
        disable: bool | None = None,
        rate: float | None = None,
        remove_job: Literal["local", "full"] | None = None,
        schedule: str | None = None,
        source: str | None = None,
    ) -> None:
        """Create a new replication job

        Args:
            id: Replication Job ID. The ID is composed of a Guest ID and a job number, separated by a hyphen, i.e. '<GUEST>-<JOBNUM>'.
                Pattern: ``^[1-9][0-9]{2,8}-\\d{1,9}$``.
                Format: ``pve-replication-job-id``.
            target: Target node.
                Format: ``pve-node``.
            type: Section type.
            comment: Description.
                Length: 0 to 4096.
            disable: Flag to disable/deactivate the entry.
            rate: Rate limit in mbps (megabytes per second) as floating point number.
                Range: 1 to inf.
            remove_job: Mark the replication job for removal. The job will remove all local replication snapshots. When set to 'full', it also tries to remove replicated volumes on the target. The job then removes itself from the configuration file.
            schedule: Storage replication schedule. The format is a subset of `systemd` calendar events.
                Length: 0 to 128.
                Format: ``pve-calendar-event``.
                Default: ``*/15``.
            source: For internal use, to detect if the guest was stolen.
                Format: ``pve-node``.

        Returns:
            ``None``

        Permissions:
            Requires the VM.Replicate permission on /vms/<vmid>.
            User: all

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/replication`` (``create``)."""
        params = {
            "id": id,
            "target": target,
            "type": type,
            "comment": comment,
            "disable": disable,
            "rate": rate,
            "remove_job": remove_job,
            "schedule": schedule,
            "source": source,
        }
        return self._c._call("POST", self._p, params, _R74)


class ClusterReplicationId(SyncPath):
    """``/cluster/replication/{id}`` ({id})

    ``GET``: Read replication job configuration.
    ``PUT``: Update replication job configuration.
    ``DELETE``: Mark replication job for removal."""

    __slots__ = ()

    def get(self) -> ClusterReplicationIdGetResult:
        """Read replication job configuration.

        Returns:
            ``ClusterReplicationIdGetResult``

        Permissions:
            Requires the VM.Audit permission on /vms/<vmid>.
            User: all

        Proxmox: ``GET /cluster/replication/{id}`` (``read``)."""
        return self._c._call("GET", self._p, {}, _R75)

    def put(
        self,
        *,
        comment: str | None = None,
        delete: str | Sequence[str] | None = None,
        digest: str | None = None,
        disable: bool | None = None,
        rate: float | None = None,
        remove_job: Literal["local", "full"] | None = None,
        schedule: str | None = None,
        source: str | None = None,
    ) -> None:
        """Update replication job configuration.

        Args:
            comment: Description.
                Length: 0 to 4096.
            delete: A list of settings you want to delete.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            disable: Flag to disable/deactivate the entry.
            rate: Rate limit in mbps (megabytes per second) as floating point number.
                Range: 1 to inf.
            remove_job: Mark the replication job for removal. The job will remove all local replication snapshots. When set to 'full', it also tries to remove replicated volumes on the target. The job then removes itself from the configuration file.
            schedule: Storage replication schedule. The format is a subset of `systemd` calendar events.
                Length: 0 to 128.
                Format: ``pve-calendar-event``.
                Default: ``*/15``.
            source: For internal use, to detect if the guest was stolen.
                Format: ``pve-node``.

        Returns:
            ``None``

        Permissions:
            Requires the VM.Replicate permission on /vms/<vmid>.
            User: all

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /cluster/replication/{id}`` (``update``)."""
        params = {
            "comment": comment,
            "delete": _join(delete),
            "digest": digest,
            "disable": disable,
            "rate": rate,
            "remove_job": remove_job,
            "schedule": schedule,
            "source": source,
        }
        return self._c._call("PUT", self._p, params, _R76)

    def delete(
        self,
        *,
        force: bool | None = None,
        keep: bool | None = None,
    ) -> None:
        """Mark replication job for removal.

        Args:
            force: Will remove the jobconfig entry, but will not cleanup.
                Default: ``0``.
            keep: Keep replicated data at target (do not remove).
                Default: ``0``.

        Returns:
            ``None``

        Permissions:
            Requires the VM.Replicate permission on /vms/<vmid>.
            User: all

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /cluster/replication/{id}`` (``delete``)."""
        params = {
            "force": force,
            "keep": keep,
        }
        return self._c._call("DELETE", self._p, params, _R77)


class ClusterResources(SyncPath):
    """``/cluster/resources`` (resources)

    ``GET``: Resources index (cluster wide)."""

    __slots__ = ()

    def get(
        self,
        *,
        type: Literal["vm", "storage", "node", "sdn"] | None = None,
    ) -> list[ClusterResourcesGetResultItem]:
        """Resources index (cluster wide).

        Args:
            type: Resource type.

        Returns:
            ``list[ClusterResourcesGetResultItem]``

        Permissions:
            User: all

        Proxmox: ``GET /cluster/resources`` (``resources``)."""
        params = {
            "type": type,
        }
        return self._c._call("GET", self._p, params, _R78)


class ClusterStatus(SyncPath):
    """``/cluster/status`` (status)

    ``GET``: Get cluster status information."""

    __slots__ = ()

    def get(self) -> list[ClusterStatusGetResultItem]:
        """Get cluster status information.

        Returns:
            ``list[ClusterStatusGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /cluster/status`` (``get_status``)."""
        return self._c._call("GET", self._p, {}, _R79)


class ClusterTasks(SyncPath):
    """``/cluster/tasks`` (tasks)

    ``GET``: List recent tasks (cluster wide)."""

    __slots__ = ()

    def get(self) -> list[ClusterTasksGetResultItem]:
        """List recent tasks (cluster wide).

        Returns:
            ``list[ClusterTasksGetResultItem]``

        Permissions:
            User: all

        Proxmox: ``GET /cluster/tasks`` (``tasks``)."""
        return self._c._call("GET", self._p, {}, _R80)
