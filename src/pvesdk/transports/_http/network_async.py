"""The asynchronous network backend: on asyncio, a small protocol class on the loop's own
transports (no stream parsing: httpcore's h11 parses); elsewhere (trio, anyio) httpcore's own
backend wrapped. Both apply the call's deadline, the pin check and the sent flag (:mod:`.guard`).
"""

from __future__ import annotations

import ssl
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

import httpcore

from .guard import PinMismatchError, check_pin, mark_written, time_left

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
        import asyncio

        protocol = self._protocol
        if not protocol.buffer and not protocol.eof:
            budget = time_left(timeout, httpcore.ReadTimeout)
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
        budget = time_left(timeout, httpcore.WriteTimeout)
        if protocol.transport.is_closing():
            raise httpcore.WriteError("connection closed")
        mark_written(self._tls)
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
        budget = time_left(timeout, httpcore.ConnectTimeout)
        try:
            async with asyncio.timeout(budget):
                transport = await protocol.loop.start_tls(
                    protocol.transport,
                    cast(Any, protocol),  # an asyncio protocol by duck typing
                    ssl_context,
                    server_hostname=server_hostname,
                )
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
                check_pin(transport.get_extra_info("ssl_object"), self._pin)
            except PinMismatchError:
                transport.abort()
                raise
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


class _AnyioStream(httpcore.AsyncNetworkStream):
    """httpcore's own anyio/trio stream (outside asyncio) with deadline, pin and sent flag."""

    def __init__(self, inner: httpcore.AsyncNetworkStream, pin: bytes | None, tls: bool) -> None:
        self._inner = inner
        self._pin = pin
        self._tls = tls

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, time_left(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        budget = time_left(timeout, httpcore.WriteTimeout)
        mark_written(self._tls)
        await self._inner.write(buffer, budget)

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        budget = time_left(timeout, httpcore.ConnectTimeout)
        inner = await self._inner.start_tls(ssl_context, server_hostname, budget)
        if self._pin is not None:
            try:
                check_pin(inner.get_extra_info("ssl_object"), self._pin)
            except PinMismatchError:
                await inner.aclose()
                raise
        return _AnyioStream(inner, self._pin, tls=True)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class AsyncGuardedNetwork(httpcore.AsyncNetworkBackend):
    """httpcore's async network backend whose streams keep the guard; ``pin``: 32 bytes or None."""

    def __init__(self, pin: bytes | None) -> None:
        self._pin = pin
        self._anyio: httpcore.AsyncNetworkBackend | None = None

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
        except RuntimeError:  # trio: httpcore's own backend
            if self._anyio is None:
                self._anyio = httpcore.AnyIOBackend()
            if _trio_running():
                from httpcore._backends.trio import TrioBackend

                self._anyio = TrioBackend()
            inner = await self._anyio.connect_tcp(host, port, budget, local_address)
            return _AnyioStream(inner, self._pin, tls=False)
        try:
            async with asyncio.timeout(budget):
                _, protocol = await loop.create_connection(
                    lambda: cast(Any, _BufferingProtocol(loop)),
                    host,
                    port,
                    local_addr=(local_address, 0) if local_address else None,
                )
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"no connection within {budget} s") from None
        except OSError as exc:
            raise httpcore.ConnectError(str(exc) or type(exc).__name__) from exc
        return _AsyncioStream(protocol, self._pin, tls=False)

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
