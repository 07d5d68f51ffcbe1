"""The proxy's task stream against a scripted upstream: the order of answers a real cluster
can give, without the timing of two processes deciding which one a test meets."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from pvesdk.transport import Request, Response
from pvesdk_server.proxy.events import task_stream

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
