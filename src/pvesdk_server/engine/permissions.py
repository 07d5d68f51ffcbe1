"""Permissions as pve-access-control computes them: built-in roles, ACL propagation along a path,
privilege-separated tokens, and the schema's ``permissions`` check expressions.

Sources: ``PVE::AccessControl`` (``$privgroups``, ``create_roles``, ``roles``),
``PVE::RPCEnvironment`` (``permissions``, ``check``, ``check_any``, ``check_perm_modify``,
``exec_api2_perm_check``, ``check_api2_permissions``, ``compile_acl_path``: an ACL on
``/pool/<pool>`` also applies to the members' ``/vms/<vmid>`` and ``/storage/<id>``).
"""

from __future__ import annotations

import re
from typing import Any

from pvesdk.formats import split_list

from .core import ApiError, Caller
from .state import State

__all__ = ["PRIVILEGE_GROUPS", "ROLES", "Access"]

#: ``$privgroups``: category → level → privileges. Roles are derived from it as Proxmox does.
PRIVILEGE_GROUPS: dict[str, dict[str, list[str]]] = {
    "VM": {
        "root": [],
        "admin": [
            "VM.Config.Disk", "VM.Config.CPU", "VM.Config.Memory", "VM.Config.Network",
            "VM.Config.HWType", "VM.Config.Options", "VM.Allocate", "VM.Clone",
            "VM.GuestAgent.Unrestricted", "VM.Migrate", "VM.Replicate", "VM.Snapshot",
            "VM.Snapshot.Rollback",
        ],
        "user": [
            "VM.Config.CDROM", "VM.Config.Cloudinit", "VM.Console", "VM.Backup",
            "VM.GuestAgent.FileRead", "VM.GuestAgent.FileSystemMgmt", "VM.GuestAgent.FileWrite",
            "VM.PowerMgmt",
        ],
        "audit": ["VM.Audit", "VM.GuestAgent.Audit"],
    },
    "Sys": {
        "root": ["Sys.PowerMgmt", "Sys.Modify", "Sys.Incoming", "Sys.AccessNetwork"],
        "admin": ["Sys.Console", "Sys.Syslog"],
        "user": [],
        "audit": ["Sys.Audit"],
    },
    "Datastore": {
        "root": [],
        "admin": ["Datastore.Allocate", "Datastore.AllocateTemplate"],
        "user": ["Datastore.AllocateSpace"],
        "audit": ["Datastore.Audit"],
    },
    "SDN": {
        "root": [],
        "admin": ["SDN.Allocate", "SDN.Audit"],
        "user": ["SDN.Use"],
        "audit": ["SDN.Audit"],
    },
    "User": {
        "root": ["Realm.Allocate"],
        "admin": ["User.Modify", "Group.Allocate", "Realm.AllocateUser"],
        "user": [],
        "audit": [],
    },
    "Pool": {
        "root": [],
        "admin": ["Pool.Allocate"],
        "user": ["Pool.Audit"],
        "audit": ["Pool.Audit"],
    },
    "Mapping": {
        "root": [],
        "admin": ["Mapping.Modify"],
        "user": ["Mapping.Use"],
        "audit": ["Mapping.Audit"],
    },
}  # fmt: skip


def _built_in_roles() -> dict[str, frozenset[str]]:
    """The built-in roles, as ``PVE::AccessControl::create_roles`` makes them.

    Administrator, NoAccess, PVEAdmin, PVEAuditor, PVE<Cat>Admin and PVE<Cat>User.
    """
    every = {"Permissions.Modify"}
    roles: dict[str, set[str]] = {"NoAccess": set(), "PVEAdmin": set(), "PVEAuditor": set()}
    for category, levels in PRIVILEGE_GROUPS.items():
        every.update(p for level in levels.values() for p in level)
        below_root = levels["admin"] + levels["user"] + levels["audit"]
        roles.setdefault(f"PVE{category}Admin", set()).update(below_root)
        roles["PVEAdmin"].update(below_root)
        if levels["user"]:
            roles.setdefault(f"PVE{category}User", set()).update(levels["user"] + levels["audit"])
        roles["PVEAuditor"].update(levels["audit"])
    roles["PVEAdmin"].discard("Mapping.Modify")
    roles["PVETemplateUser"] = {"VM.Clone", "VM.Audit"}
    roles["Administrator"] = every
    return {name: frozenset(privs) for name, privs in roles.items()}


#: Built-in role → privileges (``/access/roles`` of a fresh cluster).
ROLES: dict[str, frozenset[str]] = _built_in_roles()
PRIVILEGES: frozenset[str] = ROLES["Administrator"]


def normalize_path(path: str) -> str | None:
    """``PVE::AccessControl::normalize_path``: one slash each, none at the end, leading ``/``."""
    if not path:
        return None
    path = re.sub(r"/+", "/", path).removesuffix("/") or "/"
    if not path.startswith("/"):
        path = "/" + path
    return path if re.search(r"^[A-Za-z0-9.\-_/]+$", path) else None


def _deny(what: str | None = None) -> ApiError:
    return ApiError(403, f"Permission check failed ({what})" if what else "Permission check failed")


class Access:
    """Who may do what, computed from the cluster's users, groups, tokens and ACLs."""

    def __init__(self, state: State) -> None:
        self.state = state

    # -- privileges

    def _groups_of(self, user: str) -> set[str]:
        groups = set(split_list(str(self.state.users.get(user, {}).get("groups", "") or "")))
        for name, group in self.state.groups.items():
            members = group.get("users", [])
            if user in (split_list(members) if isinstance(members, str) else members):
                groups.add(name)
        return groups

    def _roles(self, subject: str, kind: str, path: str) -> dict[str, int]:
        """``PVE::AccessControl::roles`` for one user or token: the roles in force at ``path``
        (a deeper ACL replaces what propagated from above; user ACLs win over group ACLs)."""
        parts = [""] if path == "/" else path.split("/")
        groups = self._groups_of(subject) if kind == "user" else set()
        roles: dict[str, int] = {}
        current = ""
        for index, part in enumerate(parts):
            final = index == len(parts) - 1
            current = "/" if not current and not part else f"{current.rstrip('/')}/{part}"
            here = [a for a in self.state.acls if normalize_path(str(a["path"])) == current]
            for wanted in (kind, "group"):
                if wanted == "group" and kind != "user":
                    continue
                new: dict[str, int] = {}
                for acl in here:
                    if acl.get("type", "user") != wanted:
                        continue
                    if wanted == "group" and acl["ugid"] not in groups:
                        continue
                    if wanted != "group" and acl["ugid"] != subject:
                        continue
                    propagate = int(acl.get("propagate", 1))
                    if final or propagate:
                        new[str(acl["roleid"])] = propagate
                if new:
                    roles = new
                    break
        if "NoAccess" in roles:
            return {"NoAccess": roles["NoAccess"]}
        return roles

    def _pool_roles(self, subject: str, kind: str, path: str) -> dict[str, int]:
        """Roles a pool ACL lends a member: ``/pool/P`` applies to ``/vms/<vmid>`` and
        ``/storage/<id>`` of P's members (exactly those paths, never propagated)."""
        match = re.fullmatch(r"/(vms|storage)/([^/]+)", path)
        if match is None:
            return {}
        lent: dict[str, int] = {}
        for pool, data in self.state.pools.items():
            if match.group(1) == "vms":
                # the path as written: "/vms/$vmid" keys, so /vms/0100 is no member's path
                member = match.group(2) in {str(vmid) for vmid in data.get("members", [])}
            else:
                member = match.group(2) in data.get("storage", [])
            if member:
                lent.update(dict.fromkeys(self._roles(subject, kind, f"/pool/{pool}"), 0))
        return lent

    def role_exists(self, role: str) -> bool:
        """Whether ``role`` is a built-in role or a custom one."""
        return role in ROLES or role in self.state.roles

    def role_privileges(self, role: str) -> frozenset[str]:
        """A built-in role's privileges, or a custom role's (``/access/roles``)."""
        if role in ROLES:
            return ROLES[role]
        return frozenset(self.state.roles.get(role, ()))

    def _privileges(self, subject: str, kind: str, path: str) -> set[str]:
        roles = self._roles(subject, kind, path)
        lent = self._pool_roles(subject, kind, path) if "NoAccess" not in roles else {}
        # a pool's NoAccess trumps the path's own ACLs
        roles = {"NoAccess": 0} if "NoAccess" in lent else {**lent, **roles}
        privs: set[str] = set()
        for role in roles:
            privs |= self.role_privileges(role)
        return privs

    def privileges(self, caller: Caller, path: str | None) -> set[str]:
        """``RPCEnvironment::permissions``: the privileges ``caller`` holds on ``path``.

        ``None`` is a path ``normalize_path`` refused (a parameter of a permission template
        that is no ACL path): nobody but root@pam holds anything there, root's tokens neither.
        """
        if caller.user == "root@pam" and caller.token is None:
            return set(PRIVILEGES)
        if path is None:
            return set()
        if caller.token is None:
            return self._privileges(caller.user, "user", path)
        token = self.state.tokens.get(f"{caller.user}!{caller.token}")
        if token is None:
            return set()
        user_privs = (
            set(PRIVILEGES)
            if caller.user == "root@pam"
            else self._privileges(caller.user, "user", path)
        )
        if not int(token.get("privsep", 1)):
            return user_privs
        token_privs = self._privileges(f"{caller.user}!{caller.token}", "token", path)
        return token_privs if caller.user == "root@pam" else token_privs & user_privs

    def allowed(
        self, caller: Caller, path: str | None, privs: list[str], *, any_: bool = False
    ) -> bool:
        """Whether the caller holds all of ``privs`` on ``path`` (any one of them with ``any_``);
        never raises.
        """
        held = self.privileges(caller, path)
        return any(p in held for p in privs) if any_ else all(p in held for p in privs)

    def check(
        self, caller: Caller, path: str | None, privs: list[str], *, any_: bool = False
    ) -> None:
        """``check`` / ``check_any``.

        Raises:
            ApiError: 403 ``Permission check failed (/vms/100, VM.PowerMgmt)`` (``any``: the
                privileges joined with ``|``; an unnormalizable path, ``None``, prints empty as
                Perl's undef does).
        """
        held = self.privileges(caller, path)
        where = path or ""
        if any_:
            if not any(p in held for p in privs):
                raise _deny(f"{where}, {'|'.join(privs)}")
            return
        for priv in privs:
            if priv not in held:
                raise _deny(f"{where}, {priv}")

    # -- the schema's permission expressions

    def check_operation(
        self, caller: Caller, permissions: dict[str, Any] | None, values: dict[str, Any]
    ) -> None:
        """``check_api2_permissions`` for one operation's schema ``permissions``.

        Raises:
            ApiError: 403 with Proxmox's message.
        """
        if permissions and permissions.get("user") == "world":
            return  # no authentication needed, so nobody is checked
        if not caller.user:
            raise _deny("user != null")
        if caller.user == "root@pam" and caller.token is None:
            return
        if not permissions or not (permissions.get("user") or permissions.get("check")):
            raise _deny("user != root@pam")
        if permissions.get("user") == "all":
            return
        check = permissions.get("check")
        if check:
            self._exec(check, caller, values, noerr=False)
            return
        raise _deny()

    def _exec(
        self, check: list[Any], caller: Caller, values: dict[str, Any], *, noerr: bool
    ) -> bool:
        test = check[0]
        if test == "and":
            for sub in check[1:]:
                self._exec(sub, caller, values, noerr=False)
            return True
        if test == "or":
            if any(self._exec(sub, caller, values, noerr=True) for sub in check[1:]):
                return True
            if noerr:
                return False
            raise _deny()
        if test == "perm":
            template, privs = check[1], check[2]
            options = dict(zip(check[3::2], check[4::2], strict=False))
            required = options.get("require-param") or options.get("require_param")
            if required and values.get(required) is None:
                if noerr:
                    return False
                raise _deny()
            # an unnormalizable path stays undef: check_full finds no privileges there
            path = normalize_path(_template(template, values))
            return self._check(
                caller, path, list(privs), any_=bool(options.get("any")), noerr=noerr
            )
        if test == "userid-param":
            userid, realm = _verify_username(values.get("userid"))
            if check[1] == "self":
                if not self._user_exists(userid, noerr=noerr):
                    return False
                if caller.user == userid and caller.token is None:
                    return True
                if noerr:
                    return False
                raise _deny()
            return self._check(
                caller, f"/access/realm/{realm}", ["Realm.AllocateUser"], noerr=noerr
            )
        if test == "userid-group":
            return self._userid_group(check, caller, values, noerr=noerr)
        if test == "perm-modify":
            path = normalize_path(_template(check[1], values))
            if path is None:
                return False
            privs = ["Permissions.Modify"]
            for prefix, extra in (
                ("/storage/", "Datastore.Allocate"),
                ("/vms/", "VM.Allocate"),
                ("/pool/", "Pool.Allocate"),
            ):
                if path.startswith(prefix) and len(path) > len(prefix):
                    privs.append(extra)
            return self._check(caller, path, privs, any_=True, noerr=noerr)
        raise ApiError(500, "unknown permission test")

    def _userid_group(
        self, check: list[Any], caller: Caller, values: dict[str, Any], *, noerr: bool
    ) -> bool:
        """``userid-group``: any of the privileges on ``/access/groups``, or on every group
        named in ``groups`` (``groups_param``) and on a group the (existing) user is in."""
        privs = list(check[1])
        options = dict(zip(check[2::2], check[3::2], strict=False))
        userid = _perl_str(values.get("userid"))
        groups_param = options.get("groups_param")
        existing = groups_param != "create"
        if existing and not self._user_exists(values.get("userid"), noerr=noerr):
            return False
        if self.allowed(caller, "/access/groups", privs, any_=True):
            return True
        mine = {
            g
            for g in self.state.groups
            if self.allowed(caller, f"/access/groups/{g}", privs, any_=True)
        }
        if groups_param:
            named = split_list(_perl_str(values.get("groups")))
            if not named:
                raise _deny(f"/access/groups, {'|'.join(privs)}")
            for group in named:
                if group not in mine:
                    raise _deny(f"/access/groups/{group}, {'|'.join(privs)}")
        if existing and not self._groups_of(userid) & mine:
            if noerr:
                return False
            raise _deny()
        return True

    def _user_exists(self, raw: Any, *, noerr: bool) -> bool:
        """``check_user_exist``: the raw ``userid`` must read as a user name
        (``verify_username``, which dies even with ``noerr`` unset only) and name a user.

        Raises:
            ApiError: 500 with ``verify_username``'s or ``no such user ('…')`` message.
        """
        try:
            userid, _ = _verify_username(raw)
        except ApiError:
            if noerr:
                return False
            raise
        if userid in self.state.users:
            return True
        if noerr:
            return False
        raise ApiError(500, f"no such user ('{userid}')")

    def _check(
        self, caller: Caller, path: str | None, privs: list[str], *, any_: bool = False, noerr: bool
    ) -> bool:
        if noerr:
            return self.allowed(caller, path, privs, any_=any_)
        self.check(caller, path, privs, any_=any_)
        return True


# PVE::Auth::Plugin: $user_regex @ $realm_regex
_USERNAME = re.compile(r"([^\s:/]+)@([A-Za-z][A-Za-z0-9.\-_]+)")


def _verify_username(raw: Any) -> tuple[str, str]:
    """``(userid, realm)`` as pve-access-control's ``verify_username`` reads a raw ``userid``
    (the permission check runs before the parameters are verified).

    Raises:
        ApiError: 500 with ``verify_username``'s message (a plain ``die``).
    """
    userid = _perl_str(raw) if raw not in (None, "", "0") else ""  # Perl: '' if !$username
    if len(userid) < 3:
        raise ApiError(500, f"user name '{userid}' is too short")
    if len(userid) > 64:
        raise ApiError(500, f"user name '{userid}' is too long ({len(userid)} > 64)")
    match = _USERNAME.fullmatch(userid)
    if match is None:
        raise ApiError(500, f"value '{userid}' does not look like a valid user name")
    return userid, match.group(2)


def _perl_str(value: Any) -> str:
    """A raw parameter as Perl interpolates it: a repeated parameter is an array reference
    (``ARRAY(0x…)``, the address made up), a missing one ``undef`` (empty)."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "ARRAY(0x55d5c0ffee08)"
    return str(value)


def _template(template: str, values: dict[str, Any]) -> str:
    """``PVE::Tools::template_replace``: every ``{name}`` (any characters but ``}``, so
    ``{route-map-id}`` too) replaced by the parameter's value, or ``-`` when that is false to
    Perl (missing, empty or ``0``)."""

    def value(match: re.Match[str]) -> str:
        text = _perl_str(values.get(match.group(1)))
        return text if text not in ("", "0") else "-"

    return re.sub(r"\{([^}]+)\}", value, template)
