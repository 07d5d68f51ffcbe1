"""High availability as pve-ha-manager keeps it: resources, groups, rules and their status.

Proxmox's facts carried over (pve-ha-manager ``src/PVE/API2/HA/*.pm``, ``PVE/HA/Config.pm``,
``PVE/HA/Resources/PVEVM.pm`` / ``PVECT.pm``):

* a resource ID is ``vm:100`` / ``ct:200``, or a bare VMID that is resolved through the guest
  list (``unable to detect SID from VMID - VM/CT 999 does not exist``); anything else fails
  the ``pve-ha-resource-or-vm-id`` format (``value does not look like a valid ha resource
  id``); a ``type`` that disagrees is ``types does not match``;
* the guest must exist and be of that kind (``resource 'vm:101' does not exist in cluster``,
  ``resource 'vm:200' - guest with ID 200 is not a VM``); a second create is
  ``resource ID 'vm:100' already defined``; deleting an unmanaged one is
  ``cannot delete service 'vm:100', not HA managed!``; deleting purges it from rules (default);
* only the options given are stored; the list answers ``sid``, ``type``, the options and the
  config ``digest``;
* from Proxmox VE 9 HA groups are migrated to rules: with no group defined every group call is
  refused (``cannot create group: ha groups have been migrated to rules``) and rules work; while
  groups exist (seeded), rules are refused (``… ha groups have not been migrated yet``);
* rules (``node-affinity`` / ``resource-affinity``) need configured resources and existing
  nodes (``cannot use unmanaged resource(s) vm:101.``, ``cannot use non-existent node(s) x.``)
  and must be feasible together (:mod:`.ha_rules`); the list shows each rule's ``errors``;
* the CRM acts on the requested state: ``started`` starts the guest, ``stopped``/``disabled``
  stop it; ``status/current`` lists quorum, master, one LRM per node and one entry per service.
"""

from __future__ import annotations

import hashlib
import json
import time
from typing import Any

from .core import ApiError, Caller, Engine, route
from .ha_rules import feasibility_errors
from .params import delete_keys, drop_deleted, wire_values
from .state import Guest

__all__ = ["ha_managed"]

_RESOURCE_OPTIONS = ("state", "group", "comment", "failback", "max_restart", "max_relocate")


def _ha(engine: Engine) -> dict[str, Any]:
    ha: dict[str, Any] = engine.state.ha
    for key in ("resources", "groups", "rules"):
        ha.setdefault(key, {})
    return ha


def _digest(section: dict[str, Any]) -> str:
    return hashlib.sha1(json.dumps(section, sort_keys=True).encode()).hexdigest()


def _guard(section: dict[str, Any], values: dict[str, Any]) -> None:
    if values.get("digest") and values["digest"] != _digest(section):
        raise ApiError(
            500, "detected modified configuration - file changed by other user? Try again."
        )


def _major(engine: Engine) -> int:
    try:
        return int(str(engine.state.version.get("version", "9")).split(".")[0])
    except ValueError:
        return 9


def _groups_migrated(engine: Engine) -> bool:
    return _major(engine) >= 9 and not _ha(engine)["groups"]


def _guest(engine: Engine, vmid: str) -> Guest | None:
    """The guest a VMID text names, looked up as Proxmox's vmlist is (by the text: ASCII digits,
    no leading zero); never int() of a Unicode digit or of thousands of digits."""
    if not (vmid.isascii() and vmid.isdigit()) or len(vmid) > 18 or vmid != str(int(vmid)):
        return None
    return engine.state.guests.get(int(vmid))


def parse_sid(engine: Engine, sid: str) -> tuple[str, str, str]:
    """(sid, type, name) as ``PVE::HA::Config::parse_sid`` resolves it."""
    if sid.isdigit():
        guest = _guest(engine, sid)
        if guest is None:
            raise ApiError(500, f"unable to detect SID from VMID - VM/CT {sid} does not exist")
        kind = "vm" if guest.kind == "qemu" else "ct"
        return f"{kind}:{sid}", kind, sid
    kind, sep, name = sid.partition(":")
    if not sep or not kind or not name or " " in sid:
        raise ApiError(500, f"unable to parse service id '{sid}'")
    return sid, kind, name


def _check_guest(engine: Engine, kind: str, name: str) -> None:
    if kind not in ("vm", "ct"):
        raise ApiError(500, f"unknown resource type '{kind}'")
    if not name.isdigit() or name.startswith("0") or len(name) < 3:
        raise ApiError(500, "invalid VMID")
    guest = _guest(engine, name)
    if guest is None:
        raise ApiError(500, f"resource '{kind}:{name}' does not exist in cluster")
    wanted = "qemu" if kind == "vm" else "lxc"
    if guest.kind != wanted:
        what = "VM" if kind == "vm" else "CT"
        raise ApiError(500, f"resource '{kind}:{name}' - guest with ID {name} is not a {what}")


def _options(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in _RESOURCE_OPTIONS:
        if key in values and values[key] is not None:
            value = values[key]
            out[key] = int(value) if isinstance(value, bool) else value
    return out


def _apply_state(engine: Engine, sid: str, config: dict[str, Any]) -> None:
    """What the CRM and LRM do with a requested state: start or stop the guest."""
    name = sid.partition(":")[2]
    guest = _guest(engine, name)
    if guest is None:
        return
    state = config.get("state", "started")
    if state == "started" and guest.status == "stopped" and not guest.lock:
        guest.status, guest.started = "running", engine.clock()
    elif state in ("stopped", "disabled") and guest.status != "stopped":
        guest.status = "stopped"


def ha_managed(engine: Engine, vmid: int) -> dict[str, Any]:
    """The ``ha`` object of a guest's ``status/current``: ``managed`` and, if so, its state."""
    for sid, config in _ha(engine)["resources"].items():
        if sid.partition(":")[2] == str(vmid):
            return {
                "managed": 1,
                "state": config.get("state", "started"),
                "group": config.get("group"),
            }
    return {"managed": 0}


# ---------------------------------------------------------------------------- resources


@route("GET", "/cluster/ha/resources")
def resources(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    stored = _ha(engine)["resources"]
    digest = _digest(stored)
    out = []
    for sid in sorted(stored):
        config = stored[sid]
        if values.get("type") and values["type"] != config["type"]:
            continue
        out.append({"sid": sid, **config, "digest": digest})
    return out


@route("POST", "/cluster/ha/resources")
def resource_create(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    sid, kind, name = parse_sid(engine, str(values["sid"]))
    if values.get("type") and values["type"] != kind:
        raise ApiError(500, "types does not match")
    ha = _ha(engine)
    if values.get("group") is not None and _groups_migrated(engine):
        raise ApiError(500, "invalid parameter 'group': ha groups have been migrated to rules")
    _check_guest(engine, kind, name)
    if sid in ha["resources"]:
        raise ApiError(500, f"resource ID '{sid}' already defined")
    if values.get("group") and values["group"] not in ha["groups"]:
        raise ApiError(500, f"HA group '{values['group']}' does not exist")
    config = {"type": kind, **_options(values)}
    ha["resources"][sid] = config
    _apply_state(engine, sid, config)


def _resource(engine: Engine, raw: str) -> tuple[str, dict[str, Any]]:
    sid, _, _ = parse_sid(engine, raw)
    stored = _ha(engine)["resources"]
    if sid not in stored:
        raise ApiError(500, f"no such resource '{sid}'")
    return sid, stored[sid]


@route("GET", "/cluster/ha/resources/{sid}")
def resource_get(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    sid, config = _resource(engine, path["sid"])
    return {"sid": sid, **config, "digest": _digest(_ha(engine)["resources"])}


@route("PUT", "/cluster/ha/resources/{sid}")
def resource_update(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    ha = _ha(engine)
    _guard(ha["resources"], values)
    sid, kind, _ = parse_sid(engine, path["sid"])
    if values.get("type") and values["type"] != kind:
        raise ApiError(500, "types does not match")
    group = values.get("group")
    if group:
        if _groups_migrated(engine):
            raise ApiError(500, "invalid parameter 'group': ha groups have been migrated to rules")
        if group not in ha["groups"]:
            raise ApiError(500, f"HA group '{group}' does not exist")
    sid, config = _resource(engine, path["sid"])
    drop_deleted(config, values)
    config.update(_options(values))
    _apply_state(engine, sid, config)


@route("DELETE", "/cluster/ha/resources/{sid}")
def resource_delete(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    sid, _, _ = parse_sid(engine, path["sid"])
    ha = _ha(engine)
    if sid not in ha["resources"]:
        raise ApiError(500, f"cannot delete service '{sid}', not HA managed!")
    remove_service(engine, sid, purge=bool(values.get("purge", True)))


def remove_service(engine: Engine, sid: str, *, purge: bool) -> None:
    """``delete_service_from_config``: drop the resource, and with ``purge`` it from the rules
    (a rule left without resources goes too)."""
    ha = _ha(engine)
    ha["resources"].pop(sid, None)
    if purge:
        for ruleid, rule in list(ha["rules"].items()):
            members = [r for r in str(rule.get("resources", "")).split(",") if r and r != sid]
            if not members:
                del ha["rules"][ruleid]
            else:
                rule["resources"] = ",".join(members)


def _register_move(action: str) -> None:
    @route("POST", f"/cluster/ha/resources/{{sid}}/{action}")
    def move(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        sid, config = _resource(engine, path["sid"])
        engine.node(values["node"])
        if config.get("state") == "ignored":
            raise ApiError(500, f"service '{sid}' not HA managed")
        guest = _guest(engine, sid.partition(":")[2])
        if guest is not None:
            guest.node = values["node"]
        return {"sid": sid, "requested-node": values["node"]}


_register_move("migrate")
_register_move("relocate")


# ---------------------------------------------------------------------------- groups


def _group_refusal(engine: Engine, verb: str) -> None:
    if _groups_migrated(engine):
        raise ApiError(500, f"cannot {verb}: ha groups have been migrated to rules")


@route("GET", "/cluster/ha/groups")
def groups(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    _group_refusal(engine, "index groups")
    stored = _ha(engine)["groups"]
    digest = _digest(stored)
    return [
        {"group": name, "type": "group", **stored[name], "digest": digest}
        for name in sorted(stored)
    ]


@route("POST", "/cluster/ha/groups")
def group_create(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    _group_refusal(engine, "create group")
    stored = _ha(engine)["groups"]
    name = values["group"]
    if name in stored:
        raise ApiError(500, f"ha group ID '{name}' already defined")
    stored[name] = wire_values(values, ("group", "type"))


@route("GET", "/cluster/ha/groups/{group}")
def group_get(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    _group_refusal(engine, "read group")
    stored = _ha(engine)["groups"]
    if path["group"] not in stored:
        raise ApiError(500, f"no such ha group '{path['group']}'")
    return {
        "group": path["group"],
        "type": "group",
        **stored[path["group"]],
        "digest": _digest(stored),
    }


@route("PUT", "/cluster/ha/groups/{group}")
def group_update(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    _group_refusal(engine, "update group")
    stored = _ha(engine)["groups"]
    _guard(stored, values)
    if path["group"] not in stored:
        raise ApiError(500, f"no such ha group '{path['group']}'")
    group = stored[path["group"]]
    for key in delete_keys(values):
        if key == "nodes":
            raise ApiError(500, f"unable to delete required option '{key}'")
        group.pop(key, None)
    group.update(wire_values(values, ("group", "type", "digest", "delete")))


@route("DELETE", "/cluster/ha/groups/{group}")
def group_delete(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    _group_refusal(engine, "delete group")
    ha = _ha(engine)
    if path["group"] not in ha["groups"]:
        raise ApiError(500, f"no such ha group '{path['group']}'")
    for sid, config in ha["resources"].items():
        if config.get("group") == path["group"]:
            raise ApiError(500, f"ha group is used by service '{sid}'")
    del ha["groups"][path["group"]]


# ---------------------------------------------------------------------------- rules


def _check_rule_members(engine: Engine, values: dict[str, Any]) -> None:
    ha = _ha(engine)
    if "resources" in values:
        members = [r for r in str(values["resources"]).split(",") if r]
        if not members:
            raise ApiError(500, "no resources were specified")
        unmanaged = sorted(
            sid for sid in (parse_sid(engine, m)[0] for m in members) if sid not in ha["resources"]
        )
        if unmanaged:
            raise ApiError(500, f"cannot use unmanaged resource(s) {', '.join(unmanaged)}.")
    if "nodes" in values:
        names = [n.split(":")[0] for n in str(values["nodes"]).split(",") if n]
        if not names:
            raise ApiError(500, "no nodes were specified")
        missing = sorted(n for n in names if n not in engine.state.nodes)
        if missing:
            raise ApiError(500, f"cannot use non-existent node(s) {', '.join(missing)}.")


def _rule_errors(engine: Engine, rules: dict[str, Any]) -> dict[str, dict[str, list[str]]]:
    return feasibility_errors(rules, sorted(engine.state.nodes))


def _assert_feasible(engine: Engine, ruleid: str, rule: dict[str, Any], errmsg: str) -> None:
    """``$assert_feasibility``: the written rule must be feasible with all the others (its
    ``Rule 'x' is invalid.`` exception is stringified by the HA domain lock, one line here)."""
    errors = _rule_errors(engine, {**_ha(engine)["rules"], ruleid: rule}).get(ruleid)
    if errors:
        details = " ".join(f"{opt}: {', '.join(msgs)}" for opt, msgs in sorted(errors.items()))
        raise ApiError(500, f"{errmsg}: Rule '{ruleid}' is invalid. {details}")


def _rule_refusal(engine: Engine, verb: str) -> None:
    if not _groups_migrated(engine):
        raise ApiError(500, f"cannot {verb} ha rule: ha groups have not been migrated yet")


@route("GET", "/cluster/ha/rules")
def rules(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    stored = _ha(engine)["rules"]
    digest = _digest(stored)
    errors = _rule_errors(engine, stored)
    out = []
    for name in sorted(stored):
        rule = stored[name]
        if values.get("type") and rule["type"] != values["type"]:
            continue
        if values.get("resource"):
            sid = parse_sid(engine, values["resource"])[0]
            if sid not in str(rule.get("resources", "")).split(","):
                continue
        entry = {"rule": name, **rule, "digest": digest}
        if name in errors:
            entry["errors"] = errors[name]
        out.append(entry)
    return out


@route("POST", "/cluster/ha/rules")
def rule_create(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    _rule_refusal(engine, "create")
    stored = _ha(engine)["rules"]
    name = values["rule"]
    if name in stored:
        raise ApiError(500, f"HA rule '{name}' already defined")
    if values["type"] == "node-affinity" and "nodes" not in values:
        raise ApiError(
            400,
            "Parameter verification failed.",
            {"nodes": "property is missing and it is not optional"},
        )
    if values["type"] == "resource-affinity" and "affinity" not in values:
        raise ApiError(
            400,
            "Parameter verification failed.",
            {"affinity": "property is missing and it is not optional"},
        )
    _check_rule_members(engine, values)
    rule = wire_values(values, ("rule",))
    _assert_feasible(engine, name, rule, "create ha rule failed")
    stored[name] = rule


@route("GET", "/cluster/ha/rules/{rule}")
def rule_get(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    stored = _ha(engine)["rules"]
    if path["rule"] not in stored:
        raise ApiError(500, f"no such ha rule '{path['rule']}'")
    out = {"rule": path["rule"], **stored[path["rule"]], "digest": _digest(stored)}
    errors = _rule_errors(engine, stored).get(path["rule"])
    if errors:
        out["errors"] = errors
    return out


@route("PUT", "/cluster/ha/rules/{rule}")
def rule_update(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    _rule_refusal(engine, "update")
    stored = _ha(engine)["rules"]
    _guard(stored, values)
    rule = stored.get(path["rule"])
    if rule is None:
        raise ApiError(500, f"HA rule '{path['rule']}' does not exist")
    if values.get("type") and values["type"] != rule["type"]:
        raise ApiError(500, "types does not match")
    _check_rule_members(engine, values)
    changed = dict(rule)
    drop_deleted(changed, values)
    changed.update(wire_values(values, ("rule", "type", "digest", "delete")))
    _assert_feasible(engine, path["rule"], changed, "update ha rule failed")
    stored[path["rule"]] = changed


@route("DELETE", "/cluster/ha/rules/{rule}")
def rule_delete(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    stored = _ha(engine)["rules"]
    if stored.pop(path["rule"], None) is None:
        raise ApiError(500, f"no such ha rule '{path['rule']}'")


# ---------------------------------------------------------------------------- status


def _service_state(engine: Engine, sid: str, config: dict[str, Any]) -> str:
    requested = config.get("state", "started")
    if requested == "disabled":
        return "stopped"
    if requested == "ignored":
        return "ignored"
    guest = _guest(engine, sid.partition(":")[2])
    if guest is None:
        return "error"
    return "started" if guest.status == "running" else "stopped"


@route("GET", "/cluster/ha/status/current")
def status_current(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    now = int(engine.clock())
    nodes = sorted(engine.state.nodes)
    master = nodes[0]
    stored = _ha(engine)["resources"]
    active = bool(stored)
    out: list[dict[str, Any]] = [
        {"id": "quorum", "type": "quorum", "node": master, "status": "OK", "quorate": 1}
    ]
    stamp = time.strftime("%a %b %d %H:%M:%S %Y", time.localtime(now))
    out.append(
        {
            "id": "master",
            "type": "master",
            "node": master,
            "status": f"{master} ({'active' if active else 'idle'}, {stamp})",
            "timestamp": now,
        }
    )
    for node in nodes:
        running = [
            sid
            for sid in stored
            if (g := _guest(engine, sid.partition(":")[2])) is not None and g.node == node
        ]
        mode = "active" if running else "idle"
        out.append(
            {
                "id": f"lrm:{node}",
                "type": "lrm",
                "node": node,
                "status": f"{node} ({mode}, {stamp})",
                "timestamp": now,
            }
        )
    for sid in sorted(stored):
        config = stored[sid]
        guest = _guest(engine, sid.partition(":")[2])
        state = _service_state(engine, sid, config)
        item = {
            "id": f"service:{sid}",
            "type": "service",
            "sid": sid,
            "node": guest.node if guest else master,
            "state": state,
            "crm_state": state,
            "request_state": config.get("state", "started"),
            "max_restart": config.get("max_restart", 1),
            "max_relocate": config.get("max_relocate", 1),
            "failback": config.get("failback", 1),
            "status": f"{state}",
        }
        out.append(item)
    return out


@route("GET", "/cluster/ha/status/manager_status")
def manager_status(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    now = int(engine.clock())
    nodes = sorted(engine.state.nodes)
    stored = _ha(engine)["resources"]
    service_status = {}
    for sid, config in sorted(stored.items()):
        guest = _guest(engine, sid.partition(":")[2])
        service_status[sid] = {
            "node": guest.node if guest else nodes[0],
            "state": _service_state(engine, sid, config),
            "uid": hashlib.sha1(sid.encode()).hexdigest()[:22],
        }
    return {
        "manager_status": {
            "master_node": nodes[0],
            "timestamp": now,
            "node_status": {n: "online" for n in nodes},
            "service_status": service_status,
        },
        "quorum": {"node": nodes[0], "quorate": "1"},
        "lrm_status": {n: {"mode": "active", "state": "active", "timestamp": now} for n in nodes},
    }
