# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``nodes_lxc``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import Field

from pvesdk._model import PveModel
from pvesdk.indexed import IndexedMap

from ..propstr import Dev, Features, LxcNet, LxcUnused, Mp, Rootfs, Startup

__all__ = [
    "NodesLxcConfigGetResult",
    "NodesLxcFeatureGetResult",
    "NodesLxcFirewallLogGetResultItem",
    "NodesLxcFirewallOptionsGetResult",
    "NodesLxcFirewallRefsGetResultItem",
    "NodesLxcInterfacesGetResultItem",
    "NodesLxcInterfacesGetResultItemIpAddressesItem",
    "NodesLxcMigrateGetResult",
    "NodesLxcMigrateGetResultNotAllowedNodes",
    "NodesLxcMigrateGetResultNotAllowedNodesBlockingHaResourcesItem",
    "NodesLxcMtunnelPostResult",
    "NodesLxcMtunnelwebsocketGetResult",
    "NodesLxcPendingGetResultItem",
    "NodesLxcRrdGetResult",
    "NodesLxcSpiceproxyPostResult",
    "NodesLxcStatusCurrentGetResult",
    "NodesLxcStatusGetResultItem",
    "NodesLxcTermproxyPostResult",
    "NodesLxcVncproxyPostResult",
    "NodesLxcVncwebsocketGetResult",
    "NodesNodeLxcGetResultItem",
    "NodesNodeLxcVmidFirewallAliasesGetResultItem",
    "NodesNodeLxcVmidFirewallIpsetGetResultItem",
    "NodesNodeLxcVmidFirewallIpsetNameGetResultItem",
    "NodesNodeLxcVmidFirewallRulesGetResultItem",
    "NodesNodeLxcVmidFirewallRulesPosGetResult",
    "NodesNodeLxcVmidGetResultItem",
    "NodesNodeLxcVmidSnapshotGetResultItem",
]


class NodesNodeLxcGetResultItem(PveModel):
    """Result object ``NodesNodeLxcGetResultItem``."""

    status: Literal["stopped", "running"] | str
    """LXC Container status."""

    vmid: int
    """The (unique) ID of the VM."""

    cpu: float | None = None
    """Current CPU usage."""

    cpus: float | None = None
    """Maximum usable CPUs."""

    disk: int | None = None
    """Root disk image space-usage in bytes."""

    diskread: int | None = None
    """The amount of bytes the guest read from it's block devices since the guest was started. (Note: This info is not available for all storage types.)"""

    diskwrite: int | None = None
    """The amount of bytes the guest wrote from it's block devices since the guest was started. (Note: This info is not available for all storage types.)"""

    lock: str | None = None
    """The current config lock, if any."""

    maxdisk: int | None = None
    """Root disk image size in bytes."""

    maxmem: int | None = None
    """Maximum memory in bytes."""

    maxswap: int | None = None
    """Maximum SWAP memory in bytes."""

    mem: int | None = None
    """Currently used memory in bytes."""

    name: str | None = None
    """Container name."""

    netin: int | None = None
    """The amount of traffic in bytes that was sent to the guest over the network since it was started."""

    netout: int | None = None
    """The amount of traffic in bytes that was sent from the guest over the network since it was started."""

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

    tags: str | None = None
    """The current configured tags, if any."""

    template: bool | None = None
    """Determines if the guest is a template."""

    uptime: int | None = None
    """Uptime in seconds."""


class NodesNodeLxcVmidGetResultItem(PveModel):
    """Result object ``NodesNodeLxcVmidGetResultItem``."""

    subdir: str


class NodesLxcConfigGetResult(PveModel):
    """Result object ``NodesLxcConfigGetResult``."""

    __pve_families__: ClassVar[dict[str, tuple[str, int, int]]] = {
        "dev": ("dev", 0, 255),
        "mp": ("mp", 0, 255),
        "net": ("net", 0, 31),
        "unused": ("unused", 0, 255),
    }

    digest: str
    """SHA1 digest of configuration file. This can be used to prevent concurrent modifications."""

    arch: Literal["amd64", "i386", "arm64", "armhf", "riscv32", "riscv64"] | str | None = None
    """OS architecture type."""

    cmode: Literal["shell", "console", "tty"] | str | None = None
    """Console mode. By default, the console command tries to open a connection to one of the available tty devices. By setting cmode to 'console' it tries to attach to /dev/console instead. If you set cmode to 'shell', it simply invokes a shell inside the container (no login)."""

    console: bool | None = None
    """Attach a console device (/dev/console) to the container."""

    cores: int | None = None
    """The number of cores assigned to the container. A container can use all available cores by default."""

    cpulimit: float | None = None
    """Limit of CPU usage.

    NOTE: If the computer has 2 CPUs, it has a total of '2' CPU time. Value '0' indicates no CPU limit."""

    cpuunits: int | None = None
    """CPU weight for a container, will be clamped to [1, 10000] in cgroup v2."""

    debug: bool | None = None
    """Try to be more verbose. For now this only enables debug log-level on start."""

    description: str | None = None
    """Description for the Container. Shown in the web-interface CT's summary. This is saved as comment inside the configuration file."""

    entrypoint: str | None = None
    """Command to run as init, optionally with arguments; may start with an absolute path, relative path, or a binary in $PATH."""

    env: str | None = None
    """The container runtime environment as NUL-separated list. Replaces any lxc.environment.runtime entries in the config."""

    features: Features | None = None
    """Allow containers access to advanced features."""

    hookscript: str | None = None
    """Script that will be executed during various steps in the containers lifetime."""

    hostname: str | None = None
    """Set a host name for the container."""

    lock: (
        Literal[
            "backup",
            "create",
            "destroyed",
            "disk",
            "fstrim",
            "migrate",
            "mounted",
            "rollback",
            "snapshot",
            "snapshot-delete",
        ]
        | str
        | None
    ) = None
    """Lock/unlock the container."""

    lxc: list[list[str]] | None = None
    """Array of lxc low-level configurations ([[key1, value1], [key2, value2] ...])."""

    memory: int | None = None
    """Amount of RAM for the container in MB."""

    nameserver: str | None = None
    """Sets DNS server IP address for a container. Create will automatically use the setting from the host if you neither set searchdomain nor nameserver."""

    onboot: bool | None = None
    """Specifies whether a container will be started during system bootup."""

    ostype: (
        Literal[
            "debian",
            "devuan",
            "ubuntu",
            "centos",
            "fedora",
            "opensuse",
            "archlinux",
            "alpine",
            "gentoo",
            "nixos",
            "unmanaged",
        ]
        | str
        | None
    ) = None
    """OS type. This is used to setup configuration inside the container, and corresponds to lxc setup scripts in /usr/share/lxc/config/<ostype>.common.conf. Value 'unmanaged' can be used to skip and OS specific setup."""

    protection: bool | None = None
    """Sets the protection flag of the container. This will prevent the CT or CT's disk remove/update operation."""

    rootfs: Rootfs | None = None
    """Use volume as container root."""

    searchdomain: str | None = None
    """Sets DNS search domains for a container. Create will automatically use the setting from the host if you neither set searchdomain nor nameserver."""

    startup: Startup | None = None
    """Startup and shutdown behavior. Order is a non-negative number defining the general startup order. Shutdown in done with reverse ordering. Additionally you can set the 'up' or 'down' delay in seconds, which specifies a delay to wait before the next VM is started or stopped."""

    swap: int | None = None
    """Amount of SWAP for the container in MB."""

    tags: str | None = None
    """Tags of the Container. This is only meta information."""

    template: bool | None = None
    """Enable/disable Template."""

    timezone: str | None = None
    """Time zone to use in the container. If option isn't set, then nothing will be done. Can be set to 'host' to match the host time zone, or an arbitrary time zone option from /usr/share/zoneinfo/zone.tab"""

    tty: int | None = None
    """Specify the number of tty available to the container"""

    unprivileged: bool | None = None
    """Makes the container run as unprivileged user. For creation, the default is 1. For restore, the default is the value from the backup. (Should not be modified manually.)"""

    dev: IndexedMap[Dev] = Field(default_factory=IndexedMap)
    """``dev0`` … ``dev255`` by index (the flat keys stay readable too).
    Device to pass through to the container"""

    mp: IndexedMap[Mp] = Field(default_factory=IndexedMap)
    """``mp0`` … ``mp255`` by index (the flat keys stay readable too).
    Use volume as container mount point. Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume."""

    net: IndexedMap[LxcNet] = Field(default_factory=IndexedMap)
    """``net0`` … ``net31`` by index (the flat keys stay readable too).
    Specifies network interfaces for the container."""

    unused: IndexedMap[LxcUnused] = Field(default_factory=IndexedMap)
    """``unused0`` … ``unused255`` by index (the flat keys stay readable too).
    Reference to unused volumes. This is used internally, and should not be modified manually."""


class NodesLxcFeatureGetResult(PveModel):
    """Result object ``NodesLxcFeatureGetResult``."""

    hasFeature: bool


class NodesNodeLxcVmidFirewallAliasesGetResultItem(PveModel):
    """Result object ``NodesNodeLxcVmidFirewallAliasesGetResultItem``."""

    cidr: str

    digest: str
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    name: str

    comment: str | None = None


class NodesNodeLxcVmidFirewallIpsetGetResultItem(PveModel):
    """Result object ``NodesNodeLxcVmidFirewallIpsetGetResultItem``."""

    digest: str
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    name: str
    """IP set name."""

    comment: str | None = None


class NodesNodeLxcVmidFirewallIpsetNameGetResultItem(PveModel):
    """Result object ``NodesNodeLxcVmidFirewallIpsetNameGetResultItem``."""

    cidr: str

    digest: str
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    comment: str | None = None

    nomatch: bool | None = None


class NodesLxcFirewallLogGetResultItem(PveModel):
    """Result object ``NodesLxcFirewallLogGetResultItem``."""

    n: int
    """Line number"""

    t: str
    """Line text"""


class NodesLxcFirewallOptionsGetResult(PveModel):
    """Result object ``NodesLxcFirewallOptionsGetResult``."""

    dhcp: bool | None = None
    """Enable DHCP."""

    enable: bool | None = None
    """Enable/disable firewall rules."""

    ipfilter: bool | None = None
    """Enable default IP filters. This is equivalent to adding an empty ipfilter-net<id> ipset for every interface. Such ipsets implicitly contain sane default restrictions such as restricting IPv6 link local addresses to the one derived from the interface's MAC address. For containers the configured IP addresses will be implicitly added."""

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

    macfilter: bool | None = None
    """Enable/disable MAC address filter."""

    ndp: bool | None = None
    """Enable NDP (Neighbor Discovery Protocol)."""

    policy_in: Literal["ACCEPT", "REJECT", "DROP"] | str | None = None
    """Input policy."""

    policy_out: Literal["ACCEPT", "REJECT", "DROP"] | str | None = None
    """Output policy."""

    radv: bool | None = None
    """Allow sending Router Advertisement."""


class NodesLxcFirewallRefsGetResultItem(PveModel):
    """Result object ``NodesLxcFirewallRefsGetResultItem``."""

    name: str

    ref: str

    scope: str

    type: Literal["alias", "ipset"] | str

    comment: str | None = None


class NodesNodeLxcVmidFirewallRulesGetResultItem(PveModel):
    """Result object ``NodesNodeLxcVmidFirewallRulesGetResultItem``."""

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


class NodesNodeLxcVmidFirewallRulesPosGetResult(PveModel):
    """Result object ``NodesNodeLxcVmidFirewallRulesPosGetResult``."""

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


class NodesLxcInterfacesGetResultItem(PveModel):
    """Result object ``NodesLxcInterfacesGetResultItem``."""

    hardware_address: str = Field(alias="hardware-address")
    """The MAC address of the interface"""

    hwaddr: str
    """The MAC address of the interface"""

    ip_addresses: list[NodesLxcInterfacesGetResultItemIpAddressesItem] = Field(alias="ip-addresses")
    """The addresses of the interface"""

    name: str
    """The name of the interface"""

    inet: str | None = None
    """The IPv4 address of the interface"""

    inet6: str | None = None
    """The IPv6 address of the interface"""


class NodesLxcInterfacesGetResultItemIpAddressesItem(PveModel):
    """Result object ``NodesLxcInterfacesGetResultItemIpAddressesItem``."""

    ip_address: str | None = Field(default=None, alias="ip-address")
    """IP-Address"""

    ip_address_type: str | None = Field(default=None, alias="ip-address-type")
    """IP-Family"""

    prefix: int | None = None
    """IP-Prefix"""


class NodesLxcMigrateGetResult(PveModel):
    """Result object ``NodesLxcMigrateGetResult``."""

    running: bool
    """Determines if the container is running."""

    allowed_nodes: list[str] | None = Field(default=None, alias="allowed-nodes")
    """List of nodes allowed for migration."""

    dependent_ha_resources: list[str] | None = Field(default=None, alias="dependent-ha-resources")
    """HA resources, which will be migrated to the same target node as the VM, because these are in positive affinity with the VM."""

    not_allowed_nodes: NodesLxcMigrateGetResultNotAllowedNodes | None = Field(
        default=None, alias="not-allowed-nodes"
    )
    """List of not allowed nodes with additional information."""


class NodesLxcMigrateGetResultNotAllowedNodes(PveModel):
    """List of not allowed nodes with additional information."""

    blocking_ha_resources: (
        list[NodesLxcMigrateGetResultNotAllowedNodesBlockingHaResourcesItem] | None
    ) = Field(default=None, alias="blocking-ha-resources")
    """HA resources, which are blocking the container from being migrated to the node."""


class NodesLxcMigrateGetResultNotAllowedNodesBlockingHaResourcesItem(PveModel):
    """A blocking HA resource"""

    cause: Literal["node-affinity", "resource-affinity"] | str
    """The reason why the HA resource is blocking the migration."""

    sid: str
    """The blocking HA resource id"""


class NodesLxcMtunnelPostResult(PveModel):
    """Result object ``NodesLxcMtunnelPostResult``."""

    socket: str

    ticket: str

    upid: str


class NodesLxcMtunnelwebsocketGetResult(PveModel):
    """Result object ``NodesLxcMtunnelwebsocketGetResult``."""

    port: str | None = None

    socket: str | None = None


class NodesLxcPendingGetResultItem(PveModel):
    """Result object ``NodesLxcPendingGetResultItem``."""

    key: str
    """Configuration option name."""

    delete: int | None = None
    """Indicates a pending delete request if present and not 0."""

    pending: str | None = None
    """Pending value."""

    value: str | None = None
    """Current value."""


class NodesLxcRrdGetResult(PveModel):
    """Result object ``NodesLxcRrdGetResult``."""

    filename: str


class NodesNodeLxcVmidSnapshotGetResultItem(PveModel):
    """Result object ``NodesNodeLxcVmidSnapshotGetResultItem``."""

    description: str
    """Snapshot description."""

    name: str
    """Snapshot identifier. Value 'current' identifies the current VM."""

    parent: str | None = None
    """Parent snapshot identifier."""

    snaptime: int | None = None
    """Snapshot creation time"""


class NodesLxcSpiceproxyPostResult(PveModel):
    """Returned values can be directly passed to the 'remote-viewer' application."""

    host: str

    password: str

    proxy: str

    tls_port: int = Field(alias="tls-port")

    type: str


class NodesLxcStatusGetResultItem(PveModel):
    """Result object ``NodesLxcStatusGetResultItem``."""

    subdir: str


class NodesLxcStatusCurrentGetResult(PveModel):
    """Result object ``NodesLxcStatusCurrentGetResult``."""

    ha: dict[str, Any]
    """HA manager service status."""

    status: Literal["stopped", "running"] | str
    """LXC Container status."""

    vmid: int
    """The (unique) ID of the VM."""

    cpu: float | None = None
    """Current CPU usage."""

    cpus: float | None = None
    """Maximum usable CPUs."""

    disk: int | None = None
    """Root disk image space-usage in bytes."""

    diskread: int | None = None
    """The amount of bytes the guest read from it's block devices since the guest was started. (Note: This info is not available for all storage types.)"""

    diskwrite: int | None = None
    """The amount of bytes the guest wrote from it's block devices since the guest was started. (Note: This info is not available for all storage types.)"""

    lock: str | None = None
    """The current config lock, if any."""

    maxdisk: int | None = None
    """Root disk image size in bytes."""

    maxmem: int | None = None
    """Maximum memory in bytes."""

    maxswap: int | None = None
    """Maximum SWAP memory in bytes."""

    mem: int | None = None
    """Currently used memory in bytes."""

    name: str | None = None
    """Container name."""

    netin: int | None = None
    """The amount of traffic in bytes that was sent to the guest over the network since it was started."""

    netout: int | None = None
    """The amount of traffic in bytes that was sent from the guest over the network since it was started."""

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

    tags: str | None = None
    """The current configured tags, if any."""

    template: bool | None = None
    """Determines if the guest is a template."""

    uptime: int | None = None
    """Uptime in seconds."""


class NodesLxcTermproxyPostResult(PveModel):
    """Result object ``NodesLxcTermproxyPostResult``."""

    port: int

    ticket: str

    upid: str

    user: str


class NodesLxcVncproxyPostResult(PveModel):
    """Result object ``NodesLxcVncproxyPostResult``."""

    cert: str

    port: int

    ticket: str

    upid: str

    user: str

    password: str | None = None
    """Password used for authentication within the VNC protocol. Consists of printable ASCII characters ('!' .. '~')."""


class NodesLxcVncwebsocketGetResult(PveModel):
    """Result object ``NodesLxcVncwebsocketGetResult``."""

    port: str
