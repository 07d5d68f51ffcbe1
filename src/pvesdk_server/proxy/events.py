"""Task progress as Server-Sent Events in proxy mode, made by polling the upstream cluster.

Proxmox VE has no event streams, so the proxy reads what a client would poll, once per
``ProxySettings.task_poll`` seconds, and sends the same frames as the mock (see
:mod:`pvesdk_server.events`):

* ``GET /pvesdk/tasks/{upid}/events``: the task's log from
  ``/nodes/{node}/tasks/{upid}/log?start=N`` and its state from ``…/status``; frame ids are the
  positions in the task's history (status 1, log line ``n`` is ``n + 1``, then the stop status
  and ``complete``), so ``Last-Event-ID`` resumes exactly, as on the mock.
* ``GET /pvesdk/events``: tasks starting and stopping anywhere in the cluster, from
  ``/cluster/tasks`` (which lists the recent tasks of every node, with their end state). Log
  lines are not part of it (one request per running task per poll would load the cluster); ids
  count the frames of this stream, and a reconnect starts from now.

Every upstream request carries the caller's own credentials (pass-through mode) or the proxy's
(key mode), like a forwarded API call, so a caller sees only the tasks Proxmox lets them see.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import quote

from litestar.response.sse import ServerSentEventMessage

from pvesdk.transport import Request as PveRequest
from pvesdk.transport import Response as PveResponse

from ..engine import Reply
from ..events import Frame, unknown_id
from ..events import error_frames as _error_frames
from ..events import message as _message
from ..events import stop_frames as _stop_frames
from .forward import CALLER, Upstream

__all__ = ["answer_data", "cluster_stream", "first_status", "task_stream"]

#: Log lines asked for per request (Proxmox's own viewer asks for 500 at a time).
LOG_PAGE = 500


def task_node(upid: str) -> str:
    """The node a UPID names (``UPID:pve1:…`` → ``pve1``); ``-`` when it names none."""
    parts = upid.split(":")
    return parts[1] if len(parts) > 2 and parts[0] == "UPID" and parts[1] else "-"


def _task_path(upid: str, leaf: str) -> str:
    return f"/nodes/{quote(task_node(upid), safe='')}/tasks/{quote(upid, safe='')}/{leaf}"


def answer_data(answer: PveResponse) -> Any:
    """The ``data`` of an upstream answer's envelope; ``None`` when it has none."""
    try:
        return json.loads(answer.content)["data"]
    except (ValueError, KeyError, TypeError):
        return None


def _line(entry: dict[str, Any]) -> int:
    try:
        return int(entry.get("n", 0))
    except (TypeError, ValueError):
        return 0


def _placeholder(page: list[dict[str, Any]]) -> bool:
    """Whether a log page is Proxmox's answer for a log file still empty: the one made-up
    line ``{"n": 1, "t": "no content"}`` (``PVE::Tools::dump_logfile``). Taking it for a real
    line would skip the task's real first line, which is numbered 1 too."""
    return len(page) == 1 and _line(page[0]) == 1 and page[0].get("t") == "no content"


async def first_status(upstream: Upstream, upid: str) -> PveResponse | Reply:
    """The task's status read upstream with the caller's credentials: whether the caller may
    follow it at all (a refusal is relayed as it is)."""
    return await upstream.send(PveRequest("GET", _task_path(upid, "status")))


class _Failed(Exception):
    """The upstream refused or failed a poll; the message says so for the error frame."""


async def _get(upstream: Upstream, caller: dict[str, str], path: str, **query: int) -> Any:
    CALLER.set(caller)
    pairs = [(k, str(v)) for k, v in query.items()]
    answer = await upstream.send(PveRequest("GET", path, pairs))
    if isinstance(answer, Reply):
        raise _Failed(f"upstream: {answer.status} {answer.reason}")
    if answer.status != 200:
        raise _Failed(f"upstream: {answer.status} {answer.reason}")
    return answer_data(answer)


async def task_stream(
    upstream: Upstream,
    caller: dict[str, str],
    upid: str,
    last: int,
    poll: float,
    heartbeat: float,
) -> AsyncIterator[ServerSentEventMessage]:
    """One task's frames after id ``last``, polling its log and status until it has stopped."""
    sent = last
    lines = 0  # log lines read so far (Proxmox numbers them from 1)
    quiet = 0.0
    if sent < 1:
        yield _message(1, "status", {"upid": upid, "status": "running"})
        sent = 1
    while True:
        try:
            status = await _get(upstream, caller, _task_path(upid, "status"))
            # Read the log after the status: a stopped task's log is complete.
            while True:
                page = await _get(
                    upstream, caller, _task_path(upid, "log"), start=lines, limit=LOG_PAGE
                )
                page = [e for e in page or [] if isinstance(e, dict) and _line(e) > lines]
                if lines == 0 and _placeholder(page):
                    # A log still empty: Proxmox's made-up line, not the task's first line.
                    page = []
                for entry in page:
                    lines = _line(entry)
                    if lines + 1 > sent:
                        line = {"upid": upid, "n": lines, "t": str(entry.get("t", ""))}
                        yield _message(lines + 1, "log", line)
                        sent = lines + 1
                if len(page) < LOG_PAGE:
                    break
        except _Failed as exc:
            for offset, (event, data) in enumerate(_error_frames(upid, str(exc)), 1):
                yield _message(max(sent, lines + 1) + offset, event, data)
            return
        state = status if isinstance(status, dict) else {}
        stopped = state.get("status") not in (None, "running")
        known = lines + (3 if stopped else 1)  # frames the task has had: status, lines, stop
        if sent > known:  # an id this stream never sent (another server, a restart)
            for offset, (event, data) in enumerate(_error_frames(upid, unknown_id(sent, known)), 1):
                yield _message(sent + offset, event, data)
            return
        if stopped:
            exitstatus = str(state.get("exitstatus") or "unexpected status")
            for offset, (event, data) in enumerate(_stop_frames(upid, exitstatus), 2):
                frame_id = lines + offset
                if frame_id > sent:
                    yield _message(frame_id, event, data)
            return
        await asyncio.sleep(poll)
        quiet += poll
        if quiet >= heartbeat:
            quiet = 0.0
            yield ServerSentEventMessage(comment="keep-alive", data=None)


def _ended(entry: dict[str, Any]) -> bool:
    """Whether a task list entry has stopped: it has an ``endtime``, or a ``status`` that is
    not ``RUNNING`` (the node lists say ``RUNNING``; the cluster list leaves it out)."""
    status = entry.get("status")
    running = status is None or str(status).lower() == "running"
    return entry.get("endtime") is not None or not running


def _tasks(listed: Any) -> list[dict[str, Any]]:
    if not isinstance(listed, list):
        return []
    return [e for e in listed if isinstance(e, dict) and isinstance(e.get("upid"), str)]


async def cluster_stream(
    upstream: Upstream,
    caller: dict[str, str],
    baseline: Any,
    poll: float,
    heartbeat: float,
) -> AsyncIterator[ServerSentEventMessage]:
    """Tasks of the cluster starting and stopping after ``baseline`` (the ``/cluster/tasks``
    answer read before the stream opened), polling ``/cluster/tasks``."""
    seq = 0
    known = {e["upid"]: _ended(e) for e in _tasks(baseline)}  # upid → stopped
    quiet = 0.0
    while True:
        await asyncio.sleep(poll)
        try:
            listed = await _get(upstream, caller, "/cluster/tasks")
        except _Failed as exc:
            for event, data in _error_frames(None, str(exc)):
                seq += 1
                yield _message(seq, event, data)
            return
        frames: list[Frame] = []
        for entry in _tasks(listed):
            upid, stopped = entry["upid"], _ended(entry)
            was = known.get(upid)
            known[upid] = stopped
            if was is True or (was is False and not stopped):
                continue
            if was is None:
                frames.append(("status", {"upid": upid, "status": "running"}))
            if stopped:
                frames += _stop_frames(upid, str(entry.get("status") or "unexpected status"))
        for event, data in frames:
            seq += 1
            yield _message(seq, event, data)
        quiet = 0.0 if frames else quiet + poll
        if quiet >= heartbeat:
            quiet = 0.0
            yield ServerSentEventMessage(comment="keep-alive", data=None)
