"""Start a long operation and follow its task: the log as it grows, then the exit status.

    PVE_MOCK=1 python wait_for_task.py pve1 100      # start VM 100 on node pve1, follow it

A long Proxmox operation answers a UPID (``UPID:node:pid:pstart:starttime:type:id:user:``) at
once and runs as a task; ``GET /nodes/{node}/tasks/{upid}/status`` says ``running`` or
``stopped`` with an ``exitstatus`` (``OK``, ``WARNINGS: n`` or the error message), and
``…/log?start=n`` pages through its log lines (``{"n": line number, "t": text}``).

This polls those two calls itself, to show them; ``task.wait()`` and ``task.follow()`` (see the
README's Tasks section) do the same with backoff, or read pvesdk-server's event stream.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from pvesdk import PveClient, PveError, PveTimeoutError


def connect() -> PveClient:
    """A client from the environment: PVE_HOST, PVE_PORT, PVE_USER, PVE_TOKEN_NAME,
    PVE_TOKEN_VALUE, and PVE_FINGERPRINT (pin a self-signed certificate) or PVE_CA (a CA file);
    PVE_MOCK=1 for an in-process mock cluster instead."""
    if os.environ.get("PVE_MOCK"):
        return PveClient.mock(task_seconds=0.5)
    return PveClient(
        os.environ["PVE_HOST"],
        port=int(os.environ.get("PVE_PORT", "8006")),
        user=os.environ.get("PVE_USER", "root@pam"),
        token_name=os.environ["PVE_TOKEN_NAME"],
        token_value=os.environ["PVE_TOKEN_VALUE"],
        fingerprint=os.environ.get("PVE_FINGERPRINT"),
        verify_ssl=os.environ.get("PVE_CA") or True,
    )


def wait_for_task(
    client: PveClient,
    upid: str,
    *,
    timeout: float = 600.0,
    on_line: Callable[[str], None] = print,
) -> str:
    """Follow the task ``upid`` until it stops; each new log line goes to ``on_line``.

    Returns the exit status (``OK`` or ``WARNINGS: n``). Polls every 0.2 s at first, backing
    off to 5 s. Raises PveError with the task's exit status when it failed, PveTimeoutError
    after ``timeout`` seconds.
    """
    node = upid.split(":")[1]  # UPID:node:…
    task = client.nodes.node(node).tasks.upid(upid)
    seen, delay = 0, 0.2
    deadline = time.monotonic() + timeout
    while True:
        status = task.status.get()  # read before the log: a stopped task's log is complete
        for line in task.log.get(start=seen, limit=500):
            on_line(line.t)
            seen = max(seen, line.n)
        if status.status == "stopped":
            exitstatus = status.exitstatus or ""
            if exitstatus != "OK" and not exitstatus.startswith("WARNINGS"):
                raise PveError(f"task {upid} failed: {exitstatus}")
            return exitstatus
        if time.monotonic() > deadline:
            raise PveTimeoutError(f"task {upid} still running after {timeout} s")
        time.sleep(delay)
        delay = min(delay * 2, 5.0)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: PVE_MOCK=1 python wait_for_task.py NODE VMID")
    node, vmid = sys.argv[1], int(sys.argv[2])
    with connect() as client:
        upid = client.nodes.node(node).qemu.vmid(vmid).status.start.post()
        print(f"started {upid}")
        print(f"exit status: {wait_for_task(client, upid)}")
