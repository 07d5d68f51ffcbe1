"""The real pvesdk-server app under uvicorn, in a subprocess on a free loopback port, with the
event-stream knobs the tests need (task length, heartbeat); and a TCP relay that can cut every
connection going through it, as a proxy or a flaky network would."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from pvesdk_server.tls import self_signed

from ..support.server import free_port

TOKEN = {
    "user": "root@pam",
    "token_name": "mock",
    "token_value": "00000000-0000-4000-8000-000000000000",
}
_LAUNCH = """
import json, sys, uvicorn
from pvesdk_server.app import ServerSettings, create_app
options = json.loads(sys.argv[1])
settings = ServerSettings(task_seconds=options["task_seconds"], heartbeat=options["heartbeat"])
app = create_app(settings)
if not options["streams"]:
    # As a real Proxmox VE: no /pvesdk/ event streams (pveproxy: 501 for what it does not serve).
    inner = app

    async def app(scope, receive, send):
        if scope["type"] == "http" and scope["path"].startswith("/pvesdk/") and (
            scope["path"].endswith("/events")
        ):
            await send({"type": "http.response.start", "status": 501, "headers": []})
            await send({"type": "http.response.body", "body": b""})
            return
        await inner(scope, receive, send)
uvicorn.run(app, host="127.0.0.1", port=options["port"], log_level="warning",
            ssl_certfile=options["cert"], ssl_keyfile=options["key"])
"""


@dataclass
class SseServer:
    port: int
    cert: Path
    process: subprocess.Popen[bytes]

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(timeout=10)


def _wait_listening(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                _, err = process.communicate()
                raise RuntimeError(f"server did not start: {err.decode()[-2000:]}") from None
            time.sleep(0.05)


@contextmanager
def sse_server(
    tmp: Path, *, task_seconds: float, heartbeat: float = 15.0, streams: bool = True
) -> Iterator[SseServer]:
    """The server; ``streams=False`` answers its event-stream paths 501, as Proxmox VE would."""
    cert, key = self_signed(tmp / "tls")
    port = free_port()
    options = {"task_seconds": task_seconds, "heartbeat": heartbeat, "port": port,
               "cert": str(cert), "key": str(key), "streams": streams}  # fmt: skip
    process = subprocess.Popen(
        [sys.executable, "-c", _LAUNCH, json.dumps(options)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    _wait_listening(port, process)
    try:
        yield SseServer(port, cert, process)
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        process.communicate()


class Relay:
    """Forwards 127.0.0.1:<port> to the server; :meth:`cut` drops every open connection."""

    def __init__(self, target: int) -> None:
        self.target = target
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = int(self.listener.getsockname()[1])
        self.connections = 0
        self._open: list[socket.socket] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target))
            with self._lock:
                self.connections += 1
                self._open += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(a: socket.socket, b: socket.socket) -> None:
        try:
            while data := a.recv(65536):
                b.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (a, b):
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        with self._lock:
            for sock in self._open:
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
            self._open = []

    def close(self) -> None:
        self.listener.close()
        self.cut()
