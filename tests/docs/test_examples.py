"""Every script in examples/ runs as a user would run it: a subprocess talking https to the
real pvesdk-server (certificate pinned by fingerprint), or to the in-process mock; the mock's
state afterwards shows the script did what it says. The examples pass ``mypy --strict``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from pvesdk import PveClient

from ..conftest import ROOT
from ..support.server import Server, pvesdk_server

EXAMPLES = ROOT / "examples"
TOKEN = ("mock", "00000000-0000-4000-8000-000000000000")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with pvesdk_server(tmp_path_factory.mktemp("examples")) as running:
        yield running


@pytest.fixture
def client(server: Server) -> Iterator[PveClient]:
    with PveClient("127.0.0.1", port=server.port, user="root@pam", token_name=TOKEN[0],
                   token_value=TOKEN[1], fingerprint=server.fingerprint) as client:  # fmt: skip
        yield client


def run(script: str, *args: str, server: Server | None = None) -> str:
    """Run ``examples/<script>`` with the environment a user sets; returns its stdout."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT / "generator")]),
    }
    env.pop("PVE_MOCK", None)
    if server is None:
        env["PVE_MOCK"] = "1"
    else:
        env.update(PVE_HOST="127.0.0.1", PVE_PORT=str(server.port), PVE_USER="root@pam",
                   PVE_TOKEN_NAME=TOKEN[0], PVE_TOKEN_VALUE=TOKEN[1],
                   PVE_FINGERPRINT=server.fingerprint)  # fmt: skip
    result = subprocess.run([sys.executable, str(EXAMPLES / script), *args], env=env,
                            capture_output=True, text=True, timeout=300, cwd=EXAMPLES)  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def test_inventory_lists_nodes_guests_and_storages(server: Server) -> None:
    out = run("inventory.py", server=server)
    assert "pve1" in out and "pve2" in out
    assert any(line.split()[:3] == ["100", "qemu", "demo"] for line in out.splitlines())
    assert any(line.split()[:2] == ["local-lvm", "pve1"] for line in out.splitlines())


def test_inventory_runs_on_the_in_process_mock() -> None:
    assert "demo" in run("inventory.py")


def test_create_vm_creates_a_configured_vm(server: Server, client: PveClient) -> None:
    before = client.cluster.nextid.get()
    out = run("create_vm.py", "pve1", server=server)
    config = client.nodes.node("pve1").qemu.vmid(before).config.get()
    assert f"VM {before} web-{before}" in out
    assert config.cores == 2 and config.scsi[0].size == "16G"
    assert {i: (n.model, n.bridge, n.tag) for i, n in config.net.items()} == {
        0: ("virtio", "vmbr0", None),
        1: ("virtio", "vmbr0", 20),
    }


def test_bulk_snapshot_snapshots_every_vm(server: Server, client: PveClient) -> None:
    node = client.nodes.node("pve1")
    for _ in range(3):
        vmid = client.cluster.nextid.get()
        upid = node.qemu.post(vmid=vmid)
        while node.tasks.upid(upid).status.get().status != "stopped":
            time.sleep(0.05)
    vms = [vm.vmid for vm in client.cluster.resources.get(type="vm") if vm.type == "qemu"]
    out = run("bulk_snapshot.py", "--limit", "2", "--name", "bulk1", server=server)
    assert sorted(out.split()) == sorted([f"{vmid}:" for vmid in vms] + ["OK"] * len(vms))
    for vmid in vms:
        names = {snap.name for snap in node.qemu.vmid(vmid).snapshot.get()}
        assert "bulk1" in names


def test_upload_iso_stores_the_file_with_its_size(server: Server, tmp_path: Path) -> None:
    iso = tmp_path / "tiny.iso"
    iso.write_bytes(os.urandom(3 * 1024 * 1024 + 17))
    out = run("upload_iso.py", "pve1", "local", str(iso), server=server)
    assert out.strip() == f"local:iso/tiny.iso: {iso.stat().st_size} bytes"


def test_wait_for_task_prints_the_log_and_the_exit_status(
    server: Server, client: PveClient
) -> None:
    out = run("wait_for_task.py", "pve1", "100", server=server)
    assert out.splitlines()[-1] == "exit status: OK"
    assert "TASK OK" in out.splitlines()
    assert client.nodes.node("pve1").qemu.vmid(100).status.current.get().status == "running"


def test_wait_for_task_names_its_arguments_and_exits_2_without_them() -> None:
    result = subprocess.run([sys.executable, str(EXAMPLES / "wait_for_task.py")], env=example_env(),
                            capture_output=True, text=True, timeout=300)  # fmt: skip
    assert (result.returncode, result.stderr) == (2, "usage: wait_for_task.py NODE VMID\n")


def test_wait_for_task_exits_1_with_the_exit_status_of_a_failed_task() -> None:
    # The script's mock with VM 100 already running: its start task fails.
    script = (
        "import sys, wait_for_task as w\n"
        "def running():\n"
        "    client = w.PveClient.mock(task_seconds=0.5)\n"
        "    client.nodes.node('pve1').qemu.vmid(100).status.start.post().wait(interval=0.05)\n"
        "    return client\n"
        "w.connect = running\n"
        "sys.exit(w.main(['pve1', '100']))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], env=example_env(), cwd=EXAMPLES,
                            capture_output=True, text=True, timeout=300)  # fmt: skip
    assert result.returncode == 1, result.stderr[-2000:]
    assert "TASK ERROR: VM 100 already running" in result.stdout
    assert result.stderr.endswith("task failed: VM 100 already running\n")


def example_env() -> dict[str, str]:
    env = {**os.environ, "PVE_MOCK": "1"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT / "generator"), str(EXAMPLES)])
    return env


def test_the_pytest_example_passes() -> None:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT / "generator")]),
    }
    # The fixtures come from the pytest11 entry point an install of pvesdk registers.
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
           str(EXAMPLES / "test_with_fixtures.py")]  # fmt: skip
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-3000:]
    assert " passed" in result.stdout and "failed" not in result.stdout


def test_examples_pass_mypy_strict(tmp_path: Path) -> None:
    """As a user checks a copy of them: outside the repository (no project config), pvesdk
    found through the install alone (no MYPYPATH, no PYTHONPATH)."""
    env = {k: v for k, v in os.environ.items() if k not in ("MYPYPATH", "PYTHONPATH")}
    copy = tmp_path / "examples"
    shutil.copytree(EXAMPLES, copy, ignore=shutil.ignore_patterns("__pycache__"))
    cmd = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir",
           str(tmp_path / "cache"), str(copy)]  # fmt: skip
    result = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600, cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-3000:]


@pytest.mark.parametrize("script", ["upload_iso.py", "wait_for_task.py"])
def test_a_script_run_without_its_arguments_prints_its_usage(script: str) -> None:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / script)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert result.stderr.startswith("usage: ") and "Traceback" not in result.stderr
