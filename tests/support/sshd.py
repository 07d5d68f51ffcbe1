"""A real OpenSSH ``sshd`` on 127.0.0.1 for transport tests, with a fake ``pvesh`` on its PATH.

Its fake pvesh answers from the pvesdk mock engine (state kept in a JSON file between calls),
like the real one: JSON on stdout, or a PVE-style message on stderr with exit status 255.
"""

from __future__ import annotations

import os
import shlex
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SSHD = shutil.which("sshd") or "/usr/sbin/sshd"

FAKE_PVESH = Path(__file__).with_name("fake_pvesh.py")
SRC = Path(__file__).resolve().parents[2] / "src"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fake_pvesh(directory: Path) -> Path:
    """An executable ``pvesh`` in ``directory`` running :mod:`fake_pvesh` with this Python and
    this checkout's packages (sshd passes no PYTHONPATH: the installed pvesdk may be another)."""
    directory.mkdir(parents=True, exist_ok=True)
    script = directory / "fake_pvesh.py"
    script.write_text(FAKE_PVESH.read_text())
    path = directory / "pvesh"
    path.write_text(
        f"#!/bin/sh\nPYTHONPATH={shlex.quote(str(SRC))} exec {shlex.quote(sys.executable)} "
        f'{shlex.quote(str(script))} "$@"\n'
    )
    path.chmod(0o755)
    return path


@dataclass
class Sshd:
    port: int
    key: Path  # the client's private key (authorized)
    other_key: Path  # a key the server does not know
    known_hosts: Path
    host_key_line: str


def keygen(path: Path) -> None:
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(path)], check=True,
        capture_output=True,
    )  # fmt: skip


def password_namespace_available() -> bool:
    """Whether sshd can run in a private mount namespace with a test password for root."""
    return (
        os.geteuid() == 0
        and shutil.which("unshare") is not None
        and shutil.which("openssl") is not None
        and subprocess.run(["unshare", "--mount", "true"], capture_output=True).returncode == 0
    )


@contextmanager
def sshd(tmp: Path, *, root_password: str | None = None) -> Iterator[Sshd]:
    """Run sshd; with ``root_password``, inside a private mount namespace whose /etc/shadow
    (a bind-mounted copy) gives root that password; the host's files are never touched."""
    tmp.mkdir(parents=True, exist_ok=True)
    os.chmod(tmp, 0o700)
    bindir = tmp / "bin"
    fake_pvesh(bindir)
    for name in ("host_key", "client_key", "other_key"):
        keygen(tmp / name)
    (tmp / "authorized_keys").write_text((tmp / "client_key.pub").read_text())
    port = free_port()
    config = tmp / "sshd_config"
    config.write_text(
        "\n".join(
            [
                f"Port {port}",
                "ListenAddress 127.0.0.1",
                f"HostKey {tmp / 'host_key'}",
                f"PidFile {tmp / 'sshd.pid'}",
                f"AuthorizedKeysFile {tmp / 'authorized_keys'}",
                "PermitRootLogin yes",
                "PubkeyAuthentication yes",
                f"PasswordAuthentication {'yes' if root_password else 'no'}",
                "KbdInteractiveAuthentication no",
                "StrictModes no",
                "UsePAM no",
                f"SetEnv PATH={bindir}:/usr/local/bin:/usr/bin:/bin "
                f"PVESDK_MOCK_STATE={tmp / 'cluster.json'}",
                "LogLevel ERROR",
                "",
            ]
        )
    )
    Path("/run/sshd").mkdir(parents=True, exist_ok=True)
    command = [SSHD, "-D", "-e", "-f", str(config)]
    if root_password is not None:
        digest = subprocess.run(
            ["openssl", "passwd", "-6", "-stdin"],
            input=root_password,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        shadow = tmp / "shadow"
        lines = Path("/etc/shadow").read_text().splitlines()
        shadow.write_text(
            "\n".join(
                f"root:{digest}:" + line.split(":", 2)[2] if line.startswith("root:") else line
                for line in lines
            )
            + "\n"
        )
        shadow.chmod(0o600)
        inner = f"mount --bind {shadow} /etc/shadow && exec " + " ".join(command)
        command = ["unshare", "--mount", "--propagation", "private", "sh", "-c", inner]
    process = subprocess.Popen(command, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                error = process.stderr.read().decode() if process.stderr else ""
                raise RuntimeError(f"sshd did not start: {error}") from None
            time.sleep(0.05)
    host_key = (tmp / "host_key.pub").read_text().split()
    line = f"[127.0.0.1]:{port} {host_key[0]} {host_key[1]}"
    known_hosts = tmp / "known_hosts"
    known_hosts.write_text(line + "\n")
    try:
        yield Sshd(port, tmp / "client_key", tmp / "other_key", known_hosts, line)
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
