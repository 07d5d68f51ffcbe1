"""One async client on several event loops: each loop gets its own connections.

A client made once (module level, a fixture) and used from several ``asyncio.run()`` calls, or
from pytest-asyncio's loop per test, met its first loop's pooled connection on the second loop
and failed with ``RuntimeError: Event loop is closed`` from inside asyncio's transport.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

import pytest
import trio

from pvesdk import AsyncPveClient

from ..support.fakepve import PASSWORD, USER, FakePve, fake_pve
from ..support.server import Server, pvesdk_server

TOKEN_SECRET = "00000000-0000-4000-8000-000000000000"


@pytest.fixture
def pve(tmp_path: Path) -> Iterator[FakePve]:
    with fake_pve(tmp_path) as server:
        yield server


def client_for(pve: FakePve, backend: Literal["httpcore", "httpx"] = "httpcore") -> AsyncPveClient:
    return AsyncPveClient("127.0.0.1", port=pve.port, user=USER, token_name="ci",
                          token_value=TOKEN_SECRET, verify_ssl=str(pve.cert),
                          backend=backend)  # fmt: skip


def loops_held(client: AsyncPveClient) -> int:
    backend = client.transport.backend  # type: ignore[attr-defined]
    per_loop = getattr(backend, "_clients", None) or backend._pools
    return len(per_loop._by_loop)


@pytest.mark.parametrize("backend", ["httpcore", "httpx"])
def test_one_client_serves_successive_asyncio_runs(
    pve: FakePve, backend: Literal["httpcore", "httpx"]
) -> None:
    client = client_for(pve, backend)

    async def release() -> str:
        return (await client.version.get()).release

    assert [asyncio.run(release()) for _ in range(3)] == ["9.2"] * 3
    assert len(pve.state.requests) == 3
    # the closed loops' pools were dropped as the next loop came: only the last one is held
    assert loops_held(client) == 1

    async def close() -> None:
        await client.aclose()

    asyncio.run(close())
    assert loops_held(client) == 0


def test_a_loop_keeps_its_connection_between_calls(pve: FakePve) -> None:
    client = client_for(pve)

    async def twice() -> int:
        await client.version.get()
        await client.version.get()
        pool = client.transport.backend._pool  # type: ignore[attr-defined]
        return len(pool.connections)

    assert asyncio.run(twice()) == 1


def test_two_threads_with_their_own_loops_share_one_client(pve: FakePve) -> None:
    client = client_for(pve)
    results: list[str] = []
    errors: list[BaseException] = []

    async def calls() -> None:
        for _ in range(5):
            results.append((await client.version.get()).release)

    def thread_main() -> None:
        try:
            asyncio.run(calls())
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=thread_main) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert results == ["9.2"] * 10


def test_successive_trio_runs(pve: FakePve) -> None:

    client = client_for(pve)

    async def release() -> str:
        return (await client.version.get()).release

    assert [trio.run(release) for _ in range(2)] == ["9.2", "9.2"]
    assert loops_held(client) == 1


def test_concurrent_logins_on_successive_loops(pve: FakePve) -> None:
    # The login lock waited on the first loop; on the second, an asyncio.Lock made once said
    # "is bound to a different event loop".
    client = AsyncPveClient("127.0.0.1", port=pve.port, user=USER, password=PASSWORD,
                            verify_ssl=str(pve.cert))  # fmt: skip

    async def together() -> list[str]:
        answers = await asyncio.gather(*(client.version.get() for _ in range(5)))
        return [answer.release for answer in answers]

    assert asyncio.run(together()) == ["9.2"] * 5
    first = len(pve.state.logins)
    pve.state.tickets.clear()  # the server forgets the ticket: every call must log in again
    assert asyncio.run(together()) == ["9.2"] * 5
    assert len(pve.state.logins) > first


def test_concurrent_logins_under_trio(pve: FakePve) -> None:
    client = AsyncPveClient("127.0.0.1", port=pve.port, user=USER, password=PASSWORD,
                            verify_ssl=str(pve.cert))  # fmt: skip
    releases: list[str] = []

    async def one() -> None:
        releases.append((await client.version.get()).release)

    async def together() -> None:
        async with trio.open_nursery() as nursery:
            for _ in range(5):
                nursery.start_soon(one)

    trio.run(together)
    assert releases == ["9.2"] * 5
    assert len(pve.state.logins) == 1  # one login; the others waited on the (trio) lock


def test_tasks_uploads_and_events_under_trio(tmp_path: Path) -> None:
    # Under trio nothing may reach for asyncio: task polling sleeps, event-stream reconnects
    # and the upload's file reads in a worker thread all use trio's own.
    source = tmp_path / "tiny.iso"
    source.write_bytes(b"\x00" * 300_000)

    async def main(server: Server) -> tuple[str, str, list[str], bool]:
        async with AsyncPveClient("127.0.0.1", port=server.port, user="root@pam",
                                  token_name="mock", token_value=TOKEN_SECRET,
                                  verify_ssl=str(server.cert)) as client:  # fmt: skip
            vm = client.nodes.node("pve1").qemu.vmid(100)
            polled = await (await vm.status.start.post()).wait(sse=False, interval=0.05)
            streamed = await (await vm.status.stop.post()).wait(interval=0.05)
            upid = await client.upload("pve1", "local", source, content="iso")
            status = client.nodes.node("pve1").tasks.upid(upid).status
            while (await status.get()).status == "running":
                await trio.sleep(0.02)
            content = await client.nodes.node("pve1").storage.storage("local").content.get()
            volids = [item.volid for item in content]
            return polled.exitstatus, streamed.exitstatus, volids, streamed.ok

    with pvesdk_server(tmp_path) as server:
        polled, streamed, volids, ok = trio.run(main, server)
    assert (polled, streamed, ok) == ("OK", "OK", True)
    assert "local:iso/tiny.iso" in volids


def test_a_revoked_ticket_is_renewed_once_for_concurrent_calls(pve: FakePve) -> None:
    # Every call that met the 401 used to forget the ticket, the one another call had just
    # obtained included: ten calls made up to ten logins (a single-use code burnt by each).
    client = AsyncPveClient("127.0.0.1", port=pve.port, user=USER, password=PASSWORD,
                            verify_ssl=str(pve.cert))  # fmt: skip

    async def together() -> list[str]:
        answers = await asyncio.gather(*(client.version.get() for _ in range(10)))
        return [answer.release for answer in answers]

    async def twice() -> None:
        assert await together() == ["9.2"] * 10
        assert len(pve.state.logins) == 1
        pve.state.tickets.clear()
        assert await together() == ["9.2"] * 10

    asyncio.run(twice())
    assert len(pve.state.logins) == 2


def test_threads_renew_a_revoked_ticket_once(pve: FakePve) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from pvesdk import PveClient

    client = PveClient("127.0.0.1", port=pve.port, user=USER, password=PASSWORD,
                       verify_ssl=str(pve.cert))  # fmt: skip
    client.version.get()
    pve.state.tickets.clear()
    with ThreadPoolExecutor(8) as pool:
        releases = list(pool.map(lambda _: client.version.get().release, range(16)))
    assert releases == ["9.2"] * 16
    assert len(pve.state.logins) == 2
