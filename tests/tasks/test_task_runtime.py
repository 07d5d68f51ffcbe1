"""Tasks as results: UPID fields, status/log/follow/stop/wait over the in-process mock, the
backoff schedule, the monotonic deadline, and the pure parts (UPID parsing, exit statuses)."""

from __future__ import annotations

import asyncio
import copy
import pickle
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

import pvesdk
from pvesdk import AsyncPveClient, PveClient
from pvesdk._sse import Event
from pvesdk.tasks import (
    AsyncTask,
    Task,
    TaskFailed,
    TaskResult,
    _LogCursor,
    backoff_delays,
    bind_task,
    bind_task_or_none,
    is_error,
    parse_upid,
    warning_count,
)

UPID = "UPID:pve1:0000A1B2:0012C3D4:6745D2C3:qmstart:100:root@pam:"
TOKEN_UPID = "UPID:node-2:00000001:123456789:6745D2C3:vzdump::ci@pve!backup:"
FAST = {"interval": 0.02, "max_interval": 0.05}


@pytest.fixture
def client() -> PveClient:
    return PveClient.mock(task_seconds=0.2)


def start(client: PveClient, vmid: int = 100) -> Task:
    return client.task(client.nodes.node("pve1").qemu.vmid(vmid).status.start.post())


# -- the UPID


def test_upid_fields_are_parsed() -> None:
    fields = parse_upid(UPID)
    assert fields.node == "pve1"
    assert (fields.pid, fields.pstart) == (0xA1B2, 0x12C3D4)
    assert (fields.type, fields.id, fields.user) == ("qmstart", "100", "root@pam")


def test_starttime_is_an_aware_utc_datetime() -> None:
    assert parse_upid(UPID).starttime == datetime.fromtimestamp(0x6745D2C3, UTC)
    assert parse_upid(UPID).starttime.tzinfo is UTC


def test_token_user_nine_digit_pstart_and_empty_id_are_accepted() -> None:
    fields = parse_upid(TOKEN_UPID)
    assert (fields.user, fields.pstart, fields.id) == ("ci@pve!backup", 0x123456789, "")


@pytest.mark.parametrize(
    "text",
    ["", "UPID:pve1:", UPID.rstrip(":"), UPID.replace("0000A1B2", "A1B2"),
     UPID.replace("pve1", "-pve1"), "upid:" + UPID[5:], 42],
)  # fmt: skip
def test_a_malformed_upid_is_refused_naming_it(text: object) -> None:
    with pytest.raises(ValueError, match="unable to parse worker upid") as err:
        parse_upid(text)  # type: ignore[arg-type]
    assert repr(text) in str(err.value)


def test_client_task_binds_a_upid_with_its_fields(client: PveClient) -> None:
    task = client.task(UPID)
    assert isinstance(task, Task)
    assert (task.node, task.pid, task.type, task.id, task.user) == (
        "pve1", 0xA1B2, "qmstart", "100", "root@pam",
    )  # fmt: skip


def test_client_task_refuses_what_is_not_a_upid(client: PveClient) -> None:
    with pytest.raises(ValueError, match="unable to parse worker upid 'nonsense'"):
        client.task("nonsense")


def test_a_task_is_the_upid_string(client: PveClient) -> None:
    task = client.task(UPID)
    assert task == UPID
    assert task.upid == UPID and type(task.upid) is str
    assert f"{task}" == UPID
    assert {task: 1}[UPID] == 1
    assert repr(task) == f"Task({UPID!r})"


def test_copies_and_pickles_are_the_plain_upid(client: PveClient) -> None:
    task = client.task(UPID)
    for clone in (copy.copy(task), copy.deepcopy(task), pickle.loads(pickle.dumps(task))):
        assert clone == UPID and type(clone) is str


# -- exit statuses (PVE::UPID::status_is_error)


@pytest.mark.parametrize(
    ("exitstatus", "error", "warnings"),
    [("OK", False, 0), ("WARNINGS: 3", False, 3), ("unexpected status", True, 0),
     ("VM 100 already running", True, 0), ("WARNINGS: x", True, 0)],
)  # fmt: skip
def test_exit_status_classification(exitstatus: str, error: bool, warnings: int) -> None:
    assert (is_error(exitstatus), warning_count(exitstatus)) == (error, warnings)


def test_result_of_a_warnings_task_is_ok_with_its_count() -> None:
    result = TaskResult(UPID, "WARNINGS: 2", ["WARN: x", "WARN: y", "TASK WARNINGS: 2"])
    assert (result.ok, result.warnings) == (True, 2)


# -- backoff


def test_backoff_doubles_from_one_second_to_a_thirty_second_cap() -> None:
    delays = backoff_delays()
    assert [next(delays) for _ in range(8)] == [1, 2, 4, 8, 16, 30, 30, 30]


def test_backoff_is_configurable() -> None:
    delays = backoff_delays(0.1, 0.5, 3)
    assert [round(next(delays), 6) for _ in range(4)] == [0.1, 0.3, 0.5, 0.5]


@pytest.mark.parametrize(
    ("args", "message"),
    [((0, 30), "interval must be > 0"), ((5, 1), "max_interval"), ((1, 30, 0.5), "factor")],
)
def test_backoff_refuses_nonsense_at_once(args: tuple[float, ...], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        backoff_delays(*args)


# -- the log cursor (no I/O)


class Line:
    def __init__(self, n: int, t: str) -> None:
        self.n, self.t = n, t


def test_the_empty_log_placeholder_does_not_move_the_cursor() -> None:
    cursor = _LogCursor()
    assert cursor.take([Line(1, "no content")]) == []
    assert cursor.take([Line(1, "starting"), Line(2, "TASK OK")]) == ["starting", "TASK OK"]
    assert cursor.seen == 2


def test_lines_already_seen_are_not_repeated() -> None:
    cursor = _LogCursor()
    cursor.take([Line(1, "a"), Line(2, "b")])
    assert cursor.take([Line(2, "b"), Line(3, "c")]) == ["c"]


# -- over the in-process mock


def test_a_generated_task_method_returns_a_bound_task(client: PveClient) -> None:
    task = client.nodes.node("pve1").qemu.vmid(100).status.start.post()
    assert isinstance(task, Task) and task._client is client
    assert (task.node, task.type, task.id, task.user) == ("pve1", "qmstart", "100", "root@pam!mock")


def test_a_task_of_a_with_options_clone_uses_the_clone(client: PveClient) -> None:
    quick = client.with_options(timeout=5)
    task = quick.nodes.node("pve1").qemu.vmid(100).status.start.post()
    assert task._client is quick


def test_an_answer_that_is_not_a_upid_is_a_protocol_error(client: PveClient) -> None:
    with pytest.raises(pvesdk.PveProtocolError, match=r"expected a task UPID.*'VM started'"):
        bind_task("VM started", client)


def test_an_answer_is_read_leniently(client: PveClient) -> None:
    task = bind_task("UPID:pve1:1:2:3:qmcreate:101:root@pam:", client)
    assert (task.node, task.pid, task.type, task.id) == ("pve1", 1, "qmcreate", "101")


def test_a_null_answer_of_an_optional_task_is_none(client: PveClient) -> None:
    assert bind_task_or_none(None, client) is None


def test_async_generated_methods_return_async_tasks() -> None:
    async def main() -> None:
        client = AsyncPveClient.mock()
        task = await client.nodes.node("pve1").lxc.vmid(200).status.start.post()
        assert isinstance(task, AsyncTask) and task._client is client

    asyncio.run(main())


def test_status_is_running_then_stopped(client: PveClient) -> None:
    task = start(client)
    assert task.status().status == "running"
    task.wait(**FAST)
    status = task.status()
    assert (status.status, status.exitstatus) == ("stopped", "OK")


def test_wait_returns_the_result_with_the_log_tail(client: PveClient) -> None:
    result = start(client).wait(**FAST)
    assert (result.ok, result.exitstatus, result.warnings) == (True, "OK", 0)
    assert result.log_tail[-1] == "TASK OK"
    assert client.nodes.node("pve1").qemu.vmid(100).status.current.get().status == "running"


def test_a_failed_task_raises_task_failed_with_status_and_log(client: PveClient) -> None:
    start(client).wait(**FAST)
    task = start(client)  # already running now
    with pytest.raises(TaskFailed) as err:
        task.wait(**FAST)
    assert isinstance(err.value, pvesdk.PveError)
    assert err.value.exitstatus == "VM 100 already running"
    assert err.value.log_tail[-1] == "TASK ERROR: VM 100 already running"
    assert err.value.upid == task
    assert task in str(err.value) and "VM 100 already running" in str(err.value)


def test_wait_times_out_naming_the_task_and_leaves_it_running() -> None:
    client = PveClient.mock(task_seconds=30)
    task = start(client)
    with pytest.raises(pvesdk.PveTimeoutError, match=f"task {task} still running after 0.2 s"):
        task.wait(timeout=0.2, **FAST)
    assert task.status().status == "running"


def test_the_deadline_uses_the_monotonic_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    client = PveClient.mock(task_seconds=0.3)
    task = start(client)
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 10_000)  # the wall clock jumps ahead
    assert task.wait(timeout=5, **FAST).ok


def test_wait_polls_less_often_as_time_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    client = PveClient.mock(task_seconds=3600)
    task = start(client)
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)
    clock = iter(range(0, 10_000, 7))
    monkeypatch.setattr(time, "monotonic", lambda: float(next(clock)))
    with pytest.raises(pvesdk.PveTimeoutError):
        task.wait(timeout=100)
    assert slept[:6] == [1, 2, 4, 8, 16, 30]


def test_follow_yields_each_log_line_once_until_the_end(client: PveClient) -> None:
    task = start(client)
    assert list(task.follow(**FAST)) == ["start qemu 100", "TASK OK"]


def test_log_pages_lines_numbered_from_one(client: PveClient) -> None:
    task = start(client)
    task.wait(**FAST)
    assert [(line.n, line.t) for line in task.log()] == [(1, "start qemu 100"), (2, "TASK OK")]
    assert [(line.n, line.t) for line in task.log(start=1, limit=1)] == [(2, "TASK OK")]


def test_stop_ends_a_running_task_which_then_fails() -> None:
    client = PveClient.mock(task_seconds=30)
    task = start(client)
    task.stop()
    with pytest.raises(TaskFailed) as err:
        task.wait(**FAST)
    assert err.value.exitstatus == "unexpected status"


# -- async


def test_async_task_follows_and_waits() -> None:
    async def main() -> None:
        client = AsyncPveClient.mock(task_seconds=0.2)
        task = client.task(await client.nodes.node("pve1").qemu.vmid(100).status.start.post())
        assert isinstance(task, AsyncTask)
        assert [line async for line in task.follow(**FAST)] == ["start qemu 100", "TASK OK"]
        result = await task.wait(**FAST)
        assert (result.ok, result.log_tail[-1]) == (True, "TASK OK")

    asyncio.run(main())


def test_async_failure_raises_task_failed() -> None:
    async def main() -> None:
        client = AsyncPveClient.mock(task_seconds=0)
        await client.nodes.node("pve1").qemu.vmid(100).status.start.post()
        task = client.task(await client.nodes.node("pve1").qemu.vmid(100).status.start.post())
        with pytest.raises(TaskFailed, match="already running"):
            await task.wait(**FAST)

    asyncio.run(main())


def test_async_timeout_leaves_the_task_running() -> None:
    async def main() -> None:
        client = AsyncPveClient.mock(task_seconds=30)
        task = client.task(await client.nodes.node("pve1").qemu.vmid(100).status.start.post())
        with pytest.raises(pvesdk.PveTimeoutError, match="still running"):
            await task.wait(timeout=0.1, **FAST)
        assert (await task.status()).status == "running"

    asyncio.run(main())


# -- an event stream that broke off: its `error` frame is not the task's verdict


def broken_stream(upid: str) -> list[Event]:
    """What a stream says when it cannot go on (the proxy lost the cluster): error, complete."""
    problem = "upstream: 595 Connection refused"
    return [
        Event("status", "1", {"upid": upid, "status": "running"}),
        Event("error", "2", {"upid": upid, "message": problem}),
        Event("complete", "3", {"upid": upid, "ok": False, "exitstatus": problem}),
    ]


def test_an_error_frame_is_not_the_verdict_wait_polls_the_task(client: PveClient) -> None:
    task = start(client)
    task.events = lambda **options: iter(broken_stream(task))  # type: ignore[method-assign]
    assert task.wait(**FAST).exitstatus == "OK"


def test_an_error_frame_is_not_the_end_follow_polls_the_rest(client: PveClient) -> None:
    task = start(client)
    task.events = lambda **options: iter(broken_stream(task))  # type: ignore[method-assign]
    assert list(task.follow(**FAST)) == ["start qemu 100", "TASK OK"]


def test_an_error_frame_is_not_the_verdict_for_async_wait_either() -> None:
    async def run() -> str:
        client = AsyncPveClient.mock(task_seconds=0.2)
        task = await client.nodes.node("pve1").qemu.vmid(100).status.start.post()

        async def events(**options: object) -> AsyncIterator[Event]:
            for event in broken_stream(task):
                yield event

        task.events = events  # type: ignore[method-assign, assignment]
        client._no_event_streams = False
        return (await task.wait(**FAST)).exitstatus

    assert asyncio.run(run()) == "OK"
