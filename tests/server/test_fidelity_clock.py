"""Every time the mock answers comes from the engine's clock, as every time a node answers comes
from the node's one clock: a test that moves the clock sees snapshots, volumes, uptimes and
tasks agree."""

from __future__ import annotations

from typing import Any

import pytest

from pvesdk_server.engine import Engine, Reply, store_upload
from pvesdk_server.engine.core import Caller

ROOT_TOKEN = "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"
T0 = 1_500_000_000  # far from the wall clock, so a time.time() slips out


class Clock:
    def __init__(self) -> None:
        self.now = float(T0)

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def engine(clock: Clock) -> Engine:
    return Engine(task_seconds=0, clock=clock)


def call(engine: Engine, method: str, path: str, **params: Any) -> Reply:
    wire = {k: [str(v)] for k, v in params.items()}
    reply = engine.handle(method, path, wire, authorization=ROOT_TOKEN)
    assert reply.status == 200, (reply.status, reply.reason, reply.errors)
    return reply


def task_start(engine: Engine, upid: str) -> int:
    return int(engine.state.tasks[upid].starttime)


def test_a_snapshot_is_taken_at_the_engine_clock(engine: Engine, clock: Clock) -> None:
    upid = str(call(engine, "POST", "/nodes/pve1/qemu/100/snapshot", snapname="s1").data)
    snaps = call(engine, "GET", "/nodes/pve1/qemu/100/snapshot").data
    (snap,) = [s for s in snaps if s["name"] == "s1"]
    assert snap["snaptime"] == T0 == task_start(engine, upid)


@pytest.mark.parametrize("kind, vmid", [("qemu", 100), ("lxc", 200)])
def test_uptime_counts_the_engine_clock_from_the_start(
    engine: Engine, clock: Clock, kind: str, vmid: int
) -> None:
    call(engine, "POST", f"/nodes/pve1/{kind}/{vmid}/status/start")
    clock.now += 500
    current = call(engine, "GET", f"/nodes/pve1/{kind}/{vmid}/status/current").data
    assert current["uptime"] == 500
    (listed,) = [g for g in call(engine, "GET", f"/nodes/pve1/{kind}").data if g["vmid"] == vmid]
    assert listed["uptime"] == 500
    resources = call(engine, "GET", "/cluster/resources", type="vm").data
    (item,) = [r for r in resources if r["vmid"] == vmid]
    assert item["uptime"] == 500


def test_a_guest_created_with_start_runs_from_the_engine_clock(
    engine: Engine, clock: Clock
) -> None:
    call(engine, "POST", "/nodes/pve1/qemu", vmid=150, start=1)
    clock.now += 60
    assert call(engine, "GET", "/nodes/pve1/qemu/150/status/current").data["uptime"] == 60


def test_an_uploaded_volume_is_made_at_the_engine_clock(engine: Engine) -> None:
    upid = store_upload(engine, Caller(user="root@pam"), "pve1", "local", "iso", "a.iso", 3)
    content = call(engine, "GET", "/nodes/pve1/storage/local/content", content="iso").data
    (volume,) = [v for v in content if v["volid"] == "local:iso/a.iso"]
    assert volume["ctime"] == T0 == task_start(engine, upid)


def test_a_guest_ha_starts_runs_from_the_engine_clock(engine: Engine, clock: Clock) -> None:
    call(engine, "POST", "/cluster/ha/resources", sid="vm:100", state="started")
    clock.now += 30
    assert call(engine, "GET", "/nodes/pve1/qemu/100/status/current").data["uptime"] == 30


def test_a_restore_that_starts_runs_from_the_engine_clock(engine: Engine, clock: Clock) -> None:
    call(engine, "POST", "/nodes/pve1/vzdump", vmid=100, storage="local")
    (archive,) = call(engine, "GET", "/nodes/pve1/storage/local/content", content="backup").data
    assert archive["ctime"] == T0
    call(engine, "POST", "/nodes/pve1/qemu", vmid=151, archive=archive["volid"], start=1)
    clock.now += 45
    assert call(engine, "GET", "/nodes/pve1/qemu/151/status/current").data["uptime"] == 45
