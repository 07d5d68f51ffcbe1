"""Backups as vzdump makes them: archives in a storage's ``backup`` content, restores through
``archive=`` (qemu) / ``ostemplate=`` + ``restore=1`` (lxc), and the ``cluster/backup`` jobs.

Proxmox's facts carried over (pve-manager ``PVE/API2/VZDump.pm``, ``PVE/VZDump.pm``,
``PVE/API2/Backup.pm``; qemu-server / pve-container create with an archive):

* ``POST /nodes/{node}/vzdump`` backs up the guests on *that* node: with none there it answers
  ``OK`` instead of a task ID; otherwise one ``vzdump`` task (ID: the VMID when there is one
  guest); guests that do not exist fail it with ``job errors``;
* an archive is named ``vzdump-{qemu|lxc}-{vmid}-{YYYY_MM_DD-HH_MM_SS}.{vma|tar}`` plus
  ``.lzo`` / ``.gz`` / ``.zst`` for ``compress`` 1 or ``lzo`` / ``gzip`` / ``zstd`` (local
  time); the storage must hold ``backup`` content (``can't use storage 'x' for backups - wrong
  content type``); ``notes-template`` expands ``{{guestname}}``, ``{{vmid}}``, ``{{node}}``,
  ``{{cluster}}``; ``protected`` is kept; ``prune-backups`` ``keep-last=N`` prunes older ones;
* ``vmid`` conflicts with ``all``, ``exclude`` and ``pool``; without any, ``vmid`` is missing;
* a restore onto an existing VMID needs ``force`` (``unable to restore VM 100 - VM 100 already
  exists on node 'pve1'``) and a stopped guest (``… - vm is running``); disks are allocated anew
  on ``storage`` (else where they were); ``unique`` gives NICs new MACs and qemu a new SMBIOS
  uuid, a set vmgenid is always renewed, qemu disks with ``backup=0`` are left out; a qemu
  restore of a container archive fails its task (``ERROR: file '/var/lib/vz/dump/vzdump-lxc-…'
  does not look like a QemuServer vzdump backup``), a container restore of a VM archive too
  (``ERROR: archive contains no configuration file``), and no guest is left;
* backup jobs get ``enabled=1`` by default and a generated ID when none is given; ``schedule``
  and ``starttime`` exclude each other, one of them is required (``starttime``/``dow`` become
  ``schedule``); a second ID is ``Job 'x' already exists``, a missing one ``No such job 'x'``.
"""

from __future__ import annotations

import re
import time
import uuid
from typing import Any

from . import guests as _guests  # noqa: F401  (registers the create route wrapped here)
from . import storage as _storage  # noqa: F401  (registers the content route wrapped here)
from .core import _HANDLERS, ApiError, Caller, Engine, Handler, route
from .disks import _new_hwaddr
from .guest_config import _NET_KEY, _qemu_nic
from .params import drop_deleted
from .state import Guest
from .volumes import new_image

_EXT = {"0": "", "1": ".lzo", "lzo": ".lzo", "gzip": ".gz", "zstd": ".zst"}
_DISK_KEY = re.compile(r"^(scsi|virtio|sata|ide|efidisk|tpmstate)\d+$|^(rootfs|mp\d+)$")
_SIZE = re.compile(r"size=(\d+(?:\.\d+)?)([KMGT]?)")
_UNITS = {"": 1 << 30, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _param_error(field: str, message: str) -> ApiError:
    return ApiError(400, "Parameter verification failed.", {field: message})


def _vmids(values: dict[str, Any]) -> list[int]:
    raw = values.get("vmid")
    text = ",".join(map(str, raw)) if isinstance(raw, list) else str(raw or "")
    return [int(v) for v in re.split(r"[,;\s]+", text) if v.strip().isdigit()]


def _verify_selection(values: dict[str, Any]) -> None:
    """``verify_vzdump_parameters``: which guest selections exclude each other."""
    if values.get("vmid"):
        for other in ("all", "exclude", "pool"):
            if values.get(other):
                raise _param_error(other, "option conflicts with option 'vmid'")
    if not values.get("all") and not values.get("vmid") and not values.get("pool"):
        raise _param_error("vmid", "property is missing")


def _included(engine: Engine, values: dict[str, Any]) -> list[int]:
    state = engine.state
    if values.get("all"):
        excluded = set(_vmids({"vmid": values.get("exclude")}))
        return sorted(v for v in state.guests if v not in excluded)
    if values.get("pool"):
        pool = state.pools.get(values["pool"])
        if pool is None:
            raise ApiError(500, f"pool '{values['pool']}' does not exist")
        return sorted(int(m) for m in pool.get("members", []) if str(m).isdigit())
    return _vmids(values)


def _disk_bytes(config: dict[str, str]) -> int:
    total = 0
    for key, value in config.items():
        match = _SIZE.search(value) if _DISK_KEY.match(key) else None
        if match:
            total += int(float(match.group(1)) * _UNITS[match.group(2)])
    return total


def _notes(engine: Engine, template: str, guest: Guest) -> str:
    name = guest.config.get("name") or guest.config.get("hostname") or ""
    fields = {
        "guestname": name,
        "vmid": str(guest.vmid),
        "node": guest.node,
        "cluster": engine.state.cluster,
    }
    return re.sub(r"\{\{(\w+)\}\}", lambda m: fields.get(m.group(1), m.group(0)), template)


def _prune(engine: Engine, storage: str, vmid: int, keep_last: int) -> list[str]:
    mine = sorted(
        (
            (vol.get("ctime", 0), volid)
            for volid, vol in engine.state.volumes.items()
            if volid.startswith(f"{storage}:backup/")
            and vol.get("vmid") == vmid
            and vol.get("content") == "backup"
        ),
        reverse=True,
    )
    removed = []
    for _, volid in mine[keep_last:]:
        if not engine.state.volumes[volid].get("protected"):
            del engine.state.volumes[volid]
            removed.append(volid)
    return removed


@route("POST", "/nodes/{node}/vzdump")
def vzdump(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``POST /nodes/{node}/vzdump``: PVE::API2::VZDump ``vzdump``; one task backs up the selected
    guests of this node.

    Returns the task's UPID, or ``OK`` when every selected guest runs on another node.

    Raises:
        ApiError: 500 ``no such cluster node 'n'``, ``storage 's' does not exist``, ``can't use
            storage 's' for backups - wrong content type``; 400 for a selection that is missing
            or contradictory.
    """
    node = path["node"]
    engine.node(node)
    _verify_selection(values)
    storage = values.get("storage", "local")
    if storage not in engine.state.storages:
        raise ApiError(500, f"storage '{storage}' does not exist")
    if "backup" not in str(engine.state.storages[storage].get("content", "")).split(","):
        raise ApiError(500, f"can't use storage '{storage}' for backups - wrong content type")
    wanted = _included(engine, values)
    local = [
        v for v in wanted if v not in engine.state.guests or engine.state.guests[v].node == node
    ]
    if not local and not values.get("all"):
        return "OK"  # PVE::API2::VZDump: silent exit when the guests run on other nodes
    compress = str(values.get("compress", "0"))
    if isinstance(values.get("compress"), bool):
        compress = "1" if values["compress"] else "0"
    ext = _EXT.get(compress, "")
    keep_last = None
    match = re.search(r"keep-last=(\d+)", str(values.get("prune-backups", "")))
    if match:
        keep_last = int(match.group(1))
    started = engine.clock()
    issued: list[str] = []

    def done() -> None:
        errors = 0
        # With task_seconds=0 the effect runs inside engine.task(), before its UPID is known:
        # then this task is the newest one.
        log = engine.state.tasks[issued[0] if issued else next(reversed(engine.state.tasks))].log
        for vmid in local:
            guest = engine.state.guests.get(vmid)
            if guest is None:
                log.append(f"ERROR: Backup of VM {vmid} failed - unable to find VM '{vmid}'")
                errors += 1
                continue
            kind = "qemu" if guest.kind == "qemu" else "lxc"
            log.append(f"INFO: Starting Backup of VM {vmid} ({kind})")
            stamp = time.strftime("%Y_%m_%d-%H_%M_%S", time.localtime(started))
            base = f"vzdump-{kind}-{vmid}-{stamp}"
            archive = base + (".vma" if kind == "qemu" else ".tar") + ext
            volid = f"{storage}:backup/{archive}"
            log.append(f"INFO: creating vzdump archive '/var/lib/vz/dump/{archive}'")
            volume: dict[str, Any] = {
                "size": max(1 << 20, _disk_bytes(guest.config) // 10),
                "format": ("vma" if kind == "qemu" else "tar") + ext,
                "vmid": vmid,
                "content": "backup",
                "subtype": kind,
                "ctime": int(started),
                "config": dict(guest.config),
            }
            template = values.get("notes-template")
            if template:
                volume["notes"] = _notes(engine, str(template), guest)
            if values.get("protected"):
                volume["protected"] = 1
            engine.state.volumes[volid] = volume
            if keep_last is not None and values.get("remove", True):
                for pruned in _prune(engine, storage, vmid, keep_last):
                    log.append(f"INFO: removing backup '{pruned}'")
            log.append(f"INFO: Finished Backup of VM {vmid} (00:00:01)")
        if errors:
            log.append("INFO: Backup job finished with errors")
            raise ApiError(500, "job errors")
        log.append("INFO: Backup job finished successfully")

    ident = str(local[0]) if len(local) == 1 else ""
    upid = engine.task(node, "vzdump", ident, caller.userid or "root@pam", done)
    issued.append(upid)
    return upid


@route("GET", "/nodes/{node}/vzdump/defaults")
def defaults(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``GET /nodes/{node}/vzdump/defaults``: PVE::API2::VZDump ``defaults`` (``/etc/vzdump.conf``
    unset).
    """
    engine.node(path["node"])
    out: dict[str, Any] = {"mode": "snapshot", "compress": "0", "storage": "local"}
    if values.get("storage"):
        out["storage"] = values["storage"]
    return out


@route("GET", "/nodes/{node}/vzdump/extractconfig")
def extractconfig(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """``GET /nodes/{node}/vzdump/extractconfig``: PVE::API2::VZDump ``extractconfig``: the guest
    config stored in a backup, as ``key: value`` lines.

    Raises:
        ApiError: 500 ``volume 'v' does not exist`` (also when the volume is not a backup).
    """
    volume = engine.state.volumes.get(str(values["volume"]))
    if volume is None or volume.get("content") != "backup":
        raise ApiError(500, f"volume '{values['volume']}' does not exist")
    return "".join(f"{k}: {v}\n" for k, v in sorted(volume.get("config", {}).items()))


# ---------------------------------------------------------------------------- restore


def _restore(
    engine: Engine, caller: Caller, node: str, values: dict[str, Any], kind: str, archive: str
) -> str:
    vmid = int(values["vmid"])
    what = "VM" if kind == "qemu" else "CT"
    emsg = f"unable to restore {what} {vmid} -"
    volume = engine.state.volumes.get(archive)
    if volume is None or volume.get("content") != "backup":
        raise ApiError(500, f"{emsg} volume '{archive}' does not exist")
    if volume.get("subtype", kind) != kind:
        return _wrong_kind(engine, caller, node, vmid, kind, archive)
    existing = engine.state.guests.get(vmid)
    if existing is not None:
        if not values.get("force"):
            raise ApiError(500, f"{emsg} VM {vmid} already exists on node '{existing.node}'")
        if existing.status != "stopped":
            raise ApiError(500, f"{emsg} vm is running")
    target = values.get("storage")
    if target is not None and target not in engine.state.storages:
        raise ApiError(500, f"storage '{target}' does not exist")
    if existing is not None:
        for key, value in existing.config.items():
            if _DISK_KEY.match(key) or key.startswith("unused"):
                engine.state.volumes.pop(value.split(",")[0].removeprefix("volume="), None)
    guest = Guest(vmid=vmid, node=node, kind=kind, config={}, lock="create")
    unique = bool(values.get("unique"))
    for key, value in dict(volume.get("config", {})).items():
        if kind == "qemu" and _DISK_KEY.match(key) and re.search(r"(?:^|,)backup=0(?:,|$)", value):
            continue  # restore_update_config_line comments out disks left out of the backup
        if _NET_KEY.match(key) and unique:
            value = _unique_nic(engine, kind, value)
        elif key == "vmgenid" and kind == "qemu" and value != "0":
            value = str(uuid.uuid4())
        elif key == "smbios1" and kind == "qemu" and unique:
            kept = [p for p in value.split(",") if p and not p.startswith("uuid=")]
            value = ",".join([f"uuid={uuid.uuid4()}", *kept])
        if _DISK_KEY.match(key) and "size=" in value and ":" in value:
            head, _, rest = value.partition(",")
            storage = target or head.removeprefix("volume=").split(":", 1)[0]
            volid = new_image(engine, storage, vmid)
            match = _SIZE.search(value)
            size = int(float(match.group(1)) * _UNITS[match.group(2)]) if match else 0
            engine.state.volumes[volid] = {
                "size": size,
                "format": "raw",
                "vmid": vmid,
                "content": "images" if kind == "qemu" else "rootdir",
            }
            prefix = "volume=" if head.startswith("volume=") else ""
            value = ",".join(p for p in (f"{prefix}{volid}", rest) if p)
        guest.config[key] = value
    for key in ("name", "hostname", "cores", "memory", "description", "tags"):
        if key in values and values[key] is not None:
            guest.config[key] = str(values[key])
    engine.state.guests[vmid] = guest
    if values.get("pool"):
        pool = engine.state.pools.setdefault(values["pool"], {"comment": "", "members": []})
        if vmid not in pool.setdefault("members", []):
            pool["members"].append(vmid)
    start = bool(values.get("start"))

    def done() -> None:
        guest.lock = None
        if start:
            guest.status, guest.started = "running", engine.clock()

    return engine.task(
        node,
        "qmrestore" if kind == "qemu" else "vzrestore",
        str(vmid),
        caller.userid or "root@pam",
        done,
        [
            f"restore vma archive: {archive}"
            if kind == "qemu"
            else f"extracting archive '{archive}'"
        ],
    )


def _unique_nic(engine: Engine, kind: str, value: str) -> str:
    """A NIC with a new MAC, as a restore with ``unique`` writes it (qemu-server
    ``restore_update_config_line``, pve-container ``sanitize_and_merge_config``)."""
    if kind == "lxc":
        return _new_hwaddr(engine, value)
    model, _, rest = value.partition(",")
    return _qemu_nic(engine, ",".join(p for p in (model.split("=", 1)[0], rest) if p))


def _wrong_kind(
    engine: Engine, caller: Caller, node: str, vmid: int, kind: str, archive: str
) -> str:
    """A restore of the other guest type's archive: the worker starts and fails, leaving no
    guest (qemu-server ``restore_tar_archive``; pve-container ``recover_config_from_tar``
    through pve-storage ``extract_vzdump_config_tar``)."""
    sid, _, name = archive.partition(":")
    base = str(engine.state.storages.get(sid, {}).get("path", f"/mnt/pve/{sid}"))
    path = f"{base}/dump/{name.removeprefix('backup/')}"

    def fail() -> None:
        if kind == "qemu":
            raise ApiError(
                500, f"ERROR: file '{path}' does not look like a QemuServer vzdump backup"
            )
        raise ApiError(500, "ERROR: archive contains no configuration file")

    return engine.task(
        node,
        "qmrestore" if kind == "qemu" else "vzrestore",
        str(vmid),
        caller.userid or "root@pam",
        fail,
    )


def _wrap_create(kind: str) -> None:
    template = f"/nodes/{{node}}/{kind}"
    previous: Handler | None = _HANDLERS.get(("POST", template))

    @route("POST", template)
    def create(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        if kind == "qemu" and values.get("archive"):
            engine.node(path["node"])
            return _restore(engine, caller, path["node"], values, kind, str(values["archive"]))
        if kind == "lxc" and values.get("restore") and values.get("ostemplate"):
            engine.node(path["node"])
            return _restore(engine, caller, path["node"], values, kind, str(values["ostemplate"]))
        if previous is None:
            raise ApiError(501, f"Method 'POST {template}' not implemented")
        return previous(engine, caller, path, values)


_wrap_create("qemu")
_wrap_create("lxc")


def _wrap_content() -> None:
    """Backup archives list with their ``subtype``, ``notes`` and ``protected`` flag."""
    template = "/nodes/{node}/storage/{storage}/content"
    previous: Handler | None = _HANDLERS.get(("GET", template))
    if previous is None:
        return

    @route("GET", template)
    def content(
        engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
    ) -> Any:
        assert previous is not None
        items = previous(engine, caller, path, values)
        for item in items if isinstance(items, list) else []:
            volume = engine.state.volumes.get(item.get("volid", ""), {})
            if volume.get("content") == "backup":
                for key in ("subtype", "notes", "protected"):
                    if key in volume:
                        item[key] = volume[key]
        return items


_wrap_content()


# ---------------------------------------------------------------------------- jobs


def _schedule(values: dict[str, Any]) -> None:
    if values.get("schedule") is not None:
        if values.get("starttime") is not None:
            raise _param_error("starttime", "'starttime' and 'schedule' cannot both be set")
    elif values.get("starttime") is None:
        raise _param_error("schedule", "neither 'starttime' nor 'schedule' were set")
    else:
        days = [d for d in re.split(r"[,;\s]+", str(values.get("dow", "") or "")) if d]
        start = str(values["starttime"])
        values["schedule"] = (
            start if not days or days == list(_DAYS) else f"{','.join(days)} {start}"
        )
    values.pop("starttime", None)
    values.pop("dow", None)


def _job_values(values: dict[str, Any]) -> dict[str, Any]:
    return {
        k: int(v) if isinstance(v, bool) else v
        for k, v in values.items()
        if k not in ("id", "delete", "digest") and v is not None
    }


@route("GET", "/cluster/backup")
def jobs(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``GET /cluster/backup``: PVE::API2::Backup ``index``."""
    return [
        {"id": jid, "type": "vzdump", **job}
        for jid, job in sorted(engine.state.backup_jobs.items())
    ]


@route("POST", "/cluster/backup")
def job_create(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``POST /cluster/backup``: PVE::API2::Backup ``create_job``.

    Raises:
        ApiError: 500 ``Job 'id' already exists``.
    """
    values = dict(values)
    _schedule(values)
    values.setdefault("enabled", 1)
    jid = str(values.get("id") or f"backup-{uuid.uuid4().hex[:8]}-{uuid.uuid4().hex[:4]}")
    if jid in engine.state.backup_jobs:
        raise ApiError(500, f"Job '{jid}' already exists")
    _verify_selection(values)
    engine.state.backup_jobs[jid] = _job_values(values)


def remove_vmid_from_jobs(engine: Engine, vmid: int) -> None:
    """``remove_vmid_from_backup_jobs`` (pve-guest-common VZDump/Plugin.pm): the guest leaves
    each job's ``vmid`` list (a job left with none is deleted) or its ``exclude`` list."""
    for jid, job in list(engine.state.backup_jobs.items()):
        for key in ("vmid", "exclude"):
            if job.get(key) is None:
                continue
            kept = [v for v in re.split(r"[,;\s]+", str(job[key])) if v and v != str(vmid)]
            if kept:
                job[key] = ",".join(kept)
            elif key == "vmid":
                del engine.state.backup_jobs[jid]
            else:
                del job[key]
            break


def _job(engine: Engine, jid: str) -> dict[str, Any]:
    job = engine.state.backup_jobs.get(jid)
    if job is None:
        raise _param_error("id", f"No such job '{jid}'")
    return job  # type: ignore[no-any-return]


@route("GET", "/cluster/backup/{id}")
def job_get(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``GET /cluster/backup/{id}``: PVE::API2::Backup ``read_job``.

    Raises:
        ApiError: 400 ``id: No such job 'id'``.
    """
    return {"id": path["id"], "type": "vzdump", **_job(engine, path["id"])}


@route("PUT", "/cluster/backup/{id}")
def job_update(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``PUT /cluster/backup/{id}``: PVE::API2::Backup ``update_job``.

    Raises:
        ApiError: 400 ``id: No such job 'id'``.
    """
    job = _job(engine, path["id"])
    changed = dict(job)
    drop_deleted(changed, values)
    updates = dict(values)
    if updates.get("starttime") is not None:
        _schedule(updates)
    changed.update(_job_values(updates))
    if updates.get("vmid"):
        for other in ("all", "exclude", "pool"):
            if other not in updates:
                changed.pop(other, None)
    _verify_selection(changed)
    engine.state.backup_jobs[path["id"]] = changed


@route("DELETE", "/cluster/backup/{id}")
def job_delete(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``DELETE /cluster/backup/{id}``: PVE::API2::Backup ``delete_job``.

    Raises:
        ApiError: 400 ``id: No such job 'id'``.
    """
    _job(engine, path["id"])
    del engine.state.backup_jobs[path["id"]]


@route("GET", "/cluster/backup/{id}/included_volumes")
def included_volumes(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """``GET /cluster/backup/{id}/included_volumes``: PVE::API2::Backup
    ``get_volume_backup_included``.
    """
    job = _job(engine, path["id"])
    children = []
    for vmid in _included(engine, job):
        guest = engine.state.guests.get(vmid)
        if guest is None:
            continue
        disks = [
            {"id": key, "name": value.split(",")[0], "included": 1, "reason": "backup=1"}
            for key, value in sorted(guest.config.items())
            if _DISK_KEY.match(key)
        ]
        name = guest.config.get("name") or guest.config.get("hostname") or ""
        kind = guest.kind
        children.append({"id": vmid, "name": name, "type": kind, "children": disks})
    return {"children": children}


@route("GET", "/cluster/backup-info/not-backed-up")
def not_backed_up(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """``GET /cluster/backup-info/not-backed-up``: PVE::API2::BackupInfo
    ``get_guests_not_in_backup``.
    """
    covered: set[int] = set()
    for job in engine.state.backup_jobs.values():
        if job.get("enabled", 1):
            covered.update(_included(engine, job))
    return [
        {
            "vmid": vmid,
            "name": guest.config.get("name") or guest.config.get("hostname") or "",
            "type": guest.kind,
        }
        for vmid, guest in sorted(engine.state.guests.items())
        if vmid not in covered
    ]
