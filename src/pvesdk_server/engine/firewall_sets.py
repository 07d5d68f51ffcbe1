"""Firewall aliases and IP sets, at cluster and guest level, and the references to them.

As pve-firewall ``PVE/API2/Firewall/Aliases.pm``, ``IPSet.pm``, ``Cluster.pm``/``VM.pm`` refs do:

* aliases are keyed by their lower-cased name and listed sorted;
* IP set entries are kept sorted by CIDR (the config writer sorts them), ``/32`` and ``/128``
  dropped, zero prefixes refused; a non-empty IP set cannot be deleted without ``force``.
"""

from __future__ import annotations

import ipaddress
import re
from typing import Any

from .core import ApiError, Caller, Engine, route
from .firewall import (
    ALIAS_REF,
    address_version,
    bases,
    firewall_config,
    guard,
    ip_version,
    list_digest,
    named_list,
    param_error,
    scope_of,
    with_digest,
)

# ---------------------------------------------------------------------------- aliases


def _alias_list(aliases: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for key in sorted(aliases):
        entry = dict(aliases[key])
        version = ip_version(entry["cidr"])
        if version:
            entry["ipversion"] = version
        out.append(entry)
    return out


def _check_cidr(cidr: str) -> str:
    try:
        ipaddress.ip_network(cidr, strict=False)
    except ValueError:
        raise param_error(
            "cidr", "value does not look like a valid IP address or CIDR network"
        ) from None
    return cidr


def _register_aliases(kind: str, base: str) -> None:
    def aliases_of(engine: Engine, path: dict[str, str]) -> dict[str, dict[str, Any]]:
        scope, _ = scope_of(engine, kind, path)
        return firewall_config(engine, scope)["aliases"]  # type: ignore[no-any-return]

    @route("GET", base + "/aliases")
    def index(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        return with_digest(_alias_list(aliases_of(engine, path)))

    @route("POST", base + "/aliases")
    def create(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        aliases = aliases_of(engine, path)
        name = str(values["name"])
        if name.lower() in aliases:
            raise param_error("name", f"alias '{name}' already exists")
        entry = {"name": name, "cidr": _check_cidr(str(values["cidr"]))}
        if values.get("comment"):
            entry["comment"] = values["comment"]
        aliases[name.lower()] = entry

    @route("GET", base + "/aliases/{name}")
    def read(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        aliases = aliases_of(engine, path)
        if path["name"].lower() not in aliases:
            raise param_error("name", "no such alias")
        listed = with_digest(_alias_list(aliases))
        return next(a for a in listed if a["name"].lower() == path["name"].lower())

    @route("PUT", base + "/aliases/{name}")
    def update(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        aliases = aliases_of(engine, path)
        guard(list_digest(_alias_list(aliases)), values)
        key = path["name"].lower()
        if key not in aliases:
            raise param_error("name", "no such alias")
        entry = {"name": path["name"], "cidr": _check_cidr(str(values["cidr"]))}
        if values.get("comment"):
            entry["comment"] = values["comment"]
        rename = values.get("rename")
        if rename and rename.lower() != key:
            if rename.lower() in aliases:
                raise param_error("name", f"alias '{rename}' already exists")
            del aliases[key]
            entry["name"], key = rename, rename.lower()
        aliases[key] = entry

    @route("DELETE", base + "/aliases/{name}")
    def delete(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        aliases = aliases_of(engine, path)
        guard(list_digest(_alias_list(aliases)), values)
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
        raise param_error(
            "cidr", "value does not look like a valid IP address or CIDR network"
        ) from None
    return re.sub(r"/(32|128)$", "", text) if ":" in text or text.endswith("/32") else text


def _register_ipsets(kind: str, base: str) -> None:
    def sets_of(engine: Engine, path: dict[str, str]) -> tuple[dict[str, Any], str]:
        scope, _ = scope_of(engine, kind, path)
        return firewall_config(engine, scope)["ipset"], scope

    def listed(sets: dict[str, Any]) -> list[dict[str, Any]]:
        return named_list(sets, "name")

    def one(sets: dict[str, Any], name: str) -> dict[str, Any]:
        if name not in sets:
            raise ApiError(500, f"no such IPSet '{name}'")
        return sets[name]  # type: ignore[no-any-return]

    @route("GET", base + "/ipset")
    def index(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        return with_digest(listed(sets_of(engine, path)[0]))

    @route("POST", base + "/ipset")
    def create(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        sets, _ = sets_of(engine, path)
        name, rename = str(values["name"]), values.get("rename")
        if rename:
            guard(list_digest(listed(sets)), values)
            if rename not in sets:
                raise param_error("name", f"IPSet '{rename}' does not exist")
            if name in sets and name != rename:
                raise param_error("name", f"IPSet '{name}' does already exist")
            sets[name] = sets.pop(rename)
            if "comment" in values:
                sets[name]["comment"] = values["comment"]
            return None
        if name in sets:
            raise param_error("name", f"IPSet '{name}' already exists")
        sets[name] = {"entries": []}
        if values.get("comment") is not None:
            sets[name]["comment"] = values["comment"]
        return None

    @route("GET", base + "/ipset/{name}")
    def entries(
        engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
    ) -> Any:
        sets, _ = sets_of(engine, path)
        return with_digest(one(sets, path["name"])["entries"])

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
        match = ALIAS_REF.match(cidr)
        if match:
            address_version(engine, scope, "cidr", cidr)
        else:
            cidr = _normal_cidr(cidr)
        if any(e["cidr"] == cidr for e in ipset["entries"]):
            raise param_error("cidr", f"address '{cidr}' already exists")
        if re.search(r"/0+$", cidr):
            raise param_error("cidr", "a zero prefix is not allowed in ipset entries")
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
        raise param_error("cidr", "no such IP/Network")

    @route("GET", base + "/ipset/{name}/{cidr}")
    def read(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        ipset = one(sets_of(engine, path)[0], path["name"])
        entry_of(ipset, path["cidr"])
        listed_entries = with_digest(ipset["entries"])
        return next(e for e in listed_entries if e["cidr"] == path["cidr"])

    @route("PUT", base + "/ipset/{name}/{cidr}")
    def update(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        ipset = one(sets_of(engine, path)[0], path["name"])
        guard(list_digest(ipset["entries"]), values)
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
        guard(list_digest(ipset["entries"]), values)
        ipset["entries"] = [e for e in ipset["entries"] if e["cidr"] != path["cidr"]]


for _kind, _base in bases():
    if _kind in ("cluster", "qemu", "lxc"):
        _register_aliases(_kind, _base)
        _register_ipsets(_kind, _base)


def _register_refs(kind: str, base: str) -> None:
    @route("GET", base + "/refs")
    def refs(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        scope, _ = scope_of(engine, kind, path)
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


for _kind, _base in bases():
    if _kind in ("cluster", "qemu", "lxc"):
        _register_refs(_kind, _base)
