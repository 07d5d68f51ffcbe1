# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/firewall/options``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "NodesFirewallOptionsGetResult",
]


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
