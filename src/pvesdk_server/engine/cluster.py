"""Cluster and nodes: version, node list and status, cluster status, next free VMID,
the resource list (pve-manager's ``PVE::API2::Nodes``, ``PVE::API2::Cluster``)."""

from __future__ import annotations

import functools
import hashlib
from typing import Any

from .core import ApiError, Caller, Engine, GiB, route
from .guests import _resource
from .sdn import sdn_resources
from .storage_config import enabled_on, storage_resource


@route("GET", "/version")
def version(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``GET /version``: PVE::API2 ``version``."""
    return dict(engine.state.version)


def node_fingerprint(engine: Engine, name: str) -> str:
    """The SHA-256 fingerprint of ``name``'s certificate, as ``PVE::Cluster::get_node_fingerprint``
    reads it (pve-common ``PVE::Certificate::get_certificate_fingerprint``: Net::SSLeay's
    colon-separated upper-case hex).

    The node the server answers as (the first, as the mock takes the local node elsewhere)
    has the certificate the server serves, when it serves TLS; every other node a stable
    value made from its name, the same on every run.
    """
    if engine.tls_fingerprint and name == min(engine.state.nodes):
        return engine.tls_fingerprint
    return _made_fingerprint(name)


@functools.lru_cache(maxsize=1024)
def _made_fingerprint(name: str) -> str:
    """The stable stand-in fingerprint of node ``name`` (cached: ``GET /nodes`` lists it on
    every call)."""
    return hashlib.sha256(f"pvesdk mock node certificate {name}".encode()).digest().hex(":").upper()


@route("GET", "/nodes")
def nodes(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """Every node, its figures only to those with ``Sys.Audit`` on it (pve-manager
    ``PVE::API2Tools::extract_node_stats`` with ``$exclude_stats``), and each its certificate's
    ``ssl_fingerprint`` whatever its status (``PVE::API2::Nodes`` ``index``: read from
    ``/etc/pve/nodes/<node>/``, which every member has)."""
    out = []
    for name, node in sorted(engine.state.nodes.items()):
        online = node.get("status") == "online"
        item = {
            "node": name,
            "status": node.get("status", "online"),
            "type": "node",
            "id": f"node/{name}",
            "level": "",
        }
        if engine.access.allowed(caller, f"/nodes/{name}", ["Sys.Audit"]):
            item.update(
                maxcpu=node.get("maxcpu", 8),
                maxmem=node.get("maxmem", 32 * GiB),
                maxdisk=node.get("maxdisk", 100 * GiB),
            )
            if online:
                item.update(cpu=0.02, mem=4 * GiB, disk=10 * GiB, uptime=86400)
        item["ssl_fingerprint"] = node_fingerprint(engine, name)
        out.append(item)
    return out


@route("GET", "/nodes/{node}/status")
def node_status(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """``GET /nodes/{node}/status``: PVE::API2::Nodes::Nodeinfo ``status`` (memory and swap in
    bytes, uptime in seconds).
    """
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
    """``GET /cluster/status``: PVE::API2::Cluster ``get_status`` (one ``cluster`` entry, one
    ``node`` entry each).
    """
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
    """``GET /cluster/nextid``: PVE::API2::Cluster ``nextid``: the lowest free VMID from 100, or
    checks ``vmid``.

    Raises:
        ApiError: 400 when the given ``vmid`` is already in use (``VM x already exists``).
    """
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


def _add_to_pool(pool: dict[str, Any], guest: dict[str, Any]) -> None:
    """A running member's figures added to its pool's entry, as pve-manager sums them (the CPU
    share weighted by each one's CPUs)."""
    if not guest.get("uptime"):
        return
    pool["uptime"] = max(pool.get("uptime", 0), guest["uptime"])
    pool["mem"] = pool.get("mem", 0) + guest["mem"]
    pool["maxmem"] = pool.get("maxmem", 0) + guest["maxmem"]
    cpu, maxcpu = pool.get("cpu", 0), pool.get("maxcpu", 0)
    pool["cpu"] = (cpu * maxcpu + guest["cpu"] * guest["maxcpu"]) / (maxcpu + guest["maxcpu"])
    pool["maxcpu"] = maxcpu + guest["maxcpu"]


@route("GET", "/cluster/resources")
def resources(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """pve-manager ``PVE::API2::Cluster`` ``resources``: pools (``Pool.Audit``), guests
    (``VM.Audit``; their pool named only with ``Pool.Audit`` on it), nodes (every one, figures
    with ``Sys.Audit``), storages (``Datastore.Audit``), SDN, in that order."""
    state = engine.state
    kind = values.get("type")
    out: list[dict[str, Any]] = []
    pools: dict[str, dict[str, Any]] = {}
    if kind in (None, "pool"):
        for name in sorted(state.pools):
            if engine.access.allowed(caller, f"/pool/{name}", ["Pool.Audit"]):
                pools[name] = {"id": f"/pool/{name}", "type": "pool", "pool": name}
                out.append(pools[name])
    pool_of = {vmid: name for name, p in state.pools.items() for vmid in p.get("members", [])}
    if kind in (None, "vm"):
        for vmid, guest in sorted(state.guests.items()):
            item = _resource(engine, guest)
            pool = pool_of.get(vmid)
            if pool in pools:
                _add_to_pool(pools[pool], item)
            if not engine.access.allowed(caller, f"/vms/{vmid}", ["VM.Audit"]):
                continue
            if pool is not None and engine.access.allowed(caller, f"/pool/{pool}", ["Pool.Audit"]):
                item["pool"] = pool
            out.append(item)
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
                out.append(storage_resource(engine, name, node))
    out += sdn_resources(engine, caller, kind)
    return out
