"""Start a long operation and follow its task: the log as it grows, then the exit status.

    PVE_MOCK=1 python wait_for_task.py pve1 100      # start VM 100 on node pve1, follow it

A long Proxmox operation answers a UPID (``UPID:node:pid:pstart:starttime:type:id:user:``) at
once and runs as a task. pvesdk returns it as a ``Task``: a ``str`` (the UPID) bound to the
client. ``task.follow()`` yields the log's lines as they are written, until the task stops;
``task.wait()`` then gives its ``TaskResult`` (``exitstatus`` ``OK`` or ``WARNINGS: n``), or
raises ``TaskFailed`` (its ``exitstatus`` and ``log_tail``) when it failed, and
``PveTimeoutError`` after ``timeout`` seconds (the task keeps running). Against pvesdk-server
both read the task's event stream; against Proxmox VE they poll ``tasks/{upid}/status`` and
``…/log`` with backoff.
"""

from __future__ import annotations

import os
import sys

from pvesdk import PveApiError, PveClient, PveTimeoutError
from pvesdk.tasks import TaskFailed


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


def main(args: list[str]) -> int:
    """Start VM ``args[1]`` on node ``args[0]``, print its task's log and exit status.

    Returns the exit code: 0 when the task succeeded, 1 when it failed or timed out, 2 for
    wrong arguments.
    """
    if len(args) != 2 or not args[1].isdigit():
        print("usage: wait_for_task.py NODE VMID", file=sys.stderr)
        return 2
    node, vmid = args[0], int(args[1])
    with connect() as client:
        try:
            task = client.nodes.node(node).qemu.vmid(vmid).status.start.post()
        except PveApiError as exc:  # e.g. 500 Configuration file … does not exist
            print(exc, file=sys.stderr)
            return 1
        print(f"started {task} ({task.type} {task.id} on {task.node})")
        for line in task.follow(interval=0.2):  # polled every 0.2 s where there is no stream
            print(line)
        try:
            result = task.wait(timeout=600, interval=0.2)
        except TaskFailed as failed:
            print(f"task failed: {failed.exitstatus}", file=sys.stderr)
            return 1
        except PveTimeoutError as exc:
            print(exc, file=sys.stderr)
            return 1
        print(f"exit status: {result.exitstatus}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
