"""The guard on any httpcore network backend: each stream applies the call's deadline, checks
the pinned fingerprint right after the TLS handshake, and records whether a request byte was
written (:mod:`.guard`). Async: around httpcore's anyio or trio backend (asyncio has its own
streams, :mod:`.network_async`); sync: around httpcore's socket backend.

``guarded_sync.py`` is generated from ``guarded_async.py`` by ``scripts/unasync.py`` (the same
code without ``await``, as httpcore does): edit the async one, then run the script.
``tests/transports/test_unasync.py`` fails while the two differ.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterable
from typing import Any

import httpcore

from .guard import mark_written, pin_mismatch, time_left

__all__ = ["AsyncGuardedBackend", "AsyncGuardedStream"]


class AsyncGuardedStream(httpcore.AsyncNetworkStream):
    """httpcore's stream ``inner`` with the deadline, the pin check and the sent flag.

    ``pin`` is the pinned SHA-256 (32 bytes) or None; ``tls`` whether ``inner`` speaks TLS
    (only then is a written byte part of the request: a proxy's ``CONNECT`` is not).
    """

    def __init__(self, inner: httpcore.AsyncNetworkStream, pin: bytes | None, tls: bool) -> None:
        self._inner = inner
        self._pin = pin
        self._tls = tls

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        """Read up to ``max_bytes``, within ``timeout`` and the call's deadline.

        Raises:
            httpcore.ReadTimeout: the deadline passed; httpcore's read errors otherwise.
        """
        return await self._inner.read(max_bytes, time_left(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        """Write ``buffer``, recording that a request byte may have left.

        Raises:
            httpcore.WriteTimeout: the deadline passed; httpcore's write errors otherwise.
        """
        budget = time_left(timeout, httpcore.WriteTimeout)
        mark_written(self._tls)
        await self._inner.write(buffer, budget)

    async def aclose(self) -> None:
        """Close the stream."""
        await self._inner.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        """The TLS stream over this one, its certificate checked against the pin.

        Raises:
            PinMismatchError: the certificate is not the pinned one (the stream is closed).
            httpcore.ConnectTimeout: the deadline passed; httpcore's TLS errors otherwise.
        """
        budget = time_left(timeout, httpcore.ConnectTimeout)
        inner = await self._inner.start_tls(ssl_context, server_hostname, budget)
        mismatch = pin_mismatch(inner.get_extra_info("ssl_object"), self._pin)
        if mismatch is not None:
            await inner.aclose()
            raise mismatch
        return AsyncGuardedStream(inner, self._pin, tls=True)

    def get_extra_info(self, info: str) -> Any:
        """What the inner stream says of ``info``."""
        return self._inner.get_extra_info(info)


class AsyncGuardedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend ``inner`` whose streams keep the guard; ``pin``: 32 bytes or
    None."""

    def __init__(self, inner: httpcore.AsyncNetworkBackend, pin: bytes | None) -> None:
        self._inner = inner
        self._pin = pin

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        """A TCP stream to ``host:port``, within ``timeout`` and the call's deadline.

        Raises:
            httpcore.ConnectTimeout: the deadline passed; httpcore's connect errors otherwise.
        """
        budget = time_left(timeout, httpcore.ConnectTimeout)
        inner = await self._inner.connect_tcp(host, port, budget, local_address, socket_options)
        return AsyncGuardedStream(inner, self._pin, tls=False)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:  # pragma: no cover - https only
        """Not supported: pvesdk talks https over TCP.

        Raises:
            httpcore.UnsupportedProtocol: always.
        """
        raise httpcore.UnsupportedProtocol("pvesdk talks https over TCP")

    async def sleep(self, seconds: float) -> None:
        """Sleep ``seconds`` the inner backend's way."""
        await self._inner.sleep(seconds)
