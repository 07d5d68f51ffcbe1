# pyright: strict
"""A typed integration as users write it; `mypy --strict` and pyright (strict) must accept it.

Not executed by the tests (it needs a cluster); run it by hand with PVE_HOST, PVE_USER,
PVE_TOKEN_NAME and PVE_TOKEN_VALUE set.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass

from pvesdk import AsyncPveClient, ParameterError, PveApiError, PveClient
from pvesdk.models import (
    ClusterResourcesGetResultItem,
    NodesGetResultItem,
    NodesQemuConfigGetResult,
    NodesTasksStatusGetResult,
)
from pvesdk.propstr import QemuNet


@dataclass(frozen=True)
class VmSpec:
    node: str
    vmid: int
    name: str
    cores: int = 2
    memory_mib: int = 2048
    bridge: str = "vmbr0"
    disk: str = "local-lvm:32"


def connect() -> PveClient:
    return PveClient(
        os.environ["PVE_HOST"],
        user=os.environ.get("PVE_USER", "root@pam"),
        token_name=os.environ["PVE_TOKEN_NAME"],
        token_value=os.environ["PVE_TOKEN_VALUE"],
        verify_ssl=os.environ.get("PVE_CA_FILE", True),
        timeout=30.0,
    )


def online_nodes(client: PveClient) -> list[str]:
    nodes: list[NodesGetResultItem] = client.nodes.get()
    return [n.node for n in nodes if n.status == "online"]


def busiest_node(client: PveClient) -> str | None:
    best: tuple[float, str] | None = None
    for item in client.nodes.get():
        load = item.cpu if item.cpu is not None else 0.0
        if best is None or load > best[0]:
            best = (load, item.node)
    return best[1] if best else None


def vm_cores(client: PveClient, node: str, vmid: int) -> int:
    cfg: NodesQemuConfigGetResult = client.nodes.node(node).qemu.vmid(vmid).config.get()
    cores = cfg.cores if cfg.cores is not None else 1
    sockets = cfg.sockets or 1
    return cores * sockets


def nic_bridges(cfg: NodesQemuConfigGetResult) -> dict[int, str]:
    return {index: nic.bridge for index, nic in sorted(cfg.net.items()) if nic.bridge}


def add_nic(client: PveClient, node: str, vmid: int) -> None:
    config = client.nodes.node(node).qemu.vmid(vmid).config
    free = min(set(range(32)) - set(config.get().net))
    config.put(net={free: QemuNet(model="virtio", bridge="vmbr0", firewall=True)})


def wait_for_task(client: PveClient, node: str, upid: str, timeout: float = 300.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status: NodesTasksStatusGetResult = client.nodes.node(node).tasks.upid(upid).status.get()
        if status.status == "stopped":
            return status.exitstatus or "unknown"
        time.sleep(1.0)
    raise TimeoutError(f"task {upid} still running after {timeout}s")


def create_vm(client: PveClient, spec: VmSpec) -> str:
    qemu = client.nodes.node(spec.node).qemu
    upid: str = qemu.post(
        vmid=spec.vmid,
        name=spec.name,
        cores=spec.cores,
        sockets=1,
        memory=str(spec.memory_mib),
        ostype="l26",
        bios="ovmf",
        scsihw="virtio-scsi-single",
        net={0: f"virtio,bridge={spec.bridge},firewall=1"},
        scsi={0: spec.disk},
        tags=["ci", "pvesdk"],
        onboot=False,
        start=False,
    )
    return wait_for_task(client, spec.node, upid)


def resize_and_clean(client: PveClient, node: str, vmid: int) -> None:
    config = client.nodes.node(node).qemu.vmid(vmid).config
    current = config.get()
    config.put(cores=(current.cores or 1) + 1, delete=["net1", "ide2"], digest=current.digest)


def start_vm(client: PveClient, node: str, vmid: int) -> str:
    vm = client.nodes.node(node).qemu.vmid(vmid)
    upid = vm.status.start.post(timeout=60)
    return wait_for_task(client, node, upid)


def stop_vm(client: PveClient, node: str, vmid: int) -> str:
    upid = client.nodes.node(node).qemu.vmid(vmid).status.stop.post(skiplock=False)
    return wait_for_task(client, node, upid)


def vms_of_cluster(client: PveClient) -> list[ClusterResourcesGetResultItem]:
    return [r for r in client.cluster.resources.get(type="vm") if r.vmid is not None]


def isos(client: PveClient, node: str, storage: str) -> list[str]:
    content = client.nodes.node(node).storage.storage(storage).content.get(content="iso")
    return sorted(item.volid for item in content)


def delete_volume(client: PveClient, node: str, volid: str) -> None:
    storage = volid.split(":", 1)[0]
    client.nodes.node(node).storage.storage(storage).content.volume(volid).delete()


def pool_members(client: PveClient) -> dict[str, int]:
    return {pool.poolid: len(pool.members or []) for pool in client.pools.get()}


def users_with_tokens(client: PveClient) -> Iterable[str]:
    for user in client.access.users.get(full=True):
        if user.tokens:
            yield user.userid


def api_version(client: PveClient) -> str:
    version = client.version.get()
    return f"{version.version} ({version.release})"


def safe_create(client: PveClient, spec: VmSpec) -> str | None:
    try:
        return create_vm(client, spec)
    except ParameterError as exc:
        for field, message in sorted(exc.errors.items()):
            print(f"{field}: {message}")
        return None
    except PveApiError as exc:
        print(f"{exc.status} {exc.message}")
        return None


async def async_summary(host: str, token_name: str, token_value: str) -> list[str]:
    async with AsyncPveClient(
        host, user="root@pam", token_name=token_name, token_value=token_value
    ) as client:
        nodes = await client.nodes.get()
        lines = [f"{n.node}: {n.status}" for n in nodes]
        version = await client.version.get()
        lines.append(version.version)
        cfg = await client.nodes.node(nodes[0].node).qemu.vmid(100).config.get(current=True)
        lines.append(str(cfg.cores or 0))
        return lines


def main() -> None:
    with connect() as client:
        print(api_version(client))
        print(online_nodes(client), busiest_node(client))
        spec = VmSpec(node=online_nodes(client)[0], vmid=client.cluster.nextid.get(), name="ci")
        print(safe_create(client, spec))
        print(vm_cores(client, spec.node, spec.vmid), isos(client, spec.node, "local"))
        print(pool_members(client), list(users_with_tokens(client)), len(vms_of_cluster(client)))
        print(start_vm(client, spec.node, spec.vmid), stop_vm(client, spec.node, spec.vmid))
    print(asyncio.run(async_summary(os.environ["PVE_HOST"], "ci", os.environ["PVE_TOKEN_VALUE"])))


if __name__ == "__main__":
    main()
