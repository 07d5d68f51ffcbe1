# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/qemu/{vmid}/config``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Literal

from pydantic import Field

from pvesdk._model import PveFamilyModel, lazy_property_string
from pvesdk.indexed import IndexedMap

# Property-string models: the type checkers see them; at run time each is a stand-in that
# imports its model when the first value arrives (see pvesdk._model.LazyPropertyString).
if TYPE_CHECKING:
    from ...propstr.agent import Agent
    from ...propstr.amd_sev import AmdSev
    from ...propstr.audio0 import Audio0
    from ...propstr.boot import Boot
    from ...propstr.cicustom import Cicustom
    from ...propstr.cpu import Cpu
    from ...propstr.efidisk0 import Efidisk0
    from ...propstr.hostpci import Hostpci
    from ...propstr.ide import Ide
    from ...propstr.intel_tdx import IntelTdx
    from ...propstr.ipconfig import Ipconfig
    from ...propstr.ivshmem import Ivshmem
    from ...propstr.machine import Machine
    from ...propstr.memory import Memory
    from ...propstr.numa import Numa
    from ...propstr.qemu_net import QemuNet
    from ...propstr.qemu_unused import QemuUnused
    from ...propstr.rng0 import Rng0
    from ...propstr.sata import Sata
    from ...propstr.scsi import Scsi
    from ...propstr.smbios1 import Smbios1
    from ...propstr.spice_enhancements import SpiceEnhancements
    from ...propstr.startup import Startup
    from ...propstr.tpmstate0 import Tpmstate0
    from ...propstr.usb import Usb
    from ...propstr.vga import Vga
    from ...propstr.virtio import Virtio
    from ...propstr.virtiofs import Virtiofs
    from ...propstr.watchdog import Watchdog
else:
    Agent = lazy_property_string("agent", "Agent")
    AmdSev = lazy_property_string("amd_sev", "AmdSev")
    Audio0 = lazy_property_string("audio0", "Audio0")
    Boot = lazy_property_string("boot", "Boot")
    Cicustom = lazy_property_string("cicustom", "Cicustom")
    Cpu = lazy_property_string("cpu", "Cpu")
    Efidisk0 = lazy_property_string("efidisk0", "Efidisk0")
    Hostpci = lazy_property_string("hostpci", "Hostpci")
    Ide = lazy_property_string("ide", "Ide")
    IntelTdx = lazy_property_string("intel_tdx", "IntelTdx")
    Ipconfig = lazy_property_string("ipconfig", "Ipconfig")
    Ivshmem = lazy_property_string("ivshmem", "Ivshmem")
    Machine = lazy_property_string("machine", "Machine")
    Memory = lazy_property_string("memory", "Memory")
    Numa = lazy_property_string("numa", "Numa")
    QemuNet = lazy_property_string("qemu_net", "QemuNet")
    QemuUnused = lazy_property_string("qemu_unused", "QemuUnused")
    Rng0 = lazy_property_string("rng0", "Rng0")
    Sata = lazy_property_string("sata", "Sata")
    Scsi = lazy_property_string("scsi", "Scsi")
    Smbios1 = lazy_property_string("smbios1", "Smbios1")
    SpiceEnhancements = lazy_property_string("spice_enhancements", "SpiceEnhancements")
    Startup = lazy_property_string("startup", "Startup")
    Tpmstate0 = lazy_property_string("tpmstate0", "Tpmstate0")
    Usb = lazy_property_string("usb", "Usb")
    Vga = lazy_property_string("vga", "Vga")
    Virtio = lazy_property_string("virtio", "Virtio")
    Virtiofs = lazy_property_string("virtiofs", "Virtiofs")
    Watchdog = lazy_property_string("watchdog", "Watchdog")

__all__ = [
    "NodesQemuConfigGetResult",
]


class NodesQemuConfigGetResult(PveFamilyModel):
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
