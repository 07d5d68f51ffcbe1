"""What the mock's start-up loads: only what serving needs (benchmarks/REPORT.md times it)."""

from __future__ import annotations

import gc
import gzip
import json
import subprocess
import sys
from importlib import resources

from pvesdk_server.engine import spec


def test_the_mock_app_imports_neither_pydantic_nor_attrs() -> None:
    # Litestar adds its pydantic and attrs plugins whenever those packages are installed; the
    # mock's handlers use neither, and the two imports were ~70 ms of a ~0.5 s start-up.
    code = (
        "import sys\n"
        "from pvesdk_server.app import create_app\n"
        "app = create_app()\n"
        "print(sorted(m for m in ('pydantic', 'attr', 'attrs') if m in sys.modules))\n"
        "print(sorted(type(p).__name__ for p in app.plugins))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    ).stdout.splitlines()
    assert out[0] == "[]"
    assert "MsgspecDIPlugin" in out[1]
    assert not any("Pydantic" in name or "Attrs" in name for name in out[1].split("'"))


def test_the_spec_decodes_as_json_would_and_the_collector_comes_back() -> None:
    raw = gzip.decompress(
        resources.files("pvesdk_server").joinpath("specs", "pve-9.2.json.gz").read_bytes()
    )
    assert gc.isenabled()
    assert spec._decode(raw) == json.loads(raw)
    assert gc.isenabled()
    gc.disable()
    try:
        spec._decode(b'{"a": [1, 2.5, null, true, "x"]}')
        assert not gc.isenabled()  # a caller's own choice is left alone
    finally:
        gc.enable()
