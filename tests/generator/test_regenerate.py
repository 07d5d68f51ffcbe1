"""The committed spec and generated code are exactly what the generator produces.

The first test needs nothing but the repository (a fresh clone): it renders the committed spec
and compares every file under ``src/pvesdk/_generated``. The others need the schema dump in
``../shared`` and prove that the spec itself regenerates byte for byte.
"""

from __future__ import annotations

import json
from pathlib import Path

from pvesdk_gen.cli import Layout, build_spec, gzip_spec, load_spec, render_code
from pvesdk_gen.files import diff_tree
from pvesdk_gen.parse import canonical_json, parse_schema_script, sha256

from ..conftest import ROOT

LAYOUT = Layout(ROOT)


def test_committed_code_equals_a_fresh_render_of_the_committed_spec() -> None:
    doc, data = load_spec(LAYOUT, "pve", "9.2")
    files = render_code(LAYOUT, doc, data)
    assert diff_tree(LAYOUT.generated, files) == []


def test_server_spec_copy_is_the_committed_spec() -> None:
    spec = (LAYOUT.spec_dir("pve", "9.2") / "openapi.json").read_bytes()
    assert LAYOUT.server_spec("pve", "9.2").read_bytes() == gzip_spec(spec)


def test_lock_file_matches_the_committed_spec() -> None:
    spec = (LAYOUT.spec_dir("pve", "9.2") / "openapi.json").read_bytes()
    lock = json.loads((LAYOUT.spec_dir("pve", "9.2") / "openapi.lock.json").read_text())
    assert lock["spec_sha256"] == sha256(spec)
    assert (lock["paths"], lock["operations"]) == (449, 675)


def test_spec_regenerates_byte_identical_from_the_dump(apidata_92: Path) -> None:
    tree = parse_schema_script(apidata_92.read_text())
    _doc, spec, lock = build_spec(tree, product="pve", version="9.2")
    spec_dir = LAYOUT.spec_dir("pve", "9.2")
    assert spec == (spec_dir / "openapi.json").read_bytes()
    assert lock == (spec_dir / "openapi.lock.json").read_bytes()
    assert json.loads(lock)["source_sha256"] == sha256(canonical_json(tree))
