"""Templates, clones and disks (qemu-server's and pve-container's template, clone, resize,
move and unlink calls, and what PVE::Storage allows on each storage type).

Proxmox's facts carried over:

* ``POST …/template`` refuses templates (``you can't convert a template to a template``),
  running guests and guests with snapshots; it sets ``template: 1`` and renames each disk to a
  base volume (``vm-100-disk-0`` → ``base-100-disk-0``; names as :mod:`.volumes` gives them);
  qemu answers its ``qmtemplate`` task, lxc runs a ``vztemplate`` task and answers nothing;
* a clone is full unless the source is a template (``full`` overrides); a linked clone needs a
  storage whose type can clone a base volume (lvmthin, zfspool, rbd; raw/qcow2/vmdk bases on
  file storages, the clone a qcow2 over it) and
  a template (``Linked clone feature is not supported for 'local-lvm:vm-100-disk-0' (scsi0)``),
  refuses ``storage`` / ``format`` (``parameter 'storage' not allowed for linked clones``); a
  linked disk is ``base-100-disk-0/vm-101-disk-0``; guests on local storage cannot be cloned to
  another node (``can't clone VM to node 'pve2' (VM uses local storage)``); ``snapname`` clones
  a snapshot; the new guest gets new MACs (containers too), a new SMBIOS uuid and vmgenid
  (VMs), drops ``template``, and joins ``pool``; a VM without ``name`` is
  ``Copy-of-VM-<name>``, a container keeps its ``hostname`` unless one is given; a taken
  ``newid`` is ``unable to create VM 101: config file already exists``;
* ``PUT …/resize`` runs a ``resize`` task and grows only, ``+`` adds, a bare number is bytes;
  qemu-server checks in the worker (the task fails ``shrinking disks is not supported``, the
  same size is a no-op), pve-container before forking too (``unable to shrink disk size``,
  ``disk is already at specified size``); ``move_disk`` / ``move_volume`` allocate on the
  target storage and keep the source as ``unusedN`` unless ``delete`` (refused for a volume
  that snapshots use); qemu refuses the same storage and format and a cdrom, pve-container a
  running container and ``unusedN``; a template's moved disk becomes a base image;
  ``unlink`` detaches disks to ``unusedN`` (``force``: frees them);
* a base volume that linked clones use cannot be freed (``base volume … is still in use``).
"""

from __future__ import annotations

import re
from typing import Any

from .core import ApiError, Caller, Engine, route
from .guest_config import _DISK_KEY, _NET_KEY, _UNITS, _mac, _qemu_nic, _size_text
from .state import Guest, guest_digest
from .storage_config import is_shared
from .volumes import FILE_TYPES, base_image, is_base, linked_image, new_image

__all__ = ["detach", "free_volume", "next_unused"]

_RESIZE = re.compile(r"^(\+)?(\d+(?:\.\d+)?)([KMGT])?$")
_LINKED_TYPES = {"lvmthin", "zfspool", "rbd"}


def _volid(value: str) -> str:
    return value.split(",")[0].removeprefix("volume=")


def _is_volume(engine: Engine, value: str) -> bool:
    return _volid(value) in engine.state.volumes and "media=cdrom" not in value


def _on_shared_storage(engine: Engine, config: dict[str, Any]) -> bool:
    """Whether every drive (CD-ROM images too) is on shared storage: qemu-server's
    ``check_storage_access_clone``, which looks at the source storages, not the target."""
    for key, value in config.items():
        if not _DISK_KEY.match(key):
            continue
        volid = _volid(str(value))
        if volid in ("", "none", "cdrom") or ":" not in volid:
            continue
        storage = engine.state.storages.get(volid.split(":", 1)[0], {})
        if not is_shared(storage):
            return False
    return True


def _storage_type(engine: Engine, volid: str) -> str:
    storage = engine.state.storages.get(volid.split(":", 1)[0], {})
    return str(storage.get("type", ""))


def next_unused(guest: Guest) -> str:
    """The first free ``unusedN`` key of the guest's config, as
    ``PVE::QemuConfig::add_unused_volume`` picks it.
    """
    n = 0
    while f"unused{n}" in guest.config:
        n += 1
    return f"unused{n}"


def free_volume(engine: Engine, volid: str) -> None:
    """Free a volume, refusing a base volume that linked clones still use."""
    for other in engine.state.volumes.values():
        if other.get("base") == volid:
            raise ApiError(500, f"base volume '{volid}' is still in use by linked cloned")
    engine.state.volumes.pop(volid, None)


def detach(engine: Engine, guest: Guest, key: str, *, force: bool) -> None:
    """Remove a disk from the config: to ``unusedN``, or freed with ``force`` / for ``unusedN``."""
    from .guest_config import _detach

    _detach(engine, guest, key, guest.config.pop(key), force=force)


def _target_format(engine: Engine, storage: str, fmt: str | None) -> str:
    """The format a copy gets: file storages keep raw/qcow2/vmdk, block storages hold raw."""
    kind = _storage_type(engine, f"{storage}:")
    return fmt if kind in FILE_TYPES and fmt in ("raw", "qcow2", "vmdk") else "raw"


def _set_size(value: str, size: int) -> str:
    parts = [p for p in value.split(",") if not p.startswith("size=")]
    return ",".join([*parts, f"size={_size_text(size)}"])


# ---------------------------------------------------------------------------- template


def _template(engine: Engine, guest: Guest, disk: str | None) -> None:
    for key, value in sorted(guest.config.items()):
        if not _DISK_KEY.match(key) or (disk and key != disk) or not _is_volume(engine, value):
            continue
        volid = _volid(value)
        if is_base(volid):
            continue
        base = base_image(engine, volid)
        engine.state.volumes[base] = engine.state.volumes.pop(volid)
        guest.config[key] = value.replace(volid, base, 1)


def _register_template(kind: str) -> None:
    @route("POST", f"/nodes/{{node}}/{kind}/{{vmid}}/template")
    def template(
        engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
    ) -> Any:
        guest = engine.guest(path["node"], int(path["vmid"]), kind)
        what = "VM" if kind == "qemu" else "CT"
        # The order of qemu-server's and pve-container's checks: lock, snapshots, template,
        # running; qemu converts one more disk of a template when ``disk`` is given.
        if guest.lock:
            raise ApiError(500, f"{what} is locked ({guest.lock})")
        if guest.snapshots:
            raise ApiError(500, f"unable to create template, because {what} contains snapshots")
        if guest.config.get("template") == "1" and not (kind == "qemu" and values.get("disk")):
            raise ApiError(500, "you can't convert a template to a template")
        if guest.status != "stopped":
            # pve-container words it "if the CT is running", qemu-server "if VM is running"
            the = "the " if kind == "lxc" else ""
            raise ApiError(500, f"you can't convert a {what} to template if {the}{what} is running")

        def done() -> None:
            guest.config["template"] = "1"
            _template(engine, guest, values.get("disk"))

        if kind == "lxc":
            # pve-container forks a 'vztemplate' worker and answers null, not its UPID.
            engine.task(guest.node, "vztemplate", str(guest.vmid), caller.userid, done)
            return None
        return engine.task(guest.node, "qmtemplate", str(guest.vmid), caller.userid, done)


_register_template("qemu")
_register_template("lxc")


# ---------------------------------------------------------------------------- clone


def _clone_disk(
    engine: Engine,
    key: str,
    value: str,
    newid: int,
    *,
    full: bool,
    storage: str | None,
    fmt: str | None,
) -> str:
    volid = _volid(value)
    volume = engine.state.volumes[volid]
    stype = _storage_type(engine, volid)
    if not full:
        # volume_has_feature 'clone' on a base: the block plugins that snapshot, and file
        # storages for raw/qcow2/vmdk (Plugin.pm; clone_image makes a qcow2 backed by it).
        linkable = stype in _LINKED_TYPES or (
            stype in FILE_TYPES and volume.get("format", "raw") in ("raw", "qcow2", "vmdk")
        )
        if not (linkable and is_base(volid)):
            raise ApiError(500, f"Linked clone feature is not supported for '{volid}' ({key})")
        target, fmt = linked_image(engine, volid, newid)
        engine.state.volumes[target] = {
            **volume,
            "format": fmt,
            "vmid": newid,
            "base": volid,
        }
    else:
        target_store = storage or volid.split(":", 1)[0]
        if target_store not in engine.state.storages:
            raise ApiError(500, f"storage '{target_store}' does not exist")
        fmt = _target_format(engine, target_store, fmt or volume.get("format"))
        target = new_image(engine, target_store, newid, fmt)
        engine.state.volumes[target] = {
            "size": volume["size"],
            "format": fmt,
            "vmid": newid,
            "content": volume.get("content", "images"),
        }
    prefix = "volume=" if value.startswith("volume=") else ""
    rest = value.split(",", 1)[1] if "," in value else ""
    return ",".join(p for p in (f"{prefix}{target}", rest) if p)


def _new_hwaddr(engine: Engine, net: str) -> str:
    """A container NIC with a new ``hwaddr`` (pve-container's clone: "always change MAC!")."""
    parts = [p for p in net.split(",") if not p.startswith("hwaddr=")]
    at = next((i for i, p in enumerate(net.split(",")) if p.startswith("hwaddr=")), len(parts))
    parts.insert(at, f"hwaddr={_mac(engine)}")
    return ",".join(parts)


def _register_clone(kind: str) -> None:
    @route("POST", f"/nodes/{{node}}/{kind}/{{vmid}}/clone")
    def clone(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        guest = engine.guest(path["node"], int(path["vmid"]), kind)
        newid = int(values["newid"])
        what = "VM" if kind == "qemu" else "CT"
        if newid in engine.state.guests:
            raise ApiError(500, f"unable to create {what} {newid}: config file already exists")
        source = guest.config
        snapname = values.get("snapname")
        if snapname:
            snap = guest.snapshots.get(snapname)
            if snap is None:
                raise ApiError(500, f"snapshot '{snapname}' does not exist")
            source = snap["config"]
        is_template = guest.config.get("template") == "1"
        full = bool(values["full"]) if "full" in values else not is_template
        if not full:
            for param in ("storage", "format"):
                if values.get(param) is not None:
                    raise ApiError(500, f"parameter '{param}' not allowed for linked clones")
        target = values.get("target") or guest.node
        engine.node(target)
        if target != guest.node and not _on_shared_storage(engine, source):
            raise ApiError(
                500, f"can't clone {what} to node '{target}' ({what} uses local storage)"
            )
        if values.get("pool") and values["pool"] not in engine.state.pools:
            raise ApiError(500, f"pool '{values['pool']}' does not exist")
        copy_ = Guest(vmid=newid, node=target, kind=kind, config={}, lock="clone")
        made: list[str] = []
        try:
            for key, value in source.items():
                if key in ("template", "lock", "parent"):
                    continue
                if _DISK_KEY.match(key) and _is_volume(engine, value):
                    value = _clone_disk(
                        engine,
                        key,
                        value,
                        newid,
                        full=full,
                        storage=values.get("storage"),
                        fmt=values.get("format"),
                    )
                    made.append(_volid(value))
                elif key.startswith("unused"):
                    continue
                elif _NET_KEY.match(key) and kind == "qemu":
                    model = value.split("=", 1)[0]
                    value = _qemu_nic(engine, ",".join([model, *value.split(",")[1:]]))
                elif _NET_KEY.match(key):
                    value = _new_hwaddr(engine, value)
                copy_.config[key] = value
        except ApiError:
            for volid in made:
                engine.state.volumes.pop(volid, None)
            raise
        if kind == "qemu":
            # qemu-server's clone: a new SMBIOS uuid always, a new vmgenid if the source had one.
            smbios = [p for p in str(copy_.config.get("smbios1", "")).split(",") if p]
            smbios = [p for p in smbios if not p.startswith("uuid=")]
            copy_.config["smbios1"] = ",".join(
                [f"uuid=00000000-0000-4000-8000-{newid:012d}", *smbios]
            )
            if copy_.config.get("vmgenid"):
                copy_.config["vmgenid"] = f"00000000-0000-4000-9000-{newid:012d}"
            copy_.config["name"] = str(
                values.get("name") or f"Copy-of-VM-{source.get('name', guest.vmid)}"
            )
        elif values.get("hostname"):
            copy_.config["hostname"] = str(values["hostname"])
        if values.get("description") is not None:
            copy_.config["description"] = str(values["description"])
        engine.state.guests[newid] = copy_
        if values.get("pool"):
            engine.state.pools[values["pool"]].setdefault("members", []).append(newid)

        def done() -> None:
            copy_.lock = None

        return engine.task(
            guest.node,
            "qmclone" if kind == "qemu" else "vzclone",
            str(guest.vmid),
            caller.userid,
            done,
            [f"create {'full' if full else 'linked'} clone of drive(s)"],
        )


_register_clone("qemu")
_register_clone("lxc")


# ---------------------------------------------------------------------------- resize


def _register_resize(kind: str) -> None:
    @route("PUT", f"/nodes/{{node}}/{kind}/{{vmid}}/resize")
    def resize(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
        guest = engine.guest(path["node"], int(path["vmid"]), kind)
        disk = str(values["disk"])
        match = _RESIZE.match(str(values["size"]))
        if match is None:
            raise ApiError(
                400,
                "Parameter verification failed.",
                {"size": f"value does not match the regex pattern '{_RESIZE.pattern}'"},
            )
        plus, number, unit = match.groups()
        # Perl reads the number as a float: one of hundreds of digits is infinite
        requested = float(number) * (_UNITS[unit] if unit else 1)

        def check() -> tuple[dict[str, Any], float]:
            if values.get("digest") and values["digest"] != guest_digest(guest):
                if kind == "qemu":
                    raise ApiError(500, "checksum mismatch (file change by other user?)")
                raise ApiError(
                    500, "detected modified configuration - file changed by other user? Try again."
                )
            if guest.lock and not values.get("skiplock"):
                raise ApiError(500, f"{'VM' if kind == 'qemu' else 'CT'} is locked ({guest.lock})")
            value = guest.config.get(disk)
            if value is None:
                raise ApiError(500, f"disk '{disk}' does not exist")
            if "media=cdrom" in value:
                raise ApiError(500, "you can't resize a cdrom")
            volume = engine.state.volumes.get(_volid(value))
            if volume is None:
                raise ApiError(500, f"disk '{disk}' has no associated volume")
            current = int(volume["size"])
            new = current + requested if plus else requested
            if new < current:
                raise ApiError(
                    500,
                    "shrinking disks is not supported"
                    if kind == "qemu"
                    else "unable to shrink disk size",
                )
            if new == current and kind == "lxc":
                raise ApiError(500, "disk is already at specified size")
            return volume, new

        def done() -> None:
            volume, new = check()
            if new >= 1 << 64:
                # no storage takes it: PVE::Storage::volume_resize's command fails in the task
                # (the text is the LVM plugin's; each storage words its own)
                raise ApiError(500, f"error resizing volume '{_volid(guest.config[disk])}'")
            volume["size"] = int(new)
            guest.config[disk] = _set_size(guest.config[disk], int(new))

        if kind == "lxc":
            check()  # pve-container's early checks before forking; qemu-server checks in the worker
        return engine.task(
            guest.node,
            "resize",
            str(guest.vmid),
            caller.userid,
            done,
            [f"resize {disk} to {values['size']}"],
        )


_register_resize("qemu")
_register_resize("lxc")


# ---------------------------------------------------------------------------- move


def _in_snapshots(guest: Guest, volid: str) -> bool:
    return any(
        _volid(str(v)) == volid
        for snap in guest.snapshots.values()
        for k, v in snap.get("config", {}).items()
        if _DISK_KEY.match(k)
    )


def _move(
    engine: Engine, caller: Caller, guest: Guest, disk: str, values: dict[str, Any], kind: str
) -> str:
    """qemu-server's ``move_vm_disk`` / pve-container's ``move_volume`` to another storage: the
    checks each runs before forking, in its order."""
    what = "VM" if kind == "qemu" else "CT"
    if guest.lock:
        raise ApiError(500, f"{what} is locked ({guest.lock})")
    if kind == "lxc" and guest.status != "stopped":
        raise ApiError(500, "cannot move volumes of a running container")
    if kind == "lxc" and disk.startswith("unused"):
        raise ApiError(
            500,
            f"cannot move volume '{disk}', only configured volumes can be moved to another storage",
        )
    if values.get("digest") and values["digest"] != guest_digest(guest):
        raise ApiError(
            500, "detected modified configuration - file changed by other user? Try again."
        )
    value = guest.config.get(disk)
    if value is None:
        raise ApiError(500, f"disk '{disk}' does not exist")
    volid = _volid(value)
    if kind == "qemu" and "media=cdrom" in value:
        raise ApiError(500, "you can't move a cdrom")
    volume = engine.state.volumes.get(volid)
    if volume is None:
        raise ApiError(500, f"disk '{disk}' has no associated volume")
    storage = values.get("storage")
    if storage is None:
        raise ApiError(400, "Parameter verification failed.", {"storage": "property is missing"})
    if storage not in engine.state.storages:
        raise ApiError(500, f"storage '{storage}' does not exist")
    fmt = values.get("format") or volume.get("format", "raw")
    same_format = not values.get("format") or values["format"] == volume.get("format", "raw")
    if kind == "qemu" and storage == volid.split(":", 1)[0] and same_format:
        raise ApiError(500, "you can't move to the same storage with same format")
    content = "images" if kind == "qemu" else "rootdir"
    if content not in str(engine.state.storages[storage].get("content", "")).split(","):
        if kind == "qemu":
            raise ApiError(
                400,
                "Parameter verification failed.",
                {"storage": f"storage '{storage}' does not support vm images"},
            )
        raise ApiError(500, f"storage '{storage}' does not support content-type '{content}'")
    if values.get("delete") and _in_snapshots(guest, volid):
        thing = "disk" if kind == "qemu" else "volume"
        raise ApiError(500, f"you can't move a {thing} with snapshots and delete the source")

    def done() -> None:
        target_format = _target_format(engine, storage, fmt)
        target = new_image(engine, storage, guest.vmid, target_format)
        engine.state.volumes[target] = {
            "size": volume["size"],
            "format": target_format,
            "vmid": guest.vmid,
            "content": content,
        }
        guest.config[disk] = value.replace(volid, target, 1)
        if values.get("delete"):
            free_volume(engine, volid)
        else:
            guest.config[next_unused(guest)] = volid
        if guest.config.get("template") == "1":
            _template(engine, guest, disk)  # "convert moved disk to base if part of template"

    return engine.task(
        guest.node,
        "qmmove" if kind == "qemu" else "move_volume",
        str(guest.vmid),
        caller.userid,
        done,
        [f"moving disk '{volid}' to '{storage}'"],
    )


@route("POST", "/nodes/{node}/qemu/{vmid}/move_disk")
def move_disk(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    guest = engine.guest(path["node"], int(path["vmid"]), "qemu")
    if values.get("target-vmid") is not None and int(values["target-vmid"]) != guest.vmid:
        raise ApiError(501, "reassigning disks to another VM is not modelled by the mock")
    return _move(engine, caller, guest, str(values["disk"]), values, "qemu")


@route("POST", "/nodes/{node}/lxc/{vmid}/move_volume")
def move_volume(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    guest = engine.guest(path["node"], int(path["vmid"]), "lxc")
    if values.get("target-vmid") is not None and int(values["target-vmid"]) != guest.vmid:
        raise ApiError(501, "reassigning volumes to another CT is not modelled by the mock")
    return _move(engine, caller, guest, str(values["volume"]), values, "lxc")


@route("PUT", "/nodes/{node}/qemu/{vmid}/unlink")
def unlink(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    guest = engine.guest(path["node"], int(path["vmid"]), "qemu")
    for key in re.split(r"[,;\s]+", str(values["idlist"])):
        if key and key in guest.config:
            detach(engine, guest, key, force=bool(values.get("force")))
