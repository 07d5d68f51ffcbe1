r"""Firewall rules by position, at every level and in security groups.

As pve-firewall ``PVE/API2/Firewall/Rules.pm`` and ``verify_rule`` in ``PVE/Firewall.pm`` do:

* a new rule goes to position 0 (``unshift``) and is disabled unless ``enable`` is given;
  ``PUT …/rules/{pos}`` with ``moveto`` moves the rule before position ``moveto`` (past the end:
  to the end) and ignores every other argument; ``DELETE`` removes it; a missing position is
  ``no rule at position N``;
* a rule is verified like ``verify_rule``: the types each level allows, ``ACCEPT``/``DROP``/
  ``REJECT`` actions, ``net\d+`` interfaces on guests, known macros, ports only with a protocol
  that has ports, addresses that parse, IP sets and aliases that exist.
"""

from __future__ import annotations

import re
from typing import Any

from .core import ApiError, Caller, Engine, route
from .firewall import (
    address_version,
    bases,
    firewall_config,
    guard,
    list_digest,
    param_error,
    scope_of,
    with_digest,
)
from .params import delete_keys

_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9\-_]+$")
_RULE_KEYS = (
    "type",
    "action",
    "macro",
    "iface",
    "source",
    "dest",
    "proto",
    "enable",
    "log",
    "sport",
    "dport",
    "comment",
    "icmp-type",
)
_TYPES = {
    "vm": ("in", "out", "group"),
    "ct": ("in", "out", "group"),
    "group": ("in", "out", "forward"),
    "cluster": ("in", "out", "forward", "group"),
    "host": ("in", "out", "forward", "group"),
    "vnet": ("forward", "group"),
}
_PORT_PROTOCOLS = {"tcp", "6", "udp", "17", "udplite", "136", "dccp", "33", "sctp", "132"}
_ICMP = {"icmp", "icmpv6", "ipv6-icmp", "1", "58"}
# The macro names pve-firewall knows ($pve_fw_macros), as it prints them.
_MACROS = {
    name.lower(): name
    for name in (
        "Amanda",
        "Auth",
        "BGP",
        "BitTorrent",
        "BitTorrent32",
        "Ceph",
        "CVS",
        "Citrix",
        "DAAP",
        "DCC",
        "DHCPfwd",
        "DNS",
        "Distcc",
        "FTP",
        "Finger",
        "GNUnet",
        "GRE",
        "Git",
        "HKP",
        "HTTP",
        "HTTPS",
        "ICPV2",
        "ICQ",
        "IMAP",
        "IMAPS",
        "IPIP",
        "IPsec",
        "IPsecah",
        "IPsecnat",
        "IRC",
        "Jetdirect",
        "L2TP",
        "LDAP",
        "LDAPS",
        "MSNP",
        "MSSQL",
        "Mail",
        "MDNS",
        "Munin",
        "MySQL",
        "NNTP",
        "NNTPS",
        "NTP",
        "OSPF",
        "OpenVPN",
        "PCA",
        "PMG",
        "POP3",
        "POP3S",
        "PPtP",
        "Ping",
        "PostgreSQL",
        "Printer",
        "RDP",
        "RIP",
        "RNDC",
        "Razor",
        "Rdate",
        "Rsync",
        "SANE",
        "SMB",
        "SMBswat",
        "SMTP",
        "SMTPS",
        "SNMP",
        "SPAMD",
        "SSH",
        "SVN",
        "SixXS",
        "SPICEproxy",
        "Squid",
        "Submission",
        "Syslog",
        "TFTP",
        "Telnet",
        "Telnets",
        "Time",
        "Trcrt",
        "VNC",
        "VNCL",
        "Web",
        "Webcache",
        "Webmin",
        "Whois",
    )
}


# ---------------------------------------------------------------------------- rule checks


def _verify_rule(engine: Engine, scope: str, env: str, rule: dict[str, Any]) -> None:
    rtype, action = rule.get("type"), rule.get("action")
    if not rtype:
        raise param_error("type", "missing property")
    if not action:
        raise param_error("action", "missing property")
    if rtype not in _TYPES[env]:
        if rtype == "group" and env == "group":
            raise param_error("type", "security groups not allowed")
        raise param_error("type", f"invalid rule type '{rtype}' for rule_env '{env}'")
    if rtype in ("in", "out", "forward"):
        if rtype == "forward" and action == "REJECT":
            raise param_error("action", "cannot define REJECT rules on forward chain")
        if action not in ("ACCEPT", "DROP", "REJECT"):
            raise param_error("action", f"unknown action '{action}'")
    else:
        if not _NAME.match(str(action)):
            raise param_error("action", "invalid characters in security group name")
        if action not in firewall_config(engine, "cluster")["groups"]:
            raise param_error("action", f"no such security group '{action}'")
    iface = rule.get("iface")
    if iface:
        if env in ("group", "vnet"):
            raise param_error("type", "parameter -i not allowed for this rule type")
        if env in ("vm", "ct") and not re.match(r"^net\d+$", str(iface)):
            raise param_error("iface", "value does not match the regex pattern 'net\\d+'")
    if rule.get("macro"):
        name = _MACROS.get(str(rule["macro"]).lower())
        if name is None:
            raise param_error("macro", f"unknown macro '{rule['macro']}'")
        rule["macro"] = name
    proto = rule.get("proto")
    is_icmp = proto in _ICMP
    for port in ("dport", "sport"):
        if rule.get(port):
            if not proto:
                raise param_error("proto", f"missing property - '{port}' requires this property")
            if proto not in _PORT_PROTOCOLS and not (is_icmp and port == "dport"):
                raise param_error(port, f"protocol '{proto}' does not support ports")
    if rule.get("icmp-type"):
        if not is_icmp:
            raise param_error("proto", "missing property - 'icmp-type' requires this property")
        if rule.get("dport"):
            raise param_error("icmp-type", "'icmp-type' cannot be specified together with 'dport'")
    version: int | None = {"icmp": 4, "icmpv6": 6, "ipv6-icmp": 6}.get(str(proto))
    for field in ("source", "dest"):
        if rule.get(field):
            this = address_version(engine, scope, field, str(rule[field]))
            if this and version and this != version:
                raise ApiError(500, "detected mixed ipv4/ipv6 addresses in rule")
            version = this or version
    rule.pop("ipversion", None)
    if version:
        rule["ipversion"] = version


def _copy_rule_data(rule: dict[str, Any], values: dict[str, Any]) -> None:
    for key in _RULE_KEYS:
        if key not in values:
            continue
        value = values[key]
        if isinstance(value, bool):
            value = int(value)
        if value in ("", "-"):
            rule.pop(key, None)
        else:
            rule[key] = value if key == "enable" else str(value)


# ---------------------------------------------------------------------------- rules


def _rules_of(engine: Engine, kind: str, path: dict[str, str]) -> tuple[list[Any], str, str]:
    if kind == "group":
        groups = firewall_config(engine, "cluster")["groups"]
        if path["group"] not in groups:
            raise ApiError(500, f"no such security group '{path['group']}'")
        return groups[path["group"]]["rules"], "cluster", "group"
    scope, env = scope_of(engine, kind, path)
    return firewall_config(engine, scope)["rules"], scope, env


def _position(rules: list[Any], pos: int) -> dict[str, Any]:
    if pos >= len(rules):
        raise ApiError(500, f"no rule at position {pos}")
    return rules[pos]  # type: ignore[no-any-return]


def _register_rules(kind: str, base: str) -> None:
    @route("GET", base)
    def rules(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        current, _, _ = _rules_of(engine, kind, path)
        return [{**r, "pos": i} for i, r in enumerate(with_digest(current))]

    @route("POST", base)
    def create(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        current, scope, env = _rules_of(engine, kind, path)
        rule: dict[str, Any] = {}
        _copy_rule_data(rule, values)
        _verify_rule(engine, scope, env, rule)
        rule.setdefault("enable", 0)
        current.insert(0, rule)

    one = base + "/{pos}"

    @route("GET", one)
    def get(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        current, _, _ = _rules_of(engine, kind, path)
        pos = int(path["pos"])
        _position(current, pos)
        return {**with_digest(current)[pos], "pos": pos}

    @route("PUT", one)
    def update(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        current, scope, env = _rules_of(engine, kind, path)
        guard(list_digest(current), values)
        pos = int(path["pos"])
        rule = _position(current, pos)
        moveto = values.get("moveto")
        if moveto is not None and moveto != pos:
            del current[pos]
            # past the end (a number of any size) appends, as the loop in Rules.pm does
            current.insert(min(moveto if moveto < pos else moveto - 1, len(current)), rule)
            return None
        changed = dict(rule)
        _copy_rule_data(changed, values)
        for key in delete_keys(values):
            if key not in (*_RULE_KEYS, "pos", "digest"):
                raise param_error("delete", f"no such property ('{key}')")
            if key in ("type", "action"):
                raise param_error("delete", f"unable to delete required property '{key}'")
            changed.pop(key, None)
        _verify_rule(engine, scope, env, changed)
        current[pos] = changed
        return None

    @route("DELETE", one)
    def delete(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        current, _, _ = _rules_of(engine, kind, path)
        guard(list_digest(current), values)
        pos = int(path["pos"])
        _position(current, pos)
        del current[pos]


for _kind, _base in bases():
    _register_rules(_kind, _base + "/rules")
_register_rules("group", "/cluster/firewall/groups/{group}")


@route("GET", "/cluster/firewall/macros")
def macros(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``GET /cluster/firewall/macros``: PVE::API2::Firewall::Cluster ``get_macros``."""
    return [{"macro": name, "descr": f"{name} traffic"} for name in sorted(_MACROS.values())]
