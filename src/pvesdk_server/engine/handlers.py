"""The operations with real behaviour: nodes, guests (qemu and lxc), tasks, storage, access.

Each handler gets the engine, the caller, the path parameters and the verified parameters, and
returns the ``data`` of the answer (or raises :class:`ApiError` with Proxmox's message).
"""

from __future__ import annotations

import re
import time
from typing import Any

from .core import _UPID, ApiError, Caller, Engine, _wire, digest_guard, route
from .normalize import normalize
from .state import Guest, config_digest

GiB = 1 << 30
_SIZE = re.compile(r"^(\d+(?:\.\d+)?)([KMGT]?)$")
_UNITS = {"": GiB, "K": 1 << 10, "M": 1 << 20, "G": GiB, "T": 1 << 40}
_DISK_KEY = re.compile(r"^(scsi|virtio|sata|ide|efidisk|tpmstate)\d+$|^(rootfs|mp\d+)$")
_NET_KEY = re.compile(r"^net\d+$")
_QEMU_MODELS = ("virtio", "e1000", "e1000e", "rtl8139", "vmxnet3")


def _size_text(size: int) -> str:
    for unit, factor in (("T", 1 << 40), ("G", GiB), ("M", 1 << 20), ("K", 1 << 10)):
        if size % factor == 0:
            return f"{size // factor}{unit}"
    return str(size)


# ---------------------------------------------------------------------------- cluster and nodes


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
            for node in sorted(state.nodes):
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
                        "shared": 0,
                    }
                )
    if kind in (None, "vm"):
        for _vmid, guest in sorted(state.guests.items()):
            out.append(_resource(guest))
    return out


def _resource(guest: Guest) -> dict[str, Any]:
    cfg = guest.config
    name = cfg.get("name") or cfg.get("hostname") or f"VM {guest.vmid}"
    memory = int(str(cfg.get("memory", "512")).split(",")[0].split("=")[-1] or 512)
    item: dict[str, Any] = {
        "id": f"{guest.kind}/{guest.vmid}",
        "type": guest.kind,
        "vmid": guest.vmid,
        "node": guest.node,
        "name": name,
        "status": guest.status,
        "template": 0,
        "maxmem": memory << 20,
        "maxcpu": int(cfg.get("cores", 1)) * int(cfg.get("sockets", 1)),
        "maxdisk": 0,
        "disk": 0,
        "mem": 0,
        "cpu": 0.0,
        "uptime": 0,
        "netin": 0,
        "netout": 0,
        "diskread": 0,
        "diskwrite": 0,
    }
    if guest.status == "running":
        item.update(mem=memory << 19, cpu=0.01, uptime=max(1, int(time.time() - guest.started)))
    if "tags" in cfg:
        item["tags"] = cfg["tags"]
    return item


# ---------------------------------------------------------------------------- guests


def _mac(engine: Engine) -> str:
    engine.state.counter += 1
    n = engine.state.counter
    return f"BC:24:11:{(n >> 16) & 0xFF:02X}:{(n >> 8) & 0xFF:02X}:{n & 0xFF:02X}"


def _apply_config(engine: Engine, guest: Guest, values: dict[str, Any], *, create: bool) -> None:
    """Write parameters into a guest config the way Proxmox normalizes them."""
    skip = {
        "node",
        "vmid",
        "digest",
        "delete",
        "revert",
        "start",
        "storage",
        "pool",
        "force",
        "skiplock",
        "unique",
        "ostemplate",
        "password",
        "ssh-public-keys",
        "restore",
        "archive",
        "background_delay",
        "live-restore",
        "ignore-unpack-errors",
    }
    for key in str(values.get("delete", "") or "").replace(";", ",").split(","):
        key = key.strip()
        if key and key in guest.config:
            value = guest.config.pop(key)
            if _DISK_KEY.match(key):
                _release_volume(engine, value)
    for key, raw in values.items():
        if key in skip:
            continue
        value = _wire(raw)
        text = ",".join(map(str, value)) if isinstance(value, list) else str(value)
        if _DISK_KEY.match(key):
            text = _allocate(engine, guest, key, text)
        elif _NET_KEY.match(key) and guest.kind == "qemu":
            text = _qemu_nic(engine, text)
        elif _NET_KEY.match(key):
            text = _lxc_nic(engine, text)
        guest.config[key] = normalize(guest.kind, key, text)


def _qemu_nic(engine: Engine, text: str) -> str:
    """A qemu NIC as Proxmox stores it: ``model=MAC`` first, a MAC allocated when none given."""
    from pvesdk.propstr import QemuNet

    try:
        nic = QemuNet.parse(text)
    except ValueError:
        return text
    if nic.macaddr is None:
        nic.macaddr = _mac(engine)
    return str(nic)


def _lxc_nic(engine: Engine, text: str) -> str:
    from pvesdk.propstr import LxcNet

    try:
        nic = LxcNet.parse(text)
    except ValueError:
        return text
    if nic.hwaddr is None:
        nic.hwaddr = _mac(engine)
    return str(nic)


def _allocate(engine: Engine, guest: Guest, key: str, text: str) -> str:
    """``local-lvm:32`` (STORAGE:SIZE_IN_GiB) allocates a new volume; anything else is kept."""
    head, _, rest = text.partition(",")
    storage, _, size = head.partition(":")
    if key.startswith(("rootfs", "mp")) and head.startswith("volume="):
        storage, _, size = head.removeprefix("volume=").partition(":")
    match = _SIZE.match(size)
    if storage not in engine.state.storages or not match or "/" in size:
        return text
    n = 0
    while f"{storage}:vm-{guest.vmid}-disk-{n}" in engine.state.volumes:
        n += 1
    volid = f"{storage}:vm-{guest.vmid}-disk-{n}"
    number, unit = float(match.group(1)), match.group(2)
    bytes_ = int(number * _UNITS[unit])
    engine.state.volumes[volid] = {
        "size": bytes_,
        "format": "raw",
        "vmid": guest.vmid,
        "content": "images" if guest.kind == "qemu" else "rootdir",
    }
    extra = [p for p in rest.split(",") if p and not p.startswith("size=")]
    return ",".join([volid, *extra, f"size={_size_text(bytes_)}"])


def _release_volume(engine: Engine, value: str) -> None:
    volid = value.split(",")[0].removeprefix("volume=")
    engine.state.volumes.pop(volid, None)


def _guest_list(engine: Engine, node: str, kind: str) -> list[dict[str, Any]]:
    engine.node(node)
    out = []
    for guest in sorted(engine.state.guests.values(), key=lambda g: g.vmid):
        if guest.node == node and guest.kind == kind:
            item = _resource(guest)
            item.pop("id")
            item.pop("node")
            item.pop("type")
            item["cpus"] = item.pop("maxcpu")
            if guest.lock:
                item["lock"] = guest.lock
            out.append(item)
    return out


def _create(engine: Engine, caller: Caller, node: str, values: dict[str, Any], kind: str) -> str:
    engine.node(node)
    vmid = int(values["vmid"])
    existing = engine.state.guests.get(vmid)
    if existing is not None:
        raise ApiError(500, f"VM {vmid} already exists on node '{existing.node}'")
    if kind == "lxc" and "ostemplate" not in values:
        raise ApiError(
            400,
            "Parameter verification failed.",
            {"ostemplate": "property is missing and it is not optional"},
        )
    guest = Guest(vmid=vmid, node=node, kind=kind, config={}, lock="create")
    _apply_config(engine, guest, values, create=True)
    if kind == "qemu":
        guest.config.setdefault("smbios1", f"uuid=00000000-0000-4000-8000-{vmid:012d}")
        guest.config.setdefault("vmgenid", f"00000000-0000-4000-9000-{vmid:012d}")
    else:
        guest.config.setdefault("hostname", f"CT{vmid}")
    engine.state.guests[vmid] = guest
    if values.get("pool"):
        engine.state.pools.setdefault(values["pool"], {"comment": "", "members": []})
        engine.state.pools[values["pool"]].setdefault("members", []).append(vmid)
    start = bool(values.get("start"))

    def done() -> None:
        guest.lock = None
        if start:
            guest.status, guest.started = "running", time.time()

    kind_name = "qmcreate" if kind == "qemu" else "vzcreate"
    return engine.task(
        node, kind_name, str(vmid), caller.user, done, [f"creating {kind} guest {vmid}"]
    )


def _config_get(engine: Engine, guest: Guest, values: dict[str, Any]) -> dict[str, Any]:
    config: dict[str, Any] = dict(guest.config)
    if values.get("snapshot"):
        snap = guest.snapshots.get(values["snapshot"])
        if snap is None:
            raise ApiError(500, f"snapshot '{values['snapshot']}' does not exist")
        config = dict(snap["config"])
    if guest.lock:
        config["lock"] = guest.lock
    config["digest"] = config_digest(guest.config)
    return config


def _config_set(engine: Engine, guest: Guest, values: dict[str, Any]) -> None:
    digest_guard(guest, values)
    if guest.lock and not values.get("skiplock"):
        raise ApiError(500, f"VM is locked ({guest.lock})")
    _apply_config(engine, guest, values, create=False)


def _status_current(guest: Guest) -> dict[str, Any]:
    item = _resource(guest)
    item.pop("id")
    item.pop("type")
    item.pop("node")
    item["cpus"] = item.pop("maxcpu")
    item["ha"] = {"managed": 0}
    if guest.kind == "qemu":
        item["qmpstatus"] = "paused" if guest.status == "paused" else guest.status
        item["agent"] = 0
        if guest.status == "paused":
            item["status"] = "running"
    if guest.lock:
        item["lock"] = guest.lock
    return item


_POWER: dict[str, tuple[str, str | None, tuple[str, ...]]] = {
    # action: (task type suffix, new status, statuses it is allowed from)
    "start": ("start", "running", ("stopped",)),
    "stop": ("stop", "stopped", ("running", "paused", "stopped")),
    "shutdown": ("shutdown", "stopped", ("running", "paused")),
    "reboot": ("reboot", "running", ("running",)),
    "reset": ("reset", "running", ("running",)),
    "suspend": ("suspend", "paused", ("running",)),
    "resume": ("resume", "running", ("paused",)),
}


def _power(engine: Engine, caller: Caller, guest: Guest, action: str) -> str:
    suffix, target, allowed = _POWER[action]
    prefix = "qm" if guest.kind == "qemu" else "vz"

    def done() -> None:
        if guest.status not in allowed:
            if action == "start":
                raise ApiError(500, f"VM {guest.vmid} already running")
            raise ApiError(500, f"VM {guest.vmid} not running")
        if guest.lock and action != "stop":
            raise ApiError(500, f"VM is locked ({guest.lock})")
        if target is not None:
            if target == "running" and guest.status != "running":
                guest.started = time.time()
            guest.status = target

    return engine.task(
        guest.node,
        prefix + suffix,
        str(guest.vmid),
        caller.user,
        done,
        [f"{action} {guest.kind} {guest.vmid}"],
    )


def _destroy(engine: Engine, caller: Caller, guest: Guest, values: dict[str, Any]) -> str:
    if guest.status != "stopped":
        raise ApiError(500, f"VM {guest.vmid} is running - destroy failed")
    if guest.lock and not values.get("skiplock"):
        raise ApiError(500, f"VM is locked ({guest.lock})")
    guest.lock = "destroyed"

    def done() -> None:
        for key, value in list(guest.config.items()):
            if _DISK_KEY.match(key) or key.startswith("unused"):
                _release_volume(engine, value)
        engine.state.guests.pop(guest.vmid, None)
        for pool in engine.state.pools.values():
            if guest.vmid in pool.get("members", []):
                pool["members"].remove(guest.vmid)

    kind = "qmdestroy" if guest.kind == "qemu" else "vzdestroy"
    return engine.task(guest.node, kind, str(guest.vmid), caller.user, done)


def _register_guest_routes(kind: str) -> None:
    base = f"/nodes/{{node}}/{kind}"

    @route("GET", base)
    def index(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        return _guest_list(engine, path["node"], kind)

    @route("POST", base)
    def create(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        return _create(engine, caller, path["node"], values, kind)

    @route("GET", base + "/{vmid}")
    def subdirs(
        engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
    ) -> Any:
        engine.guest(path["node"], int(path["vmid"]), kind)
        return [{"subdir": d} for d in ("config", "pending", "status", "snapshot", "firewall")]

    @route("DELETE", base + "/{vmid}")
    def destroy(
        engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
    ) -> Any:
        guest = engine.guest(path["node"], int(path["vmid"]), kind)
        return _destroy(engine, caller, guest, values)

    @route("GET", base + "/{vmid}/config")
    def config(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        return _config_get(engine, engine.guest(path["node"], int(path["vmid"]), kind), values)

    @route("PUT", base + "/{vmid}/config")
    def config_put(
        engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
    ) -> Any:
        _config_set(engine, engine.guest(path["node"], int(path["vmid"]), kind), values)

    if kind == "qemu":

        @route("POST", base + "/{vmid}/config")
        def config_post(
            engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
        ) -> Any:
            guest = engine.guest(path["node"], int(path["vmid"]), kind)
            _config_set(engine, guest, values)
            return engine.task(guest.node, "qmconfig", str(guest.vmid), caller.user)

    @route("GET", base + "/{vmid}/status/current")
    def current(
        engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
    ) -> Any:
        return _status_current(engine.guest(path["node"], int(path["vmid"]), kind))

    for action in _POWER:
        if kind == "lxc" and action in ("reset",):
            continue

        def power(
            engine: Engine,
            caller: Caller,
            path: dict[str, str],
            values: dict[str, Any],
            action: str = action,
        ) -> Any:
            guest = engine.guest(path["node"], int(path["vmid"]), kind)
            return _power(engine, caller, guest, action)

        route("POST", f"{base}/{{vmid}}/status/{action}")(power)

    @route("GET", base + "/{vmid}/snapshot")
    def snapshots(
        engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
    ) -> Any:
        guest = engine.guest(path["node"], int(path["vmid"]), kind)
        out = [
            {
                "name": name,
                "description": snap.get("description", ""),
                "snaptime": snap["snaptime"],
                "parent": snap.get("parent"),
            }
            for name, snap in guest.snapshots.items()
        ]
        out.append(
            {
                "name": "current",
                "description": "You are here!",
                "running": int(guest.status == "running"),
            }
        )
        return [{k: v for k, v in item.items() if v is not None} for item in out]

    @route("POST", base + "/{vmid}/snapshot")
    def snapshot(
        engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
    ) -> Any:
        guest = engine.guest(path["node"], int(path["vmid"]), kind)
        name = values["snapname"]
        if name in guest.snapshots:
            raise ApiError(500, f"snapshot name '{name}' already used")
        parent = next(reversed(guest.snapshots), None) if guest.snapshots else None
        guest.snapshots[name] = {
            "config": dict(guest.config),
            "snaptime": int(time.time()),
            "description": values.get("description", ""),
            "parent": parent,
        }
        return engine.task(
            guest.node,
            "qmsnapshot" if kind == "qemu" else "vzsnapshot",
            str(guest.vmid),
            caller.user,
        )

    @route("DELETE", base + "/{vmid}/snapshot/{snapname}")
    def delsnap(
        engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
    ) -> Any:
        guest = engine.guest(path["node"], int(path["vmid"]), kind)
        if guest.snapshots.pop(path["snapname"], None) is None:
            raise ApiError(500, f"snapshot '{path['snapname']}' does not exist")
        return engine.task(
            guest.node,
            "qmdelsnapshot" if kind == "qemu" else "vzdelsnapshot",
            str(guest.vmid),
            caller.user,
        )

    @route("POST", base + "/{vmid}/snapshot/{snapname}/rollback")
    def rollback(
        engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
    ) -> Any:
        guest = engine.guest(path["node"], int(path["vmid"]), kind)
        snap = guest.snapshots.get(path["snapname"])
        if snap is None:
            raise ApiError(500, f"snapshot '{path['snapname']}' does not exist")

        def done() -> None:
            guest.config = dict(snap["config"])
            guest.status = "stopped"

        return engine.task(
            guest.node,
            "qmrollback" if kind == "qemu" else "vzrollback",
            str(guest.vmid),
            caller.user,
            done,
        )

    @route("POST", base + "/{vmid}/clone")
    def clone(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        guest = engine.guest(path["node"], int(path["vmid"]), kind)
        newid = int(values["newid"])
        if newid in engine.state.guests:
            raise ApiError(
                500, f"VM {newid} already exists on node '{engine.state.guests[newid].node}'"
            )
        target = values.get("target") or guest.node
        engine.node(target)
        copy_ = Guest(vmid=newid, node=target, kind=kind, config={}, lock="clone")
        for key, value in guest.config.items():
            if _DISK_KEY.match(key) and "size=" in value:
                storage = value.split(":", 1)[0]
                size = value.rsplit("size=", 1)[1].split(",")[0]
                value = _allocate(engine, copy_, key, f"{storage}:{size}")
            elif _NET_KEY.match(key) and kind == "qemu":
                model = value.split("=", 1)[0]
                value = _qemu_nic(engine, ",".join([model, *value.split(",")[1:]]))
            copy_.config[key] = value
        name_key = "name" if kind == "qemu" else "hostname"
        copy_.config[name_key] = (
            values.get("name")
            or values.get("hostname")
            or f"Copy-of-VM-{guest.config.get(name_key, guest.vmid)}"
        )
        engine.state.guests[newid] = copy_

        def done() -> None:
            copy_.lock = None

        return engine.task(
            guest.node,
            "qmclone" if kind == "qemu" else "vzclone",
            str(guest.vmid),
            caller.user,
            done,
        )


_register_guest_routes("qemu")
_register_guest_routes("lxc")


# ---------------------------------------------------------------------------- tasks


def _task(engine: Engine, node: str, upid: str) -> Any:
    if not _UPID.match(upid):
        raise ApiError(
            400, "Parameter verification failed.", {"upid": f"unable to parse worker upid '{upid}'"}
        )
    task = engine.state.tasks.get(upid)
    if task is None or task.node != node:
        raise ApiError(500, f"no such task '{upid}'")
    return task


@route("GET", "/nodes/{node}/tasks")
def tasks(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    engine.node(path["node"])
    items = [t for t in engine.state.tasks.values() if t.node == path["node"]]
    if "vmid" in values:
        items = [t for t in items if t.id == str(values["vmid"])]
    if values.get("typefilter"):
        items = [t for t in items if t.type == values["typefilter"]]
    if values.get("userfilter"):
        items = [t for t in items if values["userfilter"] in t.user]
    source = values.get("source", "archive")
    if source == "active":
        items = [t for t in items if t.status == "running"]
    elif source == "archive":
        items = [t for t in items if t.status != "running"]
    if values.get("errors"):
        items = [t for t in items if t.exitstatus not in (None, "OK")]
    items.sort(key=lambda t: (t.starttime, t.pid), reverse=True)
    start, limit = int(values.get("start", 0)), int(values.get("limit", 50))
    out = []
    for t in items[start : start + limit]:
        item = {
            "upid": t.upid,
            "node": t.node,
            "pid": t.pid,
            "pstart": t.pstart,
            "starttime": t.starttime,
            "type": t.type,
            "id": t.id,
            "user": t.user,
        }
        if t.status != "running":
            item["status"] = t.exitstatus or "OK"
            item["endtime"] = t.endtime or t.starttime
        out.append(item)
    from .core import Reply

    return Reply(data=out, extra={"total": len(items)})


@route("GET", "/nodes/{node}/tasks/{upid}/status")
def task_status(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    t = _task(engine, path["node"], path["upid"])
    out = {
        "upid": t.upid,
        "node": t.node,
        "pid": t.pid,
        "pstart": t.pstart,
        "starttime": t.starttime,
        "type": t.type,
        "id": t.id,
        "user": t.user,
        "status": t.status,
    }
    if t.status == "stopped":
        out["exitstatus"] = t.exitstatus or "OK"
    return out


@route("GET", "/nodes/{node}/tasks/{upid}/log")
def task_log(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    t = _task(engine, path["node"], path["upid"])
    start, limit = int(values.get("start", 0)), int(values.get("limit", 50))
    lines = t.log if t.log else ["no content"]
    page = [{"n": i + 1, "t": line} for i, line in enumerate(lines)][start : start + limit]
    from .core import Reply

    return Reply(data=page, extra={"total": len(lines)})


@route("DELETE", "/nodes/{node}/tasks/{upid}")
def task_stop(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    t = _task(engine, path["node"], path["upid"])
    if t.status == "running":
        engine._effects.pop(t.upid, None)
        engine._running.pop(t.upid, None)
        t.status, t.exitstatus, t.endtime = "stopped", "unexpected status", int(time.time())
        t.log.append("received interrupt")
    return None


# ---------------------------------------------------------------------------- storage


@route("GET", "/storage")
def storage_index(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    return [
        {"storage": name, **{k: v for k, v in s.items() if k != "total"}}
        for name, s in sorted(engine.state.storages.items())
    ]


@route("GET", "/nodes/{node}/storage")
def node_storage(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    engine.node(path["node"])
    out = []
    for name, s in sorted(engine.state.storages.items()):
        if values.get("content") and values["content"] not in s["content"].split(","):
            continue
        used = sum(
            v["size"] for vol, v in engine.state.volumes.items() if vol.startswith(name + ":")
        )
        total = s.get("total", 100 * GiB)
        out.append(
            {
                "storage": name,
                "type": s["type"],
                "content": s["content"],
                "active": 1,
                "enabled": 1,
                "shared": 0,
                "total": total,
                "used": used,
                "avail": total - used,
                "used_fraction": used / total if total else 0,
            }
        )
    return out


@route("GET", "/nodes/{node}/storage/{storage}/content")
def content(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    engine.node(path["node"])
    name = path["storage"]
    if name not in engine.state.storages:
        raise ApiError(500, f"storage '{name}' does not exist")
    out = []
    for volid, vol in sorted(engine.state.volumes.items()):
        if not volid.startswith(name + ":"):
            continue
        if values.get("content") and vol["content"] != values["content"]:
            continue
        if "vmid" in values and vol.get("vmid") != values["vmid"]:
            continue
        item = {
            "volid": volid,
            "content": vol["content"],
            "format": vol["format"],
            "size": vol["size"],
            "ctime": vol.get("ctime", 1700000000),
        }
        if vol.get("vmid") is not None:
            item["vmid"] = vol["vmid"]
        out.append(item)
    return out


@route("DELETE", "/nodes/{node}/storage/{storage}/content/{volume}")
def content_delete(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    volume = path["volume"]
    if ":" not in volume:
        volume = f"{path['storage']}:{volume}"
    if volume not in engine.state.volumes:
        raise ApiError(500, f"volume '{volume}' does not exist")
    vmid = engine.state.volumes[volume].get("vmid")
    guest = engine.state.guests.get(vmid) if vmid is not None else None
    if guest and any(v.split(",")[0] == volume for v in guest.config.values()):
        raise ApiError(500, f"unable to delete volume '{volume}' - volume is still in use")
    del engine.state.volumes[volume]
    return engine.task(path["node"], "imgdel", volume, caller.user)


def store_upload(
    engine: Engine,
    caller: Caller,
    node: str,
    storage: str,
    content_type: str,
    filename: str,
    size: int,
) -> str:
    """Record an uploaded file as a volume (the server calls this after streaming the body)."""
    engine.node(node)
    if storage not in engine.state.storages:
        raise ApiError(500, f"storage '{storage}' does not exist")
    if content_type not in engine.state.storages[storage]["content"].split(","):
        raise ApiError(500, f"storage '{storage}' does not support content type '{content_type}'")
    if "/" in filename or filename.startswith(".") or not filename:
        raise ApiError(400, "Parameter verification failed.", {"filename": "invalid file name"})
    folder = {"iso": "iso", "vztmpl": "vztmpl", "import": "import"}[content_type]
    volid = f"{storage}:{folder}/{filename}"

    def done() -> None:
        engine.state.volumes[volid] = {
            "size": size,
            "format": filename.rsplit(".", 1)[-1],
            "content": content_type,
            "ctime": int(time.time()),
        }

    return engine.task(
        node, "imgcopy", "", caller.user, done, [f"uploaded {size} bytes to {volid}"]
    )


# ---------------------------------------------------------------------------- access


@route("POST", "/access/ticket")
def ticket(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    user = str(values.get("username", ""))
    if "@" not in user and values.get("realm"):
        user = f"{user}@{values['realm']}"
    password = str(values.get("password", ""))
    account = engine.state.users.get(user)
    renewed = engine.ticket_user(password) if password.startswith("PVE:") else None
    if renewed != user and (
        account is None or not account.get("enable", 1) or str(account.get("password")) != password
    ):
        if engine.login_delay:
            time.sleep(engine.login_delay)
        raise ApiError(401, "authentication failure")
    new_ticket, csrf = engine.issue_ticket(user)
    return {
        "username": user,
        "ticket": new_ticket,
        "CSRFPreventionToken": csrf,
        "clustername": engine.state.cluster,
        "cap": {
            "vms": {"VM.Audit": 1, "VM.PowerMgmt": 1, "VM.Config.Options": 1},
            "storage": {"Datastore.Audit": 1},
            "nodes": {"Sys.Audit": 1},
            "access": {"User.Modify": 1},
            "dc": {"Sys.Audit": 1},
        },
    }


@route("GET", "/access/users")
def users(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    out = []
    for userid, user in sorted(engine.state.users.items()):
        item = {"userid": userid, **{k: v for k, v in user.items() if k != "password"}}
        if values.get("full"):
            item["tokens"] = [
                {"tokenid": t.split("!", 1)[1], "privsep": tok.get("privsep", 1)}
                for t, tok in sorted(engine.state.tokens.items())
                if t.startswith(userid + "!")
            ]
        out.append(item)
    return out


@route("POST", "/access/users")
def user_create(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    userid = values["userid"]
    if userid in engine.state.users:
        raise ApiError(500, f"create user failed: user '{userid}' already exists")
    engine.state.users[userid] = {k: _wire(v) for k, v in values.items() if k != "userid"}
    engine.state.users[userid].setdefault("enable", 1)


@route("GET", "/access/users/{userid}")
def user_get(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    user = engine.state.users.get(path["userid"])
    if user is None:
        raise ApiError(500, f"no such user ('{path['userid']}')")
    return {k: v for k, v in user.items() if k != "password"}


@route("PUT", "/access/users/{userid}")
def user_put(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    user = engine.state.users.get(path["userid"])
    if user is None:
        raise ApiError(500, f"no such user ('{path['userid']}')")
    user.update({k: _wire(v) for k, v in values.items() if k not in ("userid", "delete")})


@route("DELETE", "/access/users/{userid}")
def user_delete(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    if engine.state.users.pop(path["userid"], None) is None:
        raise ApiError(500, f"no such user ('{path['userid']}')")
    for key in [k for k in engine.state.tokens if k.startswith(path["userid"] + "!")]:
        del engine.state.tokens[key]


@route("POST", "/access/users/{userid}/token/{tokenid}")
def token_create(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    import uuid

    if path["userid"] not in engine.state.users:
        raise ApiError(500, f"no such user ('{path['userid']}')")
    key = f"{path['userid']}!{path['tokenid']}"
    if key in engine.state.tokens:
        raise ApiError(500, "Token already exists.")
    value = str(uuid.uuid4())
    engine.state.tokens[key] = {
        "value": value,
        "privsep": int(values.get("privsep", True)),
        "comment": values.get("comment", ""),
        "expire": values.get("expire", 0),
    }
    return {
        "full-tokenid": key,
        "value": value,
        "info": {k: v for k, v in engine.state.tokens[key].items() if k != "value"},
    }


@route("GET", "/access/users/{userid}/token")
def token_list(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    prefix = path["userid"] + "!"
    return [
        {"tokenid": k[len(prefix) :], **{a: b for a, b in t.items() if a != "value"}}
        for k, t in sorted(engine.state.tokens.items())
        if k.startswith(prefix)
    ]


@route("DELETE", "/access/users/{userid}/token/{tokenid}")
def token_delete(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    if engine.state.tokens.pop(f"{path['userid']}!{path['tokenid']}", None) is None:
        raise ApiError(500, "no such token")


@route("GET", "/access/acl")
def acl(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    return [dict(a) for a in engine.state.acls]


@route("PUT", "/access/acl")
def acl_put(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    roles = str(values["roles"]).split(",")
    subjects = [("user", u) for u in str(values.get("users", "") or "").split(",") if u]
    subjects += [("group", g) for g in str(values.get("groups", "") or "").split(",") if g]
    subjects += [("token", t) for t in str(values.get("tokens", "") or "").split(",") if t]
    for kind, ugid in subjects:
        for role in roles:
            entry = {
                "path": values["path"],
                "ugid": ugid,
                "roleid": role,
                "type": kind,
                "propagate": int(values.get("propagate", True)),
            }
            engine.state.acls = [
                a
                for a in engine.state.acls
                if (a["path"], a["ugid"], a["roleid"]) != (entry["path"], ugid, role)
            ]
            if not values.get("delete"):
                engine.state.acls.append(entry)


@route("GET", "/pools")
def pools(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    return [
        {
            "poolid": name,
            "comment": p.get("comment", ""),
            "members": [_pool_member(engine, m) for m in p.get("members", [])],
        }
        for name, p in sorted(engine.state.pools.items())
    ]


def _pool_member(engine: Engine, vmid: int) -> dict[str, Any]:
    guest = engine.state.guests.get(vmid)
    if guest is None:
        return {"id": f"qemu/{vmid}", "type": "qemu", "vmid": vmid, "node": ""}
    return {"id": f"{guest.kind}/{vmid}", "type": guest.kind, "vmid": vmid, "node": guest.node}


@route("POST", "/pools")
def pool_create(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    name = values["poolid"]
    if name in engine.state.pools:
        raise ApiError(500, f"pool '{name}' already exists")
    engine.state.pools[name] = {"comment": values.get("comment", ""), "members": []}


@route("DELETE", "/pools")
def pool_delete(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    if engine.state.pools.pop(values["poolid"], None) is None:
        raise ApiError(500, f"pool '{values['poolid']}' does not exist")
