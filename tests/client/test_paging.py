"""Paged lists keep Proxmox's ``total`` (``with_total`` and ``Task.log``), sync and async; the mock
sends ``total`` where pve-manager and pve-firewall do."""

from __future__ import annotations

import asyncio
import pickle

import pytest

from pvesdk import AsyncPveClient, PveClient
from pvesdk.paging import Page
from pvesdk.transport import Request, Response, decode_response


def busy_client(tasks: int = 5) -> PveClient:
    client = PveClient.mock(task_seconds=0)
    for _ in range(tasks):
        client.nodes.node("pve1").qemu.vmid(100).status.stop.post()
    return client


def test_with_total_returns_the_page_and_the_total_of_every_match() -> None:
    client = busy_client(5)
    page = client.with_total(client.nodes.node("pve1").tasks.get, limit=2)
    assert (len(page), page.total) == (2, 5)


def test_the_plain_call_still_returns_a_plain_list() -> None:
    client = busy_client(2)
    result = client.nodes.node("pve1").tasks.get(limit=1)
    assert type(result) is list


def test_a_page_is_a_list_equal_to_its_items() -> None:
    client = busy_client(3)
    tasks = client.nodes.node("pve1").tasks
    assert client.with_total(tasks.get, limit=3) == tasks.get(limit=3)


def test_start_moves_the_window_and_total_stays() -> None:
    client = busy_client(4)
    tasks = client.nodes.node("pve1").tasks
    first = client.with_total(tasks.get, start=0, limit=3)
    rest = client.with_total(tasks.get, start=3, limit=3)
    assert (len(first), len(rest), first.total, rest.total) == (3, 1, 4, 4)
    assert {t.upid for t in first}.isdisjoint({t.upid for t in rest})


def test_total_is_none_when_the_envelope_has_none() -> None:
    client = PveClient.mock()
    page = client.with_total(client.nodes.get)
    assert page.total is None and len(page) >= 1


def test_an_operation_that_does_not_answer_a_list_is_refused() -> None:
    client = PveClient.mock()
    with pytest.raises(TypeError, match="answers a list"):
        client.with_total(client.version.get)  # type: ignore[arg-type]


def test_an_operation_that_does_not_answer_a_list_is_refused_before_it_is_sent() -> None:
    """``with_total(create)`` would create the VM and only then find no list."""
    client = PveClient.mock()
    qemu = client.nodes.node("pve1").qemu
    with pytest.raises(TypeError, match=r"NodesNodeQemu\.post answers"):
        client.with_total(qemu.post, vmid=150)  # type: ignore[arg-type]
    assert 150 not in [vm.vmid for vm in qemu.get()]


def test_async_with_total_refuses_a_non_list_operation_before_it_is_sent() -> None:
    client = AsyncPveClient.mock()
    qemu = client.nodes.node("pve1").qemu

    async def run() -> list[int]:
        with pytest.raises(TypeError, match="answers"):
            await client.with_total(qemu.post, vmid=151)  # type: ignore[arg-type]
        return [vm.vmid for vm in await qemu.get()]

    assert 151 not in asyncio.run(run())


def test_syslog_sends_total_as_pve_manager_does() -> None:
    client = busy_client(3)  # each finished task logs a start and an end line
    page = client.with_total(client.nodes.node("pve1").syslog.get, limit=2)
    assert page.total == 6
    assert [line.n for line in page] == [1, 2]
    assert "starting task UPID:pve1:" in page[0].t


def test_an_empty_firewall_log_answers_no_content_with_total_one() -> None:
    client = PveClient.mock()
    page = client.with_total(client.nodes.node("pve1").firewall.log.get)
    assert (page.total, [(line.n, line.t) for line in page]) == (1, [(1, "no content")])


def test_a_task_log_is_a_page_whose_total_counts_its_lines() -> None:
    client = PveClient.mock(task_seconds=0)
    task = client.nodes.node("pve1").qemu.vmid(100).status.stop.post()
    log = task.log(limit=1)
    assert isinstance(log, Page)
    assert log.total == len(task.log(limit=0)) and log.total >= 1


def test_task_log_refuses_a_negative_start() -> None:
    client = PveClient.mock(task_seconds=0)
    task = client.nodes.node("pve1").qemu.vmid(100).status.stop.post()
    with pytest.raises(ValueError, match="start must be an integer >= 0"):
        task.log(start=-1)


def test_extras_collects_every_key_beside_data() -> None:
    extras: dict[str, object] = {}
    response = Response(200, "OK", b'{"data": [1], "total": 7, "changes": "diff"}')
    assert decode_response(Request("GET", "/x"), response, extras) == [1]
    assert extras == {"total": 7, "changes": "diff"}


def test_a_page_pickles_with_its_total() -> None:
    page = Page([1, 2], total=9)
    copied = pickle.loads(pickle.dumps(page))
    assert (copied, copied.total, type(copied)) == ([1, 2], 9, Page)


def test_a_numeric_string_total_is_read_as_an_int() -> None:
    assert Page.of([], {"total": "12"}).total == 12


def test_async_with_total_returns_the_total() -> None:
    async def run() -> tuple[int, int | None]:
        client = AsyncPveClient.mock(task_seconds=0)
        node = client.nodes.node("pve1")
        for _ in range(3):
            await node.qemu.vmid(100).status.stop.post()
        page = await client.with_total(node.tasks.get, limit=1)
        return len(page), page.total

    assert asyncio.run(run()) == (1, 3)


def test_concurrent_async_calls_each_get_their_own_total() -> None:
    async def run() -> list[int | None]:
        client = AsyncPveClient.mock(task_seconds=0)
        node = client.nodes.node("pve1")
        for _ in range(4):
            await node.qemu.vmid(100).status.stop.post()
        pages = await asyncio.gather(
            client.with_total(node.tasks.get, limit=1),
            client.with_total(node.firewall.log.get),
            client.with_total(node.syslog.get, limit=1),
        )
        return [page.total for page in pages]

    assert asyncio.run(run()) == [4, 1, 8]


def test_async_task_log_is_a_page() -> None:
    async def run() -> int | None:
        client = AsyncPveClient.mock(task_seconds=0)
        task = await client.nodes.node("pve1").qemu.vmid(100).status.stop.post()
        return (await task.log()).total

    assert (asyncio.run(run()) or 0) >= 1
