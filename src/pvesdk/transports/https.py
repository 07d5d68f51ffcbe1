"""The https transport: auth (token or ticket with renewal, TFA, CSRF), TLS trust (verify, CA
file or pinned fingerprint), a whole-call deadline, retries of idempotent GETs, and failover
across the hosts of one cluster. The bytes move through a backend (:mod:`._http`, httpcore).

Every decision lives in one I/O-free object, :class:`HttpsCore`: its :meth:`HttpsCore.flow`
is a generator that yields what to do next (send this :class:`~._http.Call`, sleep this long,
take or release the login lock) and is sent the outcome. :class:`HttpsTransport` and
:class:`AsyncHttpsTransport` only drive it, one with plain calls, one with ``await``.

Retry and failover rules:

* A request that surely never left this machine (refused, unresolvable, TLS failure, a pooled
  connection found dead before a byte was written) moves on to the next host, whatever its
  method. The backend knows for certain: it records whether any request byte was written.
* A GET is retried on connection errors and on 502/503/504, with exponential backoff, trying the
  other hosts first; POST/PUT/DELETE are never sent twice once a byte of them was written.
* 4xx, 500 (Proxmox's runtime errors), 501 and 595/596 (the node a request was forwarded to is
  unreachable: another entry host would forward to the same node) are answers, not outages:
  they are returned as they are.
* ``timeout`` is a deadline for the whole call: login, every attempt, backoff, connect, write,
  wait and read together. ``connect_timeout`` bounds each connection attempt on its own.
* The host that answered is remembered and tried first next time.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import sys
import time
import warnings
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, Protocol, TypeVar
from urllib.parse import urlencode, urlsplit

from .._log import debug
from ..auth import Auth, Secret, TicketAuth, check_header, login_answer
from ..errors import (
    AuthenticationError,
    PveCertificateError,
    PveConnectionError,
    PveTimeoutError,
)
from ..transport import AsyncBaseTransport, BaseTransport, Request, Response, decode_response
from ._http import (
    AsyncBackend,
    AsyncCoreBackend,
    AsyncHttpxBackend,
    Backend,
    BackendError,
    Call,
    CoreBackend,
    HttpxBackend,
    RawResponse,
    TlsOptions,
)
from ._http.loops import PerLoop, new_lock
from ._http.loops import sleep as loop_sleep

if TYPE_CHECKING:
    from ..upload import MultipartFile

__all__ = ["AsyncHttpsTransport", "Exchange", "HttpsCore", "HttpsTransport", "origin"]

_BackendT = TypeVar("_BackendT")

_BODY_METHODS = frozenset({"POST", "PUT"})
_RETRY_STATUSES = frozenset({502, 503, 504})
_TICKET = "/access/ticket"
_HOSTNAME = re.compile(r"[A-Za-z0-9._-]+|\[[0-9A-Fa-f:.]+(%[A-Za-z0-9_.-]+)?\]")


def origin(host: str, port: int = 8006) -> str:
    """``https://host:port`` from a host name, an IP (v4 or v6), ``host:port``, ``[v6]:port``
    or a URL, as proxmoxer reads them (a port in ``host`` wins over ``port``).

    Raises:
        ValueError: the host is empty, has a non-numeric port, credentials (``user:pw@``; the
            message does not repeat the host then), or characters no host has.
    """
    if "@" in host:
        # user:password@host: pvesdk would keep it in its origin, so in reprs, errors and logs.
        raise ValueError(
            "host must not hold credentials (user@ or user:password@); pass user= and "
            "password= or token_name=/token_value="
        )
    if "://" in host:
        parts = urlsplit(host)
        if parts.scheme != "https" or not parts.hostname:
            raise ValueError(f"host URL must be https://HOST[:PORT], got {host!r}")
        try:
            url_port = parts.port
        except ValueError:
            raise ValueError(f"host URL has an invalid port: {host!r}") from None
        netloc = parts.netloc if url_port is not None else f"{parts.netloc}:{port}"
        return f"https://{netloc}{parts.path.rstrip('/')}"
    name, host_port = host.strip(), ""
    if name.count(":") > 1:  # IPv6
        if name.startswith("["):
            if "]:" in name:
                name, host_port = name.rsplit(":", 1)
        else:
            name = f"[{name}]"
    elif ":" in name:
        name, host_port = name.split(":")
        if not host_port.isdigit():
            raise ValueError(f"host {host!r}: the port after ':' must be a number")
    if host_port and not host_port.isdigit():
        raise ValueError(f"host {host!r}: the port after ']:' must be a number")
    if not _HOSTNAME.fullmatch(name):
        raise ValueError(f"not a host name or IP address: {host!r}")
    number = int(host_port) if host_port else port
    if not 0 < number < 65536:
        raise ValueError(f"host {host!r}: port {number} is out of range")
    return f"https://{name}:{number}"


def tls_options(verify: bool | str | os.PathLike[str], fingerprint: str | None) -> TlsOptions:
    """``verify`` as the transports take it: True, False, or a CA file (str or path; ``~`` is
    the home directory, as in ``key_filename``)."""
    if isinstance(verify, str | os.PathLike):
        ca_file = os.path.expanduser(os.fspath(verify))
        return TlsOptions(verify=True, ca_file=ca_file, fingerprint=fingerprint)
    return TlsOptions(verify=bool(verify), fingerprint=fingerprint)


class _Lock:
    """The login lock: taken before a login, released after (the driver owns the lock)."""

    __slots__ = ("take",)

    def __init__(self, take: bool) -> None:
        self.take = take


_TAKE, _RELEASE = _Lock(True), _Lock(False)

#: What the flow yields: a call to send (answered with its RawResponse, or an BackendError thrown
#: in), seconds to sleep, or the login lock to take or release.
Action = Call | float | _Lock
Flow = Generator[Action, RawResponse | None, Response]


class LoginLock(Protocol):
    """A lock (``threading.Lock``, ``asyncio.Lock``): ``acquire`` may be awaitable, ``release``
    is not."""

    def acquire(self) -> Any:
        """Take the lock (the driver awaits it when it is a coroutine)."""
        ...

    def release(self) -> None:
        """Give the lock back."""
        ...


class Exchange:
    """One request's :class:`Flow` as a driver runs it, with every decision made here.

    Iterating yields *steps*: zero-argument callables that do the I/O the flow asked for (send a
    :class:`~._http.Call`, sleep, take the login lock). The driver runs each (calling it, or
    awaiting what it returns) inside :meth:`outcome_of` and stores the result in
    :attr:`outcome`; when the iteration ends, :attr:`response` holds the answer. Releasing the
    lock is not I/O and happens here; leaving the ``with`` block releases a lock still held.

    Args:
        flow: the generator of :meth:`HttpsCore.flow`.
        send: sends one call (``Backend.send`` or ``AsyncBackend.send``).
        sleep: waits some seconds (``time.sleep`` or ``asyncio.sleep``).
        lock: the login lock (None when the flow never logs in: no ticket auth).

    Raises:
        PveConnectionError, PveTimeoutError, AuthenticationError: out of the iteration, as
            :meth:`HttpsCore.flow` raises them.
        RuntimeError: the flow asked for the login lock and none was given.
    """

    __slots__ = ("_flow", "_held", "_lock", "_send", "_sleep", "_started", "_taking", "error",
                 "outcome", "response")  # fmt: skip

    def __init__(
        self,
        flow: Flow,
        send: Callable[[Call], Any],
        sleep: Callable[[float], Any],
        lock: LoginLock | None,
    ) -> None:
        self._flow = flow
        self._send = send
        self._sleep = sleep
        self._lock = lock
        self._started = False
        self._taking = False  # the last step was taking the lock
        self._held = False
        self.outcome: RawResponse | None = None
        self.error: BackendError | None = None
        self.response: Response | None = None

    def __iter__(self) -> Exchange:
        return self

    def __next__(self) -> Callable[[], Any]:
        if self._taking:
            self._taking, self._held = False, True  # the driver returned from acquire()
        try:
            action = self._advance()
            while isinstance(action, _Lock) and not action.take:
                self._release()
                action = self._flow.send(None)
        except StopIteration as done:
            self.response = done.value
            raise StopIteration from None
        if isinstance(action, Call):
            return functools.partial(self._send, action)
        if isinstance(action, _Lock):
            if self._lock is None:
                raise RuntimeError("the flow asked for the login lock, and there is none")
            self._taking = True
            return self._lock.acquire
        return functools.partial(self._sleep, action)

    def _advance(self) -> Action:
        if not self._started:
            self._started = True
            return next(self._flow)
        error, outcome = self.error, self.outcome
        self.error = self.outcome = None
        if error is not None:
            return self._flow.throw(error)
        return self._flow.send(outcome)

    @contextlib.contextmanager
    def outcome_of(self) -> Iterator[None]:
        """Around one step: a :class:`~._http.BackendError` it raises goes to the flow."""
        try:
            yield
        except BackendError as exc:
            self.error = exc

    def __enter__(self) -> Exchange:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._held:
            self._release()

    def _release(self) -> None:
        self._held = False
        if self._lock is not None:
            self._lock.release()

    def result(self) -> Response:
        """The answer, once the iteration ended.

        Raises:
            RuntimeError: the flow has not ended yet.
        """
        if self.response is None:
            raise RuntimeError("the exchange has not ended")
        return self.response


class HttpsCore(Generic[_BackendT]):
    """The https transport without I/O: hosts, auth, retries, failover, login, deadline; it
    builds the backend the drivers send through and never calls it.

    ``timeout`` (seconds, None: none) is the default whole-call deadline; a request's own
    ``timeout`` replaces it. The other options are :class:`HttpsTransport`'s.

    Raises:
        ValueError: no host, a malformed host, fingerprint or backend name, or a custom header
            with a bad name or value.
        FileNotFoundError: the CA file does not exist (named in the message).
    """

    #: Which backends a name builds: the async ones for the async driver.
    _is_async: ClassVar[bool] = False

    def __init__(
        self,
        host: str | Sequence[str],
        *,
        port: int = 8006,
        auth: Auth | None = None,
        verify: bool | str | os.PathLike[str] = True,
        fingerprint: str | None = None,
        timeout: float | None = 30.0,
        connect_timeout: float | None = 10.0,
        headers: Mapping[str, str] | None = None,
        path: str = "/api2/json",
        retries: int = 2,
        backoff: float = 0.25,
        backend: Literal["httpcore", "httpx"] | _BackendT = "httpcore",
        proxy: str | None = None,
        sleep: Callable[[float], Any] | None = None,
        engine: Literal["httpcore", "httpx", "stdlib", "asyncio"] | _BackendT | None = None,
    ) -> None:
        hosts = [host] if isinstance(host, str) else list(host)
        if not hosts:
            raise ValueError("at least one host is needed")
        self.origins = [origin(name, port) for name in hosts]
        self.base = path.rstrip("/")
        self.auth = auth
        self.timeout = timeout
        self.connect_timeout = connect_timeout
        self.retries = max(0, retries)
        self.backoff = backoff
        self.current = 0
        headers = {
            name: Secret(value) if isinstance(value, str) else value
            for name, value in (headers or {}).items()
        }
        for name, value in headers.items():
            check_header(name, value)
        self._headers: dict[str, str] = {"Accept": "application/json", **headers}
        self.tls = tls_options(verify, fingerprint)  # event streams reuse it
        self.backend: _BackendT = _backend(
            backend, engine, self.tls, proxy, is_async=self._is_async
        )
        self._sleep = sleep  # None: the driver's own (time.sleep, asyncio.sleep)
        if self._is_async:  # made here: two threads first calling at once would make two
            self._login_locks = PerLoop(new_lock)

    # -- the flow

    def flow(self, request: Request) -> Flow:
        """Drive one request: yields actions, is sent each call's RawResponse; returns the answer.

        Raises (out of the generator):
            PveConnectionError, PveTimeoutError: no host answered (in time).
            AuthenticationError: the ticket login was refused.
        """
        timeout = request.timeout if request.timeout is not None else self.timeout
        deadline = None if timeout is None else time.monotonic() + timeout
        auth = self.auth
        if isinstance(auth, TicketAuth) and request.path != _TICKET:
            yield from self._ensure_login(auth, deadline)
            sent_with = auth.generation  # the ticket this request carries
            raw = yield from self._send(request, auth, deadline)
            if raw.status != 401:
                return _response(raw)
            debug("%s %s: 401 with a ticket; logging in again", request.method, request.path)
            yield _TAKE
            if auth.generation == sent_with:  # not renewed meanwhile by another request
                auth.invalidate()  # expired or revoked: log in once more, then give up
            yield _RELEASE
            yield from self._ensure_login(auth, deadline)
        raw = yield from self._send(request, auth, deadline)
        return _response(raw)

    def _ensure_login(
        self, auth: TicketAuth, deadline: float | None
    ) -> Generator[Action, Any, None]:
        if not auth.needs_login():
            return
        yield _TAKE  # released by the driver as well if the login raises
        if auth.needs_login():
            debug(
                "ticket login for %s (%s)", auth.user, "renewal" if auth.logged_in else "password"
            )
            login = auth.login_flow()
            form = next(login)
            while True:
                raw = yield from self._send(Request("POST", _TICKET, form), None, deadline)
                try:
                    form = login.send(_login_data(raw))
                except StopIteration:
                    break
        yield _RELEASE

    def _send(
        self, request: Request, auth: Auth | None, deadline: float | None
    ) -> Generator[Action, Any, RawResponse]:
        call = self._call(request, auth, deadline)
        last: BackendError | None = None
        raw: RawResponse | None = None
        for attempt in range(1 + (self.retries if request.method == "GET" else 0)):
            if attempt:
                delay = self.backoff * 2 ** (attempt - 1)
                if deadline is not None and time.monotonic() + delay >= deadline:
                    break
                yield delay
            for index in self._order():
                call.origin = self.origins[index]
                try:
                    raw = yield call
                except BackendError as exc:
                    last = exc
                    if exc.fatal or (exc.sent and request.method != "GET"):
                        raise self._wrap(request, exc) from None
                    debug("%s %s: %s; trying the next host", request.method, request.path, exc)
                    continue
                assert raw is not None
                if request.method == "GET" and raw.status in _RETRY_STATUSES:
                    debug(
                        "%s %s: %s from %s; will retry",
                        request.method,
                        request.path,
                        raw.status,
                        call.origin,
                    )
                    continue
                self.current = index
                debug("%s %s → %s (%s)", request.method, request.path, raw.status, call.origin)
                return raw
        if raw is not None:
            return raw
        assert last is not None
        raise self._wrap(request, last) from None

    # -- helpers

    def _call(self, request: Request, auth: Auth | None, deadline: float | None) -> Call:
        headers = dict(self._headers)
        if auth is not None:
            headers.update(auth.headers(request.method))
        target = self.base + request.path
        body: bytes | MultipartFile | None = None
        upload = request.body
        if upload is not None:
            body = upload
            headers["Content-Type"] = upload.content_type
            headers["Content-Length"] = str(upload.length)
        elif request.method in _BODY_METHODS:
            body = urlencode(request.params).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        elif request.params:
            target += "?" + urlencode(request.params)
        limit = request.timeout if request.timeout is not None else self.timeout
        return Call(
            request.method, "", target, headers, body, deadline, self.connect_timeout, limit
        )

    def _order(self) -> list[int]:
        count = len(self.origins)
        return [(self.current + step) % count for step in range(count)]

    def _wrap(self, request: Request, exc: BackendError) -> Exception:
        where = f"{request.method} {request.path}"
        if exc.fatal:
            return PveCertificateError(f"{where}: {exc}", sent=False)
        if exc.timeout:
            return PveTimeoutError(f"{where}: timed out ({exc})", sent=exc.sent)
        return PveConnectionError(f"{where}: {exc}", sent=exc.sent)

    def __repr__(self) -> str:
        hosts = ", ".join(getattr(self, "origins", ()))
        return f"{type(self).__name__}({hosts}, auth={getattr(self, 'auth', None)!r})"


def _outside_pvesdk() -> int:
    """The ``stacklevel`` (seen from the caller) of the first frame outside pvesdk, so a warning
    points at the user's line whether they built the client or the transport."""
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    frame, level = sys._getframe(1), 1
    while frame.f_back is not None and frame.f_code.co_filename.startswith(package):
        frame, level = frame.f_back, level + 1
    return level


def _backend_name(backend: str | object, engine: str | object | None) -> str | object:
    """The backend asked for: ``backend=``, or ``engine=`` (its name before 0.2, deprecated:
    "engine" is the mock cluster's word); a name is checked, an object returned as it is.

    Raises:
        ValueError: a name other than ``"httpcore"`` or ``"httpx"``.
    """
    if engine is not None:
        warnings.warn(
            "engine= is deprecated; use backend= (same values)",
            DeprecationWarning,
            stacklevel=_outside_pvesdk(),
        )
        backend = engine
    if not isinstance(backend, str):
        return backend
    if backend in ("httpcore", "stdlib", "asyncio"):  # the last two: names of earlier releases
        return "httpcore"
    if backend == "httpx":
        return "httpx"
    raise ValueError(f"backend must be 'httpcore' or 'httpx', got {backend!r}")


def _backend(
    backend: object, engine: object, tls: TlsOptions, proxy: str | None, *, is_async: bool
) -> Any:
    """The backend object ``backend=`` (or the deprecated ``engine=``) asks for.

    Raises:
        ValueError: an unknown backend name.
    """
    chosen = _backend_name(backend, engine)
    if chosen == "httpx":
        return (AsyncHttpxBackend if is_async else HttpxBackend)(tls, proxy=proxy)
    if chosen == "httpcore":
        return (AsyncCoreBackend if is_async else CoreBackend)(tls, proxy=proxy)
    return chosen


class HttpsTransport(HttpsCore[Backend], BaseTransport):
    """Synchronous https transport.

    ``verify`` is True (system trust), False, or a CA file (``str`` or ``pathlib.Path``);
    ``fingerprint`` pins the server certificate's SHA-256 (as Proxmox shows it) instead and is
    checked before any credential is sent. ``backend="httpcore"`` (default) or ``"httpx"`` (an
    ``httpx.Client`` on the same pool, for respx); ``proxy=`` is an ``http://`` proxy URL.
    ``timeout`` is the whole-call deadline in seconds; ``connect_timeout`` bounds each connect.
    ``retries`` more attempts of a GET, ``backoff`` seconds before the first of them (doubling);
    ``sleep`` waits between them (``time.sleep``; asyncio's or trio's sleep on the async transport).

    Raises:
        ValueError: malformed host, fingerprint, header or backend name.
        FileNotFoundError: the CA file does not exist (named in the message).
    """

    def handle_request(self, request: Request) -> Response:
        """Send one API request; the answer as it came (errors are decoded by the caller).

        Raises:
            PveConnectionError, PveTimeoutError: no host answered (in time).
            PveCertificateError: the certificate is not trusted or does not match the pin.
            AuthenticationError: the ticket login was refused.
        """
        lock = self.auth.lock if isinstance(self.auth, TicketAuth) else None  # no login: no lock
        sleep = self._sleep or time.sleep
        with Exchange(self.flow(request), self.backend.send, sleep, lock) as exchange:
            for step in exchange:
                with exchange.outcome_of():
                    exchange.outcome = step()
        return exchange.result()

    def close(self) -> None:
        """Close the pooled connections."""
        self.backend.close()


class AsyncHttpsTransport(HttpsCore[AsyncBackend], AsyncBaseTransport):
    """Asynchronous https transport; the options are :class:`HttpsTransport`'s.

    Raises:
        ValueError, FileNotFoundError: as :class:`HttpsTransport`.
    """

    _is_async = True
    _login_locks: PerLoop[LoginLock]  # one login lock per event loop (made in __init__)

    async def handle_async_request(self, request: Request) -> Response:
        """Send one API request; the answer as it came (errors are decoded by the caller).

        Raises:
            PveConnectionError, PveTimeoutError, PveCertificateError, AuthenticationError: as
                :meth:`HttpsTransport.handle_request`.
        """
        sleep = self._sleep or loop_sleep
        lock = self._login_locks.here()
        with Exchange(self.flow(request), self.backend.send, sleep, lock) as exchange:
            for step in exchange:
                with exchange.outcome_of():
                    exchange.outcome = await step()
        return exchange.result()

    async def aclose(self) -> None:
        """Close the pooled connections."""
        await self.backend.aclose()


def _response(raw: RawResponse) -> Response:
    return Response(raw.status, raw.reason, raw.content, raw.headers)


def _login_data(raw: RawResponse) -> Any:
    """The ``data`` of a ticket answer; a refused login becomes a clear AuthenticationError."""
    request = Request("POST", _TICKET)
    if raw.status == 401:
        reason = raw.reason or "authentication failure"
        raise AuthenticationError(401, f"login failed: {reason}", method="POST", path=_TICKET)
    return login_answer(decode_response(request, _response(raw)))
