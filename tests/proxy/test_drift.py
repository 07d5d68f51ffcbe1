"""An upstream whose answers drift from the schema: the caller gets the answer unchanged, and
``/pvesdk/drift`` records each kind (wrong type, unknown key, missing required key)."""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from pvesdk_server.tls import self_signed

from .conftest import Fake, Proc, fake_upstream, server

VERSION = {"data": {"version": "9.2.0", "release": "9.2", "repoid": "fake"}}
NODES = {
    "data": [
        {"node": "pve1", "status": "online", "maxcpu": "many", "surprise": 1},
        {"status": "online"},
    ]
}
AUTH = {"Authorization": "PVEAPIToken=root@pam!ci=secret"}


@pytest.fixture(scope="module")
def drifting(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Fake, Proc]]:
    tmp = tmp_path_factory.mktemp("drift")
    cert, key = self_signed(tmp / "upstream-tls")
    table = {"GET /version": VERSION, "GET /nodes": NODES}
    with fake_upstream(tmp / "fake", table, cert, key) as fake, server(
        tmp / "proxy", "--upstream", fake.url, "--upstream-ca", str(cert), "--log-level", "info"
    ) as proxy:  # fmt: skip
        yield fake, proxy


def get(proxy: Proc, path: str, **kwargs: Any) -> httpx.Response:
    with httpx.Client(
        verify=ssl.create_default_context(cafile=str(proxy.cert)), timeout=30
    ) as client:
        return client.get(proxy.url + path, **kwargs)


def drift_records(proxy: Proc, operation: str, count: int) -> list[dict[str, Any]]:
    deadline = time.monotonic() + 20
    while True:
        records = [
            r for r in get(proxy, "/pvesdk/drift").json()["data"] if r["operation"] == operation
        ]
        if len(records) >= count or time.monotonic() > deadline:
            return records
        time.sleep(0.1)


def test_drifting_answer_reaches_the_caller_unchanged(drifting: tuple[Fake, Proc]) -> None:
    _, proxy = drifting
    answer = get(proxy, "/api2/json/nodes", headers=AUTH)
    assert answer.status_code == 200
    assert answer.json() == NODES


def test_drift_records_wrong_type_unknown_key_and_missing_key(drifting: tuple[Fake, Proc]) -> None:
    _, proxy = drifting
    get(proxy, "/api2/json/nodes", headers=AUTH)
    records = drift_records(proxy, "GET /nodes", 3)
    kinds = {(r["field"], r["expected"], r["seen"]) for r in records}
    assert kinds == {
        ("[].maxcpu", "integer", "string"),
        ("[].surprise", "not in the schema", "integer"),
        ("[].node", "present (required)", "missing"),
    }
    assert all(r["first_seen"] <= r["last_seen"] and r["count"] >= 1 for r in records)


def test_drift_counts_repeats_and_logs_each_kind_once(drifting: tuple[Fake, Proc]) -> None:
    _, proxy = drifting
    for _ in range(3):
        get(proxy, "/api2/json/nodes", headers=AUTH)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        maxcpu = [r for r in drift_records(proxy, "GET /nodes", 3) if r["field"] == "[].maxcpu"]
        if maxcpu and maxcpu[0]["count"] >= 3:
            break
        time.sleep(0.1)
    assert maxcpu[0]["count"] >= 3
    assert proxy.logs().count("field [].maxcpu: expected integer, seen string") == 1


def test_versions_names_the_upstream_release_and_the_spec_in_use(
    drifting: tuple[Fake, Proc],
) -> None:
    _, proxy = drifting
    get(proxy, "/api2/json/version", headers=AUTH)
    data = get(proxy, "/versions").json()["data"]
    assert (data["mode"], data["upstream"], data["served"]) == ("proxy", "9.2.0", "9.2")


def test_a_request_failing_verification_never_reaches_the_upstream(
    drifting: tuple[Fake, Proc],
) -> None:
    fake, proxy = drifting
    with httpx.Client(
        verify=ssl.create_default_context(cafile=str(proxy.cert)), timeout=30
    ) as client:
        answer = client.post(proxy.url + "/api2/json/nodes/pve1/qemu", data={"vmid": "abc"},
                             headers=AUTH)  # fmt: skip
    assert (answer.status_code, answer.reason_phrase) == (400, "Parameter verification failed.")
    assert answer.json()["errors"] == {"vmid": "type check ('integer') failed - got 'abc'"}
    assert not any(line.startswith("POST") for line in fake.requests())


def test_an_unknown_path_is_501_without_reaching_the_upstream(drifting: tuple[Fake, Proc]) -> None:
    fake, proxy = drifting
    answer = get(proxy, "/api2/json/nodes/pve1/nosuch", headers=AUTH)
    assert (answer.status_code, answer.reason_phrase) == (
        501,
        "Method 'GET /nodes/pve1/nosuch' not implemented",
    )
    assert "GET /nodes/pve1/nosuch" not in fake.requests()


def test_an_operation_answering_a_task_is_checked_as_a_upid_string() -> None:
    from pvesdk_server.proxy.answers import check_answer, result_type

    start = result_type("POST", "/nodes/{node}/qemu/{vmid}/status/start")
    upid = "UPID:pve1:00001001:00007007:6B1589E1:qmstart:100:root@pam:"
    assert check_answer(start, upid) == []
    assert [(f.field, f.seen) for f in check_answer(start, 5)] == [("data", "integer")]
