"""Run the real ``pvesdk-server`` (Litestar on uvicorn, TLS) in a subprocess on a free port."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pvesdk_server.tls import fingerprint, self_signed


@dataclass
class Server:
    url: str
    port: int
    cert: Path
    fingerprint: str


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def pvesdk_server(tmp: Path, *args: str, tls: tuple[Path, Path] | None = None) -> Iterator[Server]:
    """The server on a free port; ``tls`` is its (certificate, key), self-signed by default."""
    cert, key = tls or self_signed(tmp / "tls")
    port = free_port()
    cmd = [sys.executable, "-m", "pvesdk_server", "--port", str(port), "--cert", str(cert),
           "--key", str(key), "--task-seconds", "0.05", *args]  # fmt: skip
    process = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                _, err = process.communicate()
                raise RuntimeError(f"pvesdk-server did not start: {err.decode()[-2000:]}") from None
            time.sleep(0.05)
    try:
        yield Server(f"https://127.0.0.1:{port}", port, cert, fingerprint(cert))
    finally:
        process.terminate()
        try:
            process.communicate(timeout=10)  # reads and closes the pipes
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
