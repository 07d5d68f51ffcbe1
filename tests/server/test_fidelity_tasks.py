"""A task the node does not have, as pve-manager's ``PVE::API2::Tasks`` answers it: ``status`` and
stopping are parameter errors on ``upid`` (``no such task``), the log says it cannot open the
file (``PVE::Tools::dump_logfile``), and a UPID that does not parse is its own parameter error."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest

from pvesdk_server.engine import Engine, Reply

ROOT_TOKEN = "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"
GHOST = "UPID:pve1:0000FFFF:0000FFFF:6745D2C3:qmstart:100:root@pam:"


@pytest.fixture
def engine() -> Engine:
    return Engine(task_seconds=0)


def call(engine: Engine, method: str, path: str, **params: Any) -> Reply:
    wire = {k: [str(v)] for k, v in params.items()}
    return engine.handle(method, path, wire, authorization=ROOT_TOKEN)


def test_status_of_an_unknown_task_is_a_parameter_error(engine: Engine) -> None:
    reply = call(engine, "GET", f"/nodes/pve1/tasks/{quote(GHOST, safe='')}/status")
    assert (reply.status, reply.errors) == (400, {"upid": "no such task"})


def test_stopping_an_unknown_task_is_a_parameter_error(engine: Engine) -> None:
    reply = call(engine, "DELETE", f"/nodes/pve1/tasks/{quote(GHOST, safe='')}")
    assert (reply.status, reply.errors) == (400, {"upid": "no such task"})


def test_a_task_of_another_node_is_unknown_on_this_one(engine: Engine) -> None:
    upid = str(call(engine, "POST", "/nodes/pve1/qemu/100/status/start").data)
    reply = call(engine, "GET", f"/nodes/pve2/tasks/{quote(upid, safe='')}/status")
    assert (reply.status, reply.errors) == (400, {"upid": "no such task"})


def test_log_of_an_unknown_task_says_the_file_cannot_be_opened(engine: Engine) -> None:
    reply = call(engine, "GET", f"/nodes/pve1/tasks/{quote(GHOST, safe='')}/log")
    assert reply.status == 200
    assert reply.data == [{"n": 1, "t": "unable to open file - No such file or directory"}]
    assert reply.extra == {"total": 1}


def test_a_upid_that_does_not_parse_is_named_as_such(engine: Engine) -> None:
    reply = call(engine, "GET", "/nodes/pve1/tasks/UPID%3Anope/status")
    assert (reply.status, reply.errors) == (400, {"upid": "unable to parse worker upid"})
