"""HTTP engines under the https transport: they move bytes, nothing more.

The https transport decides what to send (auth, CSRF, retries, which host); an engine sends one
HTTP/1.1 request to one origin and returns the raw answer. Two engines exist:

* :class:`StdlibEngine` (the default for the synchronous client): ``http.client`` with a small
  keep-alive pool per origin. It imports in a few milliseconds and costs little CPU per call,
  and it checks a pinned certificate fingerprint on the very connection the request then uses.
* :class:`HttpxEngine` / :class:`AsyncHttpxEngine`: httpx, for HTTP proxies, respx in tests, and
  the async client.

Failures are reported as :class:`EngineError` with ``sent`` telling whether the request may have
reached the server: only requests that certainly did not may be retried or sent elsewhere.
"""

from __future__ import annotations

import hashlib
import http.client
import os
import socket
import ssl
import threading
from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from ..upload import MultipartFile

__all__ = [
    "AsyncEngine",
    "Engine",
    "EngineError",
    "HttpxEngine",
    "RawResponse",
    "StdlibEngine",
    "TlsOptions",
]


class TlsOptions:
    """How to trust the server: verify (default), a CA file, or a pinned SHA-256 fingerprint.

    ``fingerprint`` is ``"AA:BB:…"`` as Proxmox shows it, or plain hex.
    """

    __slots__ = ("ca_file", "fingerprint", "verify")

    def __init__(
        self, verify: bool = True, ca_file: str | None = None, fingerprint: str | None = None
    ) -> None:
        self.verify = verify
        self.ca_file = ca_file
        self.fingerprint = fingerprint

    def pin(self) -> bytes | None:
        if self.fingerprint is None:
            return None
        digest = self.fingerprint.replace(":", "").strip().lower()
        try:
            raw = bytes.fromhex(digest)
        except ValueError:
            raise ValueError(f"fingerprint is not hex: {self.fingerprint!r}") from None
        if len(raw) != 32:
            raise ValueError(f"fingerprint must be a SHA-256 digest (32 bytes), got {len(raw)}")
        return raw

    def context(self) -> ssl.SSLContext:
        if self.fingerprint is not None or not self.verify:
            # With a pin, trust comes from the fingerprint check after the handshake.
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            return context
        return ssl.create_default_context(cafile=self.ca_file)


class RawResponse:
    __slots__ = ("content", "headers", "reason", "status")

    def __init__(
        self, status: int, reason: str, headers: Mapping[str, str], content: bytes
    ) -> None:
        self.status = status
        self.reason = reason
        self.headers = headers
        self.content = content


class EngineError(Exception):
    """A transport failure; ``sent`` is False when the request surely never left."""

    def __init__(
        self, message: str, *, sent: bool, timeout: bool = False, fatal: bool = False
    ) -> None:
        super().__init__(message)
        self.sent = sent
        self.timeout = timeout
        self.fatal = fatal  # retrying cannot help (the certificate is not trusted)


class Call:
    """One request to one origin (``https://host:port``); ``target`` is path and query."""

    __slots__ = ("body", "headers", "method", "origin", "target", "timeout")

    def __init__(
        self,
        method: str,
        origin: str,
        target: str,
        headers: dict[str, str],
        body: bytes | MultipartFile | None = None,
        timeout: float | None = None,
    ) -> None:
        self.method = method
        self.origin = origin
        self.target = target
        self.headers = headers
        self.body = body
        self.timeout = timeout


class Engine(Protocol):
    def send(self, call: Call) -> RawResponse: ...

    def close(self) -> None: ...


class AsyncEngine(Protocol):
    async def send(self, call: Call) -> RawResponse: ...

    async def aclose(self) -> None: ...


# --------------------------------------------------------------------------- stdlib


class _Connection(http.client.HTTPSConnection):
    """An HTTPS connection that checks a pinned certificate before anything is sent."""

    def __init__(self, host: str, port: int, *, pin: bytes | None, **kwargs: Any) -> None:
        super().__init__(host, port, blocksize=256 * 1024, **kwargs)
        self._pin = pin

    def connect(self) -> None:
        super().connect()
        if self._pin is not None:
            der = self.sock.getpeercert(binary_form=True) or b""
            if hashlib.sha256(der).digest() != self._pin:
                self.close()
                raise ssl.SSLError("certificate fingerprint does not match the pinned one")
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class StdlibEngine:
    """``http.client`` with a keep-alive pool per origin (thread-safe, ``max_idle`` per origin)."""

    def __init__(
        self,
        tls: TlsOptions,
        *,
        timeout: float | None = 30.0,
        connect_timeout: float | None = 10.0,
        max_idle: int = 8,
    ) -> None:
        self._tls = tls
        self._pin = tls.pin()
        self._context: ssl.SSLContext | None = None
        self._timeout = timeout
        self._connect_timeout = connect_timeout
        self._max_idle = max_idle
        self._idle: dict[str, list[_Connection]] = {}
        self._lock = threading.Lock()

    def _connection(self, origin: str, timeout: float | None) -> _Connection:
        with self._lock:
            pool = self._idle.get(origin)
            if pool:
                conn = pool.pop()
                conn.timeout = timeout
                if conn.sock is not None:
                    conn.sock.settimeout(timeout)
                return conn
            if self._context is None:
                self._context = self._tls.context()
        parts = urlsplit(origin)
        return _Connection(
            parts.hostname or "",
            parts.port or 443,
            pin=self._pin,
            context=self._context,
            timeout=timeout,
        )

    def _release(self, origin: str, conn: _Connection) -> None:
        with self._lock:
            pool = self._idle.setdefault(origin, [])
            if len(pool) < self._max_idle:
                pool.append(conn)
                return
        conn.close()

    def send(self, call: Call) -> RawResponse:
        timeout = call.timeout if call.timeout is not None else self._timeout
        for attempt in (1, 2):
            if hasattr(call.body, "rewind"):
                call.body.rewind()  # type: ignore[union-attr]
            conn = self._connection(call.origin, timeout)
            reused = conn.sock is not None
            try:
                if not reused:
                    conn.timeout = _first(self._connect_timeout, timeout)
                    try:
                        conn.connect()
                    except (OSError, ssl.SSLError) as exc:
                        raise _error(call, exc, sent=False) from None
                    conn.sock.settimeout(timeout)  # from here on the read timeout applies
                conn.request(call.method, call.target, body=call.body, headers=call.headers)
                response = conn.getresponse()
                content = response.read()
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as exc:
                conn.close()
                if reused and attempt == 1:
                    continue  # the server closed an idle keep-alive connection: reconnect once
                raise _error(call, exc, sent=True) from None
            except (OSError, http.client.HTTPException) as exc:
                conn.close()
                raise _error(call, exc, sent=True) from None
            headers = {k.lower(): v for k, v in response.getheaders()}
            if response.will_close:
                conn.close()
            else:
                self._release(call.origin, conn)
            return RawResponse(response.status, response.reason, headers, content)
        raise AssertionError("unreachable")

    def close(self) -> None:
        with self._lock:
            pools, self._idle = self._idle, {}
        for pool in pools.values():
            for conn in pool:
                conn.close()


def _first(connect: float | None, overall: float | None) -> float | None:
    """The connect timeout: the shorter of the two that are set."""
    values = [v for v in (connect, overall) if v is not None]
    return min(values) if values else None


def _error(call: Call, exc: BaseException, *, sent: bool) -> EngineError:
    timeout = isinstance(exc, TimeoutError | socket.timeout)
    text = str(exc) or type(exc).__name__
    fatal = False
    if isinstance(exc, ssl.SSLCertVerificationError):
        text, fatal = f"TLS certificate not trusted ({exc.verify_message})", True
    elif "fingerprint" in text:
        text, fatal = "TLS certificate fingerprint does not match the pinned one", True
    return EngineError(f"{call.origin}: {text}", sent=sent, timeout=timeout, fatal=fatal)


# --------------------------------------------------------------------------- asyncio


class _Stream:
    """One keep-alive HTTP/1.1 connection on asyncio streams."""

    __slots__ = ("reader", "writer")

    def __init__(self, reader: Any, writer: Any) -> None:
        self.reader = reader
        self.writer = writer

    def close(self) -> None:
        self.writer.close()


class AsyncStdlibEngine:
    """HTTP/1.1 on asyncio streams with a keep-alive pool per origin (the async default).

    Like :class:`StdlibEngine`, it checks a pinned fingerprint on the connection itself before
    any request is written.
    """

    def __init__(
        self,
        tls: TlsOptions,
        *,
        timeout: float | None = 30.0,
        connect_timeout: float | None = 10.0,
        max_idle: int = 8,
    ) -> None:
        self._tls = tls
        self._pin = tls.pin()
        self._context: ssl.SSLContext | None = None
        self._timeout = timeout
        self._connect_timeout = connect_timeout
        self._max_idle = max_idle
        self._idle: dict[str, list[_Stream]] = {}

    async def _open(self, origin: str) -> _Stream:
        import asyncio

        if self._context is None:
            self._context = self._tls.context()
        parts = urlsplit(origin)
        host = parts.hostname or ""
        reader, writer = await asyncio.open_connection(
            host, parts.port or 443, ssl=self._context,
            server_hostname=host if self._context.check_hostname else None,
        )  # fmt: skip
        if self._pin is not None:
            der = writer.get_extra_info("ssl_object").getpeercert(binary_form=True) or b""
            if hashlib.sha256(der).digest() != self._pin:
                writer.close()
                raise ssl.SSLError("certificate fingerprint does not match the pinned one")
        sock = writer.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return _Stream(reader, writer)

    async def send(self, call: Call) -> RawResponse:
        import asyncio

        timeout = call.timeout if call.timeout is not None else self._timeout
        for attempt in (1, 2):
            pool = self._idle.get(call.origin)
            stream = pool.pop() if pool else None
            reused = stream is not None
            if stream is None:
                try:
                    stream = await asyncio.wait_for(
                        self._open(call.origin), _first(self._connect_timeout, timeout)
                    )
                except (OSError, ssl.SSLError, TimeoutError) as exc:
                    raise _error(call, exc, sent=False) from None
            try:
                raw, keep = await asyncio.wait_for(self._exchange(stream, call), timeout)
            except (ConnectionError, asyncio.IncompleteReadError) as exc:
                stream.close()
                if reused and attempt == 1:
                    continue  # an idle keep-alive connection was closed by the server
                raise _error(call, exc, sent=True) from None
            except (OSError, TimeoutError, ValueError) as exc:
                stream.close()
                raise _error(call, exc, sent=True) from None
            if keep and len(self._idle.setdefault(call.origin, [])) < self._max_idle:
                self._idle[call.origin].append(stream)
            else:
                stream.close()
            return raw
        raise AssertionError("unreachable")

    async def _exchange(self, stream: _Stream, call: Call) -> tuple[RawResponse, bool]:
        host = urlsplit(call.origin).netloc
        lines = [f"{call.method} {call.target} HTTP/1.1", f"Host: {host}"]
        body = call.body
        headers = dict(call.headers)
        if isinstance(body, bytes):
            headers["Content-Length"] = str(len(body))
        lines += [f"{k}: {v}" for k, v in headers.items()]
        writer = stream.writer
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        if isinstance(body, bytes):
            writer.write(body)
        elif body is not None:
            import asyncio

            body.rewind()
            while chunk := await asyncio.to_thread(body.read, 256 * 1024):
                writer.write(chunk)
                await writer.drain()
        await writer.drain()
        reader = stream.reader
        status_line = (await reader.readline()).decode("latin-1").rstrip("\r\n")
        if not status_line:
            raise ConnectionResetError("connection closed before the response")
        version, _, rest = status_line.partition(" ")
        code, _, reason = rest.partition(" ")
        response_headers: dict[str, str] = {}
        while True:
            line = await reader.readline()
            if line in (b"\r\n", b"\n", b""):
                break
            name, _, value = line.decode("latin-1").partition(":")
            response_headers[name.strip().lower()] = value.strip()
        if response_headers.get("transfer-encoding", "").lower() == "chunked":
            parts = []
            while True:
                size = int((await reader.readline()).split(b";")[0].strip(), 16)
                if size == 0:
                    await reader.readline()
                    break
                parts.append(await reader.readexactly(size))
                await reader.readline()
            content = b"".join(parts)
        elif "content-length" in response_headers:
            content = await reader.readexactly(int(response_headers["content-length"]))
        else:
            content = await reader.read()
            response_headers["connection"] = "close"
        keep = response_headers.get("connection", "").lower() != "close" and version == "HTTP/1.1"
        return RawResponse(int(code), reason, response_headers, content), keep

    async def aclose(self) -> None:
        pools, self._idle = self._idle, {}
        for pool in pools.values():
            for stream in pool:
                stream.close()


# --------------------------------------------------------------------------- httpx


def _httpx_env() -> bool:
    keys = ("http_proxy", "https_proxy", "all_proxy", "no_proxy", "ssl_cert_file", "ssl_cert_dir")
    return any(k.lower() in keys for k, v in os.environ.items() if v)


def _httpx_verify(tls: TlsOptions) -> bool | ssl.SSLContext:
    if tls.fingerprint is not None:
        raise ValueError("certificate pinning needs the stdlib engine (engine='stdlib')")
    if not tls.verify:
        return False
    return ssl.create_default_context(cafile=tls.ca_file) if tls.ca_file else True


def _httpx_error(call: Call, exc: Any) -> EngineError:
    import httpx

    sent = not isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout)
    return EngineError(
        f"{call.origin}: {type(exc).__name__}: {exc}",
        sent=sent,
        timeout=isinstance(exc, httpx.TimeoutException),
        fatal="CERTIFICATE_VERIFY_FAILED" in str(exc),
    )


def _content(body: bytes | MultipartFile | None) -> Any:
    if body is None or isinstance(body, bytes):
        return body
    body.rewind()
    return iter(body)


def _acontent(body: bytes | MultipartFile | None) -> Any:
    if body is None or isinstance(body, bytes):
        return body
    upload = body

    async def chunks() -> AsyncIterator[bytes]:
        import asyncio

        upload.rewind()
        while chunk := await asyncio.to_thread(upload.read, 256 * 1024):
            yield chunk

    return chunks()


class HttpxEngine:
    """httpx underneath (``proxy=`` supported; respx can intercept it in tests)."""

    def __init__(
        self,
        tls: TlsOptions,
        *,
        timeout: float | None = 30.0,
        connect_timeout: float | None = 10.0,
        proxy: str | None = None,
        client: Any = None,
    ) -> None:
        import httpx

        limits = httpx.Timeout(timeout, connect=_first(connect_timeout, timeout))
        self._client: httpx.Client = client or httpx.Client(
            verify=_httpx_verify(tls), timeout=limits, proxy=proxy, trust_env=_httpx_env()
        )

    def send(self, call: Call) -> RawResponse:
        import httpx

        extra: dict[str, Any] = {}
        if call.timeout is not None:
            extra["timeout"] = call.timeout
        try:
            r = self._client.request(
                call.method, call.origin + call.target, content=_content(call.body),
                headers=call.headers, **extra,
            )  # fmt: skip
        except httpx.TransportError as exc:
            raise _httpx_error(call, exc) from None
        return RawResponse(r.status_code, r.reason_phrase, r.headers, r.content)

    def close(self) -> None:
        self._client.close()


class AsyncHttpxEngine:
    """httpx's async client underneath."""

    def __init__(
        self,
        tls: TlsOptions,
        *,
        timeout: float | None = 30.0,
        connect_timeout: float | None = 10.0,
        proxy: str | None = None,
        client: Any = None,
    ) -> None:
        import httpx

        limits = httpx.Timeout(timeout, connect=_first(connect_timeout, timeout))
        self._client: httpx.AsyncClient = client or httpx.AsyncClient(
            verify=_httpx_verify(tls), timeout=limits, proxy=proxy, trust_env=_httpx_env()
        )

    async def send(self, call: Call) -> RawResponse:
        import httpx

        extra: dict[str, Any] = {}
        if call.timeout is not None:
            extra["timeout"] = call.timeout
        try:
            r = await self._client.request(
                call.method, call.origin + call.target, content=_acontent(call.body),
                headers=call.headers, **extra,
            )  # fmt: skip
        except httpx.TransportError as exc:
            raise _httpx_error(call, exc) from None
        return RawResponse(r.status_code, r.reason_phrase, r.headers, r.content)

    async def aclose(self) -> None:
        await self._client.aclose()
