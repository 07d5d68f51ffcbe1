"""Resource pools (pve-access-control's ``PVE::API2::Pool``)."""

from __future__ import annotations

from typing import Any

from .core import ApiError, Caller, Engine, route


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
