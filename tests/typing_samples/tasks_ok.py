"""Tasks as mypy sees them: generated operations that answer a UPID return ``Task`` (sync) and
``AsyncTask`` (async), still usable as ``str``; checked by ``mypy --strict``, not executed."""

from __future__ import annotations

from datetime import datetime

from pvesdk import AsyncPveClient, PveClient
from pvesdk.tasks import AsyncTask, Task, TaskResult


def start_and_wait(client: PveClient) -> TaskResult:
    task: Task = client.nodes.node("pve1").qemu.vmid(100).status.start.post()
    upid: str = task  # still a str
    started: datetime = task.starttime
    assert upid and started
    return task.wait(timeout=600)


def maybe_task(client: PveClient) -> Task | None:
    return client.nodes.node("pve1").qemu.vmid(100).config.post(cores=2)


async def start_async(client: AsyncPveClient) -> TaskResult:
    task: AsyncTask = await client.nodes.node("pve1").lxc.vmid(200).status.start.post()
    async for line in task.follow():
        print(line)
    return await task.wait()
