"""Task history and the state file (issue 10, items 9 and 10): a task's effect is saved when the
task ends, a restart never resurrects a running task, and each node keeps a bounded history
of finished tasks, the newest (as Proxmox's rotated task index does)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pvesdk import PveClient
from pvesdk_server.engine import Engine
from pvesdk_server.engine.state import State

from ..support.server import pvesdk_server
from .sse_server import TOKEN

FAST = {"interval": 0.05, "max_interval": 0.2}


def vm_task_count(engine: Engine, node: str) -> int:
    return sum(t.node == node for t in engine.state.tasks.values())


def test_history_keeps_the_newest_finished_tasks_per_node() -> None:
    client = PveClient.mock(task_seconds=0, task_history=5)
    vm = client.nodes.node("pve1").qemu.vmid(100)
    upids = [vm.status.start.post() if i % 2 == 0 else vm.status.stop.post() for i in range(12)]
    engine = client.transport.engine  # type: ignore[attr-defined]
    assert list(engine.state.tasks) == upids[-5:]


def test_history_is_bounded_per_node() -> None:
    client = PveClient.mock(task_seconds=0, task_history=3)
    for index in range(5):
        client.nodes.node("pve1").qemu.vmid(100).status.stop.post()
        client.nodes.node("pve1").qemu.vmid(100).status.shutdown.post()  # a no-op task
        client.nodes.node("pve2").qemu.post(vmid=300 + index)  # a qmcreate task on pve2
    engine = client.transport.engine  # type: ignore[attr-defined]
    assert (vm_task_count(engine, "pve1"), vm_task_count(engine, "pve2")) == (3, 3)


def test_running_tasks_are_never_dropped_from_the_history() -> None:
    client = PveClient.mock(task_seconds=60, task_history=2)
    vm = client.nodes.node("pve1").qemu.vmid(100)
    running = [vm.status.stop.post() for _ in range(4)]
    engine = client.transport.engine  # type: ignore[attr-defined]
    assert all(upid in engine.state.tasks for upid in running)


def test_the_task_list_total_stays_bounded_under_load() -> None:
    client = PveClient.mock(task_seconds=0, task_history=50)
    vm = client.nodes.node("pve1").qemu.vmid(100)
    for _ in range(300):
        vm.status.stop.post()
    listed = client.nodes.node("pve1").tasks.get(limit=1000)
    assert len(listed) == 50


def test_a_seed_with_a_running_task_loads_it_stopped_with_unexpected_status() -> None:
    seed = State.from_seed().to_json()
    upid = "UPID:pve1:00001001:00007007:6745D2C3:qmstart:100:root@pam:"
    seed["tasks"] = {upid: {"upid": upid, "node": "pve1", "type": "qmstart", "id": "100",
                            "user": "root@pam", "starttime": 0x6745D2C3, "pid": 4097,
                            "pstart": 28679, "ends": 0, "status": "running",
                            "log": ["start qemu 100"]}}  # fmt: skip
    task = State.from_seed(seed).tasks[upid]
    assert (task.status, task.exitstatus) == ("stopped", "unexpected status")


@contextmanager
def served(tmp: Path, *args: str) -> Iterator[PveClient]:
    """A client of a real pvesdk-server run with ``args``."""
    with (
        pvesdk_server(tmp, *args) as srv,
        PveClient("127.0.0.1", port=srv.port, verify_ssl=str(srv.cert), **TOKEN) as client,
    ):
        yield client


def test_a_finished_task_is_saved_without_another_request(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    with served(tmp_path, "--state", str(state), "--task-seconds", "0.3") as client:
        upid = client.nodes.node("pve1").qemu.vmid(100).status.start.post()
        time.sleep(2)  # no request in between: the server finishes and saves on its own
        saved = json.loads(state.read_text())
    assert saved["guests"]["100"]["status"] == "running"
    assert (saved["tasks"][upid]["status"], saved["tasks"][upid]["exitstatus"]) == ("stopped", "OK")


def test_a_created_and_started_vm_survives_a_restart(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    with served(tmp_path, "--state", str(state), "--task-seconds", "0.2") as client:
        task = client.nodes.node("pve1").qemu.post(vmid=150, name="kept", start=True)
        task.wait(**FAST)
    with served(tmp_path, "--state", str(state)) as client:
        vm = client.nodes.node("pve1").qemu.vmid(150)
        status = vm.status.current.get()
        assert (status.status, status.lock) == ("running", None)
        assert client.task(task).status().exitstatus == "OK"
        vm.config.put(description="writable after the restart")


def test_a_task_running_at_shutdown_is_not_resurrected(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    with served(tmp_path, "--state", str(state), "--task-seconds", "60") as client:
        upid = client.nodes.node("pve1").qemu.vmid(100).status.start.post()
    with served(tmp_path, "--state", str(state)) as client:
        status = client.task(upid).status()
        assert (status.status, status.exitstatus) == ("stopped", "unexpected status")
        assert client.nodes.node("pve1").tasks.get(source="active") == []
