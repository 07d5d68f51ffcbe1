# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Property-string models: ``QemuNet.parse("virtio=BC:24:11:00:00:01,bridge=vmbr0")`` and back with
``str(net)``. Parameters that take a property string accept these or a plain ``str``."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from pvesdk._propstr import PropertyString

__all__ = [
    "Acme",
    "Acmedomain",
    "Agent",
    "AmdSev",
    "Audio0",
    "Boot",
    "Bwlimit",
    "Cicustom",
    "Cpu",
    "Crs",
    "Dev",
    "DirMap",
    "DraidConfig",
    "Efidisk0",
    "ErasureCoding",
    "ExitAction",
    "Features",
    "Fleecing",
    "Ha",
    "Hostpci",
    "Ide",
    "IntelTdx",
    "Ipconfig",
    "Ivshmem",
    "Link",
    "Location",
    "LogRatelimit",
    "LxcNet",
    "LxcUnused",
    "Machine",
    "Match",
    "Memory",
    "Migration",
    "Mp",
    "NextId",
    "Notify",
    "Numa",
    "PciMap",
    "Peers",
    "Performance",
    "PrefixListsEntries",
    "PrefixListsEntries2",
    "PruneBackups",
    "QemuNet",
    "QemuUnused",
    "Replication",
    "Rng0",
    "Rootfs",
    "Sata",
    "Scsi",
    "Set",
    "Smbios1",
    "SpiceEnhancements",
    "Startup",
    "SyncDefaultsOptions",
    "TagStyle",
    "TargetEndpoint",
    "Tfa",
    "Tpmstate0",
    "U2f",
    "Usb",
    "UsbMap",
    "UserTagAccess",
    "Vga",
    "Virtio",
    "Virtiofs",
    "Wakeonlan",
    "Watchdog",
    "Webauthn",
]


class Acme(PropertyString):
    """Node specific ACME settings.

    Syntax: ``[account=<name>] [,domains=<domain[;domain;...]>]``"""

    account: str | None = None
    """ACME account config file name.
    Format: ``pve-configid``.
    Default: ``default``."""

    domains: str | None = None
    """List of domains for this node's ACME certificate
    Format: ``pve-acme-domain-list``."""


class Acmedomain(PropertyString):
    """ACME domain and validation plugin

    Syntax: ``[domain=]<domain> [,alias=<domain>] [,plugin=<name of the plugin configuration>]``"""

    __pve_default_key__: ClassVar[str | None] = "domain"

    domain: str
    """domain for this node's ACME certificate
    Format: ``pve-acme-domain``."""

    alias: str | None = None
    """Alias for the Domain to verify ACME Challenge over DNS
    Format: ``pve-acme-alias``."""

    plugin: str | None = None
    """The ACME plugin ID
    Format: ``pve-configid``.
    Default: ``standalone``."""


class Agent(PropertyString):
    """Enable/disable communication with the QEMU Guest Agent and its properties.

    Syntax: ``[enabled=]<1|0> [,freeze-fs=<1|0>] [,fstrim_cloned_disks=<1|0>] [,type=<virtio|isa>]``"""

    __pve_default_key__: ClassVar[str | None] = "enabled"
    __pve_aliases__: ClassVar[dict[str, str]] = {
        "freeze-fs-on-backup": "freeze-fs",
        "guest-fsfreeze": "freeze-fs",
    }

    enabled: bool
    """Enable/disable communication with a QEMU Guest Agent (QGA) running in the VM.
    Default: ``0``."""

    freeze_fs: bool | None = Field(default=None, alias="freeze-fs")
    """Freeze guest filesystems through QGA for consistent disk state on operations such as snapshots, backups, replications and clones.
    Default: ``1``."""

    fstrim_cloned_disks: bool | None = None
    """Run fstrim after moving a disk or migrating the VM.
    Default: ``0``."""

    type: Literal["virtio", "isa"] | None = None
    """Select the agent type
    Default: ``virtio``."""


class AmdSev(PropertyString):
    """Secure Encrypted Virtualization (SEV) features by AMD CPUs

    Syntax: ``[type=]<sev-type> [,allow-smt=<1|0>] [,kernel-hashes=<1|0>] [,no-debug=<1|0>] [,no-key-sharing=<1|0>]``"""

    __pve_default_key__: ClassVar[str | None] = "type"

    type: str
    """sev-type"""

    allow_smt: bool | None = Field(default=None, alias="allow-smt")

    kernel_hashes: bool | None = Field(default=None, alias="kernel-hashes")

    no_debug: bool | None = Field(default=None, alias="no-debug")

    no_key_sharing: bool | None = Field(default=None, alias="no-key-sharing")


class Audio0(PropertyString):
    """Configure a audio device, useful in combination with QXL/Spice.

    Syntax: ``device=<ich9-intel-hda|intel-hda|AC97> [,driver=<spice|none>]``"""

    __pve_required__: ClassVar[tuple[str, ...]] = ("device",)

    device: Literal["ich9-intel-hda", "intel-hda", "AC97"]
    """Configure an audio device."""

    driver: Literal["spice", "none"] | None = None
    """Driver backend for the audio device.
    Default: ``spice``."""


class Boot(PropertyString):
    """Specify guest boot order. Use the 'order=' sub-property as usage with no key or 'legacy=' is deprecated.

    Syntax: ``[[legacy=]<[acdn]{1,4}>] [,order=<device[;device...]>]``"""

    __pve_default_key__: ClassVar[str | None] = "legacy"

    legacy: str | None = None
    """[acdn]{1,4}"""

    order: str | None = None
    """device[;device...]"""


class Bwlimit(PropertyString):
    """Set I/O bandwidth limit for various operations (in KiB/s).

    Syntax: ``[clone=<LIMIT>] [,default=<LIMIT>] [,migration=<LIMIT>] [,move=<LIMIT>] [,restore=<LIMIT>]``"""

    clone: float | None = None
    """bandwidth limit in KiB/s for cloning disks"""

    default: float | None = None
    """default bandwidth limit in KiB/s"""

    migration: float | None = None
    """bandwidth limit in KiB/s for migrating guests (including moving local disks)"""

    move: float | None = None
    """bandwidth limit in KiB/s for moving disks"""

    restore: float | None = None
    """bandwidth limit in KiB/s for restoring guests from backups"""


class Cicustom(PropertyString):
    """cloud-init: Specify custom files to replace the automatically generated ones at start.

    Syntax: ``[meta=<volume>] [,network=<volume>] [,user=<volume>] [,vendor=<volume>]``"""

    meta: str | None = None
    """volume"""

    network: str | None = None
    """volume"""

    user: str | None = None
    """volume"""

    vendor: str | None = None
    """volume"""


class Cpu(PropertyString):
    """Emulated CPU type.

    Syntax: ``[[cputype=]<string>] [,flags=<+FLAG[;-FLAG...]>] [,guest-phys-bits=<integer>] [,hidden=<1|0>] [,hv-vendor-id=<vendor-id>] [,level=<integer>] [,phys-bits=<8-64|host>] [,reported-model=<enum>]``"""

    __pve_default_key__: ClassVar[str | None] = "cputype"

    cputype: str | None = None
    """string"""

    flags: str | None = None
    """+FLAG[;-FLAG...]"""

    guest_phys_bits: int | None = Field(default=None, alias="guest-phys-bits")

    hidden: bool | None = None

    hv_vendor_id: str | None = Field(default=None, alias="hv-vendor-id")
    """vendor-id"""

    level: int | None = None

    phys_bits: int | Literal["host"] | None = Field(default=None, alias="phys-bits")
    """8-64|host"""

    reported_model: str | None = Field(default=None, alias="reported-model")
    """enum"""


class Crs(PropertyString):
    """Cluster resource scheduling settings.

    Syntax: ``[ha=<basic|static|dynamic>] [,ha-auto-rebalance=<1|0>] [,ha-auto-rebalance-hold-duration=<number>] [,ha-auto-rebalance-margin=<number>] [,ha-auto-rebalance-method=<bruteforce|topsis>] [,ha-auto-rebalance-threshold=<number>] [,ha-rebalance-on-start=<1|0>]``"""

    ha: Literal["basic", "static", "dynamic"] | None = None
    """Use this resource scheduler mode for HA.
    Default: ``basic``."""

    ha_auto_rebalance: bool | None = Field(default=None, alias="ha-auto-rebalance")
    """Whether to use CRS for balancing HA resources automatically depending on the current node imbalance.
    Default: ``0``."""

    ha_auto_rebalance_hold_duration: float | None = Field(
        default=None, alias="ha-auto-rebalance-hold-duration"
    )
    """The number of HA rounds for which the cluster node imbalance threshold must be exceeded before triggering an automatic resource balancing migration.
    Range: 0 to inf.
    Default: ``3``."""

    ha_auto_rebalance_margin: float | None = Field(default=None, alias="ha-auto-rebalance-margin")
    """The minimum relative improvement in cluster node imbalance, in percent, to commit to a resource balancing migration.
    Range: 0 to 100.
    Default: ``10``."""

    ha_auto_rebalance_method: Literal["bruteforce", "topsis"] | None = Field(
        default=None, alias="ha-auto-rebalance-method"
    )
    """The method to use for the scoring of balancing migrations.
    Default: ``bruteforce``."""

    ha_auto_rebalance_threshold: float | None = Field(
        default=None, alias="ha-auto-rebalance-threshold"
    )
    """The cluster node imbalance, in percent, which will trigger the automatic resource balancing system if exceeded.
    Range: 0 to 100.
    Default: ``30``."""

    ha_rebalance_on_start: bool | None = Field(default=None, alias="ha-rebalance-on-start")
    """Set to use CRS for selecting a suited node when a HA services request-state changes from stop to start.
    Default: ``0``."""


class Dev(PropertyString):
    """Device to pass through to the container

    Syntax: ``[[path=]<Path>] [,deny-write=<1|0>] [,gid=<integer>] [,mode=<Octal access mode>] [,uid=<integer>]``"""

    __pve_default_key__: ClassVar[str | None] = "path"

    deny_write: bool | None = Field(default=None, alias="deny-write")
    """Deny the container to write to the device
    Default: ``0``."""

    gid: int | None = None
    """Group ID to be assigned to the device node
    Range: 0 to inf."""

    mode: str | None = None
    """Access mode to be set on the device node
    Pattern: ``^0[0-7]{3}$``."""

    path: str | None = None
    """Device to pass through to the container
    Format: ``pve-lxc-dev-string``."""

    uid: int | None = None
    """User ID to be assigned to the device node
    Range: 0 to inf."""


class DirMap(PropertyString):
    """Property string ``DirMap``."""

    __pve_required__: ClassVar[tuple[str, ...]] = (
        "node",
        "path",
    )

    node: str
    """The cluster node name.
    Format: ``pve-node``."""

    path: str
    """Absolute directory path that should be shared with the guest.
    Format: ``pve-storage-path-in-property-string``."""


class DraidConfig(PropertyString):
    """Property string ``DraidConfig``.

    Syntax: ``data=<integer> ,spares=<integer>``"""

    __pve_required__: ClassVar[tuple[str, ...]] = (
        "data",
        "spares",
    )

    data: int
    """The number of data devices per redundancy group. (dRAID)
    Range: 1 to inf."""

    spares: int
    """Number of dRAID spares.
    Range: 0 to inf."""


class Efidisk0(PropertyString):
    """Configure a disk for storing EFI vars. Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume. Note that SIZE_IN_GiB is ignored here and that the default EFI vars are copied to the volume instead. Use STORAGE_ID:0 and the 'import-from' parameter to import from an existing volume.

    Syntax: ``[file=]<volume> [,efitype=<2m|4m>] [,format=<enum>] [,import-from=<source volume>] [,ms-cert=<enum>] [,pre-enrolled-keys=<1|0>] [,size=<DiskSize>]``"""

    __pve_default_key__: ClassVar[str | None] = "file"
    __pve_aliases__: ClassVar[dict[str, str]] = {
        "volume": "file",
    }
    __pve_formats__: ClassVar[dict[str, str]] = {
        "file": "pve-volume-id-or-qm-path",
        "import_from": "pve-volume-id-or-absolute-path",
        "size": "disk-size",
    }

    file: str
    """The drive's backing volume.
    Format: ``pve-volume-id-or-qm-path``."""

    efitype: Literal["2m", "4m"] | None = None
    """Size and type of the OVMF EFI vars. '4m' is newer and recommended, and required for Secure Boot. For backwards compatibility, '2m' is used if not otherwise specified. Ignored for VMs with arch=aarch64 (ARM).
    Default: ``2m``."""

    format: Literal["raw", "qcow", "qed", "qcow2", "vmdk", "cloop"] | None = None
    """The drive's backing file's data format."""

    import_from: str | None = Field(default=None, alias="import-from")
    """Create a new disk, importing from this source (volume ID or absolute path). When an absolute path is specified, it's up to you to ensure that the source is not actively used by another process during the import!
    Format: ``pve-volume-id-or-absolute-path``."""

    ms_cert: Literal["2011", "2023", "2023w", "2023k"] | None = Field(default=None, alias="ms-cert")
    """Informational marker indicating the version of the latest Microsoft UEFI certificates that have been enrolled by Proxmox VE. The value '2023k' means that the 'Microsoft UEFI CA 2023', the 'Windows UEFI CA 2023' and the 'Microsoft Corporation KEK 2K CA 2023' certificates are included. The values '2023' and '2023w' are deprecated and for compatibility only.
    Default: ``2011``."""

    pre_enrolled_keys: bool | None = Field(default=None, alias="pre-enrolled-keys")
    """Use am EFI vars template with distribution-specific and Microsoft Standard keys enrolled, if used with 'efitype=4m'. Note that this will enable Secure Boot by default, though it can still be turned off from within the VM.
    Default: ``0``."""

    size: str | None = None
    """Disk size. This is purely informational and has no effect.
    Format: ``disk-size``."""


class ErasureCoding(PropertyString):
    """Create an erasure coded pool for RBD with an accompaning replicated pool for metadata storage. With EC, the common ceph options 'size', 'min_size' and 'crush_rule' parameters will be applied to the metadata pool.

    Syntax: ``k=<integer> ,m=<integer> [,device-class=<class>] [,failure-domain=<domain>] [,profile=<profile>]``"""

    __pve_required__: ClassVar[tuple[str, ...]] = (
        "k",
        "m",
    )

    k: int
    """Number of data chunks. Will create an erasure coded pool plus a replicated pool for metadata.
    Range: 2 to inf."""

    m: int
    """Number of coding chunks. Will create an erasure coded pool plus a replicated pool for metadata.
    Range: 1 to inf."""

    device_class: str | None = Field(default=None, alias="device-class")
    """CRUSH device class. Will create an erasure coded pool plus a replicated pool for metadata."""

    failure_domain: str | None = Field(default=None, alias="failure-domain")
    """CRUSH failure domain. Default is 'host'. Will create an erasure coded pool plus a replicated pool for metadata.
    Default: ``host``."""

    profile: str | None = None
    """Override the erasure code (EC) profile to use. Will create an erasure coded pool plus a replicated pool for metadata."""


class ExitAction(PropertyString):
    """Property string ``ExitAction``.

    Syntax: ``key=<on-match-goto|on-match-next|continue> [,value=<integer>]``"""

    __pve_required__: ClassVar[tuple[str, ...]] = ("key",)

    key: Literal["on-match-goto", "on-match-next", "continue"]

    value: int | None = None
    """The index of this route map entry
    Range: 0 to 65535."""


class Features(PropertyString):
    """Allow containers access to advanced features.

    Syntax: ``[force_rw_sys=<1|0>] [,fuse=<1|0>] [,keyctl=<1|0>] [,mknod=<1|0>] [,mount=<fstype;fstype;...>] [,nesting=<1|0>]``"""

    force_rw_sys: bool | None = None
    """Mount /sys in unprivileged containers as `rw` instead of `mixed`. This can break networking under newer (>= v245) systemd-network use.
    Default: ``0``."""

    fuse: bool | None = None
    """Allow using 'fuse' file systems in a container. Note that interactions between fuse and the freezer cgroup can potentially cause I/O deadlocks.
    Default: ``0``."""

    keyctl: bool | None = None
    """For unprivileged containers only: Allow the use of the keyctl() system call. This is required to use docker inside a container. By default unprivileged containers will see this system call as non-existent. This is mostly a workaround for systemd-networkd, as it will treat it as a fatal error when some keyctl() operations are denied by the kernel due to lacking permissions. Essentially, you can choose between running systemd-networkd or docker.
    Default: ``0``."""

    mknod: bool | None = None
    """Allow unprivileged containers to use mknod() to add certain device nodes. This requires a kernel with seccomp trap to user space support (5.3 or newer). This is experimental.
    Default: ``0``."""

    mount: str | None = None
    """Allow mounting file systems of specific types. This should be a list of file system types as used with the mount command. Note that this can have negative effects on the container's security. With access to a loop device, mounting a file can circumvent the mknod permission of the devices cgroup, mounting an NFS file system can block the host's I/O completely and prevent it from rebooting, etc.
    Pattern: ``^(?:[a-zA-Z0-9_; ]+)$``."""

    nesting: bool | None = None
    """Allow nesting. Best used with unprivileged containers with additional id mapping. Note that this will expose procfs and sysfs contents of the host to the guest. This is also required by systemd to isolate services.
    Default: ``0``."""


class Fleecing(PropertyString):
    """Options for backup fleecing (VM only).

    Syntax: ``[[enabled=]<1|0>] [,storage=<storage ID>]``"""

    __pve_default_key__: ClassVar[str | None] = "enabled"

    enabled: bool | None = None

    storage: str | None = None
    """storage ID"""


class Ha(PropertyString):
    """Cluster wide HA settings.

    Syntax: ``shutdown_policy=<enum>``"""

    __pve_required__: ClassVar[tuple[str, ...]] = ("shutdown_policy",)

    shutdown_policy: Literal["freeze", "failover", "conditional", "migrate"]
    """The policy for HA services on node shutdown. 'freeze' disables auto-recovery, 'failover' ensures recovery, 'conditional' recovers on poweroff and freezes on reboot. 'migrate' will migrate running services to other nodes, if possible. With 'freeze' or 'failover', HA Services will always get stopped first on shutdown.
    Default: ``conditional``."""


class Hostpci(PropertyString):
    """Map host PCI devices into guest.

    Syntax: ``[[host=]<HOSTPCIID[;HOSTPCIID2...]>] [,device-id=<hex id>] [,driver=<vfio|keep>] [,legacy-igd=<1|0>] [,mapping=<mapping-id>] [,mdev=<string>] [,pcie=<1|0>] [,rombar=<1|0>] [,romfile=<string>] [,sub-device-id=<hex id>] [,sub-vendor-id=<hex id>] [,vendor-id=<hex id>] [,x-vga=<1|0>]``"""

    __pve_default_key__: ClassVar[str | None] = "host"

    device_id: str | None = Field(default=None, alias="device-id")
    """hex id"""

    driver: Literal["vfio", "keep"] | None = None

    host: str | None = None
    """HOSTPCIID[;HOSTPCIID2...]"""

    legacy_igd: bool | None = Field(default=None, alias="legacy-igd")

    mapping: str | None = None
    """mapping-id"""

    mdev: str | None = None
    """string"""

    pcie: bool | None = None

    rombar: bool | None = None

    romfile: str | None = None
    """string"""

    sub_device_id: str | None = Field(default=None, alias="sub-device-id")
    """hex id"""

    sub_vendor_id: str | None = Field(default=None, alias="sub-vendor-id")
    """hex id"""

    vendor_id: str | None = Field(default=None, alias="vendor-id")
    """hex id"""

    x_vga: bool | None = Field(default=None, alias="x-vga")


class Ide(PropertyString):
    """Use volume as IDE hard disk or CD-ROM (n is 0 to 3). Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume. Use STORAGE_ID:0 and the 'import-from' parameter to import from an existing volume.

    Syntax: ``[file=]<volume> [,aio=<native|threads|io_uring>] [,backup=<1|0>] [,bps=<bps>] [,bps_max_length=<seconds>] [,bps_rd=<bps>] [,bps_rd_max_length=<seconds>] [,bps_wr=<bps>] [,bps_wr_max_length=<seconds>] [,cache=<enum>] [,detect_zeroes=<1|0>] [,discard=<ignore|on>] [,format=<enum>] [,import-from=<source volume>] [,iops=<iops>] [,iops_max=<iops>] [,iops_max_length=<seconds>] [,iops_rd=<iops>] [,iops_rd_max=<iops>] [,iops_rd_max_length=<seconds>] [,iops_wr=<iops>] [,iops_wr_max=<iops>] [,iops_wr_max_length=<seconds>] [,mbps=<mbps>] [,mbps_max=<mbps>] [,mbps_rd=<mbps>] [,mbps_rd_max=<mbps>] [,mbps_wr=<mbps>] [,mbps_wr_max=<mbps>] [,media=<cdrom|disk>] [,model=<model>] [,replicate=<1|0>] [,rerror=<ignore|report|stop>] [,serial=<serial>] [,shared=<1|0>] [,size=<DiskSize>] [,snapshot=<1|0>] [,ssd=<1|0>] [,werror=<enum>] [,wwn=<wwn>]``"""

    __pve_default_key__: ClassVar[str | None] = "file"
    __pve_aliases__: ClassVar[dict[str, str]] = {
        "bps_rd_length": "bps_rd_max_length",
        "bps_wr_length": "bps_wr_max_length",
        "iops_rd_length": "iops_rd_max_length",
        "iops_wr_length": "iops_wr_max_length",
        "volume": "file",
    }
    __pve_formats__: ClassVar[dict[str, str]] = {
        "file": "pve-volume-id-or-qm-path",
        "import_from": "pve-volume-id-or-absolute-path",
        "model": "urlencoded",
        "serial": "urlencoded",
        "size": "disk-size",
    }

    file: str
    """The drive's backing volume.
    Format: ``pve-volume-id-or-qm-path``."""

    aio: Literal["native", "threads", "io_uring"] | None = None
    """AIO type to use."""

    backup: bool | None = None
    """Whether the drive should be included when making backups."""

    bps: int | None = None
    """Maximum r/w speed in bytes per second."""

    bps_max_length: int | None = None
    """Maximum length of I/O bursts in seconds.
    Range: 1 to inf."""

    bps_rd: int | None = None
    """Maximum read speed in bytes per second."""

    bps_rd_max_length: int | None = None
    """Maximum length of read I/O bursts in seconds.
    Range: 1 to inf."""

    bps_wr: int | None = None
    """Maximum write speed in bytes per second."""

    bps_wr_max_length: int | None = None
    """Maximum length of write I/O bursts in seconds.
    Range: 1 to inf."""

    cache: Literal["none", "writethrough", "writeback", "unsafe", "directsync"] | None = None
    """The drive's cache mode"""

    detect_zeroes: bool | None = None
    """Controls whether to detect and try to optimize writes of zeroes."""

    discard: Literal["ignore", "on"] | None = None
    """Controls whether to pass discard/trim requests to the underlying storage."""

    format: Literal["raw", "qcow", "qed", "qcow2", "vmdk", "cloop"] | None = None
    """The drive's backing file's data format."""

    import_from: str | None = Field(default=None, alias="import-from")
    """Create a new disk, importing from this source (volume ID or absolute path). When an absolute path is specified, it's up to you to ensure that the source is not actively used by another process during the import!
    Format: ``pve-volume-id-or-absolute-path``."""

    iops: int | None = None
    """Maximum r/w I/O in operations per second."""

    iops_max: int | None = None
    """Maximum unthrottled r/w I/O pool in operations per second."""

    iops_max_length: int | None = None
    """Maximum length of I/O bursts in seconds.
    Range: 1 to inf."""

    iops_rd: int | None = None
    """Maximum read I/O in operations per second."""

    iops_rd_max: int | None = None
    """Maximum unthrottled read I/O pool in operations per second."""

    iops_rd_max_length: int | None = None
    """Maximum length of read I/O bursts in seconds.
    Range: 1 to inf."""

    iops_wr: int | None = None
    """Maximum write I/O in operations per second."""

    iops_wr_max: int | None = None
    """Maximum unthrottled write I/O pool in operations per second."""

    iops_wr_max_length: int | None = None
    """Maximum length of write I/O bursts in seconds.
    Range: 1 to inf."""

    mbps: float | None = None
    """Maximum r/w speed in megabytes per second."""

    mbps_max: float | None = None
    """Maximum unthrottled r/w pool in megabytes per second."""

    mbps_rd: float | None = None
    """Maximum read speed in megabytes per second."""

    mbps_rd_max: float | None = None
    """Maximum unthrottled read pool in megabytes per second."""

    mbps_wr: float | None = None
    """Maximum write speed in megabytes per second."""

    mbps_wr_max: float | None = None
    """Maximum unthrottled write pool in megabytes per second."""

    media: Literal["cdrom", "disk"] | None = None
    """The drive's media type.
    Default: ``disk``."""

    model: str | None = None
    """The drive's reported model name, url-encoded, up to 40 bytes long.
    Length: 0 to 120.
    Format: ``urlencoded``.
    Pass plain text: pvesdk percent-encodes it as Proxmox expects."""

    replicate: bool | None = None
    """Whether the drive should considered for replication jobs.
    Default: ``1``."""

    rerror: Literal["ignore", "report", "stop"] | None = None
    """Read error action."""

    serial: str | None = None
    """The drive's reported serial number, url-encoded, up to 20 bytes long.
    Length: 0 to 60.
    Format: ``urlencoded``.
    Pass plain text: pvesdk percent-encodes it as Proxmox expects."""

    shared: bool | None = None
    """Mark this locally-managed volume as available on all nodes
    Default: ``0``."""

    size: str | None = None
    """Disk size. This is purely informational and has no effect.
    Format: ``disk-size``."""

    snapshot: bool | None = None
    """Controls qemu's snapshot mode feature. If activated, changes made to the disk are temporary and will be discarded when the VM is shutdown."""

    ssd: bool | None = None
    """Whether to expose this drive as an SSD, rather than a rotational hard disk."""

    werror: Literal["enospc", "ignore", "report", "stop"] | None = None
    """Write error action."""

    wwn: str | None = None
    """The drive's worldwide name, encoded as 16 bytes hex string, prefixed by '0x'.
    Pattern: ``^(?:^(0x)[0-9a-fA-F]{16})$``."""


class IntelTdx(PropertyString):
    """Trusted Domain Extension (TDX) features by Intel CPUs

    Syntax: ``[type=]<tdx-type> ,attestation=<1|0> [,vsock-cid=<integer>] [,vsock-port=<integer>]``"""

    __pve_default_key__: ClassVar[str | None] = "type"
    __pve_required__: ClassVar[tuple[str, ...]] = ("attestation",)

    attestation: bool

    type: str
    """tdx-type"""

    vsock_cid: int | None = Field(default=None, alias="vsock-cid")

    vsock_port: int | None = Field(default=None, alias="vsock-port")


class Ipconfig(PropertyString):
    """cloud-init: Specify IP addresses and gateways for the corresponding interface.

    IP addresses use CIDR notation, gateways are optional but need an IP of the same type specified.

    The special string 'dhcp' can be used for IP addresses to use DHCP, in which case no explicit
    gateway should be provided.
    For IPv6 the special string 'auto' can be used to use stateless autoconfiguration. This requires
    cloud-init 19.4 or newer.

    If cloud-init is enabled and neither an IPv4 nor an IPv6 address is specified, it defaults to using
    dhcp on IPv4.

    Syntax: ``[gw=<GatewayIPv4>] [,gw6=<GatewayIPv6>] [,ip=<IPv4Format/CIDR>] [,ip6=<IPv6Format/CIDR>]``"""

    gw: str | None = None
    """GatewayIPv4"""

    gw6: str | None = None
    """GatewayIPv6"""

    ip: str | None = None
    """IPv4Format/CIDR"""

    ip6: str | None = None
    """IPv6Format/CIDR"""


class Ivshmem(PropertyString):
    """Inter-VM shared memory. Useful for direct communication between VMs, or to the host.

    Syntax: ``size=<integer> [,name=<string>]``"""

    __pve_required__: ClassVar[tuple[str, ...]] = ("size",)

    size: int
    """The size of the file in MB.
    Range: 1 to inf."""

    name: str | None = None
    """The name of the file. Will be prefixed with 'pve-shm-'. Default is the VMID. Will be deleted when the VM is stopped.
    Pattern: ``^[a-zA-Z0-9\\-]+$``."""


class Link(PropertyString):
    """Address and priority information of a single corosync link. (up to 8 links supported; link0..link7)

    Syntax: ``[address=]<IP> [,priority=<integer>]``"""

    __pve_default_key__: ClassVar[str | None] = "address"

    address: str
    """Hostname (or IP) of this corosync link address.
    Format: ``address``."""

    priority: int | None = None
    """The priority for the link when knet is used in 'passive' mode (default). Lower value means higher priority. Only valid for cluster create, ignored on node add.
    Range: 0 to 255.
    Default: ``0``."""


class Location(PropertyString):
    """The location of the cluster.

    Syntax: ``latitude=<number> ,longitude=<number> [,name=<name>]``"""

    __pve_required__: ClassVar[tuple[str, ...]] = (
        "latitude",
        "longitude",
    )

    latitude: float
    """The latitude of the nodes location in degrees.
    Range: -90 to 90."""

    longitude: float
    """The longitude of the nodes location in degrees.
    Range: -180 to 180."""

    name: str | None = None
    """The name of the location of this node
    Length: 0 to 128."""


class LogRatelimit(PropertyString):
    """Log ratelimiting settings

    Syntax: ``[enable=]<1|0> [,burst=<integer>] [,rate=<rate>]``"""

    __pve_default_key__: ClassVar[str | None] = "enable"

    enable: bool
    """Enable or disable log rate limiting
    Default: 1."""

    burst: int | None = None
    """Initial burst of packages which will always get logged before the rate is applied
    Range: 0 to inf.
    Default: ``5``."""

    rate: str | None = None
    """Frequency with which the burst bucket gets refilled
    Pattern: ``^[1-9][0-9]*\\/(second|minute|hour|day)$``.
    Default: ``1/second``."""


class LxcNet(PropertyString):
    """Specifies network interfaces for the container.

    Syntax: ``name=<string> [,bridge=<bridge>] [,firewall=<1|0>] [,gw=<GatewayIPv4>] [,gw6=<GatewayIPv6>] [,host-managed=<1|0>] [,hwaddr=<XX:XX:XX:XX:XX:XX>] [,ip=<(IPv4/CIDR|dhcp|manual)>] [,ip6=<(IPv6/CIDR|auto|dhcp|manual)>] [,link_down=<1|0>] [,mtu=<integer>] [,rate=<mbps>] [,tag=<integer>] [,trunks=<vlanid[;vlanid...]>] [,type=<veth>]``"""

    __pve_required__: ClassVar[tuple[str, ...]] = ("name",)
    __pve_formats__: ClassVar[dict[str, str]] = {
        "gw": "ipv4",
        "gw6": "ipv6",
        "hwaddr": "mac-addr",
    }

    name: str
    """Name of the network device as seen from inside the container. (lxc.network.name)
    Pattern: ``^[-_.\\w\\d]+$``."""

    bridge: str | None = None
    """Bridge to attach the network device to.
    Pattern: ``^[-_.\\w\\d]+$``."""

    firewall: bool | None = None
    """Controls whether this interface's firewall rules should be used."""

    gw: str | None = None
    """Default gateway for IPv4 traffic.
    Format: ``ipv4``."""

    gw6: str | None = None
    """Default gateway for IPv6 traffic.
    Format: ``ipv6``."""

    host_managed: bool | None = Field(default=None, alias="host-managed")
    """Whether this interface's IP configuration should be managed by the host. When enabled, the host (rather than the container) is responsible for the interface's IP configuration. The container should not run its own DHCP client or network manager on this interface. This is useful for containers that lack an internal network management stack, like many application containers."""

    hwaddr: str | None = None
    """The interface MAC address. This is dynamically allocated by default, but you can set that statically if needed, for example to always have the same link-local IPv6 address. (lxc.network.hwaddr)
    Format: ``mac-addr``."""

    ip: str | None = None
    """IPv4 address in CIDR format.
    Format: ``pve-ipv4-config``."""

    ip6: str | None = None
    """IPv6 address in CIDR format.
    Format: ``pve-ipv6-config``."""

    link_down: bool | None = None
    """Whether this interface should be disconnected (like pulling the plug)."""

    mtu: int | None = None
    """Maximum transfer unit of the interface. (lxc.network.mtu)
    Range: 64 to 65535."""

    rate: float | None = None
    """Apply rate limiting to the interface"""

    tag: int | None = None
    """VLAN tag for this interface.
    Range: 1 to 4094."""

    trunks: str | None = None
    """VLAN ids to pass through the interface
    Pattern: ``^(?:\\d+(?:;\\d+)*)$``."""

    type: Literal["veth"] | None = None
    """Network interface type."""


class LxcUnused(PropertyString):
    """Reference to unused volumes. This is used internally, and should not be modified manually.

    Syntax: ``[volume=]<volume>``"""

    __pve_default_key__: ClassVar[str | None] = "volume"
    __pve_formats__: ClassVar[dict[str, str]] = {
        "volume": "pve-volume-id",
    }

    volume: str
    """The volume that is not used currently.
    Format: ``pve-volume-id``."""


class Machine(PropertyString):
    """Specify the QEMU machine.

    Syntax: ``[[type=]<machine type>] [,aw-bits=<number>] [,enable-s3=<1|0>] [,enable-s4=<1|0>] [,viommu=<intel|virtio>]``"""

    __pve_default_key__: ClassVar[str | None] = "type"

    aw_bits: float | None = Field(default=None, alias="aw-bits")
    """Specifies the vIOMMU address space bit width.
    Range: 32 to 64."""

    enable_s3: bool | None = Field(default=None, alias="enable-s3")
    """Enables S3 power state. Defaults to false beginning with machine types 9.2+pve1, true before."""

    enable_s4: bool | None = Field(default=None, alias="enable-s4")
    """Enables S4 power state. Defaults to false beginning with machine types 9.2+pve1, true before."""

    type: str | None = None
    """Specifies the QEMU machine type.
    Length: 0 to 40.
    Pattern: ``^(pc|pc(-i440fx)?-\\d+(\\.\\d+)+(\\+pve\\d+)?(\\.pxe)?|q35|pc-q35-\\d+(\\.\\d+)+(\\+pve\\d+)?(\\.pxe)?|virt(?:-\\d+(\\.\\d+)+)?(\\+pve\\d+)?)$``."""

    viommu: Literal["intel", "virtio"] | None = None
    """Enable and set guest vIOMMU variant (Intel vIOMMU needs q35 to be set as machine type)."""


class Match(PropertyString):
    """Property string ``Match``."""

    __pve_required__: ClassVar[tuple[str, ...]] = ("key",)

    key: Literal[
        "route-type",
        "vni",
        "ip-address-prefix-list",
        "ip6-address-prefix-list",
        "ip-next-hop-prefix-list",
        "ip6-next-hop-prefix-list",
        "ip-next-hop-address",
        "ip6-next-hop-address",
        "metric",
        "local-preference",
        "peer",
        "tag",
    ]

    value: str | None = None
    """Value that the field <key> should be matched on."""


class Memory(PropertyString):
    """Memory properties.

    Syntax: ``[current=]<integer>``"""

    __pve_default_key__: ClassVar[str | None] = "current"

    current: int
    """Current amount of online RAM for the VM in MiB. This is the maximum available memory when you use the balloon device.
    Range: 16 to inf.
    Default: ``512``."""


class Migration(PropertyString):
    """For cluster wide migration settings.

    Syntax: ``[type=]<secure|insecure> [,network=<CIDR>]``"""

    __pve_default_key__: ClassVar[str | None] = "type"
    __pve_formats__: ClassVar[dict[str, str]] = {
        "network": "CIDR",
    }

    type: Literal["secure", "insecure"]
    """Migration traffic is encrypted using an SSH tunnel by default. On secure, completely private networks this can be disabled to increase performance.
    Default: ``secure``."""

    network: str | None = None
    """CIDR of the (sub) network that is used for migration. Used as a fallback for replications jobs if the replication network setting is not set
    Format: ``CIDR``."""


class Mp(PropertyString):
    """Use volume as container mount point. Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume.

    Syntax: ``[volume=]<volume> ,mp=<Path> [,acl=<1|0>] [,backup=<1|0>] [,idmap=<type:container:disk:range-size[;type:container:disk:range-size;...]>] [,keepattrs=<1|0>] [,mountoptions=<opt[;opt...]>] [,quota=<1|0>] [,replicate=<1|0>] [,ro=<1|0>] [,shared=<1|0>] [,size=<DiskSize>]``"""

    __pve_default_key__: ClassVar[str | None] = "volume"
    __pve_required__: ClassVar[tuple[str, ...]] = ("mp",)
    __pve_formats__: ClassVar[dict[str, str]] = {
        "size": "disk-size",
    }

    mp: str
    """Path to the mount point as seen from inside the container (must not contain symlinks).
    Format: ``pve-lxc-mp-string``."""

    volume: str
    """Volume, device or directory to mount into the container.
    Format: ``pve-lxc-mp-string``."""

    acl: bool | None = None
    """Explicitly enable or disable ACL support."""

    backup: bool | None = None
    """Whether to include the mount point in backups."""

    idmap: str | None = None
    """Map specific container UIDs/GIDs to underlying disk UIDs/GIDs for this mount point
    Pattern: ``^(?:^(?:passthrough|[ug]:[0-9]+:[0-9]+:[1-9][0-9]*(?:;[ug]:[0-9]+:[0-9]+:[1-9][0-9]*)*)$)$``."""

    keepattrs: bool | None = None
    """Inherit ownership and permissions from the mount point directory.
    Default: ``0``."""

    mountoptions: str | None = None
    """Extra mount options for rootfs/mps.
    Pattern: ``^(?:(?:(discard|lazytime|noatime|nodev|noexec|nosuid))(;(?:(discard|lazytime|noatime|nodev|noexec|nosuid)))*)$``."""

    quota: bool | None = None
    """Enable user quotas inside the container (not supported with zfs subvolumes)"""

    replicate: bool | None = None
    """Will include this volume to a storage replica job.
    Default: ``1``."""

    ro: bool | None = None
    """Read-only mount point"""

    shared: bool | None = None
    """Mark this non-volume mount point as available on multiple nodes (see 'nodes')
    Default: ``0``."""

    size: str | None = None
    """Volume size (read only value).
    Format: ``disk-size``."""


class NextId(PropertyString):
    """Control the range for the free VMID auto-selection pool.

    Syntax: ``[lower=<integer>] [,upper=<integer>]``"""

    lower: int | None = None
    """Lower, inclusive boundary for free next-id API range.
    Range: 100 to 999999999.
    Default: ``100``."""

    upper: int | None = None
    """Upper, exclusive boundary for free next-id API range.
    Range: 100 to 1000000000.
    Default: ``1000000``."""


class Notify(PropertyString):
    """Cluster-wide notification settings.

    Syntax: ``[fencing=<always|never>] [,package-updates=<auto|always|never>] [,replication=<always|never>] [,target-fencing=<TARGET>] [,target-package-updates=<TARGET>] [,target-replication=<TARGET>]``"""

    fencing: Literal["always", "never"] | None = None
    """UNUSED - Use datacenter notification settings instead."""

    package_updates: Literal["auto", "always", "never"] | None = Field(
        default=None, alias="package-updates"
    )
    """DEPRECATED: Use datacenter notification settings instead. Control when the daily update job should send out notifications.
    Default: ``auto``."""

    replication: Literal["always", "never"] | None = None
    """UNUSED - Use datacenter notification settings instead."""

    target_fencing: str | None = Field(default=None, alias="target-fencing")
    """UNUSED - Use datacenter notification settings instead."""

    target_package_updates: str | None = Field(default=None, alias="target-package-updates")
    """UNUSED - Use datacenter notification settings instead."""

    target_replication: str | None = Field(default=None, alias="target-replication")
    """UNUSED - Use datacenter notification settings instead."""


class Numa(PropertyString):
    """NUMA topology.

    Syntax: ``cpus=<id[-id];...> [,hostnodes=<id[-id];...>] [,memory=<number>] [,policy=<preferred|bind|interleave>]``"""

    __pve_required__: ClassVar[tuple[str, ...]] = ("cpus",)

    cpus: str
    """CPUs accessing this NUMA node.
    Pattern: ``^(?:\\d+(?:-\\d+)?(?:;\\d+(?:-\\d+)?)*)$``."""

    hostnodes: str | None = None
    """Host NUMA nodes to use.
    Pattern: ``^(?:\\d+(?:-\\d+)?(?:;\\d+(?:-\\d+)?)*)$``."""

    memory: float | None = None
    """Amount of memory this NUMA node provides."""

    policy: Literal["preferred", "bind", "interleave"] | None = None
    """NUMA allocation policy."""


class PciMap(PropertyString):
    """Property string ``PciMap``."""

    __pve_required__: ClassVar[tuple[str, ...]] = (
        "id",
        "node",
        "path",
    )

    id: str
    """The vendor and device ID that is expected. Used for detecting hardware changes
    Pattern: ``^(?:^[0-9A-Fa-f]{4}:[0-9A-Fa-f]{4}$)$``."""

    node: str
    """The cluster node name.
    Format: ``pve-node``."""

    path: str
    """The path to the device. If the function is omitted, the whole device is mapped. In that case use the attributes of the first device. You can give multiple paths as a semicolon separated list, the first available will then be chosen on guest start.
    Pattern: ``^(?:[a-f0-9]{4,}:[a-f0-9]{2}:[a-f0-9]{2}(?:.[a-f0-9])?;)*[a-f0-9]{4,}:[a-f0-9]{2}:[a-f0-9]{2}(?:.[a-f0-9])?$``."""

    description: str | None = None
    """Description of the node specific device.
    Length: 0 to 4096."""

    iommugroup: int | None = None
    """The IOMMU group in which the device is to be expected in. Used for detecting hardware changes."""

    subsystem_id: str | None = Field(default=None, alias="subsystem-id")
    """The subsystem vendor and device ID that is expected. Used for detecting hardware changes.
    Pattern: ``^(?:^[0-9A-Fa-f]{4}:[0-9A-Fa-f]{4}$)$``."""


class Peers(PropertyString):
    """Property string ``Peers``."""

    __pve_required__: ClassVar[tuple[str, ...]] = (
        "iface",
        "node",
        "type",
    )

    iface: str
    """The interface of this node that uses this peer definition."""

    node: str
    """The name of the referenced node section (the external node or the internal peer node)."""

    type: Literal["internal", "external"]

    endpoint: str | None = None
    """Override for the endpoint settings in the node section."""

    node_iface: str | None = None
    """The interface of the other node, if it is internal"""

    skip_route_generation: bool | None = None
    """Whether routes for the allowed IPs should be created in the kernel routing table.
    Default: ``0``."""


class Performance(PropertyString):
    """Other performance-related settings.

    Syntax: ``[max-workers=<integer>] [,pbs-entries-max=<integer>]``"""

    max_workers: int | None = Field(default=None, alias="max-workers")

    pbs_entries_max: int | None = Field(default=None, alias="pbs-entries-max")


class PrefixListsEntries(PropertyString):
    """Property string ``PrefixListsEntries``."""

    __pve_required__: ClassVar[tuple[str, ...]] = (
        "action",
        "prefix",
    )

    action: Literal["permit", "deny"]

    prefix: str
    """Format: ``FullRangeCIDR``."""

    ge: int | None = None
    """Range: 0 to 128."""

    le: int | None = None
    """Range: 0 to 128."""

    seq: int | None = None
    """Range: 1 to 4294967295."""


class PrefixListsEntries2(PropertyString):
    """Property string ``PrefixListsEntries2``."""

    action: Literal["permit", "deny"] | None = None

    ge: int | None = None
    """Range: 0 to 128."""

    le: int | None = None
    """Range: 0 to 128."""

    prefix: str | None = None
    """Format: ``FullRangeCIDR``."""

    seq: int | None = None
    """Range: 1 to 4294967295."""


class PruneBackups(PropertyString):
    """Use these retention options instead of those from the storage configuration.

    Syntax: ``[keep-all=<1|0>] [,keep-daily=<N>] [,keep-hourly=<N>] [,keep-last=<N>] [,keep-monthly=<N>] [,keep-weekly=<N>] [,keep-yearly=<N>]``"""

    keep_all: bool | None = Field(default=None, alias="keep-all")

    keep_daily: str | None = Field(default=None, alias="keep-daily")
    """N"""

    keep_hourly: str | None = Field(default=None, alias="keep-hourly")
    """N"""

    keep_last: str | None = Field(default=None, alias="keep-last")
    """N"""

    keep_monthly: str | None = Field(default=None, alias="keep-monthly")
    """N"""

    keep_weekly: str | None = Field(default=None, alias="keep-weekly")
    """N"""

    keep_yearly: str | None = Field(default=None, alias="keep-yearly")
    """N"""


class QemuNet(PropertyString):
    """Specify network devices.

    Syntax: ``[model=]<enum> [,bridge=<bridge>] [,firewall=<1|0>] [,link_down=<1|0>] [,macaddr=<XX:XX:XX:XX:XX:XX>] [,mtu=<integer>] [,queues=<integer>] [,rate=<number>] [,tag=<integer>] [,trunks=<vlanid[;vlanid...]>] [,<model>=<macaddr>]``"""

    __pve_default_key__: ClassVar[str | None] = "model"
    __pve_key_alias__: ClassVar[tuple[str, str, frozenset[str]] | None] = (
        "model",
        "macaddr",
        frozenset(
            {
                "e1000",
                "e1000-82540em",
                "e1000-82544gc",
                "e1000-82545em",
                "e1000e",
                "i82551",
                "i82557b",
                "i82559er",
                "ne2k_isa",
                "ne2k_pci",
                "pcnet",
                "rtl8139",
                "virtio",
                "vmxnet3",
            }
        ),
    )
    __pve_formats__: ClassVar[dict[str, str]] = {
        "macaddr": "mac-addr",
    }

    model: Literal[
        "e1000",
        "e1000-82540em",
        "e1000-82544gc",
        "e1000-82545em",
        "e1000e",
        "i82551",
        "i82557b",
        "i82559er",
        "ne2k_isa",
        "ne2k_pci",
        "pcnet",
        "rtl8139",
        "virtio",
        "vmxnet3",
    ]
    """Network Card Model. The 'virtio' model provides the best performance with very low CPU overhead. If your guest does not support this driver, it is usually best to use 'e1000'."""

    bridge: str | None = None
    """Bridge to attach the network device to. The Proxmox VE standard bridge
    is called 'vmbr0'.

    If you do not specify a bridge, we create a kvm user (NATed) network
    device, which provides DHCP and DNS services. The following addresses
    are used:

     10.0.2.2   Gateway
     10.0.2.3   DNS Server
     10.0.2.4   SMB Server

    The DHCP server assign addresses to the guest starting from 10.0.2.15.
    Format: ``pve-bridge-id``."""

    firewall: bool | None = None
    """Whether this interface should be protected by the firewall."""

    link_down: bool | None = None
    """Whether this interface should be disconnected (like pulling the plug)."""

    macaddr: str | None = None
    """MAC address. That address must be unique within your network. This is automatically generated if not specified.
    Format: ``mac-addr``."""

    mtu: int | None = None
    """Force MTU of network device (VirtIO only). Setting to '1' or empty will use the bridge MTU
    Range: 1 to 65520."""

    queues: int | None = None
    """Number of packet queues to be used on the device.
    Range: 0 to 64."""

    rate: float | None = None
    """Rate limit in mbps (megabytes per second) as floating point number.
    Range: 0 to inf."""

    tag: int | None = None
    """VLAN tag to apply to packets on this interface.
    Range: 1 to 4094."""

    trunks: str | None = None
    """VLAN trunks to pass through this interface.
    Pattern: ``^(?:\\d+(?:-\\d+)?(?:;\\d+(?:-\\d+)?)*)$``."""


class QemuUnused(PropertyString):
    """Reference to unused volumes. This is used internally, and should not be modified manually.

    Syntax: ``[file=]<volume>``"""

    __pve_default_key__: ClassVar[str | None] = "file"
    __pve_aliases__: ClassVar[dict[str, str]] = {
        "volume": "file",
    }
    __pve_formats__: ClassVar[dict[str, str]] = {
        "file": "pve-volume-id",
    }

    file: str
    """The drive's backing volume.
    Format: ``pve-volume-id``."""


class Replication(PropertyString):
    """For cluster wide replication settings.

    Syntax: ``[type=]<secure|insecure> [,network=<CIDR>]``"""

    __pve_default_key__: ClassVar[str | None] = "type"
    __pve_formats__: ClassVar[dict[str, str]] = {
        "network": "CIDR",
    }

    type: Literal["secure", "insecure"]
    """Replication traffic is encrypted using an SSH tunnel by default. On secure, completely private networks this can be disabled to increase performance.
    Default: ``secure``."""

    network: str | None = None
    """CIDR of the (sub) network that is used for replication jobs.
    Format: ``CIDR``."""


class Rng0(PropertyString):
    """Configure a VirtIO-based Random Number Generator.

    Syntax: ``[source=]</dev/urandom|/dev/random|/dev/hwrng> [,max_bytes=<integer>] [,period=<integer>]``"""

    __pve_default_key__: ClassVar[str | None] = "source"

    source: Literal["/dev/urandom", "/dev/random", "/dev/hwrng"]

    max_bytes: int | None = None

    period: int | None = None


class Rootfs(PropertyString):
    """Use volume as container root.

    Syntax: ``[volume=]<volume> [,acl=<1|0>] [,idmap=<type:container:disk:range-size[;type:container:disk:range-size;...]>] [,mountoptions=<opt[;opt...]>] [,quota=<1|0>] [,replicate=<1|0>] [,ro=<1|0>] [,shared=<1|0>] [,size=<DiskSize>]``"""

    __pve_default_key__: ClassVar[str | None] = "volume"
    __pve_formats__: ClassVar[dict[str, str]] = {
        "size": "disk-size",
    }

    volume: str
    """Volume, device or directory to mount into the container.
    Format: ``pve-lxc-mp-string``."""

    acl: bool | None = None
    """Explicitly enable or disable ACL support."""

    idmap: str | None = None
    """Map specific container UIDs/GIDs to underlying disk UIDs/GIDs for this mount point
    Pattern: ``^(?:^(?:passthrough|[ug]:[0-9]+:[0-9]+:[1-9][0-9]*(?:;[ug]:[0-9]+:[0-9]+:[1-9][0-9]*)*)$)$``."""

    mountoptions: str | None = None
    """Extra mount options for rootfs/mps.
    Pattern: ``^(?:(?:(discard|lazytime|noatime|nodev|noexec|nosuid))(;(?:(discard|lazytime|noatime|nodev|noexec|nosuid)))*)$``."""

    quota: bool | None = None
    """Enable user quotas inside the container (not supported with zfs subvolumes)"""

    replicate: bool | None = None
    """Will include this volume to a storage replica job.
    Default: ``1``."""

    ro: bool | None = None
    """Read-only mount point"""

    shared: bool | None = None
    """Mark this non-volume mount point as available on multiple nodes (see 'nodes')
    Default: ``0``."""

    size: str | None = None
    """Volume size (read only value).
    Format: ``disk-size``."""


class Sata(PropertyString):
    """Use volume as SATA hard disk or CD-ROM (n is 0 to 5). Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume. Use STORAGE_ID:0 and the 'import-from' parameter to import from an existing volume.

    Syntax: ``[file=]<volume> [,aio=<native|threads|io_uring>] [,backup=<1|0>] [,bps=<bps>] [,bps_max_length=<seconds>] [,bps_rd=<bps>] [,bps_rd_max_length=<seconds>] [,bps_wr=<bps>] [,bps_wr_max_length=<seconds>] [,cache=<enum>] [,detect_zeroes=<1|0>] [,discard=<ignore|on>] [,format=<enum>] [,import-from=<source volume>] [,iops=<iops>] [,iops_max=<iops>] [,iops_max_length=<seconds>] [,iops_rd=<iops>] [,iops_rd_max=<iops>] [,iops_rd_max_length=<seconds>] [,iops_wr=<iops>] [,iops_wr_max=<iops>] [,iops_wr_max_length=<seconds>] [,mbps=<mbps>] [,mbps_max=<mbps>] [,mbps_rd=<mbps>] [,mbps_rd_max=<mbps>] [,mbps_wr=<mbps>] [,mbps_wr_max=<mbps>] [,media=<cdrom|disk>] [,replicate=<1|0>] [,rerror=<ignore|report|stop>] [,serial=<serial>] [,shared=<1|0>] [,size=<DiskSize>] [,snapshot=<1|0>] [,ssd=<1|0>] [,werror=<enum>] [,wwn=<wwn>]``"""

    __pve_default_key__: ClassVar[str | None] = "file"
    __pve_aliases__: ClassVar[dict[str, str]] = {
        "bps_rd_length": "bps_rd_max_length",
        "bps_wr_length": "bps_wr_max_length",
        "iops_rd_length": "iops_rd_max_length",
        "iops_wr_length": "iops_wr_max_length",
        "volume": "file",
    }
    __pve_formats__: ClassVar[dict[str, str]] = {
        "file": "pve-volume-id-or-qm-path",
        "import_from": "pve-volume-id-or-absolute-path",
        "serial": "urlencoded",
        "size": "disk-size",
    }

    file: str
    """The drive's backing volume.
    Format: ``pve-volume-id-or-qm-path``."""

    aio: Literal["native", "threads", "io_uring"] | None = None
    """AIO type to use."""

    backup: bool | None = None
    """Whether the drive should be included when making backups."""

    bps: int | None = None
    """Maximum r/w speed in bytes per second."""

    bps_max_length: int | None = None
    """Maximum length of I/O bursts in seconds.
    Range: 1 to inf."""

    bps_rd: int | None = None
    """Maximum read speed in bytes per second."""

    bps_rd_max_length: int | None = None
    """Maximum length of read I/O bursts in seconds.
    Range: 1 to inf."""

    bps_wr: int | None = None
    """Maximum write speed in bytes per second."""

    bps_wr_max_length: int | None = None
    """Maximum length of write I/O bursts in seconds.
    Range: 1 to inf."""

    cache: Literal["none", "writethrough", "writeback", "unsafe", "directsync"] | None = None
    """The drive's cache mode"""

    detect_zeroes: bool | None = None
    """Controls whether to detect and try to optimize writes of zeroes."""

    discard: Literal["ignore", "on"] | None = None
    """Controls whether to pass discard/trim requests to the underlying storage."""

    format: Literal["raw", "qcow", "qed", "qcow2", "vmdk", "cloop"] | None = None
    """The drive's backing file's data format."""

    import_from: str | None = Field(default=None, alias="import-from")
    """Create a new disk, importing from this source (volume ID or absolute path). When an absolute path is specified, it's up to you to ensure that the source is not actively used by another process during the import!
    Format: ``pve-volume-id-or-absolute-path``."""

    iops: int | None = None
    """Maximum r/w I/O in operations per second."""

    iops_max: int | None = None
    """Maximum unthrottled r/w I/O pool in operations per second."""

    iops_max_length: int | None = None
    """Maximum length of I/O bursts in seconds.
    Range: 1 to inf."""

    iops_rd: int | None = None
    """Maximum read I/O in operations per second."""

    iops_rd_max: int | None = None
    """Maximum unthrottled read I/O pool in operations per second."""

    iops_rd_max_length: int | None = None
    """Maximum length of read I/O bursts in seconds.
    Range: 1 to inf."""

    iops_wr: int | None = None
    """Maximum write I/O in operations per second."""

    iops_wr_max: int | None = None
    """Maximum unthrottled write I/O pool in operations per second."""

    iops_wr_max_length: int | None = None
    """Maximum length of write I/O bursts in seconds.
    Range: 1 to inf."""

    mbps: float | None = None
    """Maximum r/w speed in megabytes per second."""

    mbps_max: float | None = None
    """Maximum unthrottled r/w pool in megabytes per second."""

    mbps_rd: float | None = None
    """Maximum read speed in megabytes per second."""

    mbps_rd_max: float | None = None
    """Maximum unthrottled read pool in megabytes per second."""

    mbps_wr: float | None = None
    """Maximum write speed in megabytes per second."""

    mbps_wr_max: float | None = None
    """Maximum unthrottled write pool in megabytes per second."""

    media: Literal["cdrom", "disk"] | None = None
    """The drive's media type.
    Default: ``disk``."""

    replicate: bool | None = None
    """Whether the drive should considered for replication jobs.
    Default: ``1``."""

    rerror: Literal["ignore", "report", "stop"] | None = None
    """Read error action."""

    serial: str | None = None
    """The drive's reported serial number, url-encoded, up to 20 bytes long.
    Length: 0 to 60.
    Format: ``urlencoded``.
    Pass plain text: pvesdk percent-encodes it as Proxmox expects."""

    shared: bool | None = None
    """Mark this locally-managed volume as available on all nodes
    Default: ``0``."""

    size: str | None = None
    """Disk size. This is purely informational and has no effect.
    Format: ``disk-size``."""

    snapshot: bool | None = None
    """Controls qemu's snapshot mode feature. If activated, changes made to the disk are temporary and will be discarded when the VM is shutdown."""

    ssd: bool | None = None
    """Whether to expose this drive as an SSD, rather than a rotational hard disk."""

    werror: Literal["enospc", "ignore", "report", "stop"] | None = None
    """Write error action."""

    wwn: str | None = None
    """The drive's worldwide name, encoded as 16 bytes hex string, prefixed by '0x'.
    Pattern: ``^(?:^(0x)[0-9a-fA-F]{16})$``."""


class Scsi(PropertyString):
    """Use volume as SCSI hard disk or CD-ROM (n is 0 to 30). Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume. Use STORAGE_ID:0 and the 'import-from' parameter to import from an existing volume.

    Syntax: ``[file=]<volume> [,aio=<native|threads|io_uring>] [,backup=<1|0>] [,bps=<bps>] [,bps_max_length=<seconds>] [,bps_rd=<bps>] [,bps_rd_max_length=<seconds>] [,bps_wr=<bps>] [,bps_wr_max_length=<seconds>] [,cache=<enum>] [,detect_zeroes=<1|0>] [,discard=<ignore|on>] [,format=<enum>] [,import-from=<source volume>] [,iops=<iops>] [,iops_max=<iops>] [,iops_max_length=<seconds>] [,iops_rd=<iops>] [,iops_rd_max=<iops>] [,iops_rd_max_length=<seconds>] [,iops_wr=<iops>] [,iops_wr_max=<iops>] [,iops_wr_max_length=<seconds>] [,iothread=<1|0>] [,mbps=<mbps>] [,mbps_max=<mbps>] [,mbps_rd=<mbps>] [,mbps_rd_max=<mbps>] [,mbps_wr=<mbps>] [,mbps_wr_max=<mbps>] [,media=<cdrom|disk>] [,product=<product>] [,queues=<integer>] [,replicate=<1|0>] [,rerror=<ignore|report|stop>] [,ro=<1|0>] [,scsiblock=<1|0>] [,serial=<serial>] [,shared=<1|0>] [,size=<DiskSize>] [,snapshot=<1|0>] [,ssd=<1|0>] [,vendor=<vendor>] [,werror=<enum>] [,wwn=<wwn>]``"""

    __pve_default_key__: ClassVar[str | None] = "file"
    __pve_aliases__: ClassVar[dict[str, str]] = {
        "bps_rd_length": "bps_rd_max_length",
        "bps_wr_length": "bps_wr_max_length",
        "iops_rd_length": "iops_rd_max_length",
        "iops_wr_length": "iops_wr_max_length",
        "volume": "file",
    }
    __pve_formats__: ClassVar[dict[str, str]] = {
        "file": "pve-volume-id-or-qm-path",
        "import_from": "pve-volume-id-or-absolute-path",
        "serial": "urlencoded",
        "size": "disk-size",
    }

    file: str
    """The drive's backing volume.
    Format: ``pve-volume-id-or-qm-path``."""

    aio: Literal["native", "threads", "io_uring"] | None = None
    """AIO type to use."""

    backup: bool | None = None
    """Whether the drive should be included when making backups."""

    bps: int | None = None
    """Maximum r/w speed in bytes per second."""

    bps_max_length: int | None = None
    """Maximum length of I/O bursts in seconds.
    Range: 1 to inf."""

    bps_rd: int | None = None
    """Maximum read speed in bytes per second."""

    bps_rd_max_length: int | None = None
    """Maximum length of read I/O bursts in seconds.
    Range: 1 to inf."""

    bps_wr: int | None = None
    """Maximum write speed in bytes per second."""

    bps_wr_max_length: int | None = None
    """Maximum length of write I/O bursts in seconds.
    Range: 1 to inf."""

    cache: Literal["none", "writethrough", "writeback", "unsafe", "directsync"] | None = None
    """The drive's cache mode"""

    detect_zeroes: bool | None = None
    """Controls whether to detect and try to optimize writes of zeroes."""

    discard: Literal["ignore", "on"] | None = None
    """Controls whether to pass discard/trim requests to the underlying storage."""

    format: Literal["raw", "qcow", "qed", "qcow2", "vmdk", "cloop"] | None = None
    """The drive's backing file's data format."""

    import_from: str | None = Field(default=None, alias="import-from")
    """Create a new disk, importing from this source (volume ID or absolute path). When an absolute path is specified, it's up to you to ensure that the source is not actively used by another process during the import!
    Format: ``pve-volume-id-or-absolute-path``."""

    iops: int | None = None
    """Maximum r/w I/O in operations per second."""

    iops_max: int | None = None
    """Maximum unthrottled r/w I/O pool in operations per second."""

    iops_max_length: int | None = None
    """Maximum length of I/O bursts in seconds.
    Range: 1 to inf."""

    iops_rd: int | None = None
    """Maximum read I/O in operations per second."""

    iops_rd_max: int | None = None
    """Maximum unthrottled read I/O pool in operations per second."""

    iops_rd_max_length: int | None = None
    """Maximum length of read I/O bursts in seconds.
    Range: 1 to inf."""

    iops_wr: int | None = None
    """Maximum write I/O in operations per second."""

    iops_wr_max: int | None = None
    """Maximum unthrottled write I/O pool in operations per second."""

    iops_wr_max_length: int | None = None
    """Maximum length of write I/O bursts in seconds.
    Range: 1 to inf."""

    iothread: bool | None = None
    """Whether to use iothreads for this drive"""

    mbps: float | None = None
    """Maximum r/w speed in megabytes per second."""

    mbps_max: float | None = None
    """Maximum unthrottled r/w pool in megabytes per second."""

    mbps_rd: float | None = None
    """Maximum read speed in megabytes per second."""

    mbps_rd_max: float | None = None
    """Maximum unthrottled read pool in megabytes per second."""

    mbps_wr: float | None = None
    """Maximum write speed in megabytes per second."""

    mbps_wr_max: float | None = None
    """Maximum unthrottled write pool in megabytes per second."""

    media: Literal["cdrom", "disk"] | None = None
    """The drive's media type.
    Default: ``disk``."""

    product: str | None = None
    """The drive's product name, up to 16 bytes long.
    Pattern: ``^[A-Za-z0-9\\-_\\s]{,16}$``."""

    queues: int | None = None
    """Number of queues.
    Range: 2 to inf."""

    replicate: bool | None = None
    """Whether the drive should considered for replication jobs.
    Default: ``1``."""

    rerror: Literal["ignore", "report", "stop"] | None = None
    """Read error action."""

    ro: bool | None = None
    """Whether the drive is read-only."""

    scsiblock: bool | None = None
    """whether to use scsi-block for full passthrough of host block device

    WARNING: can lead to I/O errors in combination with low memory or high memory fragmentation on host
    Default: ``0``."""

    serial: str | None = None
    """The drive's reported serial number, url-encoded, up to 20 bytes long.
    Length: 0 to 60.
    Format: ``urlencoded``.
    Pass plain text: pvesdk percent-encodes it as Proxmox expects."""

    shared: bool | None = None
    """Mark this locally-managed volume as available on all nodes
    Default: ``0``."""

    size: str | None = None
    """Disk size. This is purely informational and has no effect.
    Format: ``disk-size``."""

    snapshot: bool | None = None
    """Controls qemu's snapshot mode feature. If activated, changes made to the disk are temporary and will be discarded when the VM is shutdown."""

    ssd: bool | None = None
    """Whether to expose this drive as an SSD, rather than a rotational hard disk."""

    vendor: str | None = None
    """The drive's vendor name, up to 8 bytes long.
    Pattern: ``^[A-Za-z0-9\\-_\\s]{,8}$``."""

    werror: Literal["enospc", "ignore", "report", "stop"] | None = None
    """Write error action."""

    wwn: str | None = None
    """The drive's worldwide name, encoded as 16 bytes hex string, prefixed by '0x'.
    Pattern: ``^(?:^(0x)[0-9a-fA-F]{16})$``."""


class Set(PropertyString):
    """Property string ``Set``."""

    __pve_required__: ClassVar[tuple[str, ...]] = ("key",)

    key: Literal[
        "ip-next-hop-peer-address",
        "ip-next-hop",
        "ip-next-hop-unchanged",
        "ip6-next-hop-peer-address",
        "ip6-next-hop-prefer-global",
        "ip6-next-hop",
        "local-preference",
        "tag",
        "weight",
        "metric",
        "src",
    ]

    value: str | None = None
    """Value that the field <key> should be set to."""


class Smbios1(PropertyString):
    """Specify SMBIOS type 1 fields.

    Syntax: ``[base64=<1|0>] [,family=<Base64 encoded string>] [,manufacturer=<Base64 encoded string>] [,product=<Base64 encoded string>] [,serial=<Base64 encoded string>] [,sku=<Base64 encoded string>] [,uuid=<UUID>] [,version=<Base64 encoded string>]``"""

    base64: bool | None = None

    family: str | None = None
    """Base64 encoded string"""

    manufacturer: str | None = None
    """Base64 encoded string"""

    product: str | None = None
    """Base64 encoded string"""

    serial: str | None = None
    """Base64 encoded string"""

    sku: str | None = None
    """Base64 encoded string"""

    uuid: str | None = None
    """UUID"""

    version: str | None = None
    """Base64 encoded string"""


class SpiceEnhancements(PropertyString):
    """Configure additional enhancements for SPICE.

    Syntax: ``[foldersharing=<1|0>] [,videostreaming=<off|all|filter>]``"""

    foldersharing: bool | None = None
    """Enable folder sharing via SPICE. Needs Spice-WebDAV daemon installed in the VM.
    Default: 0."""

    videostreaming: Literal["off", "all", "filter"] | None = None
    """Enable video streaming. Uses compression for detected video streams.
    Default: ``off``."""


class Startup(PropertyString):
    """Startup and shutdown behavior. Order is a non-negative number defining the general startup order. Shutdown in done with reverse ordering. Additionally you can set the 'up' or 'down' delay in seconds, which specifies a delay to wait before the next VM is started or stopped.

    Syntax: ``[[order=]\\d+] [,up=\\d+] [,down=\\d+]``"""

    __pve_default_key__: ClassVar[str | None] = "order"

    down: str | None = None
    """\\d+"""

    order: str | None = None
    """\\d+"""

    up: str | None = None
    """\\d+"""


class SyncDefaultsOptions(PropertyString):
    """The default options for behavior of synchronizations.

    Syntax: ``[enable-new=<1|0>] [,full=<1|0>] [,purge=<1|0>] [,remove-vanished=([acl];[properties];[entry])|none] [,scope=<users|groups|both>]``"""

    enable_new: bool | None = Field(default=None, alias="enable-new")

    full: bool | None = None

    purge: bool | None = None

    remove_vanished: str | None = Field(default=None, alias="remove-vanished")
    """([acl"""

    scope: Literal["users", "groups", "both"] | None = None


class TagStyle(PropertyString):
    """Tag style options.

    Syntax: ``[case-sensitive=<1|0>] [,color-map=<tag>:<hex-color>[:<hex-color-for-text>][;<tag>=...]] [,ordering=<config|alphabetical>] [,shape=<enum>]``"""

    case_sensitive: bool | None = Field(default=None, alias="case-sensitive")
    """Controls if filtering for unique tags on update should check case-sensitive.
    Default: ``0``."""

    color_map: str | None = Field(default=None, alias="color-map")
    """Manual color mapping for tags (semicolon separated).
    Pattern: ``^(?:(?i:[a-z0-9_][a-z0-9_\\-\\+\\.]*):[0-9a-fA-F]{6}(?::[0-9a-fA-F]{6})?)(?:;(?:(?i:[a-z0-9_][a-z0-9_\\-\\+\\.]*):[0-9a-fA-F]{6}(?::[0-9a-fA-F]{6})?))*$``."""

    ordering: Literal["config", "alphabetical"] | None = None
    """Controls the sorting of the tags in the web-interface and the API update.
    Default: ``alphabetical``."""

    shape: Literal["full", "circle", "dense", "none"] | None = None
    """Tag shape for the web ui tree. 'full' draws the full tag. 'circle' draws only a circle with the background color. 'dense' only draws a small rectancle (useful when many tags are assigned to each guest).'none' disables showing the tags.
    Default: ``circle``."""


class TargetEndpoint(PropertyString):
    """Remote target endpoint

    Syntax: ``apitoken=<PVEAPIToken=user@realm!token=SECRET> ,host=<ADDRESS> [,fingerprint=<FINGERPRINT>] [,port=<PORT>]``"""

    __pve_required__: ClassVar[tuple[str, ...]] = (
        "apitoken",
        "host",
    )

    apitoken: str
    """PVEAPIToken=user@realm!token=SECRET"""

    host: str
    """ADDRESS"""

    fingerprint: str | None = None
    """FINGERPRINT"""

    port: str | None = None
    """PORT"""


class Tfa(PropertyString):
    """Use Two-factor authentication.

    Syntax: ``type=<TFATYPE> [,digits=<COUNT>] [,id=<ID>] [,key=<KEY>] [,step=<SECONDS>] [,url=<URL>]``"""

    __pve_required__: ClassVar[tuple[str, ...]] = ("type",)

    type: str
    """TFATYPE"""

    digits: str | None = None
    """COUNT"""

    id: str | None = None
    """ID"""

    key: str | None = None
    """KEY"""

    step: str | None = None
    """SECONDS"""

    url: str | None = None
    """URL"""


class Tpmstate0(PropertyString):
    """Configure a Disk for storing TPM state. The format is fixed to 'raw'. Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume. Note that SIZE_IN_GiB is ignored here and 4 MiB will be used instead. Use STORAGE_ID:0 and the 'import-from' parameter to import from an existing volume.

    Syntax: ``[file=]<volume> [,format=<raw|qcow2|vmdk>] [,import-from=<source volume>] [,size=<DiskSize>] [,version=<v1.2|v2.0>]``"""

    __pve_default_key__: ClassVar[str | None] = "file"
    __pve_aliases__: ClassVar[dict[str, str]] = {
        "volume": "file",
    }
    __pve_formats__: ClassVar[dict[str, str]] = {
        "file": "pve-volume-id-or-qm-path",
        "import_from": "pve-volume-id-or-absolute-path",
        "size": "disk-size",
    }

    file: str
    """The drive's backing volume.
    Format: ``pve-volume-id-or-qm-path``."""

    format: Literal["raw", "qcow2", "vmdk"] | None = None
    """Format of the image."""

    import_from: str | None = Field(default=None, alias="import-from")
    """Create a new disk, importing from this source (volume ID or absolute path). When an absolute path is specified, it's up to you to ensure that the source is not actively used by another process during the import!
    Format: ``pve-volume-id-or-absolute-path``."""

    size: str | None = None
    """Disk size. This is purely informational and has no effect.
    Format: ``disk-size``."""

    version: Literal["v1.2", "v2.0"] | None = None
    """The TPM interface version. v2.0 is newer and should be preferred. Note that this cannot be changed later on.
    Default: ``v1.2``."""


class U2f(PropertyString):
    """u2f

    Syntax: ``[appid=<APPID>] [,origin=<URL>]``"""

    appid: str | None = None
    """U2F AppId URL override. Defaults to the origin."""

    origin: str | None = None
    """U2F Origin override. Mostly useful for single nodes with a single URL."""


class Usb(PropertyString):
    """Configure an USB device (n is 0 to 4, for machine version >= 7.1 and ostype l26 or windows > 7, n can be up to 14).

    Syntax: ``[[host=]<HOSTUSBDEVICE|spice>] [,mapping=<mapping-id>] [,usb3=<1|0>]``"""

    __pve_default_key__: ClassVar[str | None] = "host"

    host: str | None = None
    """The Host USB device or port or the value 'spice'. HOSTUSBDEVICE syntax is:

     'bus-port(.port)*' (decimal numbers) or
     'vendor_id:product_id' (hexadecimal numbers) or
     'spice'

    You can use the 'lsusb -t' command to list existing usb devices.

    NOTE: This option allows direct access to host hardware. So it is no longer possible to migrate such
    machines - use with special care.

    The value 'spice' can be used to add a usb redirection devices for spice.

    Either this or the 'mapping' key must be set.
    Pattern: ``^(?:(?:(?:(?:(0x)?([0-9A-Fa-f]{4}):(0x)?([0-9A-Fa-f]{4})))|(?:(?:(\\d+)\\-(\\d+(\\.\\d+)*)))|[Ss][Pp][Ii][Cc][Ee]))$``."""

    mapping: str | None = None
    """The ID of a cluster wide mapping. Either this or the default-key 'host' must be set.
    Format: ``pve-configid``."""

    usb3: bool | None = None
    """Specifies whether if given host option is a USB3 device or port. For modern guests (machine version >= 7.1 and ostype l26 and windows > 7), this flag is irrelevant (all devices are plugged into a xhci controller).
    Default: ``0``."""


class UsbMap(PropertyString):
    """Property string ``UsbMap``."""

    __pve_required__: ClassVar[tuple[str, ...]] = (
        "id",
        "node",
    )

    id: str
    """The vendor and device ID that is expected. If a USB path is given, it is only used for detecting hardware changes
    Pattern: ``^(?:^[0-9A-Fa-f]{4}:[0-9A-Fa-f]{4}$)$``."""

    node: str
    """The cluster node name.
    Format: ``pve-node``."""

    description: str | None = None
    """Description of the node specific device.
    Length: 0 to 4096."""

    path: str | None = None
    """The path to the usb device.
    Pattern: ``^(?:^(\\d+)\\-(\\d+(\\.\\d+)*)$)$``."""


class UserTagAccess(PropertyString):
    """Privilege options for user-settable tags

    Syntax: ``[user-allow=<enum>] [,user-allow-list=<tag>[;<tag>...]]``"""

    user_allow: Literal["none", "list", "existing", "free"] | None = Field(
        default=None, alias="user-allow"
    )
    """Controls tag usage for users without `Sys.Modify` on `/` by either allowing `none`, a `list`, already `existing` or anything (`free`).
    Default: ``free``."""

    user_allow_list: str | None = Field(default=None, alias="user-allow-list")
    """List of tags users are allowed to set and delete (semicolon separated) for 'user-allow' values 'list' and 'existing'.
    Pattern: ``^(?i:[a-z0-9_][a-z0-9_\\-\\+\\.]*)(?:;(?i:[a-z0-9_][a-z0-9_\\-\\+\\.]*))*$``."""


class Vga(PropertyString):
    """Configure the VGA hardware.

    Syntax: ``[[type=]<enum>] [,clipboard=<vnc>] [,memory=<integer>]``"""

    __pve_default_key__: ClassVar[str | None] = "type"

    clipboard: Literal["vnc"] | None = None
    """Enable a specific clipboard. If not set, depending on the display type the SPICE one will be added. Live migration with a VNC clipboard is not possible with QEMU machine version < 10.1."""

    memory: int | None = None
    """Sets the VGA memory (in MiB). Has no effect with serial display.
    Range: 4 to 512."""

    type: (
        Literal[
            "cirrus",
            "qxl",
            "qxl2",
            "qxl3",
            "qxl4",
            "none",
            "serial0",
            "serial1",
            "serial2",
            "serial3",
            "std",
            "virtio",
            "virtio-gl",
            "vmware",
        ]
        | None
    ) = None
    """Select the VGA type. Using type 'cirrus' is not recommended.
    Default: ``std``."""


class Virtio(PropertyString):
    """Use volume as VIRTIO hard disk (n is 0 to 15). Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume. Use STORAGE_ID:0 and the 'import-from' parameter to import from an existing volume.

    Syntax: ``[file=]<volume> [,aio=<native|threads|io_uring>] [,backup=<1|0>] [,bps=<bps>] [,bps_max_length=<seconds>] [,bps_rd=<bps>] [,bps_rd_max_length=<seconds>] [,bps_wr=<bps>] [,bps_wr_max_length=<seconds>] [,cache=<enum>] [,detect_zeroes=<1|0>] [,discard=<ignore|on>] [,format=<enum>] [,import-from=<source volume>] [,iops=<iops>] [,iops_max=<iops>] [,iops_max_length=<seconds>] [,iops_rd=<iops>] [,iops_rd_max=<iops>] [,iops_rd_max_length=<seconds>] [,iops_wr=<iops>] [,iops_wr_max=<iops>] [,iops_wr_max_length=<seconds>] [,iothread=<1|0>] [,mbps=<mbps>] [,mbps_max=<mbps>] [,mbps_rd=<mbps>] [,mbps_rd_max=<mbps>] [,mbps_wr=<mbps>] [,mbps_wr_max=<mbps>] [,media=<cdrom|disk>] [,replicate=<1|0>] [,rerror=<ignore|report|stop>] [,ro=<1|0>] [,serial=<serial>] [,shared=<1|0>] [,size=<DiskSize>] [,snapshot=<1|0>] [,werror=<enum>]``"""

    __pve_default_key__: ClassVar[str | None] = "file"
    __pve_aliases__: ClassVar[dict[str, str]] = {
        "bps_rd_length": "bps_rd_max_length",
        "bps_wr_length": "bps_wr_max_length",
        "iops_rd_length": "iops_rd_max_length",
        "iops_wr_length": "iops_wr_max_length",
        "volume": "file",
    }
    __pve_formats__: ClassVar[dict[str, str]] = {
        "file": "pve-volume-id-or-qm-path",
        "import_from": "pve-volume-id-or-absolute-path",
        "serial": "urlencoded",
        "size": "disk-size",
    }

    file: str
    """The drive's backing volume.
    Format: ``pve-volume-id-or-qm-path``."""

    aio: Literal["native", "threads", "io_uring"] | None = None
    """AIO type to use."""

    backup: bool | None = None
    """Whether the drive should be included when making backups."""

    bps: int | None = None
    """Maximum r/w speed in bytes per second."""

    bps_max_length: int | None = None
    """Maximum length of I/O bursts in seconds.
    Range: 1 to inf."""

    bps_rd: int | None = None
    """Maximum read speed in bytes per second."""

    bps_rd_max_length: int | None = None
    """Maximum length of read I/O bursts in seconds.
    Range: 1 to inf."""

    bps_wr: int | None = None
    """Maximum write speed in bytes per second."""

    bps_wr_max_length: int | None = None
    """Maximum length of write I/O bursts in seconds.
    Range: 1 to inf."""

    cache: Literal["none", "writethrough", "writeback", "unsafe", "directsync"] | None = None
    """The drive's cache mode"""

    detect_zeroes: bool | None = None
    """Controls whether to detect and try to optimize writes of zeroes."""

    discard: Literal["ignore", "on"] | None = None
    """Controls whether to pass discard/trim requests to the underlying storage."""

    format: Literal["raw", "qcow", "qed", "qcow2", "vmdk", "cloop"] | None = None
    """The drive's backing file's data format."""

    import_from: str | None = Field(default=None, alias="import-from")
    """Create a new disk, importing from this source (volume ID or absolute path). When an absolute path is specified, it's up to you to ensure that the source is not actively used by another process during the import!
    Format: ``pve-volume-id-or-absolute-path``."""

    iops: int | None = None
    """Maximum r/w I/O in operations per second."""

    iops_max: int | None = None
    """Maximum unthrottled r/w I/O pool in operations per second."""

    iops_max_length: int | None = None
    """Maximum length of I/O bursts in seconds.
    Range: 1 to inf."""

    iops_rd: int | None = None
    """Maximum read I/O in operations per second."""

    iops_rd_max: int | None = None
    """Maximum unthrottled read I/O pool in operations per second."""

    iops_rd_max_length: int | None = None
    """Maximum length of read I/O bursts in seconds.
    Range: 1 to inf."""

    iops_wr: int | None = None
    """Maximum write I/O in operations per second."""

    iops_wr_max: int | None = None
    """Maximum unthrottled write I/O pool in operations per second."""

    iops_wr_max_length: int | None = None
    """Maximum length of write I/O bursts in seconds.
    Range: 1 to inf."""

    iothread: bool | None = None
    """Whether to use iothreads for this drive"""

    mbps: float | None = None
    """Maximum r/w speed in megabytes per second."""

    mbps_max: float | None = None
    """Maximum unthrottled r/w pool in megabytes per second."""

    mbps_rd: float | None = None
    """Maximum read speed in megabytes per second."""

    mbps_rd_max: float | None = None
    """Maximum unthrottled read pool in megabytes per second."""

    mbps_wr: float | None = None
    """Maximum write speed in megabytes per second."""

    mbps_wr_max: float | None = None
    """Maximum unthrottled write pool in megabytes per second."""

    media: Literal["cdrom", "disk"] | None = None
    """The drive's media type.
    Default: ``disk``."""

    replicate: bool | None = None
    """Whether the drive should considered for replication jobs.
    Default: ``1``."""

    rerror: Literal["ignore", "report", "stop"] | None = None
    """Read error action."""

    ro: bool | None = None
    """Whether the drive is read-only."""

    serial: str | None = None
    """The drive's reported serial number, url-encoded, up to 20 bytes long.
    Length: 0 to 60.
    Format: ``urlencoded``.
    Pass plain text: pvesdk percent-encodes it as Proxmox expects."""

    shared: bool | None = None
    """Mark this locally-managed volume as available on all nodes
    Default: ``0``."""

    size: str | None = None
    """Disk size. This is purely informational and has no effect.
    Format: ``disk-size``."""

    snapshot: bool | None = None
    """Controls qemu's snapshot mode feature. If activated, changes made to the disk are temporary and will be discarded when the VM is shutdown."""

    werror: Literal["enospc", "ignore", "report", "stop"] | None = None
    """Write error action."""


class Virtiofs(PropertyString):
    """Configuration for sharing a directory between host and guest using Virtio-fs.

    Syntax: ``[dirid=]<mapping-id> [,cache=<enum>] [,direct-io=<1|0>] [,expose-acl=<1|0>] [,expose-xattr=<1|0>]``"""

    __pve_default_key__: ClassVar[str | None] = "dirid"

    dirid: str
    """Mapping identifier of the directory mapping to be shared with the guest. Also used as a mount tag inside the VM.
    Format: ``pve-configid``."""

    cache: Literal["auto", "always", "metadata", "never"] | None = None
    """The caching policy the file system should use (auto, always, metadata, never).
    Default: ``auto``."""

    direct_io: bool | None = Field(default=None, alias="direct-io")
    """Honor the O_DIRECT flag passed down by guest applications.
    Default: ``0``."""

    expose_acl: bool | None = Field(default=None, alias="expose-acl")
    """Enable support for POSIX ACLs (enabled ACL implies xattr) for this mount.
    Default: ``0``."""

    expose_xattr: bool | None = Field(default=None, alias="expose-xattr")
    """Enable support for extended attributes for this mount.
    Default: ``0``."""


class Wakeonlan(PropertyString):
    """Node specific wake on LAN settings.

    Syntax: ``[mac=]<MAC address> [,bind-interface=<bind interface>] [,broadcast-address=<IPv4 broadcast address>]``"""

    __pve_default_key__: ClassVar[str | None] = "mac"
    __pve_formats__: ClassVar[dict[str, str]] = {
        "broadcast_address": "ipv4",
        "mac": "mac-addr",
    }

    mac: str
    """MAC address for wake on LAN
    Format: ``mac-addr``."""

    bind_interface: str | None = Field(default=None, alias="bind-interface")
    """Bind to this interface when sending wake on LAN packet
    Format: ``pve-iface``.
    Default: ``The interface carrying the default route``."""

    broadcast_address: str | None = Field(default=None, alias="broadcast-address")
    """IPv4 broadcast address to use when sending wake on LAN packet
    Format: ``ipv4``.
    Default: ``255.255.255.255``."""


class Watchdog(PropertyString):
    """Create a virtual hardware watchdog device.

    Syntax: ``[[model=]<i6300esb|ib700>] [,action=<enum>]``"""

    __pve_default_key__: ClassVar[str | None] = "model"

    action: str | None = None
    """enum"""

    model: Literal["i6300esb", "ib700"] | None = None


class Webauthn(PropertyString):
    """webauthn configuration

    Syntax: ``[allow-subdomains=<1|0>] [,id=<DOMAINNAME>] [,origin=<URL>] [,rp=<RELYING_PARTY>]``"""

    allow_subdomains: bool | None = Field(default=None, alias="allow-subdomains")
    """Whether to allow the origin to be a subdomain, rather than the exact URL.
    Default: ``1``."""

    id: str | None = None
    """Relying party ID. Must be the domain name without protocol, port or location. Changing this *will* break existing credentials."""

    origin: str | None = None
    """Site origin. Must be a `https://` URL (or `http://localhost`). Should contain the address users type in their browsers to access the web interface. Changing this *may* break existing credentials."""

    rp: str | None = None
    """Relying party name. Any text identifier. Changing this *may* break existing credentials."""
