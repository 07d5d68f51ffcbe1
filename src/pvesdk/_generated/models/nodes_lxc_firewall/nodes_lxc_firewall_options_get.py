# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/lxc/{vmid}/firewall/options``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "NodesLxcFirewallOptionsGetResult",
]


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
