"""The https transport: auth (token or ticket with renewal, TFA, CSRF), TLS trust (verify, CA
file or pinned fingerprint), timeouts, retries of idempotent GETs, and failover across the hosts
of one cluster. The bytes move through an engine (:mod:`pvesdk.transports._engine`).

Retry and failover rules:

* A request that surely never reached a server (refused, unresolvable, TLS failure) moves on to
  the next host, whatever its method.
* A GET is retried on connection errors and on 502/503/504, with exponential backoff, trying the
  other hosts first; POST/PUT/DELETE are never sent twice once they may have arrived.
* 4xx, 500 (Proxmox's runtime errors), 501 and 595/596 (the node a request was forwarded to is
  unreachable: another entry host would forward to the same node) are answers, not outages:
  they are returned as they are.
* The host that answered is remembered and tried first next time.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self
from urllib.parse import urlencode

from .._log import debug
from ..auth import Auth, TicketAuth
from ..errors import AuthenticationError, PveConnectionError, PveTimeoutError
from ..transport import Request, Response, decode_response
from ._engine import (
    AsyncEngine,
    AsyncHttpxEngine,
    AsyncStdlibEngine,
    Call,
    Engine,
    EngineError,
    HttpxEngine,
    RawResponse,
    StdlibEngine,
    TlsOptions,
)

if TYPE_CHECKING:
    import asyncio

    from ..upload import MultipartFile

__all__ = ["AsyncHttpsTransport", "HttpsTransport", "origin"]

_BODY_METHODS = frozenset({"POST", "PUT"})
_RETRY_STATUSES = frozenset({502, 503, 504})
_TICKET = "/access/ticket"


def origin(host: str, port: int = 8006) -> str:
    """``https://host:port`` from a host name, IP (v4 or v6) or a URL that already has a port."""
    if "://" in host:
        return host.rstrip("/")
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"  # a bare IPv6 literal
    return f"https://{host}:{port}"


def _tls(verify: bool | str, fingerprint: str | None) -> TlsOptions:
    if isinstance(verify, str):
        return TlsOptions(verify=True, ca_file=verify, fingerprint=fingerprint)
    tls = TlsOptions(verify=verify, fingerprint=fingerprint)
    tls.pin()  # a malformed fingerprint fails at construction, not at the first call
    return tls


class _Common:
    def __init__(
        self,
        host: str | Sequence[str],
        *,
        port: int,
        auth: Auth | None,
        timeout: float | None,
        headers: Mapping[str, str] | None,
        path: str,
        retries: int,
        backoff: float,
    ) -> None:
        hosts = [host] if isinstance(host, str) else list(host)
        if not hosts:
            raise ValueError("at least one host is needed")
        self.origins = [origin(h, port) for h in hosts]
        self.base = path.rstrip("/")
        self.auth = auth
        self.timeout = timeout
        self.retries = max(0, retries)
        self.backoff = backoff
        self._current = 0
        self._headers = {"Accept": "application/json", **(headers or {})}

    def _call(
        self,
        method: str,
        path: str,
        params: Sequence[tuple[str, str]],
        timeout: float | None,
        auth: Auth | None,
        upload: MultipartFile | None = None,
    ) -> Call:
        headers = dict(self._headers)
        if auth is not None:
            headers.update(auth.headers(method))
        target = self.base + path
        body: bytes | MultipartFile | None = None
        if upload is not None:
            body = upload
            headers["Content-Type"] = upload.content_type
            headers["Content-Length"] = str(upload.length)
        elif method in _BODY_METHODS:
            body = urlencode(params).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        elif params:
            target += "?" + urlencode(params)
        return Call(method, "", target, headers, body, timeout)

    def _order(self) -> list[int]:
        count = len(self.origins)
        return [(self._current + i) % count for i in range(count)]

    def _attempts(self, method: str) -> int:
        return 1 + (self.retries if method == "GET" else 0)

    def _wrap(self, request: Request, exc: EngineError) -> Exception:
        where = f"{request.method} {request.path}"
        if exc.timeout:
            return PveTimeoutError(f"{where}: timed out ({exc})")
        return PveConnectionError(f"{where}: {exc}")

    def _retryable(self, method: str, raw: RawResponse) -> bool:
        return method == "GET" and raw.status in _RETRY_STATUSES

    def __repr__(self) -> str:
        hosts = ", ".join(self.origins)
        return f"{type(self).__name__}({hosts}, auth={self.auth!r})"


class HttpsTransport(_Common):
    """Synchronous https transport.

    ``verify`` is True (system trust), False, or a CA bundle path; ``fingerprint`` pins the
    server certificate's SHA-256 (as Proxmox shows it) instead. ``engine="stdlib"`` (default)
    is fast and supports pinning; ``engine="httpx"`` supports ``proxy=``.
    """

    def __init__(
        self,
        host: str | Sequence[str],
        *,
        port: int = 8006,
        auth: Auth | None = None,
        verify: bool | str = True,
        fingerprint: str | None = None,
        timeout: float | None = 30.0,
        connect_timeout: float | None = 10.0,
        headers: Mapping[str, str] | None = None,
        path: str = "/api2/json",
        retries: int = 2,
        backoff: float = 0.25,
        engine: Literal["stdlib", "httpx"] | Engine = "stdlib",
        proxy: str | None = None,
        sleep: Any = time.sleep,
    ) -> None:
        super().__init__(host, port=port, auth=auth, timeout=timeout, headers=headers, path=path,
                         retries=retries, backoff=backoff)  # fmt: skip
        tls = _tls(verify, fingerprint)
        if isinstance(engine, str):
            if engine == "httpx" or proxy is not None:
                self.engine: Engine = HttpxEngine(
                    tls, timeout=timeout, connect_timeout=connect_timeout, proxy=proxy
                )
            else:
                self.engine = StdlibEngine(tls, timeout=timeout, connect_timeout=connect_timeout)
        else:
            self.engine = engine
        self._sleep = sleep
        self._lock = threading.Lock()

    def handle_request(self, request: Request) -> Response:
        auth = self.auth
        if isinstance(auth, TicketAuth) and request.path != _TICKET:
            self._ensure_login(auth)
            raw = self._send(request, auth)
            if raw.status != 401:
                return _response(raw)
            debug("%s %s: 401 with a ticket; logging in again", request.method, request.path)
            with auth.lock:
                auth.invalidate()  # expired or revoked: log in once more, then give up
            self._ensure_login(auth)
        raw = self._send(request, auth)
        return _response(raw)

    def _ensure_login(self, auth: TicketAuth) -> None:
        if not auth.needs_login():
            return
        with auth.lock:
            if not auth.needs_login():
                return
            debug(
                "ticket login for %s (%s)", auth.user, "renewal" if auth.logged_in else "password"
            )
            flow = auth.login_flow()
            params = next(flow)
            while True:
                raw = self._send(Request("POST", _TICKET, params), None)
                data = _login_data(raw)
                try:
                    params = flow.send(data)
                except StopIteration:
                    return

    def _send(self, request: Request, auth: Auth | None) -> RawResponse:
        call = self._call(request.method, request.path, request.params,
                          request.timeout, auth, request.body)  # fmt: skip
        last: EngineError | None = None
        raw: RawResponse | None = None
        for attempt in range(self._attempts(request.method)):
            if attempt:
                self._sleep(self.backoff * 2 ** (attempt - 1))
            for index in self._order():
                call.origin = self.origins[index]
                try:
                    raw = self.engine.send(call)
                except EngineError as exc:
                    last = exc
                    if exc.fatal or (exc.sent and request.method != "GET"):
                        raise self._wrap(request, exc) from None
                    debug("%s %s: %s; trying the next host", request.method, request.path, exc)
                    continue
                if self._retryable(request.method, raw):
                    debug("%s %s: %s from %s; will retry", request.method, request.path,
                          raw.status, call.origin)  # fmt: skip
                    continue
                self._current = index
                debug("%s %s → %s (%s)", request.method, request.path, raw.status, call.origin)
                return raw
        if raw is not None:
            return raw
        assert last is not None
        raise self._wrap(request, last) from None

    def close(self) -> None:
        self.engine.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncHttpsTransport(_Common):
    """Asynchronous https transport: asyncio streams by default, ``engine="httpx"`` for httpx."""

    def __init__(
        self,
        host: str | Sequence[str],
        *,
        port: int = 8006,
        auth: Auth | None = None,
        verify: bool | str = True,
        fingerprint: str | None = None,
        timeout: float | None = 30.0,
        connect_timeout: float | None = 10.0,
        headers: Mapping[str, str] | None = None,
        path: str = "/api2/json",
        retries: int = 2,
        backoff: float = 0.25,
        engine: Literal["asyncio", "httpx"] | AsyncEngine = "asyncio",
        proxy: str | None = None,
    ) -> None:
        super().__init__(host, port=port, auth=auth, timeout=timeout, headers=headers, path=path,
                         retries=retries, backoff=backoff)  # fmt: skip
        tls = _tls(verify, fingerprint)
        if isinstance(engine, str):
            if engine == "httpx" or proxy is not None:
                self.engine: AsyncEngine = AsyncHttpxEngine(
                    tls, timeout=timeout, connect_timeout=connect_timeout, proxy=proxy
                )
            else:
                self.engine = AsyncStdlibEngine(
                    tls, timeout=timeout, connect_timeout=connect_timeout
                )
        else:
            self.engine = engine
        self._login_lock: asyncio.Lock | None = None

    async def handle_async_request(self, request: Request) -> Response:
        auth = self.auth
        if isinstance(auth, TicketAuth) and request.path != _TICKET:
            await self._ensure_login(auth)
            raw = await self._send(request, auth)
            if raw.status != 401:
                return _response(raw)
            debug("%s %s: 401 with a ticket; logging in again", request.method, request.path)
            auth.invalidate()
            await self._ensure_login(auth)
        raw = await self._send(request, auth)
        return _response(raw)

    async def _ensure_login(self, auth: TicketAuth) -> None:
        if not auth.needs_login():
            return
        if self._login_lock is None:
            import asyncio

            self._login_lock = asyncio.Lock()
        async with self._login_lock:
            if not auth.needs_login():
                return
            debug(
                "ticket login for %s (%s)", auth.user, "renewal" if auth.logged_in else "password"
            )
            flow = auth.login_flow()
            params = next(flow)
            while True:
                raw = await self._send(Request("POST", _TICKET, params), None)
                data = _login_data(raw)
                try:
                    params = flow.send(data)
                except StopIteration:
                    return

    async def _send(self, request: Request, auth: Auth | None) -> RawResponse:
        call = self._call(request.method, request.path, request.params,
                          request.timeout, auth, request.body)  # fmt: skip
        last: EngineError | None = None
        raw: RawResponse | None = None
        for attempt in range(self._attempts(request.method)):
            if attempt:
                import asyncio

                await asyncio.sleep(self.backoff * 2 ** (attempt - 1))
            for index in self._order():
                call.origin = self.origins[index]
                try:
                    raw = await self.engine.send(call)
                except EngineError as exc:
                    last = exc
                    if exc.fatal or (exc.sent and request.method != "GET"):
                        raise self._wrap(request, exc) from None
                    debug("%s %s: %s; trying the next host", request.method, request.path, exc)
                    continue
                if self._retryable(request.method, raw):
                    debug("%s %s: %s from %s; will retry", request.method, request.path,
                          raw.status, call.origin)  # fmt: skip
                    continue
                self._current = index
                debug("%s %s → %s (%s)", request.method, request.path, raw.status, call.origin)
                return raw
        if raw is not None:
            return raw
        assert last is not None
        raise self._wrap(request, last) from None

    async def aclose(self) -> None:
        await self.engine.aclose()


def _response(raw: RawResponse) -> Response:
    return Response(raw.status, raw.reason, raw.content, raw.headers)


def _login_data(raw: RawResponse) -> Any:
    """The ``data`` of a ticket answer; a refused login becomes a clear AuthenticationError."""
    request = Request("POST", _TICKET)
    if raw.status == 401:
        reason = raw.reason or "authentication failure"
        raise AuthenticationError(401, f"login failed: {reason}", method="POST", path=_TICKET)
    return decode_response(request, _response(raw))
