"""Tasks: the UPID a long Proxmox operation answers, as a first-class result.

Most Proxmox writes (``qmstart``, ``qmcreate``, ``vzdump``, …) answer a UPID and do their work in
a task. :class:`Task` (sync) and :class:`AsyncTask` are ``str`` subclasses, so code that treats
the UPID as a string keeps working, bound to the client that started them: ``status()``,
``log()``, ``follow()``, ``stop()`` and ``wait()`` ask the node that runs the task, over whatever
transport the client uses (https, ssh/pvesh, the in-process mock). ``client.task(upid)`` binds
a UPID that came from elsewhere.

Facts carried over from Proxmox (``PVE::UPID`` in pve-common, ``PVE::API2::Tasks`` in
pve-manager): the UPID layout ``UPID:node:pid:pstart:starttime:type:id:user:`` with hex numbers;
a stopped task's ``exitstatus`` is ``OK``, ``WARNINGS: n`` (a success with warnings) or the error
text; the log API counts lines from 1, answers ``limit=0`` with every line from ``start`` on, and
answers an empty log with one line ``no content``.
"""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NamedTuple, Self, TypeGuard, TypeVar

from ._runtime import AsyncCaller, Returns, SyncCaller, segment
from .errors import PveError, PveProtocolError, PveTimeoutError
from .paging import ENVELOPE, Envelope, Page

if TYPE_CHECKING:
    from ._sse import Event
    from .models import NodesTasksLogGetResultItem, NodesTasksStatusGetResult
    from .progress import TaskBar

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
    "parse_upid",
]

# PVE::UPID::decode; pstart may take 9 hex digits (more than 497 days of uptime).
_UPID = re.compile(
    r"^UPID:(?P<node>[a-zA-Z0-9](?:[a-zA-Z0-9\-]*[a-zA-Z0-9])?):(?P<pid>[0-9A-Fa-f]{8}):"
    r"(?P<pstart>[0-9A-Fa-f]{8,9}):(?P<starttime>[0-9A-Fa-f]{8}):(?P<type>[^:\s/]+):"
    r"(?P<id>[^:\s/]*):(?P<user>[^:\s/]+):$"
)
# What an answer is read as (results are lenient: a node's clock or pid may not fit 8 digits).
_UPID_LENIENT = re.compile(
    r"^UPID:(?P<node>[^:]+):(?P<pid>[0-9A-Fa-f]+):(?P<pstart>[0-9A-Fa-f]+):"
    r"(?P<starttime>[0-9A-Fa-f]+):(?P<type>[^:]*):(?P<id>[^:]*):(?P<user>[^:]*):"
)
_WARNINGS = re.compile(r"^WARNINGS: (\d+)$")

_T = TypeVar("_T", bound="_TaskBase")

#: Lines of the log a :class:`TaskResult` and a :class:`TaskFailed` carry.
TAIL_LINES = 20
#: Lines asked for per log request while reading a log to its end.
LOG_PAGE = 500


class UpidFields(NamedTuple):
    """The fields of a UPID (``PVE::UPID::decode``)."""

    node: str
    pid: int
    pstart: int
    starttime: datetime
    type: str
    id: str
    user: str


def parse_upid(upid: str, *, strict: bool = True) -> UpidFields:
    """The fields of ``upid``; ``starttime`` is an aware UTC datetime.

    ``strict`` checks the layout as Proxmox does (``PVE::UPID::decode``); otherwise any
    ``UPID:node:pid:pstart:starttime:type:id:user:`` with hex numbers is read.

    Raises:
        ValueError: ``upid`` is not a UPID (Proxmox's message: ``unable to parse worker upid``).
    """
    pattern = _UPID if strict else _UPID_LENIENT
    match = pattern.match(upid) if isinstance(upid, str) else None
    if match is None:
        raise ValueError(f"unable to parse worker upid {upid!r}")
    return UpidFields(
        node=match["node"],
        pid=int(match["pid"], 16),
        pstart=int(match["pstart"], 16),
        starttime=datetime.fromtimestamp(int(match["starttime"], 16), UTC),
        type=match["type"],
        id=match["id"],
        user=match["user"],
    )


def is_error(exitstatus: str) -> bool:
    """Whether a stopped task failed (``PVE::UPID::status_is_error``): anything but ``OK`` and
    ``WARNINGS: n``, including ``unexpected status`` (the log ended without a verdict)."""
    return not (exitstatus == "OK" or _WARNINGS.match(exitstatus) is not None)


def warning_count(exitstatus: str) -> int:
    """``n`` of ``WARNINGS: n``; 0 for any other exit status."""
    match = _WARNINGS.match(exitstatus)
    return int(match.group(1)) if match else 0


def backoff_delays(
    interval: float = 1.0, max_interval: float = 30.0, factor: float = 2.0
) -> Iterator[float]:
    """Seconds to sleep between polls: ``interval``, times ``factor`` each time, capped at
    ``max_interval`` (1 → 2 → 4 → 8 → 16 → 30 → 30 … with the defaults).

    Raises:
        ValueError: ``interval`` is not positive, ``max_interval`` is below it, or ``factor`` < 1.
    """
    if not interval > 0:
        raise ValueError(f"interval must be > 0 seconds, got {interval!r}")
    if not max_interval >= interval:
        raise ValueError(f"max_interval ({max_interval!r}) must be >= interval ({interval!r})")
    if not factor >= 1:
        raise ValueError(f"factor must be >= 1, got {factor!r}")

    def delays() -> Iterator[float]:
        delay = interval
        while True:
            yield delay
            delay = min(delay * factor, max_interval)

    return delays()


class TaskResult:
    """How a task ended.

    Attributes:
        upid: The task's UPID.
        ok: ``True`` for ``OK`` and ``WARNINGS: n``.
        exitstatus: Proxmox's exit status: ``OK``, ``WARNINGS: 2`` or the error text.
        warnings: ``n`` of ``WARNINGS: n``, else 0.
        log_tail: The last lines of the task log (up to 20), ``TASK OK`` / ``TASK ERROR: …`` last.
    """

    __slots__ = ("exitstatus", "log_tail", "ok", "upid", "warnings")

    def __init__(self, upid: str, exitstatus: str, log_tail: list[str]) -> None:
        self.upid = upid
        self.exitstatus = exitstatus
        self.ok = not is_error(exitstatus)
        self.warnings = warning_count(exitstatus)
        self.log_tail = log_tail

    def __repr__(self) -> str:
        return f"TaskResult(upid={self.upid!r}, ok={self.ok}, exitstatus={self.exitstatus!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TaskResult):
            return NotImplemented
        return (self.upid, self.exitstatus, self.log_tail) == (
            other.upid, other.exitstatus, other.log_tail,
        )  # fmt: skip

    __hash__ = None  # type: ignore[assignment]


class TaskFailed(PveError):
    """A task ended with an error exit status (anything but ``OK`` and ``WARNINGS: n``).

    Attributes:
        upid: The task's UPID.
        exitstatus: Proxmox's error text, e.g. ``VM 100 already running``.
        log_tail: The last lines of the task log (up to 20).
        result: The :class:`TaskResult` (``ok`` is ``False``).
    """

    def __init__(self, result: TaskResult) -> None:
        self.result = result
        self.upid = result.upid
        self.exitstatus = result.exitstatus
        self.log_tail = result.log_tail
        super().__init__(f"task {result.upid} failed: {result.exitstatus}")


class _LogCursor:
    """Where reading a task log has got to, without I/O.

    Proxmox answers a log that is still empty with one made-up line ``{"n": 1, "t": "no
    content"}``; taking it for a real line would skip the real first line later, so it does not
    move the cursor.
    """

    __slots__ = ("seen",)

    def __init__(self) -> None:
        self.seen = 0  # lines read so far; the next request starts here

    def take(self, page: list[Any]) -> list[str]:
        """The new lines of one page (items with ``n`` and ``t``) asked from :attr:`seen` on."""
        if len(page) == 1 and page[0].n == 1 and page[0].t == "no content" and self.seen == 0:
            return []
        fresh = [line for line in page if line.n > self.seen]
        if fresh:
            self.seen = max(line.n for line in fresh)
        return [line.t for line in fresh]

    def done(self, page: Page[Any]) -> bool:
        """Whether the log has been read to its end after ``page``: a short page, or the
        ``total`` Proxmox sent beside it has been reached."""
        if len(page) < LOG_PAGE:
            return True
        return page.total is not None and self.seen >= page.total


def _log_returns() -> Returns[list[NodesTasksLogGetResultItem]]:
    from .models import NodesTasksLogGetResultItem

    return Returns(list[NodesTasksLogGetResultItem], "GET /nodes/{node}/tasks/{upid}/log")


def _log_params(start: int, limit: int) -> dict[str, Any]:
    if isinstance(start, bool) or not isinstance(start, int) or start < 0:
        raise ValueError(f"start must be an integer >= 0, got {start!r}")
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise ValueError(f"limit must be an integer >= 0 (0: every line), got {limit!r}")
    return {"start": start, "limit": limit}


def _status_returns() -> Returns[NodesTasksStatusGetResult]:
    from .models import NodesTasksStatusGetResult

    return Returns(NodesTasksStatusGetResult, "GET /nodes/{node}/tasks/{upid}/status")


#: Statuses with which a server says it has no event streams (Proxmox VE itself, the proxy).
_NO_STREAMS = (404, 501)


def _streams_unavailable(client: Any) -> None:
    """Remember that ``client``'s server has no event streams: later calls poll at once."""
    import contextlib

    with contextlib.suppress(AttributeError):
        client._no_event_streams = True


class _StreamReader:
    """What a task's event stream says, without I/O: new log lines (by ``n``, so a line is
    never taken twice when polling takes over) and the exit status once ``complete`` came."""

    __slots__ = ("cursor", "exitstatus")

    def __init__(self, cursor: _LogCursor) -> None:
        self.cursor = cursor
        self.exitstatus: str | None = None

    def take(self, event: Event) -> list[str]:
        data = event.data
        if event.event == "log":
            n, text = data.get("n"), data.get("t")
            if isinstance(n, int) and n > self.cursor.seen and isinstance(text, str):
                self.cursor.seen = n
                return [text]
        elif event.event == "complete":
            self.exitstatus = str(data.get("exitstatus") or "unexpected status")
        return []


def _bar(task: _TaskBase) -> TaskBar:
    from .progress import TaskBar

    subject = f"{task.type} {task.id}".strip()
    return TaskBar(f"{subject} on {task.node}")


async def _sleep(seconds: float) -> None:
    import asyncio  # here: the sync client never pays for importing asyncio

    await asyncio.sleep(seconds)


def _timeout_error(upid: str, timeout: float | None) -> PveTimeoutError:
    return PveTimeoutError(f"task {upid} still running after {timeout} s (it was left running)")


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
            lines = self._client._call("GET", f"{self._path}/log", _log_params(start, limit),
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

    def _read_new(self, cursor: _LogCursor) -> list[str]:
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
        from .errors import PveConnectionError

        cursor = _LogCursor()
        stream = self._open_events(3600.0, 5) if sse else None
        if stream is not None:
            reader = _StreamReader(cursor)
            try:
                for event in stream:
                    yield from reader.take(event)
                    if reader.exitstatus is not None:
                        return
            except PveConnectionError:
                pass  # the stream broke for good: poll for the rest
        delays = backoff_delays(interval, max_interval)
        while True:
            stopped = self.status().status != "running"  # before the log: then the log is whole
            lines = self._read_new(cursor)
            yield from lines
            if stopped:
                return
            if lines:
                delays = backoff_delays(interval, max_interval)
            time.sleep(next(delays))

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

    def _result(self, exitstatus: str) -> TaskResult:
        cursor = _LogCursor()
        tail = self._read_new(cursor)[-TAIL_LINES:]
        return TaskResult(self.upid, exitstatus, tail)

    def _open_events(self, read_timeout: float | None, reconnect: int) -> Iterator[Event] | None:
        """The task's event stream, opened (its first event read), or ``None`` when there is
        none to have: not https, no httpx-sse, or a server without streams (a real Proxmox VE
        answers 501; remembered, so later calls poll at once) or unreachable for them.

        Raises:
            PveApiError: the server refused the stream otherwise (credentials, permissions).
        """
        import itertools

        from .errors import PveApiError, PveConnectionError

        client: Any = self._client
        if getattr(client, "_no_event_streams", True):
            return None
        try:
            stream = self.events(read_timeout=read_timeout, reconnect=reconnect)
            first = next(stream)
        except PveApiError as exc:
            if exc.status not in _NO_STREAMS:
                raise
            _streams_unavailable(client)
            return None
        except PveConnectionError:
            return None
        except (PveError, ImportError):
            _streams_unavailable(client)  # not https, or the `sse` extra is not installed
            return None
        except StopIteration:
            return None
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
        deadline = None if timeout is None else time.monotonic() + timeout
        bar, cursor = (_bar(self), _LogCursor()) if progress else (None, None)
        exitstatus = self._wait_events(deadline, timeout, bar, cursor) if sse else None
        if exitstatus is not None:
            return self._ended(exitstatus, bar)
        delays = backoff_delays(interval, max_interval)
        while True:
            status = self.status()
            if bar is not None and cursor is not None:
                bar.lines(self._read_new(cursor))
            if status.status != "running":
                return self._ended(status.exitstatus or "unexpected status", bar)
            delay = next(delays)
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise _timeout_error(self.upid, timeout)
                delay = min(delay, left)
            time.sleep(delay)

    def _ended(self, exitstatus: str, bar: TaskBar | None) -> TaskResult:
        result = self._result(exitstatus)
        if bar is not None:
            bar.close(result.exitstatus)
        if not result.ok:
            raise TaskFailed(result)
        return result

    def _wait_events(
        self,
        deadline: float | None,
        timeout: float | None,
        bar: TaskBar | None,
        cursor: _LogCursor | None,
    ) -> str | None:
        """The exit status as the event stream reports it; ``None``: poll instead.

        Raises:
            PveTimeoutError: the deadline passed first.
        """
        from .errors import PveConnectionError

        left = None if deadline is None else max(deadline - time.monotonic(), 0.001)
        # With a deadline the stream's read timeout is the time left, and it is not reopened.
        stream = self._open_events(3600.0 if left is None else min(left, 3600.0),
                                   5 if left is None else 0)  # fmt: skip
        if stream is None:
            return None
        reader = _StreamReader(cursor or _LogCursor())
        try:
            for event in stream:
                lines = reader.take(event)
                if bar is not None and lines:
                    bar.lines(lines)
                if reader.exitstatus is not None:
                    return reader.exitstatus
                if deadline is not None and time.monotonic() >= deadline:
                    raise _timeout_error(self.upid, timeout)
        except PveConnectionError:
            if deadline is not None and time.monotonic() >= deadline:
                raise _timeout_error(self.upid, timeout) from None
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
                                             _log_params(start, limit), _log_returns())  # fmt: skip
        finally:
            ENVELOPE.reset(token)
        return Page.of(lines, envelope.extras)

    async def stop(self) -> None:
        """See :meth:`Task.stop`."""
        await self._client._call("DELETE", self._path, {}, Returns(None))

    async def _read_new(self, cursor: _LogCursor) -> list[str]:
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
        from .errors import PveConnectionError

        cursor = _LogCursor()
        stream = await self._open_events(3600.0, 5) if sse else None
        if stream is not None:
            reader = _StreamReader(cursor)
            try:
                async for event in stream:
                    for line in reader.take(event):
                        yield line
                    if reader.exitstatus is not None:
                        return
            except PveConnectionError:
                pass  # the stream broke for good: poll for the rest
        delays = backoff_delays(interval, max_interval)
        while True:
            stopped = (await self.status()).status != "running"
            lines = await self._read_new(cursor)
            for line in lines:
                yield line
            if stopped:
                return
            if lines:
                delays = backoff_delays(interval, max_interval)
            await _sleep(next(delays))

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

    async def _result(self, exitstatus: str) -> TaskResult:
        tail = (await self._read_new(_LogCursor()))[-TAIL_LINES:]
        return TaskResult(self.upid, exitstatus, tail)

    async def _open_events(
        self, read_timeout: float | None, reconnect: int
    ) -> AsyncIterator[Event] | None:
        """See :meth:`Task._open_events`."""
        from .errors import PveApiError, PveConnectionError

        client: Any = self._client
        if getattr(client, "_no_event_streams", True):
            return None
        try:
            stream = self.events(read_timeout=read_timeout, reconnect=reconnect)
            first = await anext(stream)
        except PveApiError as exc:
            if exc.status not in _NO_STREAMS:
                raise
            _streams_unavailable(client)
            return None
        except PveConnectionError:
            return None
        except (PveError, ImportError):
            _streams_unavailable(client)
            return None
        except StopAsyncIteration:
            return None

        async def chained() -> AsyncIterator[Event]:
            yield first
            async for event in stream:
                yield event

        return chained()

    async def _ended(self, exitstatus: str, bar: TaskBar | None) -> TaskResult:
        result = await self._result(exitstatus)
        if bar is not None:
            bar.close(result.exitstatus)
        if not result.ok:
            raise TaskFailed(result)
        return result

    async def _wait_events(
        self,
        deadline: float | None,
        timeout: float | None,
        bar: TaskBar | None,
        cursor: _LogCursor | None,
    ) -> str | None:
        """See :meth:`Task._wait_events`."""
        from .errors import PveConnectionError

        left = None if deadline is None else max(deadline - time.monotonic(), 0.001)
        stream = await self._open_events(3600.0 if left is None else min(left, 3600.0),
                                         5 if left is None else 0)  # fmt: skip
        if stream is None:
            return None
        reader = _StreamReader(cursor or _LogCursor())
        try:
            async for event in stream:
                lines = reader.take(event)
                if bar is not None and lines:
                    bar.lines(lines)
                if reader.exitstatus is not None:
                    return reader.exitstatus
                if deadline is not None and time.monotonic() >= deadline:
                    raise _timeout_error(self.upid, timeout)
        except PveConnectionError:
            if deadline is not None and time.monotonic() >= deadline:
                raise _timeout_error(self.upid, timeout) from None
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
        deadline = None if timeout is None else time.monotonic() + timeout
        bar, cursor = (_bar(self), _LogCursor()) if progress else (None, None)
        exitstatus = await self._wait_events(deadline, timeout, bar, cursor) if sse else None
        if exitstatus is not None:
            return await self._ended(exitstatus, bar)
        delays = backoff_delays(interval, max_interval)
        while True:
            status = await self.status()
            if bar is not None and cursor is not None:
                bar.lines(await self._read_new(cursor))
            if status.status != "running":
                return await self._ended(status.exitstatus or "unexpected status", bar)
            delay = next(delays)
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise _timeout_error(self.upid, timeout)
                delay = min(delay, left)
            await _sleep(delay)


def _is_upid(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and _UPID_LENIENT.match(value) is not None


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
