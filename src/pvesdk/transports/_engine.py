"""HTTP engines under the https transport: they move one request to one origin, nothing more.

The https transport decides what to send (auth, CSRF, retries, which host); an engine sends one
HTTP/1.1 request and returns the answer. HTTP itself (framing, keep-alive, pooling) is httpcore's
(h11 underneath): pvesdk parses no HTTP. What pvesdk adds sits in httpcore's *network backend*,
below HTTP and above the socket, so it holds for every engine and through proxies alike:

* **Pinning before credentials**: a pinned SHA-256 certificate fingerprint is checked in
  ``start_tls``, right after the handshake and before any request byte is written.
* **Whole-call deadline**: every connect, TLS handshake, write and read gets at most the time
  left until the call's deadline, so a server trickling one byte a second cannot stretch a call.
* **Sent or not**: the backend records whether any byte of the request was written over TLS,
  so a failure says for certain whether the request may have reached the server
  (:attr:`EngineError.sent`); only requests that certainly did not are ever sent again.

Engines: :class:`CoreEngine` / :class:`AsyncCoreEngine` (httpcore directly; the defaults) and
:class:`HttpxEngine` / :class:`AsyncHttpxEngine` (an httpx client on the same pool, for users
whose tests intercept httpx). The async backend runs on asyncio's own transports (a small
protocol class, no stream parsing) and falls back to httpcore's anyio/trio backend elsewhere.
"""

from __future__ import annotations

import hashlib
import os
import ssl
import time
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Protocol, cast

import httpcore

if TYPE_CHECKING:
    import asyncio

    from ..upload import MultipartFile

__all__ = [
    "AsyncCoreEngine",
    "AsyncEngine",
    "AsyncHttpxEngine",
    "Call",
    "CoreEngine",
    "Engine",
    "EngineError",
    "HttpxEngine",
    "RawResponse",
    "TlsOptions",
]


def fingerprint_text(digest: bytes) -> str:
    """``AA:BB:…``, the way Proxmox shows a certificate fingerprint."""
    return ":".join(f"{b:02X}" for b in digest)


class TlsOptions:
    """How to trust the server: verify (default), a CA file, or a pinned SHA-256 fingerprint.

    ``fingerprint`` is ``"AA:BB:…"`` as Proxmox shows it, or plain hex.

    Raises:
        ValueError: the fingerprint is not a hex SHA-256 digest.
        FileNotFoundError: ``ca_file`` does not exist (the message names it).
    """

    __slots__ = ("ca_file", "fingerprint", "pin", "verify")

    def __init__(
        self, verify: bool = True, ca_file: str | None = None, fingerprint: str | None = None
    ) -> None:
        self.verify = verify
        self.ca_file = ca_file
        self.fingerprint = fingerprint
        self.pin = _parse_pin(fingerprint)
        if ca_file is not None and self.pin is None and not os.path.isfile(ca_file):
            raise FileNotFoundError(f"CA file not found: {ca_file}")

    def context(self) -> ssl.SSLContext:
        if self.pin is not None or not self.verify:
            # With a pin, trust comes from the fingerprint check right after the handshake.
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            return context
        return ssl.create_default_context(cafile=self.ca_file)

    def __repr__(self) -> str:
        pinned = getattr(self, "pin", None) is not None
        return f"TlsOptions(verify={self.verify!r}, ca_file={self.ca_file!r}, pinned={pinned})"


def _parse_pin(fingerprint: str | None) -> bytes | None:
    if fingerprint is None:
        return None
    digest = fingerprint.replace(":", "").strip().lower()
    try:
        raw = bytes.fromhex(digest)
    except ValueError:
        raise ValueError(f"fingerprint is not hex: {fingerprint!r}") from None
    if len(raw) != 32:
        raise ValueError(f"fingerprint must be a SHA-256 digest (32 bytes), got {len(raw)}")
    return raw


class RawResponse:
    """Status, reason phrase (Proxmox's message), lower-cased headers and the whole body."""

    __slots__ = ("content", "headers", "reason", "status")

    def __init__(
        self, status: int, reason: str, headers: Mapping[str, str], content: bytes
    ) -> None:
        self.status = status
        self.reason = reason
        self.headers = headers
        self.content = content

    def __repr__(self) -> str:
        return f"RawResponse({self.status}, {self.reason!r}, {len(self.content)} bytes)"


class EngineError(Exception):
    """A transport failure; ``sent`` is False when no byte of the request left this machine.

    ``timeout``: the call's deadline or the connect timeout passed. ``fatal``: retrying cannot
    help (the certificate is not trusted or does not match the pin).
    """

    def __init__(
        self, message: str, *, sent: bool, timeout: bool = False, fatal: bool = False
    ) -> None:
        super().__init__(message)
        self.sent = sent
        self.timeout = timeout
        self.fatal = fatal


class Call:
    """One request to one origin (``https://host:port``); ``target`` is path and query.

    ``deadline`` is a :func:`time.monotonic` instant by which the whole call must be done
    (None: no deadline); ``timeout`` is the whole call's length in seconds (the cap of each
    read and write as well); ``connect_timeout`` bounds each connection attempt in seconds.
    """

    __slots__ = (
        "body", "connect_timeout", "deadline", "headers", "method", "origin", "target", "timeout",
    )  # fmt: skip

    def __init__(
        self,
        method: str,
        origin: str,
        target: str,
        headers: dict[str, str],
        body: bytes | MultipartFile | None = None,
        deadline: float | None = None,
        connect_timeout: float | None = None,
        timeout: float | None = None,
    ) -> None:
        self.method = method
        self.origin = origin
        self.target = target
        self.headers = headers
        self.body = body
        self.deadline = deadline
        self.connect_timeout = connect_timeout
        self.timeout = timeout

    def __repr__(self) -> str:  # headers carry credentials: never shown
        return f"Call({self.method!r}, {self.origin + self.target!r})"


class Engine(Protocol):
    def send(self, call: Call) -> RawResponse: ...

    def close(self) -> None: ...


class AsyncEngine(Protocol):
    async def send(self, call: Call) -> RawResponse: ...

    async def aclose(self) -> None: ...


# --------------------------------------------------------------------------- per-call state


class _CallState:
    """What the network backend learns during one call (kept in a context variable)."""

    __slots__ = ("deadline", "presented", "written")

    def __init__(self, deadline: float | None) -> None:
        self.deadline = deadline
        self.written = False  # a request byte was written over TLS
        self.presented: bytes | None = None  # the fingerprint of a certificate that did not match


_STATE: ContextVar[_CallState | None] = ContextVar("pvesdk_call", default=None)


class PinMismatchError(httpcore.ConnectError):
    """The server's certificate does not have the pinned fingerprint."""


def _budget(timeout: float | None, expired: type[Exception]) -> float | None:
    """``timeout`` shortened to what is left of the call's deadline; raises once it passed."""
    state = _STATE.get()
    if state is None or state.deadline is None:
        return timeout
    left = state.deadline - time.monotonic()
    if left <= 0:
        raise expired("the call's deadline passed")
    return left if timeout is None or timeout > left else timeout


def _check_pin(ssl_object: Any, pin: bytes) -> None:
    der = ssl_object.getpeercert(True) if ssl_object is not None else None
    digest = hashlib.sha256(der or b"").digest()
    if digest != pin:
        state = _STATE.get()
        if state is not None:
            state.presented = digest
        raise PinMismatchError(
            f"TLS certificate fingerprint {fingerprint_text(digest)} does not match the pinned one"
        )


def _written(tls: bool) -> None:
    if tls:
        state = _STATE.get()
        if state is not None:
            state.written = True


# --------------------------------------------------------------------------- sync backend


class _Stream(httpcore.NetworkStream):
    """httpcore's socket stream with the deadline, the pin check and the sent flag."""

    def __init__(self, inner: httpcore.NetworkStream, pin: bytes | None, tls: bool) -> None:
        self._inner = inner
        self._pin = pin
        self._tls = tls

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _budget(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        budget = _budget(timeout, httpcore.WriteTimeout)
        _written(self._tls)
        self._inner.write(buffer, budget)

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        budget = _budget(timeout, httpcore.ConnectTimeout)
        inner = self._inner.start_tls(ssl_context, server_hostname, budget)
        if self._pin is not None:
            try:
                _check_pin(inner.get_extra_info("ssl_object"), self._pin)
            except PinMismatchError:
                inner.close()
                raise
        return _Stream(inner, self._pin, tls=True)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, pin: bytes | None) -> None:
        self._inner = httpcore.SyncBackend()
        self._pin = pin

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        budget = _budget(timeout, httpcore.ConnectTimeout)
        inner = self._inner.connect_tcp(host, port, budget, local_address, socket_options)
        return _Stream(inner, self._pin, tls=False)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:  # pragma: no cover - https only
        raise httpcore.UnsupportedProtocol("pvesdk talks https over TCP")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


# --------------------------------------------------------------------------- async backend


class _Protocol:
    """An asyncio protocol that buffers what arrives; reads and writes are awaited on it."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.transport: Any = None
        self.buffer = bytearray()
        self.eof = False
        self.error: BaseException | None = None
        self.waiter: asyncio.Future[None] | None = None
        self.drained: asyncio.Future[None] | None = None
        self.paused = False

    def connection_made(self, transport: Any) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        self._wake()

    def eof_received(self) -> bool:
        self.eof = True
        self._wake()
        return False

    def connection_lost(self, exc: BaseException | None) -> None:
        self.eof = True
        self.error = exc
        self._wake()
        self.resume_writing()

    def pause_writing(self) -> None:
        self.paused = True

    def resume_writing(self) -> None:
        self.paused = False
        if self.drained is not None and not self.drained.done():
            self.drained.set_result(None)

    def _wake(self) -> None:
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_result(None)


class _AsyncStream(httpcore.AsyncNetworkStream):
    """An httpcore stream on an asyncio transport, with deadline, pin check and sent flag."""

    def __init__(self, protocol: _Protocol, pin: bytes | None, tls: bool) -> None:
        self._protocol = protocol
        self._pin = pin
        self._tls = tls

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        import asyncio

        protocol = self._protocol
        if not protocol.buffer and not protocol.eof:
            budget = _budget(timeout, httpcore.ReadTimeout)
            protocol.waiter = protocol.loop.create_future()
            try:
                async with asyncio.timeout(budget):
                    await protocol.waiter
            except TimeoutError:
                raise httpcore.ReadTimeout("no answer in time") from None
            finally:
                protocol.waiter = None
        if protocol.buffer:
            data = bytes(protocol.buffer[:max_bytes])
            del protocol.buffer[:max_bytes]
            return data
        if protocol.error is not None:
            raise httpcore.ReadError(str(protocol.error) or type(protocol.error).__name__)
        return b""

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        import asyncio

        protocol = self._protocol
        if not buffer:
            return
        budget = _budget(timeout, httpcore.WriteTimeout)
        if protocol.transport.is_closing():
            raise httpcore.WriteError("connection closed")
        _written(self._tls)
        protocol.transport.write(buffer)
        if protocol.paused:
            protocol.drained = protocol.loop.create_future()
            try:
                async with asyncio.timeout(budget):
                    await protocol.drained
            except TimeoutError:
                raise httpcore.WriteTimeout("the server does not read") from None
            finally:
                protocol.drained = None
            if protocol.error is not None:
                raise httpcore.WriteError(str(protocol.error))

    async def aclose(self) -> None:
        self._protocol.transport.abort()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        import asyncio

        protocol = self._protocol
        budget = _budget(timeout, httpcore.ConnectTimeout)
        try:
            async with asyncio.timeout(budget):
                transport = await protocol.loop.start_tls(
                    protocol.transport, protocol, ssl_context,  # type: ignore[arg-type]
                    server_hostname=server_hostname,
                )  # fmt: skip
        except TimeoutError:
            protocol.transport.abort()
            raise httpcore.ConnectTimeout("TLS handshake timed out") from None
        except (OSError, ssl.SSLError) as exc:
            protocol.transport.abort()
            raise httpcore.ConnectError(str(exc)) from exc
        if transport is None:  # pragma: no cover - only when the loop closed meanwhile
            raise httpcore.ConnectError("connection closed during the TLS handshake")
        protocol.transport = transport
        if self._pin is not None:
            try:
                _check_pin(transport.get_extra_info("ssl_object"), self._pin)
            except PinMismatchError:
                transport.abort()
                raise
        return _AsyncStream(protocol, self._pin, tls=True)

    def get_extra_info(self, info: str) -> Any:
        protocol = self._protocol
        if info == "is_readable":
            return bool(protocol.buffer) or protocol.eof or protocol.transport.is_closing()
        if info == "ssl_object":
            return protocol.transport.get_extra_info("ssl_object")
        if info == "client_addr":
            return protocol.transport.get_extra_info("sockname")
        if info == "server_addr":
            return protocol.transport.get_extra_info("peername")
        if info == "socket":
            return protocol.transport.get_extra_info("socket")
        return None


class _ForeignStream(httpcore.AsyncNetworkStream):
    """httpcore's own anyio/trio stream (outside asyncio) with deadline, pin and sent flag."""

    def __init__(self, inner: httpcore.AsyncNetworkStream, pin: bytes | None, tls: bool) -> None:
        self._inner = inner
        self._pin = pin
        self._tls = tls

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, _budget(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        budget = _budget(timeout, httpcore.WriteTimeout)
        _written(self._tls)
        await self._inner.write(buffer, budget)

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        budget = _budget(timeout, httpcore.ConnectTimeout)
        inner = await self._inner.start_tls(ssl_context, server_hostname, budget)
        if self._pin is not None:
            try:
                _check_pin(inner.get_extra_info("ssl_object"), self._pin)
            except PinMismatchError:
                await inner.aclose()
                raise
        return _ForeignStream(inner, self._pin, tls=True)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, pin: bytes | None) -> None:
        self._pin = pin
        self._foreign: httpcore.AsyncNetworkBackend | None = None

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        import asyncio

        budget = _budget(timeout, httpcore.ConnectTimeout)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # trio: httpcore's own backend
            if self._foreign is None:
                self._foreign = httpcore.AnyIOBackend()
            if _trio_running():
                from httpcore._backends.trio import TrioBackend

                self._foreign = TrioBackend()
            inner = await self._foreign.connect_tcp(host, port, budget, local_address)
            return _ForeignStream(inner, self._pin, tls=False)
        try:
            async with asyncio.timeout(budget):
                _, protocol = await loop.create_connection(
                    lambda: cast(Any, _Protocol(loop)), host, port,
                    local_addr=(local_address, 0) if local_address else None,
                )  # fmt: skip
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"no connection within {budget} s") from None
        except OSError as exc:
            raise httpcore.ConnectError(str(exc) or type(exc).__name__) from exc
        return _AsyncStream(protocol, self._pin, tls=False)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:  # pragma: no cover - https only
        raise httpcore.UnsupportedProtocol("pvesdk talks https over TCP")

    async def sleep(self, seconds: float) -> None:
        import asyncio

        await asyncio.sleep(seconds)


def _trio_running() -> bool:
    try:
        import sniffio

        return sniffio.current_async_library() == "trio"
    except Exception:
        return False


# --------------------------------------------------------------------------- engines


def _proxy(proxy: str | None) -> httpcore.Proxy | None:
    return httpcore.Proxy(proxy) if proxy else None


def _timeouts(call: Call) -> dict[str, float | None]:
    """httpcore's per-operation limits; the backend shortens each to the deadline's rest."""
    limit, connect = call.timeout, call.connect_timeout
    if connect is None or (limit is not None and limit < connect):
        connect = limit
    return {"connect": connect, "read": limit, "write": limit, "pool": limit}


def _raw(response: httpcore.Response) -> RawResponse:
    reason_bytes = response.extensions.get("reason_phrase", b"")
    try:
        reason = reason_bytes.decode()
    except UnicodeDecodeError:
        reason = reason_bytes.decode("latin-1")
    headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in response.headers}
    return RawResponse(response.status, reason, headers, response.content)


def _error(call: Call, exc: Exception, state: _CallState) -> EngineError:
    """An EngineError whose message never quotes request bytes (they may hold credentials)."""
    cause: BaseException | None = exc
    while cause is not None and not isinstance(cause, httpcore.ConnectError | ssl.SSLError):
        cause = cause.__cause__ or cause.__context__
    timeout = isinstance(exc, httpcore.TimeoutException) or "Timeout" in type(exc).__name__
    fatal = False
    if state.presented is not None:
        text = (
            f"TLS certificate fingerprint {fingerprint_text(state.presented)} "
            "does not match the pinned one"
        )
        fatal = True
    elif "CERTIFICATE_VERIFY_FAILED" in str(exc) or isinstance(cause, ssl.SSLCertVerificationError):
        reason = getattr(cause, "verify_message", None) or str(exc).split("failed:", 1)[-1]
        text, fatal = f"TLS certificate not trusted ({reason.strip()})", True
    elif type(exc).__name__ == "LocalProtocolError":
        text = "the request was refused by the HTTP layer before sending (invalid header)"
    else:
        text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return EngineError(f"{call.origin}: {text}", sent=state.written, timeout=timeout, fatal=fatal)


def _content(body: bytes | MultipartFile | None) -> Any:
    if body is None or isinstance(body, bytes):
        return body or b""
    body.rewind()
    return iter(body)


def _acontent(body: bytes | MultipartFile | None) -> Any:
    if body is None or isinstance(body, bytes):
        return body or b""
    upload = body

    async def chunks() -> AsyncIterator[bytes]:
        import asyncio

        upload.rewind()
        while chunk := await asyncio.to_thread(upload.read, 256 * 1024):
            yield chunk

    return chunks()


@contextmanager
def _tracked(call: Call, failures: tuple[type[Exception], ...]) -> Iterator[None]:
    """Run one send with its per-call state; the library's failures become EngineError."""
    state = _CallState(call.deadline)
    token = _STATE.set(state)
    try:
        yield
    except failures as exc:
        raise _error(call, exc, state) from None
    finally:
        _STATE.reset(token)


class _Engine:
    def __repr__(self) -> str:  # nothing to show, and above all no headers
        return f"{type(self).__name__}()"


#: httpcore's failures; anything else (a bug, a cancellation) passes through untouched.
_FAILURES = (httpcore.NetworkError, httpcore.TimeoutException, httpcore.ProtocolError,
             httpcore.ProxyError, httpcore.UnsupportedProtocol)  # fmt: skip


def _pool_options(tls: TlsOptions, proxy: str | None, connections: int) -> dict[str, Any]:
    return {"ssl_context": tls.context(), "proxy": _proxy(proxy), "max_connections": connections}


def _options(call: Call) -> dict[str, Any]:
    return {"headers": call.headers, "extensions": {"timeout": _timeouts(call)}}


class CoreEngine(_Engine):
    """httpcore's connection pool on the pinning, deadline-keeping backend (sync default)."""

    def __init__(self, tls: TlsOptions, *, proxy: str | None = None, connections: int = 16) -> None:
        options = _pool_options(tls, proxy, connections)
        self._pool = httpcore.ConnectionPool(**options, network_backend=_Backend(tls.pin))

    def send(self, call: Call) -> RawResponse:
        url, content = call.origin + call.target, _content(call.body)
        with _tracked(call, _FAILURES):
            response = self._pool.request(call.method, url, content=content, **_options(call))
        return _raw(response)

    def close(self) -> None:
        self._pool.close()


class AsyncCoreEngine(_Engine):
    """httpcore's async connection pool on asyncio transports (async default)."""

    def __init__(self, tls: TlsOptions, *, proxy: str | None = None, connections: int = 16) -> None:
        options = _pool_options(tls, proxy, connections)
        self._pool = httpcore.AsyncConnectionPool(**options, network_backend=_AsyncBackend(tls.pin))

    async def send(self, call: Call) -> RawResponse:
        url, content = call.origin + call.target, _acontent(call.body)
        with _tracked(call, _FAILURES):
            response = await self._pool.request(call.method, url, content=content, **_options(call))
        return _raw(response)

    async def aclose(self) -> None:
        await self._pool.aclose()


# --------------------------------------------------------------------------- httpx


def _httpx_options(call: Call, content: Any) -> dict[str, Any]:
    import httpx

    timeout = httpx.Timeout(**_timeouts(call))
    return {"content": content, "headers": call.headers, "timeout": timeout}


def _raw_httpx(r: Any) -> RawResponse:
    return RawResponse(r.status_code, r.reason_phrase, r.headers, r.content)


class HttpxEngine(_Engine):
    """An ``httpx.Client`` whose transport sends through :class:`CoreEngine`'s pool.

    respx (either of its mockers) intercepts it in tests; pinning, the deadline and the sent
    flag work as on the default engine.
    """

    def __init__(self, tls: TlsOptions, *, proxy: str | None = None, client: Any = None) -> None:
        import httpx

        pool = CoreEngine(tls, proxy=proxy)._pool
        # trust_env off: proxies from the environment would get httpx's own pools, unpinned
        transport = _pooled(httpx.HTTPTransport(), pool)
        self._client: httpx.Client = client or httpx.Client(transport=transport, trust_env=False)

    def send(self, call: Call) -> RawResponse:
        import httpx

        options = _httpx_options(call, _content(call.body))
        with _tracked(call, (httpx.TransportError,)):
            r = self._client.request(call.method, call.origin + call.target, **options)
        return _raw_httpx(r)

    def close(self) -> None:
        self._client.close()


class AsyncHttpxEngine(_Engine):
    """An ``httpx.AsyncClient`` on :class:`AsyncCoreEngine`'s pool (respx works on it)."""

    def __init__(self, tls: TlsOptions, *, proxy: str | None = None, client: Any = None) -> None:
        import httpx

        transport = _pooled(httpx.AsyncHTTPTransport(), AsyncCoreEngine(tls, proxy=proxy)._pool)
        self._client: httpx.AsyncClient = client or httpx.AsyncClient(
            transport=transport, trust_env=False
        )

    async def send(self, call: Call) -> RawResponse:
        import httpx

        options = _httpx_options(call, _acontent(call.body))
        with _tracked(call, (httpx.TransportError,)):
            r = await self._client.request(call.method, call.origin + call.target, **options)
        return _raw_httpx(r)

    async def aclose(self) -> None:
        await self._client.aclose()


def _pooled(transport: Any, pool: Any) -> Any:
    """An httpx transport sending through ``pool``.

    httpx builds its pool in ``HTTPTransport.__init__`` with no way to pass a network backend,
    so the pool is swapped; the pinning tests in ``tests/transports/test_hostile.py`` fail on
    ``engine="httpx"`` if an httpx release stops sending through it.
    """
    if not hasattr(transport, "_pool"):  # pragma: no cover - guarded by a test
        raise RuntimeError("this httpx version has no HTTPTransport._pool; pvesdk needs httpx<1")
    transport._pool = pool
    return transport
