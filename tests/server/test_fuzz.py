"""A bounded schema fuzz of every operation, over real HTTP (the Litestar server over TLS).

Parameters are drawn by hypothesis from pvesdk's own spec: enum members and strangers, numbers
around their bounds, strings from each ``pattern`` (the generator's Python form of Proxmox's
regex) or plain text, optional parameters present or not. Every answer must be PVE-shaped: one of
Proxmox's statuses, the exact content type, a ``{"data": …}`` envelope, ``errors`` on a 400, no
500 that is a mock crash rather than one of Proxmox's messages; and a refused request changes
nothing. Most requests come from root@pam's token, the others from a user with a few roles, so
permission checks are fuzzed too. A few hundred requests by default (a CI minute);
``PVESDK_FUZZ_EXAMPLES`` raises the count and ``PVESDK_FUZZ_RANDOM=1`` draws new cases instead
of the reproducible default ones.
"""

from __future__ import annotations

import json
import os
import re
import ssl
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pvesdk_server.engine.spec import Operation, load_spec
from pvesdk_server.engine.state import State

from ..support.server import Server, pvesdk_server

TOKEN = "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"
LIMITED = "PVEAPIToken=fuzz@pve!t=11111111-1111-4111-8111-111111111111"
EXAMPLES = int(os.environ.get("PVESDK_FUZZ_EXAMPLES", "400"))
RANDOM = os.environ.get("PVESDK_FUZZ_RANDOM") == "1"
STATUSES = {200, 400, 403, 500, 501}
# Console tickets are checked as credentials: a bad one is a 401 (pve-manager's vncwebsocket:
# 'permission denied - invalid PVEVNC ticket'; /access/vncticket: 'authentication failure').
TICKET_CHECKS = {
    "vncwebsocket": "permission denied - invalid PVEVNC ticket",
    "vncticket": "authentication failure",
}
# What a crash of the mock looks like, as opposed to a message Proxmox would give: a Python
# exception's name (any of them, UnicodeEncodeError or RecursionError as much as KeyError).
CRASH = re.compile(r"\b[A-Z]\w*(Error|Exception)\b|\binternal error\b|Internal Server Error")
# Realistic path values, so operations reach their handlers and not only the format checks.
PATH_VALUES = {
    "node": ["pve1", "pve2", "nosuch"],
    "vmid": ["100", "200", "999"],
    "storage": ["local", "local-lvm", "nosuch"],
    "userid": ["root@pam", "nobody@pve"],
    "tokenid": ["mock", "other"],
    "volume": ["local-lvm:vm-100-disk-0", "local:iso/none.iso"],
    "snapname": ["first", "nosuch"],
}
SKIPPED = {
    ("POST", "/access/ticket"),  # wrong passwords are answered after a deliberate delay
    ("POST", "/nodes/{node}/storage/{storage}/upload"),  # multipart, tested on its own
}


def operations() -> list[Operation]:
    spec = load_spec()
    out = []
    for template, item in sorted(spec["paths"].items()):
        for method in ("get", "post", "put", "delete"):
            if method in item and (method.upper(), template) not in SKIPPED:
                out.append(Operation.build(method.upper(), template, item[method]))
    return out


OPERATIONS = operations()


def _pattern(pattern: str) -> st.SearchStrategy[str]:
    try:
        re.compile(pattern)
        return st.from_regex(pattern, fullmatch=False).filter(lambda s: "\x00" not in s)
    except Exception:  # hypothesis cannot draw from every Python regex (atomic groups, …)
        return st.text(max_size=12)


def value(schema: dict[str, Any]) -> st.SearchStrategy[str]:
    """One wire value for a parameter schema: mostly plausible, sometimes hostile."""
    kind = schema.get("type")
    junk = st.sampled_from(["", "x", "-1", "1e999", "../..", "a,b=c", "ü" * 3])
    if "enum" in schema:
        plausible: st.SearchStrategy[str] = st.sampled_from([str(v) for v in schema["enum"]])
    elif kind == "integer":
        low, high = schema.get("minimum", -5), schema.get("maximum", 10**6)
        plausible = st.integers(low - 1, min(high, low + 10**6) + 1).map(str)
    elif kind == "number":
        plausible = st.floats(-1e6, 1e6, allow_nan=False).map(str)
    elif kind == "boolean":
        plausible = st.sampled_from(["0", "1", "yes", "off"])
    elif "pattern" in schema:
        plausible = _pattern(schema["pattern"])
    else:
        plausible = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=20)
    return st.one_of(plausible, plausible, plausible, junk)


@st.composite
def requests(draw: st.DrawFn) -> tuple[str, str, dict[str, str], str]:
    op = draw(st.sampled_from(OPERATIONS))
    auth = draw(st.sampled_from([TOKEN, TOKEN, TOKEN, LIMITED]))
    path = op.template
    for name in op.path_params:
        choices = PATH_VALUES.get(name)
        raw = draw(st.sampled_from(choices) if choices else value(op.properties[name]))
        path = path.replace("{" + name + "}", quote(raw, safe="") or "x")
    params: dict[str, str] = {}
    for name, schema in sorted(op.properties.items()):
        if name in op.path_params:
            continue
        if name in op.required or draw(st.integers(0, 3)) == 0:
            params[name] = draw(value(schema))
    return op.method, path, params, auth


def seed() -> dict[str, Any]:
    """The default cluster plus ``fuzz@pve`` (token ``t``): a VM user on every guest, an auditor
    of the whole tree, a datastore user of ``local``."""
    data = State.from_seed(None).to_json()
    data["users"]["fuzz@pve"] = {"enable": 1}
    data["tokens"]["fuzz@pve!t"] = {"value": LIMITED.rpartition("=")[2], "privsep": 0}
    data["acls"] = [
        {"path": path, "ugid": "fuzz@pve", "roleid": role, "type": "user", "propagate": 1}
        for path, role in (
            ("/", "PVEAuditor"),
            ("/vms", "PVEVMUser"),
            ("/storage/local", "PVEDatastoreUser"),
        )
    ]
    return data


@pytest.fixture(scope="module")
def http(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    tmp = tmp_path_factory.mktemp("fuzz")
    (tmp / "seed.json").write_text(json.dumps(seed()))
    with pvesdk_server(tmp, "--seed", str(tmp / "seed.json")) as server:
        yield client_for(server)


def client_for(server: Server) -> httpx.Client:
    return httpx.Client(
        base_url=server.url,
        verify=ssl.create_default_context(cafile=str(server.cert)),
        headers={"Authorization": TOKEN},
        timeout=60,
    )


def lasting_state(http: httpx.Client) -> str:
    """What a refused request must leave alone (tasks end on their own, so they are left out)."""
    state = http.get("/pvesdk/snapshot").json()["data"]
    return json.dumps(
        {k: v for k, v in state.items() if k not in ("tasks", "counter")}, sort_keys=True
    )


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not RANDOM,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(request=requests())
def test_every_operation_answers_pve_shaped_and_refusals_change_nothing(
    http: httpx.Client, request: tuple[str, str, dict[str, str], str]
) -> None:
    method, path, params, auth = request
    before = lasting_state(http)
    where = f"{method} {path} {params} as {auth.split('!')[0]}"
    headers = {"Authorization": auth}
    if method in ("GET", "DELETE"):
        answer = http.request(method, f"/api2/json{path}", params=params, headers=headers)
    else:
        answer = http.request(method, f"/api2/json{path}", data=params, headers=headers)
    if answer.status_code == 401 and path.rsplit("/", 1)[-1] in TICKET_CHECKS:
        assert answer.reason_phrase == TICKET_CHECKS[path.rsplit("/", 1)[-1]], where
        assert answer.content == b"", where  # a 401 has an empty body, the message in the status
        assert lasting_state(http) == before, where
        return
    assert answer.status_code in STATUSES, where
    assert answer.headers["content-type"] == "application/json;charset=UTF-8", where
    body = answer.json()
    assert "data" in body, where
    reason = answer.reason_phrase
    if answer.status_code == 400:
        assert isinstance(body.get("errors"), dict) and body["errors"], where
        assert all(isinstance(v, str) for v in body["errors"].values()), where
    if answer.status_code == 500:
        assert not CRASH.search(reason), f"{where}: {reason}"
    if answer.status_code != 200:
        assert lasting_state(http) == before, where
    elif method != "GET":
        http.post("/pvesdk/reset")  # an accepted write (even deleting the token) starts clean
