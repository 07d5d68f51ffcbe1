"""``pvesdk-gen --version X --package NAME``: a release's typed package in the user's project.

Rendered from the committed spec of 8.4 into a scratch project, imported there, driven against
the in-process mock of 8.4 and type-checked with ``mypy --strict`` as a user would.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pvesdk_gen.layout import Layout, find_root, installed_layout, read_spec_bytes

from ..conftest import ROOT

USE = """\
from pvesdk import PveClient

from myproj.pve84.api import api
from myproj.pve84.models import NodesQemuConfigGetResult

pve = api(PveClient.mock(version="8.4", api_version="8.4", on_missing="raise"))
cfg: NodesQemuConfigGetResult = pve.nodes.node("pve1").qemu.vmid(100).config.get()
cores: int | None = cfg.cores
net0 = cfg.net[0]
print(type(cfg).__module__, type(net0).__module__, net0.bridge, cores)
"""

#: allow-ksm is new in 9.1: the 8.4 package has no such parameter.
BAD = """\
from pvesdk import PveClient

from myproj.pve84.api import api

api(PveClient.mock()).nodes.node("pve1").qemu.post(vmid=101, allow_ksm=True)
"""


def run(args: list[str], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT / 'generator'}{os.pathsep}{cwd}",
    }
    env["MYPYPATH"] = str(ROOT / "src")
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("myproj")
    (root / "myproj").mkdir()
    (root / "myproj" / "__init__.py").write_text("")
    done = run(
        [sys.executable, "-m", "pvesdk_gen", "--version", "8.4", "--package", "myproj.pve84"], root
    )
    assert done.returncode == 0, done.stderr
    assert "pve 8.4: 400 paths" in done.stdout
    return root


def test_package_is_written_below_the_current_directory_with_api_and_py_typed(
    project: Path,
) -> None:
    package = project / "myproj" / "pve84"
    assert (package / "api.py").is_file() and (package / "py.typed").is_file()
    assert 'API_VERSION = "8.4"' in (package / "__init__.py").read_text()
    first = (package / "sync" / "version.py").read_text().splitlines()[1]
    assert first == "# Run `pvesdk-gen --version 8.4 --package myproj.pve84` again."


def test_results_and_property_strings_come_from_the_rendered_package(project: Path) -> None:
    (project / "use.py").write_text(USE)
    done = run([sys.executable, "use.py"], project)
    assert done.returncode == 0, done.stderr
    models, propstr, bridge, cores = done.stdout.split()
    assert models.startswith("myproj.pve84.models.")
    assert propstr == "myproj.pve84.propstr.qemu_net"
    assert (bridge, cores) == ("vmbr0", "2")


def test_mypy_strict_accepts_a_use_and_refuses_a_parameter_the_release_lacks(project: Path) -> None:
    (project / "use.py").write_text(USE)
    (project / "bad.py").write_text(BAD)
    good = run([sys.executable, "-m", "mypy", "--strict", "use.py"], project, timeout=900)
    assert good.returncode == 0, good.stdout
    bad = run([sys.executable, "-m", "mypy", "--strict", "bad.py"], project, timeout=900)
    assert 'Unexpected keyword argument "allow_ksm"' in bad.stdout


def test_a_directory_not_rendered_by_pvesdk_gen_is_not_replaced(tmp_path: Path) -> None:
    mine = tmp_path / "myproj" / "pve84"
    mine.mkdir(parents=True)
    (mine / "__init__.py").write_text("# my own code\n")
    done = run(
        [sys.executable, "-m", "pvesdk_gen", "--version", "8.4", "--package", "myproj.pve84"],
        tmp_path,
    )
    assert done.returncode == 1
    assert "was not rendered by pvesdk-gen" in done.stderr
    assert (mine / "__init__.py").read_text() == "# my own code\n"


@pytest.mark.parametrize("name", ["my-proj", "class.x", "pvesdk.v84", ""])
def test_a_bad_package_name_is_named(tmp_path: Path, name: str) -> None:
    done = run(
        [sys.executable, "-m", "pvesdk_gen", "--version", "8.4", "--package", name], tmp_path
    )
    assert done.returncode == 1
    assert f"--package {name!r}" in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_users_project_with_templates_and_pyproject_is_not_taken_for_pvesdk(
    tmp_path: Path,
) -> None:
    (tmp_path / "templates").mkdir()  # a Flask or Django project has both
    (tmp_path / "pyproject.toml").write_text("[project]\n")
    assert find_root(tmp_path) == ROOT


def test_an_installed_pvesdk_lays_out_every_shipped_release(tmp_path: Path) -> None:
    shipped = ROOT / "src" / "pvesdk_server" / "specs"
    layout = installed_layout(tmp_path, ROOT / "templates", shipped)
    checkout = Layout(ROOT)
    assert layout.releases("pve") == checkout.releases("pve")
    for version in ("7.4", "8.4", "9.2"):
        assert read_spec_bytes(layout, "pve", version) == read_spec_bytes(checkout, "pve", version)
    assert (layout.templates / "paths.py.jinja").is_file()
