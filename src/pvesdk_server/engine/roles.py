"""Roles (pve-access-control's ``PVE::API2::Role``): the built-in ("special") roles, read-only,
and custom roles with privileges from Proxmox's privilege list.

Proxmox's facts carried over:

* ``GET /access/roles`` lists every role with ``privs`` (comma-joined, sorted) and ``special``
  (1 for the roles ``create_roles`` makes: Administrator, NoAccess, PVEAdmin, PVEAuditor,
  ``PVE<Category>Admin``/``User``, PVETemplateUser);
* a new role's ID may not start with ``PVE`` (any case): a parameter error on ``roleid``
  (``cannot use role ID starting with the (case-insensitive) 'PVE' namespace``); a second one
  is ``create role failed: role 'x' already exists``;
* ``privs`` is a ``pve-priv-list``: an unknown privilege is ``invalid privilege 'x'`` (the
  parameter check); ``PUT`` replaces the privileges unless ``append``;
* special roles: ``auto-generated role 'x' cannot be modified`` / ``… cannot be deleted``;
  a missing role is ``role 'x' does not exist`` (prefixed ``update role failed:`` /
  ``delete role failed:`` where Proxmox locks ``user.cfg``); ACLs naming a deleted role stay
  (and grant nothing), as in Proxmox.
"""

from __future__ import annotations

import re
from typing import Any

from pvesdk.formats import split_list

from .core import ApiError, Caller, Engine, route
from .permissions import ROLES


def _privs(values: dict[str, Any]) -> list[str]:
    return sorted(set(split_list(str(values.get("privs") or ""))))


def _custom(engine: Engine, role: str, verb: str) -> list[str]:
    """A custom role's privileges, for ``update`` or ``delete`` (``PVE::API2::Role``).

    Raises:
        ApiError: 500 ``auto-generated role 'x' cannot be modified`` (``deleted``) for a built-in
            role; ``update role failed: role 'x' does not exist`` (``delete …``) for no role.
    """
    if role in ROLES:
        done = "modified" if verb == "update" else "deleted"
        raise ApiError(500, f"auto-generated role '{role}' cannot be {done}")
    errmsg = f"{verb} role failed"
    privs = engine.state.roles.get(role)
    if privs is None:
        raise ApiError(500, f"{errmsg}: role '{role}' does not exist")
    return privs


@route("GET", "/access/roles")
def roles(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``GET /access/roles``: PVE::API2::Role ``index`` (built-in roles are ``special``)."""
    out = [
        {"roleid": name, "privs": ",".join(sorted(privs)), "special": 1}
        for name, privs in ROLES.items()
    ]
    out += [
        {"roleid": name, "privs": ",".join(sorted(privs)), "special": 0}
        for name, privs in engine.state.roles.items()
    ]
    return sorted(out, key=lambda r: r["roleid"])


@route("GET", "/access/roles/{roleid}")
def role_get(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``GET /access/roles/{roleid}``: PVE::API2::Role ``read_role``: ``{privilege: 1}``.

    Raises:
        ApiError: 500 ``role 'x' does not exist``.
    """
    role = path["roleid"]
    privs = ROLES.get(role)
    if privs is None and role in engine.state.roles:
        privs = frozenset(engine.state.roles[role])
    if privs is None:
        raise ApiError(500, f"role '{role}' does not exist")
    return dict.fromkeys(sorted(privs), 1)


@route("POST", "/access/roles")
def role_create(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """``POST /access/roles``: PVE::API2::Role ``create_role``.

    Raises:
        ApiError: 400 ``roleid: cannot use role ID starting with the (case-insensitive) 'PVE'
            namespace``; 500 ``create role failed: role 'x' already exists``.
    """
    role = str(values["roleid"])
    if re.match(r"^PVE", role, re.IGNORECASE):
        raise ApiError(
            400,
            "Parameter verification failed.",
            {"roleid": "cannot use role ID starting with the (case-insensitive) 'PVE' namespace"},
        )
    if role in ROLES or role in engine.state.roles:
        raise ApiError(500, f"create role failed: role '{role}' already exists")
    engine.state.roles[role] = _privs(values)


@route("PUT", "/access/roles/{roleid}")
def role_update(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """``PUT /access/roles/{roleid}``: PVE::API2::Role ``update_role`` (``append`` adds
    privileges).

    Raises:
        ApiError: 500 ``auto-generated role 'x' cannot be modified``, or ``update role failed: role
            'x' does not exist``.
    """
    role = path["roleid"]
    current = _custom(engine, role, "update")
    held = set(current) if values.get("append") else set()
    engine.state.roles[role] = sorted(held | set(_privs(values)))


@route("DELETE", "/access/roles/{roleid}")
def role_delete(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """``DELETE /access/roles/{roleid}``: PVE::API2::Role ``delete_role``.

    Raises:
        ApiError: 500 ``auto-generated role 'x' cannot be deleted``, or ``delete role failed: role
            'x' does not exist``.
    """
    role = path["roleid"]
    _custom(engine, role, "delete")
    del engine.state.roles[role]
