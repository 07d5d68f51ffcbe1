"""The committed spec and generated code are exactly what the generator produces.

The first test needs nothing but the repository (a fresh clone): it renders the committed spec
and compares every file under ``src/pvesdk/_generated``. The others need the schema dump in
``../shared`` and prove that the spec itself regenerates byte for byte.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pvesdk_gen.cli import build_spec, render_code
from pvesdk_gen.files import diff_tree
from pvesdk_gen.layout import Layout, gzip_spec, load_spec, read_spec_bytes
from pvesdk_gen.parse import canonical_json, parse_schema_script, sha256

from ..conftest import ROOT, apidata_path

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


RELEASES = LAYOUT.releases("pve")


def test_every_shipped_release_has_a_committed_spec() -> None:
    assert RELEASES == ["7.4", "8.0", "8.1", "8.2", "8.3", "8.4", "9.0", "9.1", "9.2"]


def test_older_releases_are_stored_gzipped_and_the_newest_plain() -> None:
    stored = {v: LAYOUT.spec_file("pve", v).name for v in RELEASES}
    assert stored.pop("9.2") == "openapi.json"
    assert set(stored.values()) == {"openapi.json.gz"}


@pytest.mark.parametrize("version", RELEASES)
def test_lock_file_matches_each_committed_spec(version: str) -> None:
    data = read_spec_bytes(LAYOUT, "pve", version)
    lock = json.loads((LAYOUT.spec_dir("pve", version) / "openapi.lock.json").read_text())
    assert (lock["version"], lock["spec_sha256"]) == (version, sha256(data))


@pytest.mark.parametrize("version", RELEASES)
def test_each_release_spec_regenerates_byte_identical_from_its_dump(version: str) -> None:
    path = apidata_path(version)
    if not path.is_file():
        pytest.skip(f"schema dump not available: {path} (../shared is absent)")
    tree = parse_schema_script(path.read_text())
    _doc, spec, lock = build_spec(tree, product="pve", version=version)
    assert spec == read_spec_bytes(LAYOUT, "pve", version)
    assert lock == (LAYOUT.spec_dir("pve", version) / "openapi.lock.json").read_bytes()


# Proxmox Mail Gateway: specs/pmg/6.3 and its package, pvesdk._generated_pmg (pvesdk.pmg).


def test_committed_pmg_code_equals_a_fresh_render_of_the_committed_pmg_spec() -> None:
    doc, data = load_spec(LAYOUT, "pmg", "6.3")
    files = render_code(LAYOUT, doc, data, LAYOUT.package_for("pmg"))
    assert diff_tree(LAYOUT.generated_for("pmg"), files) == []
    assert LAYOUT.generated_for("pmg").name == "_generated_pmg"


def test_pmg_spec_regenerates_byte_identical_from_its_dump() -> None:
    path = apidata_path("6.3", "pmg")
    if not path.is_file():
        pytest.skip(f"schema dump not available: {path} (../shared is absent)")
    tree = parse_schema_script(path.read_text())
    _doc, spec, lock = build_spec(tree, product="pmg", version="6.3")
    assert spec == read_spec_bytes(LAYOUT, "pmg", "6.3")
    assert lock == (LAYOUT.spec_dir("pmg", "6.3") / "openapi.lock.json").read_bytes()
    assert (json.loads(lock)["paths"], json.loads(lock)["operations"]) == (221, 338)
