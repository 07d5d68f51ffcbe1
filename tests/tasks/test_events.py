"""Task progress as Server-Sent Events, end to end: pvesdk-server under uvicorn over a TLS
socket (test clients would buffer the stream), read by pvesdk's client (httpx + httpx-sse)."""

from __future__ import annotations

import asyncio
import itertools
import json
import ssl
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import pvesdk
from pvesdk import AsyncPveClient, PveClient
from pvesdk._sse import Event
from pvesdk.tasks import TaskFailed
from pvesdk_server.tls import fingerprint

from .sse_server import TOKEN, Relay, SseServer, sse_server

FAST = {"interval": 0.05, "max_interval": 0.2}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SseServer]:
    with sse_server(tmp_path_factory.mktemp("sse"), task_seconds=0.5, heartbeat=0.2) as srv:
        yield srv


def trust(server: SseServer) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(server.cert))


def connect(port: int, cert: Path, **options: object) -> PveClient:
    settings: dict[str, object] = {"verify_ssl": str(cert), **TOKEN, **options}
    return PveClient("127.0.0.1", port=port, **settings)  # type: ignore[arg-type]


@pytest.fixture
def client(server: SseServer) -> Iterator[PveClient]:
    with connect(server.port, server.cert) as c:
        httpx.post(f"https://127.0.0.1:{server.port}/pvesdk/reset", verify=trust(server))
        yield c


def auth_header() -> dict[str, str]:
    return {"Authorization": "PVEAPIToken=root@pam!mock=" + TOKEN["token_value"]}


def kinds(events: list[Event]) -> list[tuple[str, str | None]]:
    return [(e.event, e.data.get("t") or e.data.get("status") or e.data.get("exitstatus"))
            for e in events]  # fmt: skip


def test_a_vm_start_is_streamed_from_running_to_complete(client: PveClient) -> None:
    task = client.nodes.node("pve1").qemu.vmid(100).status.start.post()
    events = list(task.events())
    assert kinds(events) == [
        ("status", "running"), ("log", "start qemu 100"), ("log", "TASK OK"),
        ("status", "stopped"), ("complete", "OK"),
    ]  # fmt: skip
    assert [e.id for e in events] == ["1", "2", "3", "4", "5"]
    assert events[-1].data == {"upid": task, "ok": True, "exitstatus": "OK"}
    assert {e.upid for e in events} == {task}


def test_a_task_ending_in_warnings_completes_ok_with_its_count(client: PveClient) -> None:
    vm = client.nodes.node("pve1").qemu.vmid(100)
    vm.config.put(scsihw="lsi")  # iothread=1 on scsi0 needs virtio-scsi-single: qmstart warns
    task = vm.status.start.post()
    complete = list(task.events())[-1]
    assert complete.data == {"upid": task, "ok": True, "exitstatus": "WARNINGS: 1"}
    result = task.wait(**FAST)
    assert (result.ok, result.warnings) == (True, 1)
    assert result.log_tail[-2:] == [
        "WARN: iothread is only valid with virtio disk or virtio-scsi-single controller, ignoring",
        "TASK WARNINGS: 1",
    ]


def test_a_failing_task_streams_ok_false_and_wait_raises_with_its_log(client: PveClient) -> None:
    vm = client.nodes.node("pve1").qemu.vmid(100)
    vm.status.start.post().wait(**FAST)
    task = vm.status.start.post()
    assert list(task.events())[-1].data["ok"] is False
    with pytest.raises(TaskFailed, match="VM 100 already running") as err:
        task.wait(**FAST)
    assert err.value.log_tail == ["start qemu 100", "TASK ERROR: VM 100 already running"]


def test_resuming_after_a_last_event_id_sends_exactly_the_rest(client: PveClient) -> None:
    task = client.nodes.node("pve1").qemu.vmid(100).status.start.post()
    whole = list(task.events())
    rest = list(task.events(last_event_id="2"))
    assert rest == whole[2:]


@pytest.mark.parametrize(
    "given", ["\u00b2", "9" * 5000, "abc", "-1"], ids=["superscript", "long", "letters", "negative"]
)
def test_a_malformed_last_event_id_streams_from_the_start(
    client: PveClient, server: SseServer, given: str
) -> None:
    task = client.nodes.node("pve1").qemu.vmid(100).status.start.post()
    whole = list(task.events())
    url = f"https://127.0.0.1:{server.port}/pvesdk/tasks/{task}/events"
    headers: dict[str, str | bytes] = {**auth_header(), "Last-Event-ID": given.encode("latin-1")}
    with httpx.stream("GET", url, headers=headers, verify=trust(server)) as answer:
        assert answer.status_code == 200
        ids = [line[4:] for line in answer.iter_lines() if line.startswith("id: ")]
    assert ids == [e.id for e in whole]


def test_a_last_event_id_beyond_the_task_stream_ends_with_an_error(client: PveClient) -> None:
    task = client.nodes.node("pve1").qemu.vmid(100).status.start.post()
    task.wait(**FAST)
    events = list(task.events(last_event_id="99"))
    assert [e.event for e in events] == ["error", "complete"]
    assert "Last-Event-ID 99 is not an event of this stream" in events[0].data["message"]
    assert events[-1].data["ok"] is False


def test_a_last_event_id_beyond_the_cluster_stream_ends_with_an_error(
    client: PveClient, server: SseServer
) -> None:
    url = f"https://127.0.0.1:{server.port}/pvesdk/events"
    headers = {**auth_header(), "Last-Event-ID": "123456"}  # e.g. from before a restart
    events: list[str] = []
    deadline = time.monotonic() + 5  # heartbeats keep a silent stream open: give up by then
    with httpx.stream("GET", url, headers=headers, verify=trust(server), timeout=5) as answer:
        for line in answer.iter_lines():
            if line.startswith("event: "):
                events.append(line[7:])
            if time.monotonic() > deadline:
                break
    assert events == ["error", "complete"]


def test_a_cut_stream_reconnects_without_losing_or_repeating(server: SseServer) -> None:
    relay = Relay(server.port)
    try:
        with connect(server.port, server.cert) as direct, connect(relay.port, server.cert) as cut:
            task = cut.task(direct.nodes.node("pve1").lxc.vmid(200).status.start.post())
            seen: list[Event] = []
            for event in task.events():
                seen.append(event)
                if len(seen) == 2:
                    relay.cut()  # status and first line seen; the rest is still to come
            assert relay.connections >= 2
            assert [e.id for e in seen] == ["1", "2", "3", "4", "5"]
            assert seen[-1].event == "complete"
    finally:
        relay.close()


def test_on_event_sees_each_event_before_it_is_yielded(client: PveClient) -> None:
    logged: list[str] = []
    task = client.nodes.node("pve1").qemu.vmid(100).status.start.post()
    for event in task.events(on_event=lambda e: logged.append(e.id)):
        assert logged[-1] == event.id
    assert logged == ["1", "2", "3", "4", "5"]


def test_the_cluster_stream_carries_every_task_started_after_it_opened(client: PveClient) -> None:
    got: list[Event] = []

    stream = client.events()
    started: list[str] = []

    def start_two() -> None:
        time.sleep(2)  # the stream opens first; a new listener starts from "now"
        started.append(client.nodes.node("pve1").qemu.vmid(100).status.start.post())
        started.append(client.nodes.node("pve1").lxc.vmid(200).status.start.post())

    threading.Thread(target=start_two).start()
    for event in stream:
        got.append(event)
        if sum(e.event == "complete" for e in got) == 2:
            break
    assert {e.upid for e in got if e.event == "complete"} == set(started)
    ids = [int(e.id) for e in got]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)


def test_an_idle_stream_gets_heartbeat_comments(server: SseServer, client: PveClient) -> None:
    task = client.task(client.nodes.node("pve1").qemu.vmid(100).status.start.post())
    url = f"https://127.0.0.1:{server.port}/pvesdk/tasks/{task}/events"
    headers = {"Authorization": "PVEAPIToken=root@pam!mock=" + TOKEN["token_value"]}
    lines = []
    with httpx.stream("GET", url, headers=headers, verify=trust(server)) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        lines = list(response.iter_lines())
    assert ": keep-alive" in lines
    assert "event: complete" in lines


def test_a_stream_needs_credentials(server: SseServer, client: PveClient) -> None:
    task = client.nodes.node("pve1").qemu.vmid(100).status.start.post()
    stranger = connect(server.port, server.cert, token_value="wrong")
    with stranger, pytest.raises(pvesdk.AuthenticationError, match="authentication failure"):
        list(stranger.task(task).events())


def test_an_unknown_task_is_refused_like_the_api_does(client: PveClient) -> None:
    ghost = client.task("UPID:pve1:0000FFFF:0000FFFF:6745D2C3:qmstart:100:root@pam:")
    with pytest.raises(pvesdk.ParameterError, match="no such task"):
        list(ghost.events())


def test_events_over_a_non_https_transport_say_what_is_needed() -> None:
    client = PveClient.mock()
    task = client.nodes.node("pve1").qemu.vmid(100).status.start.post()
    with pytest.raises(pvesdk.PveError, match="event streams need the https transport"):
        task.events()


def test_async_task_and_cluster_streams(server: SseServer) -> None:
    async def main() -> tuple[list[str], list[str]]:
        options: dict[str, object] = {"verify_ssl": str(server.cert), **TOKEN}
        async with AsyncPveClient("127.0.0.1", port=server.port, **options) as client:  # type: ignore[arg-type]
            ct = client.nodes.node("pve1").qemu.vmid(100)  # stopping a stopped VM is a task
            await (await ct.status.stop.post()).wait(**FAST)
            cluster = client.events()
            first = asyncio.ensure_future(anext(cluster))
            await asyncio.sleep(2)
            task = await ct.status.start.post()
            own = [e.event async for e in task.events()]
            seen = (await first).event
            await cluster.aclose()  # type: ignore[attr-defined]
            return own, [seen]

    own, seen = asyncio.run(main())
    assert own == ["status", "log", "log", "status", "complete"]
    assert seen == ["status"]


def test_a_server_killed_mid_stream_is_reported_clearly(tmp_path: Path) -> None:
    with (
        sse_server(tmp_path, task_seconds=60, heartbeat=0.2) as srv,
        connect(srv.port, srv.cert) as client,
    ):
        task = client.nodes.node("pve1").qemu.vmid(100).status.start.post()
        events = task.events(reconnect=2)
        assert next(events).event == "status"
        assert next(events).event == "log"
        srv.kill()
        with pytest.raises(pvesdk.PveConnectionError) as err:
            next(events)
    message = str(err.value)
    assert f"/pvesdk/tasks/{task}/events broke off" in message
    assert "broke off after event id 2 and 2 reconnect attempts failed" in message
    assert "ConnectError" in message


def test_frames_are_json_with_an_id_each(server: SseServer, client: PveClient) -> None:
    task = client.task(client.nodes.node("pve1").qemu.vmid(100).status.start.post())
    task.wait(**FAST)
    url = f"https://127.0.0.1:{server.port}/pvesdk/tasks/{task}/events"
    headers = {"Authorization": "PVEAPIToken=root@pam!mock=" + TOKEN["token_value"]}
    text = httpx.get(url, headers=headers, verify=trust(server)).text
    frames = [f for f in text.replace("\r\n", "\n").split("\n\n") if f.strip()]
    for frame in frames:
        fields = dict(line.split(": ", 1) for line in frame.splitlines())
        assert fields["id"].isdigit() and fields["event"]
        assert json.loads(fields["data"])["upid"] == task


def test_a_pinned_fingerprint_is_honoured_by_the_stream(server: SseServer) -> None:
    pin = fingerprint(server.cert)
    options: dict[str, object] = {**TOKEN, "fingerprint": pin, "verify_ssl": False}
    with PveClient("127.0.0.1", port=server.port, **options) as client:  # type: ignore[arg-type]
        task = client.nodes.node("pve1").qemu.vmid(100).status.stop.post()
        assert [e.event for e in task.events()][-1] == "complete"


def test_a_stream_refuses_a_certificate_that_does_not_match_the_pin(server: SseServer) -> None:
    options: dict[str, object] = {**TOKEN, "fingerprint": "AB" * 32, "verify_ssl": False}
    with connect(server.port, server.cert) as trusted:
        upid = trusted.nodes.node("pve1").qemu.vmid(100).status.stop.post()
    client = PveClient("127.0.0.1", port=server.port, **options)  # type: ignore[arg-type]
    with client, pytest.raises(pvesdk.PveConnectionError, match="does not match the pinned"):
        next(client.task(upid).events())


def test_event_streams_without_httpx_sse_name_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "httpx_sse", None)
    client = PveClient("127.0.0.1", port=9, verify_ssl=False, **TOKEN)  # type: ignore[arg-type]
    with client, pytest.raises(ImportError, match=r"pip install 'pvesdk\[sse\]'"):
        next(client.events())


def user_with_token(client: PveClient, userid: str) -> dict[str, str]:
    """A user who may power VMs (PVEVMUser on /vms) but has no Sys.Audit, with an API token."""
    access = client.access
    access.users.post(userid=userid)
    secret = access.users.userid(userid).token.tokenid("tk").post(privsep=False)
    access.acl.put(path="/vms", roles="PVEVMUser", users=userid)
    return {"user": userid, "token_name": "tk", "token_value": str(secret.value)}


def test_the_cluster_stream_shows_a_user_only_their_own_tasks(server: SseServer) -> None:
    with connect(server.port, server.cert) as root:
        httpx.post(f"https://127.0.0.1:{server.port}/pvesdk/reset", verify=trust(server))
        creds = user_with_token(root, "carol@pve")
        with connect(server.port, server.cert, **creds) as carol:
            stream = carol.events()
            started: list[str] = []

            def start() -> None:
                time.sleep(2)  # the stream opens first
                root.nodes.node("pve1").lxc.vmid(200).status.start.post().wait(**FAST)
                started.append(carol.nodes.node("pve1").qemu.vmid(100).status.start.post())

            threading.Thread(target=start).start()
            got = []
            for event in stream:
                got.append(event)
                if event.event == "complete":
                    break
    assert {e.upid for e in got} == set(started)


def test_a_task_stream_of_someone_elses_task_is_refused(server: SseServer) -> None:
    with connect(server.port, server.cert) as root:
        httpx.post(f"https://127.0.0.1:{server.port}/pvesdk/reset", verify=trust(server))
        creds = user_with_token(root, "dave@pve")
        task = root.nodes.node("pve1").lxc.vmid(200).status.start.post()
        dave = connect(server.port, server.cert, **creds)
        with dave, pytest.raises(pvesdk.PermissionDeniedError, match=r"Sys\.Audit"):
            list(dave.task(task).events(reconnect=0))


def test_the_cluster_stream_ends_after_an_error_instead_of_resuming_into_it(
    client: PveClient,
) -> None:
    events = client.events(last_event_id="123456", reconnect=1)  # e.g. from before a restart
    got = [event.event for event in itertools.islice(events, 4)]
    assert got == ["error", "complete"]
