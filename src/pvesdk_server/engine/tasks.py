"""Tasks: the node's task list, one task's status and log, stopping a task
(pve-manager's ``PVE::API2::Tasks``)."""

from __future__ import annotations

import re
from typing import Any

from pvesdk.formats import split_list

from .core import _UPID, ApiError, Caller, Engine, Reply, route
from .state import Task, archive_task, prune_tasks

_NO_LOG = "unable to open file - No such file or directory"


def _task(engine: Engine, node: str, upid: str, *, missing_ok: bool = False) -> Any:
    """The task ``upid`` of ``node`` (pve-manager's ``PVE::API2::Tasks``: a UPID that does not
    parse, or whose task file the node does not have, is a parameter error on ``upid``)."""
    if not _UPID.match(upid):
        raise ApiError(
            400, "Parameter verification failed.", {"upid": "unable to parse worker upid"}
        )
    task = engine.state.tasks.get(upid)
    if task is None or task.node != node:
        if missing_ok:
            return None
        raise ApiError(400, "Parameter verification failed.", {"upid": "no such task"})
    return task


def status_type(status: str | None) -> str:
    """``PVE::UPID::normalize_status_type``: ok, warning, error or unknown."""
    if not status or status == "unexpected status":
        return "unknown"
    if status == "OK":
        return "ok"
    return "warning" if re.fullmatch(r"WARNINGS: \d+", status) else "error"


def _owned(task_user: str, caller: Caller) -> bool:
    """pve-manager's ``$check_task_user``: a token sees its own tasks, a user also its tokens'."""
    user, _, token = task_user.partition("!")
    if token:
        return caller.userid in (task_user, user)
    return caller.userid == user


def may_see(engine: Engine, caller: Caller, node: str, user: str) -> bool:
    """Whether ``caller`` may see a task of ``user`` on ``node``, as pve-manager's task list,
    status and log decide: its owner (``$check_task_user``: a user also sees their tokens'
    tasks), or anyone with ``Sys.Audit`` on ``/nodes/<node>``."""
    if _owned(user, caller):
        return True
    return engine.access.allowed(caller, f"/nodes/{node}", ["Sys.Audit"])


def _may_see(engine: Engine, caller: Caller, task: Task, privilege: str) -> None:
    if not _owned(task.user, caller):
        engine.access.check(caller, f"/nodes/{task.node}", [privilege])


@route("GET", "/nodes/{node}/tasks")
def tasks(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """The node's tasks as pve-manager's ``node_tasks`` lists and filters them: the running ones
    (``source`` active or all) in the order they started, then the finished ones in the reverse
    order of the task archive, the last to finish first; ``total`` counts every match (before
    ``start``/``limit``)."""
    node = path["node"]
    engine.node(node)
    auditor = engine.access.allowed(caller, f"/nodes/{node}", ["Sys.Audit"])
    errors = bool(values.get("errors"))
    wanted = {"ok", "warning", "error", "unknown"}
    if values.get("statusfilter") is not None and not errors:
        wanted = {s.lower() for s in split_list(str(values["statusfilter"]))}
    elif errors:
        wanted.discard("ok")
    userfilter = str(values.get("userfilter") or "")
    source = values.get("source", "archive")
    since, until, vmid = values.get("since"), values.get("until"), values.get("vmid")

    def keep(task: Task) -> bool:
        user = task.user.partition("!")[0]
        if userfilter and userfilter.lower() not in user.lower():
            return False
        if not (auditor or _owned(task.user, caller)):
            return False
        if values.get("typefilter") and task.type != values["typefilter"]:
            return False
        if vmid and task.id != str(vmid):
            return False
        if since is not None and task.starttime < since:
            return False
        if until is not None and task.starttime > until:
            return False
        status = task.exitstatus if task.status != "running" else None
        return status_type(status) in wanted

    # state.tasks is in archive order: running tasks as they started, finished ones as they
    # finished. node_tasks lists the active file's running tasks first (``source`` active or
    # all), in the order they registered, then the archive read backwards
    # (File::ReadBackwards on tasks/index, then index.1): the last task to finish first.
    on_node = [t for t in engine.state.tasks.values() if t.node == node]
    active = [t for t in on_node if t.status == "running"] if source in ("active", "all") else []
    archive = [t for t in reversed(on_node) if t.status != "running"] if source != "active" else []
    matches = [t for t in active + archive if keep(t)]
    start, limit = int(values.get("start", 0)), int(values.get("limit", 50))
    out = []
    for t in matches[start : start + limit]:
        item = _entry(t)
        item["status"] = "RUNNING" if t.status == "running" else item["status"]
        out.append(item)
    return Reply(data=out, extra={"total": len(matches)})


def _upid_fields(t: Task) -> dict[str, Any]:
    """What a task's UPID says: ``upid``, node, pid, pstart, starttime (seconds), type and id."""
    return {
        "upid": t.upid,
        "node": t.node,
        "pid": t.pid,
        "pstart": t.pstart,
        "starttime": t.starttime,
        "type": t.type,
        "id": t.id,
    }


def _entry(t: Task) -> dict[str, Any]:
    """A task as the task lists show it: the UPID's fields, ``user`` and ``tokenid`` split, and
    ``status``/``endtime`` once it has stopped."""
    user, _, token = t.user.partition("!")
    item: dict[str, Any] = {**_upid_fields(t), "user": user}
    if token:
        item["tokenid"] = token
    if t.status != "running":
        item["status"] = t.exitstatus or "OK"
        item["endtime"] = t.endtime or t.starttime
    return item


@route("GET", "/cluster/tasks")
def cluster_tasks(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """The recent tasks of every node, newest first (pve-manager's ``PVE::API2::Cluster``
    ``tasks``, from the cluster's task list): everything with ``Sys.Audit`` on ``/``, otherwise
    the caller's own tasks and their tokens'. Running tasks have neither ``status`` nor
    ``endtime``."""
    auditor = engine.access.allowed(caller, "/", ["Sys.Audit"])
    newest = sorted(engine.state.tasks.values(), key=lambda t: (t.starttime, t.pid), reverse=True)
    return [_entry(t) for t in newest if auditor or _owned(t.user, caller)]


@route("GET", "/nodes/{node}/tasks/{upid}/status")
def task_status(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """``GET /nodes/{node}/tasks/{upid}/status``: PVE::API2::Tasks ``read_task_status``."""
    t = _task(engine, path["node"], path["upid"])
    _may_see(engine, caller, t, "Sys.Audit")
    out = {**_upid_fields(t), "user": t.user, "status": t.status}
    if t.status == "stopped":
        out["exitstatus"] = t.exitstatus or "OK"
    return out


@route("GET", "/nodes/{node}/tasks/{upid}/log")
def task_log(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``GET /nodes/{node}/tasks/{upid}/log``: PVE::API2::Tasks ``read_task_log``
    (``start``/``limit`` lines).
    """
    t = _task(engine, path["node"], path["upid"], missing_ok=True)
    if t is None:  # read_task_log does not check: dump_logfile answers that it cannot open it
        return Reply(data=[{"n": 1, "t": _NO_LOG}], extra={"total": 1})
    _may_see(engine, caller, t, "Sys.Audit")
    return _window(t.log, values, journal=False)


@route("DELETE", "/nodes/{node}/tasks/{upid}")
def task_stop(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``DELETE /nodes/{node}/tasks/{upid}``: PVE::API2::Tasks ``stop_task``; the task ends with
    ``unexpected status``.
    """
    t = _task(engine, path["node"], path["upid"])
    _may_see(engine, caller, t, "Sys.Modify")
    if t.status == "running":
        engine._effects.pop(t.upid, None)
        engine._running.pop(t.upid, None)
        t.status, t.exitstatus, t.endtime = "stopped", "unexpected status", int(engine.clock())
        t.log.append("received interrupt")
        archive_task(engine.state, t)  # the reaper archives the killed worker
        prune_tasks(engine.state, t.node, engine.task_history)
        engine.notify_task(t)
    return None


def _window(lines: list[str], values: dict[str, Any], *, journal: bool) -> Reply:
    """A log page as ``PVE::Tools`` reads one: lines ``n`` from 1, ``start``/``limit``, and
    ``total`` (every line) beside ``data``; an empty log answers one line ``no content``.

    ``dump_logfile`` reads to the end for ``limit=0``; ``dump_journal`` takes 0 as its default 50.
    """
    start, limit = int(values.get("start") or 0), int(values.get("limit", 50))
    if journal and not limit:
        limit = 50
    if not lines:
        lines = ["no content"]
    end = None if limit == 0 else start + limit
    page = [{"n": n, "t": text} for n, text in enumerate(lines, 1)][start:end]
    return Reply(data=page, extra={"total": len(lines)})


def _stamp(seconds: float) -> str:
    import time as _time

    return _time.strftime("%b %d %H:%M:%S", _time.gmtime(seconds))


@route("GET", "/nodes/{node}/syslog")
def syslog(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """The node's journal as pve-manager's ``syslog`` pages it (``dump_journal``): here the
    lines pvedaemon writes for each task (``starting task UPID…``, ``end task UPID… status``),
    oldest first; ``total`` counts them all."""
    node = path["node"]
    engine.node(node)
    service = values.get("service")
    lines: list[tuple[float, str]] = []
    if service in (None, "pvedaemon"):
        for task in engine.state.tasks.values():
            if task.node != node:
                continue
            head = f"{node} pvedaemon[{task.pid}]: <{task.user}>"
            lines.append(
                (task.starttime, f"{_stamp(task.starttime)} {head} starting task {task.upid}")
            )
            if task.status != "running" and task.endtime is not None:
                status = task.exitstatus or "unexpected status"
                lines.append(
                    (task.endtime, f"{_stamp(task.endtime)} {head} end task {task.upid} {status}")
                )
    lines.sort(key=lambda item: item[0])
    return _window([text for _, text in lines], values, journal=True)


@route("GET", "/nodes/{node}/firewall/log")
@route("GET", "/nodes/{node}/qemu/{vmid}/firewall/log")
@route("GET", "/nodes/{node}/lxc/{vmid}/firewall/log")
def firewall_log(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """pve-firewall's log (``dump_fw_logfile``): the mock's firewall logs nothing, so this is an
    empty log file's answer, one ``no content`` line and ``total`` 1."""
    engine.node(path["node"])
    return _window([], values, journal=False)
