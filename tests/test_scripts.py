"""The console scripts started without their optional extra name the extra in one line."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from pvesdk._scripts import EXTRAS

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT / "generator")])}


def _without(module: str, code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter where importing ``module`` fails as if absent."""
    blocker = f"import sys; sys.modules[{module!r}] = None; " + code
    return subprocess.run(
        [sys.executable, "-c", blocker], capture_output=True, text=True, timeout=60, env=ENV
    )


@pytest.mark.parametrize(
    ("command", "function", "extra"),
    [("pvesdk", "pvesdk", "cli"), ("pvesdk-server", "pvesdk_server", "server"),
     ("pvesdk-gen", "pvesdk_gen", "gen")],
)  # fmt: skip
def test_script_without_its_extra_names_the_extra_in_one_line(
    command: str, function: str, extra: str
) -> None:
    result = _without("click", f"from pvesdk._scripts import {function}; {function}()")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"{command}: needs pvesdk's {extra} extra: pip install 'pvesdk[{extra}]' (missing: click)"
    ]


@pytest.mark.parametrize("module", ["pvesdk", "pvesdk_server", "pvesdk_gen"])
def test_python_dash_m_without_the_extra_names_it(module: str) -> None:
    result = _without("click", f"import runpy; runpy.run_module({module!r}, run_name='__main__')")
    assert result.returncode == 1
    assert "pip install 'pvesdk[" in result.stderr
    assert "Traceback" not in result.stderr


def test_every_console_script_goes_through_the_extra_check() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert set(scripts) == set(EXTRAS)
    for command, target in scripts.items():
        assert target == f"pvesdk._scripts:{command.replace('-', '_')}"


def test_script_with_its_extra_runs_the_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pvesdk_server", "--help"],
        capture_output=True, text=True, timeout=60, env=ENV,
    )  # fmt: skip
    assert result.returncode == 0 and "--port" in result.stdout
