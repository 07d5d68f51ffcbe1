# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``nodes``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from pvesdk._model import PveModel
from pvesdk.indexed import IndexedMap

from ..propstr import (
    Acme,
    Acmedomain,
    Fleecing,
    Location,
    Performance,
    PruneBackups,
    Wakeonlan,
)

__all__ = [
    "NodesAptGetResultItem",
    "NodesAptRepositoriesGetResult",
    "NodesAptRepositoriesGetResultErrorsItem",
    "NodesAptRepositoriesGetResultFilesItem",
    "NodesAptRepositoriesGetResultFilesItemRepositoriesItem",
    "NodesAptRepositoriesGetResultFilesItemRepositoriesItemOptionsItem",
    "NodesAptRepositoriesGetResultInfosItem",
    "NodesAptRepositoriesGetResultStandardReposItem",
    "NodesAptUpdateGetResultItem",
    "NodesAptVersionsGetResultItem",
    "NodesCapabilitiesQemuCpuFlagsGetResultItem",
    "NodesCapabilitiesQemuCpuGetResultItem",
    "NodesCapabilitiesQemuMachinesGetResultItem",
    "NodesCapabilitiesQemuMigrationGetResult",
    "NodesCertificatesCustomPostResult",
    "NodesCertificatesInfoGetResultItem",
    "NodesConfigGetResult",
    "NodesDnsGetResult",
    "NodesFirewallLogGetResultItem",
    "NodesFirewallOptionsGetResult",
    "NodesGetResultItem",
    "NodesHardwareGetResultItem",
    "NodesHardwarePciMdevGetResultItem",
    "NodesHardwareUsbGetResultItem",
    "NodesHostsGetResult",
    "NodesNodeFirewallRulesGetResultItem",
    "NodesNodeFirewallRulesPosGetResult",
    "NodesNodeHardwarePciGetResultItem",
    "NodesNodeHardwarePciPciIdOrMappingGetResultItem",
    "NodesNodeNetworkGetResultItem",
    "NodesNodeNetworkIfaceGetResult",
    "NodesNodeReplicationGetResultItem",
    "NodesNodeServicesGetResultItem",
    "NodesNodeServicesServiceGetResultItem",
    "NodesNodeTasksGetResultItem",
    "NodesQueryUrlMetadataGetResult",
    "NodesReplicationLogGetResultItem",
    "NodesRrdGetResult",
    "NodesServicesStateGetResult",
    "NodesSpiceshellPostResult",
    "NodesStatusGetResult",
    "NodesStatusGetResultBootInfo",
    "NodesStatusGetResultCpuinfo",
    "NodesStatusGetResultCurrentKernel",
    "NodesStatusGetResultMemory",
    "NodesStatusGetResultRootfs",
    "NodesSubscriptionGetResult",
    "NodesSyslogGetResultItem",
    "NodesTasksLogGetResultItem",
    "NodesTasksStatusGetResult",
    "NodesTermproxyPostResult",
    "NodesTimeGetResult",
    "NodesVersionGetResult",
    "NodesVncshellPostResult",
    "NodesVncwebsocketGetResult",
    "NodesVzdumpDefaultsGetResult",
]


class NodesGetResultItem(PveModel):
    """Result object ``NodesGetResultItem``."""

    node: str
    """The cluster node name."""

    status: Literal["unknown", "online", "offline"] | str
    """Node status."""

    cpu: float | None = None
    """CPU utilization."""

    level: str | None = None
    """Support level."""

    maxcpu: int | None = None
    """Number of available CPUs."""

    maxmem: int | None = None
    """Number of available memory in bytes."""

    mem: int | None = None
    """Used memory in bytes."""

    ssl_fingerprint: str | None = None
    """The SSL fingerprint for the node certificate."""

    uptime: int | None = None
    """Node uptime in seconds."""


class NodesAptGetResultItem(PveModel):
    """Result object ``NodesAptGetResultItem``."""

    id: str


class NodesAptRepositoriesGetResult(PveModel):
    """Result from parsing the APT repository files in /etc/apt/."""

    digest: str
    """Common digest of all files."""

    errors: list[NodesAptRepositoriesGetResultErrorsItem]
    """List of problematic repository files."""

    files: list[NodesAptRepositoriesGetResultFilesItem]
    """List of parsed repository files."""

    infos: list[NodesAptRepositoriesGetResultInfosItem]
    """Additional information/warnings for APT repositories."""

    standard_repos: list[NodesAptRepositoriesGetResultStandardReposItem] = Field(
        alias="standard-repos"
    )
    """List of standard repositories and their configuration status"""


class NodesAptRepositoriesGetResultErrorsItem(PveModel):
    """Result object ``NodesAptRepositoriesGetResultErrorsItem``."""

    error: str
    """The error message"""

    path: str
    """Path to the problematic file."""


class NodesAptRepositoriesGetResultFilesItem(PveModel):
    """Result object ``NodesAptRepositoriesGetResultFilesItem``."""

    digest: list[int]
    """Digest of the file as bytes."""

    file_type: Literal["list", "sources"] | str = Field(alias="file-type")
    """Format of the file."""

    path: str
    """Path to the problematic file."""

    repositories: list[NodesAptRepositoriesGetResultFilesItemRepositoriesItem]
    """The parsed repositories."""


class NodesAptRepositoriesGetResultFilesItemRepositoriesItem(PveModel):
    """Result object ``NodesAptRepositoriesGetResultFilesItemRepositoriesItem``."""

    Enabled: bool
    """Whether the repository is enabled or not"""

    FileType: Literal["list", "sources"] | str
    """Format of the defining file."""

    Suites: list[str]
    """List of package distribuitions"""

    Types: list[Literal["deb", "deb-src"] | str]
    """List of package types."""

    URIs: list[str]
    """List of repository URIs."""

    Comment: str | None = None
    """Associated comment"""

    Components: list[str] | None = None
    """List of repository components"""

    Options: list[NodesAptRepositoriesGetResultFilesItemRepositoriesItemOptionsItem] | None = None
    """Additional options"""


class NodesAptRepositoriesGetResultFilesItemRepositoriesItemOptionsItem(PveModel):
    """Result object ``NodesAptRepositoriesGetResultFilesItemRepositoriesItemOptionsItem``."""

    Key: str

    Values: list[str]


class NodesAptRepositoriesGetResultInfosItem(PveModel):
    """Result object ``NodesAptRepositoriesGetResultInfosItem``."""

    index: str
    """Index of the associated repository within the file."""

    kind: str
    """Kind of the information (e.g. warning)."""

    message: str
    """Information message."""

    path: str
    """Path to the associated file."""

    property: str | None = None
    """Property from which the info originates."""


class NodesAptRepositoriesGetResultStandardReposItem(PveModel):
    """Result object ``NodesAptRepositoriesGetResultStandardReposItem``."""

    handle: str
    """Handle to identify the repository."""

    name: str
    """Full name of the repository."""

    status: bool | None = None
    """Indicating enabled/disabled status, if the repository is configured."""


class NodesAptUpdateGetResultItem(PveModel):
    """Result object ``NodesAptUpdateGetResultItem``."""

    Arch: Literal["armhf", "arm64", "amd64", "ppc64el", "risc64", "s390x", "all"] | str
    """Package Architecture."""

    Description: str
    """Package description."""

    Origin: str
    """Package origin, e.g., 'Proxmox' or 'Debian'."""

    Package: str
    """Package name."""

    Priority: str
    """Package priority."""

    Section: str
    """Package section."""

    Title: str
    """Package title."""

    Version: str
    """New version to be updated to."""

    NotifyStatus: str | None = None
    """Version for which PVE has already sent an update notification for."""

    OldVersion: str | None = None
    """Old version currently installed."""


class NodesAptVersionsGetResultItem(PveModel):
    """Result object ``NodesAptVersionsGetResultItem``."""

    Arch: Literal["armhf", "arm64", "amd64", "ppc64el", "risc64", "s390x", "all"] | str
    """Package Architecture."""

    CurrentState: (
        Literal[
            "Installed",
            "NotInstalled",
            "UnPacked",
            "HalfConfigured",
            "HalfInstalled",
            "ConfigFiles",
        ]
        | str
    )
    """Current state of the package installed on the system."""

    Description: str
    """Package description."""

    Origin: str
    """Package origin, e.g., 'Proxmox' or 'Debian'."""

    Package: str
    """Package name."""

    Priority: str
    """Package priority."""

    Section: str
    """Package section."""

    Title: str
    """Package title."""

    Version: str
    """New version to be updated to."""

    ManagerVersion: str | None = None
    """Version of the currently running pve-manager API server."""

    NotifyStatus: str | None = None
    """Version for which PVE has already sent an update notification for."""

    OldVersion: str | None = None
    """Old version currently installed."""

    RunningKernel: str | None = None
    """Kernel release, only for package 'proxmox-ve'."""


class NodesCapabilitiesQemuCpuGetResultItem(PveModel):
    """Result object ``NodesCapabilitiesQemuCpuGetResultItem``."""

    custom: bool
    """True if this is a custom CPU model."""

    name: str
    """Name of the CPU model. Identifies it for subsequent API calls. Prefixed with 'custom-' for custom models."""

    vendor: str
    """CPU vendor visible to the guest when this model is selected. Vendor of 'reported-model' in case of custom models."""

    abstract: bool | None = None
    """True for PVE-internal abstract profiles like x86-64-v2, -v3, -v4. These do not correspond to a QEMU CPU type and cannot be used as a custom model's 'reported-model'."""


class NodesCapabilitiesQemuCpuFlagsGetResultItem(PveModel):
    """Result object ``NodesCapabilitiesQemuCpuFlagsGetResultItem``."""

    name: str
    """Name of the CPU flag."""

    description: str | None = None
    """Description of the CPU flag."""

    supported_on: list[str] | None = Field(default=None, alias="supported-on")
    """List of nodes supporting the CPU flag with the selected acceleration type ("accel")."""


class NodesCapabilitiesQemuMachinesGetResultItem(PveModel):
    """Result object ``NodesCapabilitiesQemuMachinesGetResultItem``."""

    id: str
    """Full name of machine type and version."""

    type: Literal["q35", "i440fx"] | str
    """The machine type."""

    version: str
    """The machine version."""

    changes: str | None = None
    """Notable changes of a version, currently only set for +pveX versions."""


class NodesCapabilitiesQemuMigrationGetResult(PveModel):
    """Result object ``NodesCapabilitiesQemuMigrationGetResult``."""

    has_dbus_vmstate: bool = Field(alias="has-dbus-vmstate")
    """Whether the host supports live-migrating additional VM state via the dbus-vmstate helper."""


class NodesCertificatesCustomPostResult(PveModel):
    """Result object ``NodesCertificatesCustomPostResult``."""

    filename: str | None = None

    fingerprint: str | None = None
    """Certificate SHA 256 fingerprint."""

    issuer: str | None = None
    """Certificate issuer name."""

    notafter: int | None = None
    """Certificate's notAfter timestamp (UNIX epoch)."""

    notbefore: int | None = None
    """Certificate's notBefore timestamp (UNIX epoch)."""

    pem: str | None = None
    """Certificate in PEM format"""

    public_key_bits: int | None = Field(default=None, alias="public-key-bits")
    """Certificate's public key size"""

    public_key_type: str | None = Field(default=None, alias="public-key-type")
    """Certificate's public key algorithm"""

    san: list[str] | None = None
    """List of Certificate's SubjectAlternativeName entries."""

    subject: str | None = None
    """Certificate subject name."""


class NodesCertificatesInfoGetResultItem(PveModel):
    """Result object ``NodesCertificatesInfoGetResultItem``."""

    filename: str | None = None

    fingerprint: str | None = None
    """Certificate SHA 256 fingerprint."""

    issuer: str | None = None
    """Certificate issuer name."""

    notafter: int | None = None
    """Certificate's notAfter timestamp (UNIX epoch)."""

    notbefore: int | None = None
    """Certificate's notBefore timestamp (UNIX epoch)."""

    pem: str | None = None
    """Certificate in PEM format"""

    public_key_bits: int | None = Field(default=None, alias="public-key-bits")
    """Certificate's public key size"""

    public_key_type: str | None = Field(default=None, alias="public-key-type")
    """Certificate's public key algorithm"""

    san: list[str] | None = None
    """List of Certificate's SubjectAlternativeName entries."""

    subject: str | None = None
    """Certificate subject name."""


class NodesConfigGetResult(PveModel):
    """Result object ``NodesConfigGetResult``."""

    __pve_families__: ClassVar[dict[str, tuple[str, int, int]]] = {
        "acmedomain": ("acmedomain", 0, 5),
    }

    acme: Acme | None = None
    """Node specific ACME settings."""

    ballooning_target: int | None = Field(default=None, alias="ballooning-target")
    """RAM usage target for ballooning (in percent of total memory)"""

    description: str | None = None
    """Description for the Node. Shown in the web-interface node notes panel. This is saved as comment inside the configuration file."""

    digest: str | None = None
    """Prevent changes if current configuration file has different SHA1 digest. This can be used to prevent concurrent modifications."""

    location: Location | None = None
    """The location of the node. Overrides the default from the datacenter config."""

    startall_onboot_delay: int | None = Field(default=None, alias="startall-onboot-delay")
    """Initial delay in seconds, before starting all the Virtual Guests with on-boot enabled."""

    wakeonlan: Wakeonlan | None = None
    """Node specific wake on LAN settings."""

    acmedomain: IndexedMap[Acmedomain] = Field(default_factory=IndexedMap)
    """``acmedomain0`` … ``acmedomain5`` by index (the flat keys stay readable too).
    ACME domain and validation plugin"""


class NodesDnsGetResult(PveModel):
    """Result object ``NodesDnsGetResult``."""

    dns1: str | None = None
    """First name server IP address."""

    dns2: str | None = None
    """Second name server IP address."""

    dns3: str | None = None
    """Third name server IP address."""

    search: str | None = None
    """Search domain for host-name lookup."""


class NodesFirewallLogGetResultItem(PveModel):
    """Result object ``NodesFirewallLogGetResultItem``."""

    n: int
    """Line number"""

    t: str
    """Line text"""


class NodesFirewallOptionsGetResult(PveModel):
    """Result object ``NodesFirewallOptionsGetResult``."""

    enable: bool | None = None
    """Enable host firewall rules."""

    log_level_forward: (
        Literal["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"]
        | str
        | None
    ) = None
    """Log level for forwarded traffic."""

    log_level_in: (
        Literal["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"]
        | str
        | None
    ) = None
    """Log level for incoming traffic."""

    log_level_out: (
        Literal["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"]
        | str
        | None
    ) = None
    """Log level for outgoing traffic."""

    log_nf_conntrack: bool | None = None
    """Enable logging of conntrack information."""

    ndp: bool | None = None
    """Enable NDP (Neighbor Discovery Protocol)."""

    nf_conntrack_allow_invalid: bool | None = None
    """Allow invalid packets on connection tracking."""

    nf_conntrack_helpers: str | None = None
    """Enable conntrack helpers for specific protocols. Supported protocols: amanda, ftp, irc, netbios-ns, pptp, sane, sip, snmp, tftp"""

    nf_conntrack_max: int | None = None
    """Maximum number of tracked connections."""

    nf_conntrack_tcp_timeout_established: int | None = None
    """Conntrack established timeout."""

    nf_conntrack_tcp_timeout_syn_recv: int | None = None
    """Conntrack syn recv timeout."""

    nftables: bool | None = None
    """Enable nftables based firewall (tech preview)"""

    nosmurfs: bool | None = None
    """Enable SMURFS filter."""

    protection_synflood: bool | None = None
    """Enable synflood protection"""

    protection_synflood_burst: int | None = None
    """Synflood protection rate burst by ip src."""

    protection_synflood_rate: int | None = None
    """Synflood protection rate syn/sec by ip src."""

    smurf_log_level: (
        Literal["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"]
        | str
        | None
    ) = None
    """Log level for SMURFS filter."""

    tcp_flags_log_level: (
        Literal["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"]
        | str
        | None
    ) = None
    """Log level for illegal tcp flags filter."""

    tcpflags: bool | None = None
    """Filter illegal combinations of TCP flags."""


class NodesNodeFirewallRulesGetResultItem(PveModel):
    """Result object ``NodesNodeFirewallRulesGetResultItem``."""

    action: str
    """Rule action ('ACCEPT', 'DROP', 'REJECT') or security group name"""

    pos: int
    """Rule position in the ruleset"""

    type: str
    """Rule type"""

    comment: str | None = None
    """Descriptive comment"""

    dest: str | None = None
    """Restrict packet destination address"""

    dport: str | None = None
    """Restrict TCP/UDP destination port"""

    enable: int | None = None
    """Flag to enable/disable a rule"""

    icmp_type: str | None = Field(default=None, alias="icmp-type")
    """Specify icmp-type. Only valid if proto equals 'icmp' or 'icmpv6'/'ipv6-icmp'"""

    iface: str | None = None
    """Network interface name. You have to use network configuration key names for VMs and containers"""

    ipversion: int | None = None
    """IP version (4 or 6) - automatically determined from source/dest addresses"""

    log: (
        Literal["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"]
        | str
        | None
    ) = None
    """Log level for firewall rule"""

    macro: str | None = None
    """Use predefined standard macro"""

    proto: str | None = None
    """IP protocol. You can use protocol names ('tcp'/'udp') or simple numbers, as defined in '/etc/protocols'"""

    source: str | None = None
    """Restrict packet source address"""

    sport: str | None = None
    """Restrict TCP/UDP source port"""


class NodesNodeFirewallRulesPosGetResult(PveModel):
    """Result object ``NodesNodeFirewallRulesPosGetResult``."""

    action: str
    """Rule action ('ACCEPT', 'DROP', 'REJECT') or security group name"""

    pos: int
    """Rule position in the ruleset"""

    type: str
    """Rule type"""

    comment: str | None = None
    """Descriptive comment"""

    dest: str | None = None
    """Restrict packet destination address"""

    dport: str | None = None
    """Restrict TCP/UDP destination port"""

    enable: int | None = None
    """Flag to enable/disable a rule"""

    icmp_type: str | None = Field(default=None, alias="icmp-type")
    """Specify icmp-type. Only valid if proto equals 'icmp' or 'icmpv6'/'ipv6-icmp'"""

    iface: str | None = None
    """Network interface name. You have to use network configuration key names for VMs and containers"""

    ipversion: int | None = None
    """IP version (4 or 6) - automatically determined from source/dest addresses"""

    log: (
        Literal["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"]
        | str
        | None
    ) = None
    """Log level for firewall rule"""

    macro: str | None = None
    """Use predefined standard macro"""

    proto: str | None = None
    """IP protocol. You can use protocol names ('tcp'/'udp') or simple numbers, as defined in '/etc/protocols'"""

    source: str | None = None
    """Restrict packet source address"""

    sport: str | None = None
    """Restrict TCP/UDP source port"""


class NodesHardwareGetResultItem(PveModel):
    """Result object ``NodesHardwareGetResultItem``."""

    type: str


class NodesNodeHardwarePciGetResultItem(PveModel):
    """Result object ``NodesNodeHardwarePciGetResultItem``."""

    class_: str = Field(alias="class")
    """The PCI Class of the device."""

    device: str
    """The Device ID."""

    id: str
    """The PCI ID."""

    iommugroup: int
    """The IOMMU group in which the device is in. If no IOMMU group is detected, it is set to -1."""

    vendor: str
    """The Vendor ID."""

    device_name: str | None = None

    mdev: bool | None = None
    """If set, marks that the device is capable of creating mediated devices."""

    subsystem_device: str | None = None
    """The Subsystem Device ID."""

    subsystem_device_name: str | None = None

    subsystem_vendor: str | None = None
    """The Subsystem Vendor ID."""

    subsystem_vendor_name: str | None = None

    vendor_name: str | None = None


class NodesNodeHardwarePciPciIdOrMappingGetResultItem(PveModel):
    """Result object ``NodesNodeHardwarePciPciIdOrMappingGetResultItem``."""

    method: str


class NodesHardwarePciMdevGetResultItem(PveModel):
    """Result object ``NodesHardwarePciMdevGetResultItem``."""

    available: int
    """The number of still available instances of this type."""

    description: str
    """Additional description of the type."""

    type: str
    """The name of the mdev type."""

    name: str | None = None
    """A human readable name for the type."""


class NodesHardwareUsbGetResultItem(PveModel):
    """Result object ``NodesHardwareUsbGetResultItem``."""

    busnum: int

    class_: int = Field(alias="class")

    devnum: int

    level: int

    port: int

    prodid: str

    speed: str

    vendid: str

    manufacturer: str | None = None

    product: str | None = None

    serial: str | None = None

    usbpath: str | None = None


class NodesHostsGetResult(PveModel):
    """Result object ``NodesHostsGetResult``."""

    data: str
    """The content of /etc/hosts."""

    digest: str | None = None
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""


class NodesNodeNetworkGetResultItem(PveModel):
    """Result object ``NodesNodeNetworkGetResultItem``."""

    iface: str
    """Network interface name."""

    type: (
        Literal[
            "bridge",
            "bond",
            "eth",
            "alias",
            "vlan",
            "fabric",
            "OVSBridge",
            "OVSBond",
            "OVSPort",
            "OVSIntPort",
            "vnet",
            "unknown",
        ]
        | str
    )
    """Network interface type"""

    active: bool | None = None
    """Set to true if the interface is active."""

    address: str | None = None
    """IP address."""

    address6: str | None = None
    """IP address."""

    autostart: bool | None = None
    """Automatically start interface on boot."""

    bond_primary: str | None = Field(default=None, alias="bond-primary")
    """Specify the primary interface for active-backup bond."""

    bond_mode: (
        Literal[
            "balance-rr",
            "active-backup",
            "balance-xor",
            "broadcast",
            "802.3ad",
            "balance-tlb",
            "balance-alb",
            "balance-slb",
            "lacp-balance-slb",
            "lacp-balance-tcp",
        ]
        | str
        | None
    ) = None
    """Bonding mode."""

    bond_xmit_hash_policy: Literal["layer2", "layer2+3", "layer3+4"] | str | None = None
    """Selects the transmit hash policy to use for slave selection in balance-xor and 802.3ad modes."""

    bridge_access: int | None = Field(default=None, alias="bridge-access")
    """The bridge port access VLAN."""

    bridge_arp_nd_suppress: bool | None = Field(default=None, alias="bridge-arp-nd-suppress")
    """Bridge port ARP/ND suppress flag."""

    bridge_learning: bool | None = Field(default=None, alias="bridge-learning")
    """Bridge port learning flag."""

    bridge_multicast_flood: bool | None = Field(default=None, alias="bridge-multicast-flood")
    """Bridge port multicast flood flag."""

    bridge_unicast_flood: bool | None = Field(default=None, alias="bridge-unicast-flood")
    """Bridge port unicast flood flag."""

    bridge_ports: str | None = None
    """Specify the interfaces you want to add to your bridge."""

    bridge_vids: str | None = None
    """Specify the allowed VLANs. For example: '2 4 100-200'. Only used if the bridge is VLAN aware."""

    bridge_vlan_aware: bool | None = None
    """Enable bridge vlan support."""

    cidr: str | None = None
    """IPv4 CIDR."""

    cidr6: str | None = None
    """IPv6 CIDR."""

    comments: str | None = None
    """Comments"""

    comments6: str | None = None
    """Comments"""

    exists: bool | None = None
    """Set to true if the interface physically exists."""

    families: list[Literal["inet", "inet6"] | str] | None = None
    """The network families."""

    gateway: str | None = None
    """Default gateway address."""

    gateway6: str | None = None
    """Default ipv6 gateway address."""

    link_type: str | None = Field(default=None, alias="link-type")
    """The link type."""

    method: Literal["loopback", "dhcp", "manual", "static", "auto"] | str | None = None
    """The network configuration method for IPv4."""

    method6: Literal["loopback", "dhcp", "manual", "static", "auto"] | str | None = None
    """The network configuration method for IPv6."""

    mtu: int | None = None
    """MTU."""

    netmask: str | None = None
    """Network mask."""

    netmask6: int | None = None
    """Network mask."""

    options: list[str] | None = None
    """A list of additional interface options for IPv4."""

    options6: list[str] | None = None
    """A list of additional interface options for IPv6."""

    ovs_bonds: str | None = None
    """Specify the interfaces used by the bonding device."""

    ovs_bridge: str | None = None
    """The OVS bridge associated with a OVS port. This is required when you create an OVS port."""

    ovs_options: str | None = None
    """OVS interface options."""

    ovs_ports: str | None = None
    """Specify the interfaces you want to add to your bridge."""

    ovs_tag: int | None = None
    """Specify a VLan tag (used by OVSPort, OVSIntPort, OVSBond)"""

    priority: int | None = None
    """The order of the interface."""

    slaves: str | None = None
    """Specify the interfaces used by the bonding device."""

    uplink_id: str | None = Field(default=None, alias="uplink-id")
    """The uplink ID."""

    vlan_id: int | None = Field(default=None, alias="vlan-id")
    """vlan-id for a custom named vlan interface (ifupdown2 only)."""

    vlan_protocol: Literal["802.1ad", "802.1q"] | str | None = Field(
        default=None, alias="vlan-protocol"
    )
    """The VLAN protocol."""

    vlan_raw_device: str | None = Field(default=None, alias="vlan-raw-device")
    """Specify the raw interface for the vlan interface."""

    vxlan_id: int | None = Field(default=None, alias="vxlan-id")
    """The VXLAN ID."""

    vxlan_local_tunnelip: str | None = Field(default=None, alias="vxlan-local-tunnelip")
    """The VXLAN local tunnel IP."""

    vxlan_physdev: str | None = Field(default=None, alias="vxlan-physdev")
    """The physical device for the VXLAN tunnel."""

    vxlan_svcnodeip: str | None = Field(default=None, alias="vxlan-svcnodeip")
    """The VXLAN SVC node IP."""


class NodesNodeNetworkIfaceGetResult(PveModel):
    """Result object ``NodesNodeNetworkIfaceGetResult``."""

    method: str

    type: str


class NodesQueryUrlMetadataGetResult(PveModel):
    """Result object ``NodesQueryUrlMetadataGetResult``."""

    filename: str | None = None

    mimetype: str | None = None

    size: int | None = None


class NodesNodeReplicationGetResultItem(PveModel):
    """Result object ``NodesNodeReplicationGetResultItem``."""

    id: str


class NodesReplicationLogGetResultItem(PveModel):
    """Result object ``NodesReplicationLogGetResultItem``."""

    n: int
    """Line number"""

    t: str
    """Line text"""


class NodesRrdGetResult(PveModel):
    """Result object ``NodesRrdGetResult``."""

    filename: str


class NodesNodeServicesGetResultItem(PveModel):
    """Result object ``NodesNodeServicesGetResultItem``."""

    active_state: (
        Literal[
            "active",
            "inactive",
            "failed",
            "activating",
            "deactivating",
            "maintenance",
            "reloading",
            "refreshing",
            "unknown",
        ]
        | str
    ) = Field(alias="active-state")
    """Current state of the service process (systemd ActiveState)."""

    desc: str
    """Description of the service."""

    name: str
    """Short identifier for the service (e.g., "pveproxy")."""

    service: str
    """Systemd unit name (e.g., pveproxy)."""

    state: (
        Literal[
            "dead",
            "condition",
            "start-pre",
            "start",
            "start-post",
            "running",
            "exited",
            "reload",
            "reload-signal",
            "reload-notify",
            "mounting",
            "stop",
            "stop-watchdog",
            "stop-sigterm",
            "stop-sigkill",
            "stop-post",
            "final-watchdog",
            "final-sigterm",
            "final-sigkill",
            "failed",
            "dead-before-auto-restart",
            "failed-before-auto-restart",
            "dead-resources-pinned",
            "auto-restart",
            "auto-restart-queued",
            "cleaning",
            "unknown",
        ]
        | str
    )
    """Execution status of the service (systemd SubState)."""

    unit_state: (
        Literal[
            "enabled",
            "enabled-runtime",
            "linked",
            "linked-runtime",
            "alias",
            "masked",
            "masked-runtime",
            "static",
            "disabled",
            "indirect",
            "generated",
            "transient",
            "bad",
            "not-found",
            "unknown",
        ]
        | str
    ) = Field(alias="unit-state")
    """Whether the service is enabled (systemd UnitFileState)."""


class NodesNodeServicesServiceGetResultItem(PveModel):
    """Result object ``NodesNodeServicesServiceGetResultItem``."""

    subdir: str


class NodesServicesStateGetResult(PveModel):
    """Result object ``NodesServicesStateGetResult``."""

    active_state: (
        Literal[
            "active",
            "inactive",
            "failed",
            "activating",
            "deactivating",
            "maintenance",
            "reloading",
            "refreshing",
            "unknown",
        ]
        | str
    ) = Field(alias="active-state")
    """Current state of the service process (systemd ActiveState)."""

    desc: str
    """Description of the service."""

    name: str
    """Short identifier for the service (e.g., "pveproxy")."""

    service: str
    """Systemd unit name (e.g., pveproxy)."""

    state: (
        Literal[
            "dead",
            "condition",
            "start-pre",
            "start",
            "start-post",
            "running",
            "exited",
            "reload",
            "reload-signal",
            "reload-notify",
            "mounting",
            "stop",
            "stop-watchdog",
            "stop-sigterm",
            "stop-sigkill",
            "stop-post",
            "final-watchdog",
            "final-sigterm",
            "final-sigkill",
            "failed",
            "dead-before-auto-restart",
            "failed-before-auto-restart",
            "dead-resources-pinned",
            "auto-restart",
            "auto-restart-queued",
            "cleaning",
            "unknown",
        ]
        | str
    )
    """Execution status of the service (systemd SubState)."""

    unit_state: (
        Literal[
            "enabled",
            "enabled-runtime",
            "linked",
            "linked-runtime",
            "alias",
            "masked",
            "masked-runtime",
            "static",
            "disabled",
            "indirect",
            "generated",
            "transient",
            "bad",
            "not-found",
            "unknown",
        ]
        | str
    ) = Field(alias="unit-state")
    """Whether the service is enabled (systemd UnitFileState)."""


class NodesSpiceshellPostResult(PveModel):
    """Returned values can be directly passed to the 'remote-viewer' application."""

    host: str

    password: str

    proxy: str

    tls_port: int = Field(alias="tls-port")

    type: str


class NodesStatusGetResult(PveModel):
    """Result object ``NodesStatusGetResult``."""

    boot_info: NodesStatusGetResultBootInfo = Field(alias="boot-info")
    """Meta-information about the boot mode."""

    cpu: float
    """The current cpu usage."""

    cpuinfo: NodesStatusGetResultCpuinfo

    current_kernel: NodesStatusGetResultCurrentKernel = Field(alias="current-kernel")
    """Meta-information about the currently booted kernel of this node."""

    loadavg: list[str]
    """An array of load avg for 1, 5 and 15 minutes respectively."""

    memory: NodesStatusGetResultMemory

    pveversion: str
    """The PVE version string."""

    rootfs: NodesStatusGetResultRootfs


class NodesStatusGetResultBootInfo(PveModel):
    """Meta-information about the boot mode."""

    mode: Literal["efi", "legacy-bios"] | str
    """Through which firmware the system got booted."""

    secureboot: bool | None = None
    """System is booted in secure mode, only applicable for the "efi" mode."""


class NodesStatusGetResultCpuinfo(PveModel):
    """Result object ``NodesStatusGetResultCpuinfo``."""

    cores: int
    """The number of physical cores of the CPU."""

    cpus: int
    """The number of logical threads of the CPU."""

    model: str
    """The CPU model"""

    sockets: int
    """The number of logical threads of the CPU."""


class NodesStatusGetResultCurrentKernel(PveModel):
    """Meta-information about the currently booted kernel of this node."""

    machine: str
    """Hardware (architecture) type"""

    release: str
    """OS kernel release (e.g., "6.8.0")"""

    sysname: str
    """OS kernel name (e.g., "Linux")"""

    version: str
    """OS kernel version with build info"""


class NodesStatusGetResultMemory(PveModel):
    """Result object ``NodesStatusGetResultMemory``."""

    available: int
    """The available memory in bytes."""

    free: int
    """The free memory in bytes."""

    total: int
    """The total memory in bytes."""

    used: int
    """The used memory in bytes."""


class NodesStatusGetResultRootfs(PveModel):
    """Result object ``NodesStatusGetResultRootfs``."""

    avail: int
    """The available bytes in the root filesystem."""

    free: int
    """The free bytes on the root filesystem."""

    total: int
    """The total size of the root filesystem in bytes."""

    used: int
    """The used bytes in the root filesystem."""


class NodesSubscriptionGetResult(PveModel):
    """Result object ``NodesSubscriptionGetResult``."""

    status: Literal["new", "notfound", "active", "invalid", "expired", "suspended"] | str
    """The current subscription status."""

    checktime: int | None = None
    """Timestamp of the last check done."""

    key: str | None = None
    """The subscription key, if set and permitted to access."""

    level: str | None = None
    """A short code for the subscription level."""

    message: str | None = None
    """A more human readable status message."""

    nextduedate: str | None = None
    """Next due date of the set subscription."""

    productname: str | None = None
    """Human readable productname of the set subscription."""

    regdate: str | None = None
    """Register date of the set subscription."""

    serverid: str | None = None
    """The server ID, if permitted to access."""

    signature: str | None = None
    """Signature for offline keys"""

    sockets: int | None = None
    """The number of sockets for this host."""

    url: str | None = None
    """URL to the web shop."""


class NodesSyslogGetResultItem(PveModel):
    """Result object ``NodesSyslogGetResultItem``."""

    n: int
    """Line number"""

    t: str
    """Line text"""


class NodesNodeTasksGetResultItem(PveModel):
    """Result object ``NodesNodeTasksGetResultItem``."""

    id: str

    node: str

    pid: int

    pstart: int

    starttime: int

    type: str

    upid: str

    user: str

    endtime: int | None = None

    status: str | None = None


class NodesTasksLogGetResultItem(PveModel):
    """Result object ``NodesTasksLogGetResultItem``."""

    n: int
    """Line number"""

    t: str
    """Line text"""


class NodesTasksStatusGetResult(PveModel):
    """Result object ``NodesTasksStatusGetResult``."""

    id: str

    node: str

    pid: int

    pstart: int

    starttime: int

    status: Literal["running", "stopped"] | str

    type: str

    upid: str

    user: str

    exitstatus: str | None = None


class NodesTermproxyPostResult(PveModel):
    """Result object ``NodesTermproxyPostResult``."""

    port: int
    """port used to bind termproxy to."""

    ticket: str
    """VNC ticket used to verify websocket connection."""

    upid: str
    """UPID for termproxy worker task."""

    user: str
    """user/token that generated the VNC ticket in `ticket`."""


class NodesTimeGetResult(PveModel):
    """Result object ``NodesTimeGetResult``."""

    localtime: int
    """Seconds since 1970-01-01 00:00:00 (local time)"""

    time: int
    """Seconds since 1970-01-01 00:00:00 UTC."""

    timezone: str
    """Time zone"""


class NodesVersionGetResult(PveModel):
    """Result object ``NodesVersionGetResult``."""

    release: str
    """The current installed Proxmox VE Release"""

    repoid: str
    """The short git commit hash ID from which this version was build"""

    version: str
    """The current installed pve-manager package version"""


class NodesVncshellPostResult(PveModel):
    """Result object ``NodesVncshellPostResult``."""

    cert: str

    port: int

    ticket: str

    upid: str

    user: str

    password: str | None = None
    """Password used for authentication within the VNC protocol. Consists of printable ASCII characters ('!' .. '~')."""


class NodesVncwebsocketGetResult(PveModel):
    """Result object ``NodesVncwebsocketGetResult``."""

    port: str


class NodesVzdumpDefaultsGetResult(PveModel):
    """Result object ``NodesVzdumpDefaultsGetResult``."""

    all: bool | None = None
    """Backup all known guest systems on this host."""

    bwlimit: int | None = None
    """Limit I/O bandwidth (in KiB/s)."""

    compress: Literal["0", "1", "gzip", "lzo", "zstd"] | str | None = None
    """Compress dump file."""

    dumpdir: str | None = None
    """Store resulting files to specified directory."""

    exclude: str | None = None
    """Exclude specified guest systems (assumes --all)"""

    exclude_path: list[str] | None = Field(default=None, alias="exclude-path")
    """Exclude certain files/directories (shell globs). Paths starting with '/' are anchored to the container's root, other paths match relative to each subdirectory."""

    fleecing: Fleecing | None = None
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

    performance: Performance | None = None
    """Other performance-related settings."""

    pigz: int | None = None
    """Use pigz instead of gzip when N>0. N=1 uses half of cores, N>1 uses N as thread count."""

    pool: str | None = None
    """Backup all known guest systems included in the specified pool."""

    protected: bool | None = None
    """If true, mark backup(s) as protected."""

    prune_backups: PruneBackups | None = Field(default=None, alias="prune-backups")
    """Use these retention options instead of those from the storage configuration."""

    quiet: bool | None = None
    """Be quiet."""

    remove: bool | None = None
    """Prune older backups according to 'prune-backups'."""

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
