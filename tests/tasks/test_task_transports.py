"""The same Task methods over the other transports: https to the real pvesdk-server (Litestar
on uvicorn, TLS) and a local pvesh."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from pvesdk import AsyncPveClient, PveClient
from pvesdk.tasks import TaskFailed
from pvesdk.transports.pvesh import PveshTransport

from ..support.server import Server, pvesdk_server
from ..support.sshd import fake_pvesh

TOKEN = {
    "user": "root@pam",
    "token_name": "mock",
    "token_value": "00000000-0000-4000-8000-000000000000",
}
FAST = {"interval": 0.02, "max_interval": 0.1}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with pvesdk_server(tmp_path_factory.mktemp("tasks-https"), "--task-seconds", "0.3") as srv:
        yield srv


def https_client(server: Server) -> PveClient:
    return PveClient("127.0.0.1", port=server.port, verify_ssl=str(server.cert), **TOKEN)


def test_wait_and_follow_over_https(server: Server) -> None:
    with https_client(server) as client:
        client.nodes.node("pve1").qemu.vmid(100).status.stop.post()
        task = client.task(client.nodes.node("pve1").qemu.vmid(100).status.start.post())
        assert list(task.follow(**FAST)) == ["start qemu 100", "TASK OK"]
        assert task.wait(**FAST).exitstatus == "OK"


def test_task_failed_over_https(server: Server) -> None:
    with https_client(server) as client:
        vm = client.nodes.node("pve1").qemu.vmid(100)
        client.task(vm.status.stop.post()).wait(**FAST)
        client.task(vm.status.start.post()).wait(**FAST)
        with pytest.raises(TaskFailed, match="VM 100 already running") as err:
            client.task(vm.status.start.post()).wait(**FAST)
        assert err.value.log_tail == ["start qemu 100", "TASK ERROR: VM 100 already running"]


def test_async_wait_over_https(server: Server) -> None:
    async def main() -> str:
        client = AsyncPveClient("127.0.0.1", port=server.port, verify_ssl=str(server.cert), **TOKEN)
        async with client:
            ct = client.nodes.node("pve1").qemu.vmid(100)  # stopping a stopped VM is a task
            await client.task(await ct.status.stop.post()).wait(**FAST)
            return (await client.task(await ct.status.start.post()).wait(**FAST)).exitstatus

    assert asyncio.run(main()) == "OK"


def test_wait_over_local_pvesh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PVESDK_MOCK_STATE", str(tmp_path / "state.json"))
    pvesh = str(fake_pvesh(tmp_path / "bin"))
    with PveClient(transport=PveshTransport(pvesh=(pvesh,))) as client:
        task = client.task(client.nodes.node("pve1").qemu.vmid(100).status.start.post())
        result = task.wait(**FAST)
        assert (result.ok, result.log_tail) == (True, ["start qemu 100", "TASK OK"])
        with pytest.raises(TaskFailed, match="already running"):
            client.task(client.nodes.node("pve1").qemu.vmid(100).status.start.post()).wait(**FAST)


def test_an_upload_task_runs_as_the_uploader(server: Server, tmp_path: Path) -> None:
    iso = tmp_path / "mine.iso"
    iso.write_bytes(b"\0" * 4096)
    with https_client(server) as client:
        task = client.upload("pve1", "local", iso, content="iso")
        assert task.user == "root@pam!mock"  # as pve-storage's upload: the caller's task
        assert task.wait(**FAST).ok
