"""The proxy's task stream against a scripted upstream: the order of answers a real cluster
can give, without the timing of two processes deciding which one a test meets."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from pvesdk.transport import Request, Response
from pvesdk_server.proxy.events import EventIds, TaskMemory, cluster_stream, task_stream

UPID = "UPID:pve1:0000ABCD:00012345:6560A0B0:qmsnapshot:100:root@pam:"


class Scripted:
    """An upstream answering each task path from a list, repeating the last answer."""

    def __init__(self, status: list[dict[str, Any]], log: list[list[dict[str, Any]]]) -> None:
        self.answers = {"status": status, "log": log}
        self.asked: list[tuple[str, list[tuple[str, str]]]] = []

    async def send(self, request: Request) -> Response:
        leaf = request.path.rsplit("/", 1)[-1]
        self.asked.append((leaf, list(request.params)))
        queue = self.answers[leaf]
        data = queue.pop(0) if len(queue) > 1 else queue[0]
        return Response(200, "OK", json.dumps({"data": data}).encode())


def frames(upstream: Scripted) -> list[tuple[Any, Any, Any]]:
    async def run() -> list[tuple[Any, Any, Any]]:
        out = []
        stream = task_stream(upstream, {}, UPID, 0, poll=0.0, heartbeat=60.0)  # type: ignore[arg-type]
        async for message in stream:
            out.append((message.id, message.event, json.loads(str(message.data))))
        return out

    return asyncio.run(run())


RUNNING = {"status": "running"}
STOPPED = {"status": "stopped", "exitstatus": "OK"}
EMPTY = [{"n": 1, "t": "no content"}]


def test_an_empty_log_read_first_does_not_hide_the_real_first_line() -> None:
    upstream = Scripted([RUNNING, STOPPED], [EMPTY, [{"n": 1, "t": "TASK OK"}]])
    got = frames(upstream)
    logged = [data["t"] for _, event, data in got if event == "log"]
    assert logged == ["TASK OK"]
    assert [int(i) for i, _, _ in got] == list(range(1, len(got) + 1))
    assert got[-1][1] == "complete" and got[-1][2]["ok"] is True


def test_a_real_line_that_reads_no_content_after_others_is_kept() -> None:
    lines = [{"n": 1, "t": "first"}, {"n": 2, "t": "no content"}, {"n": 3, "t": "TASK OK"}]
    upstream = Scripted([RUNNING, STOPPED], [lines[:1], lines])
    logged = [data["t"] for _, event, data in frames(upstream) if event == "log"]
    assert logged == ["first", "no content", "TASK OK"]


def listing(first: int, last: int, running: tuple[int, ...] = ()) -> list[dict[str, Any]]:
    """``/cluster/tasks`` holding tasks ``first..last`` (stopped OK, but those ``running``)."""
    return [
        {"upid": f"UPID:pve1:{n:08X}:1:1:qmstart:100:root@pam:"}
        | ({} if n in running else {"status": "OK", "endtime": n})
        for n in range(first, last + 1)
    ]


def test_the_cluster_streams_memory_stays_bounded_as_tasks_come_and_go() -> None:
    memory = TaskMemory(listing(0, 49))
    reported: list[str] = []
    for start in range(1, 5001):  # a rolling window of 50 recent tasks, one new per poll
        frames = memory.update(listing(start, start + 49))
        reported += [data["upid"] for event, data in frames if event == "complete"]
        assert len(memory) <= 50
    # every task that appeared after the baseline completed once, none twice
    assert len(reported) == len(set(reported)) == 5000


def test_running_tasks_that_left_the_list_are_capped_oldest_first() -> None:
    memory = TaskMemory([], unlisted=3)
    for n in range(10):  # each poll lists only the newest task, running
        memory.update(listing(n, n, running=(n,)))
    assert len(memory) == 4  # the one listed and the 3 newest that left
    # a remembered task that comes back stopped has its stop reported, and no second start
    back = [event for event, _ in memory.update(listing(7, 7))]
    assert back == ["status", "complete"]


def test_a_task_that_left_the_list_running_and_came_back_is_not_restarted() -> None:
    memory = TaskMemory(listing(1, 1, running=(1,)))
    assert memory.update([]) == []
    assert memory.update(listing(1, 1, running=(1,))) == []


def test_an_answer_that_is_no_task_list_forgets_nothing() -> None:
    memory = TaskMemory(listing(1, 3))
    assert memory.update(None) == [] and len(memory) == 3
    assert memory.update(listing(1, 3)) == []  # nothing reported a second time


def test_event_ids_increase_across_streams_and_start_from_the_clock() -> None:
    now = [1_800_000_000.0]
    ids = EventIds(clock=lambda: now[0])
    first = [ids.next() for _ in range(3)]
    assert first == [1_800_000_000_000_000 + k for k in range(3)]
    now[0] -= 60  # the clock stepped back: ids still increase
    assert ids.next() == first[-1] + 1
    later = EventIds(clock=lambda: now[0] + 120)  # a process started later
    assert later.next() > first[-1] + 1


def test_a_cluster_stream_given_a_last_event_id_says_it_cannot_resume() -> None:
    upstream = Scripted([RUNNING], [[]])  # never asked: the stream ends before polling

    async def run() -> list[tuple[Any, Any, Any]]:
        stream = cluster_stream(upstream, {}, [], 0.0, 60.0, EventIds(), last=42)  # type: ignore[arg-type]
        return [(m.id, m.event, json.loads(str(m.data))) async for m in stream]

    got = asyncio.run(run())
    assert [event for _, event, _ in got] == ["error", "complete"]
    assert "Last-Event-ID 42" in got[0][2]["message"] and "cannot resume" in got[0][2]["message"]
    assert got[1][2]["ok"] is False and upstream.asked == []
    assert int(got[0][0]) < int(got[1][0])
