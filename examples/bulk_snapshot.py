"""Snapshot every VM of a cluster concurrently, at most N at a time, with AsyncPveClient.

    PVE_MOCK=1 python bulk_snapshot.py --limit 4 --name nightly

Each snapshot is a task on the VM's node (``POST …/qemu/{vmid}/snapshot`` answers a UPID); an
asyncio.Semaphore bounds how many run at once so a cluster's storage is not flooded. A failure
is reported per VM and does not stop the others.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import time

from pvesdk import AsyncPveClient, PveError


def connect() -> AsyncPveClient:
    """A client from the environment: PVE_HOST, PVE_PORT, PVE_USER, PVE_TOKEN_NAME,
    PVE_TOKEN_VALUE, and PVE_FINGERPRINT (pin a self-signed certificate) or PVE_CA (a CA file);
    PVE_MOCK=1 for an in-process mock cluster instead."""
    if os.environ.get("PVE_MOCK"):
        return AsyncPveClient.mock(task_seconds=0.3)
    return AsyncPveClient(
        os.environ["PVE_HOST"],
        port=int(os.environ.get("PVE_PORT", "8006")),
        user=os.environ.get("PVE_USER", "root@pam"),
        token_name=os.environ["PVE_TOKEN_NAME"],
        token_value=os.environ["PVE_TOKEN_VALUE"],
        fingerprint=os.environ.get("PVE_FINGERPRINT"),
        verify_ssl=os.environ.get("PVE_CA") or True,
    )


async def snapshot_one(
    client: AsyncPveClient, limit: asyncio.Semaphore, node: str, vmid: int, name: str
) -> tuple[int, str]:
    """Snapshot one VM once ``limit`` lets it start; returns (vmid, exit status or failure)."""
    async with limit:
        try:
            vm = client.nodes.node(node).qemu.vmid(vmid)
            task = await vm.snapshot.post(snapname=name, description="bulk_snapshot.py")
            # An AsyncTask waits for itself: TaskFailed if it fails, PveTimeoutError (both
            # PveErrors) if it still runs after half an hour.
            result = await task.wait(timeout=1800)
            return vmid, result.exitstatus
        except PveError as exc:
            return vmid, f"failed: {exc}"


async def snapshot_all(client: AsyncPveClient, name: str, limit: int) -> dict[int, str]:
    """Snapshot every VM (not templates); returns {vmid: exit status or failure}."""
    vms = await client.cluster.resources.get(type="vm")
    semaphore = asyncio.Semaphore(limit)
    jobs = [
        snapshot_one(client, semaphore, vm.node, vm.vmid, name)
        for vm in vms
        if vm.type == "qemu" and not vm.template and vm.node and vm.vmid
    ]
    return dict(await asyncio.gather(*jobs))


async def main() -> None:
    """Parse ``--name`` and ``--limit``, snapshot every VM, print one line per VM."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--name", default=time.strftime("bulk-%Y%m%d-%H%M%S"))
    parser.add_argument("--limit", type=int, default=4, help="snapshots running at once")
    args = parser.parse_args()
    async with connect() as client:
        results = await snapshot_all(client, args.name, args.limit)
    for vmid, outcome in sorted(results.items()):
        print(f"{vmid}: {outcome}")


if __name__ == "__main__":
    asyncio.run(main())
