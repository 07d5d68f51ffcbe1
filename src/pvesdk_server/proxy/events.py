"""Task progress as Server-Sent Events in proxy mode, made by polling the upstream cluster.

Proxmox VE has no event streams, so the proxy reads what a client would poll, once per
``ProxySettings.task_poll`` seconds, and sends the same frames as the mock (see
:mod:`pvesdk_server.events`):

* ``GET /pvesdk/tasks/{upid}/events``: the task's log from
  ``/nodes/{node}/tasks/{upid}/log?start=N`` and its state from ``…/status``; frame ids are the
  positions in the task's history (status 1, log line ``n`` is ``n + 1``, then the stop status
  and ``complete``), so ``Last-Event-ID`` resumes exactly, as on the mock.
* ``GET /pvesdk/events``: tasks starting and stopping anywhere in the cluster, from
  ``/cluster/tasks`` (which lists the recent tasks of every node, with their end state). Log
  lines are not part of it (one request per running task per poll would load the cluster). The
  proxy keeps no journal of this stream, so it cannot resume one: frame ids come from
  :class:`EventIds` (increasing across every connection of the process and across restarts,
  so an id from an earlier connection never names a frame of a new one), and a
  ``Last-Event-ID`` gets ``error`` + ``complete`` saying so, never a silent restart from now
  that would lose the events in between. What a stream remembers of the task list is bounded
  (:class:`TaskMemory`).

Every upstream request carries the caller's own credentials (pass-through mode) or the proxy's
(key mode), like a forwarded API call, so a caller sees only the tasks Proxmox lets them see.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable
from typing import Any
from urllib.parse import quote

from litestar.response.sse import ServerSentEventMessage

from pvesdk.transport import Request as PveRequest
from pvesdk.transport import Response as PveResponse

from ..engine import Reply
from ..events import Frame, unknown_id
from ..events import error_frames as _error_frames
from ..events import message as _message
from ..events import stop_frames as _stop_frames
from .forward import CALLER, Upstream

__all__ = [
    "EventIds",
    "TaskMemory",
    "answer_data",
    "cluster_stream",
    "first_status",
    "task_stream",
]

#: Log lines asked for per request (Proxmox's own viewer asks for 500 at a time).
LOG_PAGE = 500
#: Running tasks a cluster stream remembers after they left ``/cluster/tasks`` (their stop is
#: still reported if they come back); beyond it the oldest are forgotten.
UNLISTED_RUNNING = 1000


def task_node(upid: str) -> str:
    """The node a UPID names (``UPID:pve1:…`` → ``pve1``); ``-`` when it names none."""
    parts = upid.split(":")
    return parts[1] if len(parts) > 2 and parts[0] == "UPID" and parts[1] else "-"


def _task_path(upid: str, leaf: str) -> str:
    return f"/nodes/{quote(task_node(upid), safe='')}/tasks/{quote(upid, safe='')}/{leaf}"


def answer_data(answer: PveResponse) -> Any:
    """The ``data`` of an upstream answer's envelope; ``None`` when it has none."""
    try:
        return json.loads(answer.content)["data"]
    except (ValueError, KeyError, TypeError):
        return None


def _line(entry: dict[str, Any]) -> int:
    try:
        return int(entry.get("n", 0))
    except (TypeError, ValueError):
        return 0


def _placeholder(page: list[dict[str, Any]]) -> bool:
    """Whether a log page is Proxmox's answer for a log file still empty: the one made-up
    line ``{"n": 1, "t": "no content"}`` (``PVE::Tools::dump_logfile``). Taking it for a real
    line would skip the task's real first line, which is numbered 1 too."""
    return len(page) == 1 and _line(page[0]) == 1 and page[0].get("t") == "no content"


async def first_status(upstream: Upstream, upid: str) -> PveResponse | Reply:
    """The task's status read upstream with the caller's credentials: whether the caller may
    follow it at all (a refusal is relayed as it is)."""
    return await upstream.send(PveRequest("GET", _task_path(upid, "status")))


class _Failed(Exception):
    """The upstream refused or failed a poll; the message says so for the error frame."""


async def _get(upstream: Upstream, caller: dict[str, str], path: str, **query: int) -> Any:
    CALLER.set(caller)
    pairs = [(k, str(v)) for k, v in query.items()]
    answer = await upstream.send(PveRequest("GET", path, pairs))
    if isinstance(answer, Reply):
        raise _Failed(f"upstream: {answer.status} {answer.reason}")
    if answer.status != 200:
        raise _Failed(f"upstream: {answer.status} {answer.reason}")
    return answer_data(answer)


async def task_stream(
    upstream: Upstream,
    caller: dict[str, str],
    upid: str,
    last: int,
    poll: float,
    heartbeat: float,
) -> AsyncIterator[ServerSentEventMessage]:
    """One task's frames after id ``last``, polling its log and status until it has stopped."""
    sent = last
    lines = 0  # log lines read so far (Proxmox numbers them from 1)
    quiet = 0.0
    if sent < 1:
        yield _message(1, "status", {"upid": upid, "status": "running"})
        sent = 1
    while True:
        try:
            status = await _get(upstream, caller, _task_path(upid, "status"))
            # Read the log after the status: a stopped task's log is complete.
            while True:
                page = await _get(
                    upstream, caller, _task_path(upid, "log"), start=lines, limit=LOG_PAGE
                )
                page = [e for e in page or [] if isinstance(e, dict) and _line(e) > lines]
                if lines == 0 and _placeholder(page):
                    # A log still empty: Proxmox's made-up line, not the task's first line.
                    page = []
                for entry in page:
                    lines = _line(entry)
                    if lines + 1 > sent:
                        line = {"upid": upid, "n": lines, "t": str(entry.get("t", ""))}
                        yield _message(lines + 1, "log", line)
                        sent = lines + 1
                if len(page) < LOG_PAGE:
                    break
        except _Failed as exc:
            for offset, (event, data) in enumerate(_error_frames(upid, str(exc)), 1):
                yield _message(max(sent, lines + 1) + offset, event, data)
            return
        state = status if isinstance(status, dict) else {}
        stopped = state.get("status") not in (None, "running")
        known = lines + (3 if stopped else 1)  # frames the task has had: status, lines, stop
        if sent > known:  # an id this stream never sent (another server, a restart)
            for offset, (event, data) in enumerate(_error_frames(upid, unknown_id(sent, known)), 1):
                yield _message(sent + offset, event, data)
            return
        if stopped:
            exitstatus = str(state.get("exitstatus") or "unexpected status")
            for offset, (event, data) in enumerate(_stop_frames(upid, exitstatus), 2):
                frame_id = lines + offset
                if frame_id > sent:
                    yield _message(frame_id, event, data)
            return
        await asyncio.sleep(poll)
        quiet += poll
        if quiet >= heartbeat:
            quiet = 0.0
            yield ServerSentEventMessage(comment="keep-alive", data=None)


def _ended(entry: dict[str, Any]) -> bool:
    """Whether a task list entry has stopped: it has an ``endtime``, or a ``status`` that is
    not ``RUNNING`` (the node lists say ``RUNNING``; the cluster list leaves it out)."""
    status = entry.get("status")
    running = status is None or str(status).lower() == "running"
    return entry.get("endtime") is not None or not running


def _tasks(listed: Any) -> list[dict[str, Any]]:
    if not isinstance(listed, list):
        return []
    return [e for e in listed if isinstance(e, dict) and isinstance(e.get("upid"), str)]


class EventIds:
    """Frame ids for the cluster streams of one proxy process: strictly increasing across all
    its connections, and seeded from the clock (microseconds since the epoch) so that a process
    started later does not hand out the ids of an earlier one either. An id therefore never
    names two frames, and a ``Last-Event-ID`` from another connection is never taken for one
    of this connection's frames.

    Args:
        clock: Seconds since the epoch (``time.time``); a test gives its own.
    """

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._last = 0

    def next(self) -> int:
        """The next id: one more than the last, or the clock's microseconds if later."""
        self._last = max(self._last + 1, int(self._clock() * 1_000_000))
        return self._last


class TaskMemory:
    """What one cluster stream knows of the task list, and the frames each new list brings;
    no I/O. Bounded: a stopped task is forgotten once it has been reported and has left the
    list (Proxmox lists a bounded window of recent tasks, and a task that left it does not
    come back), and at most ``unlisted`` running tasks are kept after they left the list (the
    oldest go first: their stop would not be reported).

    Args:
        baseline: The ``/cluster/tasks`` answer read before the stream opened (not reported).
        unlisted: Running tasks kept after they left the list.
    """

    def __init__(self, baseline: Any, unlisted: int = UNLISTED_RUNNING) -> None:
        self.unlisted = unlisted
        self.known: dict[str, bool] = {}  # upid → stopped, oldest first
        self.update(baseline)

    def __len__(self) -> int:
        return len(self.known)

    def update(self, listed: Any) -> list[Frame]:
        """The frames for the tasks that started or stopped since the last list; an answer
        that is no list changes nothing (forgetting on it would report old tasks again)."""
        if not isinstance(listed, list):
            return []
        frames: list[Frame] = []
        present: set[str] = set()
        for entry in _tasks(listed):
            upid, stopped = entry["upid"], _ended(entry)
            present.add(upid)
            was = self.known.get(upid)
            self.known[upid] = stopped
            if was is True or (was is False and not stopped):
                continue
            if was is None:
                frames.append(("status", {"upid": upid, "status": "running"}))
            if stopped:
                frames += _stop_frames(upid, str(entry.get("status") or "unexpected status"))
        gone = [upid for upid in self.known if upid not in present]
        running = [upid for upid in gone if not self.known[upid]]
        # `running` is oldest first; `[:-0 or None]` is all of it
        for upid in [u for u in gone if self.known[u]] + running[: -self.unlisted or None]:
            del self.known[upid]
        return frames


def cannot_resume(last: int) -> str:
    """The error frame's message for a ``Last-Event-ID`` on the proxy's cluster stream."""
    return (
        f"Last-Event-ID {last}: the proxy's cluster stream cannot resume (it keeps no journal "
        "of past events); start a new stream and read /cluster/tasks for what happened meanwhile"
    )


async def cluster_stream(
    upstream: Upstream,
    caller: dict[str, str],
    baseline: Any,
    poll: float,
    heartbeat: float,
    ids: EventIds,
    last: int = 0,
) -> AsyncIterator[ServerSentEventMessage]:
    """Tasks of the cluster starting and stopping after ``baseline`` (the ``/cluster/tasks``
    answer read before the stream opened), polling ``/cluster/tasks``; ids from ``ids``. A
    ``last`` event id (``Last-Event-ID``) ends the stream at once with ``error`` + ``complete``:
    there is nothing to resume from."""
    if last:
        for event, data in _error_frames(None, cannot_resume(last)):
            yield _message(ids.next(), event, data)
        return
    memory = TaskMemory(baseline)
    quiet = 0.0
    while True:
        await asyncio.sleep(poll)
        try:
            listed = await _get(upstream, caller, "/cluster/tasks")
        except _Failed as exc:
            for event, data in _error_frames(None, str(exc)):
                yield _message(ids.next(), event, data)
            return
        frames = memory.update(listed)
        for event, data in frames:
            yield _message(ids.next(), event, data)
        quiet = 0.0 if frames else quiet + poll
        if quiet >= heartbeat:
            quiet = 0.0
            yield ServerSentEventMessage(comment="keep-alive", data=None)
