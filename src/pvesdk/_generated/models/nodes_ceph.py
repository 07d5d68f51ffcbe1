# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``nodes_ceph``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "NodesCephCfgDbGetResultItem",
    "NodesCephCmdSafetyGetResult",
    "NodesCephLogGetResultItem",
    "NodesCephOsdLvInfoGetResult",
    "NodesCephOsdMetadataGetResult",
    "NodesCephOsdMetadataGetResultDevicesItem",
    "NodesCephOsdMetadataGetResultOsd",
    "NodesCephPoolStatusGetResult",
    "NodesCephRulesGetResultItem",
    "NodesNodeCephFsGetResultItem",
    "NodesNodeCephMdsGetResultItem",
    "NodesNodeCephMgrGetResultItem",
    "NodesNodeCephMonGetResultItem",
    "NodesNodeCephOsdGetResult",
    "NodesNodeCephPoolGetResultItem",
]


class NodesCephCfgDbGetResultItem(PveModel):
    """Result object ``NodesCephCfgDbGetResultItem``."""

    can_update_at_runtime: bool
    """Set if the value can be changed at runtime without restarting the affected daemons. Emitted as the integer 1/0 to match the existing PVE wire convention."""

    level: Literal["basic", "advanced", "dev"] | str
    """Config level the entry is exposed at: 'basic' for operator-visible settings, 'advanced' for tuning parameters, 'dev' for developer-only knobs."""

    mask: str
    """Match expression restricting the entry's scope; empty when the entry has no mask. Examples: 'host:foo', 'class:ssd'."""

    name: str
    """Config key name."""

    section: str
    """Ceph config section the entry applies to: 'global', a daemon type ('mon', 'osd', 'mgr', 'mds', 'client'), or a specific daemon (e.g. 'osd.0', 'mon.<name>')."""

    value: str
    """Configured value for the key (always serialised as a string by Ceph, regardless of the option's underlying type)."""


class NodesCephCmdSafetyGetResult(PveModel):
    """Result object ``NodesCephCmdSafetyGetResult``."""

    safe: bool
    """True if Ceph reports the requested action is safe."""

    status: str | None = None
    """Human-readable status message from Ceph (typically the reason an action is not safe); absent when Ceph returned no message."""


class NodesNodeCephFsGetResultItem(PveModel):
    """Result object ``NodesNodeCephFsGetResultItem``."""

    data_pool: str
    """Name of the filesystem's first data pool. A CephFS can have more than one data pool; consumers interested in the full set should read 'data_pools' instead. Kept for backwards compatibility."""

    metadata_pool: str
    """Name of the metadata pool."""

    name: str
    """The ceph filesystem name."""

    data_pool_ids: list[int] | None = None
    """Numeric ids of the data pools."""

    data_pools: list[str] | None = None
    """Names of all data pools assigned to the filesystem; a CephFS can have multiple data pools (e.g. replicated metadata plus EC data, or multiple device-class-specific data pools)."""

    metadata_pool_id: int | None = None
    """Numeric id of the metadata pool."""


class NodesCephLogGetResultItem(PveModel):
    """Result object ``NodesCephLogGetResultItem``."""

    n: int
    """Log-file line number (1-based)."""

    t: str
    """Log line text."""


class NodesNodeCephMdsGetResultItem(PveModel):
    """Result object ``NodesNodeCephMdsGetResultItem``."""

    name: str
    """The name (ID) for the MDS."""

    state: str
    """MDS state: Ceph-reported run state (e.g. 'up:active', 'up:standby', 'up:standby-replay') for daemons known to the cluster; 'stopped' or 'unknown' for configured daemons not visible to the cluster."""

    addr: str | None = None
    """Address as advertised by the MDS; Ceph-formatted (typically 'IP:PORT/NONCE')."""

    ceph_version: str | None = None
    """Full Ceph version string of the MDS daemon."""

    ceph_version_short: str | None = None
    """Short Ceph version string of the MDS daemon (e.g. '19.2.0')."""

    direxists: bool | None = None
    """Set when the MDS's data directory exists on this node."""

    fs_name: str | None = None
    """Name of the CephFS this MDS is bound to; absent or null for standby MDSes not currently serving a rank."""

    host: str | None = None
    """Host the MDS runs on."""

    rank: int | None = None
    """MDS rank within the file system; -1 for standby MDSes not currently bound to a rank."""

    service: bool | None = None
    """Set if a ceph-mds@<id> systemd unit is enabled on the hosting node; absent otherwise."""

    standby_replay: bool | None = None
    """If true, the standby MDS is polling the active MDS for faster recovery (hot standby)."""


class NodesNodeCephMgrGetResultItem(PveModel):
    """Result object ``NodesNodeCephMgrGetResultItem``."""

    name: str
    """The name (ID) for the MGR."""

    state: str
    """Manager state: 'active' or 'standby' for daemons visible to the mgr cluster, 'stopped' or 'unknown' for configured daemons not currently visible."""

    addr: str | None = None
    """Address as advertised by the manager; Ceph-formatted (typically 'IP:PORT/NONCE')."""

    ceph_version: str | None = None
    """Full Ceph version string of the manager daemon."""

    ceph_version_short: str | None = None
    """Short Ceph version string of the manager daemon (e.g. '19.2.0')."""

    direxists: bool | None = None
    """Set when the manager's data directory exists on this node."""

    host: str | None = None
    """Host the manager runs on."""

    service: bool | None = None
    """Set if a ceph-mgr@<id> systemd unit is enabled on the hosting node; absent otherwise."""


class NodesNodeCephMonGetResultItem(PveModel):
    """Result object ``NodesNodeCephMonGetResultItem``."""

    name: str
    """Monitor id (typically the hostname)."""

    addr: str | None = None
    """Address as advertised by the monitor; Ceph-formatted (typically 'IP:PORT/NONCE', possibly as a messenger-v2 vector depending on Ceph version and ceph.conf shape)."""

    ceph_version: str | None = None
    """Full Ceph version string of the monitor daemon."""

    ceph_version_short: str | None = None
    """Short Ceph version string of the monitor daemon (e.g. '19.2.0')."""

    direxists: bool | None = None
    """Set when the monitor's data directory exists on this node."""

    host: str | None = None
    """Host the monitor runs on."""

    quorum: bool | None = None
    """Set when the monitor is part of the current quorum."""

    rank: int | None = None
    """Rank of the monitor within the mon map."""

    service: bool | None = None
    """Set if a ceph-mon@<id> systemd unit is enabled on the hosting node; absent otherwise."""

    state: str | None = None
    """Run state of the monitor: 'running' (in quorum), 'stopped' (systemd unit configured but daemon not visible to the cluster), or 'unknown' (no rados access)."""


class NodesNodeCephOsdGetResult(PveModel):
    """Result object ``NodesNodeCephOsdGetResult``."""

    root: dict[str, Any]
    """Top-level CRUSH bucket; recursive structure with 'children' lists holding nested buckets and OSD leaves. Per-node properties (status, weight, in, usage, latencies, etc.) vary by node type and are not statically typed here."""

    flags: str | None = None
    """Comma-joined list of currently-set OSD flags; absent when no flags are set on the cluster."""


class NodesCephOsdLvInfoGetResult(PveModel):
    """Result object ``NodesCephOsdLvInfoGetResult``."""

    creation_time: str
    """Creation time as reported by `lvs`."""

    lv_name: str
    """Name of the logical volume (LV)."""

    lv_path: str
    """Path to the logical volume (LV)."""

    lv_size: int
    """Size of the logical volume (LV)."""

    lv_uuid: str
    """UUID of the logical volume (LV)."""

    vg_name: str
    """Name of the volume group (VG)."""


class NodesCephOsdMetadataGetResult(PveModel):
    """Result object ``NodesCephOsdMetadataGetResult``."""

    devices: list[NodesCephOsdMetadataGetResultDevicesItem]
    """Array containing data about devices"""

    osd: NodesCephOsdMetadataGetResultOsd
    """General information about the OSD"""


class NodesCephOsdMetadataGetResultDevicesItem(PveModel):
    """Result object ``NodesCephOsdMetadataGetResultDevicesItem``."""

    dev_node: str
    """Device node"""

    device: Literal["block", "db", "wal"] | str
    """Kind of OSD device"""

    physical_device: str
    """Underlying physical device(s) used by this OSD device (comma- or space-joined when multiple)."""

    size: int
    """Size of the OSD device in bytes."""

    support_discard: bool
    """Whether the underlying physical device supports discard/TRIM."""

    type: str
    """Type of device. For example, hdd or ssd"""


class NodesCephOsdMetadataGetResultOsd(PveModel):
    """General information about the OSD"""

    back_addr: str
    """Address and port used to talk to other OSDs."""

    encrypted: bool
    """Whether the OSD is encrypted with LUKS via dm-crypt."""

    front_addr: str
    """Address and port used to talk to clients and monitors."""

    hb_back_addr: str
    """Heartbeat address and port for other OSDs."""

    hb_front_addr: str
    """Heartbeat address and port for clients and monitors."""

    hostname: str
    """Name of the host containing the OSD."""

    id: int
    """ID of the OSD."""

    mem_usage: int
    """Proportional set size (PSS) memory usage of the OSD daemon process in bytes; 0 when the process is not running."""

    osd_data: str
    """Path to the OSD's data directory."""

    osd_objectstore: str
    """The type of object store used."""

    version: str
    """Ceph version of the OSD service."""

    pid: int | None = None
    """OSD process ID; absent if the systemd unit for this OSD is not currently running."""


class NodesNodeCephPoolGetResultItem(PveModel):
    """Result object ``NodesNodeCephPoolGetResultItem``."""

    crush_rule: int
    """Numeric id of the CRUSH rule used by this pool."""

    min_size: int
    """Minimum number of replicas required to accept writes."""

    pg_num: int
    """Current placement-group count."""

    pool: int
    """Numeric pool id assigned by Ceph."""

    pool_name: str
    """Operator-visible name of the pool."""

    size: int
    """Replication factor (target number of object replicas)."""

    type: Literal["replicated", "erasure", "unknown"] | str
    """Pool type: 'replicated' for n-way replication, 'erasure' for an erasure-coded pool, 'unknown' for types PVE does not yet map."""

    application_metadata: dict[str, Any] | None = None
    """Application tags attached to the pool (mapping of application name to its metadata object)."""

    autoscale_status: dict[str, Any] | None = None
    """Raw pg_autoscaler status object for this pool; shape varies between Ceph releases."""

    bytes_used: int | None = None
    """Bytes currently used in the pool; absent if no usage statistics are reported."""

    crush_rule_name: str | None = None
    """Human-readable name of the CRUSH rule used by this pool; absent if the rule id is not in the current CRUSH map."""

    percent_used: float | None = None
    """Percentage of pool capacity currently used; absent if no usage statistics are reported."""

    pg_autoscale_mode: str | None = None
    """Placement-group autoscaler mode ('on', 'warn' or 'off')."""

    pg_num_final: int | None = None
    """Optimal placement-group count computed by pg_autoscaler."""

    pg_num_min: int | None = None
    """Minimum placement-group count the pg_autoscaler may choose."""

    target_size: int | None = None
    """Operator-supplied target size in bytes; hints the pg_autoscaler."""

    target_size_ratio: float | None = None
    """Operator-supplied target ratio of total pool capacity; hints the pg_autoscaler."""


class NodesCephPoolStatusGetResult(PveModel):
    """Result object ``NodesCephPoolStatusGetResult``."""

    fast_read: bool
    """Set if the pool uses fast-read for erasure-coded reads."""

    hashpspool: bool
    """Set if the pool hashes pool id into its CRUSH placement-seed."""

    id: int
    """Numeric pool id assigned by Ceph."""

    name: str
    """The name of the pool. It must be unique."""

    nodeep_scrub: bool = Field(alias="nodeep-scrub")
    """Set if deep-scrubbing is disabled for this pool."""

    nodelete: bool
    """Set if pool delete is blocked."""

    nopgchange: bool
    """Set if changing the placement-group count is blocked."""

    noscrub: bool
    """Set if scrubbing is disabled for this pool."""

    nosizechange: bool
    """Set if changing the replication size is blocked."""

    pgp_num: int
    """Placement-group-for-placement count."""

    use_gmt_hitset: bool
    """Set if hitsets use GMT timestamps (for cache-tier pools)."""

    write_fadvise_dontneed: bool
    """Set if the pool sets the FADV_DONTNEED hint on writes."""

    application: Literal["rbd", "cephfs", "rgw"] | str | None = None
    """The application of the pool."""

    application_list: list[str] | None = None
    """Names of applications currently associated with the pool."""

    autoscale_status: dict[str, Any] | None = None
    """Raw pg_autoscaler status object for this pool; shape varies between Ceph releases."""

    crush_rule: str | None = None
    """The rule to use for mapping object placement in the cluster."""

    min_size: int | None = None
    """Minimum number of replicas per object"""

    pg_autoscale_mode: Literal["on", "off", "warn"] | str | None = None
    """The automatic PG scaling mode of the pool."""

    pg_num: int | None = None
    """Number of placement groups."""

    pg_num_min: int | None = None
    """Minimal number of placement groups."""

    size: int | None = None
    """Number of replicas per object"""

    statistics: dict[str, Any] | None = None
    """Optional pool usage and IO statistics (only present when verbose=1 is requested)."""

    target_size: str | None = None
    """The estimated target size of the pool for the PG autoscaler."""

    target_size_ratio: float | None = None
    """The estimated target ratio of the pool for the PG autoscaler."""


class NodesCephRulesGetResultItem(PveModel):
    """Result object ``NodesCephRulesGetResultItem``."""

    name: str
    """Name of the CRUSH rule."""
