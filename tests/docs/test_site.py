"""The docs site builds with ``mkdocs build --strict`` (broken links and docstring problems fail),
and its API reference, printed by ``pvesdk_gen.docs``, lists every operation with its call."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pvesdk_gen.docs import code, md, reference_pages_from_file
from pvesdk_gen.ir import build

from ..conftest import ROOT

SPEC = ROOT / "specs" / "pve" / "9.2" / "openapi.json"
TOOLS = ["mkdocs", "material", "mkdocstrings", "mkdocs_gen_files", "mkdocs_literate_nav"]


def test_site_builds_with_strict(tmp_path: Path) -> None:
    missing = [name for name in TOOLS if importlib.util.find_spec(name) is None]
    if missing:
        pytest.skip(f"docs tools not installed: {', '.join(missing)} (pip install '.[docs]')")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT / "generator")]),
        "NO_MKDOCS_2_WARNING": "1",
        "DISABLE_MKDOCS_2_WARNING": "true",
    }
    site = tmp_path / "site"
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)]
    result = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-4000:]
    page = (site / "reference" / "api" / "nodes_qemu" / "index.html").read_text()
    assert "client.nodes.node(node).qemu.vmid(vmid).config" in page
    runtime = (site / "reference" / "runtime" / "index.html").read_text()
    assert "PveClient" in runtime and "ParameterError" in runtime


def test_reference_lists_every_operation_once() -> None:
    pages = reference_pages_from_file(SPEC)
    headings = [line for p in pages for line in p.text.splitlines() if line.startswith("### ")]
    package = build(json.loads(SPEC.read_text()))
    assert len(headings) == package.operation_count


def test_reference_gives_the_python_call_of_a_path() -> None:
    page = next(p for p in reference_pages_from_file(SPEC) if p.path == "nodes_qemu.md")
    section = page.text.split("## `/nodes/{node}/qemu/{vmid}/config`", 1)[1]
    assert "client.nodes.node(node).qemu.vmid(vmid).config.put(…)" in section
    assert "client.nodes.node(node).qemu.post(vmid=…, …)" in page.text


def test_reference_gives_enums_ranges_defaults_and_families() -> None:
    page = next(p for p in reference_pages_from_file(SPEC) if p.path == "nodes_qemu.md")
    create = page.text.split("### POST `create_vm`", 1)[1].split("\n### ", 1)[0]
    cores = r"- `cores` \(`int \| None`, optional\): .* Range `1` to `∞`\. Default `1`\."
    assert re.search(cores, create)
    assert "One of `seabios`, `ovmf`." in create
    assert "Indexed family: `{index: value}` for `net0` … `net31`." in create
    assert "- `allow_ksm` (`bool | None`, optional, sent as `allow-ksm`)" in create


def test_reference_gives_permissions() -> None:
    page = next(p for p in reference_pages_from_file(SPEC) if p.path == "nodes_qemu.md")
    get = page.text.split("### GET `vm_config`", 1)[1].split("\n### ", 1)[0]
    assert '**Permissions** Check: `["perm", "/vms/{vmid}", ["VM.Audit"]]`.' in get


def test_reference_lists_result_model_fields() -> None:
    page = next(p for p in reference_pages_from_file(SPEC) if p.path == "nodes_qemu.md")
    get = page.text.split("### GET `vm_config`", 1)[1].split("\n### ", 1)[0]
    assert "`NodesQemuConfigGetResult` fields:" in get
    assert "- `allow_ksm` (`bool | None`, key `allow-ksm`)" in get


def test_schema_text_is_shown_literally() -> None:
    assert md("a <b> *c* [d]") == r"a &lt;b&gt; \*c\* \[d\]"


def test_code_spans_hold_backticks() -> None:
    assert code("a`b") == "``a`b``"


def test_reference_says_when_a_parameter_appeared() -> None:
    pages = reference_pages_from_file(SPEC, root=ROOT)
    page = next(p for p in pages if p.path == "nodes_qemu.md")
    create = page.text.split("### POST `create_vm`", 1)[1].split("\n### ", 1)[0]
    (line,) = [x for x in create.splitlines() if x.startswith("- `amd_sev`")]
    assert line.endswith("*New in 8.2.*")
    cores = next(x for x in create.splitlines() if x.startswith("- `cores`"))
    assert "New in" not in cores  # older than the oldest spec: nothing to say


def test_reference_says_when_an_operation_appeared() -> None:
    pages = reference_pages_from_file(SPEC, root=ROOT)
    noted = [
        line for p in pages for line in p.text.splitlines() if line.startswith("**Proxmox VE:**")
    ]
    assert noted and all(re.fullmatch(r"\*\*Proxmox VE:\*\* New in \d+\.\d+\.", n) for n in noted)
    assert not any(
        line.startswith("**Proxmox VE:**")
        for p in reference_pages_from_file(SPEC)
        for line in p.text.splitlines()
    )
