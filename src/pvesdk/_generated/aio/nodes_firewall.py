# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``nodes_firewall`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import AsyncPath, Returns
from pvesdk._runtime import checked as _checked
from pvesdk._runtime import join as _join
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.nodes_firewall.nodes_firewall_log_get import (
        NodesFirewallLogGetResultItem,
    )
    from ..models.nodes_firewall.nodes_firewall_options_get import (
        NodesFirewallOptionsGetResult,
    )
    from ..models.nodes_firewall.nodes_node_firewall_rules_get import (
        NodesNodeFirewallRulesGetResultItem,
    )
    from ..models.nodes_firewall.nodes_node_firewall_rules_pos_get import (
        NodesNodeFirewallRulesPosGetResult,
    )

_R0: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /nodes/{node}/firewall")
_R1: Returns[list[NodesFirewallLogGetResultItem]] = Returns(
    "list[NodesFirewallLogGetResultItem]",
    "GET /nodes/{node}/firewall/log",
    "models.nodes_firewall.nodes_firewall_log_get",
)
_R2: Returns[NodesFirewallOptionsGetResult] = Returns(
    "NodesFirewallOptionsGetResult",
    "GET /nodes/{node}/firewall/options",
    "models.nodes_firewall.nodes_firewall_options_get",
)
_R3: Returns[None] = Returns("None", "PUT /nodes/{node}/firewall/options")
_R4: Returns[list[NodesNodeFirewallRulesGetResultItem]] = Returns(
    "list[NodesNodeFirewallRulesGetResultItem]",
    "GET /nodes/{node}/firewall/rules",
    "models.nodes_firewall.nodes_node_firewall_rules_get",
)
_R5: Returns[None] = Returns("None", "POST /nodes/{node}/firewall/rules")
_R6: Returns[NodesNodeFirewallRulesPosGetResult] = Returns(
    "NodesNodeFirewallRulesPosGetResult",
    "GET /nodes/{node}/firewall/rules/{pos}",
    "models.nodes_firewall.nodes_node_firewall_rules_pos_get",
)
_R7: Returns[None] = Returns("None", "PUT /nodes/{node}/firewall/rules/{pos}")
_R8: Returns[None] = Returns("None", "DELETE /nodes/{node}/firewall/rules/{pos}")


class NodesNodeFirewall(AsyncPath):
    """``/nodes/{node}/firewall`` (firewall)

    ``GET``: Directory index."""

    __slots__ = ()

    @property
    def log(self) -> NodesNodeFirewallLog:
        """Read firewall log"""
        return NodesNodeFirewallLog(self._client, self._path + "/log")

    @property
    def options(self) -> NodesNodeFirewallOptions:
        """Get host firewall options."""
        return NodesNodeFirewallOptions(self._client, self._path + "/options")

    @property
    def rules(self) -> NodesNodeFirewallRules:
        """List rules."""
        return NodesNodeFirewallRules(self._client, self._path + "/rules")

    async def get(self) -> list[dict[str, Any]]:
        """Directory index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /nodes/{node}/firewall`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R0)


class NodesNodeFirewallLog(AsyncPath):
    """``/nodes/{node}/firewall/log`` (log)

    ``GET``: Read firewall log"""

    __slots__ = ()

    async def get(
        self,
        *,
        limit: int | None = None,
        since: int | None = None,
        start: int | None = None,
        until: int | None = None,
    ) -> list[NodesFirewallLogGetResultItem]:
        """Read firewall log

        Args:
            limit: (no description in the schema)
                Range: 0 to inf.
            since: Display log since this UNIX epoch.
                Range: 0 to inf.
            start: (no description in the schema)
                Range: 0 to inf.
            until: Display log until this UNIX epoch.
                Range: 0 to inf.

        Returns:
            ``list[NodesFirewallLogGetResultItem]``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Syslog]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/firewall/log`` (``log``)."""
        params = {
            "limit": limit,
            "since": since,
            "start": start,
            "until": until,
        }
        return await self._client._call("GET", self._path, params, _R1)


class NodesNodeFirewallOptions(AsyncPath):
    """``/nodes/{node}/firewall/options`` (options)

    ``GET``: Get host firewall options.
    ``PUT``: Set Firewall options."""

    __slots__ = ()

    async def get(self) -> NodesFirewallOptionsGetResult:
        """Get host firewall options.

        Returns:
            ``NodesFirewallOptionsGetResult``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Audit]]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/firewall/options`` (``get_options``)."""
        return await self._client._call("GET", self._path, {}, _R2)

    async def put(
        self,
        *,
        delete: str | Sequence[str] | None = None,
        digest: str | None = None,
        enable: bool | None = None,
        log_level_forward: Literal[
            "emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"
        ]
        | None = None,
        log_level_in: Literal[
            "emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"
        ]
        | None = None,
        log_level_out: Literal[
            "emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"
        ]
        | None = None,
        log_nf_conntrack: bool | None = None,
        ndp: bool | None = None,
        nf_conntrack_allow_invalid: bool | None = None,
        nf_conntrack_helpers: str | None = None,
        nf_conntrack_max: int | None = None,
        nf_conntrack_tcp_timeout_established: int | None = None,
        nf_conntrack_tcp_timeout_syn_recv: int | None = None,
        nftables: bool | None = None,
        nosmurfs: bool | None = None,
        protection_synflood: bool | None = None,
        protection_synflood_burst: int | None = None,
        protection_synflood_rate: int | None = None,
        smurf_log_level: Literal[
            "emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"
        ]
        | None = None,
        tcp_flags_log_level: Literal[
            "emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"
        ]
        | None = None,
        tcpflags: bool | None = None,
    ) -> None:
        """Set Firewall options.

        Args:
            delete: A list of settings you want to delete.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            enable: Enable host firewall rules.
                Default: ``1``.
            log_level_forward: Log level for forwarded traffic.
                Proxmox VE: New in 8.3.
            log_level_in: Log level for incoming traffic.
            log_level_out: Log level for outgoing traffic.
            log_nf_conntrack: Enable logging of conntrack information.
                Default: ``0``.
            ndp: Enable NDP (Neighbor Discovery Protocol).
                Default: ``1``.
            nf_conntrack_allow_invalid: Allow invalid packets on connection tracking.
                Default: ``0``.
            nf_conntrack_helpers: Enable conntrack helpers for specific protocols. Supported protocols: amanda, ftp, irc, netbios-ns, pptp, sane, sip, snmp, tftp
                Format: ``pve-fw-conntrack-helper``.
                Default: ````.
            nf_conntrack_max: Maximum number of tracked connections.
                Range: 32768 to inf.
                Default: ``262144``.
            nf_conntrack_tcp_timeout_established: Conntrack established timeout.
                Range: 7875 to inf.
                Default: ``432000``.
            nf_conntrack_tcp_timeout_syn_recv: Conntrack syn recv timeout.
                Range: 30 to 60.
                Default: ``60``.
            nftables: Enable nftables based firewall (tech preview)
                Proxmox VE: New in 8.2.
                Default: ``0``.
            nosmurfs: Enable SMURFS filter.
            protection_synflood: Enable synflood protection
                Default: ``0``.
            protection_synflood_burst: Synflood protection rate burst by ip src.
                Default: ``1000``.
            protection_synflood_rate: Synflood protection rate syn/sec by ip src.
                Default: ``200``.
            smurf_log_level: Log level for SMURFS filter.
            tcp_flags_log_level: Log level for illegal tcp flags filter.
            tcpflags: Filter illegal combinations of TCP flags.
                Default: ``0``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/firewall/options`` (``set_options``)."""
        params = {
            "delete": _join(delete),
            "digest": digest,
            "enable": enable,
            "log_level_forward": log_level_forward,
            "log_level_in": log_level_in,
            "log_level_out": log_level_out,
            "log_nf_conntrack": log_nf_conntrack,
            "ndp": ndp,
            "nf_conntrack_allow_invalid": nf_conntrack_allow_invalid,
            "nf_conntrack_helpers": _checked(
                "pve-fw-conntrack-helper", "nf_conntrack_helpers", nf_conntrack_helpers
            ),
            "nf_conntrack_max": nf_conntrack_max,
            "nf_conntrack_tcp_timeout_established": nf_conntrack_tcp_timeout_established,
            "nf_conntrack_tcp_timeout_syn_recv": nf_conntrack_tcp_timeout_syn_recv,
            "nftables": nftables,
            "nosmurfs": nosmurfs,
            "protection_synflood": protection_synflood,
            "protection_synflood_burst": protection_synflood_burst,
            "protection_synflood_rate": protection_synflood_rate,
            "smurf_log_level": smurf_log_level,
            "tcp_flags_log_level": tcp_flags_log_level,
            "tcpflags": tcpflags,
        }
        return await self._client._call("PUT", self._path, params, _R3)


class NodesNodeFirewallRules(AsyncPath):
    """``/nodes/{node}/firewall/rules`` (rules)

    ``GET``: List rules.
    ``POST``: Create new rule."""

    __slots__ = ()

    def pos(self, pos: int) -> NodesNodeFirewallRulesPos:
        """Update rule at position <pos>."""
        return NodesNodeFirewallRulesPos(self._client, self._path + "/" + _segment(pos))

    async def get(self) -> list[NodesNodeFirewallRulesGetResultItem]:
        """List rules.

        Returns:
            ``list[NodesNodeFirewallRulesGetResultItem]``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Audit]]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/firewall/rules`` (``get_rules``)."""
        return await self._client._call("GET", self._path, {}, _R4)

    async def post(
        self,
        *,
        action: str,
        type: Literal["in", "out", "forward", "group"],
        comment: str | None = None,
        dest: str | None = None,
        digest: str | None = None,
        dport: str | None = None,
        enable: int | None = None,
        icmp_type: str | None = None,
        iface: str | None = None,
        log: Literal["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"]
        | None = None,
        macro: str | None = None,
        pos: int | None = None,
        proto: str | None = None,
        source: str | None = None,
        sport: str | None = None,
    ) -> None:
        """Create new rule.

        Args:
            action: Rule action ('ACCEPT', 'DROP', 'REJECT') or security group name.
                Length: 2 to 20.
                Pattern: ``^[A-Za-z][A-Za-z0-9\\-\\_]+$``.
            type: Rule type.
            comment: Descriptive comment.
            dest: Restrict packet destination address. This can refer to a single IP address, an IP set ('+ipsetname') or an IP alias definition. You can also specify an address range like '20.34.101.207-201.3.9.99', or a list of IP addresses and networks (entries are separated by comma). Please do not mix IPv4 and IPv6 addresses inside such lists.
                Length: 0 to 512.
                Format: ``pve-fw-addr-spec``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            dport: Restrict TCP/UDP destination port. You can use service names or simple numbers (0-65535), as defined in '/etc/services'. Port ranges can be specified with '\\d+:\\d+', for example '80:85', and you can use comma separated list to match several ports or ranges.
                Format: ``pve-fw-dport-spec``.
            enable: Flag to enable/disable a rule.
                Range: 0 to inf.
            icmp_type: Specify icmp-type. Only valid if proto equals 'icmp' or 'icmpv6'/'ipv6-icmp'.
                Format: ``pve-fw-icmp-type-spec``.
            iface: Network interface name. You have to use network configuration key names for VMs and containers ('net\\d+'). Host related rules can use arbitrary strings.
                Length: 2 to 20.
                Format: ``pve-iface``.
            log: Log level for firewall rule.
            macro: Use predefined standard macro.
                Length: 0 to 128.
            pos: Update rule at position <pos>.
                Range: 0 to inf.
            proto: IP protocol. You can use protocol names ('tcp'/'udp') or simple numbers, as defined in '/etc/protocols'.
                Format: ``pve-fw-protocol-spec``.
            source: Restrict packet source address. This can refer to a single IP address, an IP set ('+ipsetname') or an IP alias definition. You can also specify an address range like '20.34.101.207-201.3.9.99', or a list of IP addresses and networks (entries are separated by comma). Please do not mix IPv4 and IPv6 addresses inside such lists.
                Length: 0 to 512.
                Format: ``pve-fw-addr-spec``.
            sport: Restrict TCP/UDP source port. You can use service names or simple numbers (0-65535), as defined in '/etc/services'. Port ranges can be specified with '\\d+:\\d+', for example '80:85', and you can use comma separated list to match several ports or ranges.
                Format: ``pve-fw-sport-spec``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/firewall/rules`` (``create_rule``)."""
        params = {
            "action": action,
            "type": type,
            "comment": comment,
            "dest": dest,
            "digest": digest,
            "dport": dport,
            "enable": enable,
            "icmp-type": _checked("pve-fw-icmp-type-spec", "icmp-type", icmp_type),
            "iface": iface,
            "log": log,
            "macro": macro,
            "pos": pos,
            "proto": proto,
            "source": source,
            "sport": sport,
        }
        return await self._client._call("POST", self._path, params, _R5)


class NodesNodeFirewallRulesPos(AsyncPath):
    """``/nodes/{node}/firewall/rules/{pos}`` ({pos})

    ``GET``: Get single rule data.
    ``PUT``: Modify rule data.
    ``DELETE``: Delete rule."""

    __slots__ = ()

    async def get(self) -> NodesNodeFirewallRulesPosGetResult:
        """Get single rule data.

        Returns:
            ``NodesNodeFirewallRulesPosGetResult``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Audit]]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/firewall/rules/{pos}`` (``get_rule``)."""
        return await self._client._call("GET", self._path, {}, _R6)

    async def put(
        self,
        *,
        action: str | None = None,
        comment: str | None = None,
        delete: str | Sequence[str] | None = None,
        dest: str | None = None,
        digest: str | None = None,
        dport: str | None = None,
        enable: int | None = None,
        icmp_type: str | None = None,
        iface: str | None = None,
        log: Literal["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"]
        | None = None,
        macro: str | None = None,
        moveto: int | None = None,
        proto: str | None = None,
        source: str | None = None,
        sport: str | None = None,
        type: Literal["in", "out", "forward", "group"] | None = None,
    ) -> None:
        """Modify rule data.

        Args:
            action: Rule action ('ACCEPT', 'DROP', 'REJECT') or security group name.
                Length: 2 to 20.
                Pattern: ``^[A-Za-z][A-Za-z0-9\\-\\_]+$``.
            comment: Descriptive comment.
            delete: A list of settings you want to delete.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            dest: Restrict packet destination address. This can refer to a single IP address, an IP set ('+ipsetname') or an IP alias definition. You can also specify an address range like '20.34.101.207-201.3.9.99', or a list of IP addresses and networks (entries are separated by comma). Please do not mix IPv4 and IPv6 addresses inside such lists.
                Length: 0 to 512.
                Format: ``pve-fw-addr-spec``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            dport: Restrict TCP/UDP destination port. You can use service names or simple numbers (0-65535), as defined in '/etc/services'. Port ranges can be specified with '\\d+:\\d+', for example '80:85', and you can use comma separated list to match several ports or ranges.
                Format: ``pve-fw-dport-spec``.
            enable: Flag to enable/disable a rule.
                Range: 0 to inf.
            icmp_type: Specify icmp-type. Only valid if proto equals 'icmp' or 'icmpv6'/'ipv6-icmp'.
                Format: ``pve-fw-icmp-type-spec``.
            iface: Network interface name. You have to use network configuration key names for VMs and containers ('net\\d+'). Host related rules can use arbitrary strings.
                Length: 2 to 20.
                Format: ``pve-iface``.
            log: Log level for firewall rule.
            macro: Use predefined standard macro.
                Length: 0 to 128.
            moveto: Move rule to new position <moveto>. Other arguments are ignored.
                Range: 0 to inf.
            proto: IP protocol. You can use protocol names ('tcp'/'udp') or simple numbers, as defined in '/etc/protocols'.
                Format: ``pve-fw-protocol-spec``.
            source: Restrict packet source address. This can refer to a single IP address, an IP set ('+ipsetname') or an IP alias definition. You can also specify an address range like '20.34.101.207-201.3.9.99', or a list of IP addresses and networks (entries are separated by comma). Please do not mix IPv4 and IPv6 addresses inside such lists.
                Length: 0 to 512.
                Format: ``pve-fw-addr-spec``.
            sport: Restrict TCP/UDP source port. You can use service names or simple numbers (0-65535), as defined in '/etc/services'. Port ranges can be specified with '\\d+:\\d+', for example '80:85', and you can use comma separated list to match several ports or ranges.
                Format: ``pve-fw-sport-spec``.
            type: Rule type.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/firewall/rules/{pos}`` (``update_rule``)."""
        params = {
            "action": action,
            "comment": comment,
            "delete": _join(delete),
            "dest": dest,
            "digest": digest,
            "dport": dport,
            "enable": enable,
            "icmp-type": _checked("pve-fw-icmp-type-spec", "icmp-type", icmp_type),
            "iface": iface,
            "log": log,
            "macro": macro,
            "moveto": moveto,
            "proto": proto,
            "source": source,
            "sport": sport,
            "type": type,
        }
        return await self._client._call("PUT", self._path, params, _R7)

    async def delete(
        self,
        *,
        digest: str | None = None,
    ) -> None:
        """Delete rule.

        Args:
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/firewall/rules/{pos}`` (``delete_rule``)."""
        params = {
            "digest": digest,
        }
        return await self._client._call("DELETE", self._path, params, _R8)
