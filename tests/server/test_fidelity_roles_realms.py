"""Roles and realms as pve-access-control keeps them (``PVE::API2::Role``,
``PVE::API2::Domains``), ACL updates that name what exists, and logins refused for expired or
disabled users and for realms that do not exist."""

from __future__ import annotations

from typing import Any

import pytest

from pvesdk_server.engine import Engine, Reply

ROOT_TOKEN = "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"


@pytest.fixture
def engine() -> Engine:
    return Engine(task_seconds=0)


def call(engine: Engine, method: str, url: str, **params: Any) -> Reply:
    wire = {k: [str(v)] for k, v in params.items()}
    return engine.handle(method, url, wire, authorization=ROOT_TOKEN)


def login(engine: Engine, username: str, password: str) -> Reply:
    return engine.handle("POST", "/access/ticket", {"username": [username], "password": [password]})


# -- roles


def test_a_custom_role_is_listed_with_its_privileges_and_not_special(engine: Engine) -> None:
    assert (
        call(engine, "POST", "/access/roles", roleid="Ops", privs="VM.PowerMgmt,VM.Audit").status
        == 200
    )
    roles = {r["roleid"]: r for r in call(engine, "GET", "/access/roles").data}
    assert roles["Ops"] == {"roleid": "Ops", "privs": "VM.Audit,VM.PowerMgmt", "special": 0}
    assert roles["PVEAuditor"]["special"] == 1
    assert call(engine, "GET", "/access/roles/Ops").data == {"VM.Audit": 1, "VM.PowerMgmt": 1}


def test_an_unknown_privilege_is_refused_by_the_parameter_check(engine: Engine) -> None:
    reply = call(engine, "POST", "/access/roles", roleid="Ops", privs="VM.Audit,VM.Fly")
    assert (reply.status, reply.errors) == (
        400,
        {"privs": "invalid format - invalid privilege 'VM.Fly'\n"},
    )
    assert "Ops" not in engine.state.roles


def test_a_role_id_in_the_pve_namespace_is_refused(engine: Engine) -> None:
    reply = call(engine, "POST", "/access/roles", roleid="pveOps")
    assert reply.status == 400
    assert "case-insensitive" in reply.errors["roleid"]  # type: ignore[index]


def test_a_second_role_of_the_same_name_is_refused(engine: Engine) -> None:
    call(engine, "POST", "/access/roles", roleid="Ops")
    reply = call(engine, "POST", "/access/roles", roleid="Ops")
    assert (reply.status, reply.reason) == (500, "create role failed: role 'Ops' already exists")


def test_built_in_roles_cannot_be_changed_or_deleted(engine: Engine) -> None:
    put = call(engine, "PUT", "/access/roles/PVEAuditor", privs="VM.PowerMgmt")
    assert (put.status, put.reason) == (500, "auto-generated role 'PVEAuditor' cannot be modified")
    delete = call(engine, "DELETE", "/access/roles/NoAccess")
    assert (delete.status, delete.reason) == (
        500,
        "auto-generated role 'NoAccess' cannot be deleted",
    )


def test_updating_replaces_privileges_unless_append(engine: Engine) -> None:
    call(engine, "POST", "/access/roles", roleid="Ops", privs="VM.Audit")
    call(engine, "PUT", "/access/roles/Ops", privs="VM.Console")
    assert engine.state.roles["Ops"] == ["VM.Console"]
    call(engine, "PUT", "/access/roles/Ops", privs="VM.Audit", append=1)
    assert engine.state.roles["Ops"] == ["VM.Audit", "VM.Console"]


def test_deleting_a_missing_role_names_it(engine: Engine) -> None:
    reply = call(engine, "DELETE", "/access/roles/Nope")
    assert (reply.status, reply.reason) == (500, "delete role failed: role 'Nope' does not exist")


def test_a_custom_role_grants_its_privileges_through_an_acl(engine: Engine) -> None:
    engine.state.users["alice@pve"] = {"enable": 1}
    engine.state.tokens["alice@pve!t"] = {"value": "s", "privsep": 0}
    call(engine, "POST", "/access/roles", roleid="Starter", privs="VM.PowerMgmt")
    assert (
        call(
            engine, "PUT", "/access/acl", path="/vms/100", roles="Starter", users="alice@pve"
        ).status
        == 200
    )
    reply = engine.handle(
        "POST", "/nodes/pve1/qemu/100/status/start", {}, authorization="PVEAPIToken=alice@pve!t=s"
    )
    assert reply.status == 200


def test_an_acl_naming_a_missing_role_is_refused(engine: Engine) -> None:
    reply = call(engine, "PUT", "/access/acl", path="/", roles="Nope", users="root@pam")
    assert (reply.status, reply.reason) == (500, "ACL update failed: role 'Nope' does not exist")
    assert engine.state.acls == []


def test_an_acl_naming_a_missing_user_is_refused(engine: Engine) -> None:
    reply = call(engine, "PUT", "/access/acl", path="/", roles="PVEAuditor", users="ghost@pve")
    assert (reply.status, reply.reason) == (
        500,
        "ACL update failed: user 'ghost@pve' does not exist",
    )


def test_an_acl_without_subjects_names_all_three_parameters(engine: Engine) -> None:
    reply = call(engine, "PUT", "/access/acl", path="/", roles="PVEAuditor")
    assert reply.status == 400
    assert set(reply.errors or {}) == {"users", "groups", "tokens"}


# -- realms


def test_the_builtin_realms_are_listed_without_login(engine: Engine) -> None:
    reply = engine.handle("GET", "/access/domains", {})
    assert reply.status == 200
    assert {(d["realm"], d["type"]) for d in reply.data} == {("pam", "pam"), ("pve", "pve")}


def test_an_ldap_realm_needs_its_required_options(engine: Engine) -> None:
    reply = call(
        engine, "POST", "/access/domains", realm="corp", type="ldap", server1="ldap.example"
    )
    assert reply.status == 500
    assert reply.reason.startswith("add auth server failed: missing value for required option")
    assert "corp" not in engine.state.domains


def test_an_option_of_another_type_is_unexpected(engine: Engine) -> None:
    reply = call(
        engine, "POST", "/access/domains",
        realm="ad1", type="ad", server1="dc.example", domain="example.com", **{"issuer-url": "https://x"},
    )  # fmt: skip
    assert (reply.status, reply.reason) == (
        500,
        "add auth server failed: unexpected property 'issuer-url'",
    )


def test_an_ldap_realm_is_created_read_back_and_its_password_kept_secret(engine: Engine) -> None:
    reply = call(
        engine, "POST", "/access/domains", realm="corp", type="ldap", server1="ldap.example",
        base_dn="dc=example,dc=com", user_attr="uid", password="bindsecret", comment="Corp",
    )  # fmt: skip
    assert reply.status == 200
    data = call(engine, "GET", "/access/domains/corp").data
    assert data["base_dn"] == "dc=example,dc=com" and data["type"] == "ldap"
    assert "password" not in data and "digest" in data


def test_builtin_types_and_names_cannot_be_created(engine: Engine) -> None:
    reserved = call(engine, "POST", "/access/domains", realm="pve", type="ldap")
    assert reserved.reason == "add auth server failed: domain 'pve' already exists"
    builtin = call(engine, "POST", "/access/domains", realm="other", type="pve")
    assert builtin.reason == "add auth server failed: unable to create builtin type 'pve'"


def test_deleting_a_builtin_realm_only_resets_it(engine: Engine) -> None:
    call(engine, "PUT", "/access/domains/pve", comment="changed")
    assert call(engine, "DELETE", "/access/domains/pve").status == 200
    assert engine.state.domains["pve"] == {
        "type": "pve",
        "comment": "Proxmox VE authentication server",
    }


def test_default_moves_to_the_realm_that_takes_it(engine: Engine) -> None:
    call(engine, "PUT", "/access/domains/pam", default=1)
    call(engine, "PUT", "/access/domains/pve", default=1)
    assert "default" not in engine.state.domains["pam"]
    assert engine.state.domains["pve"]["default"] == 1


def test_openid_username_claim_cannot_be_updated(engine: Engine) -> None:
    # A fixed option is left out of the update schema (SectionConfig::updateSchema).
    call(
        engine, "POST", "/access/domains", realm="sso", type="openid",
        **{"issuer-url": "https://id.example", "client-id": "pve", "username-claim": "email"},
    )  # fmt: skip
    reply = call(engine, "PUT", "/access/domains/sso", **{"username-claim": "sub"})
    assert reply.status == 400 and "username-claim" in (reply.errors or {})
    assert engine.state.domains["sso"]["username-claim"] == "email"


def test_an_update_without_options_is_refused(engine: Engine) -> None:
    reply = call(engine, "PUT", "/access/domains/pve")
    assert reply.reason == "update auth server failed: no options specified"


# -- logins


def test_an_expired_user_gets_no_ticket(engine: Engine) -> None:
    engine.state.users["old@pve"] = {"enable": 1, "password": "pw", "expire": 1000}
    assert login(engine, "old@pve", "pw").status == 401
    engine.state.users["old@pve"]["expire"] = 0
    assert login(engine, "old@pve", "pw").status == 200


def test_a_ticket_stops_working_when_its_user_expires(engine: Engine) -> None:
    engine.state.users["bob@pve"] = {"enable": 1, "password": "pw"}
    ticket = login(engine, "bob@pve", "pw").data["ticket"]
    assert engine.handle("GET", "/version", {}, ticket=ticket).status == 200
    engine.state.users["bob@pve"]["expire"] = 1000
    assert engine.handle("GET", "/version", {}, ticket=ticket).status == 401


def test_an_expired_token_is_refused(engine: Engine) -> None:
    engine.state.tokens["root@pam!old"] = {"value": "v", "privsep": 0, "expire": 1000}
    reply = engine.handle("GET", "/version", {}, authorization="PVEAPIToken=root@pam!old=v")
    assert reply.status == 401


def test_a_disabled_users_token_is_refused(engine: Engine) -> None:
    engine.state.users["carol@pve"] = {"enable": 0}
    engine.state.tokens["carol@pve!t"] = {"value": "v", "privsep": 0}
    reply = engine.handle("GET", "/version", {}, authorization="PVEAPIToken=carol@pve!t=v")
    assert reply.status == 401


def test_a_user_of_a_realm_that_does_not_exist_cannot_log_in(engine: Engine) -> None:
    engine.state.users["dave@gone"] = {"enable": 1, "password": "pw"}
    assert login(engine, "dave@gone", "pw").status == 401
    call(
        engine, "POST", "/access/domains", realm="gone", type="ldap", server1="l",
        base_dn="dc=x", user_attr="uid",
    )  # fmt: skip
    assert login(engine, "dave@gone", "pw").status == 200
