"""The firewall as pve-firewall keeps it: rules by position, aliases, IP sets, security groups
and options, at cluster, node, guest and vnet level, each list with its ``digest``.

Proxmox's facts carried over (pve-firewall ``PVE/API2/Firewall/*.pm``, ``PVE/Firewall.pm``):

* a new rule goes to position 0 (``unshift``) and is disabled unless ``enable`` is given;
  ``PUT …/rules/{pos}`` with ``moveto`` moves the rule before position ``moveto`` (past the end:
  to the end) and ignores every other argument; ``DELETE`` removes it; a missing position is
  ``no rule at position N``;
* a rule is verified like ``verify_rule``: the types each level allows, ``ACCEPT``/``DROP``/
  ``REJECT`` actions, ``net\\d+`` interfaces on guests, known macros, ports only with a protocol
  that has ports, addresses that parse, IP sets and aliases that exist;
* every list answers the SHA-1 ``digest`` of its entries (sorted ``key:value`` lines, the
  same bytes as ``copy_list_with_digest``) on each entry; a write with a stale ``digest`` is
  refused with ``detected modified configuration - file changed by other user? Try again.``;
* aliases are keyed by their lower-cased name and listed sorted; IP set entries are kept
  sorted by CIDR (the config writer sorts them), ``/32`` and ``/128`` dropped, zero prefixes
  refused; non-empty IP sets and security groups cannot be deleted.
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
from typing import Any

from .core import ApiError, Caller, Engine, route

__all__ = ["firewall_config", "list_digest"]

_MODIFIED = "detected modified configuration - file changed by other user? Try again."
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9\-_]+$")
_ALIAS_REF = re.compile(r"^(dc/|guest/)?([A-Za-z][A-Za-z0-9\-_]+)$")
_IPSET_REF = re.compile(r"^\+(guest/|dc/|sdn/)?([A-Za-z][A-Za-z0-9\-_]+)$")
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


def _param_error(field: str, message: str) -> ApiError:
    return ApiError(400, "Parameter verification failed.", {field: message})


def list_digest(entries: list[dict[str, Any]]) -> str:
    """SHA-1 over each entry's sorted ``key:value`` lines, as ``copy_list_with_digest`` does."""
    sha = hashlib.sha1()
    for entry in entries:
        for key in sorted(entry):
            value = entry[key]
            if value is None or isinstance(value, (dict, list)):
                continue
            sha.update(f"{key}:{value}\n".encode())
    return sha.hexdigest()


def _object_digest(obj: dict[str, Any]) -> str:
    return list_digest([obj])


def _with_digest(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    digest = list_digest(entries)
    return [{**entry, "digest": digest} for entry in entries]


def _guard(current: str, values: dict[str, Any]) -> None:
    if values.get("digest") and values["digest"] != current:
        raise ApiError(500, _MODIFIED)


def firewall_config(engine: Engine, scope: str) -> dict[str, Any]:
    """The stored firewall config of ``scope`` (``cluster``, ``node/N``, ``vm/ID``, ``vnet/V``)."""
    config: dict[str, Any] = engine.state.firewall.setdefault(scope, {})
    config.setdefault("rules", [])
    config.setdefault("options", {})
    if scope == "cluster" or scope.startswith("vm/"):
        config.setdefault("aliases", {})
        config.setdefault("ipset", {})
    if scope == "cluster":
        config.setdefault("groups", {})
    return config


# ---------------------------------------------------------------------------- levels


def _scope(engine: Engine, kind: str, path: dict[str, str]) -> tuple[str, str]:
    """(state scope, rule_env) of a request, checking that its node / guest / vnet exists."""
    if kind == "cluster":
        return "cluster", "cluster"
    if kind == "node":
        engine.node(path["node"])
        return f"node/{path['node']}", "host"
    if kind == "vnet":
        if path["vnet"] not in engine.state.sdn.get("vnets", {}):
            raise ApiError(500, f"sdn vnet '{path['vnet']}' does not exist")
        return f"vnet/{path['vnet']}", "vnet"
    guest = engine.guest(path["node"], int(path["vmid"]), kind)
    return f"vm/{guest.vmid}", "vm" if kind == "qemu" else "ct"


def _bases() -> list[tuple[str, str]]:
    return [
        ("cluster", "/cluster/firewall"),
        ("node", "/nodes/{node}/firewall"),
        ("qemu", "/nodes/{node}/qemu/{vmid}/firewall"),
        ("lxc", "/nodes/{node}/lxc/{vmid}/firewall"),
        ("vnet", "/cluster/sdn/vnets/{vnet}/firewall"),
    ]


# ---------------------------------------------------------------------------- rule checks


def _address_version(engine: Engine, scope: str, field: str, value: str) -> int | None:
    """The IP version of a rule's source/dest, refusing what pve-firewall refuses."""
    cluster = firewall_config(engine, "cluster")
    local = engine.state.firewall.get(scope, {}) if scope != "cluster" else {}
    if value.startswith("+"):
        match = _IPSET_REF.match(value)
        if not match:
            raise _param_error(field, f"invalid ipset name '{value}'")
        name = match.group(2)
        if name not in cluster["ipset"] and name not in local.get("ipset", {}):
            raise _param_error(field, f"no such ipset '{name}'")
        return None
    match = _ALIAS_REF.match(value)
    if match:
        scope_prefix, alias = match.group(1) or "", match.group(2).lower()
        entry = None
        if scope_prefix != "dc/":
            entry = local.get("aliases", {}).get(alias)
        if entry is None and scope_prefix != "guest/":
            entry = cluster["aliases"].get(alias)
        if entry is None:
            raise _param_error(field, f"no such alias '{value}'")
        return _ip_version(entry["cidr"])
    elements = value.split(",")
    if any(not e for e in elements):
        raise _param_error(field, "extraneous commas in list")
    version: int | None = None
    for element in elements:
        try:
            if "-" in element:
                low, _, high = element.partition("-")
                first = ipaddress.ip_address(low)
                ipaddress.ip_address(high)
                this = first.version
            else:
                this = ipaddress.ip_network(element, strict=False).version
        except ValueError:
            raise _param_error(field, f"invalid IP address: {element}") from None
        if version and this != version:
            raise _param_error(
                field, f"detected mixed ipv4/ipv6 addresses in address list '{value}'"
            )
        version = this
    if len(elements) > 1 and any("-" in e for e in elements):
        raise _param_error(field, "you can't use a range in a list")
    return version


def _ip_version(cidr: str) -> int | None:
    try:
        return ipaddress.ip_network(cidr, strict=False).version
    except ValueError:
        return None


def _verify_rule(engine: Engine, scope: str, env: str, rule: dict[str, Any]) -> None:
    rtype, action = rule.get("type"), rule.get("action")
    if not rtype:
        raise _param_error("type", "missing property")
    if not action:
        raise _param_error("action", "missing property")
    if rtype not in _TYPES[env]:
        if rtype == "group" and env == "group":
            raise _param_error("type", "security groups not allowed")
        raise _param_error("type", f"invalid rule type '{rtype}' for rule_env '{env}'")
    if rtype in ("in", "out", "forward"):
        if rtype == "forward" and action == "REJECT":
            raise _param_error("action", "cannot define REJECT rules on forward chain")
        if action not in ("ACCEPT", "DROP", "REJECT"):
            raise _param_error("action", f"unknown action '{action}'")
    else:
        if not _NAME.match(str(action)):
            raise _param_error("action", "invalid characters in security group name")
        if action not in firewall_config(engine, "cluster")["groups"]:
            raise _param_error("action", f"no such security group '{action}'")
    iface = rule.get("iface")
    if iface:
        if env in ("group", "vnet"):
            raise _param_error("type", "parameter -i not allowed for this rule type")
        if env in ("vm", "ct") and not re.match(r"^net\d+$", str(iface)):
            raise _param_error("iface", "value does not match the regex pattern 'net\\d+'")
    if rule.get("macro"):
        name = _MACROS.get(str(rule["macro"]).lower())
        if name is None:
            raise _param_error("macro", f"unknown macro '{rule['macro']}'")
        rule["macro"] = name
    proto = rule.get("proto")
    is_icmp = proto in _ICMP
    for port in ("dport", "sport"):
        if rule.get(port):
            if not proto:
                raise _param_error("proto", f"missing property - '{port}' requires this property")
            if proto not in _PORT_PROTOCOLS and not (is_icmp and port == "dport"):
                raise _param_error(port, f"protocol '{proto}' does not support ports")
    if rule.get("icmp-type"):
        if not is_icmp:
            raise _param_error("proto", "missing property - 'icmp-type' requires this property")
        if rule.get("dport"):
            raise _param_error("icmp-type", "'icmp-type' cannot be specified together with 'dport'")
    version: int | None = {"icmp": 4, "icmpv6": 6, "ipv6-icmp": 6}.get(str(proto))
    for field in ("source", "dest"):
        if rule.get(field):
            this = _address_version(engine, scope, field, str(rule[field]))
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
    scope, env = _scope(engine, kind, path)
    return firewall_config(engine, scope)["rules"], scope, env


def _position(rules: list[Any], pos: int) -> dict[str, Any]:
    if pos >= len(rules):
        raise ApiError(500, f"no rule at position {pos}")
    return rules[pos]  # type: ignore[no-any-return]


def _register_rules(kind: str, base: str) -> None:
    @route("GET", base)
    def rules(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        current, _, _ = _rules_of(engine, kind, path)
        return [{**r, "pos": i} for i, r in enumerate(_with_digest(current))]

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
        return {**_with_digest(current)[pos], "pos": pos}

    @route("PUT", one)
    def update(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        current, scope, env = _rules_of(engine, kind, path)
        _guard(list_digest(current), values)
        pos = int(path["pos"])
        rule = _position(current, pos)
        moveto = values.get("moveto")
        if moveto is not None and moveto != pos:
            del current[pos]
            current.insert(moveto if moveto < pos else moveto - 1, rule)
            return None
        changed = dict(rule)
        _copy_rule_data(changed, values)
        for key in str(values.get("delete", "") or "").replace(";", ",").split(","):
            key = key.strip()
            if not key:
                continue
            if key not in (*_RULE_KEYS, "pos", "digest"):
                raise _param_error("delete", f"no such property ('{key}')")
            if key in ("type", "action"):
                raise _param_error("delete", f"unable to delete required property '{key}'")
            changed.pop(key, None)
        _verify_rule(engine, scope, env, changed)
        current[pos] = changed
        return None

    @route("DELETE", one)
    def delete(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        current, _, _ = _rules_of(engine, kind, path)
        _guard(list_digest(current), values)
        pos = int(path["pos"])
        _position(current, pos)
        del current[pos]


for _kind, _base in _bases():
    _register_rules(_kind, _base + "/rules")
_register_rules("group", "/cluster/firewall/groups/{group}")


# ---------------------------------------------------------------------------- options


def _register_options(kind: str, base: str) -> None:
    @route("GET", base + "/options")
    def options(
        engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
    ) -> Any:
        scope, _ = _scope(engine, kind, path)
        stored = firewall_config(engine, scope)["options"]
        return {**stored, "digest": _object_digest(stored)}

    @route("PUT", base + "/options")
    def set_options(
        engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
    ) -> Any:
        scope, _ = _scope(engine, kind, path)
        stored = firewall_config(engine, scope)["options"]
        _guard(_object_digest(stored), values)
        fixed = {"node", "vmid", "vnet", "digest", "delete"}
        for key in str(values.get("delete", "") or "").replace(";", ",").split(","):
            if key.strip():
                stored.pop(key.strip(), None)
        for key, value in values.items():
            if key not in fixed:
                stored[key] = int(value) if isinstance(value, bool) else value


for _kind, _base in _bases():
    _register_options(_kind, _base)


# ---------------------------------------------------------------------------- aliases


def _alias_list(aliases: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for key in sorted(aliases):
        entry = dict(aliases[key])
        version = _ip_version(entry["cidr"])
        if version:
            entry["ipversion"] = version
        out.append(entry)
    return out


def _check_cidr(cidr: str) -> str:
    try:
        ipaddress.ip_network(cidr, strict=False)
    except ValueError:
        raise _param_error(
            "cidr", "value does not look like a valid IP address or CIDR network"
        ) from None
    return cidr


def _register_aliases(kind: str, base: str) -> None:
    def aliases_of(engine: Engine, path: dict[str, str]) -> dict[str, dict[str, Any]]:
        scope, _ = _scope(engine, kind, path)
        return firewall_config(engine, scope)["aliases"]  # type: ignore[no-any-return]

    @route("GET", base + "/aliases")
    def index(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        return _with_digest(_alias_list(aliases_of(engine, path)))

    @route("POST", base + "/aliases")
    def create(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        aliases = aliases_of(engine, path)
        name = str(values["name"])
        if name.lower() in aliases:
            raise _param_error("name", f"alias '{name}' already exists")
        entry = {"name": name, "cidr": _check_cidr(str(values["cidr"]))}
        if values.get("comment"):
            entry["comment"] = values["comment"]
        aliases[name.lower()] = entry

    @route("GET", base + "/aliases/{name}")
    def read(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        aliases = aliases_of(engine, path)
        if path["name"].lower() not in aliases:
            raise _param_error("name", "no such alias")
        listed = _with_digest(_alias_list(aliases))
        return next(a for a in listed if a["name"].lower() == path["name"].lower())

    @route("PUT", base + "/aliases/{name}")
    def update(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        aliases = aliases_of(engine, path)
        _guard(list_digest(_alias_list(aliases)), values)
        key = path["name"].lower()
        if key not in aliases:
            raise _param_error("name", "no such alias")
        entry = {"name": path["name"], "cidr": _check_cidr(str(values["cidr"]))}
        if values.get("comment"):
            entry["comment"] = values["comment"]
        rename = values.get("rename")
        if rename and rename.lower() != key:
            if rename.lower() in aliases:
                raise _param_error("name", f"alias '{rename}' already exists")
            del aliases[key]
            entry["name"], key = rename, rename.lower()
        aliases[key] = entry

    @route("DELETE", base + "/aliases/{name}")
    def delete(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        aliases = aliases_of(engine, path)
        _guard(list_digest(_alias_list(aliases)), values)
        aliases.pop(path["name"].lower(), None)


# ---------------------------------------------------------------------------- IP sets


def _normal_cidr(cidr: str) -> str:
    """A CIDR as pve-firewall stores it: host bits cleared, ``/32`` and ``/128`` dropped."""
    try:
        if "/" in cidr:
            network = ipaddress.ip_network(cidr, strict=False)
            text = f"{network.network_address}/{network.prefixlen}"
        else:
            text = str(ipaddress.ip_address(cidr))
    except ValueError:
        raise _param_error(
            "cidr", "value does not look like a valid IP address or CIDR network"
        ) from None
    return re.sub(r"/(32|128)$", "", text) if ":" in text or text.endswith("/32") else text


def _register_ipsets(kind: str, base: str) -> None:
    def sets_of(engine: Engine, path: dict[str, str]) -> tuple[dict[str, Any], str]:
        scope, _ = _scope(engine, kind, path)
        return firewall_config(engine, scope)["ipset"], scope

    def listed(sets: dict[str, Any]) -> list[dict[str, Any]]:
        out = []
        for name in sorted(sets):
            item = {"name": name}
            if sets[name].get("comment"):
                item["comment"] = sets[name]["comment"]
            out.append(item)
        return out

    def one(sets: dict[str, Any], name: str) -> dict[str, Any]:
        if name not in sets:
            raise ApiError(500, f"no such IPSet '{name}'")
        return sets[name]  # type: ignore[no-any-return]

    @route("GET", base + "/ipset")
    def index(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        return _with_digest(listed(sets_of(engine, path)[0]))

    @route("POST", base + "/ipset")
    def create(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        sets, _ = sets_of(engine, path)
        name, rename = str(values["name"]), values.get("rename")
        if rename:
            _guard(list_digest(listed(sets)), values)
            if rename not in sets:
                raise _param_error("name", f"IPSet '{rename}' does not exist")
            if name in sets and name != rename:
                raise _param_error("name", f"IPSet '{name}' does already exist")
            sets[name] = sets.pop(rename)
            if "comment" in values:
                sets[name]["comment"] = values["comment"]
            return None
        if name in sets:
            raise _param_error("name", f"IPSet '{name}' already exists")
        sets[name] = {"entries": []}
        if values.get("comment") is not None:
            sets[name]["comment"] = values["comment"]
        return None

    @route("GET", base + "/ipset/{name}")
    def entries(
        engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
    ) -> Any:
        sets, _ = sets_of(engine, path)
        return _with_digest(one(sets, path["name"])["entries"])

    @route("DELETE", base + "/ipset/{name}")
    def delete_set(
        engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
    ) -> Any:
        sets, _ = sets_of(engine, path)
        if one(sets, path["name"])["entries"] and not values.get("force"):
            raise ApiError(500, f"IPSet '{path['name']}' is not empty")
        del sets[path["name"]]

    @route("POST", base + "/ipset/{name}")
    def add(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        sets, scope = sets_of(engine, path)
        ipset = one(sets, path["name"])
        cidr = str(values["cidr"])
        match = _ALIAS_REF.match(cidr)
        if match:
            _address_version(engine, scope, "cidr", cidr)
        else:
            cidr = _normal_cidr(cidr)
        if any(e["cidr"] == cidr for e in ipset["entries"]):
            raise _param_error("cidr", f"address '{cidr}' already exists")
        if re.search(r"/0+$", cidr):
            raise _param_error("cidr", "a zero prefix is not allowed in ipset entries")
        entry: dict[str, Any] = {"cidr": cidr}
        if values.get("nomatch"):
            entry["nomatch"] = 1
        if values.get("comment"):
            entry["comment"] = values["comment"]
        ipset["entries"] = sorted([entry, *ipset["entries"]], key=lambda e: e["cidr"])

    def entry_of(ipset: dict[str, Any], cidr: str) -> dict[str, Any]:
        for entry in ipset["entries"]:
            if entry["cidr"] == cidr:
                return entry  # type: ignore[no-any-return]
        raise _param_error("cidr", "no such IP/Network")

    @route("GET", base + "/ipset/{name}/{cidr}")
    def read(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        ipset = one(sets_of(engine, path)[0], path["name"])
        entry_of(ipset, path["cidr"])
        listed_entries = _with_digest(ipset["entries"])
        return next(e for e in listed_entries if e["cidr"] == path["cidr"])

    @route("PUT", base + "/ipset/{name}/{cidr}")
    def update(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        ipset = one(sets_of(engine, path)[0], path["name"])
        _guard(list_digest(ipset["entries"]), values)
        entry = entry_of(ipset, path["cidr"])
        if values.get("nomatch"):
            entry["nomatch"] = 1
        else:
            entry.pop("nomatch", None)
        if values.get("comment"):
            entry["comment"] = values["comment"]
        else:
            entry.pop("comment", None)

    @route("DELETE", base + "/ipset/{name}/{cidr}")
    def remove(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        ipset = one(sets_of(engine, path)[0], path["name"])
        _guard(list_digest(ipset["entries"]), values)
        ipset["entries"] = [e for e in ipset["entries"] if e["cidr"] != path["cidr"]]


for _kind, _base in _bases():
    if _kind in ("cluster", "qemu", "lxc"):
        _register_aliases(_kind, _base)
        _register_ipsets(_kind, _base)


# ---------------------------------------------------------------------------- security groups


def _group_list(groups: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for name in sorted(groups):
        item = {"group": name}
        if groups[name].get("comment"):
            item["comment"] = groups[name]["comment"]
        out.append(item)
    return out


@route("GET", "/cluster/firewall/groups")
def groups(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    return _with_digest(_group_list(firewall_config(engine, "cluster")["groups"]))


@route("POST", "/cluster/firewall/groups")
def group_create(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    known = firewall_config(engine, "cluster")["groups"]
    name, rename = str(values["group"]), values.get("rename")
    if rename:
        _guard(list_digest(_group_list(known)), values)
        if rename not in known:
            raise _param_error("group", f"Security group '{rename}' does not exist")
        if name in known and name != rename:
            raise _param_error("group", f"Security group '{name}' does already exist")
        if rename == name:
            if "comment" in values:
                known[name]["comment"] = values["comment"]
            return None
        known[name] = known.pop(rename)
        for config in engine.state.firewall.values():
            for rule in config.get("rules", []):
                if rule.get("type") == "group" and rule.get("action") == rename:
                    rule["action"] = name
        return None
    if name in known:
        raise _param_error("group", f"Security group '{name}' already exists")
    known[name] = {"rules": []}
    if values.get("comment"):
        known[name]["comment"] = values["comment"]
    return None


@route("DELETE", "/cluster/firewall/groups/{group}")
def group_delete(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    known = firewall_config(engine, "cluster")["groups"]
    name = path["group"]
    if name not in known:
        raise ApiError(500, f"no such security group '{name}'")
    if known[name]["rules"]:
        raise ApiError(500, f"Security group '{name}' is not empty")
    del known[name]


# ---------------------------------------------------------------------------- indexes and refs


def _register_index(kind: str, base: str) -> None:
    subdirs = {
        "cluster": ["aliases", "groups", "ipset", "macros", "options", "refs", "rules"],
        "node": ["log", "options", "rules"],
        "qemu": ["aliases", "ipset", "log", "options", "refs", "rules"],
        "lxc": ["aliases", "ipset", "log", "options", "refs", "rules"],
        "vnet": ["options", "rules"],
    }[kind]

    @route("GET", base)
    def index(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        _scope(engine, kind, path)
        return [{"name": name} for name in subdirs]


for _kind, _base in _bases():
    _register_index(_kind, _base)


def _register_refs(kind: str, base: str) -> None:
    @route("GET", base + "/refs")
    def refs(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        scope, _ = _scope(engine, kind, path)
        wanted = values.get("type")
        out: list[dict[str, Any]] = []
        levels = [("dc", firewall_config(engine, "cluster"))]
        if scope != "cluster":
            levels.append(("guest", firewall_config(engine, scope)))
        for prefix, config in levels:
            if wanted in (None, "alias"):
                for alias in _alias_list(config.get("aliases", {})):
                    item = {"type": "alias", "name": alias["name"], "scope": prefix}
                    item["ref"] = f"{prefix}/{alias['name']}"
                    if alias.get("comment"):
                        item["comment"] = alias["comment"]
                    out.append(item)
            if wanted in (None, "ipset"):
                for name, ipset in sorted(config.get("ipset", {}).items()):
                    item = {"type": "ipset", "name": name, "scope": prefix}
                    item["ref"] = f"+{prefix}/{name}"
                    if ipset.get("comment"):
                        item["comment"] = ipset["comment"]
                    out.append(item)
        return out


for _kind, _base in _bases():
    if _kind in ("cluster", "qemu", "lxc"):
        _register_refs(_kind, _base)


@route("GET", "/cluster/firewall/macros")
def macros(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    return [{"macro": name, "descr": f"{name} traffic"} for name in sorted(_MACROS.values())]
