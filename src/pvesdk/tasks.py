"""Tasks: the UPID a long Proxmox operation answers, as a first-class result.

Most Proxmox writes (``qmstart``, ``qmcreate``, ``vzdump``, …) answer a UPID and do their work in
a task. :class:`Task` (sync) and :class:`AsyncTask` are ``str`` subclasses, so code that treats
the UPID as a string keeps working, bound to the client that started them: ``status()``,
``log()``, ``follow()``, ``stop()`` and ``wait()`` ask the node that runs the task, over whatever
transport the client uses (https, ssh/pvesh, the in-process mock). ``client.task(upid)`` binds
a UPID that came from elsewhere.

The twins hold only their requests and awaits; what they decide (the UPID's layout, exit
statuses, poll delays, deadlines, what an event stream says) is in :mod:`pvesdk._task_logic`.
"""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Iterator
from contextlib import aclosing
from datetime import datetime
from typing import TYPE_CHECKING, Any, Self, TypeGuard, TypeVar

from ._runtime import AsyncCaller, Returns, SyncCaller, segment
from ._task_logic import (
    LOG_PAGE,
    STREAM_READ,
    STREAM_RECONNECT,
    TAIL_LINES,
    UPID_LENIENT,
    FollowPlan,
    LogCursor,
    TaskFailed,
    TaskResult,
    UpidFields,
    WaitPlan,
    backoff_delays,
    is_error,
    log_params,
    parse_upid,
    polls_instead,
    warning_count,
)
from .errors import PveConnectionError, PveProtocolError
from .paging import ENVELOPE, Envelope, Page

if TYPE_CHECKING:
    from ._sse import Event
    from .models import NodesTasksLogGetResultItem, NodesTasksStatusGetResult

__all__ = [
    "AsyncTask",
    "Task",
    "TaskFailed",
    "TaskResult",
    "UpidFields",
    "backoff_delays",
    "bind_async_task",
    "bind_async_task_or_none",
    "bind_async_task_or_text",
    "bind_task",
    "bind_task_or_none",
    "bind_task_or_text",
    "is_error",
    "parse_upid",
    "warning_count",
]

_T = TypeVar("_T", bound="_TaskBase")
_LogCursor = LogCursor  # the name tests and older code know


def _log_returns() -> Returns[list[NodesTasksLogGetResultItem]]:
    from .models import NodesTasksLogGetResultItem

    return Returns(list[NodesTasksLogGetResultItem], "GET /nodes/{node}/tasks/{upid}/log")


def _status_returns() -> Returns[NodesTasksStatusGetResult]:
    from .models import NodesTasksStatusGetResult

    return Returns(NodesTasksStatusGetResult, "GET /nodes/{node}/tasks/{upid}/status")


async def _sleep(seconds: float) -> None:
    # imported here: the sync client never pays for importing asyncio
    from .transports._http.loops import sleep

    await sleep(seconds)  # asyncio's, or trio's under trio


class _TaskBase(str):
    """What :class:`Task` and :class:`AsyncTask` share: the UPID's fields, no I/O."""

    node: str
    pid: int
    pstart: int
    starttime: datetime
    type: str
    id: str
    user: str

    def __new__(cls, upid: str, client: Any, *, strict: bool = True) -> Self:
        fields = parse_upid(upid, strict=strict)
        task = super().__new__(cls, upid)
        task.node, task.pid, task.pstart, task.starttime = fields[:4]
        task.type, task.id, task.user = fields[4:]
        task._client = client
        return task

    _client: Any

    @property
    def upid(self) -> str:
        """The UPID as a plain ``str``."""
        return str.__str__(self)

    @property
    def _path(self) -> str:
        return f"/nodes/{segment(self.node)}/tasks/{segment(self.upid)}"

    def __reduce__(self) -> tuple[Any, ...]:
        # Copies and pickles are the plain UPID: a client (connections, credentials) is not data.
        return (str, (self.upid,))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.upid!r})"


class Task(_TaskBase):
    """A task started through (or bound to) a :class:`~pvesdk.PveClient`; a ``str`` (the UPID).

    Attributes (from the UPID): ``node``, ``pid``, ``pstart``, ``starttime`` (aware UTC
    datetime), ``type`` (``qmstart``, ``vzdump``, …), ``id`` (often the VMID; may be empty) and
    ``user`` (``root@pam``, or ``user@realm!tokenid`` for an API token).

    Raises:
        ValueError: ``upid`` is not a UPID.
    """

    _client: SyncCaller

    def __new__(cls, upid: str, client: SyncCaller, *, strict: bool = True) -> Self:
        """A task bound to ``client``; ``strict=False`` accepts a malformed UPID for reading.

        Raises:
            ValueError: ``upid`` is not a UPID (with ``strict``).
        """
        return super().__new__(cls, upid, client, strict=strict)

    def status(self) -> NodesTasksStatusGetResult:
        """``GET /nodes/{node}/tasks/{upid}/status``: ``status`` is ``running`` or ``stopped``,
        ``exitstatus`` is set once stopped.

        Raises:
            PveApiError: e.g. the node does not know the task.
        """
        return self._client._call("GET", f"{self._path}/status", {}, _status_returns())

    def log(self, start: int = 0, limit: int = 50) -> Page[NodesTasksLogGetResultItem]:
        """``GET /nodes/{node}/tasks/{upid}/log``: lines ``start + 1`` … ``start + limit``, each
        with its number ``n`` (from 1) and text ``t``; ``limit=0`` means every line from ``start``.

        Returns:
            The lines as a :class:`~pvesdk.paging.Page`: ``total`` is the log's line count so
            far (``None`` over pvesh), so ``log(start=page.total)`` asks only for newer lines.

        Raises:
            PveApiError: e.g. the node does not know the task.
        """
        envelope = Envelope()
        token = ENVELOPE.set(envelope)
        try:
            lines = self._client._call("GET", f"{self._path}/log", log_params(start, limit),
                                       _log_returns())  # fmt: skip
        finally:
            ENVELOPE.reset(token)
        return Page.of(lines, envelope.extras)

    def stop(self) -> None:
        """``DELETE /nodes/{node}/tasks/{upid}``: stop the task (Proxmox sends it SIGTERM).

        Raises:
            PveApiError: e.g. the node does not know the task.
        """
        self._client._call("DELETE", self._path, {}, Returns(None))

    def _read_new(self, cursor: LogCursor) -> list[str]:
        lines: list[str] = []
        while True:
            page = self.log(start=cursor.seen, limit=LOG_PAGE)
            lines += cursor.take(page)
            if cursor.done(page):
                return lines

    def follow(
        self, *, interval: float = 1.0, max_interval: float = 5.0, sse: bool = True
    ) -> Iterator[str]:
        """The log's lines as they are written, until the task has stopped and its log is read.

        With ``sse`` (the default) and a pvesdk-server over https, the lines come from the
        task's event stream as they are written; otherwise (Proxmox VE itself has no streams,
        other transports, a stream that broke off) the log is polled: every ``interval`` seconds
        while lines come, backing off to ``max_interval`` while none do, asking only for lines
        after the last one read (``start``). No line is yielded twice.

        Raises:
            PveApiError, PveConnectionError: a status or log request failed.
        """
        plan = FollowPlan(interval, max_interval)
        stream = self._open_events(STREAM_READ, STREAM_RECONNECT) if sse else None
        if stream is not None:
            try:
                for event in stream:
                    yield from plan.reader.take(event)
                    if plan.streamed_to_the_end:
                        return
            except PveConnectionError:
                pass  # the stream broke for good: poll for the rest
        while True:
            stopped = self.status().status != "running"  # before the log: then the log is whole
            lines = self._read_new(plan.cursor)
            yield from lines
            if stopped:
                return
            time.sleep(plan.next_delay(lines))

    def events(
        self,
        *,
        last_event_id: str | None = None,
        read_timeout: float | None = 3600.0,
        reconnect: int = 5,
        on_event: Callable[[Event], None] | None = None,
    ) -> Iterator[Event]:
        """The task's status changes and log lines as pvesdk-server streams them
        (``/pvesdk/tasks/{upid}/events``), ending with the ``complete`` event.

        ``read_timeout`` bounds each read (seconds); a broken stream is reopened with
        ``Last-Event-ID`` up to ``reconnect`` times in a row; ``on_event(event)`` sees each event
        first. See :mod:`pvesdk._sse`.

        Raises:
            PveApiError: the server refused the stream (credentials, unknown task; 501 from a
                server without event streams, such as Proxmox VE itself).
            PveConnectionError: the stream broke and could not be reopened.
            PveError: the client's transport is not https.
        """
        from ._sse import EventSettings, iter_events, sync_login

        client: Any = self._client
        return iter_events(
            EventSettings.of(client.transport),
            f"/pvesdk/tasks/{segment(self.upid)}/events",
            ends=True,
            last_event_id=last_event_id,
            read_timeout=read_timeout,
            reconnect=reconnect,
            on_event=on_event,
            login=sync_login(client),
        )

    def _tail(self) -> list[str]:
        return self._read_new(LogCursor())[-TAIL_LINES:]

    def _open_events(self, read_timeout: float | None, reconnect: int) -> Iterator[Event] | None:
        """The task's event stream, opened (its first event read), or ``None`` when there is
        none to have: not https, no httpx-sse, or a server without streams (a real Proxmox VE
        answers 501; remembered, so later calls poll at once) or unreachable for them.

        Raises:
            PveApiError: the server refused the stream otherwise (credentials, permissions).
        """
        import itertools

        client: Any = self._client
        if getattr(client, "_no_event_streams", True):
            return None
        try:
            stream = self.events(read_timeout=read_timeout, reconnect=reconnect)
            first = next(stream)
        except StopIteration:
            return None
        except Exception as exc:
            if polls_instead(exc, client):
                return None
            raise
        return itertools.chain([first], stream)

    def wait(
        self,
        timeout: float | None = None,
        *,
        interval: float = 1.0,
        max_interval: float = 30.0,
        progress: bool = False,
        sse: bool = True,
    ) -> TaskResult:
        """Block until the task stops; its result, or :class:`TaskFailed`.

        With ``sse`` (the default) and a pvesdk-server over https, the end comes from the task's
        event stream the moment it happens. Otherwise (Proxmox VE itself has no streams, other
        transports, a stream that broke off) ``tasks/{upid}/status`` is polled after
        ``interval`` seconds, then twice as long each time up to ``max_interval`` (1 → 2 → 4 →
        8 → 16 → 30 s by default; the mock's fast tasks want a small ``interval``).
        ``timeout`` (seconds, on the monotonic clock) bounds the wait. ``progress=True`` draws a
        bar on stderr (log lines as they come, then the exit status; the ``progress`` extra,
        tqdm).

        Raises:
            TaskFailed: the task ended with an error (``exitstatus`` and ``log_tail`` on it).
            PveTimeoutError: still running after ``timeout`` seconds (the task is left running).
            PveApiError, PveConnectionError: a status or log request failed.
        """
        plan = WaitPlan(self, timeout, interval, max_interval, progress)
        exitstatus = self._wait_events(plan) if sse else None
        if exitstatus is not None:
            return plan.ended(exitstatus, self._tail())
        while True:
            status = self.status()
            if plan.cursor is not None:
                plan.show(self._read_new(plan.cursor))
            if status.status != "running":
                return plan.ended(status.exitstatus or "unexpected status", self._tail())
            time.sleep(plan.next_delay())

    def _wait_events(self, plan: WaitPlan) -> str | None:
        """The exit status as the event stream reports it; ``None``: poll instead.

        Raises:
            PveTimeoutError: the deadline passed first.
        """
        stream = self._open_events(*plan.stream_options())
        if stream is None:
            return None
        try:
            for event in stream:
                exitstatus = plan.take(event)
                if exitstatus is not None:
                    return exitstatus
        except PveConnectionError:
            plan.check_deadline()
        return None


class AsyncTask(_TaskBase):
    """The asynchronous twin of :class:`Task`, bound to an :class:`~pvesdk.AsyncPveClient`:
    the same fields; ``await`` each method, ``async for`` over :meth:`follow`.

    Raises:
        ValueError: ``upid`` is not a UPID.
    """

    _client: AsyncCaller

    def __new__(cls, upid: str, client: AsyncCaller, *, strict: bool = True) -> Self:
        """A task bound to ``client``; see :class:`Task`.

        Raises:
            ValueError: ``upid`` is not a UPID (with ``strict``).
        """
        return super().__new__(cls, upid, client, strict=strict)

    async def status(self) -> NodesTasksStatusGetResult:
        """See :meth:`Task.status`."""
        return await self._client._call("GET", f"{self._path}/status", {}, _status_returns())

    async def log(self, start: int = 0, limit: int = 50) -> Page[NodesTasksLogGetResultItem]:
        """See :meth:`Task.log`."""
        envelope = Envelope()
        token = ENVELOPE.set(envelope)
        try:
            lines = await self._client._call("GET", f"{self._path}/log",
                                             log_params(start, limit), _log_returns())  # fmt: skip
        finally:
            ENVELOPE.reset(token)
        return Page.of(lines, envelope.extras)

    async def stop(self) -> None:
        """See :meth:`Task.stop`."""
        await self._client._call("DELETE", self._path, {}, Returns(None))

    async def _read_new(self, cursor: LogCursor) -> list[str]:
        lines: list[str] = []
        while True:
            page = await self.log(start=cursor.seen, limit=LOG_PAGE)
            lines += cursor.take(page)
            if cursor.done(page):
                return lines

    async def follow(
        self, *, interval: float = 1.0, max_interval: float = 5.0, sse: bool = True
    ) -> AsyncIterator[str]:
        """See :meth:`Task.follow`."""
        plan = FollowPlan(interval, max_interval)
        stream = await self._open_events(STREAM_READ, STREAM_RECONNECT) if sse else None
        if stream is not None:
            try:
                async with aclosing(stream):  # closed now, not when collected (trio warns then)
                    async for event in stream:
                        for line in plan.reader.take(event):
                            yield line
                        if plan.streamed_to_the_end:
                            return
            except PveConnectionError:
                pass  # the stream broke for good: poll for the rest
        while True:
            stopped = (await self.status()).status != "running"
            lines = await self._read_new(plan.cursor)
            for line in lines:
                yield line
            if stopped:
                return
            await _sleep(plan.next_delay(lines))

    def events(
        self,
        *,
        last_event_id: str | None = None,
        read_timeout: float | None = 3600.0,
        reconnect: int = 5,
        on_event: Callable[[Event], None] | None = None,
    ) -> AsyncIterator[Event]:
        """See :meth:`Task.events`; ``async for event in task.events()``."""
        from ._sse import EventSettings, aiter_events, async_login

        client: Any = self._client
        return aiter_events(
            EventSettings.of(client.transport),
            f"/pvesdk/tasks/{segment(self.upid)}/events",
            ends=True,
            last_event_id=last_event_id,
            read_timeout=read_timeout,
            reconnect=reconnect,
            on_event=on_event,
            login=async_login(client),
        )

    async def _tail(self) -> list[str]:
        return (await self._read_new(LogCursor()))[-TAIL_LINES:]

    async def _open_events(
        self, read_timeout: float | None, reconnect: int
    ) -> AsyncGenerator[Event, None] | None:
        """See :meth:`Task._open_events`."""
        client: Any = self._client
        if getattr(client, "_no_event_streams", True):
            return None
        try:
            stream: Any = self.events(read_timeout=read_timeout, reconnect=reconnect)
            first = await anext(stream)
        except StopAsyncIteration:
            return None
        except Exception as exc:
            if polls_instead(exc, client):
                return None
            raise

        async def chained() -> AsyncGenerator[Event, None]:
            async with aclosing(stream):
                yield first
                async for event in stream:
                    yield event

        return chained()

    async def _wait_events(self, plan: WaitPlan) -> str | None:
        """See :meth:`Task._wait_events`."""
        stream = await self._open_events(*plan.stream_options())
        if stream is None:
            return None
        try:
            async with aclosing(stream):  # closed now, not when collected (trio warns then)
                async for event in stream:
                    exitstatus = plan.take(event)
                    if exitstatus is not None:
                        return exitstatus
        except PveConnectionError:
            plan.check_deadline()
        return None

    async def wait(
        self,
        timeout: float | None = None,
        *,
        interval: float = 1.0,
        max_interval: float = 30.0,
        progress: bool = False,
        sse: bool = True,
    ) -> TaskResult:
        """See :meth:`Task.wait`.

        Raises:
            TaskFailed: the task ended with an error (``exitstatus`` and ``log_tail`` on it).
            PveTimeoutError: still running after ``timeout`` seconds (the task is left running).
            PveApiError, PveConnectionError: a status or log request failed.
        """
        plan = WaitPlan(self, timeout, interval, max_interval, progress)
        exitstatus = await self._wait_events(plan) if sse else None
        if exitstatus is not None:
            return plan.ended(exitstatus, await self._tail())
        while True:
            status = await self.status()
            if plan.cursor is not None:
                plan.show(await self._read_new(plan.cursor))
            if status.status != "running":
                return plan.ended(status.exitstatus or "unexpected status", await self._tail())
            await _sleep(plan.next_delay())


def _is_upid(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and UPID_LENIENT.match(value) is not None


def _bound(cls: type[_T], value: object, client: Any) -> _T:
    if not _is_upid(value):
        raise PveProtocolError(f"expected a task UPID in the answer, got {value!r:.120}")
    return cls(value, client, strict=False)


def bind_task(value: str, client: SyncCaller) -> Task:
    """What generated operations that answer a UPID return: the :class:`Task`.

    Raises:
        PveProtocolError: the answer is not a UPID.
    """
    return _bound(Task, value, client)


def bind_task_or_none(value: str | None, client: SyncCaller) -> Task | None:
    """:func:`bind_task` for operations whose UPID may be null (nothing to do)."""
    return None if value is None else _bound(Task, value, client)


def bind_task_or_text(value: str, client: SyncCaller) -> Task | str:
    """:func:`bind_task` for operations that answer a plain string when there is no work to do
    (``vzdump`` answers ``"OK"`` when none of the selected guests is on the node, Proxmox's
    ``PVE::API2::VZDump``): a UPID becomes a :class:`Task`, any other string stays as it is."""
    return _bound(Task, value, client) if _is_upid(value) else value


def bind_async_task(value: str, client: AsyncCaller) -> AsyncTask:
    """The :class:`AsyncTask` twin of :func:`bind_task`."""
    return _bound(AsyncTask, value, client)


def bind_async_task_or_none(value: str | None, client: AsyncCaller) -> AsyncTask | None:
    """The :class:`AsyncTask` twin of :func:`bind_task_or_none`."""
    return None if value is None else _bound(AsyncTask, value, client)


def bind_async_task_or_text(value: str, client: AsyncCaller) -> AsyncTask | str:
    """The :class:`AsyncTask` twin of :func:`bind_task_or_text`."""
    return _bound(AsyncTask, value, client) if _is_upid(value) else value
