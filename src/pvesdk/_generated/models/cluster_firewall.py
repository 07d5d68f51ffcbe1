# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``cluster_firewall``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._model import PveModel

from ..propstr import LogRatelimit

__all__ = [
    "ClusterFirewallAliasesGetResultItem",
    "ClusterFirewallGroupsGetResultItem",
    "ClusterFirewallGroupsGroupGetResultItem",
    "ClusterFirewallGroupsGroupPosGetResult",
    "ClusterFirewallIpsetGetResultItem",
    "ClusterFirewallIpsetNameGetResultItem",
    "ClusterFirewallMacrosGetResultItem",
    "ClusterFirewallOptionsGetResult",
    "ClusterFirewallRefsGetResultItem",
    "ClusterFirewallRulesGetResultItem",
    "ClusterFirewallRulesPosGetResult",
]


class ClusterFirewallAliasesGetResultItem(PveModel):
    """Result object ``ClusterFirewallAliasesGetResultItem``."""

    cidr: str

    digest: str
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    name: str

    comment: str | None = None


class ClusterFirewallGroupsGetResultItem(PveModel):
    """Result object ``ClusterFirewallGroupsGetResultItem``."""

    digest: str
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    group: str
    """Security Group name."""

    comment: str | None = None


class ClusterFirewallGroupsGroupGetResultItem(PveModel):
    """Result object ``ClusterFirewallGroupsGroupGetResultItem``."""

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


class ClusterFirewallGroupsGroupPosGetResult(PveModel):
    """Result object ``ClusterFirewallGroupsGroupPosGetResult``."""

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


class ClusterFirewallIpsetGetResultItem(PveModel):
    """Result object ``ClusterFirewallIpsetGetResultItem``."""

    digest: str
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    name: str
    """IP set name."""

    comment: str | None = None


class ClusterFirewallIpsetNameGetResultItem(PveModel):
    """Result object ``ClusterFirewallIpsetNameGetResultItem``."""

    cidr: str

    digest: str
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    comment: str | None = None

    nomatch: bool | None = None


class ClusterFirewallMacrosGetResultItem(PveModel):
    """Result object ``ClusterFirewallMacrosGetResultItem``."""

    descr: str
    """More verbose description (if available)."""

    macro: str
    """Macro name."""


class ClusterFirewallOptionsGetResult(PveModel):
    """Result object ``ClusterFirewallOptionsGetResult``."""

    ebtables: bool | None = None
    """Enable ebtables rules cluster wide."""

    enable: int | None = None
    """Enable or disable the firewall cluster wide."""

    log_ratelimit: LogRatelimit | None = None
    """Log ratelimiting settings"""

    policy_forward: Literal["ACCEPT", "DROP"] | str | None = None
    """Forward policy."""

    policy_in: Literal["ACCEPT", "REJECT", "DROP"] | str | None = None
    """Input policy."""

    policy_out: Literal["ACCEPT", "REJECT", "DROP"] | str | None = None
    """Output policy."""


class ClusterFirewallRefsGetResultItem(PveModel):
    """Result object ``ClusterFirewallRefsGetResultItem``."""

    name: str

    ref: str

    scope: str

    type: Literal["alias", "ipset"] | str

    comment: str | None = None


class ClusterFirewallRulesGetResultItem(PveModel):
    """Result object ``ClusterFirewallRulesGetResultItem``."""

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


class ClusterFirewallRulesPosGetResult(PveModel):
    """Result object ``ClusterFirewallRulesPosGetResult``."""

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
