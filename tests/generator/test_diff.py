"""``pvesdk-gen diff`` on real releases. Each fact asserted here was checked in the dumps
(``../shared/pve-apidoc/<v>/apidata.js``) by hand: e.g. ``/cluster/qemu/custom-cpu-models`` is
absent from 9.1 and present in 9.2, ``maxfiles`` is gone from 9.2, ``amd-sev`` first appears in
8.2, ``decade`` joins the rrd timeframes in 9.0, ``/nodes/{node}/ceph/pools`` is gone in 8.0."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from pvesdk_gen.cli import changes_files
from pvesdk_gen.diff import as_markdown, as_text, diff
from pvesdk_gen.layout import Layout, load_spec

from ..conftest import ROOT

LAYOUT = Layout(ROOT)


def changes(old: str, new: str) -> dict[str, Any]:
    return diff(load_spec(LAYOUT, "pve", old)[0], load_spec(LAYOUT, "pve", new)[0])


@pytest.fixture(scope="module")
def d91_92() -> dict[str, Any]:
    return changes("9.1", "9.2")


def run_gen(*args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "pvesdk_gen", *args, "--root", str(ROOT)]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300)


def test_operations_new_in_92_are_listed_as_added(d91_92: dict[str, Any]) -> None:
    assert "GET /cluster/qemu/custom-cpu-models" in d91_92["added"]
    assert len(d91_92["added"]) == 26  # the dumps' README: 26 operations new in 9.2


def test_nothing_is_removed_from_91_to_92(d91_92: dict[str, Any]) -> None:
    assert d91_92["removed"] == []


def test_parameter_dropped_in_92_is_listed_as_removed(d91_92: dict[str, Any]) -> None:
    assert "maxfiles" in d91_92["changed"]["POST /nodes/{node}/vzdump"]["parameters"]["removed"]


def test_parameter_new_in_82_is_listed_as_added() -> None:
    added = changes("8.1", "8.2")["changed"]["POST /nodes/{node}/qemu"]["parameters"]["added"]
    assert "amd-sev" in added


def test_enum_value_added_in_90_is_listed() -> None:
    found = changes("8.4", "9.0")["changed"]["GET /nodes/{node}/rrd"]["parameters"]["changed"]
    assert found["timeframe"]["enum"] == {"added": ["decade"], "removed": []}


def test_operation_gone_in_80_is_listed_as_removed() -> None:
    assert "GET /nodes/{node}/ceph/pools" in changes("7.4", "8.0")["removed"]


def test_type_and_required_changes_are_listed() -> None:
    op = changes("7.4", "8.0")["changed"]["POST /nodes/{node}/qemu/{vmid}/agent/exec"]
    command = op["parameters"]["changed"]["command"]
    assert (command["type"], command["required"]) == (["string", "array"], [False, True])


def test_same_release_has_no_changes() -> None:
    same = changes("9.2", "9.2")
    assert (same["added"], same["removed"], same["changed"]) == ([], [], {})


def test_text_starts_with_the_counts(d91_92: dict[str, Any]) -> None:
    assert as_text(d91_92).splitlines()[0].startswith("Proxmox VE 9.1 → 9.2: 26 operations added")


def test_markdown_has_a_section_per_kind(d91_92: dict[str, Any]) -> None:
    text = as_markdown(d91_92)
    assert "## Operations added" in text
    assert "- `GET /cluster/qemu/custom-cpu-models`" in text


def test_cli_prints_json_that_parses() -> None:
    result = run_gen("diff", "9.1", "9.2", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert "GET /cluster/qemu/custom-cpu-models" in json.loads(result.stdout)["added"]


def test_cli_names_a_release_without_spec() -> None:
    result = run_gen("diff", "6.4", "9.2")
    assert result.returncode == 1
    assert "no spec for pve 6.4" in result.stderr


def test_committed_changes_files_are_up_to_date() -> None:
    for path, text in changes_files(LAYOUT, "pve").items():
        assert path.read_text() == text, f"{path.name}: run pvesdk-gen render"


# 8.4 → 9.2, the pair the issue names; each fact read in both dumps by hand.


@pytest.fixture(scope="module")
def d84_92() -> dict[str, Any]:
    return changes("8.4", "9.2")


def test_84_92_enum_values_added_and_removed(d84_92: dict[str, Any]) -> None:
    metrics = d84_92["changed"]["POST /cluster/metrics/server/{id}"]["parameters"]["changed"]
    assert metrics["type"]["enum"] == {"added": ["opentelemetry"], "removed": []}
    storage = d84_92["changed"]["GET /storage"]["parameters"]["changed"]
    assert storage["type"]["enum"]["removed"] == ["glusterfs"]


def test_84_92_defaults_and_ranges_changed(d84_92: dict[str, Any]) -> None:
    ndp = d84_92["changed"]["PUT /nodes/{node}/qemu/{vmid}/firewall/options"]["parameters"]
    assert ndp["changed"]["ndp"]["default"] == [False, True]  # `0` in 8.4, `1` in 9.2
    qemu = d84_92["changed"]["POST /nodes/{node}/qemu"]["parameters"]["changed"]
    assert qemu["ostype"]["default"] == [None, "other"]
    asn = d84_92["changed"]["POST /cluster/sdn/controllers"]["parameters"]["changed"]["asn"]
    assert asn["maximum"] == [4294967296, 4294967295]


def test_84_92_permissions_are_printed_before_and_after(d84_92: dict[str, Any]) -> None:
    text = as_text(d84_92)
    fstrim = text.split("~ POST /nodes/{node}/qemu/{vmid}/agent/fstrim\n", 1)[1].splitlines()[0]
    assert fstrim == (
        "    ~ permissions: /vms/{vmid}: VM.Monitor → /vms/{vmid}: any of "
        "VM.GuestAgent.FileSystemMgmt, VM.GuestAgent.Unrestricted"
    )
    assert "permissions changed" not in as_markdown(d84_92)


def test_84_92_return_fields_nested_and_in_lists_are_named(d84_92: dict[str, Any]) -> None:
    status = d84_92["changed"]["GET /nodes/{node}/status"]["returns"]["fields"]
    assert status["added"] == ["memory.available"]
    text = as_text(changes("9.1", "9.2"))
    assert "~ returns: field blocking-resources[].cause: values +node-affinity" in text
    assert "~ returns: field serial[n]: pattern ^(/dev/.+|socket)$ → ^(/dev/[^,]+|socket)$" in text


def test_how_the_gui_renders_a_field_is_not_a_change(d84_92: dict[str, Any]) -> None:
    assert "GET /nodes/{node}/tasks" not in d84_92["changed"]  # only x-pve-renderer differs
