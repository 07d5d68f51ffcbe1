"""Permissions as pve-access-control computes them: built-in roles, ACL propagation, group and
token ACLs, the schema's check expressions, list filtering, and root-only rules."""

from __future__ import annotations

from typing import Any

import pytest

from pvesdk_server.engine import Engine, Reply
from pvesdk_server.engine.permissions import ROLES

ROOT_TOKEN = "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"


@pytest.fixture
def engine() -> Engine:
    engine = Engine(task_seconds=0)
    engine.state.users["alice@pve"] = {"enable": 1}
    engine.state.tokens["alice@pve!full"] = {"value": "s1", "privsep": 0}
    engine.state.tokens["alice@pve!sep"] = {"value": "s2", "privsep": 1}
    return engine


def grant(
    engine: Engine, path: str, ugid: str, role: str, kind: str = "user", propagate: int = 1
) -> None:
    engine.state.acls.append(
        {"path": path, "ugid": ugid, "roleid": role, "type": kind, "propagate": propagate}
    )


def call(
    engine: Engine, method: str, path: str, token: str = "alice@pve!full=s1", **params: Any
) -> Reply:
    wire = {k: [str(v)] for k, v in params.items()}
    return engine.handle(method, path, wire, authorization=f"PVEAPIToken={token}")


def test_built_in_roles_are_proxmox_privilege_sets() -> None:
    assert "VM.Audit" in ROLES["PVEAuditor"] and "VM.PowerMgmt" not in ROLES["PVEAuditor"]
    assert {"VM.PowerMgmt", "VM.Console", "VM.Audit"} <= ROLES["PVEVMUser"]
    assert "VM.Allocate" not in ROLES["PVEVMUser"]
    assert "Mapping.Modify" not in ROLES["PVEAdmin"] and "Sys.PowerMgmt" not in ROLES["PVEAdmin"]
    assert ROLES["PVETemplateUser"] == {"VM.Clone", "VM.Audit"}
    assert ROLES["NoAccess"] == frozenset()
    assert "Permissions.Modify" in ROLES["Administrator"]


def test_an_auditor_cannot_start_a_vm(engine: Engine) -> None:
    grant(engine, "/vms", "alice@pve", "PVEAuditor")
    reply = call(engine, "POST", "/nodes/pve1/qemu/100/status/start")
    assert (reply.status, reply.reason) == (403, "Permission check failed (/vms/100, VM.PowerMgmt)")
    assert engine.state.guests[100].status == "stopped"


def test_an_any_check_names_every_privilege(engine: Engine) -> None:
    grant(engine, "/vms", "alice@pve", "PVEAuditor")
    reply = call(engine, "PUT", "/nodes/pve1/qemu/100/config", name="other")
    assert reply.status == 403
    assert reply.reason.startswith(
        "Permission check failed (/vms/100, VM.Config.Disk|VM.Config.CDROM|"
    )


def test_a_vm_user_may_start_the_vm(engine: Engine) -> None:
    grant(engine, "/vms/100", "alice@pve", "PVEVMUser")
    assert call(engine, "POST", "/nodes/pve1/qemu/100/status/start").status == 200


def test_an_acl_without_propagate_stops_at_its_path(engine: Engine) -> None:
    grant(engine, "/vms", "alice@pve", "PVEVMUser", propagate=0)
    assert call(engine, "POST", "/nodes/pve1/qemu/100/status/start").status == 403


def test_a_deeper_no_access_replaces_what_propagated(engine: Engine) -> None:
    grant(engine, "/", "alice@pve", "PVEVMAdmin")
    grant(engine, "/vms/100", "alice@pve", "NoAccess")
    assert call(engine, "GET", "/nodes/pve1/qemu/100/config").status == 403
    assert call(engine, "GET", "/nodes/pve1/lxc/200/config").status == 200


def test_group_acls_apply_to_members(engine: Engine) -> None:
    engine.state.groups["ops"] = {"users": ["alice@pve"]}
    grant(engine, "/vms", "ops", "PVEVMUser", kind="group")
    assert call(engine, "POST", "/nodes/pve1/qemu/100/status/start").status == 200


def test_a_user_acl_wins_over_a_group_acl_on_the_same_path(engine: Engine) -> None:
    engine.state.groups["ops"] = {"users": ["alice@pve"]}
    grant(engine, "/vms", "ops", "PVEVMAdmin", kind="group")
    grant(engine, "/vms", "alice@pve", "PVEAuditor")
    assert call(engine, "POST", "/nodes/pve1/qemu/100/status/start").status == 403


def test_a_privsep_token_holds_only_what_both_it_and_its_user_hold(engine: Engine) -> None:
    grant(engine, "/vms", "alice@pve", "PVEAuditor")
    grant(engine, "/vms", "alice@pve!sep", "PVEVMAdmin", kind="token")
    reply = call(engine, "POST", "/nodes/pve1/qemu/100/status/start", token="alice@pve!sep=s2")
    assert reply.reason == "Permission check failed (/vms/100, VM.PowerMgmt)"


def test_a_privsep_token_with_rights_on_nodes_only_lists_no_guests(engine: Engine) -> None:
    grant(engine, "/", "alice@pve", "Administrator")
    grant(engine, "/nodes", "alice@pve!sep", "PVEAuditor", kind="token")
    token = "alice@pve!sep=s2"
    assert call(engine, "GET", "/nodes/pve1/qemu", token=token).data == []
    assert call(engine, "GET", "/nodes/pve1/lxc", token=token).data == []
    kinds = {r["type"] for r in call(engine, "GET", "/cluster/resources", token=token).data}
    assert kinds == {"node"}


def test_lists_show_the_guests_a_user_may_audit(engine: Engine) -> None:
    grant(engine, "/vms/200", "alice@pve", "PVEAuditor")
    assert [g["vmid"] for g in call(engine, "GET", "/nodes/pve1/lxc").data] == [200]
    assert call(engine, "GET", "/nodes/pve1/qemu").data == []


def test_root_only_options_are_refused_to_roots_tokens() -> None:
    engine = Engine(task_seconds=0)
    reply = engine.handle(
        "PUT", "/nodes/pve1/qemu/100/config", {"name": ["x1"], "skiplock": ["1"]},
        authorization=ROOT_TOKEN,
    )  # fmt: skip
    assert (reply.status, reply.errors) == (400, {"skiplock": "Only root may use this option."})


def test_an_operation_without_permissions_is_root_only_and_not_for_its_tokens() -> None:
    engine = Engine(task_seconds=0)
    reply = engine.handle("GET", "/cluster/backup-info", {}, authorization=ROOT_TOKEN)
    assert (reply.status, reply.reason) == (403, "Permission check failed (user != root@pam)")


def test_a_token_task_carries_the_token_in_its_upid(engine: Engine) -> None:
    grant(engine, "/vms/100", "alice@pve", "PVEVMUser")
    upid = call(engine, "POST", "/nodes/pve1/qemu/100/status/start").data
    assert upid.endswith(":qmstart:100:alice@pve!full:")


def test_a_group_admin_creates_users_only_into_its_groups(engine: Engine) -> None:
    """pve-access-control ``exec_api2_perm_check`` ``userid-group`` with ``groups_param``
    ``create``: without the privilege on ``/access/groups`` every group named in ``groups`` must
    be one the caller holds it on, and ``groups`` may not be left out."""
    engine.state.groups["devs"] = {"users": []}
    engine.state.groups["ops"] = {"users": []}
    grant(engine, "/access/realm/pve", "alice@pve", "PVEUserAdmin")
    grant(engine, "/access/groups/devs", "alice@pve", "PVEUserAdmin")
    reply = call(engine, "POST", "/access/users", userid="new@pve", groups="devs")
    assert reply.status == 200, reply.reason
    reply = call(engine, "POST", "/access/users", userid="other@pve")
    assert (reply.status, reply.reason) == (
        403,
        "Permission check failed (/access/groups, User.Modify)",
    )
    reply = call(engine, "POST", "/access/users", userid="other@pve", groups="ops")
    assert (reply.status, reply.reason) == (
        403,
        "Permission check failed (/access/groups/ops, User.Modify)",
    )
    assert "other@pve" not in engine.state.users


def test_a_group_admin_reads_only_its_groups_members(engine: Engine) -> None:
    """``userid-group`` for an existing user: a user that does not exist is ``no such user``."""
    engine.state.groups["devs"] = {"users": ["bob@pve"]}
    engine.state.users["bob@pve"] = {"enable": 1, "groups": "devs"}
    engine.state.users["carol@pve"] = {"enable": 1}
    grant(engine, "/access/groups/devs", "alice@pve", "PVEUserAdmin")
    assert call(engine, "GET", "/access/users/bob@pve").status == 200
    assert call(engine, "GET", "/access/users/carol@pve").status == 403
    reply = call(engine, "GET", "/access/users/nobody@pve")
    assert (reply.status, reply.reason) == (500, "no such user ('nobody@pve')")


# pve-manager's PVE::HTTPServer ``rest_handler``: the URI's parameters join the request's, the
# schema's permissions are checked on those raw parameters (check_api2_permissions), and only
# then does PVE::RESTHandler::handle verify them against the schema.


def test_a_malformed_request_the_caller_may_not_make_is_refused_first(engine: Engine) -> None:
    for params in ({"timeout": "abc"}, {"bogus": 1}):
        reply = call(engine, "POST", "/nodes/pve1/qemu/100/status/start", **params)
        assert (reply.status, reply.reason) == (
            403,
            "Permission check failed (/vms/100, VM.PowerMgmt)",
        )


def test_a_malformed_request_the_caller_may_make_is_a_parameter_error(engine: Engine) -> None:
    grant(engine, "/vms", "alice@pve", "PVEVMUser")
    reply = call(engine, "POST", "/nodes/pve1/qemu/100/status/start", timeout="abc")
    assert (reply.status, reply.errors) == (
        400,
        {"timeout": "type check ('integer') failed - got 'abc'"},
    )
    assert engine.state.guests[100].status == "stopped"


def test_the_permission_path_takes_the_raw_uri_parameter(engine: Engine) -> None:
    reply = call(engine, "GET", "/nodes/pve1/qemu/abc/status/current")
    assert (reply.status, reply.reason) == (403, "Permission check failed (/vms/abc, VM.Audit)")
    reply = call(engine, "GET", "/nodes/pve1/qemu/abc/status/current", token=ROOT_TOKEN[12:])
    assert (reply.status, reply.errors) == (
        400,
        {"vmid": "type check ('integer') failed - got 'abc'"},
    )


def test_a_body_parameter_contradicting_the_uri_is_refused_before_permissions(
    engine: Engine,
) -> None:
    reply = call(engine, "POST", "/nodes/pve1/qemu/100/status/start", vmid=101)
    assert (reply.status, reply.errors) == (
        400,
        {"vmid": "duplicate parameter (already defined in URI) with conflicting values!"},
    )
    reply = call(engine, "POST", "/nodes/pve1/qemu/100/status/start", vmid=100)
    assert reply.status == 403  # the same value is no conflict: on to the permission check


def test_a_userid_the_permission_check_cannot_read_is_verify_usernames_error(
    engine: Engine,
) -> None:
    """``userid-param`` reads the raw ``userid`` with ``verify_username``, which dies."""
    reply = call(engine, "POST", "/access/users", userid="nope")
    assert (reply.status, reply.reason) == (
        500,
        "value 'nope' does not look like a valid user name",
    )
    reply = call(engine, "POST", "/access/users", userid="x@pve", expire="soon")
    assert (reply.status, reply.reason) == (
        403,
        "Permission check failed (/access/realm/pve, Realm.AllocateUser)",
    )


def test_the_user_list_shows_only_the_users_the_caller_may_see(engine: Engine) -> None:
    """PVE::API2::User ``index``: everyone with User.Modify or Sys.Audit on /access/groups;
    else the caller itself (a token is not its user) and the members of the groups it holds
    either on; ``enabled=0`` keeps the disabled users."""
    engine.state.users["bob@pve"] = {"enable": 1}
    engine.state.users["carol@pve"] = {"enable": 0}
    engine.state.groups["devs"] = {"users": ["carol@pve"]}

    def listed(token: str | None = None, **params: Any) -> list[str]:
        if token is None:  # alice herself, with a ticket
            ticket, _ = engine.issue_ticket("alice@pve")
            wire = {k: [str(v)] for k, v in params.items()}
            reply = engine.handle("GET", "/access/users", wire, ticket=ticket)
        else:
            reply = call(engine, "GET", "/access/users", token, **params)
        assert reply.status == 200, reply.reason
        return [u["userid"] for u in reply.data]

    assert listed() == ["alice@pve"]
    assert listed("alice@pve!full=s1") == []
    grant(engine, "/access/groups/devs", "alice@pve", "PVEUserAdmin")
    assert listed() == ["alice@pve", "carol@pve"]
    grant(engine, "/access/groups", "alice@pve", "PVEAuditor")
    assert listed() == ["alice@pve", "bob@pve", "carol@pve", "root@pam"]
    assert listed(enabled=0) == ["carol@pve"]
    assert "carol@pve" not in listed(enabled=1)
