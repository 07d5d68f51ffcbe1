# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``cluster``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from pvesdk._model import PveModel

from ..propstr import Link

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


class ClusterBackupGetResultItem(PveModel):
    """Result object ``ClusterBackupGetResultItem``."""

    id: str
    """The job ID."""

    all: bool | None = None
    """Backup all known guest systems on this host."""

    bwlimit: int | None = None
    """Limit I/O bandwidth (in KiB/s)."""

    comment: str | None = None
    """Description for the Job."""

    compress: Literal["0", "1", "gzip", "lzo", "zstd"] | str | None = None
    """Compress dump file."""

    dumpdir: str | None = None
    """Store resulting files to specified directory."""

    enabled: bool | None = None
    """Enable or disable the job."""

    exclude: str | None = None
    """Exclude specified guest systems (assumes --all)"""

    exclude_path: list[str] | None = Field(default=None, alias="exclude-path")
    """Exclude certain files/directories (shell globs). Paths starting with '/' are anchored to the container's root, other paths match relative to each subdirectory."""

    fleecing: ClusterBackupGetResultItemFleecing | None = None
    """Options for backup fleecing (VM only)."""

    ionice: int | None = None
    """Set IO priority when using the BFQ scheduler. For snapshot and suspend mode backups of VMs, this only affects the compressor. A value of 8 means the idle priority is used, otherwise the best-effort priority is used with the specified value."""

    lockwait: int | None = None
    """Maximal time to wait for the global lock (minutes)."""

    mailnotification: Literal["always", "failure"] | str | None = None
    """Deprecated: use notification targets/matchers instead. Specify when to send a notification mail"""

    mailto: str | None = None
    """Deprecated: Use notification targets/matchers instead. Comma-separated list of email addresses or users that should receive email notifications."""

    mode: Literal["snapshot", "suspend", "stop"] | str | None = None
    """Backup mode."""

    next_run: int | None = Field(default=None, alias="next-run")
    """UNIX timestamp when this backup job will be executed next"""

    node: str | None = None
    """Only run if executed on this node."""

    notes_template: str | None = Field(default=None, alias="notes-template")
    """Template string for generating notes for the backup(s). It can contain variables which will be replaced by their values. Currently supported are {{cluster}}, {{guestname}}, {{node}}, and {{vmid}}, but more might be added in the future. Needs to be a single line, newline and backslash need to be escaped as '\\n' and '\\\\' respectively."""

    notification_mode: Literal["auto", "legacy-sendmail", "notification-system"] | str | None = (
        Field(default=None, alias="notification-mode")
    )
    """Determine which notification system to use. If set to 'legacy-sendmail', vzdump will consider the mailto/mailnotification parameters and send emails to the specified address(es) via the 'sendmail' command. If set to 'notification-system', a notification will be sent via PVE's notification system, and the mailto and mailnotification will be ignored. If set to 'auto' (default setting), an email will be sent if mailto is set, and the notification system will be used if not."""

    pbs_change_detection_mode: Literal["legacy", "data", "metadata"] | str | None = Field(
        default=None, alias="pbs-change-detection-mode"
    )
    """PBS mode used to detect file changes and switch encoding format for container backups."""

    performance: ClusterBackupGetResultItemPerformance | None = None
    """Other performance-related settings."""

    pigz: int | None = None
    """Use pigz instead of gzip when N>0. N=1 uses half of cores, N>1 uses N as thread count."""

    pool: str | None = None
    """Backup all known guest systems included in the specified pool."""

    protected: bool | None = None
    """If true, mark backup(s) as protected."""

    prune_backups: ClusterBackupGetResultItemPruneBackups | None = Field(
        default=None, alias="prune-backups"
    )
    """Use these retention options instead of those from the storage configuration."""

    quiet: bool | None = None
    """Be quiet."""

    remove: bool | None = None
    """Prune older backups according to 'prune-backups'."""

    repeat_missed: bool | None = Field(default=None, alias="repeat-missed")
    """If true, the job will be run as soon as possible if it was missed while the scheduler was not running."""

    schedule: str | None = None
    """Backup schedule. The format is a subset of `systemd` calendar events."""

    script: str | None = None
    """Use specified hook script."""

    stdexcludes: bool | None = None
    """Exclude temporary files and logs."""

    stop: bool | None = None
    """Stop running backup jobs on this host."""

    stopwait: int | None = None
    """Maximal time to wait until a guest system is stopped (minutes)."""

    storage: str | None = None
    """Store resulting file to this storage."""

    tmpdir: str | None = None
    """Store temporary files to specified directory."""

    vmid: str | None = None
    """The ID of the guest system you want to backup."""

    zstd: int | None = None
    """Zstd threads. N=0 uses half of the available cores, if N is set to a value bigger than 0, N is used as thread count."""


class ClusterBackupGetResultItemFleecing(PveModel):
    """Options for backup fleecing (VM only)."""

    enabled: bool | None = None
    """Enable backup fleecing. Cache backup data from blocks where new guest writes happen on specified storage instead of copying them directly to the backup target. This can help guest IO performance and even prevent hangs, at the cost of requiring more storage space."""

    storage: str | None = None
    """Use this storage to storage fleecing images. For efficient space usage, it's best to use a local storage that supports discard and either thin provisioning or sparse files."""


class ClusterBackupGetResultItemPerformance(PveModel):
    """Other performance-related settings."""

    max_workers: int | None = Field(default=None, alias="max-workers")
    """Applies to VMs. Allow up to this many IO workers at the same time."""

    pbs_entries_max: int | None = Field(default=None, alias="pbs-entries-max")
    """Applies to container backups sent to PBS. Limits the number of entries allowed in memory at a given time to avoid unintended OOM situations. Increase it to enable backups of containers with a large amount of files."""


class ClusterBackupGetResultItemPruneBackups(PveModel):
    """Use these retention options instead of those from the storage configuration."""

    keep_all: bool | None = Field(default=None, alias="keep-all")
    """Keep all backups. Conflicts with the other options when true."""

    keep_daily: int | None = Field(default=None, alias="keep-daily")
    """Keep backups for the last <N> different days. If there is morethan one backup for a single day, only the latest one is kept."""

    keep_hourly: int | None = Field(default=None, alias="keep-hourly")
    """Keep backups for the last <N> different hours. If there is morethan one backup for a single hour, only the latest one is kept."""

    keep_last: int | None = Field(default=None, alias="keep-last")
    """Keep the last <N> backups."""

    keep_monthly: int | None = Field(default=None, alias="keep-monthly")
    """Keep backups for the last <N> different months. If there is morethan one backup for a single month, only the latest one is kept."""

    keep_weekly: int | None = Field(default=None, alias="keep-weekly")
    """Keep backups for the last <N> different weeks. If there is morethan one backup for a single week, only the latest one is kept."""

    keep_yearly: int | None = Field(default=None, alias="keep-yearly")
    """Keep backups for the last <N> different years. If there is morethan one backup for a single year, only the latest one is kept."""


class ClusterBackupIdGetResult(PveModel):
    """Result object ``ClusterBackupIdGetResult``."""

    id: str
    """The job ID."""

    all: bool | None = None
    """Backup all known guest systems on this host."""

    bwlimit: int | None = None
    """Limit I/O bandwidth (in KiB/s)."""

    comment: str | None = None
    """Description for the Job."""

    compress: Literal["0", "1", "gzip", "lzo", "zstd"] | str | None = None
    """Compress dump file."""

    dumpdir: str | None = None
    """Store resulting files to specified directory."""

    enabled: bool | None = None
    """Enable or disable the job."""

    exclude: str | None = None
    """Exclude specified guest systems (assumes --all)"""

    exclude_path: list[str] | None = Field(default=None, alias="exclude-path")
    """Exclude certain files/directories (shell globs). Paths starting with '/' are anchored to the container's root, other paths match relative to each subdirectory."""

    fleecing: ClusterBackupIdGetResultFleecing | None = None
    """Options for backup fleecing (VM only)."""

    ionice: int | None = None
    """Set IO priority when using the BFQ scheduler. For snapshot and suspend mode backups of VMs, this only affects the compressor. A value of 8 means the idle priority is used, otherwise the best-effort priority is used with the specified value."""

    lockwait: int | None = None
    """Maximal time to wait for the global lock (minutes)."""

    mailnotification: Literal["always", "failure"] | str | None = None
    """Deprecated: use notification targets/matchers instead. Specify when to send a notification mail"""

    mailto: str | None = None
    """Deprecated: Use notification targets/matchers instead. Comma-separated list of email addresses or users that should receive email notifications."""

    mode: Literal["snapshot", "suspend", "stop"] | str | None = None
    """Backup mode."""

    next_run: int | None = Field(default=None, alias="next-run")
    """UNIX timestamp when this backup job will be executed next"""

    node: str | None = None
    """Only run if executed on this node."""

    notes_template: str | None = Field(default=None, alias="notes-template")
    """Template string for generating notes for the backup(s). It can contain variables which will be replaced by their values. Currently supported are {{cluster}}, {{guestname}}, {{node}}, and {{vmid}}, but more might be added in the future. Needs to be a single line, newline and backslash need to be escaped as '\\n' and '\\\\' respectively."""

    notification_mode: Literal["auto", "legacy-sendmail", "notification-system"] | str | None = (
        Field(default=None, alias="notification-mode")
    )
    """Determine which notification system to use. If set to 'legacy-sendmail', vzdump will consider the mailto/mailnotification parameters and send emails to the specified address(es) via the 'sendmail' command. If set to 'notification-system', a notification will be sent via PVE's notification system, and the mailto and mailnotification will be ignored. If set to 'auto' (default setting), an email will be sent if mailto is set, and the notification system will be used if not."""

    pbs_change_detection_mode: Literal["legacy", "data", "metadata"] | str | None = Field(
        default=None, alias="pbs-change-detection-mode"
    )
    """PBS mode used to detect file changes and switch encoding format for container backups."""

    performance: ClusterBackupIdGetResultPerformance | None = None
    """Other performance-related settings."""

    pigz: int | None = None
    """Use pigz instead of gzip when N>0. N=1 uses half of cores, N>1 uses N as thread count."""

    pool: str | None = None
    """Backup all known guest systems included in the specified pool."""

    protected: bool | None = None
    """If true, mark backup(s) as protected."""

    prune_backups: ClusterBackupIdGetResultPruneBackups | None = Field(
        default=None, alias="prune-backups"
    )
    """Use these retention options instead of those from the storage configuration."""

    quiet: bool | None = None
    """Be quiet."""

    remove: bool | None = None
    """Prune older backups according to 'prune-backups'."""

    repeat_missed: bool | None = Field(default=None, alias="repeat-missed")
    """If true, the job will be run as soon as possible if it was missed while the scheduler was not running."""

    schedule: str | None = None
    """Backup schedule. The format is a subset of `systemd` calendar events."""

    script: str | None = None
    """Use specified hook script."""

    stdexcludes: bool | None = None
    """Exclude temporary files and logs."""

    stop: bool | None = None
    """Stop running backup jobs on this host."""

    stopwait: int | None = None
    """Maximal time to wait until a guest system is stopped (minutes)."""

    storage: str | None = None
    """Store resulting file to this storage."""

    tmpdir: str | None = None
    """Store temporary files to specified directory."""

    vmid: str | None = None
    """The ID of the guest system you want to backup."""

    zstd: int | None = None
    """Zstd threads. N=0 uses half of the available cores, if N is set to a value bigger than 0, N is used as thread count."""


class ClusterBackupIdGetResultFleecing(PveModel):
    """Options for backup fleecing (VM only)."""

    enabled: bool | None = None
    """Enable backup fleecing. Cache backup data from blocks where new guest writes happen on specified storage instead of copying them directly to the backup target. This can help guest IO performance and even prevent hangs, at the cost of requiring more storage space."""

    storage: str | None = None
    """Use this storage to storage fleecing images. For efficient space usage, it's best to use a local storage that supports discard and either thin provisioning or sparse files."""


class ClusterBackupIdGetResultPerformance(PveModel):
    """Other performance-related settings."""

    max_workers: int | None = Field(default=None, alias="max-workers")
    """Applies to VMs. Allow up to this many IO workers at the same time."""

    pbs_entries_max: int | None = Field(default=None, alias="pbs-entries-max")
    """Applies to container backups sent to PBS. Limits the number of entries allowed in memory at a given time to avoid unintended OOM situations. Increase it to enable backups of containers with a large amount of files."""


class ClusterBackupIdGetResultPruneBackups(PveModel):
    """Use these retention options instead of those from the storage configuration."""

    keep_all: bool | None = Field(default=None, alias="keep-all")
    """Keep all backups. Conflicts with the other options when true."""

    keep_daily: int | None = Field(default=None, alias="keep-daily")
    """Keep backups for the last <N> different days. If there is morethan one backup for a single day, only the latest one is kept."""

    keep_hourly: int | None = Field(default=None, alias="keep-hourly")
    """Keep backups for the last <N> different hours. If there is morethan one backup for a single hour, only the latest one is kept."""

    keep_last: int | None = Field(default=None, alias="keep-last")
    """Keep the last <N> backups."""

    keep_monthly: int | None = Field(default=None, alias="keep-monthly")
    """Keep backups for the last <N> different months. If there is morethan one backup for a single month, only the latest one is kept."""

    keep_weekly: int | None = Field(default=None, alias="keep-weekly")
    """Keep backups for the last <N> different weeks. If there is morethan one backup for a single week, only the latest one is kept."""

    keep_yearly: int | None = Field(default=None, alias="keep-yearly")
    """Keep backups for the last <N> different years. If there is morethan one backup for a single year, only the latest one is kept."""


class ClusterBackupIncludedVolumesGetResult(PveModel):
    """Root node of the tree object. Children represent guests, grandchildren represent volumes of that guest."""

    children: list[ClusterBackupIncludedVolumesGetResultChildrenItem]


class ClusterBackupIncludedVolumesGetResultChildrenItem(PveModel):
    """Result object ``ClusterBackupIncludedVolumesGetResultChildrenItem``."""

    id: int
    """VMID of the guest."""

    type: Literal["qemu", "lxc", "unknown"] | str
    """Type of the guest, VM, CT or unknown for removed but not purged guests."""

    children: list[ClusterBackupIncludedVolumesGetResultChildrenItemChildrenItem] | None = None
    """The volumes of the guest with the information if they will be included in backups."""

    name: str | None = None
    """Name of the guest"""


class ClusterBackupIncludedVolumesGetResultChildrenItemChildrenItem(PveModel):
    """Result object ``ClusterBackupIncludedVolumesGetResultChildrenItemChildrenItem``."""

    id: str
    """Configuration key of the volume."""

    included: bool
    """Whether the volume is included in the backup or not."""

    name: str
    """Name of the volume."""

    reason: str
    """The reason why the volume is included (or excluded)."""


class ClusterBackupInfoGetResultItem(PveModel):
    """Result object ``ClusterBackupInfoGetResultItem``."""

    subdir: str
    """API sub-directory endpoint"""


class ClusterBackupInfoNotBackedUpGetResultItem(PveModel):
    """Result object ``ClusterBackupInfoNotBackedUpGetResultItem``."""

    type: Literal["qemu", "lxc"] | str
    """Type of the guest."""

    vmid: int
    """VMID of the guest."""

    name: str | None = None
    """Name of the guest"""


class ClusterCephFlagsGetResultItem(PveModel):
    """Result object ``ClusterCephFlagsGetResultItem``."""

    description: str
    """Flag description."""

    name: (
        Literal[
            "nobackfill",
            "nodeep-scrub",
            "nodown",
            "noin",
            "noout",
            "norebalance",
            "norecover",
            "noscrub",
            "notieragent",
            "noup",
            "pause",
        ]
        | str
    )
    """Flag name."""

    value: bool
    """Flag value."""


class ClusterCephMetadataGetResult(PveModel):
    """Items for each type of service containing objects for each instance."""

    mds: dict[str, Any]
    """Metadata servers configured in the cluster and their properties, keyed by '<name>@<host>'."""

    mgr: dict[str, Any]
    """Managers configured in the cluster and their properties, keyed by '<name>@<host>'."""

    mon: dict[str, Any]
    """Monitors configured in the cluster and their properties, keyed by '<name>@<host>'."""

    node: dict[str, Any]
    """Ceph version installed on the nodes, keyed by node name."""

    osd: list[ClusterCephMetadataGetResultOsdItem]
    """OSDs configured in the cluster and their properties."""


class ClusterCephMetadataGetResultOsdItem(PveModel):
    """Useful properties are listed, but not the full list."""

    back_addr: str
    """Bind addresses and ports for backend inter OSD traffic."""

    ceph_release: str
    """Ceph release codename currently used."""

    ceph_version: str
    """Version info currently used by the service."""

    ceph_version_short: str
    """Short version (numerical) info currently used by the service."""

    front_addr: str
    """Bind addresses and ports for frontend traffic to OSDs."""

    hostname: str
    """Hostname on which the service is running."""

    id: int
    """OSD ID."""

    mem_swap_kb: int
    """Memory of the service currently in swap."""

    mem_total_kb: int
    """Memory consumption of the service."""

    osd_data: str
    """Path to the OSD data directory."""

    osd_objectstore: str
    """OSD objectstore type."""

    device_ids: str | None = None
    """Comma-joined list of device identifiers (e.g. 'sdb=<serial>,sdc=<serial>')."""

    device_paths: str | None = None
    """Comma-joined list of /dev/disk/by-path entries for the underlying devices."""

    devices: str | None = None
    """Comma-joined list of underlying device names (e.g. 'sdb,sdc')."""


class ClusterConfigJoinGetResult(PveModel):
    """Result object ``ClusterConfigJoinGetResult``."""

    config_digest: str

    nodelist: list[ClusterConfigJoinGetResultNodelistItem]

    preferred_node: str
    """The cluster node name."""

    totem: dict[str, Any]


class ClusterConfigJoinGetResultNodelistItem(PveModel):
    """Result object ``ClusterConfigJoinGetResultNodelistItem``."""

    name: str
    """The cluster node name."""

    pve_addr: str

    pve_fp: str
    """Certificate SHA 256 fingerprint."""

    quorum_votes: int

    nodeid: int | None = None
    """Node id for this node."""

    ring0_addr: Link | None = None
    """Address and priority information of a single corosync link. (up to 8 links supported; link0..link7)"""


class ClusterConfigNodesGetResultItem(PveModel):
    """Result object ``ClusterConfigNodesGetResultItem``."""

    node: str


class ClusterConfigNodesNodePostResult(PveModel):
    """Result object ``ClusterConfigNodesNodePostResult``."""

    corosync_authkey: str

    corosync_conf: str

    warnings: list[str]


class ClusterJobsGetResultItem(PveModel):
    """Result object ``ClusterJobsGetResultItem``."""

    subdir: str
    """API sub-directory endpoint"""


class ClusterJobsRealmSyncGetResultItem(PveModel):
    """Result object ``ClusterJobsRealmSyncGetResultItem``."""

    enabled: bool
    """If the job is enabled or not."""

    id: str
    """The ID of the entry."""

    realm: str
    """Authentication domain ID"""

    schedule: str
    """The configured sync schedule."""

    comment: str | None = None
    """A comment for the job."""

    last_run: int | None = Field(default=None, alias="last-run")
    """Last execution time of the job in seconds since the beginning of the UNIX epoch"""

    next_run: int | None = Field(default=None, alias="next-run")
    """Next planned execution time of the job in seconds since the beginning of the UNIX epoch."""

    remove_vanished: str | None = Field(default=None, alias="remove-vanished")
    """A semicolon-separated list of things to remove when they or the user vanishes during a sync. The following values are possible: 'entry' removes the user/group when not returned from the sync. 'properties' removes the set properties on existing user/group that do not appear in the source (even custom ones). 'acl' removes acls when the user/group is not returned from the sync. Instead of a list it also can be 'none' (the default)."""

    scope: Literal["users", "groups", "both"] | str | None = None
    """Select what to sync."""


class ClusterJobsScheduleAnalyzeGetResultItem(PveModel):
    """Result object ``ClusterJobsScheduleAnalyzeGetResultItem``."""

    timestamp: int
    """UNIX timestamp for the run."""

    utc: str
    """UTC timestamp for the run."""


class ClusterMappingDirGetResultItem(PveModel):
    """Result object ``ClusterMappingDirGetResultItem``."""

    description: str
    """A description of the logical mapping."""

    id: str
    """The logical ID of the mapping."""

    map: list[str]
    """The entries of the mapping."""

    checks: list[ClusterMappingDirGetResultItemChecksItem] | None = None
    """A list of checks, only present if 'check-node' is set."""


class ClusterMappingDirGetResultItemChecksItem(PveModel):
    """Result object ``ClusterMappingDirGetResultItemChecksItem``."""

    message: str
    """The message of the error"""

    severity: Literal["warning", "error"] | str
    """The severity of the error"""


class ClusterMappingPciGetResultItem(PveModel):
    """Result object ``ClusterMappingPciGetResultItem``."""

    description: str
    """A description of the logical mapping."""

    id: str
    """The logical ID of the mapping."""

    map: list[str]
    """The entries of the mapping."""

    checks: list[ClusterMappingPciGetResultItemChecksItem] | None = None
    """A list of checks, only present if 'check_node' is set."""


class ClusterMappingPciGetResultItemChecksItem(PveModel):
    """Result object ``ClusterMappingPciGetResultItemChecksItem``."""

    message: str
    """The message of the error"""

    severity: Literal["warning", "error"] | str
    """The severity of the error"""


class ClusterMappingUsbGetResultItem(PveModel):
    """Result object ``ClusterMappingUsbGetResultItem``."""

    description: str
    """A description of the logical mapping."""

    id: str
    """The logical ID of the mapping."""

    map: list[str]
    """The entries of the mapping."""

    error: Any = None
    """A list of errors when 'check_node' is given."""


class ClusterMetricsExportGetResult(PveModel):
    """Result object ``ClusterMetricsExportGetResult``."""

    data: list[ClusterMetricsExportGetResultDataItem]
    """Array of system metrics. Metrics are sorted by their timestamp."""


class ClusterMetricsExportGetResultDataItem(PveModel):
    """Result object ``ClusterMetricsExportGetResultDataItem``."""

    id: str
    """Unique identifier for this metric object, for instance 'node/<nodename>' or 'qemu/<vmid>'."""

    metric: str
    """Name of the metric."""

    timestamp: int
    """Time at which this metric was observed"""

    type: Literal["gauge", "counter", "derive"] | str
    """Type of the metric."""

    value: float
    """Metric value."""


class ClusterMetricsServerGetResultItem(PveModel):
    """Result object ``ClusterMetricsServerGetResultItem``."""

    disable: bool
    """Flag to disable the plugin."""

    id: str
    """The ID of the entry."""

    port: int
    """Server network port"""

    server: str
    """Server dns name or IP address"""

    type: str
    """Plugin type."""


class ClusterQemuCpuFlagsGetResultItem(PveModel):
    """Result object ``ClusterQemuCpuFlagsGetResultItem``."""

    name: str
    """Name of the CPU flag."""

    description: str | None = None
    """Description of the CPU flag."""

    supported_on: list[str] | None = Field(default=None, alias="supported-on")
    """List of nodes supporting the flag with the selected acceleration type ("accel")."""


class ClusterQemuCustomCpuModelsGetResultItem(PveModel):
    """Result object ``ClusterQemuCustomCpuModelsGetResultItem``."""

    cputype: str | None = None
    """Emulated CPU type. Can be default or custom name (custom model names must be prefixed with 'custom-')."""

    digest: str | None = None
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    flags: str | None = None
    """List of additional CPU flags separated by ';'. Use '+FLAG' to enable, '-FLAG' to disable a flag. There is a special 'nested-virt' shorthand which controls nested virtualization for the current CPU ('svm' for AMD and 'vmx' for Intel). Custom CPU models can specify any flag supported by QEMU/KVM, VM-specific flags must be from the following set for security reasons: aes, amd-no-ssb, amd-ssbd, hv-evmcs, hv-tlbflush, ibpb, md-clear, nested-virt, pcid, pdpe1gb, spec-ctrl, ssbd, virt-ssbd"""

    guest_phys_bits: int | None = Field(default=None, alias="guest-phys-bits")
    """Number of physical address bits available to the guest."""

    hidden: bool | None = None
    """Do not identify as a KVM virtual machine. Only affects vCPUs with x86-64 architecture."""

    hv_vendor_id: str | None = Field(default=None, alias="hv-vendor-id")
    """The Hyper-V vendor ID. Some drivers or programs inside Windows guests need a specific ID."""

    level: int | None = None
    """Maximum input value for the basic CPUID leaves the guest can query - that is the vendor (leaf 0), family/model/stepping and feature bits (leaf 1), cache and topology info (leaves 4 and B), and so on. Higher-numbered leaves are hidden. Setting '30' is a common workaround for Hyper-V boot failures on Windows guests running on recent Intel hosts. Only applies when the vCPU architecture is x86_64."""

    phys_bits: str | None = Field(default=None, alias="phys-bits")
    """The physical memory address bits that are reported to the guest OS. Should be smaller or equal to the host's. Set to 'host' to use value from host CPU, but note that doing so will break live migration to CPUs with other values."""

    reported_model: (
        Literal[
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
        | str
        | None
    ) = Field(default=None, alias="reported-model")
    """CPU model and vendor to report to the guest. Must be a QEMU/KVM supported model. Only valid for custom CPU model definitions, default models will always report themselves to the guest OS."""


class ClusterQemuCustomCpuModelsCputypeGetResult(PveModel):
    """Result object ``ClusterQemuCustomCpuModelsCputypeGetResult``."""

    cputype: str | None = None
    """Emulated CPU type. Can be default or custom name (custom model names must be prefixed with 'custom-')."""

    digest: str | None = None
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    flags: str | None = None
    """List of additional CPU flags separated by ';'. Use '+FLAG' to enable, '-FLAG' to disable a flag. There is a special 'nested-virt' shorthand which controls nested virtualization for the current CPU ('svm' for AMD and 'vmx' for Intel). Custom CPU models can specify any flag supported by QEMU/KVM, VM-specific flags must be from the following set for security reasons: aes, amd-no-ssb, amd-ssbd, hv-evmcs, hv-tlbflush, ibpb, md-clear, nested-virt, pcid, pdpe1gb, spec-ctrl, ssbd, virt-ssbd"""

    guest_phys_bits: int | None = Field(default=None, alias="guest-phys-bits")
    """Number of physical address bits available to the guest."""

    hidden: bool | None = None
    """Do not identify as a KVM virtual machine. Only affects vCPUs with x86-64 architecture."""

    hv_vendor_id: str | None = Field(default=None, alias="hv-vendor-id")
    """The Hyper-V vendor ID. Some drivers or programs inside Windows guests need a specific ID."""

    level: int | None = None
    """Maximum input value for the basic CPUID leaves the guest can query - that is the vendor (leaf 0), family/model/stepping and feature bits (leaf 1), cache and topology info (leaves 4 and B), and so on. Higher-numbered leaves are hidden. Setting '30' is a common workaround for Hyper-V boot failures on Windows guests running on recent Intel hosts. Only applies when the vCPU architecture is x86_64."""

    phys_bits: str | None = Field(default=None, alias="phys-bits")
    """The physical memory address bits that are reported to the guest OS. Should be smaller or equal to the host's. Set to 'host' to use value from host CPU, but note that doing so will break live migration to CPUs with other values."""

    reported_model: (
        Literal[
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
        | str
        | None
    ) = Field(default=None, alias="reported-model")
    """CPU model and vendor to report to the guest. Must be a QEMU/KVM supported model. Only valid for custom CPU model definitions, default models will always report themselves to the guest OS."""


class ClusterReplicationGetResultItem(PveModel):
    """Result object ``ClusterReplicationGetResultItem``."""

    guest: int
    """Guest ID."""

    id: str
    """Replication Job ID. The ID is composed of a Guest ID and a job number, separated by a hyphen, i.e. '<GUEST>-<JOBNUM>'."""

    jobnum: int
    """Unique, sequential ID assigned to each job."""

    target: str
    """Target node."""

    type: Literal["local"] | str
    """Section type."""

    comment: str | None = None
    """Description."""

    disable: bool | None = None
    """Flag to disable/deactivate the entry."""

    rate: float | None = None
    """Rate limit in mbps (megabytes per second) as floating point number."""

    remove_job: Literal["local", "full"] | str | None = None
    """Mark the replication job for removal. The job will remove all local replication snapshots. When set to 'full', it also tries to remove replicated volumes on the target. The job then removes itself from the configuration file."""

    schedule: str | None = None
    """Storage replication schedule. The format is a subset of `systemd` calendar events."""

    source: str | None = None
    """For internal use, to detect if the guest was stolen."""


class ClusterReplicationIdGetResult(PveModel):
    """Result object ``ClusterReplicationIdGetResult``."""

    guest: int
    """Guest ID."""

    id: str
    """Replication Job ID. The ID is composed of a Guest ID and a job number, separated by a hyphen, i.e. '<GUEST>-<JOBNUM>'."""

    jobnum: int
    """Unique, sequential ID assigned to each job."""

    target: str
    """Target node."""

    type: Literal["local"] | str
    """Section type."""

    comment: str | None = None
    """Description."""

    digest: str | None = None
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    disable: bool | None = None
    """Flag to disable/deactivate the entry."""

    rate: float | None = None
    """Rate limit in mbps (megabytes per second) as floating point number."""

    remove_job: Literal["local", "full"] | str | None = None
    """Mark the replication job for removal. The job will remove all local replication snapshots. When set to 'full', it also tries to remove replicated volumes on the target. The job then removes itself from the configuration file."""

    schedule: str | None = None
    """Storage replication schedule. The format is a subset of `systemd` calendar events."""

    source: str | None = None
    """For internal use, to detect if the guest was stolen."""


class ClusterResourcesGetResultItem(PveModel):
    """Result object ``ClusterResourcesGetResultItem``."""

    id: str
    """Resource id."""

    type: Literal["node", "storage", "pool", "qemu", "lxc", "openvz", "sdn", "network"] | str
    """Resource type."""

    cgroup_mode: int | None = Field(default=None, alias="cgroup-mode")
    """The cgroup mode the node operates under (for type 'node')."""

    content: str | None = None
    """Allowed storage content types (for type 'storage')."""

    cpu: float | None = None
    """CPU utilization (for types 'node', 'qemu' and 'lxc')."""

    disk: int | None = None
    """Used disk space in bytes (for type 'storage'), used root image space for VMs (for types 'qemu' and 'lxc')."""

    diskread: int | None = None
    """The number of bytes the guest read from its block devices since the guest was started. This info is not available for all storage types. (for types 'qemu' and 'lxc')"""

    diskwrite: int | None = None
    """The number of bytes the guest wrote to its block devices since the guest was started. This info is not available for all storage types. (for types 'qemu' and 'lxc')"""

    hastate: str | None = None
    """HA service status (for HA managed VMs)."""

    host_arch: Literal["x86_64", "aarch64"] | str | None = Field(default=None, alias="host-arch")
    """The node's CPU architecture. (for type 'node')."""

    level: str | None = None
    """Support level (for type 'node')."""

    lock: str | None = None
    """The guest's current config lock (for types 'qemu' and 'lxc')"""

    maxcpu: float | None = None
    """Number of available CPUs (for types 'node', 'qemu' and 'lxc')."""

    maxdisk: int | None = None
    """Storage size in bytes (for type 'storage'), root image size for VMs (for types 'qemu' and 'lxc')."""

    maxmem: int | None = None
    """Number of available memory in bytes (for types 'node', 'qemu' and 'lxc')."""

    mem: int | None = None
    """Used memory in bytes (for types 'node', 'qemu' and 'lxc')."""

    memhost: int | None = None
    """Used memory in bytes from the point of view of the host (for types 'qemu')."""

    name: str | None = None
    """Name of the resource."""

    netin: int | None = None
    """The amount of traffic in bytes that was sent to the guest over the network since it was started. (for types 'qemu' and 'lxc')"""

    netout: int | None = None
    """The amount of traffic in bytes that was sent from the guest over the network since it was started. (for types 'qemu' and 'lxc')"""

    network: str | None = None
    """The name of a Network entity (for type 'network')."""

    network_type: Literal["fabric", "zone"] | str | None = Field(default=None, alias="network-type")
    """The type of network resource (for type 'network')."""

    node: str | None = None
    """The cluster node name (for types 'node', 'storage', 'qemu', and 'lxc')."""

    plugintype: str | None = None
    """More specific type, if available."""

    pool: str | None = None
    """The pool name (for types 'pool', 'qemu' and 'lxc')."""

    protocol: str | None = None
    """The protocol of a fabric (for type 'network', network-type 'fabric')."""

    sdn: str | None = None
    """The name of an SDN entity (for type 'sdn')"""

    shared: bool | None = None
    """Determines whether the storage is shared"""

    status: str | None = None
    """Resource type dependent status."""

    storage: str | None = None
    """The storage identifier (for type 'storage')."""

    tags: str | None = None
    """The guest's tags (for types 'qemu' and 'lxc')"""

    template: bool | None = None
    """Determines if the guest is a template. (for types 'qemu' and 'lxc')"""

    uptime: int | None = None
    """Uptime of node or virtual guest in seconds (for types 'node', 'qemu' and 'lxc')."""

    vmid: int | None = None
    """The numerical vmid (for types 'qemu' and 'lxc')."""

    zone_type: str | None = Field(default=None, alias="zone-type")
    """The type of an SDN zone (for type 'sdn')."""


class ClusterStatusGetResultItem(PveModel):
    """Result object ``ClusterStatusGetResultItem``."""

    id: str

    name: str

    type: Literal["cluster", "node"] | str
    """Indicates the type, either cluster or node. The type defines the object properties e.g. quorate available for type cluster."""

    ip: str | None = None
    """[node] IP of the resolved nodename."""

    level: str | None = None
    """[node] Proxmox VE Subscription level, indicates if eligible for enterprise support as well as access to the stable Proxmox VE Enterprise Repository."""

    local: bool | None = None
    """[node] Indicates if this is the responding node."""

    nodeid: int | None = None
    """[node] ID of the node from the corosync configuration."""

    nodes: int | None = None
    """[cluster] Nodes count, including offline nodes."""

    online: bool | None = None
    """[node] Indicates if the node is online or offline."""

    quorate: bool | None = None
    """[cluster] Indicates if there is a majority of nodes online to make decisions"""

    version: int | None = None
    """[cluster] Current version of the corosync configuration file."""


class ClusterTasksGetResultItem(PveModel):
    """Result object ``ClusterTasksGetResultItem``."""

    upid: str
