"""Storage replication jobs as pve-manager's ``PVE::API2::ReplicationConfig`` keeps them: the
create's checks in its order, the jobs listed and read back, options changed and deleted, and
a delete that marks the job for removal unless ``force``."""

from __future__ import annotations

from typing import Any

import pytest

from pvesdk_server.engine import Engine, Reply

JOBS = "/cluster/replication"


@pytest.fixture
def engine() -> Engine:
    engine = Engine(task_seconds=0)
    engine.state.storages["tank"] = {"type": "zfspool", "pool": "rpool/data", "content": "images"}
    engine.state.guests[100].config["scsi0"] = "tank:vm-100-disk-0,size=32G"
    return engine


def call(engine: Engine, method: str, path: str, **params: Any) -> Reply:
    ticket, csrf = engine.issue_ticket("root@pam")
    wire = {k: [str(v)] for k, v in params.items()}
    return engine.handle(method, path, wire, ticket=ticket, csrf=csrf)


def refusal(engine: Engine, **params: Any) -> str:
    reply = call(engine, "POST", JOBS, type="local", **params)
    assert reply.status == 500, reply.reason
    return str(reply.reason)


def test_a_job_is_created_listed_and_read_back(engine: Engine) -> None:
    created = call(engine, "POST", JOBS, id="100-0", type="local", target="pve2",
                   schedule="mon..fri 22:30", rate=50, comment="nightly")  # fmt: skip
    assert created.status == 200, created.reason
    listed = call(engine, "GET", JOBS).data
    assert listed == [
        {"id": "100-0", "type": "local", "target": "pve2", "guest": 100,
         "schedule": "mon..fri 22:30", "rate": 50, "comment": "nightly"}
    ]  # fmt: skip
    job = call(engine, "GET", f"{JOBS}/100-0").data
    assert job["schedule"] == "mon..fri 22:30" and len(job["digest"]) == 40


def test_the_create_checks_what_pve_manager_checks(engine: Engine) -> None:
    assert refusal(engine, id="150-0", target="pve2") == "Guest '150' does not exist."
    assert refusal(engine, id="100-0", target="pve9") == "Target 'pve9' does not exist."
    assert refusal(engine, id="100-0", target="pve2", source="pve2") == (
        "Source 'pve2' does not match current node of guest '100' (pve1)"
    )
    assert refusal(engine, id="100-0", target="pve1") == "Source and target must not be identical"
    # the default seed's containers live on local-lvm: LVM-thin cannot replicate
    assert refusal(engine, id="200-0", target="pve2") == (
        "missing replicate feature on volume 'local-lvm:vm-200-disk-0'"
    )
    assert call(engine, "POST", JOBS, id="100-0", type="local", target="pve2").status == 200
    assert refusal(engine, id="100-0", target="pve2") == "replication job '100-0' already exists"
    assert refusal(engine, id="100-1", target="pve2") == (
        "replication job for guest '100' to target 'local/pve2' already exists"
    )


def test_options_change_and_delete(engine: Engine) -> None:
    call(engine, "POST", JOBS, id="100-0", type="local", target="pve2", rate=10)
    assert call(engine, "PUT", f"{JOBS}/100-0", schedule="*/30", delete="rate").status == 200
    job = call(engine, "GET", f"{JOBS}/100-0").data
    assert job["schedule"] == "*/30" and "rate" not in job
    reply = call(engine, "PUT", f"{JOBS}/100-0", delete="target")
    assert (reply.status, reply.reason) == (500, "unable to delete fixed option 'target'")
    reply = call(engine, "PUT", f"{JOBS}/100-0", comment="x", digest="0" * 40)
    assert reply.status == 500


def test_a_delete_marks_the_job_unless_forced(engine: Engine) -> None:
    call(engine, "POST", JOBS, id="100-0", type="local", target="pve2")
    assert call(engine, "DELETE", f"{JOBS}/100-0").status == 200
    assert call(engine, "GET", f"{JOBS}/100-0").data["remove_job"] == "full"
    reply = call(engine, "DELETE", f"{JOBS}/100-0", force=1, keep=1)
    assert (reply.status, reply.errors) == (400, {"keep": "conflicts with parameter 'force'"})
    assert call(engine, "DELETE", f"{JOBS}/100-0", force=1).status == 200
    reply = call(engine, "GET", f"{JOBS}/100-0")
    assert (reply.status, reply.reason) == (500, "no such replication job '100-0'")
