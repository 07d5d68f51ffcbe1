# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``cluster`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import AsyncPath, Returns
from pvesdk._runtime import checked as _checked
from pvesdk._runtime import join as _join
from pvesdk._runtime import segment as _segment
from pvesdk._runtime import sequence as _sequence

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
    from ..models.cluster.cluster_replication_get import ClusterReplicationGetResultItem
    from ..models.cluster.cluster_replication_id_get import (
        ClusterReplicationIdGetResult,
    )
    from ..models.cluster.cluster_resources_get import ClusterResourcesGetResultItem
    from ..models.cluster.cluster_status_get import ClusterStatusGetResultItem
    from ..models.cluster.cluster_tasks_get import ClusterTasksGetResultItem
    from ..propstr.bwlimit import Bwlimit
    from ..propstr.crs import Crs
    from ..propstr.fleecing import Fleecing
    from ..propstr.ha import Ha
    from ..propstr.location import Location
    from ..propstr.migration import Migration
    from ..propstr.next_id import NextId
    from ..propstr.notify import Notify
    from ..propstr.performance import Performance
    from ..propstr.prune_backups import PruneBackups
    from ..propstr.replication import Replication
    from ..propstr.tag_style import TagStyle
    from ..propstr.u2f import U2f
    from ..propstr.user_tag_access import UserTagAccess
    from ..propstr.webauthn import Webauthn
    from . import cluster_acme as _cluster_acme
    from . import cluster_bulk_action as _cluster_bulk_action
    from . import cluster_ceph as _cluster_ceph
    from . import cluster_config as _cluster_config
    from . import cluster_firewall as _cluster_firewall
    from . import cluster_ha as _cluster_ha
    from . import cluster_jobs as _cluster_jobs
    from . import cluster_mapping as _cluster_mapping
    from . import cluster_metrics as _cluster_metrics
    from . import cluster_notifications as _cluster_notifications
    from . import cluster_qemu as _cluster_qemu
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
_R9: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /cluster/log")
_R10: Returns[int] = Returns("int", "GET /cluster/nextid")
_R11: Returns[dict[str, Any]] = Returns("dict[str, Any]", "GET /cluster/options")
_R12: Returns[None] = Returns("None", "PUT /cluster/options")
_R13: Returns[list[ClusterReplicationGetResultItem]] = Returns(
    "list[ClusterReplicationGetResultItem]",
    "GET /cluster/replication",
    "models.cluster.cluster_replication_get",
)
_R14: Returns[None] = Returns("None", "POST /cluster/replication")
_R15: Returns[ClusterReplicationIdGetResult] = Returns(
    "ClusterReplicationIdGetResult",
    "GET /cluster/replication/{id}",
    "models.cluster.cluster_replication_id_get",
)
_R16: Returns[None] = Returns("None", "PUT /cluster/replication/{id}")
_R17: Returns[None] = Returns("None", "DELETE /cluster/replication/{id}")
_R18: Returns[list[ClusterResourcesGetResultItem]] = Returns(
    "list[ClusterResourcesGetResultItem]",
    "GET /cluster/resources",
    "models.cluster.cluster_resources_get",
)
_R19: Returns[list[ClusterStatusGetResultItem]] = Returns(
    "list[ClusterStatusGetResultItem]", "GET /cluster/status", "models.cluster.cluster_status_get"
)
_R20: Returns[list[ClusterTasksGetResultItem]] = Returns(
    "list[ClusterTasksGetResultItem]", "GET /cluster/tasks", "models.cluster.cluster_tasks_get"
)


class Cluster(AsyncPath):
    """``/cluster`` (cluster)

    ``GET``: Cluster index."""

    __slots__ = ()

    @property
    def acme(self) -> _cluster_acme.ClusterAcme:
        """ACMEAccount index."""
        from . import cluster_acme as _cluster_acme

        return _cluster_acme.ClusterAcme(self._client, self._path + "/acme")

    @property
    def backup(self) -> ClusterBackup:
        """List vzdump backup schedule."""
        return ClusterBackup(self._client, self._path + "/backup")

    @property
    def backup_info(self) -> ClusterBackupInfo:
        """Index for backup info related endpoints"""
        return ClusterBackupInfo(self._client, self._path + "/backup-info")

    @property
    def bulk_action(self) -> _cluster_bulk_action.ClusterBulkAction:
        """List resource types."""
        from . import cluster_bulk_action as _cluster_bulk_action

        return _cluster_bulk_action.ClusterBulkAction(self._client, self._path + "/bulk-action")

    @property
    def ceph(self) -> _cluster_ceph.ClusterCeph:
        """Cluster ceph index."""
        from . import cluster_ceph as _cluster_ceph

        return _cluster_ceph.ClusterCeph(self._client, self._path + "/ceph")

    @property
    def config(self) -> _cluster_config.ClusterConfig:
        """Directory index."""
        from . import cluster_config as _cluster_config

        return _cluster_config.ClusterConfig(self._client, self._path + "/config")

    @property
    def firewall(self) -> _cluster_firewall.ClusterFirewall:
        """Directory index."""
        from . import cluster_firewall as _cluster_firewall

        return _cluster_firewall.ClusterFirewall(self._client, self._path + "/firewall")

    @property
    def ha(self) -> _cluster_ha.ClusterHa:
        """Directory index."""
        from . import cluster_ha as _cluster_ha

        return _cluster_ha.ClusterHa(self._client, self._path + "/ha")

    @property
    def jobs(self) -> _cluster_jobs.ClusterJobs:
        """Index for jobs related endpoints."""
        from . import cluster_jobs as _cluster_jobs

        return _cluster_jobs.ClusterJobs(self._client, self._path + "/jobs")

    @property
    def log(self) -> ClusterLog:
        """Read cluster log"""
        return ClusterLog(self._client, self._path + "/log")

    @property
    def mapping(self) -> _cluster_mapping.ClusterMapping:
        """List resource types."""
        from . import cluster_mapping as _cluster_mapping

        return _cluster_mapping.ClusterMapping(self._client, self._path + "/mapping")

    @property
    def metrics(self) -> _cluster_metrics.ClusterMetrics:
        """Metrics index."""
        from . import cluster_metrics as _cluster_metrics

        return _cluster_metrics.ClusterMetrics(self._client, self._path + "/metrics")

    @property
    def nextid(self) -> ClusterNextid:
        """Get next free VMID. Pass a VMID to assert that its free (at time of check)."""
        return ClusterNextid(self._client, self._path + "/nextid")

    @property
    def notifications(self) -> _cluster_notifications.ClusterNotifications:
        """Index for notification-related API endpoints."""
        from . import cluster_notifications as _cluster_notifications

        return _cluster_notifications.ClusterNotifications(
            self._client, self._path + "/notifications"
        )

    @property
    def options(self) -> ClusterOptions:
        """Get datacenter options. Without 'Sys.Audit' on '/' not all options are returned."""
        return ClusterOptions(self._client, self._path + "/options")

    @property
    def qemu(self) -> _cluster_qemu.ClusterQemu:
        """Cluster-wide QEMU index"""
        from . import cluster_qemu as _cluster_qemu

        return _cluster_qemu.ClusterQemu(self._client, self._path + "/qemu")

    @property
    def replication(self) -> ClusterReplication:
        """List replication jobs."""
        return ClusterReplication(self._client, self._path + "/replication")

    @property
    def resources(self) -> ClusterResources:
        """Resources index (cluster wide)."""
        return ClusterResources(self._client, self._path + "/resources")

    @property
    def sdn(self) -> _cluster_sdn.ClusterSdn:
        """Directory index."""
        from . import cluster_sdn as _cluster_sdn

        return _cluster_sdn.ClusterSdn(self._client, self._path + "/sdn")

    @property
    def status(self) -> ClusterStatus:
        """Get cluster status information."""
        return ClusterStatus(self._client, self._path + "/status")

    @property
    def tasks(self) -> ClusterTasks:
        """List recent tasks (cluster wide)."""
        return ClusterTasks(self._client, self._path + "/tasks")

    async def get(self) -> list[dict[str, Any]]:
        """Cluster index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /cluster`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R0)


class ClusterBackup(AsyncPath):
    """``/cluster/backup`` (backup)

    ``GET``: List vzdump backup schedule.
    ``POST``: Create new vzdump backup job."""

    __slots__ = ()

    def id(self, id: str) -> ClusterBackupId:
        """The job ID."""
        return ClusterBackupId(self._client, self._path + "/" + _segment(id))

    async def get(self) -> list[ClusterBackupGetResultItem]:
        """List vzdump backup schedule.

        Returns:
            ``list[ClusterBackupGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/backup`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R1)

    async def post(
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
        return await self._client._call("POST", self._path, params, _R2)


class ClusterBackupId(AsyncPath):
    """``/cluster/backup/{id}`` ({id})

    ``GET``: Read vzdump backup job definition.
    ``PUT``: Update vzdump backup job definition.
    ``DELETE``: Delete vzdump backup job definition."""

    __slots__ = ()

    @property
    def included_volumes(self) -> ClusterBackupIdIncludedVolumes:
        """Returns included guests and the backup status of their disks. Optimized to be used in ExtJS tree views."""
        return ClusterBackupIdIncludedVolumes(self._client, self._path + "/included_volumes")

    async def get(self) -> ClusterBackupIdGetResult:
        """Read vzdump backup job definition.

        Returns:
            ``ClusterBackupIdGetResult``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/backup/{id}`` (``read_job``)."""
        return await self._client._call("GET", self._path, {}, _R3)

    async def put(
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
        return await self._client._call("PUT", self._path, params, _R4)

    async def delete(self) -> None:
        """Delete vzdump backup job definition.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /cluster/backup/{id}`` (``delete_job``)."""
        return await self._client._call("DELETE", self._path, {}, _R5)


class ClusterBackupIdIncludedVolumes(AsyncPath):
    """``/cluster/backup/{id}/included_volumes`` (included_volumes)

    ``GET``: Returns included guests and the backup status of their disks. Optimized to be used in ExtJS tree views."""

    __slots__ = ()

    async def get(self) -> ClusterBackupIncludedVolumesGetResult:
        """Returns included guests and the backup status of their disks. Optimized to be used in ExtJS tree views.

        Returns:
            ``ClusterBackupIncludedVolumesGetResult``: Root node of the tree object. Children represent guests, grandchildren represent volumes of that guest.

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /cluster/backup/{id}/included_volumes`` (``get_volume_backup_included``)."""
        return await self._client._call("GET", self._path, {}, _R6)


class ClusterBackupInfo(AsyncPath):
    """``/cluster/backup-info`` (backup-info)

    ``GET``: Index for backup info related endpoints"""

    __slots__ = ()

    @property
    def not_backed_up(self) -> ClusterBackupInfoNotBackedUp:
        """Shows all guests which are not covered by any backup job."""
        return ClusterBackupInfoNotBackedUp(self._client, self._path + "/not-backed-up")

    async def get(self) -> list[ClusterBackupInfoGetResultItem]:
        """Index for backup info related endpoints

        Returns:
            ``list[ClusterBackupInfoGetResultItem]``: Directory index.

        Proxmox: ``GET /cluster/backup-info`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R7)


class ClusterBackupInfoNotBackedUp(AsyncPath):
    """``/cluster/backup-info/not-backed-up`` (not-backed-up)

    ``GET``: Shows all guests which are not covered by any backup job."""

    __slots__ = ()

    async def get(self) -> list[ClusterBackupInfoNotBackedUpGetResultItem]:
        """Shows all guests which are not covered by any backup job.

        Returns:
            ``list[ClusterBackupInfoNotBackedUpGetResultItem]``: Contains the guest objects.

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /cluster/backup-info/not-backed-up`` (``get_guests_not_in_backup``)."""
        return await self._client._call("GET", self._path, {}, _R8)


class ClusterLog(AsyncPath):
    """``/cluster/log`` (log)

    ``GET``: Read cluster log"""

    __slots__ = ()

    async def get(
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
        return await self._client._call("GET", self._path, params, _R9)


class ClusterNextid(AsyncPath):
    """``/cluster/nextid`` (nextid)

    ``GET``: Get next free VMID. Pass a VMID to assert that its free (at time of check)."""

    __slots__ = ()

    async def get(
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
        return await self._client._call("GET", self._path, params, _R10)


class ClusterOptions(AsyncPath):
    """``/cluster/options`` (options)

    ``GET``: Get datacenter options. Without 'Sys.Audit' on '/' not all options are returned.
    ``PUT``: Set datacenter options."""

    __slots__ = ()

    async def get(self) -> dict[str, Any]:
        """Get datacenter options. Without 'Sys.Audit' on '/' not all options are returned.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``
            User: all

        Proxmox: ``GET /cluster/options`` (``get_options``)."""
        return await self._client._call("GET", self._path, {}, _R11)

    async def put(
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
        return await self._client._call("PUT", self._path, params, _R12)


class ClusterReplication(AsyncPath):
    """``/cluster/replication`` (replication)

    ``GET``: List replication jobs.
    ``POST``: Create a new replication job"""

    __slots__ = ()

    def id(self, id: str) -> ClusterReplicationId:
        """Replication Job ID. The ID is composed of a Guest ID and a job number, separated by a hyphen, i.e. '<GUEST>-<JOBNUM>'."""
        return ClusterReplicationId(self._client, self._path + "/" + _segment(id))

    async def get(self) -> list[ClusterReplicationGetResultItem]:
        """List replication jobs.

        Returns:
            ``list[ClusterReplicationGetResultItem]``

        Permissions:
            Will only return replication jobs for which the calling user has VM.Audit permission on /vms/<vmid>.
            User: all

        Proxmox: ``GET /cluster/replication`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R13)

    async def post(
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
            "id": _checked("pve-replication-job-id", "id", id),
            "target": target,
            "type": type,
            "comment": comment,
            "disable": disable,
            "rate": rate,
            "remove_job": remove_job,
            "schedule": schedule,
            "source": source,
        }
        return await self._client._call("POST", self._path, params, _R14)


class ClusterReplicationId(AsyncPath):
    """``/cluster/replication/{id}`` ({id})

    ``GET``: Read replication job configuration.
    ``PUT``: Update replication job configuration.
    ``DELETE``: Mark replication job for removal."""

    __slots__ = ()

    async def get(self) -> ClusterReplicationIdGetResult:
        """Read replication job configuration.

        Returns:
            ``ClusterReplicationIdGetResult``

        Permissions:
            Requires the VM.Audit permission on /vms/<vmid>.
            User: all

        Proxmox: ``GET /cluster/replication/{id}`` (``read``)."""
        return await self._client._call("GET", self._path, {}, _R15)

    async def put(
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
        return await self._client._call("PUT", self._path, params, _R16)

    async def delete(
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
        return await self._client._call("DELETE", self._path, params, _R17)


class ClusterResources(AsyncPath):
    """``/cluster/resources`` (resources)

    ``GET``: Resources index (cluster wide)."""

    __slots__ = ()

    async def get(
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
        return await self._client._call("GET", self._path, params, _R18)


class ClusterStatus(AsyncPath):
    """``/cluster/status`` (status)

    ``GET``: Get cluster status information."""

    __slots__ = ()

    async def get(self) -> list[ClusterStatusGetResultItem]:
        """Get cluster status information.

        Returns:
            ``list[ClusterStatusGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /cluster/status`` (``get_status``)."""
        return await self._client._call("GET", self._path, {}, _R19)


class ClusterTasks(AsyncPath):
    """``/cluster/tasks`` (tasks)

    ``GET``: List recent tasks (cluster wide)."""

    __slots__ = ()

    async def get(self) -> list[ClusterTasksGetResultItem]:
        """List recent tasks (cluster wide).

        Returns:
            ``list[ClusterTasksGetResultItem]``

        Permissions:
            User: all

        Proxmox: ``GET /cluster/tasks`` (``tasks``)."""
        return await self._client._call("GET", self._path, {}, _R20)
