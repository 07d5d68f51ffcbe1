"""Storage definitions (``storage.cfg``) as pve-storage's ``PVE/API2/Storage/Config.pm`` keeps them:
create, read, update and delete of ``/storage/{storage}``.

Proxmox's facts carried over (pve-storage ``Config.pm``, ``PVE/Storage/Plugin.pm``, each type's
plugin, pve-common ``PVE::SectionConfig::check_config``):

* a second definition of an ID is ``create storage failed: storage ID 'x' already defined``; a
  missing one ``storage 'x' does not exist`` (``update storage failed: …`` on update); create
  and update answer ``{storage, type}``; update errors carry ``update storage failed:``;
* each type's non-optional options are required on create (``missing value for required option
  'path'``) and fixed afterwards (the update schema lacks them; ``can't change value of fixed
  parameter 'path'``);
* ``content`` keeps only the types the plugin supports and falls back to the plugin's default
  when none is given (dir: ``images,rootdir``; nfs/cifs/lvm/rbd: ``images``; pbs and cephfs:
  ``backup``); ``none`` combines with nothing;
* ``delete`` removes options, but never a required or fixed one (``unable to delete required
  option 'path'``); a stale ``digest`` is refused;
* the list and each definition carry the config's ``digest`` and ``shared`` for the types that
  always are; the list filters by ``type``;
* removing a storage keeps its volumes on disk but drops it from every pool and its ACLs
  (``PVE::AccessControl::remove_storage_access``).
"""

from __future__ import annotations

import hashlib
from typing import Any

from .core import ApiError, Caller, Engine, route

__all__ = ["definition_of", "enabled_on", "is_shared"]

_DIR_CONTENT = {"images", "rootdir", "vztmpl", "iso", "backup", "snippets", "import"}
# type -> (non-optional options, which are also fixed; supported content; default content)
_PLUGINS: dict[str, tuple[tuple[str, ...], set[str], str]] = {
    "dir": (("path",), {*_DIR_CONTENT, "none"}, "images,rootdir"),
    "btrfs": (("path",), {*_DIR_CONTENT, "none"}, "images,rootdir"),
    "nfs": (("export", "path", "server"), _DIR_CONTENT, "images"),
    "cifs": (("path", "server", "share"), _DIR_CONTENT, "images"),
    "lvm": (("vgname",), {"images", "rootdir"}, "images"),
    "lvmthin": (("thinpool", "vgname"), {"images", "rootdir"}, "images,rootdir"),
    "zfspool": (("pool",), {"images", "rootdir"}, "images,rootdir"),
    "rbd": ((), {"images", "rootdir"}, "images"),
    "cephfs": (("path",), {"vztmpl", "iso", "backup", "snippets", "import"}, "backup"),
    "pbs": (("datastore", "server"), {"backup", "none"}, "backup"),
}
# Keys of the request that are not options of the definition, and the mock's own bookkeeping.
_NOT_OPTIONS = {"storage", "type", "digest", "delete", "password", "keyring", "encryption-key"}
_INTERNAL = {"total"}
_MODIFIED = "detected modified configuration - file changed by other user? Try again."
# Types PVE::Storage::Plugin always marks shared (@SHARED_STORAGE); others need ``shared 1``.
_SHARED_TYPES = {"iscsi", "nfs", "cifs", "rbd", "cephfs", "iscsidirect", "zfs", "drbd", "pbs"}


def is_shared(scfg: dict[str, Any]) -> bool:
    """Whether a storage is shared: its ``shared`` flag or a type that always is."""
    return bool(scfg.get("shared")) or scfg.get("type") in _SHARED_TYPES


def storage_resource(engine: Engine, name: str, node: str) -> dict[str, Any]:
    """Storage ``name`` on ``node`` as ``/cluster/resources`` and pool members list it.

    ``maxdisk`` is the storage's size and ``disk`` the sum of its volumes' sizes, in bytes
    (pve-manager ``PVE::API2Tools::extract_storage_stats``).
    """
    storage = engine.state.storages[name]
    prefix = name + ":"
    used = sum(v["size"] for vol, v in engine.state.volumes.items() if vol.startswith(prefix))
    return {
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


def enabled_on(scfg: dict[str, Any], node: str) -> bool:
    """``storage_check_enabled``: not disabled, and ``node`` among its ``nodes`` if it has any."""
    if scfg.get("disable"):
        return False
    nodes = str(scfg.get("nodes") or "")
    return not nodes or node in {n.strip() for n in nodes.replace(";", ",").split(",")}


def _digest(engine: Engine) -> str:
    """SHA-1 over the definitions written as ``storage.cfg`` sections, in ID order."""
    sha = hashlib.sha1()
    for name, scfg in sorted(engine.state.storages.items()):
        sha.update(f"{scfg['type']}: {name}\n".encode())
        for key, value in sorted(scfg.items()):
            if key not in ("type", *_INTERNAL):
                sha.update(f"\t{key} {value}\n".encode())
    return sha.hexdigest()


def _content(kind: str, value: Any) -> str:
    """``decode_value`` of ``content``: unsupported types dropped (Proxmox only warns)."""
    supported = _PLUGINS[kind][1] if kind in _PLUGINS else None
    wanted = [c for c in str(value).replace(";", ",").split(",") if c.strip()]
    kept = sorted({c.strip() for c in wanted if supported is None or c.strip() in supported})
    if "none" in kept and len(kept) > 1:
        raise ApiError(500, "unable to combine 'none' with other content types")
    if not kept and supported is not None and "none" not in supported:
        raise ApiError(500, "storage does not support content type 'none'")
    return ",".join(kept) or "none"


def _options(values: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in values.items():
        if key in _NOT_OPTIONS or value is None:
            continue
        out[key] = int(value) if isinstance(value, bool) else value
    return out


def _definition(engine: Engine, storage: str) -> dict[str, Any]:
    scfg = engine.state.storages.get(storage)
    if scfg is None:
        raise ApiError(500, f"storage '{storage}' does not exist")
    return scfg


def definition_of(engine: Engine, storage: str) -> dict[str, Any]:
    """A definition as the API shows it (``api_storage_config``): its options, ``storage``,
    the config's ``digest``, and ``shared`` where ``parse_config`` sets it."""
    scfg = _definition(engine, storage)
    shown = {k: v for k, v in scfg.items() if k not in _INTERNAL}
    if scfg.get("type") in _SHARED_TYPES:
        shown["shared"] = 1
    return {**shown, "storage": storage, "digest": _digest(engine)}


@route("GET", "/storage/{storage}")
def read(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    return definition_of(engine, path["storage"])


@route("POST", "/storage")
def create(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    storage, kind = str(values["storage"]), str(values["type"])
    options = _options(values)
    if not options.get("nodes"):
        options.pop("nodes", None)
    for key in _PLUGINS.get(kind, ((), None, ""))[0]:
        if key not in options:
            raise ApiError(500, f"missing value for required option '{key}'")
    if "content" in options:
        options["content"] = _content(kind, options["content"])
    elif kind in _PLUGINS:
        options["content"] = _PLUGINS[kind][2]
    if storage in engine.state.storages:
        raise ApiError(500, f"create storage failed: storage ID '{storage}' already defined")
    engine.state.storages[storage] = {"type": kind, **options}
    return {"storage": storage, "type": kind}


@route("PUT", "/storage/{storage}")
def update(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    storage = path["storage"]
    digest = values.get("digest")
    if digest and digest != _digest(engine):
        raise ApiError(500, f"update storage failed: {_MODIFIED}")
    scfg = engine.state.storages.get(storage)
    if scfg is None:
        raise ApiError(500, f"update storage failed: storage '{storage}' does not exist")
    kind = str(scfg["type"])
    fixed = _PLUGINS.get(kind, ((), None, ""))[0]
    options = _options(values)
    for key in options:
        if key in fixed:
            raise ApiError(
                500, f"update storage failed: can't change value of fixed parameter '{key}'"
            )
    if "content" in options:
        try:
            options["content"] = _content(kind, options["content"])
        except ApiError as exc:
            raise ApiError(500, f"update storage failed: {exc.message}") from None
    deleted = [k.strip() for k in str(values.get("delete") or "").split(",") if k.strip()]
    for key in deleted:
        if key in fixed:
            raise ApiError(500, f"update storage failed: unable to delete required option '{key}'")
        if key in options:
            raise ApiError(
                500,
                f"update storage failed: cannot set and delete property '{key}' at the same time!",
            )
    for key in deleted:
        scfg.pop(key, None)
    scfg.update(options)
    return {"storage": storage, "type": kind}


@route("DELETE", "/storage/{storage}")
def delete(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    storage = path["storage"]
    if storage not in engine.state.storages:
        raise ApiError(500, f"delete storage failed: storage '{storage}' does not exist")
    del engine.state.storages[storage]
    for pool in engine.state.pools.values():
        if storage in pool.get("storage", []):
            pool["storage"].remove(storage)
    engine.state.acls = [a for a in engine.state.acls if a.get("path") != f"/storage/{storage}"]
    return None
