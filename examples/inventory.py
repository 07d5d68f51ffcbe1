"""Inventory report: every node, guest and storage of a cluster, one table each.

    PVE_HOST=pve1.example.com PVE_TOKEN_NAME=ci PVE_TOKEN_VALUE=… python inventory.py
    PVE_MOCK=1 python inventory.py          # against an in-process mock cluster

Uses ``GET /cluster/resources`` (one call for the whole cluster, as the web UI's tree does);
sizes are bytes on the wire and printed in GiB.
"""

from __future__ import annotations

import os

from pvesdk import PveClient

GIB = 1024**3


def connect() -> PveClient:
    """A client from the environment: PVE_HOST, PVE_PORT, PVE_USER, PVE_TOKEN_NAME,
    PVE_TOKEN_VALUE, and PVE_FINGERPRINT (pin a self-signed certificate) or PVE_CA (a CA file);
    PVE_MOCK=1 for an in-process mock cluster instead."""
    if os.environ.get("PVE_MOCK"):
        return PveClient.mock()
    return PveClient(
        os.environ["PVE_HOST"],
        port=int(os.environ.get("PVE_PORT", "8006")),
        user=os.environ.get("PVE_USER", "root@pam"),
        token_name=os.environ["PVE_TOKEN_NAME"],
        token_value=os.environ["PVE_TOKEN_VALUE"],
        fingerprint=os.environ.get("PVE_FINGERPRINT"),
        verify_ssl=os.environ.get("PVE_CA") or True,
    )


def report(client: PveClient) -> str:
    """The nodes, guests and storages of the cluster as three text tables."""
    resources = client.cluster.resources.get()
    lines = [f"{'NODE':<12} {'STATUS':<8} {'CPUS':>4} {'MEM GiB':>8}"]
    for res in sorted((r for r in resources if r.type == "node"), key=lambda r: r.node or ""):
        memory = (res.maxmem or 0) / GIB
        lines.append(f"{res.node:<12} {res.status:<8} {res.maxcpu or 0:>4.0f} {memory:>8.1f}")
    lines += ["", f"{'VMID':>6} {'TYPE':<5} {'NAME':<16} {'NODE':<10} {'STATUS':<8} {'MEM GiB':>8}"]
    guests = [r for r in resources if r.type in ("qemu", "lxc")]
    for res in sorted(guests, key=lambda r: r.vmid or 0):
        lines.append(
            f"{res.vmid:>6} {res.type:<5} {res.name or '':<16} {res.node:<10} "
            f"{res.status:<8} {(res.maxmem or 0) / GIB:>8.1f}"
        )
    lines += ["", f"{'STORAGE':<12} {'NODE':<10} {'USED GiB':>9} {'TOTAL GiB':>10}"]
    storages = [r for r in resources if r.type == "storage"]
    for res in sorted(storages, key=lambda r: (r.storage or "", r.node or "")):
        lines.append(
            f"{res.storage:<12} {res.node:<10} {(res.disk or 0) / GIB:>9.1f} "
            f"{(res.maxdisk or 0) / GIB:>10.1f}"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    with connect() as client:
        print(report(client))
