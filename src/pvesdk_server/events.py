"""Live task progress as Server-Sent Events: ``/pvesdk/tasks/{upid}/events`` (one task, ends with
its ``complete`` frame) and ``/pvesdk/events`` (every task of the cluster, open-ended).

Frames (``data`` is one line of JSON, always with the task's ``upid``):

* ``event: status`` when a task starts running and when it stops (``status``, ``exitstatus``);
* ``event: log`` per log line (``n`` from 1, ``t``);
* ``event: complete`` with ``ok`` and ``exitstatus`` when a task has stopped;
* ``event: error`` (``message``) followed by ``complete`` with ``ok: false`` when the stream
  cannot go on (the task left the history, events to resume from are no longer kept): a stream
  never just stops;
* ``: keep-alive`` comments every ``heartbeat`` seconds so proxies keep an idle stream open.

Every frame has an ``id:``; a client that reconnects with ``Last-Event-ID`` gets exactly the
frames after it. A task stream's ids are the positions in that task's own history (status,
lines, stop, complete), derived from the task itself, so resuming never loses or repeats a
line; the cluster stream's ids are sequence numbers of a bounded journal.

Everything runs on the server's event loop: one ticker finishes due tasks (the engine finishes
tasks lazily, on the next request) and wakes the streams; no thread per client. Streams are
authenticated like the API: the task stream as ``GET /nodes/{node}/tasks/{upid}/status`` (a task's
owner, or ``Sys.Audit`` on its node), the cluster stream as ``GET /cluster/tasks``, with the same
credentials; the cluster stream carries only the events of tasks the caller may see, as
pve-manager's task list decides (own tasks and their tokens', every task of a node where the
caller has ``Sys.Audit``).
"""

from __future__ import annotations

import asyncio
import json
import re
from collections import deque
from collections.abc import AsyncIterator, Callable
from typing import Annotated, Any

from litestar import Request, Response, get
from litestar.handlers import HTTPRouteHandler
from litestar.params import PathParameter
from litestar.response import ServerSentEvent
from litestar.response.sse import ServerSentEventMessage

from .engine import Engine, Reply
from .engine.core import Caller
from .engine.state import Task
from .engine.tasks import may_see

__all__ = [
    "Journal",
    "error_frames",
    "event_routes",
    "last_event_id",
    "message",
    "stop_frames",
    "task_frames",
    "unknown_id",
]

#: Seconds between ``: keep-alive`` comments on an idle stream.
HEARTBEAT = 15.0
#: Seconds between two looks at the engine for tasks that are due to finish.
TICK = 0.05
#: Cluster events kept for ``Last-Event-ID`` resumption of ``/pvesdk/events``.
JOURNAL_SIZE = 10_000

Frame = tuple[str, dict[str, Any]]  # (event, data)


def task_frames(task: Task) -> list[Frame]:
    """A task's history as frames, in order; frame ``k`` (from 1) has id ``k``.

    Stable as the task goes on: lines are only appended while it runs, and the stop frames come
    last, so a later call extends an earlier one.
    """
    frames: list[Frame] = [("status", {"upid": task.upid, "status": "running"})]
    frames += [("log", {"upid": task.upid, "n": n, "t": t}) for n, t in enumerate(task.log, 1)]
    if task.status != "running":
        frames += _stop_frames(task)
    return frames


def _stop_frames(task: Task) -> list[Frame]:
    return stop_frames(task.upid, task.exitstatus or "unexpected status")


def stop_frames(upid: str | None, exitstatus: str) -> list[Frame]:
    """The ``status`` (stopped) and ``complete`` frames of a task that ended with ``exitstatus``
    (``OK`` and ``WARNINGS: n`` are success, as ``PVE::UPID::status_is_error`` decides)."""
    ok = exitstatus == "OK" or exitstatus.startswith("WARNINGS: ")
    return [
        ("status", {"upid": upid, "status": "stopped", "exitstatus": exitstatus}),
        ("complete", {"upid": upid, "ok": ok, "exitstatus": exitstatus}),
    ]


def error_frames(upid: str | None, message: str) -> list[Frame]:
    """``error`` then ``complete`` (not ok): how a stream that cannot go on ends."""
    return [
        ("error", {"upid": upid, "message": message}),
        ("complete", {"upid": upid, "ok": False, "exitstatus": message}),
    ]


class Journal:
    """Every task event of the cluster in order, numbered from 1; the newest ``size`` are kept.

    The engine calls :meth:`record` (under its lock) when a task starts, stops or is stopped;
    waiting streams are woken on the event loop.
    """

    def __init__(self, size: int = JOURNAL_SIZE) -> None:
        self.events: deque[tuple[int, str, dict[str, Any]]] = deque(maxlen=size)
        self.seq = 0
        self._progress: dict[str, int] = {}  # running task → frames of it recorded so far
        self._changed = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        """Attach the journal to the server's event ``loop`` (other threads wake it there)."""
        self._loop = loop
        self._changed = asyncio.Event()

    @property
    def changed(self) -> asyncio.Event:
        """Set at the next change; take it before looking at the state, then wait on it."""
        return self._changed

    def record(self, task: Task) -> None:
        """Append the frames of ``task`` not yet journaled and wake the streams waiting."""
        frames = task_frames(task)
        done = self._progress.pop(task.upid, 0)
        for event, data in frames[done:]:
            self.seq += 1
            self.events.append((self.seq, event, data))
        if task.status == "running":
            self._progress[task.upid] = len(frames)
        self.wake()

    def wake(self) -> None:
        """Set :attr:`changed` from any thread (nothing happens before :meth:`bind`)."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        loop.call_soon_threadsafe(self._swap)

    def _swap(self) -> None:
        old, self._changed = self._changed, asyncio.Event()
        old.set()

    def after(self, last: int) -> list[tuple[int, str, dict[str, Any]]] | None:
        """Events after id ``last``; ``None`` when some of them are no longer kept."""
        if not self.events:
            return [] if last >= self.seq - len(self.events) else None
        first = self.events[0][0]
        if last < first - 1:
            return None
        return [item for item in self.events if item[0] > last] if last < self.seq else []


def _visible(
    engine: Engine, caller: Caller, items: list[tuple[int, str, dict[str, Any]]]
) -> list[tuple[int, str, dict[str, Any]]]:
    """``items`` with the events of tasks ``caller`` may not see blanked (their ids still move
    the stream on, so ``Last-Event-ID`` resumes after them). Called under the engine's lock."""
    seen: dict[tuple[str, str], bool] = {}
    out: list[tuple[int, str, dict[str, Any]]] = []
    for seq, event, data in items:
        parts = str(data.get("upid") or "").split(":")
        if len(parts) >= 8:
            key = (parts[1], parts[7])  # node, user (user@realm or user@realm!tokenid)
            if key not in seen:
                seen[key] = may_see(engine, caller, *key)
            if not seen[key]:
                event = ""
        out.append((seq, event, data))
    return out


#: A frame id as this server writes them: ASCII digits, short enough to be a sequence number
#: (``str.isdigit`` alone would pass ``²`` and 5,000-digit numbers, which ``int`` refuses).
_FRAME_ID = re.compile(r"[0-9]{1,18}")


def last_event_id(request: Request[Any, Any, Any]) -> int:
    """The ``Last-Event-ID`` a reconnecting client sent; 0 (from the start) when none, or when
    it is not a frame id this server could have sent (not ASCII digits, or absurdly long)."""
    value = request.headers.get("last-event-id", "").strip()
    return int(value) if _FRAME_ID.fullmatch(value) else 0


def unknown_id(last: int, sent: int) -> str:
    """The error frame's message for a ``Last-Event-ID`` beyond the ``sent`` frames a stream
    has had: it never came from this stream (another server, or one that restarted)."""
    return (
        f"Last-Event-ID {last} is not an event of this stream (it has {sent} so far); "
        "start a new stream"
    )


def _credentials(request: Request[Any, Any, Any]) -> dict[str, str | None]:
    from .bodies import credentials

    return credentials({k.lower(): v for k, v in request.headers.items()})


def message(frame_id: int, event: str, data: dict[str, Any]) -> ServerSentEventMessage:
    """One frame: ``data`` as one line of JSON, with its ``event`` and ``id``."""
    return ServerSentEventMessage(data=json.dumps(data), event=event, id=frame_id)


def _stream(content: AsyncIterator[ServerSentEventMessage]) -> ServerSentEvent:
    headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    return ServerSentEvent(content, headers=headers)


def _refusal(reply: Reply) -> Response[bytes]:
    from .app import _reply

    return _reply(reply)


def event_routes(
    engine: Engine, journal: Journal, heartbeat: float = HEARTBEAT
) -> list[HTTPRouteHandler]:
    """The two stream handlers for ``engine``; the app starts :func:`ticker` beside them."""

    async def pause(changed: asyncio.Event) -> ServerSentEventMessage | None:
        try:
            await asyncio.wait_for(changed.wait(), heartbeat)
        except TimeoutError:
            return ServerSentEventMessage(comment="keep-alive", data=None)
        return None

    async def one_task(upid: str, last: int) -> AsyncIterator[ServerSentEventMessage]:
        sent = last
        while True:
            changed = journal.changed
            try:
                with engine.lock:
                    task = engine.state.tasks.get(upid)
                    frames = task_frames(task) if task is not None else None
            except Exception as exc:  # a stream ends with error + complete
                frames, task = None, None
                problem = f"internal error: {type(exc).__name__}: {exc}"
            else:
                problem = f"task {upid} is no longer in the task history"
                if frames is not None and sent > len(frames):
                    problem, frames = unknown_id(sent, len(frames)), None
            if frames is None:
                for offset, (event, data) in enumerate(error_frames(upid, problem), 1):
                    yield message(sent + offset, event, data)
                return
            for index in range(sent, len(frames)):
                event, data = frames[index]
                yield message(index + 1, event, data)
            sent = max(sent, len(frames))
            if task is not None and task.status != "running":
                return
            beat = await pause(changed)
            if beat is not None:
                yield beat

    async def cluster(last: int, caller: Caller) -> AsyncIterator[ServerSentEventMessage]:
        sent = last if last else journal.seq  # a new listener starts from now
        if sent > journal.seq:  # an id from before a restart, or from another server
            problem = unknown_id(sent, journal.seq)
            for offset, (event, data) in enumerate(error_frames(None, problem), 1):
                yield message(sent + offset, event, data)
            return
        while True:
            changed = journal.changed
            with engine.lock:
                items = journal.after(sent)
                if items:
                    items = _visible(engine, caller, items)
            if items is None:
                problem = f"events after id {sent} are no longer kept; start a new stream"
                for offset, (event, data) in enumerate(error_frames(None, problem), 1):
                    yield message(journal.seq + offset, event, data)
                return
            for seq, event, data in items:
                if event:
                    yield message(seq, event, data)
                sent = seq
            beat = await pause(changed)
            if beat is not None:
                yield beat

    @get("/pvesdk/tasks/{upid:str}/events")
    async def task_events(
        request: Request[Any, Any, Any], upid: Annotated[str, PathParameter()]
    ) -> ServerSentEvent | Response[bytes]:
        """One task's status changes and log lines, ending with its ``complete`` frame."""
        from urllib.parse import quote

        node = upid.split(":")[1] if upid.count(":") >= 2 else "-"
        path = f"/nodes/{quote(node, safe='')}/tasks/{quote(upid, safe='')}/status"
        reply = engine.handle("GET", path, {}, **_credentials(request))
        if reply.status != 200:
            return _refusal(reply)
        return _stream(one_task(upid, last_event_id(request)))

    @get("/pvesdk/events")
    async def cluster_events(request: Request[Any, Any, Any]) -> ServerSentEvent | Response[bytes]:
        """Every task event of the cluster from now (or after ``Last-Event-ID``) on."""
        credentials = _credentials(request)
        reply = engine.handle("GET", "/cluster/tasks", {}, **credentials)
        if reply.status != 200:
            return _refusal(reply)
        with engine.lock:
            caller = engine._authenticate("GET", **credentials)
        return _stream(cluster(last_event_id(request), caller))

    return [task_events, cluster_events]


async def ticker(engine: Engine, journal: Journal, after: Callable[[], None]) -> None:
    """Finish due tasks on time, so streams (and the state file) see them end without waiting
    for the next request; ``after`` runs after each look (it saves the state when needed)."""
    while True:
        await asyncio.sleep(TICK)
        with engine.lock:
            engine.advance()
        after()
