"""Guests (qemu and lxc): list, create, config, power state, snapshots, clone, destroy
(qemu-server's and pve-container's API)."""

from __future__ import annotations

import re
import time
from typing import Any

from .core import ApiError, Caller, Engine, GiB, _wire, digest_guard, route
from .normalize import normalize
from .state import Guest, config_digest

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
