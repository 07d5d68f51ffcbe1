"""Firewall options at every level and the cluster's security groups (pve-firewall
``PVE/API2/Firewall/Cluster.pm``, ``Host.pm``, ``VM.pm``, ``Groups.pm``): options answer their
``digest``; a security group with rules cannot be deleted; renaming one renames the rules that
use it.
"""

from __future__ import annotations

from typing import Any

from .core import ApiError, Caller, Engine, route
from .firewall import (
    bases,
    firewall_config,
    guard,
    list_digest,
    named_list,
    object_digest,
    param_error,
    scope_of,
    with_digest,
)
from .params import drop_deleted, wire_values

# ---------------------------------------------------------------------------- options


def _register_options(kind: str, base: str) -> None:
    @route("GET", base + "/options")
    def options(
        engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
    ) -> Any:
        scope, _ = scope_of(engine, kind, path)
        stored = firewall_config(engine, scope)["options"]
        return {**stored, "digest": object_digest(stored)}

    @route("PUT", base + "/options")
    def set_options(
        engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
    ) -> Any:
        scope, _ = scope_of(engine, kind, path)
        stored = firewall_config(engine, scope)["options"]
        guard(object_digest(stored), values)
        fixed = {"node", "vmid", "vnet", "digest", "delete"}
        drop_deleted(stored, values)
        stored.update(wire_values(values, fixed))


for _kind, _base in bases():
    _register_options(_kind, _base)


# ---------------------------------------------------------------------------- security groups


def _group_list(groups: dict[str, Any]) -> list[dict[str, Any]]:
    return named_list(groups, "group")


@route("GET", "/cluster/firewall/groups")
def groups(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``GET /cluster/firewall/groups``: PVE::API2::Firewall::Groups ``list_security_groups``."""
    return with_digest(_group_list(firewall_config(engine, "cluster")["groups"]))


@route("POST", "/cluster/firewall/groups")
def group_create(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """``POST /cluster/firewall/groups``: PVE::API2::Firewall::Groups ``create_security_group``
    (``rename`` renames).

    Raises:
        ApiError: 400 ``group: Security group 'x' already exists`` (or ``… does already exist``
            when renaming onto it, ``… does not exist`` when renaming a group that does not).
    """
    known = firewall_config(engine, "cluster")["groups"]
    name, rename = str(values["group"]), values.get("rename")
    if rename:
        guard(list_digest(_group_list(known)), values)
        if rename not in known:
            raise param_error("group", f"Security group '{rename}' does not exist")
        if name in known and name != rename:
            raise param_error("group", f"Security group '{name}' does already exist")
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
        raise param_error("group", f"Security group '{name}' already exists")
    known[name] = {"rules": []}
    if values.get("comment"):
        known[name]["comment"] = values["comment"]
    return None


@route("DELETE", "/cluster/firewall/groups/{group}")
def group_delete(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """``DELETE /cluster/firewall/groups/{group}``: PVE::API2::Firewall::Groups
    ``delete_security_group``.

    Raises:
        ApiError: 500 ``no such security group 'x'``, or ``Security group 'x' is not empty``.
    """
    known = firewall_config(engine, "cluster")["groups"]
    name = path["group"]
    if name not in known:
        raise ApiError(500, f"no such security group '{name}'")
    if known[name]["rules"]:
        raise ApiError(500, f"Security group '{name}' is not empty")
    del known[name]
