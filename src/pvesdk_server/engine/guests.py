"""Guests (qemu and lxc): list, create, config, power state, snapshots, clone, destroy
(qemu-server's and pve-container's API)."""

from __future__ import annotations

import re
from typing import Any

from pvesdk.formats import decimal

from .core import ApiError, Caller, Effect, Engine, route
from .guest_config import (
    _DISK_KEY,
    _NOT_OPTIONS,
    _apply_config,
    _config_get,
    _config_set,
    _pending,
    _text,
    apply_pending,
    check_ssh_keys,
)
from .guest_perms import (
    check_bridge_access,
    check_lxc_options,
    check_qemu_options,
    check_qemu_storage,
)
from .network import check_bridges
from .state import Guest
from .storage import volume_access


def _perl_bytes(mib: int, shift: int) -> int | float:
    """``mib << shift`` as Perl's arithmetic has it: an integer while it fits 64 bits, a float
    past that (infinity for a memory size of thousands of digits, which the schema allows)."""
    value = mib << shift
    if value < 1 << 64:
        return value
    try:
        return float(value)
    except OverflowError:
        return float("inf")


def _resource(engine: Engine, guest: Guest) -> dict[str, Any]:
    cfg = guest.config
    name = cfg.get("name") or cfg.get("hostname") or f"VM {guest.vmid}"
    memory = decimal(str(cfg.get("memory", "512")).split(",")[0].split("=")[-1].strip() or "512")
    item: dict[str, Any] = {
        "id": f"{guest.kind}/{guest.vmid}",
        "type": guest.kind,
        "vmid": guest.vmid,
        "node": guest.node,
        "name": name,
        "status": guest.status,
        "template": 1 if str(cfg.get("template", "0")) == "1" else 0,
        "maxmem": _perl_bytes(memory, 20),
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
        item.update(
            mem=_perl_bytes(memory, 19),
            cpu=0.01,
            uptime=max(1, int(engine.clock() - guest.started)),
        )
    if "tags" in cfg:
        item["tags"] = cfg["tags"]
    return item


def _guest_list(engine: Engine, caller: Caller, node: str, kind: str) -> list[dict[str, Any]]:
    """Only guests the caller may audit (``VM.Audit`` on ``/vms/<vmid>``), as Proxmox lists."""
    engine.node(node)
    out = []
    for guest in sorted(engine.state.guests.values(), key=lambda g: g.vmid):
        if guest.node != node or guest.kind != kind:
            continue
        if engine.access.allowed(caller, f"/vms/{guest.vmid}", ["VM.Audit"]):
            item = _resource(engine, guest)
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
    options = {k: _text(v) for k, v in values.items() if k not in _NOT_OPTIONS}
    if kind == "qemu" and "sshkeys" in options:
        check_ssh_keys(options["sshkeys"])
    pool = values.get("pool")
    if pool and pool not in engine.state.pools:
        raise ApiError(403, f"Permission check failed (pool '{pool}' does not exist)")
    # VM.Allocate on /vms/<vmid> or on the pool, else a bare raise_perm_exc()
    access = engine.access
    if not access.allowed(caller, f"/vms/{vmid}", ["VM.Allocate"]) and not (
        pool and access.allowed(caller, f"/pool/{pool}", ["VM.Allocate"])
    ):
        raise ApiError(403, "Permission check failed")
    if kind == "qemu":
        # create_vm: storage access, the options, then the bridges
        check_qemu_storage(engine, caller, vmid, options)
        check_qemu_options(engine, caller, vmid, {}, options, [], create=True, pool=pool)
        for key in sorted(options):
            if re.match(r"^net\d+$", key):
                check_bridge_access(engine, caller, options[key])
    else:
        check_lxc_options(engine, caller, vmid, None, options, [], pool=pool)
        if not (caller.user == "root@pam" and caller.token is None):
            volume_access(engine, caller, str(values["ostemplate"]))  # check_volume_access
    # pve-container's worker unpacks the template (restore_archive → abs_filesystem_path)
    template = str(values.get("ostemplate", ""))
    missing = kind == "lxc" and template not in engine.state.volumes
    guest = Guest(vmid=vmid, node=node, kind=kind, config={}, lock="create")
    _apply_config(engine, guest, values, create=True)
    if kind == "qemu":
        guest.config.setdefault("smbios1", f"uuid=00000000-0000-4000-8000-{vmid:012d}")
        guest.config.setdefault("vmgenid", f"00000000-0000-4000-9000-{vmid:012d}")
    else:
        guest.config.setdefault("hostname", f"CT{vmid}")
    engine.state.guests[vmid] = guest
    if pool:
        engine.state.pools[pool].setdefault("members", []).append(vmid)
    start = bool(values.get("start"))

    def done() -> None:
        if missing:  # the worker fails and destroys what it made: disks, config, pool entry
            for key, value in guest.config.items():
                if key == "rootfs" or re.match(r"^mp\d+$", key):
                    engine.state.volumes.pop(value.split(",")[0].removeprefix("volume="), None)
            engine.state.guests.pop(vmid, None)
            for data in engine.state.pools.values():
                if vmid in data.get("members", []):
                    data["members"].remove(vmid)
            raise ApiError(500, f"can't find file '{template}'")
        guest.lock = None
        if start:
            guest.status, guest.started = "running", engine.clock()

    kind_name = "qmcreate" if kind == "qemu" else "vzcreate"
    return engine.task(
        node, kind_name, str(vmid), caller.userid, done, [f"creating {kind} guest {vmid}"]
    )


def _status_current(engine: Engine, guest: Guest) -> dict[str, Any]:
    from .ha import ha_managed

    item = _resource(engine, guest)
    item.pop("id")
    item.pop("type")
    item.pop("node")
    item["cpus"] = item.pop("maxcpu")
    item["ha"] = {k: v for k, v in ha_managed(engine, guest.vmid).items() if v is not None}
    if guest.kind == "qemu":
        item["qmpstatus"] = "paused" if guest.status == "paused" else guest.status
        item["agent"] = 0
        if guest.status == "paused":
            item["status"] = "running"
    if guest.lock:
        item["lock"] = guest.lock
    return item


#: ``guest_type`` of qemu-server's QemuConfig and pve-container's LXC::Config, as their
#: ``check_lock`` words it (``CT is locked (backup)``).
_TYPE = {"qemu": "VM", "lxc": "CT"}
_POWER: dict[str, tuple[str, str | None, tuple[str, ...]]] = {
    # action: (task type suffix, new status, statuses its task works from; from any other
    # status the task ends in an error, or, for a listed no-op, in OK without a change)
    "start": ("start", "running", ("stopped", "paused")),
    "stop": ("stop", "stopped", ("running", "paused", "stopped")),
    "shutdown": ("shutdown", "stopped", ("running", "paused", "stopped")),
    "reboot": ("reboot", "running", ("running", "paused")),
    "reset": ("reset", "running", ("running", "paused")),
    "suspend": ("suspend", "paused", ("running", "paused")),
    "resume": ("resume", "running", ("paused", "running")),
}
#: The checks the API makes before it forks a worker: (kind, action) → (statuses that pass,
#: the plain ``die`` otherwise, a 500 with no task). qemu-server's ``vm_reset``,
#: ``vm_reboot``, ``vm_suspend``, ``vm_resume`` need the VM's process (paused counts);
#: pve-container's ``vm_start``/``vm_resume`` refuse a running container, the others need one
#: (its reboot says ``VM``, sic). A suspended container (``lxc-checkpoint``) is not running.
_REFUSED_AT_ONCE: dict[tuple[str, str], tuple[tuple[str, ...], str]] = {
    **{
        ("qemu", action): (("running", "paused"), "VM {vmid} not running")
        for action in ("reset", "reboot", "suspend", "resume")
    },
    ("lxc", "start"): (("stopped", "paused"), "CT {vmid} already running"),
    ("lxc", "resume"): (("stopped", "paused"), "CT {vmid} already running"),
    **{
        ("lxc", action): (("running",), "CT {vmid} not running")
        for action in ("stop", "shutdown", "suspend")
    },
    ("lxc", "reboot"): (("running",), "VM {vmid} not running"),
}


def _start_warnings(guest: Guest) -> list[str]:
    """What starting a VM logs with ``log_warn`` (qemu-server's ``config_to_command``): an
    ``iothread`` on a SCSI disk needs the ``virtio-scsi-single`` controller."""
    if guest.kind != "qemu" or guest.config.get("scsihw") == "virtio-scsi-single":
        return []
    return [
        "iothread is only valid with virtio disk or virtio-scsi-single controller, ignoring"
        for key, value in sorted(guest.config.items())
        if re.fullmatch(r"scsi\d+", key) and re.search(r"(^|,)iothread=(1|on|yes|true)(,|$)", value)
    ]


def _power(
    engine: Engine, caller: Caller, guest: Guest, action: str, values: dict[str, Any]
) -> str:
    suffix, target, allowed = _POWER[action]
    at_once = _REFUSED_AT_ONCE.get((guest.kind, action))
    resumable = guest.kind == "qemu" and guest.lock == "suspended"  # suspended to disk
    if at_once is not None and guest.status not in at_once[0] and not resumable:
        raise ApiError(500, at_once[1].format(vmid=guest.vmid))
    paused = guest.status == "paused"
    if guest.kind == "qemu" and action == "shutdown" and paused and not values.get("forceStop"):
        raise ApiError(500, "VM is paused - cannot shutdown")
    # a paused VM still has its process: qemu's vm_start finds it running
    start_from = ("stopped",) if guest.kind == "qemu" else allowed

    def done() -> list[str]:
        if action == "start" and guest.config.get("template") == "1":
            # qemu-server's vm_start, pve-container's start worker: before anything else
            what = "vm" if guest.kind == "qemu" else "CT"
            raise ApiError(500, f"you can't start a {what} if it's a template")
        if action == "start" and guest.status not in start_from:
            raise ApiError(500, f"VM {guest.vmid} already running")  # qemu's vm_start
        if guest.status not in allowed:  # the guest changed while the task waited
            raise ApiError(500, f"{_TYPE[guest.kind]} {guest.vmid} not running")
        if (action, guest.status) in (("shutdown", "stopped"), ("resume", "running")):
            return []  # vm_stop / vm_resume: nothing to do, the task ends OK
        if guest.lock and action != "stop":
            raise ApiError(500, f"{_TYPE[guest.kind]} is locked ({guest.lock})")
        if target is not None:
            if target == "running" and (guest.status == "stopped" or action == "reboot"):
                apply_pending(engine, guest)  # vm_start applies what is pending
                if guest.kind == "qemu":
                    check_bridges(engine, guest)  # config_to_command: read_bridge_mtu
            if target == "running" and guest.status != "running":
                guest.started = engine.clock()
            guest.status = target
        return _start_warnings(guest) if action == "start" else []

    return _guest_task(engine, caller, guest, suffix, done, [f"{action} {guest.kind} {guest.vmid}"])


def _destroy(engine: Engine, caller: Caller, guest: Guest, values: dict[str, Any]) -> str:
    what = "VM" if guest.kind == "qemu" else "CT"
    # qemu-server's and pve-container's early checks, in their order; qemu checks the lock in
    # the worker (destroy_vm), pve-container before it.
    if str(guest.config.get("protection")) in ("1", "True"):
        raise ApiError(500, f"can't remove {what} {guest.vmid} - protection mode enabled")
    locked = guest.lock if guest.lock and not values.get("skiplock") else None
    if locked and guest.kind == "lxc":
        raise ApiError(500, f"CT is locked ({locked})")
    sid = f"{'vm' if guest.kind == 'qemu' else 'ct'}:{guest.vmid}"
    if sid in engine.state.ha.get("resources", {}) and not values.get("purge"):
        raise ApiError(
            500,
            f"unable to remove {what} {guest.vmid} - used in HA resources and purge parameter"
            " not set.",
        )
    if guest.status != "stopped":
        if guest.kind == "qemu":
            raise ApiError(500, f"VM {guest.vmid} is running - destroy failed")
        if not values.get("force"):
            raise ApiError(500, f"unable to destroy CT {guest.vmid} - container is running")
    if locked:

        def refuse() -> None:
            raise ApiError(500, f"VM is locked ({locked})")

        return engine.task(guest.node, "qmdestroy", str(guest.vmid), caller.userid, refuse)
    guest.lock = "destroyed"

    def done() -> None:
        from .backup import remove_vmid_from_jobs
        from .disks import free_volume
        from .ha import remove_service

        guest.status = "stopped"  # pve-container stops a running CT first with 'force'
        for key, value in list(guest.config.items()):
            if _DISK_KEY.match(key) or key.startswith("unused"):
                volid = value.split(",")[0].removeprefix("volume=")
                if volid in engine.state.volumes and "media=cdrom" not in value:
                    free_volume(engine, volid)
        engine.state.guests.pop(guest.vmid, None)
        # remove_vm_access and remove_vmfw_conf always; the jobs and HA only with 'purge'
        engine.state.acls = [a for a in engine.state.acls if a["path"] != f"/vms/{guest.vmid}"]
        engine.state.firewall.pop(f"vm/{guest.vmid}", None)
        for pool in engine.state.pools.values():
            if guest.vmid in pool.get("members", []):
                pool["members"].remove(guest.vmid)
        if values.get("purge"):
            remove_vmid_from_jobs(engine, guest.vmid)
            remove_service(engine, sid, purge=True)

    kind = "qmdestroy" if guest.kind == "qemu" else "vzdestroy"
    return engine.task(guest.node, kind, str(guest.vmid), caller.userid, done)


def _guest_task(
    engine: Engine,
    caller: Caller,
    guest: Guest,
    action: str,
    effect: Effect | None = None,
    log: list[str] | None = None,
) -> str:
    """A worker task on the guest's node for the guest, named as its package names it.

    qemu-server's worker types start with ``qm`` and pve-container's with ``vz``: ``action``
    ``snapshot`` is ``qmsnapshot`` or ``vzsnapshot``.
    """
    prefix = "qm" if guest.kind == "qemu" else "vz"
    return engine.task(guest.node, prefix + action, str(guest.vmid), caller.userid, effect, log)


def _register_guest_routes(kind: str) -> None:
    base = f"/nodes/{{node}}/{kind}"

    @route("GET", base)
    def index(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        return _guest_list(engine, caller, path["node"], kind)

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
        _config_set(engine, caller, engine.guest(path["node"], int(path["vmid"]), kind), values)

    if kind == "qemu":

        @route("POST", base + "/{vmid}/config")
        def config_post(
            engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
        ) -> Any:
            guest = engine.guest(path["node"], int(path["vmid"]), kind)
            printed = _config_set(engine, caller, guest, values)
            return engine.task(
                guest.node, "qmconfig", str(guest.vmid), caller.userid, None, printed
            )

    @route("GET", base + "/{vmid}/pending")
    def pending(
        engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
    ) -> Any:
        return _pending(engine.guest(path["node"], int(path["vmid"]), kind))

    @route("GET", base + "/{vmid}/status/current")
    def current(
        engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
    ) -> Any:
        return _status_current(engine, engine.guest(path["node"], int(path["vmid"]), kind))

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
            return _power(engine, caller, guest, action, values)

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
            "snaptime": int(engine.clock()),
            "description": values.get("description", ""),
            "parent": parent,
        }
        return _guest_task(engine, caller, guest, "snapshot")

    @route("DELETE", base + "/{vmid}/snapshot/{snapname}")
    def delsnap(
        engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
    ) -> Any:
        guest = engine.guest(path["node"], int(path["vmid"]), kind)
        if guest.snapshots.pop(path["snapname"], None) is None:
            raise ApiError(500, f"snapshot '{path['snapname']}' does not exist")
        return _guest_task(engine, caller, guest, "delsnapshot")

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

        return _guest_task(engine, caller, guest, "rollback", done)


_register_guest_routes("qemu")
_register_guest_routes("lxc")
