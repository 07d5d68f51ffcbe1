# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/firewall/rules/{pos}``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "ClusterFirewallRulesPosGetResult",
]


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
