"""Guest migration inside the cluster: ``POST /nodes/{node}/qemu/{vmid}/migrate`` (qemu-server
``PVE::API2::Qemu`` ``migrate_vm``, then ``PVE::QemuMigrate``) and
``POST /nodes/{node}/lxc/{vmid}/migrate`` (pve-container ``PVE::API2::LXC`` ``migrate_vm``, then
``PVE::LXC::Migrate``).

The API checks what it can before the worker starts (the target, root-only options, the guest on
this node, its lock, a running guest without ``online``/``restart``); the worker moves the guest
to the target node when it ends. An HA-managed guest is handed to the HA manager instead
(``hamigrate``). A running VM's disks on storage that is not shared need ``with-local-disks``
(``PVE::QemuMigrate``: the migration aborts otherwise); a container cannot migrate live
(``lxc live migration is currently not implemented``), ``restart`` stops it, moves it and starts
it again.
"""

from __future__ import annotations

import re
from typing import Any

from .core import PARAM_FAILED, ApiError, Caller, Engine, route
from .ha import ha_managed
from .state import Guest
from .storage_config import is_shared

_DISK_KEY = re.compile(r"^(scsi|virtio|sata|ide|efidisk|tpmstate)\d+$|^(rootfs|mp\d+)$")
_ROOT_ONLY: dict[str, tuple[str, ...]] = {
    "qemu": ("force", "migration_type", "migration_network"),
    "lxc": (),  # pve-container checks none
}


def _early_checks(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any], kind: str
) -> tuple[Guest, str]:
    node, target = path["node"], str(values["target"])
    if target == node:
        raise ApiError(400, PARAM_FAILED, {"target": "target is local node."})
    engine.node(target)  # check_node_exists: 500 no such cluster node 'x'
    if caller.userid != "root@pam":
        for opt in _ROOT_ONLY[kind]:
            if values.get(opt):
                raise ApiError(400, PARAM_FAILED, {opt: "Only root may use this option."})
    guest = engine.guest(node, int(path["vmid"]), kind)
    return guest, target


def _local_disks(engine: Engine, guest: Guest) -> list[str]:
    """The volumes of the guest's attached disks on storage that is not shared."""
    found = []
    for key, value in sorted(guest.config.items()):
        if not _DISK_KEY.match(key) or "media=cdrom" in value:
            continue
        volid = value.split(",")[0].removeprefix("volume=")
        storage = volid.partition(":")[0]
        scfg = engine.state.storages.get(storage)
        if ":" in volid and scfg is not None and not is_shared(scfg):
            found.append(volid)
    return found


def _hamigrate(engine: Engine, caller: Caller, guest: Guest, target: str) -> str | None:
    """``ha-manager migrate``: the HA stack moves a managed guest (``hamigrate``)."""
    if not ha_managed(engine, guest.vmid)["managed"]:
        return None
    what = "VM" if guest.kind == "qemu" else "CT"

    def moved() -> None:
        guest.node = target

    return engine.task(
        guest.node,
        "hamigrate",
        str(guest.vmid),
        caller.userid,
        moved,
        [f"Requesting HA migration for {what} {guest.vmid} to node {target}"],
    )


@route("POST", "/nodes/{node}/qemu/{vmid}/migrate")
def qemu_migrate(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """qemu-server's ``migrate_vm``: a ``qmigrate`` task.

    Raises:
        ApiError: 400 ``target is local node.``, ``Only root may use this option.``; 500 ``no
            such cluster node 'x'``, ``Configuration file … does not exist``, ``VM is locked
            (backup)``, ``can't migrate running VM without --online``. The task fails with
            ``migration aborted`` when a running VM has local disks and no ``with-local-disks``.
    """
    guest, target = _early_checks(engine, caller, path, values, "qemu")
    if guest.lock:
        raise ApiError(500, f"VM is locked ({guest.lock})")
    running = guest.status != "stopped"
    if running and not values.get("online"):
        raise ApiError(500, "can't migrate running VM without --online")
    handed = _hamigrate(engine, caller, guest, target)
    if handed is not None:
        return handed
    vmid = guest.vmid
    local = _local_disks(engine, guest)
    log = [f"starting migration of VM {vmid} to node '{target}'"]
    refused = running and local and not values.get("with-local-disks")
    if refused:
        log += [
            f"{volid}: can't live migrate attached local disks without with-local-disks option"
            for volid in local
        ]
        log.append("migration aborted (duration 00:00:00): can't migrate VM - check log")
    else:
        log += [f"found local disk '{volid}' (attached)" for volid in local]
        log.append("migration finished successfully (duration 00:00:01)")

    return _migration_task(engine, caller, guest, target, "qmigrate", bool(refused), log)


@route("POST", "/nodes/{node}/lxc/{vmid}/migrate")
def lxc_migrate(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """pve-container's ``migrate_vm``: a ``vzmigrate`` task; ``restart`` stops the container,
    moves it and starts it on the target.

    Raises:
        ApiError: 400 ``target is local node.``, ``Only root may use this option.``; 500 ``no
            such cluster node 'x'``, ``Configuration file … does not exist``, ``can't migrate
            running container without --online or --restart``. The task fails with ``migration
            aborted`` for ``online`` on a running container (with ``restart`` too) or a locked
            one.
    """
    guest, target = _early_checks(engine, caller, path, values, "lxc")
    running = guest.status != "stopped"
    if running and not values.get("online") and not values.get("restart"):
        raise ApiError(500, "can't migrate running container without --online or --restart")
    handed = _hamigrate(engine, caller, guest, target)
    if handed is not None:
        return handed
    vmid = guest.vmid
    problem = None
    if guest.lock:
        problem = f"CT is locked ({guest.lock})"
    elif running and values.get("online"):  # even with 'restart'
        problem = "lxc live migration is currently not implemented"
    log = [f"starting migration of CT {vmid} to node '{target}'"]
    if problem:
        log.append(f"migration aborted (duration 00:00:00): {problem}")
    else:
        log.append("migration finished successfully (duration 00:00:01)")

    return _migration_task(engine, caller, guest, target, "vzmigrate", bool(problem), log)


def _migration_task(
    engine: Engine,
    caller: Caller,
    guest: Guest,
    target: str,
    kind: str,
    aborted: bool,
    log: list[str],
) -> str:
    """The ``qmigrate``/``vzmigrate`` task: it moves the guest to ``target`` when it ends, or
    fails with ``migration aborted`` (its log says why)."""

    def done() -> None:
        if aborted:
            raise ApiError(500, "migration aborted")
        guest.node = target

    return engine.task(guest.node, kind, str(guest.vmid), caller.userid, done, log)
