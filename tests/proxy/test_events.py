"""Task event streams through the proxy (two real processes, TLS both sides): the proxy polls
the upstream's task status and log and sends the mock's frames, with the caller's credentials."""

from __future__ import annotations

import json
import ssl
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from httpx_sse import ServerSentEvent, connect_sse

from pvesdk import PveClient

from .conftest import TOKEN, Proc

AUTH = {"Authorization": f"PVEAPIToken=root@pam!ci={TOKEN}"}


def http_for(
    proc: Proc, headers: dict[str, str] | None = None, timeout: float = 60
) -> httpx.Client:
    context = ssl.create_default_context(cafile=str(proc.cert))
    return httpx.Client(
        base_url=proc.url,
        verify=context,
        headers=AUTH if headers is None else headers,
        timeout=timeout,
    )


def sdk_for(proc: Proc) -> PveClient:
    return PveClient("127.0.0.1", port=proc.port, user="root@pam", token_name="ci",
                     token_value=TOKEN, verify_ssl=str(proc.cert))  # fmt: skip


def frames(http: httpx.Client, url: str, **headers: str) -> Iterator[ServerSentEvent]:
    with connect_sse(http, "GET", url, headers=headers) as source:
        source.response.raise_for_status()
        yield from source.iter_sse()


def collect(http: httpx.Client, upid: str, **headers: str) -> list[tuple[int, str, Any]]:
    out = []
    for sse in frames(http, f"/pvesdk/tasks/{upid}/events", **headers):
        out.append((int(sse.id), sse.event, json.loads(sse.data)))
        if sse.event == "complete":
            break
    return out


def test_a_task_stream_polls_status_and_log_until_complete(proxy: Proc) -> None:
    upid = sdk_for(proxy).nodes.node("pve1").qemu.vmid(100).snapshot.post(snapname="s1")
    got = collect(http_for(proxy), upid)
    assert [i for i, _, _ in got] == list(range(1, len(got) + 1))
    assert got[0][1:] == ("status", {"upid": upid, "status": "running"})
    assert got[-2][1] == "status" and got[-2][2]["status"] == "stopped"
    assert got[-1][1:] == ("complete", {"upid": upid, "ok": True, "exitstatus": "OK"})
    logged = [data["t"] for _, event, data in got if event == "log"]
    upstream_log = sdk_for(proxy).nodes.node("pve1").tasks.upid(upid).log.get()
    assert logged == [line.t for line in upstream_log] and logged


def test_last_event_id_resumes_after_that_frame(proxy: Proc) -> None:
    upid = sdk_for(proxy).nodes.node("pve1").qemu.vmid(100).snapshot.post(snapname="s2")
    whole = collect(http_for(proxy), upid)
    rest = collect(http_for(proxy), upid, **{"Last-Event-ID": "2"})
    assert rest == whole[2:]


def test_a_malformed_last_event_id_streams_from_the_start(proxy: Proc) -> None:
    upid = sdk_for(proxy).nodes.node("pve1").qemu.vmid(100).snapshot.post(snapname="lei1")
    whole = collect(http_for(proxy), upid)
    for given in ("\u00b2".encode("latin-1"), b"9" * 5000):
        http = http_for(proxy, {**AUTH, "Last-Event-ID": given})  # type: ignore[dict-item]
        assert collect(http, upid) == whole


def test_a_last_event_id_beyond_the_task_stream_ends_with_an_error(proxy: Proc) -> None:
    upid = sdk_for(proxy).nodes.node("pve1").qemu.vmid(100).snapshot.post(snapname="lei2")
    collect(http_for(proxy), upid)  # to its end
    got = collect(http_for(proxy), upid, **{"Last-Event-ID": "99"})
    assert [event for _, event, _ in got] == ["error", "complete"]
    assert "Last-Event-ID 99 is not an event of this stream" in got[0][2]["message"]


def test_the_sdk_follows_a_task_through_the_proxy(proxy: Proc) -> None:
    task = sdk_for(proxy).nodes.node("pve1").qemu.vmid(100).snapshot.post(snapname="s3")
    seen = [event.event for event in task.events()]
    assert seen[0] == "status" and seen[-1] == "complete"


def test_a_failed_task_completes_not_ok(proxy: Proc) -> None:
    upid = sdk_for(proxy).nodes.node("pve1").vzdump.post(vmid="100,999", storage="local")
    last = collect(http_for(proxy), str(upid))[-1]
    assert last[1:] == ("complete", {"upid": upid, "ok": False, "exitstatus": "job errors"})


def test_a_caller_without_credentials_gets_no_stream(proxy: Proc) -> None:
    upid = sdk_for(proxy).nodes.node("pve1").qemu.vmid(100).snapshot.post(snapname="s4")
    answer = http_for(proxy, {}).get(f"/pvesdk/tasks/{upid}/events")
    assert answer.status_code == 401


def test_an_unknown_task_is_refused_as_the_upstream_refuses_it(proxy: Proc) -> None:
    upid = "UPID:pve1:00000001:00000001:00000001:qmstart:999:root@pam:"
    direct = http_for(proxy).get(f"/api2/json/nodes/pve1/tasks/{upid}/status")
    answer = http_for(proxy).get(f"/pvesdk/tasks/{upid}/events")
    assert answer.status_code == direct.status_code >= 400


def test_the_cluster_stream_reports_tasks_started_after_it_opened(proxy: Proc) -> None:
    sdk = sdk_for(proxy)
    before = sdk.nodes.node("pve1").qemu.vmid(100).snapshot.post(snapname="s5")
    before.wait(interval=0.05)
    http = http_for(proxy)
    with connect_sse(http, "GET", "/pvesdk/events") as source:
        assert source.response.status_code == 200
        task = sdk.nodes.node("pve1").qemu.vmid(100).snapshot.post(snapname="s6")
        seen: list[tuple[str, str]] = []
        for sse in source.iter_sse():
            data = json.loads(sse.data)
            seen.append((sse.event, data["upid"]))
            if sse.event == "complete" and data["upid"] == task:
                break
    assert ("status", str(task)) in seen and ("complete", str(task)) in seen
    assert all(upid != before for _, upid in seen)


@pytest.mark.parametrize("path", ["/pvesdk/events", "/pvesdk/tasks/UPID:pve1:x/events"])
def test_control_characters_in_credentials_are_refused(proxy: Proc, path: str) -> None:
    answer = http_for(proxy, {"Authorization": "PVEAPIToken=root@pam!ci=a\x7fb"}).get(path)
    assert answer.status_code == 400


def cluster_frames_until_complete(proxy: Proc, snapname: str) -> list[tuple[int, str]]:
    """The cluster stream's (id, event) frames up to the ``complete`` of a task started on it."""
    sdk = sdk_for(proxy)
    with connect_sse(http_for(proxy), "GET", "/pvesdk/events") as source:
        assert source.response.status_code == 200
        task = sdk.nodes.node("pve1").qemu.vmid(100).snapshot.post(snapname=snapname)
        seen: list[tuple[int, str]] = []
        for sse in source.iter_sse():
            if not sse.data:
                continue
            seen.append((int(sse.id), sse.event))
            if sse.event == "complete" and json.loads(sse.data)["upid"] == task:
                return seen
    raise AssertionError("the stream ended before the task's complete frame")


def test_cluster_stream_ids_of_a_new_connection_follow_the_earlier_ones(proxy: Proc) -> None:
    first = [i for i, _ in cluster_frames_until_complete(proxy, "ids1")]
    second = [i for i, _ in cluster_frames_until_complete(proxy, "ids2")]
    assert first == sorted(set(first)) and second == sorted(set(second))
    assert min(second) > max(first)


def test_a_last_event_id_on_the_cluster_stream_ends_it_with_an_error(proxy: Proc) -> None:
    last = cluster_frames_until_complete(proxy, "lei3")[-1][0]
    got = []
    http = http_for(proxy, timeout=10)  # a stream that does not end at once fails, not hangs
    for sse in frames(http, "/pvesdk/events", **{"Last-Event-ID": str(last)}):
        got.append((int(sse.id), sse.event, json.loads(sse.data)))
        if sse.event == "complete":
            break
    assert [event for _, event, _ in got] == ["error", "complete"]
    assert f"Last-Event-ID {last}" in got[0][2]["message"]
    assert got[0][0] > last and got[1][2]["ok"] is False
