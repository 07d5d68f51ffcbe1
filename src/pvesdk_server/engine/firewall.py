"""The firewall as pve-firewall keeps it, the part its levels share: the stored config of each
scope (cluster, node, guest, vnet), the list ``digest``, address references, and each level's index.
Rules live in :mod:`.firewall_rules`, aliases and IP sets in :mod:`.firewall_sets`, options and
security groups in :mod:`.firewall_options`.

Proxmox's facts carried over (pve-firewall ``PVE/API2/Firewall/*.pm``, ``PVE/Firewall.pm``):

* every list answers the SHA-1 ``digest`` of its entries (sorted ``key:value`` lines, the
  same bytes as ``copy_list_with_digest``) on each entry; a write with a stale ``digest`` is
  refused with ``detected modified configuration - file changed by other user? Try again.``;
* a rule's or IP set entry's address is an IP, a CIDR, a range or a list of them (one IP
  version), an alias (``dc/`` or ``guest/`` scoped) or an IP set (``+name``) that exists.
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
from typing import Any

from pvesdk._net_ip import NetIP

from .core import ApiError, Caller, Engine, route

__all__ = [
    "ALIAS_REF",
    "address_version",
    "bases",
    "firewall_config",
    "guard",
    "ip_version",
    "list_digest",
    "object_digest",
    "param_error",
    "scope_of",
    "with_digest",
]

MODIFIED = "detected modified configuration - file changed by other user? Try again."
ALIAS_REF = re.compile(r"^(dc/|guest/)?([A-Za-z][A-Za-z0-9\-_]+)$")
IPSET_REF = re.compile(r"^\+(guest/|dc/|sdn/)?([A-Za-z][A-Za-z0-9\-_]+)$")


def param_error(field: str, message: str) -> ApiError:
    """A 400 ``Parameter verification failed.`` naming ``field`` with ``message``, as
    ``raise_param_exc`` does.
    """
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


def object_digest(obj: dict[str, Any]) -> str:
    """The SHA-1 digest of one object (options, a group), as :func:`list_digest` computes it."""
    return list_digest([obj])


def named_list(objects: dict[str, Any], key: str) -> list[dict[str, Any]]:
    """Security groups or IP sets as their indexes list them: ``{key: name}`` sorted by name,
    with ``comment`` where there is one (``list_security_groups``, ``ipset_index``)."""
    out = []
    for name in sorted(objects):
        item = {key: name}
        if objects[name].get("comment"):
            item["comment"] = objects[name]["comment"]
        out.append(item)
    return out


def with_digest(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entries, each carrying the list's digest under ``digest``, as the firewall indexes
    answer.
    """
    digest = list_digest(entries)
    return [{**entry, "digest": digest} for entry in entries]


def guard(current: str, values: dict[str, Any]) -> None:
    """Refuse a change made against an older read (``PVE::Tools::assert_if_modified``).

    Raises:
        ApiError: 500 ``detected modified configuration - file changed by other user? Try again.``
            when ``values`` carries a ``digest`` other than ``current``.
    """
    if values.get("digest") and values["digest"] != current:
        raise ApiError(500, MODIFIED)


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


def scope_of(engine: Engine, kind: str, path: dict[str, str]) -> tuple[str, str]:
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


def bases() -> list[tuple[str, str]]:
    """Every firewall level as ``(scope kind, path prefix)``: cluster, node, guests, VNet."""
    return [
        ("cluster", "/cluster/firewall"),
        ("node", "/nodes/{node}/firewall"),
        ("qemu", "/nodes/{node}/qemu/{vmid}/firewall"),
        ("lxc", "/nodes/{node}/lxc/{vmid}/firewall"),
        ("vnet", "/cluster/sdn/vnets/{vnet}/firewall"),
    ]


# ---------------------------------------------------------------------------- addresses


def address_version(engine: Engine, scope: str, field: str, value: str) -> int | None:
    """The IP version of a rule's source/dest, refusing what pve-firewall refuses."""
    cluster = firewall_config(engine, "cluster")
    local = engine.state.firewall.get(scope, {}) if scope != "cluster" else {}
    if value.startswith("+"):
        match = IPSET_REF.match(value)
        if not match:
            raise param_error(field, f"invalid ipset name '{value}'")
        name = match.group(2)
        if name not in cluster["ipset"] and name not in local.get("ipset", {}):
            raise param_error(field, f"no such ipset '{name}'")
        return None
    match = ALIAS_REF.match(value)
    if match:
        scope_prefix, alias = match.group(1) or "", match.group(2).lower()
        entry = None
        if scope_prefix != "dc/":
            entry = local.get("aliases", {}).get(alias)
        if entry is None and scope_prefix != "guest/":
            entry = cluster["aliases"].get(alias)
        if entry is None:
            raise param_error(field, f"no such alias '{value}'")
        return ip_version(entry["cidr"])
    elements = value.split(",")
    if any(not e for e in elements):
        raise param_error(field, "extraneous commas in list")
    version: int | None = None
    net_ip = NetIP()  # what pve-firewall's parse_address_list takes, as the format check does
    for element in elements:
        first = net_ip.new(element)
        if first is None:
            raise param_error(field, f"invalid IP address: {net_ip.error}")
        this = 6 if net_ip.is_ipv6(first) else 4
        if version and this != version:
            raise param_error(
                field, f"detected mixed ipv4/ipv6 addresses in address list '{value}'"
            )
        version = this
    if len(elements) > 1 and any("-" in e for e in elements):
        raise param_error(field, "you can't use a range in a list")
    return version


def ip_version(cidr: str) -> int | None:
    """4 or 6 for an address or CIDR, or ``None`` when it is neither (an alias or IP set name)."""
    try:
        return ipaddress.ip_network(cidr, strict=False).version
    except ValueError:
        return None


# ---------------------------------------------------------------------------- indexes


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
        scope_of(engine, kind, path)
        return [{"name": name} for name in subdirs]


for _kind, _base in bases():
    _register_index(_kind, _base)
