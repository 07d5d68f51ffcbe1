"""API tokens as pve-access-control's ``PVE::API2::User`` keeps them: reading and updating one,
regenerating its secret, and the messages for tokens and users that do not exist."""

from __future__ import annotations

from typing import Any

import pytest

from pvesdk_server.engine import Engine, Reply

ROOT_TOKEN = "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"


@pytest.fixture
def engine() -> Engine:
    engine = Engine(task_seconds=0)
    engine.state.users["alice@pve"] = {"enable": 1}
    engine.state.tokens["alice@pve!ci"] = {"value": "old", "privsep": 1, "comment": "ci"}
    return engine


def call(engine: Engine, method: str, url: str, **params: Any) -> Reply:
    wire = {k: [str(v)] for k, v in params.items()}
    return engine.handle(method, url, wire, authorization=ROOT_TOKEN)


def test_a_token_reads_back_without_its_secret(engine: Engine) -> None:
    reply = call(engine, "GET", "/access/users/alice@pve/token/ci")
    assert reply.data == {"privsep": 1, "comment": "ci"}


def test_a_second_token_of_the_same_name_is_a_parameter_error(engine: Engine) -> None:
    reply = call(engine, "POST", "/access/users/alice@pve/token/ci")
    assert (reply.status, reply.errors) == (400, {"tokenid": "Token already exists."})


def test_deleting_a_missing_token_names_token_and_user(engine: Engine) -> None:
    reply = call(engine, "DELETE", "/access/users/alice@pve/token/nope")
    assert (reply.status, reply.reason) == (500, "no such token 'nope' for user 'alice@pve'")


def test_updating_changes_privsep_and_drops_the_comment(engine: Engine) -> None:
    reply = call(engine, "PUT", "/access/users/alice@pve/token/ci", privsep=0, delete="comment")
    assert reply.data == {"privsep": 0}
    assert engine.state.tokens["alice@pve!ci"]["value"] == "old"


def test_only_the_comment_can_be_deleted(engine: Engine) -> None:
    reply = call(engine, "PUT", "/access/users/alice@pve/token/ci", delete="privsep")
    assert (reply.status, reply.errors) == (400, {"delete": "unknown option 'privsep'"})


def test_regenerate_answers_a_new_secret_once_and_the_old_one_stops_working(
    engine: Engine,
) -> None:
    reply = call(engine, "PUT", "/access/users/alice@pve/token/ci", regenerate=1)
    assert reply.data["full-tokenid"] == "alice@pve!ci" and reply.data["value"] != "old"
    old = engine.handle("GET", "/version", {}, authorization="PVEAPIToken=alice@pve!ci=old")
    assert old.status == 401
    new = f"PVEAPIToken=alice@pve!ci={reply.data['value']}"
    assert engine.handle("GET", "/version", {}, authorization=new).status == 200
    assert "value" not in call(engine, "GET", "/access/users/alice@pve/token/ci").data
