"""Access: tickets, users, API tokens, ACLs (pve-access-control's ``PVE::API2::AccessControl``,
``PVE::API2::User``, ``PVE::API2::ACL``)."""

from __future__ import annotations

import time
from typing import Any

from pvesdk.formats import split_list

from .core import PARAM_FAILED, ApiError, Caller, Engine, _wire, route
from .groups import drop_user, set_user_groups, user_groups
from .realms import realm_type


@route("POST", "/access/ticket")
def ticket(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``POST /access/ticket``: PVE::API2::AccessControl ``create_ticket``.

    Accepts a password or a still valid ticket (``PVE:user:…``) as the password, as ticket renewal
    does.

    Raises:
        ApiError: 401 ``authentication failure`` for every reason (unknown or disabled user,
            unknown or OpenID realm, wrong password), as Proxmox hides which one it was.
    """
    user = str(values.get("username", ""))
    if "@" not in user and values.get("realm"):
        user = f"{user}@{values['realm']}"
    password = str(values.get("password", ""))
    account = engine.state.users.get(user)
    renewed = engine.ticket_user(password) if password.startswith("PVE:") else None
    realm = user.rpartition("@")[2]
    # authenticate_user: an enabled, unexpired user of a realm that exists and checks passwords
    # (OpenID realms do not); every reason reads ``authentication failure`` to the client.
    if (
        not engine.user_enabled(user)
        or realm_type(engine, realm) in (None, "openid")
        or (renewed != user and (account is None or str(account.get("password")) != password))
    ):
        if engine.login_delay:
            time.sleep(engine.login_delay)
        raise ApiError(401, "authentication failure")
    new_ticket, csrf = engine.issue_ticket(user)
    return {
        "username": user,
        "ticket": new_ticket,
        "CSRFPreventionToken": csrf,
        "clustername": engine.state.cluster,
        "cap": {
            "vms": {"VM.Audit": 1, "VM.PowerMgmt": 1, "VM.Config.Options": 1},
            "storage": {"Datastore.Audit": 1},
            "nodes": {"Sys.Audit": 1},
            "access": {"User.Modify": 1},
            "dc": {"Sys.Audit": 1},
        },
    }


@route("GET", "/access/users")
def users(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``GET /access/users``: PVE::API2::User ``index`` (no passwords; tokens with ``full``).

    Only the users the caller may see: every one with User.Modify or Sys.Audit on
    ``/access/groups``, else itself (a token is not its user) and the members of the groups it
    holds either privilege on (``filter_groups``, ``group_member_join``); ``enabled`` keeps the
    enabled (1) or disabled (0) ones.
    """
    privs = ["User.Modify", "Sys.Audit"]
    access = engine.access
    sees_all = access.allowed(caller, "/access/groups", privs, any_=True)
    visible = {caller.userid}
    for group, data in engine.state.groups.items():
        if access.allowed(caller, f"/access/groups/{group}", privs, any_=True):
            visible.update(data.get("users", []))
    enabled = values.get("enabled")
    out = []
    for userid, user in sorted(engine.state.users.items()):
        if not sees_all and userid not in visible:
            continue
        if enabled is not None and bool(int(user.get("enable", 1))) != bool(enabled):
            continue
        item = {"userid": userid, **{k: v for k, v in user.items() if k != "password"}}
        member_of = user_groups(engine, userid)
        if member_of:
            item["groups"] = ",".join(member_of)
        if values.get("full"):
            item["tokens"] = [
                {"tokenid": t.split("!", 1)[1], "privsep": tok.get("privsep", 1)}
                for t, tok in sorted(engine.state.tokens.items())
                if t.startswith(userid + "!")
            ]
        out.append(item)
    return out


@route("POST", "/access/users")
def user_create(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """``POST /access/users``: PVE::API2::User ``create_user``.

    Raises:
        ApiError: 500 ``create user failed: user 'x' already exists``, or ``… auth domain 'r' does
            not exist`` when a password is given for an unknown realm; group errors from
            ``set_user_groups``.
    """
    userid = values["userid"]
    if userid in engine.state.users:
        raise ApiError(500, f"create user failed: user '{userid}' already exists")
    realm = str(userid).rpartition("@")[2]
    if values.get("password") is not None and realm_type(engine, realm) is None:
        raise ApiError(500, f"create user failed: auth domain '{realm}' does not exist")
    if values.get("groups"):
        set_user_groups(engine, userid, values["groups"], errmsg="create user failed")
    skip = ("userid", "groups")
    engine.state.users[userid] = {k: _wire(v) for k, v in values.items() if k not in skip}
    engine.state.users[userid].setdefault("enable", 1)


@route("GET", "/access/users/{userid}")
def user_get(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``GET /access/users/{userid}``: PVE::API2::User ``read_user``.

    Raises:
        ApiError: 500 ``no such user ('x')``.
    """
    user = engine.state.users.get(path["userid"])
    if user is None:
        raise ApiError(500, f"no such user ('{path['userid']}')")
    out = {k: v for k, v in user.items() if k != "password"}
    out["groups"] = user_groups(engine, path["userid"])
    return out


@route("PUT", "/access/users/{userid}")
def user_put(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``PUT /access/users/{userid}``: PVE::API2::User ``update_user`` (``append`` adds groups).

    Raises:
        ApiError: 500 ``no such user ('x')``; group errors read ``update user failed: …``.
    """
    user = engine.state.users.get(path["userid"])
    if user is None:
        raise ApiError(500, f"no such user ('{path['userid']}')")
    if "groups" in values:
        set_user_groups(
            engine,
            path["userid"],
            values["groups"],
            append=bool(values.get("append")),
            errmsg="update user failed",
        )
    skip = ("userid", "delete", "groups", "append")
    user.update({k: _wire(v) for k, v in values.items() if k not in skip})


@route("PUT", "/access/password")
def change_password(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """pve-access-control ``PVE::API2::AccessControl`` ``change_password``, after the schema's
    permission check: ``reauth_user_for_user_modification`` (the user exists; only root@pam
    touches root@pam; anyone else confirms with their own password), then a user may change
    their own password (if enabled), never root@pam's or a ``pam`` user's of someone else."""
    userid = str(values["userid"])
    account = engine.state.users.get(userid)
    if account is None:
        raise ApiError(500, f"no such user ('{userid}')")
    authuser = caller.userid
    if userid == "root@pam" and authuser != "root@pam":
        raise ApiError(403, "Permission check failed")
    if authuser != "root@pam":
        confirmation = values.get("confirmation-password")
        if confirmation is None:
            raise ApiError(
                400,
                PARAM_FAILED,
                {"confirmation-password": "password is required to modify user"},
            )
        if not confirmation:
            raise ApiError(500, "no password")
        own = engine.state.users.get(caller.user) or {}
        if str(own.get("password")) != str(confirmation):
            raise ApiError(500, "invalid credentials")
        if authuser == userid:
            if not engine.user_enabled(userid):
                raise ApiError(500, f"user '{userid}' is disabled")
        elif userid.rpartition("@")[2] == "pam":
            raise ApiError(403, "Permission check failed")
    account["password"] = str(values["password"])
    return None


@route("DELETE", "/access/users/{userid}")
def user_delete(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """``DELETE /access/users/{userid}``: PVE::API2::User ``delete_user``, with its ACLs, group
    memberships and tokens.

    Raises:
        ApiError: 500 ``no such user ('x')``.
    """
    if engine.state.users.pop(path["userid"], None) is None:
        raise ApiError(500, f"no such user ('{path['userid']}')")
    drop_user(engine, path["userid"])
    for key in [k for k in engine.state.tokens if k.startswith(path["userid"] + "!")]:
        del engine.state.tokens[key]


@route("POST", "/access/users/{userid}/token/{tokenid}")
def token_create(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """``POST /access/users/{userid}/token/{tokenid}``: PVE::API2::User ``generate_token``.

    Returns ``full-tokenid``, ``info`` and the secret ``value``, which is shown only this once.

    Raises:
        ApiError: 500 ``no such user ('x')``; 400 ``tokenid: Token already exists.``
    """
    import uuid

    if path["userid"] not in engine.state.users:
        raise ApiError(500, f"no such user ('{path['userid']}')")
    key = f"{path['userid']}!{path['tokenid']}"
    if key in engine.state.tokens:
        raise ApiError(400, "Parameter verification failed.", {"tokenid": "Token already exists."})
    value = str(uuid.uuid4())
    engine.state.tokens[key] = {
        "value": value,
        "privsep": int(values.get("privsep", True)),
        "comment": values.get("comment", ""),
        "expire": values.get("expire", 0),
    }
    return {
        "full-tokenid": key,
        "value": value,
        "info": {k: v for k, v in engine.state.tokens[key].items() if k != "value"},
    }


@route("GET", "/access/users/{userid}/token")
def token_list(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``GET /access/users/{userid}/token``: PVE::API2::User ``token_index`` (no secrets)."""
    prefix = path["userid"] + "!"
    return [
        {"tokenid": k[len(prefix) :], **{a: b for a, b in t.items() if a != "value"}}
        for k, t in sorted(engine.state.tokens.items())
        if k.startswith(prefix)
    ]


def _token(engine: Engine, userid: str, tokenid: str) -> dict[str, Any]:
    """``PVE::AccessControl::check_token_exist``."""
    if userid not in engine.state.users:
        raise ApiError(500, f"no such user ('{userid}')")
    token = engine.state.tokens.get(f"{userid}!{tokenid}")
    if token is None:
        raise ApiError(500, f"no such token '{tokenid}' for user '{userid}'")
    return token


def _token_info(token: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in token.items() if k != "value" and v not in (None, "")}


@route("GET", "/access/users/{userid}/token/{tokenid}")
def token_get(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``GET /access/users/{userid}/token/{tokenid}``: PVE::API2::User ``read_token``.

    Raises:
        ApiError: 500 ``no such user ('x')`` or ``no such token 't' for user 'x'``.
    """
    return _token_info(_token(engine, path["userid"], path["tokenid"]))


@route("PUT", "/access/users/{userid}/token/{tokenid}")
def token_update(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """``update_token_info``: privsep, expire and comment; ``delete`` only takes ``comment``;
    ``regenerate`` makes a new secret, answered once with the ``full-tokenid``."""
    import uuid

    token = _token(engine, path["userid"], path["tokenid"])
    for key in split_list(str(values.get("delete") or "")):
        if key != "comment":
            raise ApiError(
                400, "Parameter verification failed.", {"delete": f"unknown option '{key}'"}
            )
    changed = dict(token)
    for key in ("privsep", "expire", "comment"):
        if values.get(key) is not None:
            changed[key] = _wire(values[key])
    if not changed.get("comment") or "comment" in split_list(str(values.get("delete") or "")):
        changed.pop("comment", None)
    answer = _token_info(changed)
    if values.get("regenerate"):
        changed["value"] = str(uuid.uuid4())
        answer.update(
            {"value": changed["value"], "full-tokenid": f"{path['userid']}!{path['tokenid']}"}
        )
    token.clear()
    token.update(changed)
    return answer


@route("DELETE", "/access/users/{userid}/token/{tokenid}")
def token_delete(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """``DELETE /access/users/{userid}/token/{tokenid}``: PVE::API2::User ``remove_token``.

    Raises:
        ApiError: 500 ``no such user ('x')`` or ``no such token 't' for user 'x'``.
    """
    _token(engine, path["userid"], path["tokenid"])
    del engine.state.tokens[f"{path['userid']}!{path['tokenid']}"]


@route("GET", "/access/acl")
def acl(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``GET /access/acl``: PVE::API2::ACL ``read_acl``."""
    return [dict(a) for a in engine.state.acls]


@route("PUT", "/access/acl")
def acl_put(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``PVE::API2::ACL::update_acl``: every role, user, group and token named must exist
    (``ACL update failed: role 'x' does not exist``, …)."""
    if not (values.get("users") or values.get("groups") or values.get("tokens")):
        raise ApiError(
            400,
            "Parameter verification failed.",
            dict.fromkeys(
                ("users", "groups", "tokens"), "either 'users', 'groups' or 'tokens' is required."
            ),
        )
    roles = split_list(str(values["roles"]))
    subjects = [("user", u) for u in split_list(str(values.get("users") or ""))]
    subjects += [("group", g) for g in split_list(str(values.get("groups") or ""))]
    subjects += [("token", t) for t in split_list(str(values.get("tokens") or ""))]
    failed = "ACL update failed"
    for role in roles:
        if not engine.access.role_exists(role):
            raise ApiError(500, f"{failed}: role '{role}' does not exist")
    for kind, ugid in subjects:
        if kind == "group" and ugid not in engine.state.groups:
            raise ApiError(500, f"{failed}: group '{ugid}' does not exist")
        if kind == "user" and ugid not in engine.state.users:
            raise ApiError(500, f"{failed}: user '{ugid}' does not exist")
        if kind == "token" and ugid not in engine.state.tokens:
            user, _, token = ugid.partition("!")
            if user not in engine.state.users:
                raise ApiError(500, f"{failed}: no such user ('{user}')")
            raise ApiError(500, f"{failed}: no such token '{token}' for user '{user}'")
    for kind, ugid in subjects:
        for role in roles:
            entry = {
                "path": values["path"],
                "ugid": ugid,
                "roleid": role,
                "type": kind,
                "propagate": int(values.get("propagate", True)),
            }
            engine.state.acls = [
                a
                for a in engine.state.acls
                if (a["path"], a["ugid"], a["roleid"]) != (entry["path"], ugid, role)
            ]
            if not values.get("delete"):
                engine.state.acls.append(entry)


@route("GET", "/access/permissions")
def permissions(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """``RPCEnvironment::get_effective_permissions`` per path (the top-level paths, every ACL
    path, the pools' guests and storages), or the one path asked for, for the caller or
    ``userid`` (``user@realm`` or ``user@realm!token``)."""
    who = caller
    if values.get("userid"):
        user, _, token = str(values["userid"]).partition("!")
        who = Caller(user=user, token=token or None)
    # get_effective_permissions: the top-level paths, every ACL path, the pools' members
    paths = {"/", "/access", "/access/groups", "/nodes", "/pool", "/sdn", "/storage", "/vms"}
    paths |= {str(a["path"]) for a in engine.state.acls}
    for pool in engine.state.pools.values():
        paths |= {f"/vms/{vmid}" for vmid in pool.get("members", [])}
        paths |= {f"/storage/{name}" for name in pool.get("storage", [])}
    if values.get("path"):
        paths = {str(values["path"])}
    out: dict[str, dict[str, int]] = {}
    for where in sorted(paths):
        held = engine.access.privileges(who, where)
        if held:
            out[where] = {priv: 1 for priv in sorted(held)}
    return out
