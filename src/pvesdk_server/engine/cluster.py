"""Cluster and nodes: version, node list and status, cluster status, next free VMID,
the resource list (pve-manager's ``PVE::API2::Nodes``, ``PVE::API2::Cluster``)."""

from __future__ import annotations

from typing import Any

from .core import ApiError, Caller, Engine, GiB, route
from .guests import _resource
from .sdn import sdn_resources
from .storage_config import enabled_on, is_shared


@route("GET", "/version")
def version(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    return dict(engine.state.version)


@route("GET", "/nodes")
def nodes(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    out = []
    for name, node in sorted(engine.state.nodes.items()):
        online = node.get("status") == "online"
        item = {
            "node": name,
            "status": node.get("status", "online"),
            "type": "node",
            "id": f"node/{name}",
            "level": "",
            "maxcpu": node.get("maxcpu", 8),
            "maxmem": node.get("maxmem", 32 * GiB),
            "maxdisk": node.get("maxdisk", 100 * GiB),
        }
        if online:
            item.update(cpu=0.02, mem=4 * GiB, disk=10 * GiB, uptime=86400)
        out.append(item)
    return out


@route("GET", "/nodes/{node}/status")
def node_status(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    node = engine.node(path["node"])
    cpus = node.get("maxcpu", 8)
    return {
        "cpu": 0.02,
        "uptime": 86400,
        "loadavg": ["0.05", "0.10", "0.08"],
        "wait": 0.0,
        "idle": 0,
        "kversion": "Linux 6.14.8-2-pve #1 SMP PREEMPT_DYNAMIC PMX",
        "pveversion": f"pve-manager/{engine.state.version['version']}/mock",
        "cpuinfo": {
            "cpus": cpus,
            "cores": cpus,
            "sockets": 1,
            "model": "pvesdk mock CPU",
            "mhz": "2400.000",
            "hvm": "1",
            "user_hz": 100,
            "flags": "",
        },
        "memory": {
            "total": node.get("maxmem", 32 * GiB),
            "used": 4 * GiB,
            "free": node.get("maxmem", 32 * GiB) - 4 * GiB,
            "available": 28 * GiB,
        },
        "swap": {"total": 0, "used": 0, "free": 0},
        "rootfs": {
            "total": node.get("maxdisk", 100 * GiB),
            "used": 10 * GiB,
            "free": 90 * GiB,
            "avail": 90 * GiB,
        },
        "boot-info": {"mode": "efi", "secureboot": 0},
        "current-kernel": {
            "sysname": "Linux",
            "release": "6.14.8-2-pve",
            "version": "#1 SMP",
            "machine": "x86_64",
        },
    }


@route("GET", "/cluster/status")
def cluster_status(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    state = engine.state
    out: list[dict[str, Any]] = [
        {
            "type": "cluster",
            "id": "cluster",
            "name": state.cluster,
            "nodes": len(state.nodes),
            "quorate": 1,
            "version": 2,
        }
    ]
    for index, (name, node) in enumerate(sorted(state.nodes.items()), start=1):
        out.append(
            {
                "type": "node",
                "id": f"node/{name}",
                "name": name,
                "nodeid": index,
                "online": int(node.get("status") == "online"),
                "local": int(index == 1),
                "ip": f"192.0.2.{index}",
                "level": "",
            }
        )
    return out


@route("GET", "/cluster/nextid")
def nextid(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    taken = engine.state.guests
    if "vmid" in values:
        vmid = values["vmid"]
        if vmid in taken:
            raise ApiError(
                400, "Parameter verification failed.", {"vmid": f"VM {vmid} already exists"}
            )
        return vmid
    vmid = 100
    while vmid in taken:
        vmid += 1
    return vmid


@route("GET", "/cluster/resources")
def resources(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    state = engine.state
    kind = values.get("type")
    out: list[dict[str, Any]] = []
    if kind in (None, "node"):
        for item in nodes(engine, caller, {}, {}):
            out.append({**item, "type": "node"})
    if kind in (None, "storage"):
        for name, storage in sorted(state.storages.items()):
            if not engine.access.allowed(caller, f"/storage/{name}", ["Datastore.Audit"]):
                continue
            for node in sorted(state.nodes):
                if not enabled_on(storage, node):
                    continue
                used = sum(
                    v["size"] for vol, v in state.volumes.items() if vol.startswith(name + ":")
                )
                out.append(
                    {
                        "id": f"storage/{node}/{name}",
                        "type": "storage",
                        "storage": name,
                        "node": node,
                        "status": "available",
                        "plugintype": storage["type"],
                        "content": storage["content"],
                        "maxdisk": storage.get("total", 0),
                        "disk": used,
                        "shared": int(is_shared(storage)),
                    }
                )
    if kind is None:  # pools come before the guests, each guest names its pool
        for name in sorted(state.pools):
            out.append({"id": f"/pool/{name}", "type": "pool", "pool": name})
    pool_of = {vmid: name for name, p in state.pools.items() for vmid in p.get("members", [])}
    if kind in (None, "vm"):
        for vmid, guest in sorted(state.guests.items()):
            if engine.access.allowed(caller, f"/vms/{vmid}", ["VM.Audit"]):
                item = _resource(guest)
                if vmid in pool_of:
                    item["pool"] = pool_of[vmid]
                out.append(item)
    out += sdn_resources(engine, caller, kind)
    return out
