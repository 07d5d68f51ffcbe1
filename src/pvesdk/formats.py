"""Proxmox's named value formats (``pve-configid``, ``mac-addr``, ``disk-size``, ``pve-volume-id``,
``CIDR``, ``pve-userid``, …): the rule each one enforces and the message it dies with.

One implementation for both sides: the client checks the formats in :data:`CHECKS` before a
request leaves (a clear error instead of a config Proxmox refuses), and the mock server checks
every format of :data:`FORMATS` with Proxmox's own messages. The rules and messages are carried
over from Proxmox's ``register_format`` calls: pve-common ``PVE::JSONSchema`` (most formats),
pve-storage ``PVE::Storage::Plugin`` (storage ids, volume ids, paths, content types),
pve-access-control (user, group, role, pool, token ids, realms), qemu-server and pve-container
(volume-or-path, hotplug, boot disk, phys-bits, mount point paths), and the formats of the
services: pve-firewall (IP-or-CIDR, aliases, conntrack helpers, ports, protocols and ICMP
types; service and protocol names from the host's /etc/services and /etc/protocols, as Proxmox
reads them; rule source/destination lists, checked with a model of Perl's Net::IP), pve-manager
(backup days, graphite paths, ACME domains, node command batches), pve-ha-manager (HA nodes),
pve-guest-common (replication job ids), pve-storage (iSCSI/Ceph portals, ZFS block sizes),
pve-network (SDN subnet ids, route targets, fabric ids, prefix list and route map ids, CIDRs of
any prefix length), pve-cluster (MAC address prefixes), pve-common ``PVE::Certificate`` (PEM
strings), ``PVE::CalendarEvent`` (schedules, as proxmox-time parses them) and LDAP attribute
names.

``NAME-list`` formats are lists (split on ``,``, ``;``, spaces or NUL, as ``split_list`` does)
whose every entry must pass ``NAME``; ``NAME-opt`` lets an empty value pass. A format not in
:data:`FORMATS` passes (Proxmox would know it; the mock does not model it yet).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from . import _service_formats as services
from ._calendar_event import calendar_event
from ._format_rules import IPV4_RE, IPV6_RE, Check, content, decimal
from ._format_rules import cidr as _cidr

__all__ = ["CHECKS", "FORMATS", "check", "decimal", "split_list", "verify"]


_EMAIL_USER = r"[\w\+\-\~]+(\.[\w\+\-\~]+)*"
_EMAIL = rf"{_EMAIL_USER}@[a-zA-Z0-9\-]+(\.[a-zA-Z0-9\-]+)*"
_DNS_LABEL = r"([a-zA-Z0-9]([a-zA-Z0-9\-]*[a-zA-Z0-9])?)"
# pve-access-control PVE::Auth::Plugin
_REALM = r"[A-Za-z][A-Za-z0-9\.\-_]+"
_USER = r"[^\s:/]+"
_IPV4_MASKS = frozenset(
    ".".join(str((((1 << 32) - (1 << (32 - bits))) >> shift) & 0xFF) for shift in (24, 16, 8, 0))
    for bits in range(33)
)
# qemu-server PVE::QemuServer::Drive: bus → number of slots.
_DRIVE_SLOTS = {"ide": 4, "sata": 6, "scsi": 31, "virtio": 16}


def _full(pattern: str, flags: int = 0) -> Callable[[str], bool]:
    compiled = re.compile(rf"^(?:{pattern})$", flags)
    return lambda value: compiled.search(value) is not None


def _rule(pattern: str, message: str, flags: int = 0) -> Check:
    """A format that is one anchored regex; ``{value}`` in the message is the value."""
    matches = _full(pattern, flags)
    return lambda value: None if matches(value) else message.format(value=value)


_is_ipv4 = _full(IPV4_RE)
_is_ipv6 = _full(IPV6_RE)
_is_dns = _full(rf"({_DNS_LABEL}\.)*{_DNS_LABEL}")
_SIZE = re.compile(r"^(\d+(\.\d+)?)([KMGT](?:iB)?)?$")


def _id(kind: str) -> Check:
    """pve-common ``parse_id``: storage and ACME plugin ids."""

    def check(value: str) -> str | None:
        if len(value) < 2:
            return f"{kind} ID '{value}' cannot be shorter than 2 characters"
        if not re.search(r"^[a-z][a-z0-9\-_.]*[a-z0-9]$", value, re.IGNORECASE):
            return f"{kind} ID '{value}' contains illegal characters"
        return None

    return check


def _userid(value: str) -> str | None:
    if len(value) < 3:
        return f"user name '{value}' is too short"
    if len(value) > 64:
        return f"user name '{value}' is too long ({len(value)} > 64)"
    if not re.search(rf"^({_USER})@({_REALM})$", value):
        return f"value '{value}' does not look like a valid user name"
    return None


def _poolid(value: str) -> str | None:
    parts = value.split("/")
    while parts and not parts[-1]:
        parts.pop()  # Perl's split drops trailing empty fields
    if len(parts) > 3:
        return f"pool name '{value}' nested too deeply (max levels = 3)"
    if not re.search(r"^[A-Za-z0-9\.\-_]+(?:/[A-Za-z0-9\.\-_]+){0,2}$", value):
        return f"pool name '{value}' contains invalid characters"
    return None


def _volume_id(value: str) -> str | None:
    if re.search(r"^([a-z][a-z0-9\-_.]*[a-z0-9]):(.+)$", value, re.IGNORECASE | re.DOTALL):
        return None
    return f"unable to parse volume ID '{value}'"


def _volume_or_absolute_path(value: str) -> str | None:
    return None if value.startswith("/") else _volume_id(value)


def _volume_or_qm_path(value: str) -> str | None:
    return None if value in ("none", "cdrom") else _volume_or_absolute_path(value)


def _startup_order(value: str) -> str | None:
    parts = [p for p in value.split(",") if p.strip()]
    # Perl: an empty value and "0" are false, and so refused; an empty list of options is not.
    if value not in ("", "0") and all(
        re.search(r"^((order=)?\d+|up=\d+|down=\d+)$", p) for p in parts
    ):
        return None
    return "unable to parse startup options"


def _vlan_range(value: str) -> str | None:
    found = re.search(r"^(\d+)(?:-(\d+))?$", value)
    if found is None:
        return f"invalid VLAN configuration '{value}'"
    start, end = found.group(1), found.group(2)
    for tag in (start, end):
        if tag is not None and not 2 <= decimal(tag) <= 4094:
            return f"invalid VLAN tag '{tag}'"
    if end and decimal(start) >= decimal(end):
        return f"VLAN range must go from lower to higher tag '{value}'"
    return None


def _hotplug(value: str) -> str | None:
    if value in ("0", "1"):
        return None
    for feature in split_list(value):
        if not re.search(r"^(network|disk|cpu|memory|usb|cloudinit)$", feature):
            return f"invalid hotplug feature '{feature}'"
    return None


def _bootdisk(value: str) -> str | None:
    found = re.search(r"^(ide|sata|scsi|virtio|efidisk|tpmstate)(\d+)$", value)
    if found is not None:
        slots = _DRIVE_SLOTS.get(found.group(1), 1)
        if decimal(found.group(2)) < slots and found.group(2) == str(decimal(found.group(2))):
            return None
    return f"invalid boot disk '{value}'"


def _phys_bits(value: str) -> str | None:
    if re.search(r"^(host|\d{1,2})$", value) and (value == "host" or 8 <= decimal(value) <= 64):
        return None
    return "value must be an integer between 8 and 64 or 'host'"


def _lxc_mp_path(value: str) -> str | None:
    if re.search(r"/\.\.?/", value) or re.search(r"/\.\.?$", value) or value.startswith("../"):
        return f"{value} contains illegal character sequences"
    return None


def _lxc_dev_path(value: str) -> str | None:
    if re.search(r"/\.\.?(?:/|$)", value) or not value.startswith("/dev/"):
        return f"{value} is not a valid device path"
    return None


def _cpuset(value: str) -> str | None:
    """qemu-server ``pve_verify_cpuset`` over pve-common ``PVE::CpuSet::parse_cpuset``."""
    parts = value.split(",")
    while parts and not parts[-1]:
        parts.pop()  # Perl's split drops trailing empty fields
    for part in parts:
        found = re.search(r"^\s*(\d+)(?:-(\d+))?\s*$", part)
        if found is None or (found.group(2) and decimal(found.group(2)) < decimal(found.group(1))):
            return "unable to parse cpuset option"
    return None


def _id_pair(fmt: str) -> Check:
    """pve-common ``verify_storagepair`` / ``verify_bridgepair``: one ``parse_idmap`` entry,
    ``1`` (identity), ``SOURCE:TARGET`` or a default ``TARGET``, each ID of format ``fmt``.
    The ID's message is wrapped twice, each ``die`` adding its newline."""

    def check(value: str) -> str | None:
        for entry in split_list(value):
            if entry == "1":
                continue
            pair = re.search(r"^([^:]+):([^:]+)$", entry)
            for one in pair.groups() if pair else (entry,):
                problem = FORMATS[fmt](one)
                if problem is not None:
                    return f"entry '{entry}' contains invalid ID - {problem}\n\n"
        return None

    return check


def _ip_with_link_local_iface(value: str) -> str | None:
    """pve-container ``verify_ip_with_ll_iface``: an IP, or ``fe80:…%iface``."""
    scoped = re.search(r"^(fe80:[^%]+)%(.*)$", value)
    if scoped and not (FORMATS["ip"](scoped.group(1)) or FORMATS["pve-iface"](scoped.group(2))):
        return None
    return FORMATS["ip"](value)


def _either(first: Callable[[str], bool], second: Callable[[str], bool], message: str) -> Check:
    return lambda value: None if first(value) or second(value) else message.format(value=value)


#: Every named format the mock checks: name → check (Proxmox's message, or None when valid).
FORMATS: dict[str, Check] = {
    "string": lambda value: None,
    "urlencoded": _rule(r"[-%a-zA-Z0-9_.!~*'()]*", "invalid urlencoded string: {value}"),
    "pve-configid": _rule(r"[a-z][a-z0-9_-]+", "invalid configuration ID '{value}'", re.IGNORECASE),
    "pve-storage-id": _id("storage"),
    "acme-plugin-id": _id("ACME plugin"),
    "pve-bridge-id": _rule(r"[-_.\w\d]+", "invalid bridge ID '{value}'"),
    "pve-vmid": _rule(r"[1-9][0-9]{2,8}", "value does not look like a valid VM ID"),
    "pve-node": _rule(
        r"([a-zA-Z0-9]([a-zA-Z0-9\-]*[a-zA-Z0-9])?)", "value does not look like a valid node name"
    ),
    "mac-addr": _rule(
        r"[a-f0-9][02468ace](?::[a-f0-9]{2}){5}",
        "value does not look like a valid unicast MAC address",
        re.IGNORECASE,
    ),
    "ipv4": _rule(IPV4_RE, "value does not look like a valid IPv4 address"),
    "ipv6": _rule(IPV6_RE, "value does not look like a valid IPv6 address"),
    "ip": _either(_is_ipv4, _is_ipv6, "value does not look like a valid IP address"),
    "ipv4mask": lambda v: (
        None if v in _IPV4_MASKS else "value does not look like a valid IP netmask"
    ),
    "CIDRv4": lambda v: (
        None if _cidr(4, v) else "value does not look like a valid IPv4 CIDR network"
    ),
    "CIDRv6": lambda v: (
        None if _cidr(6, v) else "value does not look like a valid IPv6 CIDR network"
    ),
    "CIDR": lambda v: (
        None if _cidr(4, v) or _cidr(6, v) else "value does not look like a valid CIDR network"
    ),
    "pve-ipv4-config": lambda v: (
        None
        if v in ("dhcp", "manual") or _cidr(4, v)
        else "value does not look like a valid ipv4 network configuration"
    ),
    "pve-ipv6-config": lambda v: (
        None
        if v in ("auto", "dhcp", "manual") or _cidr(6, v)
        else "value does not look like a valid ipv6 network configuration"
    ),
    "email": _rule(_EMAIL, "value does not look like a valid email address"),
    "email-or-username": _either(
        _full(_EMAIL),
        _full(_EMAIL_USER),
        "value does not look like a valid email address or user name",
    ),
    "dns-name": lambda v: None if _is_dns(v) else "value does not look like a valid DNS name",
    "pve-iface": _rule(
        r"[a-z][a-z0-9_]{1,20}([:\.]\d+)?",
        "invalid network interface name '{value}'",
        re.IGNORECASE,
    ),
    "pve-vlan-id-or-range": _vlan_range,
    "address": lambda v: (
        None
        if _is_ipv4(v) or _is_ipv6(v) or _is_dns(v)
        else f"value does not look like a valid address: {v}"
    ),
    "disk-size": lambda v: (
        None if _SIZE.search(v) else f"value does not look like a valid disk size: {v}"
    ),
    "pve-startup-order": _startup_order,
    "pve-tag": _rule(r"[a-z0-9_][a-z0-9_\-\+\.]*", "invalid characters in tag", re.IGNORECASE),
    "pve-task-status-type": _rule(
        r"ok|error|warning|unknown", "invalid status '{value}'", re.IGNORECASE
    ),
    # pve-storage
    "pve-storage-path": lambda v: (
        None if re.search(r"^/[^;\(\)]+", v) else "value does not look like a valid absolute path"
    ),
    "pve-storage-server": _either(
        lambda v: _is_ipv4(v) or _is_ipv6(v),
        _is_dns,
        "value does not look like a valid server name or IP address",
    ),
    "pve-storage-vgname": _rule(
        r"[a-z0-9][a-z0-9\-_.]*[a-z0-9]",
        "lvm name '{value}' contains illegal characters",
        re.IGNORECASE,
    ),
    "pve-storage-content": content,
    "pve-storage-format": _rule(r"raw|qcow2|vmdk|subvol", "invalid format '{value}'"),
    "pve-storage-options": _rule(r"\S+", "invalid options '{value}'"),
    "pve-volume-id": _volume_id,
    # pve-access-control
    "pve-realm": _rule(_REALM, "value does not look like a valid realm"),
    "pve-userid": _userid,
    "pve-groupid": _rule(r"[A-Za-z0-9\.\-_]+", "group name '{value}' contains invalid characters"),
    "pve-roleid": _rule(r"[A-Za-z0-9\.\-_]+", "role name '{value}' contains invalid characters"),
    "pve-poolid": _poolid,
    "pve-tokenid": _rule(
        rf"(({_USER})@({_REALM}))!({_REALM})",
        "value '{value}' does not look like a valid token ID",
    ),
    # qemu-server and pve-container
    "pve-volume-id-or-qm-path": _volume_or_qm_path,
    "pve-volume-id-or-absolute-path": _volume_or_absolute_path,
    "pve-hotplug-features": _hotplug,
    "pve-qm-bootdisk": _bootdisk,
    "pve-phys-bits": _phys_bits,
    "pve-lxc-mp-string": _lxc_mp_path,
    "pve-lxc-dev-string": _lxc_dev_path,
    "lxc-ip-with-ll-iface": _ip_with_link_local_iface,
    "storage-pair": _id_pair("pve-storage-id"),
    "bridge-pair": _id_pair("pve-bridge-id"),
    "pve-cpuset": _cpuset,
    "pve-storage-path-in-property-string": lambda v: (
        None
        if re.search(r"^/[^;,=\(\)]+", v)
        else "Value does not look like a valid absolute path."
    ),
    # pve-firewall
    "IPorCIDR": services.ip_or_cidr,
    "IPorCIDRorAlias": services.ip_or_cidr_or_alias,
    "pve-fw-conntrack-helper": services.conntrack_helpers,
    "pve-fw-sport-spec": services.ports(dport=False),
    "pve-fw-dport-spec": services.ports(dport=True),
    "pve-fw-protocol-spec": services.protocol,
    "pve-fw-icmp-type-spec": services.icmp_type,
    "pve-fw-addr-spec": services.firewall_addresses,
    # pve-manager, pve-ha-manager, pve-guest-common
    "pve-day-of-week": _rule(r"mon|tue|wed|thu|fri|sat|sun", "invalid day '{value}'"),
    "pve-ha-node": _rule(
        r"([a-zA-Z0-9]([a-zA-Z0-9\-]*[a-zA-Z0-9])?)(:\d+)?",
        "value does not look like a valid ha node",
    ),
    "pve-replication-job-id": services.replication_job_id,
    "pve-command-batch": services.command_batch,
    "pve-ct-timezone": services.ct_timezone,
    "graphite-path": lambda v: (
        None if _is_dns(v) else "value does not look like a valid graphite path"
    ),
    "pve-acme-domain": _rule(
        r"[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9][a-z0-9_-]*)+",
        "value '{value}' does not look like a valid domain name!",
        re.IGNORECASE,
    ),
    "pve-acme-alias": _rule(
        r"[a-z0-9_][a-z0-9_-]*(?:\.[a-z0-9_][a-z0-9_-]*)+",
        "value '{value}' does not look like a valid alias name!",
        re.IGNORECASE,
    ),
    "ldap-simple-attr": _rule(
        r"[a-zA-Z0-9]+", "value '{value}' does not look like a simple ldap attribute name"
    ),
    "pem-certificate": services.pem("CERTIFICATE"),
    "pem-certificate-chain": services.pem("CERTIFICATE", multiple=True),
    "pem-string": services.pem(".*?"),
    # pve-storage
    "pve-storage-portal-dns": services.portal_dns,
    "pve-storage-zfs-blocksize": services.zfs_blocksize,
    "pve-dir-override": services.dir_override,
    # pve-network
    "pve-sdn-subnet-id": services.sdn_subnet_id,
    "pve-sdn-bgp-rt": services.bgp_route_target,
    "pve-sdn-isis-net": _rule(
        r"[a-fA-F0-9]{2}(\.[a-fA-F0-9]{4}){3,9}\.[a-fA-F0-9]{2}",
        "value does not look like a valid isis net",
    ),
    "pve-sdn-fabric-id": _rule(
        r"[a-zA-Z0-9][a-zA-Z0-9-]{0,6}[a-zA-Z0-9]?",
        "Fabric ID '{value}' contains illegal characters",
        re.IGNORECASE,
    ),
    "pve-sdn-prefix-list-id": services.sdn_policy_id(
        "prefix list", "only_default|only_default_v6|loopbacks_ips"
    ),
    "pve-sdn-route-map-id": services.sdn_policy_id(
        "route map", "pve_.*|MAP_VTEP_IN|MAP_VTEP_OUT|correct_src"
    ),
    "FullRangeCIDR": services.full_range_cidr,
    # pve-common PVE::CalendarEvent (proxmox-time's parser)
    "pve-calendar-event": calendar_event,
    # pve-cluster PVE::DataCenterConfig
    "mac-prefix": services.mac_prefix,
}


def split_list(text: str) -> list[str]:
    """A list value's entries as Proxmox splits them (pve-common ``PVE::ParseUtils::split_list``):
    on NUL bytes when there are any, else on ``,``, ``;`` and whitespace."""
    if "\0" in text:
        parts = text.split("\0")
        while parts and not parts[-1]:  # Perl's split drops trailing empty fields
            parts.pop()
        return parts
    return text.replace(",", " ").replace(";", " ").split()


def verify(fmt: str, value: str) -> str | None:
    """Proxmox's message for ``value`` breaking the named format ``fmt`` (``NAME``, ``NAME-list``
    or ``NAME-opt``), or ``None`` when it passes or the format is not modelled."""
    check = FORMATS.get(fmt)
    if check is not None:
        return check(value)
    name, _, kind = fmt.rpartition("-")
    check = FORMATS.get(name)
    if check is None or kind not in ("list", "opt"):
        return None
    if kind == "opt":
        return check(value) if value else None
    for entry in split_list(value):
        problem = check(entry)
        if problem is not None:
            return problem
    return None


#: The formats the generated client checks before a request leaves (parameters and
#: property-string fields), by the name the schema gives (``NAME-list`` included); the same checks
#: the mock server applies. Ports, protocols and container time zones stay off the client: their
#: names come from the host's /etc/services, /etc/protocols and zone.tab, which the client's host
#: may not have.
CHECKS: dict[str, Check] = {
    name: functools.partial(verify, name)
    for name in (
        "mac-addr",
        "disk-size",
        "pve-storage-id",
        "pve-volume-id",
        "pve-volume-id-or-qm-path",
        "pve-volume-id-or-absolute-path",
        "CIDR",
        "CIDRv4",
        "CIDRv6",
        "ip",
        "ipv4",
        "ipv6",
        "IPorCIDR",
        "IPorCIDRorAlias",
        "pve-fw-conntrack-helper",
        "pve-fw-icmp-type-spec",
        "pve-day-of-week-list",
        "pve-ha-node-list",
        "pve-replication-job-id",
        "pve-storage-portal-dns",
        "pve-storage-portal-dns-list",
        "pve-storage-zfs-blocksize",
        "pve-sdn-subnet-id",
        "pve-sdn-bgp-rt-list",
        "pve-sdn-fabric-id",
        "pve-sdn-isis-net",
        "ldap-simple-attr",
        "ldap-simple-attr-list",
        "graphite-path",
        "pve-acme-domain",
        "pve-acme-domain-list",
        "pve-acme-alias",
        "pem-string",
        "pem-certificate-chain",
    )
}


def _leaves_storage(fmt: str, value: str) -> bool:
    # pvesdk's own guard, stricter than the format: a volume name never climbs out of its storage
    # (Proxmox refuses such paths later, when it resolves the volume).
    return fmt.startswith("pve-volume-id") and ".." in value.partition(":")[2].split("/")


def check(fmt: str, name: str, value: object) -> None:
    """Check ``value`` against format ``fmt`` before it is sent.

    Raises:
        ValueError: naming ``name``, the value and Proxmox's message, when ``value`` (a string)
            breaks a format of :data:`CHECKS` or is a volume id whose name contains ``..``.
    """
    if fmt not in CHECKS or not isinstance(value, str):
        return
    problem = CHECKS[fmt](value)
    if problem is None and _leaves_storage(fmt, value):
        problem = "contains '..' (a volume name cannot leave its storage)"
    if problem is not None:
        raise ValueError(f"{name}: {value!r}: {problem}")
