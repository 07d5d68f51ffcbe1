"""A raw TLS server on 127.0.0.1 that answers the way a hostile or broken network would.

Each scenario is a function ``answer(conn, request, number)`` called for every request the
server reads (``number`` counts requests over all connections, from 1); it writes whatever
bytes it likes and returns False to stop serving that connection. The server counts every
request it read in full, so "sent once" is checked where it matters: on the server.

The client side is run through :func:`exchange`, the same way for every shipped backend (sync
and async, httpcore and httpx), so one test body covers all four.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pvesdk.transport import Request, Response
from pvesdk.transports.https import AsyncHttpsTransport, HttpsTransport
from pvesdk_server.tls import fingerprint, self_signed

ENGINES = ("sync-httpcore", "sync-httpx", "async-httpcore", "async-httpx")


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class Conn:
    """One accepted TLS connection, with the few raw moves the scenarios need."""

    def __init__(self, sock: ssl.SSLSocket) -> None:
        self.sock = sock
        self.buffer = b""

    def read_request(self) -> Seen | None:
        while b"\r\n\r\n" not in self.buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                return None
            self.buffer += chunk
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        method, path, _ = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        while len(self.buffer) < length:
            chunk = self.sock.recv(65536)
            if not chunk:
                return None
            self.buffer += chunk
        body, self.buffer = self.buffer[:length], self.buffer[length:]
        return Seen(method, path, headers, body)

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def close_fin(self) -> None:
        """Close without TLS close_notify: a plain TCP FIN."""
        self.sock.close()

    def close_rst(self) -> None:
        """Close with a TCP reset."""
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.sock.close()


def answer(status: int, body: bytes = b"", *, reason: str = "OK", extra: str = "") -> bytes:
    return (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n{extra}\r\n"
    ).encode() + body


def data(value: str) -> bytes:
    return b'{"data": "' + value.encode() + b'"}'


Scenario = Callable[[Conn, Seen, int], bool]


@dataclass
class Hostile:
    port: int
    cert: Path
    fingerprint: str
    requests: list[Seen] = field(default_factory=list)
    connections: int = 0

    def count(self, method: str) -> int:
        return sum(1 for r in self.requests if r.method == method)


@contextmanager
def hostile_server(tmp: Path, scenario: Scenario) -> Iterator[Hostile]:
    cert, key = self_signed(tmp / "hostile-tls")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    server = Hostile(listener.getsockname()[1], cert, fingerprint(cert))
    lock = threading.Lock()
    stop = threading.Event()

    def serve_one(raw: socket.socket) -> None:
        try:
            sock = context.wrap_socket(raw, server_side=True)
        except (OSError, ssl.SSLError):
            raw.close()
            return
        sock.settimeout(20)
        conn = Conn(sock)
        try:
            while not stop.is_set():
                seen = conn.read_request()
                if seen is None:
                    break
                with lock:
                    server.requests.append(seen)
                    number = len(server.requests)
                if not scenario(conn, seen, number):
                    break
        except (OSError, ssl.SSLError):
            pass
        finally:
            with suppress(OSError):
                sock.close()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                raw, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            server.connections += 1
            threading.Thread(target=serve_one, args=(raw,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        stop.set()
        listener.close()
        thread.join(timeout=5)


def _serve_raw(handle: Callable[[socket.socket], None]) -> Iterator[int]:
    """Accept TCP connections on 127.0.0.1 and hand each to ``handle`` in a thread (no TLS)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    stop = threading.Event()
    accepted: list[socket.socket] = []

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                raw, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            accepted.append(raw)
            threading.Thread(target=handle, args=(raw,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        listener.close()
        thread.join(timeout=5)
        for raw in accepted:
            with suppress(OSError):
                raw.close()


@contextmanager
def silent_tls_server() -> Iterator[int]:
    """A port that accepts TCP and never answers the TLS handshake."""
    yield from _serve_raw(lambda raw: None)


@contextmanager
def trickling_proxy(seconds_per_byte: float) -> Iterator[str]:
    """An HTTP proxy that reads a CONNECT and answers its 200 one byte at a time."""

    def handle(raw: socket.socket) -> None:
        with suppress(OSError):
            head = b""
            while b"\r\n\r\n" not in head and (chunk := raw.recv(4096)):
                head += chunk
            for byte in b"HTTP/1.1 200 Connection established\r\n\r\n":
                raw.sendall(bytes([byte]))
                time.sleep(seconds_per_byte)

    for port in _serve_raw(handle):
        yield f"http://127.0.0.1:{port}"


Outcome = Response | Exception


def exchange(
    backend: str,
    server: Hostile,
    requests: Sequence[Request],
    *,
    pause: float = 0.0,
    **options: Any,
) -> list[Outcome]:
    """Send ``requests`` one after another on one transport (one event loop for async ones);
    each outcome is the Response or the exception raised. ``pause`` seconds between calls."""
    kind, name = backend.split("-")
    settings: dict[str, Any] = {"port": server.port, "verify": str(server.cert), "retries": 0,
                                "backend": name, **options}  # fmt: skip
    if kind == "sync":
        outcomes: list[Outcome] = []
        with HttpsTransport("127.0.0.1", **settings) as transport:
            for index, request in enumerate(requests):
                if index and pause:
                    time.sleep(pause)
                try:
                    outcomes.append(transport.handle_request(request))
                except Exception as exc:
                    outcomes.append(exc)
        return outcomes

    async def run() -> list[Outcome]:
        results: list[Outcome] = []
        transport = AsyncHttpsTransport("127.0.0.1", **settings)
        try:
            for index, request in enumerate(requests):
                if index and pause:
                    await asyncio.sleep(pause)
                try:
                    results.append(await transport.handle_async_request(request))
                except Exception as exc:
                    results.append(exc)
        finally:
            await transport.aclose()
        return results

    return asyncio.run(run())
