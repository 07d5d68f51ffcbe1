"""Tasks: the node's task list, one task's status and log, stopping a task
(pve-manager's ``PVE::API2::Tasks``)."""

from __future__ import annotations

import time
from typing import Any

from .core import _UPID, ApiError, Caller, Engine, route


def _task(engine: Engine, node: str, upid: str) -> Any:
    if not _UPID.match(upid):
        raise ApiError(
            400, "Parameter verification failed.", {"upid": f"unable to parse worker upid '{upid}'"}
        )
    task = engine.state.tasks.get(upid)
    if task is None or task.node != node:
        raise ApiError(500, f"no such task '{upid}'")
    return task


@route("GET", "/nodes/{node}/tasks")
def tasks(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    engine.node(path["node"])
    items = [t for t in engine.state.tasks.values() if t.node == path["node"]]
    if "vmid" in values:
        items = [t for t in items if t.id == str(values["vmid"])]
    if values.get("typefilter"):
        items = [t for t in items if t.type == values["typefilter"]]
    if values.get("userfilter"):
        items = [t for t in items if values["userfilter"] in t.user]
    source = values.get("source", "archive")
    if source == "active":
        items = [t for t in items if t.status == "running"]
    elif source == "archive":
        items = [t for t in items if t.status != "running"]
    if values.get("errors"):
        items = [t for t in items if t.exitstatus not in (None, "OK")]
    items.sort(key=lambda t: (t.starttime, t.pid), reverse=True)
    start, limit = int(values.get("start", 0)), int(values.get("limit", 50))
    out = []
    for t in items[start : start + limit]:
        item = {
            "upid": t.upid,
            "node": t.node,
            "pid": t.pid,
            "pstart": t.pstart,
            "starttime": t.starttime,
            "type": t.type,
            "id": t.id,
            "user": t.user,
        }
        if t.status != "running":
            item["status"] = t.exitstatus or "OK"
            item["endtime"] = t.endtime or t.starttime
        out.append(item)
    from .core import Reply

    return Reply(data=out, extra={"total": len(items)})


@route("GET", "/nodes/{node}/tasks/{upid}/status")
def task_status(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    t = _task(engine, path["node"], path["upid"])
    out = {
        "upid": t.upid,
        "node": t.node,
        "pid": t.pid,
        "pstart": t.pstart,
        "starttime": t.starttime,
        "type": t.type,
        "id": t.id,
        "user": t.user,
        "status": t.status,
    }
    if t.status == "stopped":
        out["exitstatus"] = t.exitstatus or "OK"
    return out


@route("GET", "/nodes/{node}/tasks/{upid}/log")
def task_log(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    t = _task(engine, path["node"], path["upid"])
    start, limit = int(values.get("start", 0)), int(values.get("limit", 50))
    lines = t.log if t.log else ["no content"]
    page = [{"n": i + 1, "t": line} for i, line in enumerate(lines)][start : start + limit]
    from .core import Reply

    return Reply(data=page, extra={"total": len(lines)})


@route("DELETE", "/nodes/{node}/tasks/{upid}")
def task_stop(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    t = _task(engine, path["node"], path["upid"])
    if t.status == "running":
        engine._effects.pop(t.upid, None)
        engine._running.pop(t.upid, None)
        t.status, t.exitstatus, t.endtime = "stopped", "unexpected status", int(time.time())
        t.log.append("received interrupt")
    return None
