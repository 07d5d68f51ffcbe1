"""The asynchronous network backend: on asyncio, a small protocol class on the loop's own
transports (no stream parsing: httpcore's h11 parses); elsewhere (trio, anyio) httpcore's own
backend in :class:`~.guarded_async.AsyncGuardedBackend`. Both apply the call's deadline, the pin
check and the sent flag (:mod:`.guard`).
"""

from __future__ import annotations

import ssl
from collections.abc import Awaitable, Iterable
from typing import TYPE_CHECKING, Any, cast

import httpcore

from .guard import mark_written, pin_mismatch, time_left
from .guarded_async import AsyncGuardedBackend

if TYPE_CHECKING:
    import asyncio

__all__ = ["AsyncGuardedNetwork"]


class _BufferingProtocol:
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


class _AsyncioStream(httpcore.AsyncNetworkStream):
    """An httpcore stream on an asyncio transport, with deadline, pin check and sent flag."""

    def __init__(self, protocol: _BufferingProtocol, pin: bytes | None, tls: bool) -> None:
        self._protocol = protocol
        self._pin = pin
        self._tls = tls

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        protocol = self._protocol
        if not protocol.buffer and not protocol.eof:
            budget = time_left(timeout, httpcore.ReadTimeout)
            protocol.waiter = protocol.loop.create_future()
            try:
                await _within(budget, protocol.waiter, httpcore.ReadTimeout("no answer in time"))
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
        protocol = self._protocol
        if not buffer:
            return
        budget = time_left(timeout, httpcore.WriteTimeout)
        if protocol.transport.is_closing():
            raise httpcore.WriteError("connection closed")
        mark_written(self._tls)
        protocol.transport.write(buffer)
        if protocol.paused:
            protocol.drained = protocol.loop.create_future()
            expired = httpcore.WriteTimeout("the server does not read")
            try:
                await _within(budget, protocol.drained, expired)
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
        protocol = self._protocol
        budget = time_left(timeout, httpcore.ConnectTimeout)
        handshake = protocol.loop.start_tls(
            protocol.transport,
            cast(Any, protocol),  # an asyncio protocol by duck typing
            ssl_context,
            server_hostname=server_hostname,
        )
        try:
            transport = await _within(
                budget, handshake, httpcore.ConnectTimeout("TLS handshake timed out")
            )
        except httpcore.ConnectTimeout:
            protocol.transport.abort()
            raise
        except (OSError, ssl.SSLError) as exc:
            protocol.transport.abort()
            raise httpcore.ConnectError(str(exc)) from exc
        if transport is None:  # pragma: no cover - only when the loop closed meanwhile
            raise httpcore.ConnectError("connection closed during the TLS handshake")
        protocol.transport = transport
        mismatch = pin_mismatch(transport.get_extra_info("ssl_object"), self._pin)
        if mismatch is not None:
            transport.abort()
            raise mismatch
        return _AsyncioStream(protocol, self._pin, tls=True)

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


class AsyncGuardedNetwork(httpcore.AsyncNetworkBackend):
    """httpcore's async network backend whose streams keep the guard; ``pin``: 32 bytes or None."""

    def __init__(self, pin: bytes | None) -> None:
        self._pin = pin
        self._elsewhere: AsyncGuardedBackend | None = None  # outside asyncio: made on first use

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        import asyncio

        budget = time_left(timeout, httpcore.ConnectTimeout)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # trio (or anyio on it): httpcore's own backend
            return await self._outside_asyncio().connect_tcp(host, port, budget, local_address)
        connecting = loop.create_connection(
            lambda: cast(Any, _BufferingProtocol(loop)),
            host,
            port,
            local_addr=(local_address, 0) if local_address else None,
        )
        expired = httpcore.ConnectTimeout(f"no connection within {budget} s")
        try:
            _, protocol = await _within(budget, connecting, expired)
        except OSError as exc:
            raise httpcore.ConnectError(str(exc) or type(exc).__name__) from exc
        return _AsyncioStream(protocol, self._pin, tls=False)

    def _outside_asyncio(self) -> AsyncGuardedBackend:
        if self._elsewhere is None:
            if _trio_running():
                from httpcore._backends.trio import TrioBackend

                self._elsewhere = AsyncGuardedBackend(TrioBackend(), self._pin)
            else:
                self._elsewhere = AsyncGuardedBackend(httpcore.AnyIOBackend(), self._pin)
        return self._elsewhere

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


async def _within(budget: float | None, waited: Awaitable[Any], expired: Exception) -> Any:
    """What ``waited`` gives, if it comes within ``budget`` seconds (None: no limit).

    Raises:
        expired: in place of the timeout (``waited`` is cancelled).
    """
    import asyncio

    try:
        async with asyncio.timeout(budget):
            return await waited
    except TimeoutError:
        raise expired from None
