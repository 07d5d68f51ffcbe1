"""The formats of Proxmox's services, for :mod:`pvesdk.formats`: pve-firewall (IP-or-CIDR,
aliases, conntrack helpers, ports, protocols and ICMP types; service and protocol names from the
host's /etc/services and /etc/protocols, as Proxmox reads them; address lists), pve-manager
(graphite paths, ACME domains, directory overrides, node command batches), pve-container (time
zones), pve-guest-common (replication job ids), pve-storage (iSCSI/Ceph portals, ZFS block
sizes), pve-network (SDN subnet ids, route targets, prefix list and route map ids, full-range
CIDRs), pve-cluster (MAC prefixes) and pve-common ``PVE::Certificate`` (PEM strings). Each check
returns Proxmox's message, or ``None`` when the value is valid."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from typing import Any

from ._format_rules import IPV4_RE, IPV6_RE, Check, content, decimal
from ._format_rules import cidr as _cidr
from ._net_ip import NetIP


def ip_or_cidr(value: str) -> str | None:
    """pve-firewall ``pve_verify_ip_or_cidr``. A prefix Net::IP refuses (``10.0.0.0/33``) passes
    here: the message would be Net::IP's own, which is not modelled."""
    if re.search(rf"^(?:{IPV6_RE}|{IPV4_RE})(?:/\d+)?$", value):
        return None
    return "value does not look like a valid IP address or CIDR network"


# pve-firewall ``$ip_alias_pattern`` (and ``$ipset_name_pattern``, the same)
_ALIAS = r"[A-Za-z][A-Za-z0-9\-\_]+"


def ip_or_cidr_or_alias(value: str) -> str | None:
    """pve-firewall ``pve_verify_ip_or_cidr_or_alias``: an alias name, optionally scoped."""
    if re.search(rf"^(dc/|guest/)?(?:{_ALIAS})$", value):
        return None
    return ip_or_cidr(value)


def firewall_addresses(value: str) -> str | None:
    """pve-firewall ``pve_fw_verify_addr_spec`` (``parse_address_list``): an IP set reference
    (``+NAME``, ``+dc/NAME``, ``+guest/NAME``: any ``+`` and non-blank text, at most 64 after
    the ``+``), an alias (``NAME``, ``dc/NAME``, ``guest/NAME``, at most 64 in all), or a ``,``
    list of what Perl's Net::IP takes (addresses, ``/N`` prefixes, ``A-B`` ranges), all IPv4 or
    all IPv6, a range only alone. Net::IP's own reason follows ``invalid IP address:``."""
    if re.search(r"^(\+)(\S+)$", value):
        return "ipset name too long" if len(value) > 64 + 1 else None
    if re.search(rf"^(dc/|guest/)?{_ALIAS}$", value):
        return "alias name too long" if len(value) > 64 else None
    elements = value.split(",")
    while elements and not elements[-1]:
        elements.pop()  # Perl's split drops trailing empty fields
    if value != ",".join(elements):
        return "extraneous commas in list"
    net_ip, version, ranges = NetIP(), 0, False
    for element in elements:
        first = net_ip.new(element)
        if first is None:
            return f"invalid IP address: {net_ip.error}"
        ranges = ranges or "-" in element
        this_version = 6 if net_ip.is_ipv6(first) else 4
        if version and this_version != version:
            return f"detected mixed ipv4/ipv6 addresses in address list '{value}'"
        version = this_version
    if ranges and len(elements) > 1:
        return "you can't use a range in a list"
    return None


# pve-firewall ``$pve_fw_helpers``
_CONNTRACK_HELPERS = frozenset(
    {"amanda", "ftp", "irc", "netbios-ns", "pptp", "sane", "sip", "snmp", "tftp"}
)


def conntrack_helpers(value: str) -> str | None:
    """pve-firewall ``pve_fw_verify_conntrack_helper``. Its ``unknown helper`` die has no newline,
    so Perl appends where it died (pve-firewall's line of that ``die``)."""
    helpers = value.split(",")
    while helpers and not helpers[-1]:
        helpers.pop()  # Perl's split drops trailing empty fields
    if value != ",".join(helpers):
        return "extraneous commas in list"
    for helper in helpers:
        if helper not in _CONNTRACK_HELPERS:
            return f"unknown helper {helper} at /usr/share/perl5/PVE/Firewall.pm line 1167."
    return None


# pve-firewall ``$icmp_type_names`` and ``$icmpv6_type_names`` (iptables' and ip6tables' names)
_ICMP_TYPES = frozenset(
    [
        "any", "echo-reply", "destination-unreachable", "network-unreachable", "host-unreachable",
        "protocol-unreachable", "port-unreachable", "fragmentation-needed", "source-route-failed",
        "network-unknown", "host-unknown", "network-prohibited", "host-prohibited",
        "TOS-network-unreachable", "TOS-host-unreachable", "communication-prohibited",
        "host-precedence-violation", "precedence-cutoff", "source-quench", "redirect",
        "network-redirect", "host-redirect", "TOS-network-redirect", "TOS-host-redirect",
        "echo-request", "router-advertisement", "router-solicitation", "time-exceeded",
        "ttl-zero-during-transit", "ttl-zero-during-reassembly", "parameter-problem",
        "ip-header-bad", "required-option-missing", "timestamp-request", "timestamp-reply",
        "address-mask-request", "address-mask-reply",
    ]
)  # fmt: skip
_ICMPV6_TYPES = frozenset(
    [
        "destination-unreachable", "no-route", "communication-prohibited", "beyond-scope",
        "address-unreachable", "port-unreachable", "failed-policy", "reject-route",
        "packet-too-big", "time-exceeded", "ttl-zero-during-transit", "ttl-zero-during-reassembly",
        "parameter-problem", "bad-header", "unknown-header-type", "unknown-option", "echo-request",
        "echo-reply", "router-solicitation", "router-advertisement", "neighbor-solicitation",
        "neighbour-solicitation", "neighbor-advertisement", "neighbour-advertisement", "redirect",
    ]
)  # fmt: skip


@functools.cache
def _etc_names(filename: str, pattern: str) -> frozenset[str]:
    """The names and numbers of ``/etc/services`` or ``/etc/protocols``, read as pve-firewall's
    ``get_etc_services`` and ``parse_protocol_file`` read them: from the host, where Proxmox
    reads them too; none when the file is missing (Proxmox warns and knows none either)."""
    try:
        with open(filename, encoding="utf-8", errors="replace") as lines:
            found = (re.search(pattern, line.rstrip("\n")) for line in lines)
            return frozenset(
                part for match in found if match is not None for part in match.groups()
            )
    except OSError:
        return frozenset()


@functools.cache
def _service_names() -> frozenset[str]:
    services = _etc_names("/etc/services", r"^(\S+)\s+\S+/(?:tcp|udp|sctp).*$")
    return frozenset(name for name in services if not name.startswith("#"))


@functools.cache
def _protocols() -> frozenset[str]:
    protocols = _etc_names("/etc/protocols", r"^(\S+)\s+(\d+)(?:\s+.*)?$")
    return protocols.union({"icmpv6"}) - {name for name in protocols if name.startswith("#")}


def ports(dport: bool) -> Check:
    """pve-firewall ``parse_port_name_number_or_range``: ports, ``A:B`` ranges and service
    names; a destination may also name an ICMP type (where older rules kept it)."""

    def check(value: str) -> str | None:
        items = value.split(",")
        while items and not items[-1]:
            items.pop()  # Perl's split drops trailing empty fields
        if value != ",".join(items):
            return "extraneous commas in list"
        count, icmp = 0, False
        for item in items:
            span = re.search(r"^([0-9]+):([0-9]+)$", item)
            if span:
                count += 2
                low, high = span.groups()
                for port in (low, high):
                    if decimal(port) > 65535:
                        return f"invalid port '{port}'"
                if decimal(low) > decimal(high):
                    return (
                        f"backwards range '{low}:{high}' not allowed, did you mean '{high}:{low}'?"
                    )
            elif re.search(r"^[0-9]+$", item):
                count += 1
                if decimal(item) > 65535:
                    return f"invalid port '{item}'"
            elif dport and (item in _ICMP_TYPES or item in _ICMPV6_TYPES):
                icmp = True
            elif item not in _service_names():
                return f"invalid port '{item}'"
        if icmp and count > 0:
            return "ICMP ports not allowed in port range"
        if count > 15:
            return "too many entries in port list (> 15 numbers)"
        return None

    return check


def protocol(value: str) -> str | None:
    """pve-firewall ``pve_fw_verify_protocol_spec``: a name or number of ``/etc/protocols``."""
    if value in ("", "0") or value in _protocols():
        return None
    return f"unknown protocol '{value}'"


def icmp_type(value: str) -> str | None:
    """pve-firewall ``pve_fw_verify_icmp_type_spec``: an iptables or ip6tables ICMP type name."""
    if value == "" or value in _ICMP_TYPES or value in _ICMPV6_TYPES:
        return None
    return f"invalid icmp-type value '{value}'"


def dir_override(value: str) -> str | None:
    r"""pve-storage ``verify_dir_override``: ``CONTENT=RELATIVE/PATH``. Its pattern
    (``[^.]*(?:\.?[^.]+)+``) says: not empty, no ``..``, no trailing dot; said here without the
    nested quantifiers, which backtrack for ages on a long refused path."""
    found = re.search(r"^([a-z]+)=(.+)$", value, re.DOTALL)
    path = found.group(2) if found else ""
    if found is None or ".." in path or path.endswith("."):
        return f"invalid override '{value}'"
    problem = content(found.group(1))
    if problem is not None:
        return problem
    if len(path) < 1023 and all(len(part) < 255 for part in path.split("/")):
        return None
    return f"invalid override '{value}'"


@functools.cache
def _zones() -> frozenset[str]:
    """The third column of the host's ``/usr/share/zoneinfo/zone.tab``, which pve-common reads."""
    try:
        with open("/usr/share/zoneinfo/zone.tab", encoding="utf-8") as lines:
            rows = [
                line.rstrip("\n").split("\t") for line in lines if not line.lstrip().startswith("#")
            ]
    except OSError:
        return frozenset()
    return frozenset(row[2] for row in rows if len(row) > 2)


def ct_timezone(value: str) -> str | None:
    """pve-container ``verify_ct_timezone`` over pve-common ``pve_verify_timezone``."""
    if value in ("host", "UTC") or value in _zones():
        return None
    return f"invalid time zone '{value}'"


def replication_job_id(value: str) -> str | None:
    """pve-guest-common ``PVE::ReplicationConfig::parse_replication_job_id``."""
    found = re.search(r"^(\d+)-(\d+)$", value)
    if found is None:
        return f"invalid replication job id '{value}'"
    if decimal(found.group(1)) < 100:
        return f"invalid replication job id '{value}' (guest IDs < 100 are reserved)"
    return None


def portal_dns(value: str) -> str | None:
    """pve-storage ``verify_portal_dns`` over pve-common ``PVE::Tools::parse_host_and_port``."""
    host = r"[a-zA-Z0-9\-.]+"
    if (
        re.search(rf"^(?:{IPV4_RE}|{host})(?::\d+)?$", value)
        or re.search(rf"^\[(?:{IPV6_RE}|{IPV4_RE}|{host})\](?::\d+)?$", value)
        or re.search(rf"^(?:{IPV6_RE})(?:\.\d+)?$", value)
    ):
        return None
    return "value does not look like a valid portal address"


def zfs_blocksize(value: str) -> str | None:
    """pve-storage ``PVE::Storage::ZFSPoolPlugin::verify_zfs_blocksize``."""
    if value == "":
        return None
    found = re.search(r"^([1-9][0-9]*)([km])?$", value, re.IGNORECASE)
    if found is None:
        return (
            f"invalid ZFS blocksize format '{value}'. Use a positive number "
            "(no leading zeros) with an optional 'k' or 'm' suffix."
        )
    size = (
        decimal(found.group(1))
        * {"": 1, "k": 1024, "m": 1024 * 1024}[(found.group(2) or "").lower()]
    )
    if 512 <= size <= 16 * 1024 * 1024 and size & (size - 1) == 0:
        return None
    return (
        f"value '{value}' is not a valid ZFS blocksize. Must be a power of 2 "
        "between 512B and 16MiB (e.g., 4k, 8k, 16k, 64k, 1m)."
    )


def sdn_subnet_id(value: str) -> str | None:
    """pve-network ``PVE::Network::SDN::SubnetPlugin::parse_sdn_subnet_id``: a CIDR, or
    ``ZONE-IP-MASK`` (the config's ID, ``/`` written as ``-``)."""
    cidr = value
    if "/" not in value:
        parts = value.split("-")
        ip = parts[1] if len(parts) > 1 else ""
        mask = parts[2] if len(parts) > 2 else ""
        cidr = f"{ip}/{mask}"
    return (
        None
        if _cidr(4, cidr) or _cidr(6, cidr)
        else "value does not look like a valid CIDR network"
    )


def bgp_route_target(value: str) -> str | None:
    """pve-network ``PVE::Network::SDN::Zones::EvpnPlugin::pve_verify_sdn_bgp_rt``."""
    found = re.search(r"^(\d+):(\d+)$", value)
    if found and all(decimal(part) <= 4294967295 for part in found.groups()):
        return None
    return "value does not look like a valid bgp route-target"


def pem(label: str, multiple: bool = False) -> Check:
    """pve-common ``PVE::Certificate::check_pem``: text before the first header is ignored."""
    b64 = r"[0-9A-Za-z\+/]"
    one = (
        rf"-----BEGIN {label}-----\s*"
        rf"(?:{b64}+\s*\n)*{b64}*(?:=\s*\n=|={{0,2}})?\s*\n"
        rf"-----END {label}-----\s*"
    )
    pem = re.compile(rf"^(?:({one}\n+)*{one})$" if multiple else rf"^(?:{one})$")
    header = re.compile(r"-----BEGIN .*?-----\s*")

    def check(value: str) -> str | None:
        first = header.search(value)
        content = value[first.start() :] if first else value
        # Perl's ``$`` also matches before a final newline.
        if pem.search(content) or (content.endswith("\n") and pem.search(content[:-1])):
            return None
        return "not a valid PEM-formatted string."

    return check


def mac_prefix(value: str) -> str | None:
    """pve-cluster ``PVE::DataCenterConfig::pve_verify_mac_prefix``: the first one to three
    octets of a unicast MAC address, the last of them possibly one hex digit (or none)."""
    if re.search(r"^[a-f0-9][02468ace](?::[a-f0-9]{2}){0,2}(?::[a-f0-9]?)?$", value, re.I):
        return None
    return "value is not a valid unicast MAC address prefix"


def full_range_cidr(value: str) -> str | None:
    """``FullRangeCIDR`` (pve-network's SDN prefix lists and WireGuard fabrics): a CIDR like
    pve-common's ``CIDR`` whose prefix may be anything from 0 (``0.0.0.0/0``, ``::/0``) up.
    Its ``register_format`` was not in the Proxmox sources at hand: rule and message are
    ``pve_verify_cidr``'s with the whole prefix range, the lenient reading of the name."""
    for address, high in ((IPV4_RE, 32), (IPV6_RE, 128)):
        found = re.search(rf"^(?:{address})/(\d+)$", value)
        if found and decimal(found.group(1)) <= high:
            return None
    return "value does not look like a valid CIDR network"


def sdn_policy_id(kind: str, reserved: str) -> Check:
    """pve-network ``PVE::Network::SDN::PrefixLists`` (``pve-sdn-prefix-list-id``) and
    ``PVE::Network::SDN::RouteMaps`` (``pve-sdn-route-map-id``): the names Proxmox's own FRR
    configuration uses are refused, then all but letters, digits, ``-`` and ``_`` (up to 32
    characters)."""

    def check(value: str) -> str | None:
        if re.search(rf"^({reserved})$", value):
            return f"{kind} ID '{value}' is currently reserved and cannot be used"
        if not re.search(r"^[a-zA-Z0-9][a-zA-Z0-9_-]{0,30}[a-zA-Z0-9]?$", value, re.I):
            return f"{kind} ID '{value}' contains illegal characters"
        return None

    return check


# pve-manager PVE::API2::Nodes: where ``verify_command_batch`` calls ``decode_json`` (JSON::XS
# croaks naming its caller's line).
_DECODE_JSON_AT = "at /usr/share/perl5/PVE/API2/Nodes.pm line 99."
_NOT_A_VALUE = "malformed JSON string, neither tag, array, object, number, string or atom"
# Python's json messages → JSON::XS's for the same fault (those not listed: JSON::XS's generic).
_JSON_XS_MESSAGES = {
    "Expecting value": _NOT_A_VALUE,
    "Expecting ':' delimiter": "':' expected",
    "Expecting property name enclosed in double quotes": "'\"' expected",
    "Illegal trailing comma before end of object": "'\"' expected",
    "Illegal trailing comma before end of array": _NOT_A_VALUE,
    "Extra data": "garbage after JSON object",
    "Unterminated string starting at": "unexpected end of string while parsing JSON string",
    "Invalid control character at": "invalid character encountered while parsing JSON string",
    "Invalid \\escape": "illegal backslash escape sequence in string",
}


def _brackets(text: str) -> Iterator[tuple[int, str]]:
    """The index and character of every ``[``, ``{``, ``]`` and ``}`` of ``text`` outside a
    JSON string (the one scan both the nesting check and the error wording need)."""
    in_string = escaped = False
    for index, char in enumerate(text):
        if in_string:
            escaped, in_string = (False, True) if escaped else (char == "\\", char != '"')
        elif char == '"':
            in_string = True
        elif char in "[{]}":
            yield index, char


def _open_container(text: str, end: int) -> str:
    """The innermost ``[`` or ``{`` still open at ``end`` (``""`` for none)."""
    stack: list[str] = []
    for _, char in _brackets(text[:end]):
        if char in "[{":
            stack.append(char)
        elif stack:
            stack.pop()
    return stack[-1] if stack else ""


#: JSON::XS's default ``max_depth``: a 513th nested array or object is refused.
_JSON_XS_MAX_DEPTH = 512
_JSON_XS_NESTING = (
    "json text or perl structure exceeds maximum nesting level (max_depth set too low?)"
)


def _too_deep(text: str) -> int | None:
    """Where JSON::XS stops for nesting: the index of the first ``[`` or ``{`` (outside a
    string) that opens level 513, or ``None`` when nothing is nested that deep."""
    depth = 0
    for index, char in _brackets(text):
        if char in "[{":
            depth += 1
            if depth > _JSON_XS_MAX_DEPTH:
                return index
        else:
            depth -= 1
    return None


def _before(text: str, offset: int) -> str:
    """JSON::XS's ``(before "…")``: up to 20 characters from ``offset`` (pv_uni_display)."""
    rest = text[offset:]
    return (rest[:20] + ("..." if len(rest) > 20 else "")) if rest else "(end of string)"


def _json_xs_error(text: str, error: json.JSONDecodeError) -> str:
    """JSON::XS's ``decode_json`` message for ``text``: its wording for the fault Python's
    parser found, at the character where it found it, with up to 20 characters of what follows
    (pv_uni_display). The offsets and wording match JSON::XS for a value that cannot start, an
    unfinished array or object and trailing data; other faults are approximated."""
    offset, message = error.pos, _JSON_XS_MESSAGES.get(error.msg, "malformed JSON string")
    if error.msg == "Expecting ',' delimiter":
        inside = _open_container(text, offset)
        message = (
            ", or ] expected while parsing array"
            if inside == "["
            else ", or } expected while parsing object/hash"
        )
    elif error.msg == "Unterminated string starting at":
        offset = len(text)
    elif error.msg == "Expecting value" and text[offset : offset + 1] == "-":
        offset, message = offset + 1, "malformed number (no digits after initial minus)"
    elif error.msg == "Expecting value" and text[offset : offset + 1] in ("t", "f", "n"):
        word = {"t": "true", "f": "false", "n": "null"}[text[offset]]
        message = f"'{word}' expected"
    return f'{message}, at character offset {offset} (before "{_before(text, offset)}")'


class _Constant(ValueError):
    """``NaN``, ``Infinity`` or ``-Infinity``, which Python's json takes and JSON::XS does not."""


def _no_constants(name: str) -> Any:
    raise _Constant(name)


def _perl_ref(value: object) -> str | None:
    """What Perl's ``ref`` says of a decoded JSON value (``None``: a plain scalar)."""
    if isinstance(value, bool):
        return "JSON::PP::Boolean"
    if isinstance(value, list):
        return "ARRAY"
    return "HASH" if isinstance(value, dict) else None


def _command_errors(commands: object) -> dict[str, str]:
    """pve-common ``PVE::JSONSchema::validate`` of the decoded commands against pve-manager's
    ``$verify_command_item_desc``: an array of objects with a string ``path``, a ``method`` of
    ``GET|POST|PUT|DELETE`` and an optional object ``args``."""
    if commands is None:
        return {"_root": "property is missing and it is not optional"}
    if not isinstance(commands, list):
        return {"_root": "type check ('array') failed"}
    errors: dict[str, str] = {}
    for index, item in enumerate(commands):
        where = f"[{index}]"
        if item is None:
            errors[where] = "property is missing and it is not optional"
            continue
        if not isinstance(item, dict):
            errors[where] = "type check ('object') failed"
            continue
        for key in ("path", "method"):
            value = item.get(key)
            if value is None:
                errors[f"{where}.{key}"] = "property is missing and it is not optional"
            elif _perl_ref(value) is not None:
                errors[f"{where}.{key}"] = f"type check ('string') failed - got {_perl_ref(value)}"
            elif key == "method" and not re.search(r"^(GET|POST|PUT|DELETE)$", str(value)):
                errors[f"{where}.{key}"] = "value does not match the regex pattern"
        if item.get("args") is not None and not isinstance(item["args"], dict):
            errors[f"{where}.args"] = "type check ('object') failed"
    return errors


def command_batch(value: str) -> str | None:
    """pve-manager ``PVE::API2::Nodes::verify_command_batch``: JSON (as JSON::XS's
    ``decode_json`` reads it) for an array of commands; the refusal names the JSON fault, or
    carries ``validate``'s exception as Perl prints it (errors in key order here, Perl's hash
    order being random)."""
    deep = _too_deep(value)
    try:
        # JSON::XS reads left to right: a fault before the 513th level is the one it names,
        # else it stops just past that level's bracket (so Python's parser, which recurses, is
        # never asked to go deeper than JSON::XS goes).
        # parse_int: JSON::XS reads a number of any length (Python's int() refuses 4300 digits)
        decoder = json.JSONDecoder(parse_constant=_no_constants, parse_int=decimal)
        commands = decoder.decode(value if deep is None else value[:deep] + "0")
    except json.JSONDecodeError as error:
        if deep is None or error.pos <= deep:
            return (
                "commands param did not contain valid JSON: "
                f"{_json_xs_error(value, error)} {_DECODE_JSON_AT}"
            )
    except _Constant as constant:
        at = value.find(str(constant))
        fault = json.JSONDecodeError("Expecting value", value, max(at, 0))
        return (
            "commands param did not contain valid JSON: "
            f"{_json_xs_error(value, fault)} {_DECODE_JSON_AT}"
        )
    if deep is not None:
        return (
            f"commands param did not contain valid JSON: {_JSON_XS_NESTING}, at character "
            f'offset {deep + 1} (before "{_before(value, deep + 1)}") {_DECODE_JSON_AT}'
        )
    errors = _command_errors(commands)
    if not errors:
        return None
    listed = "".join(f"{path}: {errors[path]}\n" for path in sorted(errors))
    return (
        "commands is not a valid array of commands: 400 Parameter verification failed.\n"
        + listed.rstrip("\n")
    )
