"""Task.wait() and follow() take the task's event stream when the server has one, and poll
when it has none: the real pvesdk-server under uvicorn over TLS, and the same server with its
stream paths answering 501 as the server without streams (as a real Proxmox VE is)."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Iterator

import httpx
import pytest

from pvesdk import AsyncPveClient, PveClient
from pvesdk.tasks import TaskFailed
from pvesdk.transport import Request, Response

from .sse_server import TOKEN, SseServer, sse_server

FAST = {"interval": 0.05, "max_interval": 0.2}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SseServer]:
    with sse_server(tmp_path_factory.mktemp("sse"), task_seconds=0.5, heartbeat=0.2) as srv:
        yield srv


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SseServer]:
    tmp = tmp_path_factory.mktemp("nostreams")
    with sse_server(tmp, task_seconds=0.5, heartbeat=0.2, streams=False) as srv:
        yield srv


def counted(client: PveClient) -> list[str]:
    """The paths of the API calls the client makes from now on."""
    paths: list[str] = []
    transport = client.transport
    handle = transport.handle_request

    def counting(request: Request) -> Response:
        paths.append(request.path)
        return handle(request)

    transport.handle_request = counting  # type: ignore[method-assign]
    return paths


def reset(server: SseServer) -> None:
    trust = ssl.create_default_context(cafile=str(server.cert))
    httpx.post(f"https://127.0.0.1:{server.port}/pvesdk/reset", verify=trust)


def connect(server: SseServer) -> PveClient:
    reset(server)
    return PveClient("127.0.0.1", port=server.port, verify_ssl=str(server.cert), **TOKEN)


def without_streams(plain: SseServer) -> PveClient:
    return connect(plain)


def test_wait_takes_the_end_from_the_event_stream_without_polling(server: SseServer) -> None:
    with connect(server) as client:
        task = client.nodes.node("pve1").qemu.vmid(100).status.start.post()
        calls = counted(client)
        result = task.wait(**FAST)
    assert result.ok and result.log_tail[-1] == "TASK OK"
    assert not any(path.endswith("/status") for path in calls)


def test_follow_yields_the_lines_from_the_event_stream(server: SseServer) -> None:
    with connect(server) as client:
        task = client.nodes.node("pve1").qemu.vmid(100).status.start.post()
        calls = counted(client)
        lines = list(task.follow(**FAST))
    assert lines == ["start qemu 100", "TASK OK"]
    assert not any(path.endswith(("/status", "/log")) for path in calls)


def test_follow_with_sse_off_polls_and_yields_the_same_lines(server: SseServer) -> None:
    with connect(server) as client:
        task = client.nodes.node("pve1").qemu.vmid(100).status.start.post()
        calls = counted(client)
        lines = list(task.follow(sse=False, **FAST))
    assert lines == ["start qemu 100", "TASK OK"]
    assert any(path.endswith("/log") for path in calls)


def test_a_failing_task_raises_when_its_end_comes_from_the_stream(server: SseServer) -> None:
    with connect(server) as client:
        vm = client.nodes.node("pve1").qemu.vmid(100)
        vm.status.start.post().wait(**FAST)
        task = vm.status.start.post()  # qemu-server's vm_start worker: already running
        with pytest.raises(TaskFailed) as failed:
            task.wait(**FAST)
    assert failed.value.log_tail[-1].startswith("TASK ERROR: ")


def test_a_timeout_while_streaming_leaves_the_task_running(server: SseServer) -> None:
    import pvesdk

    with connect(server) as client:
        task = client.nodes.node("pve1").qemu.vmid(100).status.start.post()
        with pytest.raises(pvesdk.PveTimeoutError, match="still running"):
            task.wait(timeout=0.1, **FAST)
        assert task.status().status == "running"


def test_without_event_streams_wait_falls_back_to_polling(plain: SseServer) -> None:
    with without_streams(plain) as client:
        task = client.nodes.node("pve1").qemu.vmid(100).status.stop.post()
        calls = counted(client)
        assert task.wait(**FAST).ok
        assert client._no_event_streams  # remembered: the next wait polls at once
    assert any(path.endswith("/status") for path in calls)


def test_without_event_streams_follow_polls_the_log(plain: SseServer) -> None:
    with without_streams(plain) as client:
        task = client.nodes.node("pve1").qemu.vmid(100).status.stop.post()
        assert list(task.follow(**FAST))[-1] == "TASK OK"


def test_async_wait_and_follow_take_the_stream(server: SseServer) -> None:
    async def run() -> tuple[bool, list[str]]:
        reset(server)
        async with AsyncPveClient("127.0.0.1", port=server.port, verify_ssl=str(server.cert),
                                  **TOKEN) as client:  # fmt: skip
            vm = client.nodes.node("pve1").qemu.vmid(100)
            started = await vm.status.start.post()
            lines = [line async for line in started.follow(**FAST)]
            stopped = await vm.status.stop.post()
            return (await stopped.wait(**FAST)).ok, lines

    ok, lines = asyncio.run(run())
    assert ok and lines == ["start qemu 100", "TASK OK"]


def test_async_wait_falls_back_to_polling_without_streams(plain: SseServer) -> None:
    reset(plain)

    async def run() -> bool:
        async with AsyncPveClient(
            "127.0.0.1", port=plain.port, verify_ssl=str(plain.cert), **TOKEN
        ) as client:
            task = await client.nodes.node("pve1").qemu.vmid(100).status.stop.post()
            return (await task.wait(**FAST)).ok

    assert asyncio.run(run())


def test_the_in_process_mock_polls() -> None:
    client = PveClient.mock(task_seconds=0.1)
    task = client.nodes.node("pve1").qemu.vmid(100).status.start.post()
    assert task.wait(**FAST).ok and client._no_event_streams


def test_event_stream_goes_to_the_host_that_answered_last() -> None:
    """The https transport moves to the host that answered (failover); a task's event stream
    follows it rather than going back to the first host, which may be the one that is down."""
    from pvesdk import PveClient
    from pvesdk._sse import EventSettings

    client = PveClient(
        ["pve-down.invalid", "pve2.invalid"], user="root@pam", token_name="ci", token_value="x"
    )
    transport = client.transport
    transport.current = 1  # type: ignore[attr-defined]
    assert EventSettings.of(transport).origin == "https://pve2.invalid:8006"
