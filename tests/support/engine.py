"""An in-process mock engine with a second, unprivileged user beside root, as the engine-level
fidelity tests use it: ``ROOT`` and ``ALICE`` are their ``Authorization`` headers."""

from __future__ import annotations

from pvesdk_server.engine import Engine

ROOT = "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"
ALICE = "PVEAPIToken=alice@pve!t=s"


def engine_with_alice() -> Engine:
    """A fresh engine (tasks end at once) where ``alice@pve`` exists with the token ``t``
    (no privilege separation) and holds no ACL."""
    engine = Engine(task_seconds=0)
    engine.state.users["alice@pve"] = {"enable": 1}
    engine.state.tokens["alice@pve!t"] = {"value": "s", "privsep": 0}
    return engine
