"""List filters as pve-manager's ``node_tasks`` applies them, and storage content filters."""

from __future__ import annotations

from typing import Any

import pytest

from pvesdk_server.engine import Engine, Reply

ROOT_TOKEN = "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"
TASKS = "/nodes/pve1/tasks"


def call(engine: Engine, method: str, path: str, auth: str = ROOT_TOKEN, **params: Any) -> Reply:
    return engine.handle(method, path, {k: [str(v)] for k, v in params.items()}, authorization=auth)


@pytest.fixture
def engine() -> Engine:
    """Four finished tasks 100 s apart: start, stop, start (all OK), then a start that fails
    (qemu-server's ``vm_start`` worker: ``VM 100 already running``)."""
    clock = [1_700_000_000.0]
    engine = Engine(task_seconds=0, clock=lambda: clock[0])
    for action in ("start", "stop", "start", "start"):  # the last one fails in its task
        assert call(engine, "POST", f"/nodes/pve1/qemu/100/status/{action}").status == 200
        clock[0] += 100
    clock[0] += 100
    return engine


def types(reply: Reply) -> list[str]:
    return [t["type"] for t in reply.data]


def test_tasks_are_listed_newest_first(engine: Engine) -> None:
    assert types(call(engine, "GET", TASKS)) == ["qmstart", "qmstart", "qmstop", "qmstart"]


def test_typefilter_is_an_exact_type(engine: Engine) -> None:
    assert types(call(engine, "GET", TASKS, typefilter="qmstop")) == ["qmstop"]


def test_errors_lists_only_failed_tasks(engine: Engine) -> None:
    reply = call(engine, "GET", TASKS, errors=1)
    assert types(reply) == ["qmstart"] and reply.data[0]["status"] == "VM 100 already running"


def test_statusfilter_takes_a_list_of_status_types(engine: Engine) -> None:
    assert types(call(engine, "GET", TASKS, statusfilter="error")) == ["qmstart"]
    assert len(call(engine, "GET", TASKS, statusfilter="ok,error").data) == 4
    assert call(engine, "GET", TASKS, statusfilter="warning").data == []


def test_since_and_until_bound_the_start_time(engine: Engine) -> None:
    reply = call(engine, "GET", TASKS, since=1_700_000_100, until=1_700_000_200)
    assert types(reply) == ["qmstart", "qmstop"]


def test_total_counts_every_match_and_paging_cuts_the_page(engine: Engine) -> None:
    reply = call(engine, "GET", TASKS, start=1, limit=2)
    assert types(reply) == ["qmstart", "qmstop"] and reply.extra["total"] == 4


def test_userfilter_matches_part_of_the_user_ignoring_case(engine: Engine) -> None:
    assert len(call(engine, "GET", TASKS, userfilter="ROOT").data) == 4
    assert call(engine, "GET", TASKS, userfilter="alice").data == []


def test_a_tokens_task_lists_user_and_tokenid_apart(engine: Engine) -> None:
    item = call(engine, "GET", TASKS).data[0]
    assert (item["user"], item["tokenid"]) == ("root@pam", "mock")


def test_vmid_lists_only_that_guests_tasks(engine: Engine) -> None:
    assert len(call(engine, "GET", TASKS, vmid=100).data) == 4
    assert call(engine, "GET", TASKS, vmid=200).data == []


def test_a_user_without_sys_audit_sees_only_their_own_tasks(engine: Engine) -> None:
    engine.state.users["bob@pve"] = {"enable": 1}
    engine.state.tokens["bob@pve!t"] = {"value": "s", "privsep": 0}
    engine.state.acls.append(
        {"path": "/vms", "ugid": "bob@pve", "roleid": "PVEVMUser", "type": "user", "propagate": 1}
    )
    bob = "PVEAPIToken=bob@pve!t=s"
    assert call(engine, "GET", TASKS, auth=bob).data == []
    assert call(engine, "POST", "/nodes/pve1/qemu/100/status/start", auth=bob).status == 200
    assert [t["user"] for t in call(engine, "GET", TASKS, auth=bob).data] == ["bob@pve"]


def test_the_cluster_task_list_holds_every_nodes_tasks_newest_first(engine: Engine) -> None:
    assert call(engine, "POST", "/nodes/pve2/qemu", vmid=300).status == 200
    listed = call(engine, "GET", "/cluster/tasks").data
    assert [t["node"] for t in listed] == ["pve2", "pve1", "pve1", "pve1", "pve1"]
    assert listed[0]["type"] == "qmcreate" and listed[-1]["type"] == "qmstart"
    assert all(t["status"] and t["endtime"] for t in listed)


def test_a_running_task_in_the_cluster_list_has_no_status() -> None:
    engine = Engine(task_seconds=60)
    assert call(engine, "POST", "/nodes/pve1/qemu/100/status/start").status == 200
    (item,) = call(engine, "GET", "/cluster/tasks").data
    assert "status" not in item and "endtime" not in item


def test_the_cluster_task_list_shows_a_user_only_their_own_without_sys_audit(
    engine: Engine,
) -> None:
    engine.state.users["bob@pve"] = {"enable": 1}
    engine.state.tokens["bob@pve!t"] = {"value": "s", "privsep": 0}
    engine.state.acls.append(
        {"path": "/vms", "ugid": "bob@pve", "roleid": "PVEVMUser", "type": "user", "propagate": 1}
    )
    bob = "PVEAPIToken=bob@pve!t=s"
    assert call(engine, "GET", "/cluster/tasks", auth=bob).data == []
    assert call(engine, "POST", "/nodes/pve1/qemu/100/status/start", auth=bob).status == 200
    listed = call(engine, "GET", "/cluster/tasks", auth=bob).data
    assert [(t["user"], t["tokenid"]) for t in listed] == [("bob@pve", "t")]


def test_storage_content_filters_by_content_and_vmid() -> None:
    engine = Engine(task_seconds=0)
    content = "/nodes/pve1/storage/local-lvm/content"
    assert [v["vmid"] for v in call(engine, "GET", content, content="rootdir").data] == [200]
    assert [v["vmid"] for v in call(engine, "GET", content, vmid=100).data] == [100]
    assert call(engine, "GET", content, content="iso").data == []


def test_storage_lists_show_what_the_caller_may_see() -> None:
    """pve-storage ``Config::index`` and ``Status::index``: ``check_any`` of Datastore.Audit
    and Datastore.AllocateSpace on each storage."""
    engine = Engine(task_seconds=0)
    engine.state.users["bob@pve"] = {"enable": 1}
    engine.state.tokens["bob@pve!t"] = {"value": "s", "privsep": 0}
    engine.state.acls.append(
        {
            "path": "/storage/local",
            "ugid": "bob@pve",
            "roleid": "PVEDatastoreUser",
            "type": "user",
            "propagate": 1,
        }
    )
    bob = "PVEAPIToken=bob@pve!t=s"
    for path in ("/storage", "/nodes/pve1/storage"):
        assert [s["storage"] for s in call(engine, "GET", path, auth=bob).data] == ["local"]


def test_node_storage_filters_by_storage_target_and_type() -> None:
    """``Status::index``: an unknown ``storage`` is ``No such storage.``; another node as
    ``target`` keeps shared storages only. ``Config::index`` filters by ``type``."""
    engine = Engine(task_seconds=0)
    reply = call(engine, "GET", "/nodes/pve1/storage", storage="nosuch")
    assert reply.status == 400 and reply.errors == {"storage": "No such storage."}
    listed = call(engine, "GET", "/nodes/pve1/storage", storage="local").data
    assert [s["storage"] for s in listed] == ["local"]
    assert call(engine, "GET", "/nodes/pve1/storage", target="pve2").data == []
    assert [s["storage"] for s in call(engine, "GET", "/storage", type="lvmthin").data] == [
        "local-lvm"
    ]
