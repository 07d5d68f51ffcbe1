"""User groups (pve-access-control's ``PVE::API2::Group`` and the ``groups`` of a user).

Proxmox's facts carried over: a group holds users (``users`` of the list: comma-joined, sorted;
``members`` of one group: a list); a second group is ``create group failed: group 'x' already
exists``; a missing one ``group 'x' does not exist``; a user named with a group that does not
exist is refused (``no such group 'x'``); ``PUT /access/users`` replaces the user's groups unless
``append``; deleting a user or a group removes the membership and the group's ACL entries.
"""

from __future__ import annotations

from typing import Any

from .core import ApiError, Caller, Engine, route

__all__ = ["set_user_groups", "user_groups"]


def _groups(engine: Engine) -> dict[str, dict[str, Any]]:
    return engine.state.groups


def user_groups(engine: Engine, userid: str) -> list[str]:
    """The sorted groups ``userid`` belongs to."""
    return sorted(g for g, data in _groups(engine).items() if userid in data.get("users", []))


def set_user_groups(
    engine: Engine, userid: str, groups: Any, *, append: bool = False, errmsg: str = ""
) -> None:
    """Make ``userid`` a member of ``groups`` (a list or comma-separated text)."""
    text = ",".join(map(str, groups)) if isinstance(groups, list) else str(groups or "")
    names = [g.strip() for g in text.replace(";", ",").split(",") if g.strip()]
    prefix = f"{errmsg}: " if errmsg else ""
    for name in names:
        if name not in _groups(engine):
            raise ApiError(500, f"{prefix}no such group '{name}'")
    if not append:
        drop_user(engine, userid)
    for name in names:
        members = _groups(engine)[name].setdefault("users", [])
        if userid not in members:
            members.append(userid)
            members.sort()


def drop_user(engine: Engine, userid: str) -> None:
    """Remove ``userid`` from every group."""
    for data in _groups(engine).values():
        if userid in data.get("users", []):
            data["users"].remove(userid)


@route("GET", "/access/groups")
def groups(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    out = []
    for name, data in sorted(_groups(engine).items()):
        entry: dict[str, Any] = {"groupid": name}
        if data.get("comment") is not None:
            entry["comment"] = data["comment"]
        entry["users"] = ",".join(sorted(data.get("users", [])))
        out.append(entry)
    return out


@route("POST", "/access/groups")
def group_create(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    name = str(values["groupid"])
    if name in _groups(engine):
        raise ApiError(500, f"create group failed: group '{name}' already exists")
    data: dict[str, Any] = {"users": []}
    if values.get("comment"):
        data["comment"] = values["comment"]
    _groups(engine)[name] = data


def _group(engine: Engine, name: str, errmsg: str = "") -> dict[str, Any]:
    data = _groups(engine).get(name)
    if data is None:
        prefix = f"{errmsg}: " if errmsg else ""
        raise ApiError(500, f"{prefix}group '{name}' does not exist")
    return data


@route("GET", "/access/groups/{groupid}")
def group_get(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    data = _group(engine, path["groupid"])
    out: dict[str, Any] = {"members": sorted(data.get("users", []))}
    if data.get("comment") is not None:
        out["comment"] = data["comment"]
    return out


@route("PUT", "/access/groups/{groupid}")
def group_put(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    data = _group(engine, path["groupid"], "update group failed")
    if values.get("comment") is not None:
        data["comment"] = values["comment"]


@route("DELETE", "/access/groups/{groupid}")
def group_delete(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    _group(engine, path["groupid"], "delete group failed")
    del _groups(engine)[path["groupid"]]
    engine.state.acls = [
        a
        for a in engine.state.acls
        if not (a.get("type") == "group" and a.get("ugid") == path["groupid"])
    ]
