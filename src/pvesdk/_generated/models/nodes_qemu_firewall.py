# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``nodes_qemu_firewall``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "NodesNodeQemuVmidFirewallAliasesGetResultItem",
    "NodesNodeQemuVmidFirewallIpsetGetResultItem",
    "NodesNodeQemuVmidFirewallIpsetNameGetResultItem",
    "NodesNodeQemuVmidFirewallRulesGetResultItem",
    "NodesNodeQemuVmidFirewallRulesPosGetResult",
    "NodesQemuFirewallLogGetResultItem",
    "NodesQemuFirewallOptionsGetResult",
    "NodesQemuFirewallRefsGetResultItem",
]


class NodesNodeQemuVmidFirewallAliasesGetResultItem(PveModel):
    """Result object ``NodesNodeQemuVmidFirewallAliasesGetResultItem``."""

    cidr: str

    digest: str
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    name: str

    comment: str | None = None


class NodesNodeQemuVmidFirewallIpsetGetResultItem(PveModel):
    """Result object ``NodesNodeQemuVmidFirewallIpsetGetResultItem``."""

    digest: str
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    name: str
    """IP set name."""

    comment: str | None = None


class NodesNodeQemuVmidFirewallIpsetNameGetResultItem(PveModel):
    """Result object ``NodesNodeQemuVmidFirewallIpsetNameGetResultItem``."""

    cidr: str

    digest: str
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    comment: str | None = None

    nomatch: bool | None = None


class NodesQemuFirewallLogGetResultItem(PveModel):
    """Result object ``NodesQemuFirewallLogGetResultItem``."""

    n: int
    """Line number"""

    t: str
    """Line text"""


class NodesQemuFirewallOptionsGetResult(PveModel):
    """Result object ``NodesQemuFirewallOptionsGetResult``."""

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


class NodesQemuFirewallRefsGetResultItem(PveModel):
    """Result object ``NodesQemuFirewallRefsGetResultItem``."""

    name: str

    ref: str

    scope: str

    type: Literal["alias", "ipset"] | str

    comment: str | None = None


class NodesNodeQemuVmidFirewallRulesGetResultItem(PveModel):
    """Result object ``NodesNodeQemuVmidFirewallRulesGetResultItem``."""

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


class NodesNodeQemuVmidFirewallRulesPosGetResult(PveModel):
    """Result object ``NodesNodeQemuVmidFirewallRulesPosGetResult``."""

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
