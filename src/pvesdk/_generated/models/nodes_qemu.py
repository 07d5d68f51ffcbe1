# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``nodes_qemu``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import Field

from pvesdk._model import PveModel
from pvesdk.indexed import IndexedMap

from ..propstr import (
    Agent,
    AmdSev,
    Audio0,
    Boot,
    Cicustom,
    Cpu,
    Efidisk0,
    Hostpci,
    Ide,
    IntelTdx,
    Ipconfig,
    Ivshmem,
    Machine,
    Memory,
    Numa,
    QemuNet,
    QemuUnused,
    Rng0,
    Sata,
    Scsi,
    Smbios1,
    SpiceEnhancements,
    Startup,
    Tpmstate0,
    Usb,
    Vga,
    Virtio,
    Virtiofs,
    Watchdog,
)

__all__ = [
    "NodesNodeQemuGetResultItem",
    "NodesNodeQemuVmidGetResultItem",
    "NodesNodeQemuVmidSnapshotGetResultItem",
    "NodesQemuCloudinitGetResultItem",
    "NodesQemuConfigGetResult",
    "NodesQemuFeatureGetResult",
    "NodesQemuMigrateGetResult",
    "NodesQemuMigrateGetResultLocalDisksItem",
    "NodesQemuMigrateGetResultNotAllowedNodes",
    "NodesQemuMigrateGetResultNotAllowedNodesBlockingHaResourcesItem",
    "NodesQemuMtunnelPostResult",
    "NodesQemuMtunnelwebsocketGetResult",
    "NodesQemuPendingGetResultItem",
    "NodesQemuRrdGetResult",
    "NodesQemuSpiceproxyPostResult",
    "NodesQemuTermproxyPostResult",
    "NodesQemuVncproxyPostResult",
    "NodesQemuVncwebsocketGetResult",
]


class NodesNodeQemuGetResultItem(PveModel):
    """Result object ``NodesNodeQemuGetResultItem``."""

    status: Literal["stopped", "running"] | str
    """QEMU process status."""

    vmid: int
    """The (unique) ID of the VM."""

    cpu: float | None = None
    """Current CPU usage."""

    cpus: float | None = None
    """Maximum usable CPUs."""

    diskread: int | None = None
    """The amount of bytes the guest read from it's block devices since the guest was started. (Note: This info is not available for all storage types.)"""

    diskwrite: int | None = None
    """The amount of bytes the guest wrote from it's block devices since the guest was started. (Note: This info is not available for all storage types.)"""

    lock: str | None = None
    """The current config lock, if any."""

    maxdisk: int | None = None
    """Root disk size in bytes."""

    maxmem: int | None = None
    """Maximum memory in bytes."""

    mem: int | None = None
    """Currently used memory in bytes. Does not take into account kernel same-page merging (KSM). Uses information from ballooning when available."""

    memhost: int | None = None
    """Current memory usage on the host. Does not take into account kernel same-page merging (KSM)."""

    name: str | None = None
    """VM (host)name."""

    netin: int | None = None
    """The amount of traffic in bytes that was sent to the guest over the network since it was started."""

    netout: int | None = None
    """The amount of traffic in bytes that was sent from the guest over the network since it was started."""

    pid: int | None = None
    """PID of the QEMU process, if the VM is running."""

    pressurecpufull: float | None = None
    """CPU Full pressure stall average over the last 10 seconds."""

    pressurecpusome: float | None = None
    """CPU Some pressure stall average over the last 10 seconds."""

    pressureiofull: float | None = None
    """IO Full pressure stall average over the last 10 seconds."""

    pressureiosome: float | None = None
    """IO Some pressure stall average over the last 10 seconds."""

    pressurememoryfull: float | None = None
    """Memory Full pressure stall average over the last 10 seconds."""

    pressurememorysome: float | None = None
    """Memory Some pressure stall average over the last 10 seconds."""

    qmpstatus: str | None = None
    """VM run state from the 'query-status' QMP monitor command."""

    running_machine: str | None = Field(default=None, alias="running-machine")
    """The currently running machine type (if running)."""

    running_qemu: str | None = Field(default=None, alias="running-qemu")
    """The QEMU version the VM is currently using (if running)."""

    serial: bool | None = None
    """Guest has serial device configured."""

    tags: str | None = None
    """The current configured tags, if any"""

    template: bool | None = None
    """Determines if the guest is a template."""

    uptime: int | None = None
    """Uptime in seconds."""


class NodesNodeQemuVmidGetResultItem(PveModel):
    """Result object ``NodesNodeQemuVmidGetResultItem``."""

    subdir: str


class NodesQemuCloudinitGetResultItem(PveModel):
    """Result object ``NodesQemuCloudinitGetResultItem``."""

    key: str
    """Configuration option name."""

    delete: int | None = None
    """Indicates a pending delete request if present and not 0."""

    pending: str | None = None
    """The new pending value."""

    value: str | None = None
    """Value as it was used to generate the current cloudinit image."""


class NodesQemuConfigGetResult(PveModel):
    """The VM configuration."""

    __pve_families__: ClassVar[dict[str, tuple[str, int, int]]] = {
        "hostpci": ("hostpci", 0, 15),
        "ide": ("ide", 0, 3),
        "ipconfig": ("ipconfig", 0, 31),
        "net": ("net", 0, 31),
        "numa_n": ("numa", 0, 7),
        "parallel": ("parallel", 0, 2),
        "sata": ("sata", 0, 5),
        "scsi": ("scsi", 0, 30),
        "serial": ("serial", 0, 3),
        "unused": ("unused", 0, 255),
        "usb": ("usb", 0, 13),
        "virtio": ("virtio", 0, 15),
        "virtiofs": ("virtiofs", 0, 9),
    }

    __pve_urlencoded__: ClassVar[frozenset[str]] = frozenset({"sshkeys"})

    digest: str
    """SHA1 digest of configuration file. This can be used to prevent concurrent modifications."""

    acpi: bool | None = None
    """Enable/disable ACPI."""

    affinity: str | None = None
    """List of host cores used to execute guest processes, for example: 0,5,8-11"""

    agent: Agent | None = None
    """Enable/disable communication with the QEMU Guest Agent and its properties."""

    allow_ksm: bool | None = Field(default=None, alias="allow-ksm")
    """Allow memory pages of this guest to be merged via KSM (Kernel Samepage Merging)."""

    amd_sev: AmdSev | None = Field(default=None, alias="amd-sev")
    """Secure Encrypted Virtualization (SEV) features by AMD CPUs"""

    arch: Literal["x86_64", "aarch64"] | str | None = None
    """Virtual processor architecture. Defaults to the host architecture."""

    args: str | None = None
    """Arbitrary arguments passed to kvm."""

    audio0: Audio0 | None = None
    """Configure a audio device, useful in combination with QXL/Spice."""

    autostart: bool | None = None
    """Automatic restart after crash (currently ignored)."""

    balloon: int | None = None
    """Amount of target RAM for the VM in MiB. The balloon driver is enabled by default, unless it is explicitly disabled by setting the value to zero."""

    bios: Literal["seabios", "ovmf"] | str | None = None
    """Select BIOS implementation."""

    boot: Boot | None = None
    """Specify guest boot order. Use the 'order=' sub-property as usage with no key or 'legacy=' is deprecated."""

    bootdisk: str | None = None
    """Enable booting from specified disk. Deprecated: Use 'boot: order=foo;bar' instead."""

    cdrom: str | None = None
    """This is an alias for option -ide2"""

    cicustom: Cicustom | None = None
    """cloud-init: Specify custom files to replace the automatically generated ones at start."""

    cipassword: str | None = None
    """cloud-init: Password to assign the user. Using this is generally not recommended. Use ssh keys instead. Also note that older cloud-init versions do not support hashed passwords."""

    citype: Literal["configdrive2", "nocloud", "opennebula"] | str | None = None
    """Specifies the cloud-init configuration format. The default depends on the configured operating system type (`ostype`. We use the `nocloud` format for Linux, and `configdrive2` for windows."""

    ciupgrade: bool | None = None
    """cloud-init: do an automatic package upgrade after the first boot."""

    ciuser: str | None = None
    """cloud-init: User name to change ssh keys and password for instead of the image's configured default user."""

    cores: int | None = None
    """The number of cores per socket."""

    cpu: Cpu | None = None
    """Emulated CPU type."""

    cpulimit: float | None = None
    """Limit of CPU usage."""

    cpuunits: int | None = None
    """CPU weight for a VM, will be clamped to [1, 10000] in cgroup v2."""

    description: str | None = None
    """Description for the VM. Shown in the web-interface VM's summary. This is saved as comment inside the configuration file."""

    efidisk0: Efidisk0 | None = None
    """Configure a disk for storing EFI vars."""

    freeze: bool | None = None
    """Freeze CPU at startup (use 'c' monitor command to start execution)."""

    hookscript: str | None = None
    """Script that will be executed during various steps in the vms lifetime."""

    hotplug: str | None = None
    """Selectively enable hotplug features. This is a comma separated list of hotplug features: 'network', 'disk', 'cpu', 'memory', 'usb' and 'cloudinit'. Use '0' to disable hotplug completely. Using '1' as value is an alias for the default `network,disk,usb`. USB hotplugging is possible for guests with machine version >= 7.1 and ostype l26 or windows > 7."""

    hugepages: Literal["any", "2", "1024"] | str | None = None
    """Enables hugepages memory.

    Sets the size of hugepages in MiB. If the value is set to 'any' then 1 GiB hugepages will be used if possible, otherwise the size will fall back to 2 MiB."""

    intel_tdx: IntelTdx | None = Field(default=None, alias="intel-tdx")
    """Trusted Domain Extension (TDX) features by Intel CPUs"""

    ivshmem: Ivshmem | None = None
    """Inter-VM shared memory. Useful for direct communication between VMs, or to the host."""

    keephugepages: bool | None = None
    """Use together with hugepages. If enabled, hugepages will not not be deleted after VM shutdown and can be used for subsequent starts."""

    keyboard: (
        Literal[
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
        | str
        | None
    ) = None
    """Keyboard layout for VNC server. This option is generally not required and is often better handled from within the guest OS."""

    kvm: bool | None = None
    """Enable/disable KVM hardware virtualization."""

    localtime: bool | None = None
    """Set the real time clock (RTC) to local time. This is enabled by default if the `ostype` indicates a Microsoft Windows OS."""

    lock: (
        Literal[
            "backup",
            "clone",
            "create",
            "migrate",
            "rollback",
            "snapshot",
            "snapshot-delete",
            "suspending",
            "suspended",
        ]
        | str
        | None
    ) = None
    """Lock/unlock the VM."""

    machine: Machine | None = None
    """Specify the QEMU machine."""

    memory: Memory | None = None
    """Memory properties."""

    meta: str | None = None
    """Some (read-only) meta-information about this guest."""

    migrate_downtime: float | None = None
    """Set maximum tolerated downtime (in seconds) for migrations. Should the migration not be able to converge in the very end, because too much newly dirtied RAM needs to be transferred, the limit will be increased automatically step-by-step until migration can converge. Will be capped to 2000 seconds (maximum in QEMU)."""

    migrate_speed: int | None = None
    """Set maximum speed (in MB/s) for migrations. Value 0 is no limit."""

    name: str | None = None
    """Set a name for the VM. Only used on the configuration web interface."""

    nameserver: str | None = None
    """cloud-init: Sets DNS server IP address for a container. Create will automatically use the setting from the host if neither searchdomain nor nameserver are set."""

    numa: bool | None = None
    """Enable/disable NUMA."""

    onboot: bool | None = None
    """Specifies whether a VM will be started during system bootup."""

    ostype: (
        Literal[
            "other",
            "wxp",
            "w2k",
            "w2k3",
            "w2k8",
            "wvista",
            "win7",
            "win8",
            "win10",
            "win11",
            "l24",
            "l26",
            "solaris",
        ]
        | str
        | None
    ) = None
    """Specify guest operating system."""

    parent: str | None = None
    """Parent snapshot name. This is used internally, and should not be modified."""

    protection: bool | None = None
    """Sets the protection flag of the VM. This will disable the remove VM and remove disk operations."""

    reboot: bool | None = None
    """Allow reboot. If set to '0' the VM exit on reboot."""

    rng0: Rng0 | None = None
    """Configure a VirtIO-based Random Number Generator."""

    running_nets_host_mtu: str | None = Field(default=None, alias="running-nets-host-mtu")
    """List of VirtIO network devices and their effective host_mtu setting. A value of 0 means that the host_mtu parameter is to be avoided for the corresponding device. This is used internally for snapshots."""

    runningcpu: str | None = None
    """Specifies the QEMU '-cpu' parameter of the running vm. This is used internally for snapshots."""

    runningmachine: Machine | None = None
    """Specifies the QEMU machine type of the running vm. This is used internally for snapshots."""

    scsihw: (
        Literal["lsi", "lsi53c810", "virtio-scsi-pci", "virtio-scsi-single", "megasas", "pvscsi"]
        | str
        | None
    ) = None
    """SCSI controller model"""

    searchdomain: str | None = None
    """cloud-init: Sets DNS search domains for a container. Create will automatically use the setting from the host if neither searchdomain nor nameserver are set."""

    shares: int | None = None
    """Amount of memory shares for auto-ballooning. The larger the number is, the more memory this VM gets. Number is relative to weights of all other running VMs. Using zero disables auto-ballooning. Auto-ballooning is done by pvestatd."""

    smbios1: Smbios1 | None = None
    """Specify SMBIOS type 1 fields."""

    smp: int | None = None
    """The number of CPUs. Please use option -sockets instead."""

    snaptime: int | None = None
    """Timestamp for snapshots."""

    sockets: int | None = None
    """The number of CPU sockets."""

    spice_enhancements: SpiceEnhancements | None = None
    """Configure additional enhancements for SPICE."""

    sshkeys: str | None = None
    """cloud-init: Setup public SSH keys (one key per line, OpenSSH format)."""

    startdate: str | None = None
    """Set the initial date of the real time clock. Valid format for date are:'now' or '2006-06-17T16:01:21' or '2006-06-17'."""

    startup: Startup | None = None
    """Startup and shutdown behavior. Order is a non-negative number defining the general startup order. Shutdown in done with reverse ordering. Additionally you can set the 'up' or 'down' delay in seconds, which specifies a delay to wait before the next VM is started or stopped."""

    tablet: bool | None = None
    """Enable/disable the USB tablet device."""

    tags: str | None = None
    """Tags of the VM. This is only meta information."""

    tdf: bool | None = None
    """Enable/disable time drift fix."""

    template: bool | None = None
    """Enable/disable Template."""

    tpmstate0: Tpmstate0 | None = None
    """Configure a Disk for storing TPM state. The format is fixed to 'raw'."""

    vcpus: int | None = None
    """Number of hotplugged vcpus."""

    vga: Vga | None = None
    """Configure the VGA hardware."""

    vmgenid: str | None = None
    """Set VM Generation ID. Use '1' to autogenerate on create or update, pass '0' to disable explicitly."""

    vmstate: str | None = None
    """Reference to a volume which stores the VM state. This is used internally for snapshots."""

    vmstatestorage: str | None = None
    """Default storage for VM state volumes/files."""

    watchdog: Watchdog | None = None
    """Create a virtual hardware watchdog device."""

    hostpci: IndexedMap[Hostpci] = Field(default_factory=IndexedMap)
    """``hostpci0`` … ``hostpci15`` by index (the flat keys stay readable too).
    Map host PCI devices into guest."""

    ide: IndexedMap[Ide] = Field(default_factory=IndexedMap)
    """``ide0`` … ``ide3`` by index (the flat keys stay readable too).
    Use volume as IDE hard disk or CD-ROM (n is 0 to 3)."""

    ipconfig: IndexedMap[Ipconfig] = Field(default_factory=IndexedMap)
    """``ipconfig0`` … ``ipconfig31`` by index (the flat keys stay readable too).
    cloud-init: Specify IP addresses and gateways for the corresponding interface.

    IP addresses use CIDR notation, gateways are optional but need an IP of the same type specified.

    The special string 'dhcp' can be used for IP addresses to use DHCP, in which case no explicit
    gateway should be provided.
    For IPv6 the special string 'auto' can be used to use stateless autoconfiguration. This requires
    cloud-init 19.4 or newer.

    If cloud-init is enabled and neither an IPv4 nor an IPv6 address is specified, it defaults to using
    dhcp on IPv4."""

    net: IndexedMap[QemuNet] = Field(default_factory=IndexedMap)
    """``net0`` … ``net31`` by index (the flat keys stay readable too).
    Specify network devices."""

    numa_n: IndexedMap[Numa] = Field(default_factory=IndexedMap)
    """``numa0`` … ``numa7`` by index (the flat keys stay readable too).
    NUMA topology."""

    parallel: IndexedMap[str] = Field(default_factory=IndexedMap)
    """``parallel0`` … ``parallel2`` by index (the flat keys stay readable too).
    Map host parallel devices (n is 0 to 2)."""

    sata: IndexedMap[Sata] = Field(default_factory=IndexedMap)
    """``sata0`` … ``sata5`` by index (the flat keys stay readable too).
    Use volume as SATA hard disk or CD-ROM (n is 0 to 5)."""

    scsi: IndexedMap[Scsi] = Field(default_factory=IndexedMap)
    """``scsi0`` … ``scsi30`` by index (the flat keys stay readable too).
    Use volume as SCSI hard disk or CD-ROM (n is 0 to 30)."""

    serial: IndexedMap[str] = Field(default_factory=IndexedMap)
    """``serial0`` … ``serial3`` by index (the flat keys stay readable too).
    Create a serial device inside the VM (n is 0 to 3)"""

    unused: IndexedMap[QemuUnused] = Field(default_factory=IndexedMap)
    """``unused0`` … ``unused255`` by index (the flat keys stay readable too).
    Reference to unused volumes. This is used internally, and should not be modified manually."""

    usb: IndexedMap[Usb] = Field(default_factory=IndexedMap)
    """``usb0`` … ``usb13`` by index (the flat keys stay readable too).
    Configure an USB device (n is 0 to 4, for machine version >= 7.1 and ostype l26 or windows > 7, n can be up to 14)."""

    virtio: IndexedMap[Virtio] = Field(default_factory=IndexedMap)
    """``virtio0`` … ``virtio15`` by index (the flat keys stay readable too).
    Use volume as VIRTIO hard disk (n is 0 to 15)."""

    virtiofs: IndexedMap[Virtiofs] = Field(default_factory=IndexedMap)
    """``virtiofs0`` … ``virtiofs9`` by index (the flat keys stay readable too).
    Configuration for sharing a directory between host and guest using Virtio-fs."""


class NodesQemuFeatureGetResult(PveModel):
    """Result object ``NodesQemuFeatureGetResult``."""

    hasFeature: bool

    nodes: list[str]


class NodesQemuMigrateGetResult(PveModel):
    """Result object ``NodesQemuMigrateGetResult``."""

    has_dbus_vmstate: bool = Field(alias="has-dbus-vmstate")
    """Whether the VM host supports migrating additional VM state, such as conntrack entries."""

    local_disks: list[NodesQemuMigrateGetResultLocalDisksItem]
    """List local disks including CD-Rom, unused and not referenced disks"""

    local_resources: list[str]
    """List local resources (e.g. pci, usb) that block migration."""

    mapped_resource_info: dict[str, Any] = Field(alias="mapped-resource-info")
    """Object of mapped resources with additional information such if they're live migratable."""

    mapped_resources: list[str] = Field(alias="mapped-resources")
    """List of mapped resources e.g. pci, usb. Deprecated, use 'mapped-resource-info' instead."""

    running: bool
    """Determines if the VM is running."""

    allowed_nodes: list[str] | None = None
    """List of nodes allowed for migration."""

    dependent_ha_resources: list[str] | None = Field(default=None, alias="dependent-ha-resources")
    """HA resources, which will be migrated to the same target node as the VM, because these are in positive affinity with the VM."""

    not_allowed_nodes: NodesQemuMigrateGetResultNotAllowedNodes | None = None
    """List of not allowed nodes with additional information."""


class NodesQemuMigrateGetResultLocalDisksItem(PveModel):
    """Result object ``NodesQemuMigrateGetResultLocalDisksItem``."""

    cdrom: bool
    """True if the disk is a cdrom."""

    is_unused: bool
    """True if the disk is unused."""

    size: int
    """The size of the disk in bytes."""

    volid: str
    """The volid of the disk."""


class NodesQemuMigrateGetResultNotAllowedNodes(PveModel):
    """List of not allowed nodes with additional information."""

    blocking_ha_resources: (
        list[NodesQemuMigrateGetResultNotAllowedNodesBlockingHaResourcesItem] | None
    ) = Field(default=None, alias="blocking-ha-resources")
    """HA resources, which are blocking the VM from being migrated to the node."""

    unavailable_storages: list[str] | None = None
    """A list of not available storages."""


class NodesQemuMigrateGetResultNotAllowedNodesBlockingHaResourcesItem(PveModel):
    """A blocking HA resource"""

    cause: Literal["node-affinity", "resource-affinity"] | str
    """The reason why the HA resource is blocking the migration."""

    sid: str
    """The blocking HA resource id"""


class NodesQemuMtunnelPostResult(PveModel):
    """Result object ``NodesQemuMtunnelPostResult``."""

    socket: str

    ticket: str

    upid: str


class NodesQemuMtunnelwebsocketGetResult(PveModel):
    """Result object ``NodesQemuMtunnelwebsocketGetResult``."""

    port: str | None = None

    socket: str | None = None


class NodesQemuPendingGetResultItem(PveModel):
    """Result object ``NodesQemuPendingGetResultItem``."""

    key: str
    """Configuration option name."""

    delete: int | None = None
    """Indicates a pending delete request if present and not 0. The value 2 indicates a force-delete request."""

    pending: str | None = None
    """Pending value."""

    value: str | None = None
    """Current value."""


class NodesQemuRrdGetResult(PveModel):
    """Result object ``NodesQemuRrdGetResult``."""

    filename: str


class NodesNodeQemuVmidSnapshotGetResultItem(PveModel):
    """Result object ``NodesNodeQemuVmidSnapshotGetResultItem``."""

    description: str
    """Snapshot description."""

    name: str
    """Snapshot identifier. Value 'current' identifies the current VM."""

    parent: str | None = None
    """Parent snapshot identifier."""

    snaptime: int | None = None
    """Snapshot creation time"""

    vmstate: bool | None = None
    """Snapshot includes RAM."""


class NodesQemuSpiceproxyPostResult(PveModel):
    """Returned values can be directly passed to the 'remote-viewer' application."""

    host: str

    password: str

    proxy: str

    tls_port: int = Field(alias="tls-port")

    type: str


class NodesQemuTermproxyPostResult(PveModel):
    """Result object ``NodesQemuTermproxyPostResult``."""

    port: int

    ticket: str

    upid: str

    user: str


class NodesQemuVncproxyPostResult(PveModel):
    """Result object ``NodesQemuVncproxyPostResult``."""

    cert: str

    port: int

    ticket: str

    upid: str

    user: str

    password: str | None = None
    """Password used for authentication within the VNC protocol. Consists of printable ASCII characters ('!' .. '~')."""


class NodesQemuVncwebsocketGetResult(PveModel):
    """Result object ``NodesQemuVncwebsocketGetResult``."""

    port: str
