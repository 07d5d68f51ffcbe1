"""SDN as pve-network keeps it: zones, vnets and subnets written as pending configuration,
applied by ``PUT /cluster/sdn``, rolled back by ``POST /cluster/sdn/rollback``, guarded by the
global lock token.

Proxmox's facts carried over (pve-network ``src/PVE/API2/Network/SDN*.pm``,
``src/PVE/Network/SDN.pm`` and the zone / vnet / subnet plugins):

* every write lands in the configuration; the running configuration changes only when it is
  applied (a ``reloadnetworkall`` task); ``pending=1`` lists each object with ``state``
  (``new`` / ``changed`` / ``deleted``) and its ``pending`` values, ``running=1`` the running
  configuration;
* ``POST /cluster/sdn/lock`` hands out a lock token, refused while changes are pending (unless
  ``allow-pending``) or while a lock is held; while it is held every write needs the token
  (``… failed: invalid lock token provided!``); apply and rollback release it by default;
* IDs are unique (``sdn zone object ID 'z' already defined``); a zone used by a vnet cannot be
  deleted (``zone z is used by vnet v``), nor a vnet with subnets; a simple zone refuses vnet
  tags, a VLAN zone needs one (``missing vlan tag``, at most 4096, unique in the zone);
* a subnet's ID is ``<zone>-<network>-<mask>``; its gateway must be inside it; it cannot be on
  a VLAN-aware vnet; the list answers ``id``, ``cidr``, ``network``, ``mask``, ``zone`` and the
  parsed ``dhcp-range``;
* ``/cluster/resources`` lists the applied zones per node (:func:`sdn_resources`).
"""

from __future__ import annotations

import copy
import hashlib
import ipaddress
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pvesdk.formats import split_list

from .core import ApiError, Caller, Engine, route
from .params import drop_deleted, wire_values

_KINDS = ("zones", "vnets", "subnets")
_MODIFIED = "detected modified configuration - file changed by other user? Try again."
_REQUIRED = {
    "vlan": ("bridge",),
    "qinq": ("bridge", "tag"),
    "evpn": ("controller", "vrf-vxlan"),
}


def _sdn(engine: Engine) -> dict[str, Any]:
    sdn: dict[str, Any] = engine.state.sdn
    for kind in _KINDS:
        sdn.setdefault(kind, {})
    sdn.setdefault("running", {})
    sdn.setdefault("lock", None)
    return sdn


def _param_error(field: str, message: str) -> ApiError:
    return ApiError(400, "Parameter verification failed.", {field: message})


def _digest(section: dict[str, Any]) -> str:
    return hashlib.sha1(json.dumps(section, sort_keys=True).encode()).hexdigest()


def _locked(engine: Engine, values: dict[str, Any], errmsg: str) -> None:
    """``lock_sdn_config``: with a global lock held, the caller must present its token."""
    held = _sdn(engine)["lock"]
    if held is not None and values.get("lock-token") != held:
        raise ApiError(500, f"{errmsg}: invalid lock token provided!")


def _clean(values: dict[str, Any], drop: tuple[str, ...]) -> dict[str, Any]:
    return wire_values(values, (*drop, "lock-token", "digest", "delete"))


def _has_pending(engine: Engine) -> bool:
    sdn = _sdn(engine)
    running = sdn["running"]
    return any(sdn[kind] != running.get(kind, {}) for kind in _KINDS)


def _pending(running: dict[str, Any], config: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``pending_config``: running values, each changed object's ``state`` and ``pending``."""
    out: dict[str, dict[str, Any]] = {}
    for oid, old in sorted(running.items()):
        new = config.get(oid)
        item = dict(old)
        if new is None:
            item["state"] = "deleted"
        else:
            for key in old:
                if key not in new:
                    item.setdefault("pending", {})[key] = "deleted"
                    item["state"] = "changed"
                elif str(new[key]) != str(old[key]):
                    item["state"] = "changed"
        out[oid] = item
    for oid, new in sorted(config.items()):
        old = running.get(oid)
        item = out.setdefault(oid, {})
        for key, value in new.items():
            if key in ("type", "vnet"):
                item[key] = value
            elif old is None or key not in old or str(old[key]) != str(value):
                item.setdefault("pending", {})[key] = value
            if old is None:
                item["state"] = "new"
            elif key not in old:
                item["state"] = "changed"
    for item in out.values():
        if item.get("state"):
            item.setdefault("pending", {})
    return out


def _listing(engine: Engine, kind: str, values: dict[str, Any]) -> dict[str, dict[str, Any]]:
    sdn = _sdn(engine)
    if values.get("pending"):
        return _pending(sdn["running"].get(kind, {}), sdn[kind])
    if values.get("running"):
        return copy.deepcopy(sdn["running"].get(kind, {}))
    return copy.deepcopy(sdn[kind])


# ---------------------------------------------------------------------------- sections


@dataclass(frozen=True)
class _Section:
    """One kind of SDN object and the words pve-network uses for it."""

    kind: str  # the state key: zones, vnets, subnets
    key: str  # the ID parameter: zone, vnet, subnet
    missing: str  # the message for an ID that does not exist ({} is the ID)


_ZONE = _Section("zones", "zone", "sdn '{}' does not exist")
_VNET = _Section("vnets", "vnet", "sdn vnet '{}' does not exist")
_SUBNET = _Section("subnets", "subnet", "sdn subnet '{}' does not exist")


def _existing(engine: Engine, section: _Section, oid: str) -> dict[str, Any]:
    """The stored (pending) configuration of one object."""
    stored = _sdn(engine)[section.kind]
    if oid not in stored:
        raise ApiError(500, section.missing.format(oid))
    return stored[oid]  # type: ignore[no-any-return]


def _read(engine: Engine, section: _Section, oid: str, values: dict[str, Any]) -> dict[str, Any]:
    """One object as the listing shows it (``pending`` / ``running`` views), with the digest."""
    listed = _listing(engine, section.kind, values)
    if oid not in listed:
        raise ApiError(500, section.missing.format(oid))
    return {**listed[oid], "digest": _digest(_sdn(engine)[section.kind])}


def _create(
    engine: Engine,
    section: _Section,
    oid: str,
    config: dict[str, Any],
    values: dict[str, Any],
    check: Callable[[dict[str, Any], str], None] | None = None,
) -> None:
    """Store a new object: the lock token, a unique ID, the kind's own checks."""
    errmsg = f"create sdn {section.key} object failed"
    _locked(engine, values, errmsg)
    stored = _sdn(engine)[section.kind]
    if oid in stored:
        raise ApiError(500, f"{errmsg}: sdn {section.key} object ID '{oid}' already defined")
    if check is not None:
        check(config, errmsg)
    stored[oid] = config


def _update(
    engine: Engine,
    section: _Section,
    values: dict[str, Any],
    find: Callable[[], tuple[str, dict[str, Any]]],
    check: Callable[[str, dict[str, Any], dict[str, Any], str], None] | None = None,
) -> None:
    """Change an object: the lock token, the ``digest``, ``delete``, the new values, then the
    kind's checks on the result (``check(id, old, new, errmsg)``) before it is stored."""
    errmsg = f"update sdn {section.key} object failed"
    _locked(engine, values, errmsg)
    stored = _sdn(engine)[section.kind]
    if values.get("digest") and values["digest"] != _digest(stored):
        raise ApiError(500, f"{errmsg}: {_MODIFIED}")
    oid, current = find()
    changed = dict(current)
    drop_deleted(changed, values)
    changed.update(_clean(values, (section.key, "type", "vnet" if section is _SUBNET else "")))
    if check is not None:
        check(oid, current, changed, errmsg)
    stored[oid] = changed


# ---------------------------------------------------------------------------- apply, lock


@route("GET", "/cluster/sdn")
def index(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``GET /cluster/sdn``: PVE::API2::Network::SDN ``index``."""
    return [{"id": d} for d in ("vnets", "zones", "controllers", "ipams", "dns", "fabrics")]


@route("PUT", "/cluster/sdn")
def apply(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``PUT /cluster/sdn``: PVE::API2::Network::SDN ``reload``: the pending config becomes the
    running one, in a ``reloadnetworkall`` task.

    Raises:
        ApiError: 500 ``could not commit SDN config: …`` when the config is locked by another
            token.
    """
    sdn = _sdn(engine)
    _locked(engine, values, "could not commit SDN config")
    version = int(sdn["running"].get("version", 0)) + 1
    sdn["running"] = {kind: copy.deepcopy(sdn[kind]) for kind in _KINDS}
    sdn["running"]["version"] = version
    if values.get("lock-token") and values.get("release-lock", True):
        sdn["lock"] = None
    node = sorted(engine.state.nodes)[0]
    log = [f"{n}: reloading network config" for n in sorted(engine.state.nodes)]
    return engine.task(node, "reloadnetworkall", "", caller.userid or "root@pam", None, log)


@route("POST", "/cluster/sdn/lock")
def lock(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``POST /cluster/sdn/lock``: PVE::API2::Network::SDN ``lock_sdn_config``; returns the lock
    token.

    Raises:
        ApiError: 500 ``could not acquire lock for SDN config: …`` when already locked, or when
            there are pending changes and ``allow-pending`` is not set.
    """
    sdn = _sdn(engine)
    _locked(engine, {}, "could not acquire lock for SDN config")
    if not values.get("allow-pending") and _has_pending(engine):
        raise ApiError(
            500, "could not acquire lock for SDN config: configuration has pending changes"
        )
    sdn["lock"] = str(uuid.uuid4())
    return sdn["lock"]


@route("DELETE", "/cluster/sdn/lock")
def release(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``DELETE /cluster/sdn/lock``: PVE::API2::Network::SDN ``release_sdn_lock`` (``force`` skips
    the token check).

    Raises:
        ApiError: 500 ``could not release lock: …`` for a wrong token.
    """
    if not values.get("force"):
        _locked(engine, values, "could not release lock")
    _sdn(engine)["lock"] = None


@route("POST", "/cluster/sdn/rollback")
def rollback(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``POST /cluster/sdn/rollback``: PVE::API2::Network::SDN ``rollback_sdn_config``: pending
    changes are dropped.

    Raises:
        ApiError: 500 ``could not rollback SDN configuration: …`` for a wrong token.
    """
    sdn = _sdn(engine)
    _locked(engine, values, "could not rollback SDN configuration")
    for kind in _KINDS:
        sdn[kind] = copy.deepcopy(sdn["running"].get(kind, {}))
    if values.get("lock-token") and values.get("release-lock", True):
        sdn["lock"] = None


# ---------------------------------------------------------------------------- zones


@route("GET", "/cluster/sdn/zones")
def zones(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``GET /cluster/sdn/zones``: PVE::API2::Network::SDN::Zones ``index`` (``type``, ``pending``,
    ``running`` filters).
    """
    digest = _digest(_sdn(engine)["zones"])
    out = []
    for zid, zone in sorted(_listing(engine, "zones", values).items()):
        if values.get("type") and zone.get("type") != values["type"]:
            continue
        out.append({"zone": zid, **zone, "digest": digest})
    return out


@route("POST", "/cluster/sdn/zones")
def zone_create(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """``POST /cluster/sdn/zones``: PVE::API2::Network::SDN::Zones ``create``."""
    _locked(engine, values, "create sdn zone object failed")
    for key in _REQUIRED.get(values["type"], ()):
        if key not in values:
            raise _param_error(key, "property is missing and it is not optional")
    if values["type"] == "vxlan" and "peers" not in values and "fabric" not in values:
        raise _param_error("peers", "must have a fabric or peers configured")

    def check(config: dict[str, Any], errmsg: str) -> None:
        if values.get("dnszone") and not values.get("dns"):
            raise _param_error("dnszone", "missing dns server")

    _create(engine, _ZONE, values["zone"], _clean(values, ("zone",)), values, check)


@route("GET", "/cluster/sdn/zones/{zone}")
def zone_get(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``GET /cluster/sdn/zones/{zone}``: PVE::API2::Network::SDN::Zones ``read``."""
    return {"zone": path["zone"], **_read(engine, _ZONE, path["zone"], values)}


@route("PUT", "/cluster/sdn/zones/{zone}")
def zone_update(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """``PUT /cluster/sdn/zones/{zone}``: PVE::API2::Network::SDN::Zones ``update``."""
    zid = path["zone"]
    _update(engine, _ZONE, values, lambda: (zid, _existing(engine, _ZONE, zid)))


@route("DELETE", "/cluster/sdn/zones/{zone}")
def zone_delete(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """``DELETE /cluster/sdn/zones/{zone}``: PVE::API2::Network::SDN::Zones ``delete``.

    Raises:
        ApiError: 500 ``delete sdn zone object failed: zone z is used by vnet v``.
    """
    errmsg = "delete sdn zone object failed"
    _locked(engine, values, errmsg)
    _existing(engine, _ZONE, path["zone"])
    for vid, vnet in sorted(_sdn(engine)["vnets"].items()):
        if vnet.get("zone") == path["zone"]:
            raise ApiError(500, f"{errmsg}: zone {path['zone']} is used by vnet {vid}")
    del _sdn(engine)["zones"][path["zone"]]


# ---------------------------------------------------------------------------- vnets


def _check_vnet(engine: Engine, vid: str, vnet: dict[str, Any], errmsg: str) -> None:
    sdn = _sdn(engine)
    zone = sdn["zones"].get(vnet.get("zone"))
    if zone is None:
        raise ApiError(500, f"{errmsg}: unknown section type ''")
    tag = vnet.get("tag")
    if zone["type"] == "simple" and tag is not None:
        raise _param_error("tag", "vlan tag is not allowed on simple zone")
    if zone["type"] == "vlan":
        if tag is None:
            raise _param_error("tag", "missing vlan tag")
        if int(tag) > 4096:
            raise _param_error("tag", "vlan tag max value is 4096")
        for other, conf in sorted(sdn["vnets"].items()):
            if other != vid and conf.get("zone") == vnet["zone"] and conf.get("tag") == tag:
                raise _param_error("tag", f"tag {tag} already exist in vnet {other}")
    if vnet.get("vlanaware") and _subnets_of(engine, vid):
        raise _param_error("vlanaware", "vlanaware vnet is not compatible with subnets")


def _subnets_of(engine: Engine, vid: str) -> list[str]:
    return sorted(s for s, c in _sdn(engine)["subnets"].items() if c.get("vnet") == vid)


@route("GET", "/cluster/sdn/vnets")
def vnets(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``GET /cluster/sdn/vnets``: PVE::API2::Network::SDN::Vnets ``index``."""
    digest = _digest(_sdn(engine)["vnets"])
    return [
        {"vnet": vid, **vnet, "digest": digest}
        for vid, vnet in sorted(_listing(engine, "vnets", values).items())
    ]


@route("POST", "/cluster/sdn/vnets")
def vnet_create(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """``POST /cluster/sdn/vnets``: PVE::API2::Network::SDN::Vnets ``create``."""
    vid = values["vnet"]
    vnet = {"type": "vnet", **_clean(values, ("vnet", "type"))}
    _create(
        engine, _VNET, vid, vnet, values, lambda new, errmsg: _check_vnet(engine, vid, new, errmsg)
    )


def _vnet(engine: Engine, vid: str) -> dict[str, Any]:
    return _existing(engine, _VNET, vid)


@route("GET", "/cluster/sdn/vnets/{vnet}")
def vnet_get(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``GET /cluster/sdn/vnets/{vnet}``: PVE::API2::Network::SDN::Vnets ``read``."""
    return {"vnet": path["vnet"], **_read(engine, _VNET, path["vnet"], values)}


@route("PUT", "/cluster/sdn/vnets/{vnet}")
def vnet_update(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """``PUT /cluster/sdn/vnets/{vnet}``: PVE::API2::Network::SDN::Vnets ``update``."""

    def check(vid: str, old: dict[str, Any], new: dict[str, Any], errmsg: str) -> None:
        if "zone" not in new:
            raise _param_error("zone", "cannot delete zone")
        if new["zone"] != old["zone"] and _subnets_of(engine, vid):
            raise _param_error("zone", "can't change zone if subnets exist")
        _check_vnet(engine, vid, new, errmsg)

    vid = path["vnet"]
    _update(engine, _VNET, values, lambda: (vid, _vnet(engine, vid)), check)


@route("DELETE", "/cluster/sdn/vnets/{vnet}")
def vnet_delete(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """``DELETE /cluster/sdn/vnets/{vnet}``: PVE::API2::Network::SDN::Vnets ``delete``.

    Raises:
        ApiError: 400 ``vnet: Can't delete vnet if subnets exists``.
    """
    _locked(engine, values, "delete sdn vnet object failed")
    _vnet(engine, path["vnet"])
    if _subnets_of(engine, path["vnet"]):
        raise _param_error("vnet", "Can't delete vnet if subnets exists")
    del _sdn(engine)["vnets"][path["vnet"]]
    engine.state.firewall.pop(f"vnet/{path['vnet']}", None)


# ---------------------------------------------------------------------------- subnets


def _subnet_view(sid: str, config: dict[str, Any]) -> dict[str, Any]:
    zone, network, mask = sid.rsplit("-", 2) if sid.count("-") >= 2 else (sid, "", "")
    ranges = []
    for text in config.get("dhcp-range", []) or []:
        parts = dict(p.split("=", 1) for p in str(text).split(",") if "=" in p)
        ranges.append(parts)
    view = {**config, "subnet": sid, "id": sid, "zone": zone, "network": network, "mask": mask}
    view["cidr"] = f"{network}/{mask}"
    view["dhcp-range"] = ranges
    return view


def _check_subnet(engine: Engine, sid: str, config: dict[str, Any]) -> None:
    cidr = _subnet_view(sid, config)["cidr"]
    network = ipaddress.ip_network(cidr, strict=False)
    gateway = config.get("gateway")
    if gateway and ipaddress.ip_address(gateway) not in network:
        raise _param_error("gateway", f"{gateway} is not in subnet {cidr}")
    vnet = _sdn(engine)["vnets"].get(config.get("vnet"))
    if vnet is None:
        raise _param_error("vnet", f"{config.get('vnet')} don't exist")
    if vnet.get("vlanaware"):
        raise _param_error("vnet", "you can't add a subnet on a vlanaware vnet")
    ranges: list[tuple[Any, Any]] = []
    for item in _subnet_view(sid, config)["dhcp-range"]:
        start, end = item.get("start-address", ""), item.get("end-address", "")
        try:
            low = ipaddress.ip_address(start)
        except ValueError:
            raise _param_error("dhcp-range", f"start-address is not a valid IP {start}") from None
        try:
            high = ipaddress.ip_address(end)
        except ValueError:
            raise _param_error("dhcp-range", f"end-address is not a valid IP {end}") from None
        if low not in network:
            raise _param_error("dhcp-range", f"start-address {start} is not in subnet {cidr}")
        if high not in network:
            raise _param_error("dhcp-range", f"end-address {end} is not in subnet {cidr}")
        if any(not (high < a or low > b) for a, b in ranges):
            raise _param_error("dhcp-range", "dhcp ranges must not overlap")
        ranges.append((low, high))


@route("GET", "/cluster/sdn/vnets/{vnet}/subnets")
def subnets(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``GET /cluster/sdn/vnets/{vnet}/subnets``: PVE::API2::Network::SDN::Subnets ``index``."""
    _vnet(engine, path["vnet"])
    digest = _digest(_sdn(engine)["subnets"])
    return [
        {**_subnet_view(sid, config), "digest": digest}
        for sid, config in sorted(_listing(engine, "subnets", values).items())
        if config.get("vnet") == path["vnet"]
    ]


@route("POST", "/cluster/sdn/vnets/{vnet}/subnets")
def subnet_create(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """``POST /cluster/sdn/vnets/{vnet}/subnets``: PVE::API2::Network::SDN::Subnets ``create``."""
    _locked(engine, values, "create sdn subnet object failed")
    vnet = _vnet(engine, path["vnet"])
    cidr = str(values["subnet"])
    try:
        ipaddress.ip_network(cidr, strict=False)
        if "/" not in cidr:
            raise ValueError
    except ValueError:
        raise _param_error("subnet", "value does not look like a valid CIDR network") from None
    sid = f"{vnet['zone']}-{cidr.replace('/', '-')}"
    config = {"type": "subnet", **_clean(values, ("subnet", "type", "vnet")), "vnet": path["vnet"]}
    _create(engine, _SUBNET, sid, config, values, lambda new, _: _check_subnet(engine, sid, new))


def _subnet(engine: Engine, path: dict[str, str]) -> tuple[str, dict[str, Any]]:
    _vnet(engine, path["vnet"])
    config = _existing(engine, _SUBNET, path["subnet"])
    if config.get("vnet") != path["vnet"]:
        raise _param_error("vnet", "wrong vnet")
    return path["subnet"], config


@route("GET", "/cluster/sdn/vnets/{vnet}/subnets/{subnet}")
def subnet_get(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``GET /cluster/sdn/vnets/{vnet}/subnets/{subnet}``: PVE::API2::Network::SDN::Subnets
    ``read``.
    """
    sid, _ = _subnet(engine, path)
    listed = _listing(engine, "subnets", values)
    return {**_subnet_view(sid, listed.get(sid, {})), "digest": _digest(_sdn(engine)["subnets"])}


@route("PUT", "/cluster/sdn/vnets/{vnet}/subnets/{subnet}")
def subnet_update(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """``PUT /cluster/sdn/vnets/{vnet}/subnets/{subnet}``: PVE::API2::Network::SDN::Subnets
    ``update``.
    """

    def check(sid: str, old: dict[str, Any], new: dict[str, Any], errmsg: str) -> None:
        _check_subnet(engine, sid, new)

    _update(engine, _SUBNET, values, lambda: _subnet(engine, path), check)


@route("DELETE", "/cluster/sdn/vnets/{vnet}/subnets/{subnet}")
def subnet_delete(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """``DELETE /cluster/sdn/vnets/{vnet}/subnets/{subnet}``: PVE::API2::Network::SDN::Subnets
    ``delete``.
    """
    _locked(engine, values, "delete sdn subnet object failed")
    sid, _ = _subnet(engine, path)
    del _sdn(engine)["subnets"][sid]


# ---------------------------------------------------------------------------- cluster resources


def _network_resources(engine: Engine) -> bool:
    """Whether the served release lists zones as ``network`` resources (pve-manager since
    9.1's fabrics: nodes broadcast ``network`` instead of ``sdn`` status)."""
    op = engine.spec["paths"]["/cluster/resources"]["get"]
    data = op["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["data"]
    return "network" in data["items"]["properties"]["type"].get("enum", [])


def sdn_resources(engine: Engine, caller: Caller, kind: str | None) -> list[dict[str, Any]]:
    """The SDN entries of ``GET /cluster/resources``: per node, the built-in ``localnetwork``
    zone (PVE 8+) and every zone of the applied configuration that the node runs (a zone's
    ``nodes`` restricts it), each for callers with SDN.Audit on ``/sdn/zones/<zone>``; zones
    are ``available`` once applied (``PVE::Network::SDN::Zones::status``). Releases that know
    ``network`` resources list them as ``network/<node>/zone/<zone>`` (without a type filter)."""
    network = _network_resources(engine)
    if kind not in ((None,) if network else (None, "sdn")):
        return []
    running = _sdn(engine)["running"]
    applied = running.get("zones", {}) if running.get("version") else {}
    out: list[dict[str, Any]] = []
    audit = engine.access.allowed
    for node in sorted(engine.state.nodes):
        zones: list[tuple[str, dict[str, Any]]] = []
        if int(engine.release.split(".")[0]) >= 8 and audit(
            caller, "/sdn/zones/localnetwork", ["SDN.Audit"]
        ):
            zones.append(("localnetwork", {"status": "ok"}))
        for zid, zone in sorted(applied.items()):
            members = split_list(str(zone.get("nodes") or ""))
            if members and node not in members:
                continue
            if audit(caller, f"/sdn/zones/{zid}", ["SDN.Audit"]):
                zones.append((zid, {"status": "available", "zone-type": zone.get("type")}))
        for zid, extra in zones:
            if network:
                entry = {"id": f"network/{node}/zone/{zid}", "type": "network",
                         "network-type": "zone", "network": zid}  # fmt: skip
            else:
                entry = {"id": f"sdn/{node}/{zid}", "type": "sdn", "sdn": zid}
            out.append({**entry, "node": node, **extra})
    return out
