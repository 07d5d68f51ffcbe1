"""What users install: typed (PEP 561), light to import, optional parts behind extras."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from importlib import metadata, resources
from pathlib import Path

from .conftest import ROOT

PROBE = """
import json, sys
import pvesdk
from pvesdk import PveClient
client = PveClient("127.0.0.1", user="root@pam", token_name="ci", token_value="x")
vm = client.nodes.node("pve1").qemu.vmid(100).config
print(json.dumps(sorted(sys.modules)))
"""


def loaded_modules(probe: str = PROBE) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    return list(json.loads(out.stdout))


def test_import_pulls_in_no_generator_server_or_ssh_code() -> None:
    modules = loaded_modules()
    heavy_modules = ("pvesdk_gen", "jinja2", "playwright", "litestar", "pvesdk_server", "paramiko")
    for heavy in (*heavy_modules, "click", "yaml"):
        assert not any(m == heavy or m.startswith(heavy + ".") for m in modules), heavy


def test_default_sync_client_needs_neither_httpx_nor_pydantic_to_start() -> None:
    modules = loaded_modules(
        PROBE.replace('vm = client.nodes.node("pve1").qemu.vmid(100).config', "")
    )
    assert "httpx" not in modules
    assert not any(m == "pydantic" or m.startswith("pydantic.") for m in modules)


def test_only_the_used_subtree_of_the_generated_code_is_loaded() -> None:
    modules = loaded_modules()
    generated = {m for m in modules if m.startswith("pvesdk._generated.")}
    assert "pvesdk._generated.sync.nodes_qemu" in generated
    assert "pvesdk._generated.sync.cluster" not in generated
    assert "pvesdk._generated.models.cluster" not in generated
    models = {m for m in generated if m.startswith("pvesdk._generated.models.")}
    assert len(models) <= 3, models


def test_package_is_marked_typed() -> None:
    assert resources.files("pvesdk").joinpath("py.typed").is_file()


def test_optional_parts_are_extras() -> None:
    extras = set(metadata.metadata("pvesdk").get_all("Provides-Extra") or [])
    assert {"gen", "server", "ssh", "test"} <= extras
    requires = metadata.requires("pvesdk") or []
    core = [r for r in requires if "extra ==" not in r]
    assert sorted(r.split(">")[0].split("=")[0].strip() for r in core) == ["httpx", "pydantic"]


def test_wheel_ships_py_typed_and_the_generated_code(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
         "-w", str(tmp_path), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (wheel,) = tmp_path.glob("pvesdk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "pvesdk/py.typed" in names
    assert "pvesdk/_generated/sync/nodes_qemu.py" in names
    assert "pvesdk/_generated/models/nodes_qemu/nodes_qemu_config_get.py" in names
    assert "pvesdk_gen/data/overrides-pve.json" in names
    assert "pvesdk_server/specs/pve-9.2.json.gz" in names
    assert "pvesdk_server/specs/pve-releases.json.xz" in names  # --package for older releases
    assert "pvesdk_gen/templates/paths.py.jinja" in names  # pvesdk-gen from the wheel renders
    assert "pvesdk/_generated_pmg/sync/quarantine.py" in names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert not any(n.endswith("apidata.js") for n in names)


def test_license_file_is_the_mit_license_pyproject_declares() -> None:
    text = (ROOT / "LICENSE").read_text()
    assert text.startswith("MIT License\n")
    assert 'license = { text = "MIT" }' in (ROOT / "pyproject.toml").read_text()


def test_changelog_has_an_entry_for_the_current_version() -> None:
    version = _pyproject_version()
    assert f"## [{version}]" in (ROOT / "CHANGELOG.md").read_text()


def _pyproject_version() -> str:
    import tomllib

    return str(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"])
