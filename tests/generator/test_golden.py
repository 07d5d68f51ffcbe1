"""Golden snapshots of the renderer: a small hand-written schema in, exact files out.

Set ``PVESDK_UPDATE_GOLDEN=1`` to rewrite the snapshots after an intended change, then review the
diff like any other code change.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from pvesdk_gen.cli import build_spec, render_code
from pvesdk_gen.layout import Layout

from ..conftest import ROOT

FIXTURE = Path(__file__).parent / "fixtures" / "mini_schema.json"
GOLDEN = ROOT / "tests" / "golden" / "mini"


@pytest.fixture(scope="module")
def rendered() -> dict[str, str]:
    tree = json.loads(FIXTURE.read_text())
    doc, spec, _lock = build_spec(tree, product="pve", version="0.0")
    files = {f"code/{rel}": text for rel, text in render_code(Layout(ROOT), doc, spec).items()}
    files["openapi.json"] = spec.decode()
    return files


def test_rendered_files_match_the_golden_snapshot(rendered: dict[str, str]) -> None:
    if os.environ.get("PVESDK_UPDATE_GOLDEN"):
        for rel, text in rendered.items():
            path = GOLDEN / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
    on_disk = {p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*") if p.is_file()}
    assert on_disk == set(rendered), "files added or removed; rerun with PVESDK_UPDATE_GOLDEN=1"
    for rel, text in rendered.items():
        assert (GOLDEN / rel).read_text() == text, f"{rel} differs from its golden snapshot"


def test_rendering_twice_gives_identical_bytes(rendered: dict[str, str]) -> None:
    tree = json.loads(FIXTURE.read_text())
    doc, spec, _lock = build_spec(tree, product="pve", version="0.0")
    again = {f"code/{rel}": text for rel, text in render_code(Layout(ROOT), doc, spec).items()}
    again["openapi.json"] = spec.decode()
    assert again == rendered
