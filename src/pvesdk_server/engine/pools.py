"""Resource pools (pve-manager's ``PVE::API2::Pool``): guests and storages as members.

Proxmox's facts carried over:

* a pool holds guests (``vms``) and storages; a guest belongs to one pool at most: adding it to
  another is ``VM 100 belongs already to pool 'a' and 'allow-move' is not set`` unless
  ``allow-move``; ``delete=1`` removes members (``VM 100 is not a pool member``); adding twice is
  ``VM 100 is already a pool member`` (storages alike); errors carry ``update pools failed:``;
* ``GET /pools`` lists ``poolid`` and ``comment`` only; ``GET /pools?poolid=`` and the older
  ``GET /pools/{poolid}`` add the ``members`` (guest and storage stats, ``type`` filter);
* a pool name starts with a letter; a second one is ``pool 'x' already exists``; only empty
  pools can be deleted (``pool 'x' is not empty (contains VM 100)``); destroyed guests leave.
"""

from __future__ import annotations

from typing import Any

from pvesdk.formats import split_list

from .core import ApiError, Caller, Engine, route
from .guests import _resource
from .storage_config import enabled_on, storage_resource

__all__ = ["add_member", "pool_of"]


def _members(pool: dict[str, Any]) -> list[int]:
    return pool.setdefault("members", [])  # type: ignore[no-any-return]


def pool_of(engine: Engine, vmid: int) -> str | None:
    """The pool a guest belongs to, if any."""
    for name, pool in engine.state.pools.items():
        if vmid in pool.get("members", []):
            return name
    return None


def add_member(engine: Engine, name: str, vmid: int, *, allow_move: bool = False) -> None:
    """Put a guest into pool ``name`` with Proxmox's checks (``update pools failed: …``)."""
    pool = engine.state.pools.get(name)
    if pool is None:
        raise ApiError(500, f"update pools failed: pool '{name}' does not exist")
    if vmid in _members(pool):
        raise ApiError(500, f"update pools failed: VM {vmid} is already a pool member")
    current = pool_of(engine, vmid)
    if current is not None:
        if not allow_move:
            raise ApiError(
                500,
                f"update pools failed: VM {vmid} belongs already to pool '{current}' and "
                "'allow-move' is not set",
            )
        engine.state.pools[current]["members"].remove(vmid)
    _members(pool).append(vmid)


def _pool_member(engine: Engine, vmid: int) -> dict[str, Any] | None:
    guest = engine.state.guests.get(vmid)
    if guest is None:
        return None
    return _resource(engine, guest)


def _storage_member(engine: Engine, name: str) -> dict[str, Any] | None:
    storage = engine.state.storages.get(name)
    if storage is None:
        return None
    # Pool.pm: the local node unless the storage is limited to others, then the first of them.
    nodes = sorted(engine.state.nodes)
    node = next((n for n in nodes if enabled_on(storage, n)), nodes[0])
    return storage_resource(engine, name, node)


def _pool_info(engine: Engine, name: str, kind: str | None) -> dict[str, Any]:
    pool = engine.state.pools.get(name)
    if pool is None:
        raise ApiError(500, f"pool '{name}' does not exist")
    members: list[dict[str, Any]] = []
    for vmid in sorted(pool.get("members", [])):
        item = _pool_member(engine, vmid)
        if item is not None and kind in (None, item["type"]):
            members.append(item)
    if kind in (None, "storage"):
        for storage in sorted(pool.get("storage", [])):
            entry = _storage_member(engine, storage)
            if entry is not None:
                members.append(entry)
    info: dict[str, Any] = {"poolid": name, "members": members}
    if pool.get("comment") is not None:
        info["comment"] = pool["comment"]
    return info


@route("GET", "/pools")
def pools(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    if values.get("poolid"):
        return [_pool_info(engine, values["poolid"], values.get("type"))]
    out = []
    for name, pool in sorted(engine.state.pools.items()):
        entry: dict[str, Any] = {"poolid": name}
        if pool.get("comment") is not None:
            entry["comment"] = pool["comment"]
        out.append(entry)
    return out


@route("GET", "/pools/{poolid}")
def pool_get(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    info = _pool_info(engine, path["poolid"], values.get("type"))
    info.pop("poolid")
    return info


@route("POST", "/pools")
def pool_create(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    name = str(values["poolid"])
    if name in engine.state.pools:
        raise ApiError(500, f"create pool failed: pool '{name}' already exists")
    leaf = name.rsplit("/", 1)
    if len(leaf) == 2 and leaf[0] not in engine.state.pools:
        raise ApiError(
            500, f"create pool failed: parent '{leaf[0]}' of pool '{name}' does not exist"
        )
    if not leaf[-1][:1].isalpha():
        raise ApiError(500, "create pool failed: pool name must start with a letter")
    pool: dict[str, Any] = {"members": [], "storage": []}
    if values.get("comment") is not None:
        pool["comment"] = values["comment"]
    engine.state.pools[name] = pool


def _update(engine: Engine, name: str, values: dict[str, Any]) -> None:
    pool = engine.state.pools.get(name)
    if pool is None:
        raise ApiError(500, f"update pools failed: pool '{name}' does not exist")
    if "comment" in values:
        pool["comment"] = values["comment"]
    remove = bool(values.get("delete"))
    raw_vms = values.get("vms")
    vms = ",".join(map(str, raw_vms)) if isinstance(raw_vms, list) else str(raw_vms or "")
    for text in split_list(vms):  # pve-manager Pool.pm: PVE::Tools::split_list
        vmid = int(text)
        if remove:
            if vmid not in pool.get("members", []):
                raise ApiError(500, f"update pools failed: VM {vmid} is not a pool member")
            pool["members"].remove(vmid)
        else:
            add_member(engine, name, vmid, allow_move=bool(values.get("allow-move")))
    raw_storage = values.get("storage")
    storages = (
        ",".join(map(str, raw_storage)) if isinstance(raw_storage, list) else str(raw_storage or "")
    )
    held = pool.setdefault("storage", [])
    for storage in split_list(storages):
        if remove:
            if storage not in held:
                raise ApiError(
                    500, f"update pools failed: Storage '{storage}' is not a pool member"
                )
            held.remove(storage)
        else:
            if storage in held:
                raise ApiError(
                    500, f"update pools failed: Storage '{storage}' is already a pool member"
                )
            held.append(storage)


@route("PUT", "/pools")
def pool_put(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    _update(engine, str(values["poolid"]), values)


@route("PUT", "/pools/{poolid}")
def pool_put_one(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    _update(engine, path["poolid"], values)


def _delete(engine: Engine, name: str) -> None:
    pool = engine.state.pools.get(name)
    if pool is None:
        raise ApiError(500, f"delete pool failed: pool '{name}' does not exist")
    for other in sorted(engine.state.pools):
        if other.startswith(name + "/"):
            raise ApiError(
                500, f"delete pool failed: pool '{name}' is not empty (contains pool '{other}')"
            )
    for vmid in sorted(pool.get("members", [])):
        if vmid in engine.state.guests:
            raise ApiError(
                500, f"delete pool failed: pool '{name}' is not empty (contains VM {vmid})"
            )
    for storage in sorted(pool.get("storage", [])):
        if storage in engine.state.storages:
            raise ApiError(
                500,
                f"delete pool failed: pool '{name}' is not empty (contains storage '{storage}')",
            )
    del engine.state.pools[name]


@route("DELETE", "/pools")
def pool_delete(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    _delete(engine, str(values["poolid"]))


@route("DELETE", "/pools/{poolid}")
def pool_delete_one(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    _delete(engine, path["poolid"])
