"""Client side of pvesdk-server's task event streams (Server-Sent Events), sync and async.

``client.events()`` and ``task.events()`` open ``/pvesdk/events`` or
``/pvesdk/tasks/{upid}/events`` with the client's own host, credentials and TLS trust, and yield
:class:`Event` objects. The stream is read through httpx and parsed by httpx-sse (the ``sse``
extra, ``pip install 'pvesdk[sse]'``); every read of a
chunk has its own timeout (``read_timeout``, an hour by default: long jobs are quiet, and the
server sends a heartbeat comment every 15 s anyway). A broken stream is reopened with
``Last-Event-ID`` so no event is lost or repeated; after ``reconnect`` failed attempts in a row
the error says where the stream broke off. ``on_event`` is called with each event before it is
yielded (a job runner can write progress into its own log there).

The event streams are a pvesdk-server feature; Proxmox VE itself has none (use
``task.follow()`` there).
"""

from __future__ import annotations

import json
import ssl
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any

from ._task_logic import backoff_delays
from .errors import (
    PveApiError,
    PveCertificateError,
    PveConnectionError,
    PveError,
    PveProtocolError,
    error_for_status,
)

if TYPE_CHECKING:
    import httpx

__all__ = ["Event", "EventSettings", "aiter_events", "async_login", "iter_events", "sync_login"]

#: Seconds one read of the stream may take before the stream counts as broken.
READ_TIMEOUT = 3600.0


class Event:
    """One frame of a task event stream.

    Attributes:
        event: ``status``, ``log``, ``complete`` or ``error``.
        id: The frame's id (what ``Last-Event-ID`` resumes after).
        data: The frame's JSON: always ``upid``; ``status``/``exitstatus`` (status), ``n``/``t``
            (log), ``ok``/``exitstatus`` (complete), ``message`` (error).
    """

    __slots__ = ("data", "event", "id")

    def __init__(self, event: str, id: str, data: dict[str, Any]) -> None:
        self.event = event
        self.id = id
        self.data = data

    @property
    def upid(self) -> str | None:
        """The task the event belongs to."""
        upid = self.data.get("upid")
        return upid if isinstance(upid, str) else None

    def __repr__(self) -> str:
        return f"Event({self.event!r}, id={self.id!r}, data={self.data!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Event):
            return NotImplemented
        return (self.event, self.id, self.data) == (other.event, other.id, other.data)

    __hash__ = None  # type: ignore[assignment]


class EventSettings:
    """Where and how to open a stream, taken from an https transport (no I/O)."""

    __slots__ = ("auth", "connect_timeout", "origin", "tls")

    def __init__(self, origin: str, auth: Any, tls: Any, connect_timeout: float | None) -> None:
        self.origin = origin
        self.auth = auth
        self.tls = tls
        self.connect_timeout = connect_timeout

    @classmethod
    def of(cls, transport: object) -> EventSettings:
        """The settings of the client's transport.

        Raises:
            PveError: the transport is not https (event streams need pvesdk-server over https).
        """
        origins = getattr(transport, "origins", None)
        tls = getattr(transport, "tls", None)
        if not origins or tls is None:
            raise PveError(
                f"event streams need the https transport to pvesdk-server, not {transport!r}; "
                "task.wait() and task.follow() work over every transport"
            )
        # The host that answered last (the https transport tries it first, and so does the stream).
        current = getattr(transport, "current", 0)
        connect = getattr(transport, "connect_timeout", 10.0)
        return cls(origins[current], getattr(transport, "auth", None), tls, connect)

    def headers(self, last_event_id: str | None) -> dict[str, str]:
        headers = {"Accept": "text/event-stream", "Cache-Control": "no-cache"}
        if self.auth is not None:
            headers.update(self.auth.headers("GET"))
        if last_event_id:
            headers["Last-Event-ID"] = last_event_id
        return headers

    def ssl_context(self) -> ssl.SSLContext:
        """TLS trust as the transport has it; a pinned fingerprint trusts exactly that
        certificate (checked before any credential is sent)."""
        pin: bytes | None = self.tls.pin
        if pin is None:
            context: ssl.SSLContext = self.tls.context()
            return context
        return _pinned_context(self.origin, pin)


def sync_login(client: Any) -> Callable[[], None] | None:
    """For ticket auth: a cheap call through the client that logs in (or renews the ticket)
    when needed, so the stream request carries a valid cookie."""
    from ._runtime import Returns
    from .auth import TicketAuth

    auth = getattr(client.transport, "auth", None)
    if not isinstance(auth, TicketAuth):
        return None

    def login() -> None:
        if auth.needs_login():
            client._call("GET", "/version", {}, Returns(None))

    return login


def async_login(client: Any) -> Callable[[], Any] | None:
    """The :func:`sync_login` of an :class:`~pvesdk.AsyncPveClient` (a coroutine function)."""
    from ._runtime import Returns
    from .auth import TicketAuth

    auth = getattr(client.transport, "auth", None)
    if not isinstance(auth, TicketAuth):
        return None

    async def login() -> None:
        if auth.needs_login():
            await client._call("GET", "/version", {}, Returns(None))

    return login


def _pinned_context(origin: str, pin: bytes) -> ssl.SSLContext:
    import hashlib
    from urllib.parse import urlsplit

    parts = urlsplit(origin)
    host, port = parts.hostname or "", parts.port or 8006
    try:
        pem = ssl.get_server_certificate((host, port), timeout=10)
    except OSError as exc:
        raise PveConnectionError(f"{origin}: cannot read the server certificate: {exc}") from None
    if hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).digest() != pin:
        raise PveCertificateError(f"{origin}: certificate does not match the pinned fingerprint")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN  # the pinned leaf is the anchor
    context.load_verify_locations(cadata=pem)
    return context


def _httpx_sse(*names: str) -> list[Any]:
    try:
        import httpx_sse
    except ImportError:
        raise ImportError("event streams need httpx-sse: pip install 'pvesdk[sse]'") from None
    return [getattr(httpx_sse, name) for name in names]


def _timeout(settings: EventSettings, read_timeout: float | None) -> httpx.Timeout:
    import httpx

    return httpx.Timeout(connect=settings.connect_timeout, read=read_timeout, write=30.0, pool=30.0)


def _refused(url: str, response: httpx.Response) -> PveApiError:
    reason = response.headers.get("x-pve-reason") or response.reason_phrase or "error"
    if response.status_code in (404, 501):
        reason += " (this server has no event streams: they are a pvesdk-server feature)"
    errors: dict[str, str] = {}
    try:
        payload = json.loads(response.content or b"null")
    except ValueError:
        payload = None
    if isinstance(payload, dict) and isinstance(payload.get("errors"), dict):
        errors = {str(k): str(v) for k, v in payload["errors"].items()}
    return error_for_status(response.status_code, reason, errors=errors, method="GET", path=url)


def _event(sse: Any) -> Event:
    try:
        data = json.loads(sse.data) if sse.data else {}
    except ValueError:
        raise PveProtocolError(f"event {sse.id!r}: data is not JSON: {sse.data[:80]!r}") from None
    if not isinstance(data, dict):
        raise PveProtocolError(f"event {sse.id!r}: data is not a JSON object")
    return Event(sse.event, sse.id, data)


class _Resume:
    """Reconnect bookkeeping, no I/O: the last id seen, failures in a row, when to give up."""

    def __init__(
        self,
        url: str,
        last_event_id: str | None,
        reconnect: int,
        ends: bool,
        on_event: Callable[[Event], None] | None = None,
    ) -> None:
        from urllib.parse import unquote

        self.url = unquote(url)  # named as people read it: the UPID unencoded
        self.last = last_event_id
        self.reconnect = reconnect
        self.ends = ends  # a task stream ends with `complete`; the cluster one after `error`
        self.broken_off = False  # the server sent `error`: the `complete` after it is the end
        self.failures = 0
        self.done = False
        self.delays = backoff_delays(0.5, 10.0)
        self.on_event = on_event

    def accept(self, sse: Any) -> Event | None:
        """The event of one received frame (recorded, ``on_event`` called), or ``None`` for a
        heartbeat comment (httpx-sse reports it as an empty frame)."""
        if not sse.data:
            return None
        event = _event(sse)
        self.seen(event)
        if self.on_event is not None:
            self.on_event(event)
        return event

    def closed(self) -> str:
        """Why a stream that ended without its last frame counts as broken."""
        return (
            "the server closed the stream before its end"
            if self.ends
            else ("the server closed the stream")
        )

    @staticmethod
    def failed(exc: BaseException) -> str:
        """A transport or SSE error, as the reconnect message names it."""
        return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__

    def seen(self, event: Event) -> None:
        self.last = event.id or self.last
        self.failures = 0
        self.delays = backoff_delays(0.5, 10.0)
        if event.event == "error":
            self.broken_off = True
        # A task's `complete` ends its stream; on the cluster stream (which carries every task's
        # `complete`) only the one after an `error`: resuming there would meet the same error.
        if event.event == "complete" and (self.ends or self.broken_off):
            self.done = True

    def broken(self, problem: str) -> float:
        """Seconds to wait before reconnecting.

        Raises:
            PveConnectionError: ``reconnect`` attempts in a row have failed.
        """
        self.failures += 1
        if self.failures > self.reconnect:
            where = f"after event id {self.last}" if self.last else "before the first event"
            raise PveConnectionError(
                f"event stream {self.url} broke off {where} and {self.reconnect} reconnect "
                f"attempts failed: {problem}"
            )
        return next(self.delays)


def iter_events(
    settings: EventSettings,
    path: str,
    *,
    ends: bool,
    last_event_id: str | None = None,
    read_timeout: float | None = READ_TIMEOUT,
    reconnect: int = 5,
    on_event: Callable[[Event], None] | None = None,
    login: Callable[[], None] | None = None,
) -> Iterator[Event]:
    """The events of ``path`` (below the origin) as they come; see the module docstring.

    Raises:
        PveApiError: the server refused the stream (credentials, unknown task).
        PveConnectionError: the stream broke and could not be reopened.
    """
    import time

    import httpx

    SSEError, connect_sse = _httpx_sse("SSEError", "connect_sse")

    url = settings.origin + path
    resume = _Resume(url, last_event_id, reconnect, ends, on_event)
    with httpx.Client(
        verify=settings.ssl_context(), timeout=_timeout(settings, read_timeout)
    ) as http:
        while not resume.done:
            if login is not None:
                login()
            try:
                with connect_sse(http, "GET", url, headers=settings.headers(resume.last)) as source:
                    if source.response.status_code != 200:
                        source.response.read()
                        raise _refused(path, source.response)
                    for sse in source.iter_sse():
                        event = resume.accept(sse)
                        if event is not None:
                            yield event
                        if resume.done:
                            return
                problem = resume.closed()
            except (httpx.TransportError, SSEError) as exc:
                problem = resume.failed(exc)
            time.sleep(resume.broken(problem))


async def aiter_events(
    settings: EventSettings,
    path: str,
    *,
    ends: bool,
    last_event_id: str | None = None,
    read_timeout: float | None = READ_TIMEOUT,
    reconnect: int = 5,
    on_event: Callable[[Event], None] | None = None,
    login: Callable[[], Any] | None = None,
) -> AsyncIterator[Event]:
    """The asynchronous twin of :func:`iter_events` (``login`` may be a coroutine function)."""
    import inspect

    import httpx

    from .transports._http.loops import sleep as loop_sleep

    SSEError, aconnect_sse = _httpx_sse("SSEError", "aconnect_sse")

    url = settings.origin + path
    resume = _Resume(url, last_event_id, reconnect, ends, on_event)
    async with httpx.AsyncClient(
        verify=settings.ssl_context(), timeout=_timeout(settings, read_timeout)
    ) as http:
        while not resume.done:
            if login is not None:
                pending = login()
                if inspect.isawaitable(pending):
                    await pending
            try:
                headers = settings.headers(resume.last)
                async with aconnect_sse(http, "GET", url, headers=headers) as source:
                    if source.response.status_code != 200:
                        await source.response.aread()
                        raise _refused(path, source.response)
                    async for sse in source.aiter_sse():
                        event = resume.accept(sse)
                        if event is not None:
                            yield event
                        if resume.done:
                            return
                problem = resume.closed()
            except (httpx.TransportError, SSEError) as exc:
                problem = resume.failed(exc)
            await loop_sleep(resume.broken(problem))  # asyncio's, or trio's under trio
