"""The guard around httpcore's own async backends (what runs under trio: ``AsyncGuardedBackend``,
whose sync twin is generated) against the hostile server, driven here on anyio over asyncio:
the pin is checked before a request byte, and the deadline holds against a trickling server."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpcore

import pvesdk
from pvesdk.transport import Request, Response
from pvesdk.transports._http import AsyncCoreBackend, TlsOptions
from pvesdk.transports._http.guarded_async import AsyncGuardedBackend
from pvesdk.transports.https import AsyncHttpsTransport

from .hostile import Conn, Hostile, Seen, answer, data, hostile_server

POST = Request("POST", "/nodes/pve1/qemu", [("vmid", "100")])


def anyio_backend(fingerprint: str) -> AsyncCoreBackend:
    tls = TlsOptions(fingerprint=fingerprint)
    return AsyncCoreBackend(
        tls, network=lambda: AsyncGuardedBackend(httpcore.AnyIOBackend(), tls.pin)
    )


def send(server: Hostile, fingerprint: str, request: Request, **options: object) -> object:
    async def run() -> object:
        transport = AsyncHttpsTransport(
            "127.0.0.1", port=server.port, backend=anyio_backend(fingerprint), retries=0,
            **options,  # type: ignore[arg-type]
        )  # fmt: skip
        try:
            return await transport.handle_async_request(request)
        except Exception as exc:
            return exc
        finally:
            await transport.aclose()

    return asyncio.run(run())


def test_wrong_pin_on_the_anyio_backend_fails_before_a_request_byte(tmp_path: Path) -> None:
    with hostile_server(tmp_path, lambda conn, seen, number: False) as server:
        outcome = send(server, ":".join(["00"] * 32), POST)
    assert isinstance(outcome, pvesdk.PveCertificateError) and outcome.sent is False
    assert server.fingerprint in str(outcome) and server.requests == []


def test_right_pin_on_the_anyio_backend_gets_the_answer(tmp_path: Path) -> None:
    def ok(conn: Conn, seen: Seen, number: int) -> bool:
        conn.send(answer(200, data("pinned")))
        return True

    with hostile_server(tmp_path, ok) as server:
        outcome = send(server, server.fingerprint, POST)
    assert isinstance(outcome, Response) and outcome.content == data("pinned")


def test_a_trickling_server_cannot_stretch_a_call_on_the_anyio_backend(tmp_path: Path) -> None:
    def trickle(conn: Conn, seen: Seen, number: int) -> bool:
        for byte in answer(200, data("x" * 200)):
            conn.send(bytes([byte]))
            time.sleep(0.25)
        return False

    with hostile_server(tmp_path, trickle) as server:
        started = time.monotonic()
        outcome = send(server, server.fingerprint, POST, timeout=1.5)
    assert isinstance(outcome, pvesdk.PveTimeoutError) and outcome.sent is True
    assert time.monotonic() - started < 4.5
