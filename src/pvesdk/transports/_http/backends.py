"""The backends: httpcore's connection pools on the guarded network backends (the defaults),
and httpx clients on the same pools (``backend="httpx"``, so respx can intercept them)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit, urlunsplit

import httpcore

from .call import Call, RawResponse, TlsOptions
from .guard import tracked
from .guarded_sync import GuardedBackend
from .loops import PerLoop
from .network_async import AsyncGuardedNetwork

if TYPE_CHECKING:
    import httpx

    from ...upload import MultipartFile

__all__ = ["AsyncCoreBackend", "AsyncHttpxBackend", "CoreBackend", "HttpxBackend"]

#: httpcore's failures; anything else (a bug, a cancellation) passes through untouched.
_HTTPCORE_FAILURES = (
    httpcore.NetworkError,
    httpcore.TimeoutException,
    httpcore.ProtocolError,
    httpcore.ProxyError,
    httpcore.UnsupportedProtocol,
)


def _timeouts(call: Call) -> dict[str, float | None]:
    """httpcore's per-operation limits; the network backend shortens each to the deadline's rest."""
    limit, connect = call.timeout, call.connect_timeout
    if connect is None or (limit is not None and limit < connect):
        connect = limit
    return {"connect": connect, "read": limit, "write": limit, "pool": limit}


def _proxy(url: str) -> httpcore.Proxy:
    """An ``http://[user:password@]host:port`` proxy. httpcore drops a URL's credentials without
    a word: they travel as ``Proxy-Authorization`` (Basic) instead, and leave the URL."""
    parts = urlsplit(url)
    if parts.username is None:
        return httpcore.Proxy(url)
    bare = urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))
    return httpcore.Proxy(bare, auth=(unquote(parts.username), unquote(parts.password or "")))


def _pool_options(tls: TlsOptions, proxy: str | None, connections: int) -> dict[str, Any]:
    proxy_url = _proxy(proxy) if proxy else None
    return {"ssl_context": tls.context(), "proxy": proxy_url, "max_connections": connections}


def _request_options(call: Call) -> dict[str, Any]:
    return {"headers": call.headers, "extensions": {"timeout": _timeouts(call)}}


def _from_httpcore(response: httpcore.Response) -> RawResponse:
    reason_bytes = response.extensions.get("reason_phrase", b"")
    try:
        reason = reason_bytes.decode()
    except UnicodeDecodeError:
        reason = reason_bytes.decode("latin-1")
    headers = {
        name.decode("latin-1").lower(): value.decode("latin-1") for name, value in response.headers
    }
    return RawResponse(response.status, reason, headers, response.content)


def _body(body: bytes | MultipartFile | None) -> Any:
    """The request content for a sync pool: bytes, or the upload's chunks from the start."""
    if body is None or isinstance(body, bytes):
        return body or b""
    body.rewind()
    return iter(body)


def _async_body(body: bytes | MultipartFile | None) -> Any:
    """The request content for an async pool: an upload's chunks from ``aread`` (a file is
    read in a worker thread, a body already on the event loop is awaited there)."""
    if body is None or isinstance(body, bytes):
        return body or b""
    upload = body

    async def chunks() -> AsyncIterator[bytes]:
        upload.rewind()
        while chunk := await upload.aread(256 * 1024):
            yield chunk

    return chunks()


class _BackendBase:
    def __repr__(self) -> str:  # nothing to show, and above all no headers
        return f"{type(self).__name__}()"


class CoreBackend(_BackendBase):
    """httpcore's connection pool on the pinning, deadline-keeping network backend (sync default).

    ``connections`` caps the pooled connections; ``proxy`` is an ``http://`` proxy URL.
    """

    def __init__(self, tls: TlsOptions, *, proxy: str | None = None, connections: int = 16) -> None:
        options = _pool_options(tls, proxy, connections)
        network = GuardedBackend(httpcore.SyncBackend(), tls.pin)
        self._pool = httpcore.ConnectionPool(**options, network_backend=network)

    def send(self, call: Call) -> RawResponse:
        """Send ``call`` through the pool.

        Raises:
            BackendError: no answer; ``sent`` says whether a request byte was written.
        """
        url, content = call.origin + call.target, _body(call.body)
        with tracked(call, _HTTPCORE_FAILURES):
            response = self._pool.request(
                call.method, url, content=content, **_request_options(call)
            )
        return _from_httpcore(response)

    def close(self) -> None:
        """Close the pooled connections."""
        self._pool.close()


class AsyncCoreBackend(_BackendBase):
    """httpcore's async connection pool on asyncio transports (async default); see
    :class:`CoreBackend`. Each event loop the backend is used from gets its own pool
    (:class:`PerLoop`); ``network`` makes each pool's network backend (default: the guarded
    asyncio one, with httpcore's own under trio)."""

    def __init__(
        self,
        tls: TlsOptions,
        *,
        proxy: str | None = None,
        connections: int = 16,
        network: Callable[[], httpcore.AsyncNetworkBackend] | None = None,
    ) -> None:
        options = _pool_options(tls, proxy, connections)
        make_network = network or (lambda: AsyncGuardedNetwork(tls.pin))
        self._pools: PerLoop[httpcore.AsyncConnectionPool] = PerLoop(
            lambda: httpcore.AsyncConnectionPool(**options, network_backend=make_network()),
            close=lambda pool: pool.aclose(),
        )

    @property
    def _pool(self) -> httpcore.AsyncConnectionPool:
        """The running loop's pool."""
        return self._pools.here()

    async def send(self, call: Call) -> RawResponse:
        """Send ``call`` through the running loop's pool.

        Raises:
            BackendError: no answer; ``sent`` says whether a request byte was written.
        """
        url, content = call.origin + call.target, _async_body(call.body)
        with tracked(call, _HTTPCORE_FAILURES):
            pool = await self._pools.get()
            response = await pool.request(
                call.method, url, content=content, **_request_options(call)
            )
        return _from_httpcore(response)

    async def aclose(self) -> None:
        """Close the running loop's pooled connections (other loops' are dropped)."""
        pool = await self._pools.take_here()
        if pool is not None:
            await pool.aclose()


def _httpx_options(call: Call, content: Any) -> dict[str, Any]:
    import httpx

    timeout = httpx.Timeout(**_timeouts(call))
    return {"content": content, "headers": call.headers, "timeout": timeout}


def _from_httpx(response: httpx.Response) -> RawResponse:
    return RawResponse(
        response.status_code, response.reason_phrase, response.headers, response.content
    )


def _on_pool(transport: Any, pool: Any) -> Any:
    """An httpx transport sending through ``pool``.

    httpx builds its pool in ``HTTPTransport.__init__`` with no way to pass a network backend,
    so the pool is swapped; the pinning tests in ``tests/transports/test_hostile.py`` fail on
    ``backend="httpx"`` if an httpx release stops sending through it.

    Raises:
        RuntimeError: this httpx has no ``HTTPTransport._pool`` (pvesdk needs httpx<1).
    """
    if not hasattr(transport, "_pool"):  # pragma: no cover - guarded by a test
        raise RuntimeError("this httpx version has no HTTPTransport._pool; pvesdk needs httpx<1")
    transport._pool = pool
    return transport


class HttpxBackend(_BackendBase):
    """An ``httpx.Client`` whose transport sends through :class:`CoreBackend`'s pool.

    respx (either of its mockers) intercepts it in tests; pinning, the deadline and the sent
    flag work as on the default backend. ``client`` replaces the whole httpx client.
    """

    def __init__(self, tls: TlsOptions, *, proxy: str | None = None, client: Any = None) -> None:
        import httpx

        pool = CoreBackend(tls, proxy=proxy)._pool
        # trust_env off: proxies from the environment would get httpx's own pools, unpinned
        transport = _on_pool(httpx.HTTPTransport(), pool)
        self._client: httpx.Client = client or httpx.Client(transport=transport, trust_env=False)

    def send(self, call: Call) -> RawResponse:
        """Send ``call`` through the httpx client.

        Raises:
            BackendError: no answer; ``sent`` says whether a request byte was written.
        """
        import httpx

        options = _httpx_options(call, _body(call.body))
        with tracked(call, (httpx.TransportError,)):
            response = self._client.request(call.method, call.origin + call.target, **options)
        return _from_httpx(response)

    def close(self) -> None:
        """Close the httpx client and its pool."""
        self._client.close()


class AsyncHttpxBackend(_BackendBase):
    """An ``httpx.AsyncClient`` on :class:`AsyncCoreBackend`'s pool (respx works on it); one
    client per event loop, as the pools are. A ``client`` given is used as it is, on any loop."""

    def __init__(self, tls: TlsOptions, *, proxy: str | None = None, client: Any = None) -> None:
        self._given: httpx.AsyncClient | None = client
        core = AsyncCoreBackend(tls, proxy=proxy)

        def make() -> httpx.AsyncClient:
            import httpx

            transport = _on_pool(httpx.AsyncHTTPTransport(), core._pool)
            return httpx.AsyncClient(transport=transport, trust_env=False)

        self._clients: PerLoop[httpx.AsyncClient] = PerLoop(make, close=lambda c: c.aclose())

    async def send(self, call: Call) -> RawResponse:
        """Send ``call`` through the httpx client.

        Raises:
            BackendError: no answer; ``sent`` says whether a request byte was written.
        """
        import httpx

        client = self._given or await self._clients.get()
        options = _httpx_options(call, _async_body(call.body))
        with tracked(call, (httpx.TransportError,)):
            response = await client.request(call.method, call.origin + call.target, **options)
        return _from_httpx(response)

    async def aclose(self) -> None:
        """Close the httpx client and its pool."""
        client = self._given or await self._clients.take_here()
        if client is not None:
            await client.aclose()
