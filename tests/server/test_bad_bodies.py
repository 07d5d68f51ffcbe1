"""Every answer of the real server is PVE-shaped, whatever JSON body arrives: bodies that are not
an object, ``null`` values, deep nesting, sent to every operation of the spec; an unexpected
error inside is a PVE 500 with one line, and it is logged."""

from __future__ import annotations

import http.client
import json
import logging
import re
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
from litestar.testing import TestClient

from pvesdk_server.app import create_app
from pvesdk_server.engine.spec import load_spec

from ..support.server import Server, pvesdk_server

TOKEN = "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"
FILL = {"node": "pve1", "vmid": "100", "storage": "local", "userid": "root@pam"}
BODIES = {
    "null": b"null",
    "empty array": b"[]",
    "nested empty array": b"[[]]",
    "string": b'"x"',
    "number": b"1",
    "900-deep array": b"[" * 900 + b"]" * 900,
    "900-deep value": b'{"description": ' + b"[" * 900 + b"]" * 900 + b"}",
    "100000-deep array": b"[" * 100_000 + b"]" * 100_000,
    "null value": b'{"description": null, "name": null, "delete": null}',
    "empty array value": b'{"description": [], "name": [[]]}',
    "object value": b'{"description": {"a": [1, {"b": null}]}}',
}
PVE_STATUSES = {200, 400, 401, 403, 413, 500, 501}


def operations() -> list[tuple[str, str]]:
    spec = load_spec()
    methods = ("post", "put", "get", "delete")
    return [(m.upper(), t) for t, item in spec["paths"].items() for m in methods if m in item]


def concrete(template: str) -> str:
    return "/api2/json" + re.sub(r"\{([^}]+)\}", lambda m: FILL.get(m.group(1), "x"), template)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with pvesdk_server(tmp_path_factory.mktemp("bodies")) as running:
        yield running


def unshaped_answer(reply: http.client.HTTPResponse, data: bytes) -> str | None:
    """What is not PVE-shaped in an answer, or None."""
    said = f"{reply.status} {reply.reason} {data[:80]!r}"
    if reply.status not in PVE_STATUSES:
        return f"status {said}"
    if reply.getheader("content-type") != "application/json;charset=UTF-8":
        return f"content-type {reply.getheader('content-type')}: {said}"
    if reply.status != 401 and "data" not in json.loads(data):
        return f"no data envelope: {said}"
    if reply.reason == "Internal Server Error":  # a framework's phrase, not Proxmox's message
        return f"framework error: {said}"
    return None


def test_every_operation_answers_bad_json_bodies_the_pve_way(server: Server) -> None:
    context = ssl.create_default_context(cafile=str(server.cert))
    conn = http.client.HTTPSConnection("127.0.0.1", server.port, context=context, timeout=60)
    headers = {"Authorization": TOKEN, "Content-Type": "application/json"}
    unshaped: list[str] = []
    sent = 0
    for method, template in operations():
        # GET and DELETE carry no body in Proxmox's API (it is ignored): one probe each.
        bodies = BODIES if method in ("POST", "PUT") else {"null": b"null"}
        for name, body in bodies.items():
            conn.request(method, concrete(template), body=body, headers=headers)
            reply = conn.getresponse()
            data = reply.read()
            sent += 1
            problem = unshaped_answer(reply, data)
            if problem:
                unshaped.append(f"{method} {template} with {name}: {problem}")
    conn.close()
    assert sent > 2000
    assert unshaped == [], f"{len(unshaped)} of {sent}: {unshaped[:10]}"


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("null", "expected a JSON object, got null"),
        ("empty array", "expected a JSON object, got an array"),
        ("nested empty array", "expected a JSON object, got an array"),
        ("string", "expected a JSON object, got a string"),
        ("100000-deep array", "nested deeper than"),
    ],
)
def test_a_body_that_is_not_an_object_is_a_400_naming_the_problem(
    server: Server, name: str, problem: str
) -> None:
    context = ssl.create_default_context(cafile=str(server.cert))
    conn = http.client.HTTPSConnection("127.0.0.1", server.port, context=context, timeout=60)
    headers = {"Authorization": TOKEN, "Content-Type": "application/json"}
    conn.request("PUT", "/api2/json/nodes/pve1/qemu/100/config", BODIES[name], headers)
    reply = conn.getresponse()
    assert (reply.status, reply.reason) == (400, "Parameter verification failed.")
    assert problem in json.loads(reply.read())["errors"]["body"]


def test_a_deeply_nested_value_is_a_400_naming_the_parameter(server: Server) -> None:
    context = ssl.create_default_context(cafile=str(server.cert))
    conn = http.client.HTTPSConnection("127.0.0.1", server.port, context=context, timeout=60)
    headers = {"Authorization": TOKEN, "Content-Type": "application/json"}
    conn.request("PUT", "/api2/json/nodes/pve1/qemu/100/config", BODIES["900-deep value"], headers)
    reply = conn.getresponse()
    assert reply.status == 400
    assert "nested deeper than" in json.loads(reply.read())["errors"]["description"]


def test_null_leaves_a_parameter_out(tmp_path: Path) -> None:
    with TestClient(create_app()) as client:
        headers = {"Authorization": TOKEN, "Content-Type": "application/json"}
        body = b'{"description": null, "cores": 4}'
        reply = client.put("/api2/json/nodes/pve1/qemu/100/config", content=body, headers=headers)
        assert reply.status_code == 200
        config = client.get("/api2/json/nodes/pve1/qemu/100/config", headers=headers).json()
    assert config["data"]["cores"] == "4" and "description" not in config["data"]


def test_an_unexpected_error_is_a_pve_500_and_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    app = create_app()

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug in the mock")

    app.state.engine.handle = boom
    with caplog.at_level(logging.ERROR, logger="pvesdk_server"), TestClient(app) as client:
        reply = client.get("/api2/json/version", headers={"Authorization": TOKEN})
    assert reply.status_code == 500
    assert reply.headers["content-type"] == "application/json;charset=UTF-8"
    assert reply.json() == {"data": None}
    assert "status_code" not in reply.text
    logged = [r for r in caplog.records if r.name == "pvesdk_server"]
    assert len(logged) == 1 and "GET /version" in logged[0].getMessage()
    assert logged[0].exc_info is not None and "a bug in the mock" in str(logged[0].exc_info[1])
