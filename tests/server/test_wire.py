"""pvesdk_server.wire borrows uvicorn internals to put Proxmox's message in the status line:
these tests fail loudly when a uvicorn release moves them (pyproject pins the tested range)."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
import uvicorn
from uvicorn.protocols.http import h11_impl

from pvesdk_server import wire

PROTOCOLS = [wire.PveH11Protocol]
if wire.httptools_impl is not None:
    PROTOCOLS.append(wire.PveHttpToolsProtocol)


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    headers = [(b"content-type", b"application/json")]
    if scope["path"] == "/reason":
        headers.append((wire.REASON_HEADER, b"VM 100 already exists on node 'pve1'"))
    await send({"type": "http.response.start", "status": 500, "headers": headers})
    await send({"type": "http.response.body", "body": b'{"data":null}'})


@pytest.fixture(params=PROTOCOLS, ids=lambda p: p.__name__)
def port(request: pytest.FixtureRequest) -> Iterator[int]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(app, http=request.param, log_level="error", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=lambda: asyncio.run(server.serve(sockets=[sock])))
    thread.start()
    try:
        for _ in range(200):
            if server.started:
                break
            threading.Event().wait(0.05)
        yield sock.getsockname()[1]
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()


def head(port: int, path: str) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        conn.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := conn.recv(65536):
            data += chunk
    return data.split(b"\r\n\r\n", 1)[0]


def test_the_reason_header_becomes_the_status_line(port: int) -> None:
    status_line = head(port, "/reason").split(b"\r\n", 1)[0]
    assert status_line == b"HTTP/1.1 500 VM 100 already exists on node 'pve1'"


def test_the_reason_header_is_not_sent_on(port: int) -> None:
    assert wire.REASON_HEADER not in head(port, "/reason").lower()


def test_the_next_response_has_the_standard_phrase_again(port: int) -> None:
    head(port, "/reason")
    assert head(port, "/plain").split(b"\r\n", 1)[0] == b"HTTP/1.1 500 Internal Server Error"


def test_a_uvicorn_without_the_borrowed_cycle_class_is_refused_naming_it() -> None:
    changed = ModuleType("uvicorn.protocols.http.h11_impl")
    changed.STATUS_PHRASES = dict(h11_impl.STATUS_PHRASES)  # type: ignore[attr-defined]
    with pytest.raises(RuntimeError, match="no RequestResponseCycle class"):
        wire.check_uvicorn(changed, "STATUS_PHRASES", h11_impl.H11Protocol, "handle_events")


def test_a_protocol_that_no_longer_builds_the_cycle_is_refused() -> None:
    class Changed(h11_impl.H11Protocol):
        def handle_events(self) -> None:
            pass

    with pytest.raises(RuntimeError, match=r"Changed\.handle_events no longer builds"):
        wire.check_uvicorn(h11_impl, "STATUS_PHRASES", Changed, "handle_events")
