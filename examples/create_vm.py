"""Create a VM and configure it with typed property strings, then read the config back.

    PVE_MOCK=1 python create_vm.py pve1

Property strings (``net0: virtio=BC:24:…,bridge=vmbr0,firewall=1``) are models in
``pvesdk.propstr``: typos and wrong enum values fail in your editor and under mypy, before a
request leaves. Indexed families (``net0`` … ``net31``, ``scsi0`` … ``scsi30``) are one
argument taking ``{index: value}``; ``{index: None}`` deletes a member (``delete=net1``).
"""

from __future__ import annotations

import os
import sys

from pvesdk import PveClient
from pvesdk.propstr import Ipconfig, Memory, QemuNet, Scsi


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


def create_vm(client: PveClient, node: str) -> int:
    """Create a 2-core, 2 GiB VM with a 16 GiB disk on local-lvm and a NIC on vmbr0."""
    vmid = client.cluster.nextid.get()  # the lowest free VMID, as an int
    task = client.nodes.node(node).qemu.post(
        vmid=vmid,
        name=f"web-{vmid}",
        ostype="l26",
        cores=2,
        memory=Memory(current=2048),  # MiB
        scsihw="virtio-scsi-single",
        scsi={0: Scsi(file="local-lvm:16", iothread=True, discard="on")},  # 16 GiB, allocated
        net={0: QemuNet(model="virtio", bridge="vmbr0", firewall=True)},  # MAC assigned by PVE
        ipconfig={0: Ipconfig(ip="dhcp")},
        tags=["web", "example"],
    )
    # The creation runs as a task; wait() raises TaskFailed (its exit status and log tail) if it
    # fails. wait_for_task.py shows the log as it grows.
    task.wait(timeout=600)

    # A second NIC on a VLAN, added later with a config change (PUT: applied synchronously).
    vm = client.nodes.node(node).qemu.vmid(vmid)
    vm.config.put(net={1: QemuNet(model="virtio", bridge="vmbr0", tag=20)})
    return vmid


if __name__ == "__main__":
    node = sys.argv[1] if len(sys.argv) > 1 else "pve1"
    with connect() as client:
        vmid = create_vm(client, node)
        config = client.nodes.node(node).qemu.vmid(vmid).config.get()
        print(f"VM {vmid} {config.name}: {config.cores} cores, {config.memory} MiB")
        for index, disk in sorted(config.scsi.items()):
            print(f"  scsi{index}: {disk.file} size={disk.size} iothread={disk.iothread}")
        for index, nic in sorted(config.net.items()):
            print(f"  net{index}: {nic.model} {nic.macaddr} bridge={nic.bridge} vlan={nic.tag}")
            print(f"        as Proxmox stores it: {nic}")
