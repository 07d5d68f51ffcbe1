"""pytest fixtures for your own tests (registered as the ``pvesdk`` pytest plugin).

* ``pve_mock``: a :class:`pvesdk.PveClient` on a fresh in-process mock cluster (no sockets);
  the engine is ``pve_mock.transport.engine``.
* ``pve_mock_server``: a real ``pvesdk-server`` over HTTPS on a free loopback port, for any
  client (proxmoxer, curl, your own); yields its URL, port, certificate file and fingerprint.
"""

from __future__ import annotations

import importlib.util
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pvesdk import PveClient

__all__ = ["MockServer", "pve_mock", "pve_mock_server"]


@dataclass(frozen=True)
class MockServer:
    """The running server of ``pve_mock_server`` and how to log in to it.

    ``password`` and ``token_value`` are left out of the repr (a failing test's traceback with
    locals prints it).
    """

    url: str  # https://127.0.0.1:PORT
    port: int
    cert: Path  # pass as verify_ssl= / verify=
    fingerprint: str
    user: str = "root@pam"
    password: str = field(default="pvesdk", repr=False)
    token_name: str = "mock"
    token_value: str = field(default="00000000-0000-4000-8000-000000000000", repr=False)


@pytest.fixture
def pve_mock() -> PveClient:
    """A :class:`~pvesdk.PveClient` on a fresh in-process mock cluster (no sockets)."""
    from pvesdk import PveClient

    return PveClient.mock()


#: What ``pve_mock_server`` runs on: the modules of pvesdk's ``server`` extra it needs.
SERVER_MODULES = ("cryptography", "litestar", "uvicorn", "click")


def _require_server_extra() -> None:
    """Fail the test with the install command when the ``server`` extra is missing."""
    missing = [name for name in SERVER_MODULES if importlib.util.find_spec(name) is None]
    if missing:
        pytest.fail(
            "pve_mock_server runs pvesdk-server, which needs pvesdk's server extra: "
            f"pip install 'pvesdk[server]' (missing: {', '.join(missing)})",
            pytrace=False,
        )


@pytest.fixture
def pve_mock_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServer]:
    """``pvesdk-server`` on a free loopback port over TLS, for the whole session.

    Raises:
        pytest.fail.Exception: the ``server`` extra is not installed (the test fails with the
            ``pip install 'pvesdk[server]'`` line).
    """
    _require_server_extra()
    from .tls import fingerprint, self_signed

    tmp = tmp_path_factory.mktemp("pvesdk-server")
    cert, key = self_signed(tmp)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    cmd = [
        sys.executable,
        "-m",
        "pvesdk_server",
        "--port",
        str(port),
        "--cert",
        str(cert),
        "--key",
        str(key),
        "--task-seconds",
        "0.05",
    ]
    # stderr to a file, not a pipe nobody drains: a chatty server must never block on it.
    log = tmp / "server.log"
    with log.open("wb") as errors:
        process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=errors)
    deadline = time.monotonic() + 30
    try:
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    tail = log.read_text(errors="replace")[-2000:]
                    raise RuntimeError(f"pvesdk-server did not start: {tail}") from None
                time.sleep(0.05)
        yield MockServer(f"https://127.0.0.1:{port}", port, cert, fingerprint(cert))
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
