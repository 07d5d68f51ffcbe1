"""Regressions found by attacking the per-loop async client (branch attack-loops)."""

from __future__ import annotations

import asyncio
import gc
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
import trio

from pvesdk import AsyncPveClient

from ..support.fakepve import FakePve, fake_pve
from ..support.server import Server, pvesdk_server
from .test_event_loops import TOKEN_SECRET, client_for


@pytest.fixture
def pve(tmp_path: Path) -> Iterator[FakePve]:
    with fake_pve(tmp_path) as server:
        yield server


def test_aclose_on_another_loop_keeps_a_running_loops_pool(pve: FakePve) -> None:
    # aclose() on loop B used to forget loop A's pool while A was still running in another
    # thread: A made a new pool, and the old one's connections stayed open (registered with A's
    # selector, out of reach) until A's loop closed: an fd leak per aclose().
    client = client_for(pve)
    ready, closed, pools = threading.Event(), threading.Event(), []

    async def long_lived() -> None:
        await client.version.get()
        pools.append(client.transport.backend._pool)  # type: ignore[attr-defined]
        ready.set()
        while not closed.is_set():
            await asyncio.sleep(0.01)
        await client.version.get()
        pools.append(client.transport.backend._pool)  # type: ignore[attr-defined]
        await client.aclose()

    thread = threading.Thread(target=lambda: asyncio.run(long_lived()))
    thread.start()
    assert ready.wait(10)

    async def close_here() -> None:
        await client.version.get()
        await client.aclose()

    asyncio.run(close_here())
    closed.set()
    thread.join(10)
    assert len(pools) == 2 and pools[0] is pools[1]


def test_trio_task_wait_closes_its_event_stream(tmp_path: Path) -> None:
    # wait() (event stream) left pvesdk's own async generators to the garbage collector, where
    # trio warns "Async generator ... was garbage collected before it had been exhausted".
    # (httpx's inner generators still do: encode/httpx#3686, not ours to fix.)
    async def main(server: Server) -> str:
        async with AsyncPveClient("127.0.0.1", port=server.port, user="root@pam",
                                  token_name="mock", token_value=TOKEN_SECRET,
                                  verify_ssl=str(server.cert)) as client:  # fmt: skip
            vm = client.nodes.node("pve1").qemu.vmid(100)
            return (await (await vm.status.start.post()).wait(interval=0.05)).exitstatus

    with pvesdk_server(tmp_path) as server, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        assert trio.run(main, server) == "OK"
        gc.collect()
    ours = [str(w.message) for w in caught if "'pvesdk." in str(w.message)]
    assert ours == []


def test_successive_asyncio_runs_leave_no_unclosed_transport(pve: FakePve) -> None:
    # The documented pattern (docs/guide/calls.md: two asyncio.run() on one client) warned
    # "unclosed transport" per ended loop; under filterwarnings=error (pytest's unraisable
    # hook) the next test failed. Each loop's pool now closes when asyncio.run ends the loop.
    client = client_for(pve)

    async def release() -> str:
        return (await client.version.get()).release

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        asyncio.run(release())
        asyncio.run(release())
        gc.collect()
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []
