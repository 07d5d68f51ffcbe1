"""Storage: storage lists, volume content, deleting volumes, uploads
(pve-storage's ``PVE::API2::Storage::*``)."""

from __future__ import annotations

import re
from typing import Any

from .core import PARAM_FAILED, ApiError, Caller, Engine, GiB, route

_SEES_STORAGE = ["Datastore.Audit", "Datastore.AllocateSpace"]


def _listed(engine: Engine, caller: Caller, name: str) -> bool:
    """pve-storage's storage lists show a storage to those with Datastore.Audit or
    Datastore.AllocateSpace on it (``check_any``)."""
    return engine.access.allowed(caller, f"/storage/{name}", _SEES_STORAGE, any_=True)


@route("GET", "/storage")
def storage_index(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """pve-storage ``PVE::API2::Storage::Config`` ``index``: the definitions the caller may
    see, of ``type`` when given."""
    from .storage_config import definition_of

    return [
        definition_of(engine, name)
        for name, s in sorted(engine.state.storages.items())
        if _listed(engine, caller, name) and values.get("type") in (None, s["type"])
    ]


@route("GET", "/nodes/{node}/storage")
def node_storage(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """pve-storage ``PVE::API2::Storage::Status`` ``index``: the storages the caller may see,
    filtered by ``content``, ``storage`` (an unknown one is a parameter error), ``enabled``
    and ``target`` (another node: shared storages only). As ``PVE::Storage::storage_info``
    lists them, one not enabled on this node (disabled, or limited to other ``nodes``) is
    inactive and without usage, and left out when a content type or ``enabled`` is asked for."""
    from .storage_config import enabled_on, is_shared

    node = path["node"]
    engine.node(node)
    storages = engine.state.storages
    wanted = values.get("storage")
    if wanted and wanted not in storages:
        raise ApiError(400, PARAM_FAILED, {"storage": "No such storage."})
    target = values.get("target")
    other_node = target not in (None, node, "localhost")
    out = []
    for name, s in sorted(storages.items()):
        if not _listed(engine, caller, name) or wanted not in (None, name):
            continue
        enabled = enabled_on(s, node)
        if values.get("content") and (
            values["content"] not in s["content"].split(",") or not enabled
        ):
            continue
        if other_node and not is_shared(s):
            continue
        if not enabled:
            if not values.get("enabled"):
                out.append(
                    {
                        **{"storage": name, "type": s["type"], "content": s["content"]},
                        **{"active": 0, "enabled": 0, "shared": int(is_shared(s))},
                        **{"total": 0, "used": 0, "avail": 0},
                    }
                )
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
                "shared": int(is_shared(s)),
                "total": total,
                "used": used,
                "avail": total - used,
                "used_fraction": used / total if total else 0,
            }
        )
    return out


def volume_access(engine: Engine, caller: Caller, volid: str) -> None:
    """pve-storage ``check_volume_access`` (without an owning guest): Datastore.Allocate on the
    storage sees everything; ISOs, templates and imports need Datastore.AllocateSpace or
    Datastore.Audit; a guest's disks Datastore.Audit plus VM.Config.Disk on the guest; its
    backups Datastore.AllocateSpace plus VM.Backup; anything else is refused.

    Raises:
        ApiError: 403 ``Permission check failed (…)``, or 500 ``missing privileges to access
            <volid>``.
    """
    access = engine.access
    storage = f"/storage/{volid.partition(':')[0]}"
    if access.allowed(caller, storage, ["Datastore.Allocate"]):
        return
    vol = engine.state.volumes.get(volid)
    kind, owner = (vol.get("content"), vol.get("vmid")) if vol else _parse_volname(volid)
    if kind in ("iso", "vztmpl", "import"):
        access.check(caller, storage, ["Datastore.AllocateSpace", "Datastore.Audit"], any_=True)
    elif kind == "backup" and owner:
        access.check(caller, storage, ["Datastore.AllocateSpace"])
        access.check(caller, f"/vms/{owner}", ["VM.Backup"])
    elif kind in ("images", "rootdir") and owner:
        access.check(caller, storage, ["Datastore.Audit"])
        access.check(caller, f"/vms/{owner}", ["VM.Config.Disk"])
    else:
        raise ApiError(500, f"missing privileges to access {volid}")


def _parse_volname(volid: str) -> tuple[str | None, int | None]:
    """(content type, owning guest) read from a volume id's name, as pve-storage's
    ``parse_volname`` reads it for a volume it does not look up (``iso/…``, ``vztmpl/…``,
    ``backup/vzdump-qemu-100-…``, ``vm-100-disk-0``, ``100/vm-100-disk-0.qcow2``)."""
    name = volid.partition(":")[2]
    folder, _, rest = name.partition("/")
    if folder in ("iso", "vztmpl", "import", "snippets") and rest:
        return folder, None
    if folder == "backup" and rest:
        found = re.search(r"^vzdump-(?:lxc|qemu|openvz)-(\d+)-", rest)
        return "backup", int(found.group(1)) if found else None
    found = re.search(r"(?:^|/)(?:vm|base)-(\d+)-disk-\d+", name)
    return ("images", int(found.group(1))) if found else (None, None)


def _may_see(engine: Engine, caller: Caller, volid: str) -> bool:
    try:
        volume_access(engine, caller, volid)
    except ApiError:
        return False
    return True


@route("GET", "/nodes/{node}/storage/{storage}/content")
def content(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``GET /nodes/{node}/storage/{storage}/content``: PVE::API2::Storage::Content ``index`` (only
    volumes the caller may see; sizes in bytes).

    Raises:
        ApiError: 500 ``storage 's' does not exist``.
    """
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
        if not _may_see(engine, caller, volid):  # the content index skips what it may not see
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
    """``DELETE /nodes/{node}/storage/{storage}/content/{volume}``: PVE::API2::Storage::Content
    ``delete``.

    Raises:
        ApiError: 500 ``volume 'v' does not exist``, or ``unable to delete volume 'v' - volume
            is still in use`` while a guest's config refers to it.
    """
    volume = path["volume"]
    if ":" not in volume:
        volume = f"{path['storage']}:{volume}"
    if volume not in engine.state.volumes:
        raise ApiError(500, f"volume '{volume}' does not exist")
    storage = volume.partition(":")[0]
    vmid = engine.state.volumes[volume].get("vmid")
    # pve-storage ``PVE::API2::Storage::Content`` ``delete`` (its schema says ``user: all``):
    # a guest's backup needs Datastore.AllocateSpace and VM.Backup, anything else
    # Datastore.Allocate on the storage
    if engine.state.volumes[volume].get("content") == "backup" and vmid:
        engine.access.check(caller, f"/storage/{storage}", ["Datastore.AllocateSpace"])
        engine.access.check(caller, f"/vms/{vmid}", ["VM.Backup"])
    else:
        engine.access.check(caller, f"/storage/{storage}", ["Datastore.Allocate"])
    guest = engine.state.guests.get(vmid) if vmid is not None else None
    if guest and any(v.split(",")[0] == volume for v in guest.config.values()):
        raise ApiError(500, f"unable to delete volume '{volume}' - volume is still in use")
    del engine.state.volumes[volume]
    ident = f"{vmid}@{storage}" if vmid is not None else storage
    return engine.task(path["node"], "imgdel", ident, caller.userid)


# pve-storage ``PVE::Storage``: the extensions an upload of each content type must end with.
_UPLOAD_NAMES = {
    "iso": (re.compile(r"[^/]+\.(?:iso|img)$", re.IGNORECASE), "wrong file extension"),
    "vztmpl": (
        re.compile(r"[^/]+\.(?:tar(?!\.)|tar\.(?:gz|xz|zst|bz2))$", re.IGNORECASE),
        "wrong file extension",
    ),
    "import": (
        re.compile(r"[a-zA-Z0-9\-.+=_]+\.(ova|qcow2|raw|vmdk)$"),
        "invalid filename or wrong extension",
    ),
}


# pve-storage ``PVE::Storage::Plugin``'s ``$vtype_subdirs``: where each content type lives.
_UPLOAD_DIRS = {"iso": "template/iso", "vztmpl": "template/cache", "import": "import"}


def store_upload(
    engine: Engine,
    caller: Caller,
    node: str,
    storage: str,
    content_type: str,
    filename: str,
    size: int,
    *,
    checksum: tuple[str, str, str] | None = None,
) -> str:
    """Record an uploaded file as a volume (the server calls this after streaming the body),
    checked as pve-storage's ``upload`` checks it; answers the ``imgcopy`` task's UPID.

    ``checksum`` is (algorithm, expected, computed): a mismatch ends the task in Proxmox's
    ``checksum mismatch`` error and stores nothing.

    Raises:
        ApiError: 400 for a content type that cannot be uploaded or a wrong file extension,
            500 for an unknown storage, one that is not file-based (``can't upload to storage
            type 'lvmthin'``) or one without that content type.
    """
    engine.node(node)
    config = engine.state.storages.get(storage)
    if config is None:
        raise ApiError(500, f"storage '{storage}' does not exist")
    if "path" not in config:  # only file-based storages take uploads
        raise ApiError(500, f"can't upload to storage type '{config['type']}'")
    # normalize_content_filename: the base name, unsafe characters as '_'
    filename = re.sub(r"[^a-zA-Z0-9_.-]", "_", re.sub(r"^.*[/\\]", "", filename.rstrip("\n")))
    if content_type not in _UPLOAD_NAMES:
        raise ApiError(
            400, PARAM_FAILED, {"content": f"upload content type '{content_type}' not allowed"}
        )
    pattern, problem = _UPLOAD_NAMES[content_type]
    if not pattern.search(filename):
        raise ApiError(400, PARAM_FAILED, {"filename": problem})
    if content_type not in config["content"].split(","):
        raise ApiError(500, f"storage '{storage}' does not support '{content_type}' content")
    volid = f"{storage}:{content_type}/{filename}"
    # the worker's output: the checksum line is printed in two parts, and a mismatch ends the
    # task right after its first part
    tmp = f"/var/tmp/pveupload-{engine.state.counter:x}"
    dest = f"{config['path']}/{_UPLOAD_DIRS[content_type]}/{filename}"
    log = [f"starting file import from: {tmp}"]
    mismatch = None
    if checksum is not None:
        _algorithm, expected, got = checksum
        if got.lower() == expected.lower():
            log.append("calculating checksum...OK, checksum verified")
        else:
            log.append("calculating checksum...")
            mismatch = f"checksum mismatch: got '{got}' != expect '{expected}'"
    if mismatch is None:
        log += [
            f"target node: {node}",
            f"target file: {dest}",
            f"file size is: {size}",
            f"command: cp -- {tmp} {dest}",
            "finished file import successfully",
        ]

    def done() -> None:
        if mismatch is not None:
            raise ApiError(500, mismatch)
        engine.state.volumes[volid] = {
            "size": size,
            "format": _volume_format(content_type, filename),
            "content": content_type,
            "ctime": int(engine.clock()),
        }

    return engine.task(node, "imgcopy", "", caller.userid, done, log)


def _volume_format(content_type: str, filename: str) -> str:
    """The ``format`` a content listing shows for an uploaded file (pve-storage Plugin.pm
    ``get_subdir_files``): a template ``….tar.gz|xz|zst|bz2`` is ``tgz``/``txz``/``tzst``/
    ``tbz2`` (a plain ``….tar`` is ``tar``), an ISO ``iso``, anything else its extension."""
    if content_type == "vztmpl":
        match = re.search(r"\.tar\.(gz|xz|zst|bz2)$", filename, re.IGNORECASE)
        if match:
            return f"t{match.group(1)}"
    if content_type == "iso":
        return "iso"
    return filename.rsplit(".", 1)[-1]


@route("GET", "/nodes/{node}/storage/{storage}/content/{volume}")
def volume_info(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """A volume's attributes; a volume that does not exist fails as ``volume_size_info`` does."""
    engine.node(path["node"])
    volume = path["volume"]
    if ":" not in volume:
        volume = f"{path['storage']}:{volume}"
    volume_access(engine, caller, volume)  # check_volume_access comes before the lookup
    vol = engine.state.volumes.get(volume)
    if vol is None:
        raise ApiError(500, f"volume_size_info on '{volume}' failed - no format")
    storage = engine.state.storages.get(volume.partition(":")[0], {})
    base = storage.get("path", f"/dev/{storage.get('vgname', 'pve')}")
    return {
        "path": f"{base}/{volume.partition(':')[2]}",
        "size": vol["size"],
        "used": vol["size"],
        "format": vol["format"],
        "protected": 0,
    }
