"""The schema's permission paths built from raw parameters, as pve-access-control builds them
before any parameter is verified: ``PVE::Tools::template_replace`` puts ``-`` for a missing,
empty or ``0`` value and takes any ``{name}`` (``{route-map-id}`` too); a path
``normalize_path`` refuses stays undef, where nobody but root@pam (not even root's tokens) holds
a privilege; ``check_user_exist`` reads the user name first (``verify_username``)."""

from __future__ import annotations

from typing import Any

import pytest

from pvesdk_server.engine import Engine, Reply

ROOT_TOKEN = "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"


@pytest.fixture
def engine() -> Engine:
    engine = Engine(task_seconds=0)
    engine.state.users["alice@pve"] = {"enable": 1}
    engine.state.tokens["alice@pve!full"] = {"value": "s1", "privsep": 0}
    return engine


def grant(engine: Engine, path: str, role: str, propagate: int = 1) -> None:
    engine.state.acls.append(
        {"path": path, "ugid": "alice@pve", "roleid": role, "type": "user", "propagate": propagate}
    )


def call(engine: Engine, method: str, path: str, **params: Any) -> Reply:
    wire = {k: v if isinstance(v, list) else [str(v)] for k, v in params.items()}
    return engine.handle(method, path, wire, authorization="PVEAPIToken=alice@pve!full=s1")


@pytest.mark.parametrize("vmid", ["a b", "100%00", "1\x002", "x(1)"])
def test_an_unnormalizable_acl_path_grants_nothing_even_to_roots_token(
    engine: Engine, vmid: str
) -> None:
    # permissions($user, undef) is {} for all but root@pam; the message prints undef as ''
    reply = engine.handle(
        "GET", f"/nodes/pve1/qemu/{vmid.replace('%', '%25')}/config", authorization=ROOT_TOKEN
    )
    assert (reply.status, reply.reason) == (403, "Permission check failed (, VM.Audit)")


def test_an_unnormalizable_acl_path_does_not_inherit_from_its_parent(engine: Engine) -> None:
    grant(engine, "/vms", "PVEAuditor")
    assert call(engine, "GET", "/nodes/pve1/qemu/100/config").status == 200
    reply = call(engine, "GET", "/nodes/pve1/qemu/a%20b/config")
    assert (reply.status, reply.reason) == (403, "Permission check failed (, VM.Audit)")


def test_root_at_pam_with_a_ticket_is_never_checked(engine: Engine) -> None:
    ticket, csrf = engine.issue_ticket("root@pam")
    reply = engine.handle("GET", "/nodes/pve1/qemu/a%20b/config", ticket=ticket, csrf=csrf)
    assert reply.status == 400 and "vmid" in (reply.errors or {})


@pytest.mark.parametrize("poolid", ["", "0"])
def test_a_false_template_value_is_a_dash(engine: Engine, poolid: str) -> None:
    reply = call(engine, "PUT", "/pools", poolid=poolid)
    assert (reply.status, reply.reason) == (403, "Permission check failed (/pool/-, Pool.Allocate)")


def test_a_missing_template_value_is_a_dash_not_the_parent(engine: Engine) -> None:
    # an ACL on /pool that does not propagate covers /pool only, not /pool/-
    grant(engine, "/pool", "PVEPoolAdmin", propagate=0)
    reply = call(engine, "PUT", "/pools", comment="x")
    assert (reply.status, reply.reason) == (403, "Permission check failed (/pool/-, Pool.Allocate)")


def test_a_repeated_template_value_is_an_array_reference(engine: Engine) -> None:
    grant(engine, "/pool", "PVEPoolAdmin")
    reply = call(engine, "PUT", "/pools", poolid=["p1", "p2"])
    assert (reply.status, reply.reason) == (403, "Permission check failed (, Pool.Allocate)")


def test_a_template_name_with_a_dash_is_replaced(engine: Engine) -> None:
    grant(engine, "/sdn/route-maps/rm1", "PVESDNAdmin")
    reply = call(engine, "GET", "/cluster/sdn/route-maps/entries/rm1")
    assert reply.status != 403, reply.reason
    denied = call(engine, "GET", "/cluster/sdn/route-maps/entries/rm2")
    assert (denied.status, denied.reason) == (
        403,
        "Permission check failed (/sdn/route-maps/rm2, SDN.Audit|SDN.Allocate)",
    )


@pytest.mark.parametrize(
    ("userid", "message"),
    [
        ("x", "user name 'x' is too short"),
        ("nobody", "value 'nobody' does not look like a valid user name"),
        ("a%40b%40c", "value 'a@b@c' does not look like a valid user name"),
        ("nobody@pve", "no such user ('nobody@pve')"),
    ],
)
def test_userid_group_reads_the_user_name_before_looking_it_up(
    engine: Engine, userid: str, message: str
) -> None:
    grant(engine, "/access/groups", "PVEUserAdmin")
    reply = call(engine, "GET", f"/access/users/{userid}")
    assert (reply.status, reply.reason) == (500, message)


def test_a_repeated_userid_is_an_array_reference(engine: Engine) -> None:
    ticket, csrf = engine.issue_ticket("alice@pve")
    reply = engine.handle(
        "PUT",
        "/access/password",
        {"userid": ["alice@pve", "root@pam"], "password": ["longenough1"]},
        ticket=ticket,
        csrf=csrf,
    )
    assert reply.status == 500
    assert reply.reason.startswith("value 'ARRAY(0x") and "valid user name" in reply.reason


def test_a_uri_conflict_is_answered_before_the_token_refusal(engine: Engine) -> None:
    # rest_handler: the URI parameters are merged (a conflict dies) before 'allowtoken'
    reply = call(engine, "POST", "/access/tfa/alice@pve", userid="root@pam", type="recovery")
    assert (reply.status, reply.errors) == (
        400,
        {"userid": "duplicate parameter (already defined in URI) with conflicting values!"},
    )
    reply = call(engine, "POST", "/access/tfa/alice@pve", type="recovery")
    assert reply.status == 403 and "not available with API token" in reply.reason


def test_only_the_first_uri_conflict_is_named(engine: Engine) -> None:
    # raise_param_exc for the first conflicting key, in sorted order
    reply = call(engine, "POST", "/nodes/pve1/qemu/100/status/start", vmid=101, node="pve2")
    assert (reply.status, reply.errors) == (
        400,
        {"node": "duplicate parameter (already defined in URI) with conflicting values!"},
    )


@pytest.mark.parametrize(
    ("acl_path", "lent"),
    [("/vms/100", True), ("/vms/0100", False), ("/vms/²", False), ("/vms/" + "1" * 5000, False)],
    ids=["member", "leading-zero", "unicode-digit", "5000-digits"],
)
def test_a_pool_lends_its_roles_to_its_members_paths_as_written(
    engine: Engine, acl_path: str, lent: bool
) -> None:
    # compile_acl_path's pool roles are keyed "/vms/$vmid": the member's path, no other
    # spelling of the number (nor a number Python cannot read)
    engine.state.pools["p1"] = {"members": [100], "storage": []}
    grant(engine, "/pool/p1", "PVEAuditor")
    reply = engine.handle(
        "GET",
        "/access/permissions",
        {"path": [acl_path]},
        authorization="PVEAPIToken=alice@pve!full=s1",
    )
    assert reply.status == 200, reply.reason
    assert ("VM.Audit" in reply.data.get(acl_path, {})) is lent
