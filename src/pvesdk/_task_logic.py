"""What tasks decide, without I/O: the UPID's layout, exit statuses, poll delays, how far a log
has been read, what an event stream says, and when a wait is over.

:mod:`pvesdk.tasks` holds the sync and async twins (:class:`~pvesdk.tasks.Task`,
:class:`~pvesdk.tasks.AsyncTask`); every decision they share lives here, so each twin keeps
only its requests and its awaits. Nothing here sends a request or sleeps.

Facts carried over from Proxmox (``PVE::UPID`` in pve-common, ``PVE::API2::Tasks`` in
pve-manager): the UPID layout ``UPID:node:pid:pstart:starttime:type:id:user:`` with hex numbers;
a stopped task's ``exitstatus`` is ``OK``, ``WARNINGS: n`` (a success with warnings) or the error
text; the log API counts lines from 1, answers ``limit=0`` with every line from ``start`` on, and
answers an empty log with one line ``no content``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from .errors import PveApiError, PveConnectionError, PveError, PveTimeoutError

if TYPE_CHECKING:
    from ._sse import Event
    from .paging import Page
    from .progress import TaskBar

__all__ = [
    "LOG_PAGE",
    "TAIL_LINES",
    "LogCursor",
    "StreamReader",
    "TaskFailed",
    "TaskResult",
    "UpidFields",
    "WaitPlan",
    "backoff_delays",
    "is_error",
    "log_params",
    "parse_upid",
    "polls_instead",
    "warning_count",
]

# PVE::UPID::decode; pstart may take 9 hex digits (more than 497 days of uptime).
_UPID = re.compile(
    r"^UPID:(?P<node>[a-zA-Z0-9](?:[a-zA-Z0-9\-]*[a-zA-Z0-9])?):(?P<pid>[0-9A-Fa-f]{8}):"
    r"(?P<pstart>[0-9A-Fa-f]{8,9}):(?P<starttime>[0-9A-Fa-f]{8}):(?P<type>[^:\s/]+):"
    r"(?P<id>[^:\s/]*):(?P<user>[^:\s/]+):$"
)
# What an answer is read as (results are lenient: a node's clock or pid may not fit 8 digits).
UPID_LENIENT = re.compile(
    r"^UPID:(?P<node>[^:]+):(?P<pid>[0-9A-Fa-f]+):(?P<pstart>[0-9A-Fa-f]+):"
    r"(?P<starttime>[0-9A-Fa-f]+):(?P<type>[^:]*):(?P<id>[^:]*):(?P<user>[^:]*):"
)
_WARNINGS = re.compile(r"^WARNINGS: (\d+)$")

#: Lines of the log a :class:`TaskResult` and a :class:`TaskFailed` carry.
TAIL_LINES = 20
#: Lines asked for per log request while reading a log to its end.
LOG_PAGE = 500
#: Statuses with which a server says it has no event streams (Proxmox VE itself, the proxy).
NO_STREAMS = (404, 501)
#: Seconds one read of a task's event stream may take when the wait has no deadline.
STREAM_READ = 3600.0
#: Reconnects of a task's event stream in a row before falling back to polling.
STREAM_RECONNECT = 5


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
    pattern = _UPID if strict else UPID_LENIENT
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


class LogCursor:
    """Where reading a task log has got to.

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


def log_params(start: int, limit: int) -> dict[str, Any]:
    """The query of ``GET …/log``.

    Raises:
        ValueError: ``start`` or ``limit`` is not an integer >= 0.
    """
    if isinstance(start, bool) or not isinstance(start, int) or start < 0:
        raise ValueError(f"start must be an integer >= 0, got {start!r}")
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise ValueError(f"limit must be an integer >= 0 (0: every line), got {limit!r}")
    return {"start": start, "limit": limit}


class StreamReader:
    """What a task's event stream says: new log lines (by ``n``, so a line is never taken twice
    when polling takes over) and the exit status once ``complete`` came.

    An ``error`` frame says the *stream* could not go on (the server lost sight of the task, the
    proxy could not reach the cluster); the ``complete`` after it is the stream's end, not the
    task's verdict, so it sets no exit status and the caller polls the task instead.
    """

    __slots__ = ("broken", "cursor", "exitstatus")

    def __init__(self, cursor: LogCursor) -> None:
        self.cursor = cursor
        self.exitstatus: str | None = None
        self.broken = False

    def take(self, event: Event) -> list[str]:
        """The new log lines ``event`` carries (none for other events)."""
        data = event.data
        if event.event == "log":
            n, text = data.get("n"), data.get("t")
            if isinstance(n, int) and n > self.cursor.seen and isinstance(text, str):
                self.cursor.seen = n
                return [text]
        elif event.event == "error":
            self.broken = True
        elif event.event == "complete" and not self.broken:
            self.exitstatus = str(data.get("exitstatus") or "unexpected status")
        return []


def polls_instead(exc: BaseException, client: Any) -> bool:
    """Whether an error opening a task's event stream means "poll instead" (``True``) rather
    than an error for the caller; remembers on ``client`` when its server has no streams at all
    (Proxmox VE answers 501; not https; the ``sse`` extra missing), so later calls poll at once.
    """
    if isinstance(exc, PveApiError):
        if exc.status not in NO_STREAMS:
            return False  # credentials, permissions: the same answer polling would get
    elif isinstance(exc, PveConnectionError):
        return True  # unreachable for now: poll, and try the stream again next time
    elif not isinstance(exc, PveError | ImportError):
        return False
    import contextlib

    with contextlib.suppress(AttributeError):
        client._no_event_streams = True
    return True


def bar_for(node: str, type: str, id: str) -> TaskBar:
    """The progress bar of ``wait(progress=True)``.

    Raises:
        ImportError: tqdm (the ``progress`` extra) is not installed.
    """
    from .progress import TaskBar

    subject = f"{type} {id}".strip()
    return TaskBar(f"{subject} on {node}")


class WaitPlan:
    """One ``wait()``: its deadline on the monotonic clock, its poll delays, its progress bar,
    and how it ends (a :class:`TaskResult`, :class:`TaskFailed` or ``PveTimeoutError``).

    Raises:
        ValueError: the poll delays are nonsense (see :func:`backoff_delays`).
        ImportError: ``progress`` without tqdm.
    """

    def __init__(
        self,
        task: Any,
        timeout: float | None,
        interval: float,
        max_interval: float,
        progress: bool,
    ) -> None:
        self.upid: str = task.upid
        self.timeout = timeout
        self.deadline = None if timeout is None else time.monotonic() + timeout
        self.delays = backoff_delays(interval, max_interval)
        self.bar = bar_for(task.node, task.type, task.id) if progress else None
        self.cursor = LogCursor() if progress else None  # lines shown so far
        self.reader = StreamReader(self.cursor or LogCursor())

    def stream_options(self) -> tuple[float, int]:
        """(read timeout, reconnects) of the event stream: with a deadline, a read may take the
        time left and the stream is not reopened (polling takes over)."""
        if self.deadline is None:
            return STREAM_READ, STREAM_RECONNECT
        return min(max(self.deadline - time.monotonic(), 0.001), STREAM_READ), 0

    def timed_out(self) -> PveTimeoutError:
        """The error for a deadline that passed, naming the task (which keeps running)."""
        return PveTimeoutError(
            f"task {self.upid} still running after {self.timeout} s (it was left running)"
        )

    def check_deadline(self) -> None:
        """Raises:
        PveTimeoutError: the deadline has passed.
        """
        if self.deadline is not None and time.monotonic() >= self.deadline:
            raise self.timed_out() from None

    def take(self, event: Event) -> str | None:
        """Read one event of the stream: the task's exit status once it came, else ``None``.

        Raises:
            PveTimeoutError: the deadline passed first.
        """
        lines = self.reader.take(event)
        if self.bar is not None and lines:
            self.bar.lines(lines)
        if self.reader.exitstatus is not None:
            return self.reader.exitstatus
        self.check_deadline()
        return None

    def show(self, lines: list[str]) -> None:
        """Count polled log ``lines`` on the bar."""
        if self.bar is not None:
            self.bar.lines(lines)

    def next_delay(self) -> float:
        """Seconds to sleep before the next poll (never past the deadline).

        Raises:
            PveTimeoutError: the deadline has passed.
        """
        delay = next(self.delays)
        if self.deadline is None:
            return delay
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise self.timed_out()
        return min(delay, left)

    def ended(self, exitstatus: str, lines: list[str]) -> TaskResult:
        """The result of a task that stopped with ``exitstatus``, its log's last ``lines``.

        Raises:
            TaskFailed: the exit status is an error.
        """
        result = TaskResult(self.upid, exitstatus, lines[-TAIL_LINES:])
        if self.bar is not None:
            self.bar.close(result.exitstatus)
        if not result.ok:
            raise TaskFailed(result)
        return result


class FollowPlan:
    """One ``follow()``: the lines read so far (stream or polls) and the poll delays, which
    start again from ``interval`` whenever lines came."""

    def __init__(self, interval: float, max_interval: float) -> None:
        self.interval, self.max_interval = interval, max_interval
        self.delays = backoff_delays(interval, max_interval)
        self.cursor = LogCursor()
        self.reader = StreamReader(self.cursor)

    @property
    def streamed_to_the_end(self) -> bool:
        """Whether the stream said the task stopped (its lines are all read then)."""
        return self.reader.exitstatus is not None

    def next_delay(self, lines: list[str]) -> float:
        """Seconds to sleep after a poll that brought ``lines``."""
        if lines:
            self.delays = backoff_delays(self.interval, self.max_interval)
        return next(self.delays)
