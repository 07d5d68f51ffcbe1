"""Paged lists as mypy sees them: ``with_total`` keeps the operation's parameters and item type
and adds ``total``; sync and async; checked by ``mypy --strict``, not executed."""

from __future__ import annotations

from pvesdk import AsyncPveClient, PveClient
from pvesdk.paging import Page


def last_tasks(client: PveClient) -> tuple[list[str], int | None]:
    page = client.with_total(client.nodes.node("pve1").tasks.get, limit=10, errors=True)
    upids: list[str] = [item.upid for item in page]
    return upids, page.total


def log_total(client: PveClient) -> int | None:
    task = client.nodes.node("pve1").qemu.vmid(100).status.start.post()
    lines = task.log(start=0, limit=10)
    first: str = lines[0].t
    assert first
    return lines.total


async def syslog(client: AsyncPveClient) -> Page[str]:
    page = await client.with_total(client.nodes.node("pve1").syslog.get, limit=5)
    return Page([line.t for line in page], page.total)
