"""Ansible's community.proxmox modules against pvesdk-server: a realistic playbook runs green,
and its second run changes nothing (idempotence)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pvesdk_server.pytest_plugin import MockServer

pytest.importorskip("ansible_collections.community.proxmox", reason="needs the ansible package")

PLAYBOOK = Path(__file__).with_name("site.yml")


def run_playbook(server: MockServer, home: Path) -> dict[str, Any]:
    env = {
        **os.environ,
        "ANSIBLE_HOME": str(home),
        "ANSIBLE_LOCAL_TEMP": str(home / "tmp"),
        "ANSIBLE_REMOTE_TEMP": str(home / "tmp"),
        "ANSIBLE_STDOUT_CALLBACK": "ansible.posix.json",
        "ANSIBLE_PYTHON_INTERPRETER": sys.executable,
        "ANSIBLE_NOCOLOR": "1",
        "ANSIBLE_RETRY_FILES_ENABLED": "0",
        "ANSIBLE_DEPRECATION_WARNINGS": "0",
        "ANSIBLE_INVENTORY_UNPARSED_WARNING": "0",
        "ANSIBLE_LOCALHOST_WARNING": "0",
    }
    extra = json.dumps({"pve_port": server.port, "pve_password": server.password})
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "ansible.cli.playbook",
            "-i",
            "localhost,",
            "-e",
            extra,
            str(PLAYBOOK),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    try:
        report: dict[str, Any] = json.loads(proc.stdout[proc.stdout.index("{") :])
    except ValueError:
        detail = f"{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
        raise AssertionError(f"no JSON report:\n{detail}") from None
    return report


def outcomes(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out = {}
    for play in report["plays"]:
        for task in play["tasks"]:
            out[task["task"]["name"]] = task["hosts"]["localhost"]
    return out


def failures(report: dict[str, Any]) -> dict[str, str]:
    return {
        name: str(result.get("msg"))
        for name, result in outcomes(report).items()
        if result.get("failed") or result.get("unreachable")
    }


@pytest.fixture(scope="module")
def runs(
    pve_mock_server: MockServer, tmp_path_factory: pytest.TempPathFactory
) -> tuple[dict[str, Any], dict[str, Any]]:
    home = tmp_path_factory.mktemp("ansible-home")
    first = run_playbook(pve_mock_server, home)
    second = run_playbook(pve_mock_server, home)
    return first, second


@pytest.fixture(scope="module")
def pve_mock_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServer]:
    """A real pvesdk-server over TLS on a free loopback port, for the whole module."""
    from pvesdk_server.tls import fingerprint, self_signed

    tmp = tmp_path_factory.mktemp("pvesdk-server")
    cert, key = self_signed(tmp)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    process = subprocess.Popen(
        [
            *(sys.executable, "-m", "pvesdk_server", "--port", str(port)),
            *("--cert", str(cert), "--key", str(key), "--task-seconds", "0.05"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("pvesdk-server did not start") from None
                time.sleep(0.05)
        yield MockServer(f"https://127.0.0.1:{port}", port, cert, fingerprint(cert))
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def test_every_task_succeeds(runs: tuple[dict[str, Any], dict[str, Any]]) -> None:
    first, _ = runs
    assert failures(first) == {}
    assert first["stats"]["localhost"]["failures"] == 0


def test_the_first_run_changes_what_it_manages(runs: tuple[dict[str, Any], dict[str, Any]]) -> None:
    first, _ = runs
    changed = {name for name, result in outcomes(first).items() if result.get("changed")}
    assert "Linked clone of the template" in changed
    assert "Back up the web VM once" in changed
    assert "Lab subnet" in changed


def test_the_second_run_changes_nothing(runs: tuple[dict[str, Any], dict[str, Any]]) -> None:
    _, second = runs
    assert failures(second) == {}
    changed = sorted(name for name, result in outcomes(second).items() if result.get("changed"))
    assert changed == []
    assert second["stats"]["localhost"]["changed"] == 0
