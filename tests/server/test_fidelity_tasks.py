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


# The order of the node's task list: pve-manager's ``node_tasks`` lists the running tasks of
# the active file first (``source`` active or all), then reads the archive ``tasks/index``
# backwards; pve-common's ``PVE::RESTEnvironment::active_workers`` appends a task to the
# archive when its worker is reaped, so the archive is in the order tasks finished.

TASKS = "/nodes/pve1/tasks"


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def start(engine: Engine, path: str, seconds: float) -> str:
    engine.task_seconds = seconds
    reply = call(engine, "POST", path)
    assert reply.status == 200, reply.reason
    return str(reply.data)


def listed(engine: Engine, **params: Any) -> list[str]:
    return [t["upid"] for t in call(engine, "GET", TASKS, **params).data]


def test_finished_tasks_are_listed_last_finished_first() -> None:
    clock = Clock()
    engine = Engine(clock=clock)
    slow = start(engine, "/nodes/pve1/qemu/100/status/start", 100)
    clock.now += 1
    quick = start(engine, "/nodes/pve1/lxc/200/status/start", 10)
    clock.now += 200
    assert listed(engine) == [slow, quick]  # slow started first but finished last


def test_a_stopped_task_is_archived_when_it_is_stopped() -> None:
    clock = Clock()
    engine = Engine(clock=clock)
    killed = start(engine, "/nodes/pve1/qemu/100/status/start", 1000)
    clock.now += 1
    done = start(engine, "/nodes/pve1/lxc/200/status/start", 0)
    assert listed(engine) == [done]  # the archive holds finished tasks only
    clock.now += 1
    assert call(engine, "DELETE", f"{TASKS}/{quote(killed, safe='')}").status == 200
    assert listed(engine) == [killed, done]


def test_running_tasks_come_first_in_the_order_they_started() -> None:
    clock = Clock()
    engine = Engine(clock=clock)
    done = start(engine, "/nodes/pve1/qemu/100/status/start", 0)
    clock.now += 1
    first = start(engine, "/nodes/pve1/qemu/100/status/stop", 1000)
    clock.now += 1
    second = start(engine, "/nodes/pve1/lxc/200/status/start", 1000)
    assert listed(engine, source="all") == [first, second, done]
    assert listed(engine, source="active") == [first, second]
    assert listed(engine) == [done]


def test_tasks_a_restart_interrupted_are_archived_after_the_rest() -> None:
    """After a restart ``active_workers`` finds the dead workers and archives them in one
    batch, written newest start first, so read backwards the oldest of them comes first."""
    clock = Clock()
    engine = Engine(clock=clock)
    first = start(engine, "/nodes/pve1/qemu/100/status/start", 1000)
    clock.now += 1
    second = start(engine, "/nodes/pve1/lxc/200/status/start", 1000)
    clock.now += 1
    done = start(engine, "/nodes/pve1/qemu/100/status/stop", 0)
    restarted = Engine(engine.state.to_json(), clock=clock)
    assert listed(restarted) == [first, second, done]
    assert restarted.state.tasks[first].exitstatus == "unexpected status"
