"""Storage: storage lists, volume content, deleting volumes, uploads
(pve-storage's ``PVE::API2::Storage::*``)."""

from __future__ import annotations

import time
from typing import Any

from .core import ApiError, Caller, Engine, GiB, route


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
