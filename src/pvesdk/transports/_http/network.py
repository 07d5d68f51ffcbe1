"""The synchronous network backend: httpcore's socket backend with the call's deadline, the
pinned fingerprint check right after the TLS handshake, and the sent flag (:mod:`.guard`)."""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterable
from typing import Any

import httpcore

from .guard import PinMismatchError, check_pin, mark_written, time_left

__all__ = ["GuardedNetwork"]


class _GuardedStream(httpcore.NetworkStream):
    """httpcore's socket stream with the deadline, the pin check and the sent flag."""

    def __init__(self, inner: httpcore.NetworkStream, pin: bytes | None, tls: bool) -> None:
        self._inner = inner
        self._pin = pin
        self._tls = tls

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, time_left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        budget = time_left(timeout, httpcore.WriteTimeout)
        mark_written(self._tls)
        self._inner.write(buffer, budget)

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        budget = time_left(timeout, httpcore.ConnectTimeout)
        inner = self._inner.start_tls(ssl_context, server_hostname, budget)
        if self._pin is not None:
            try:
                check_pin(inner.get_extra_info("ssl_object"), self._pin)
            except PinMismatchError:
                inner.close()
                raise
        return _GuardedStream(inner, self._pin, tls=True)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class GuardedNetwork(httpcore.NetworkBackend):
    """httpcore's sync network backend whose streams keep the guard; ``pin``: 32 bytes or None."""

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
        budget = time_left(timeout, httpcore.ConnectTimeout)
        inner = self._inner.connect_tcp(host, port, budget, local_address, socket_options)
        return _GuardedStream(inner, self._pin, tls=False)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:  # pragma: no cover - https only
        raise httpcore.UnsupportedProtocol("pvesdk talks https over TCP")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)
