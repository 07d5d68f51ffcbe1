"""Bad input never crashes the engine or corrupts its state: every operation of the spec, called
with missing, wrong-typed and hostile parameters, answers a PVE-shaped status."""

from __future__ import annotations

import json
import re

import pytest

from pvesdk_server.engine import Engine
from pvesdk_server.engine.spec import load_spec

TOKEN = "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"
FILL = {"node": "pve1", "vmid": "100", "storage": "local", "userid": "root@pam"}
HOSTILE = ["", "abc", "-1", "99999999999999999999", "../../etc/passwd", "a\x00b", "ü" * 300]


def operations() -> list[tuple[str, str]]:
    spec = load_spec()
    methods = ("get", "post", "put", "delete")
    return [(m.upper(), t) for t, item in spec["paths"].items() for m in methods if m in item]


def concrete(template: str) -> str:
    return re.sub(r"\{([^}]+)\}", lambda m: FILL.get(m.group(1), "x"), template)


@pytest.mark.parametrize("value", HOSTILE)
def test_every_operation_answers_pve_shaped_statuses(value: str) -> None:
    engine = Engine(task_seconds=0)
    before = json.dumps(Engine(task_seconds=0).snapshot()["guests"]["100"], sort_keys=True)
    for method, template in operations():
        op_params = {}
        spec_op = engine.router.match(concrete(template).strip("/").split("/"))
        assert spec_op is not None
        for name in spec_op[2][method].properties:
            if name not in FILL:
                op_params[name] = [value]
        reply = engine.handle(method, concrete(template), op_params, authorization=TOKEN)
        assert reply.status in (200, 400, 403, 500, 501), (method, template, reply.status)
        json.dumps(reply.envelope())
        if reply.status != 200:
            assert reply.reason and "\n" not in reply.reason
            # a refused request changes nothing
            after = json.dumps(engine.snapshot()["guests"]["100"], sort_keys=True)
            assert after == before, (method, template)
        elif method != "GET":
            engine.reset()  # an accepted write (even `delete root@pam`) starts the next one clean
