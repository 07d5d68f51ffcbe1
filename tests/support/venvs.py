"""Throwaway virtual environments with pvesdk installed the ways users install it.

Each is a plain ``python -m venv`` without the system site-packages (so the test sees exactly what
a user's fresh environment holds) and without ``PYTHONPATH``/``MYPYPATH`` in the environment of the
commands run in it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ..conftest import ROOT

__all__ = ["build_wheel", "clean_env", "make_venv"]


def clean_env() -> dict[str, str]:
    """This process's environment less the variables that would point checkers at the tree."""
    drop = {"PYTHONPATH", "MYPYPATH", "VIRTUAL_ENV", "PYTHONHOME"}
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def build_wheel(out: Path) -> Path:
    """``pip wheel`` of the repository (build isolation, as a user's build runs)."""
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        check=True, capture_output=True, timeout=600, env=clean_env(),
    )  # fmt: skip
    (wheel,) = out.glob("pvesdk-*.whl")
    return wheel


def make_venv(where: Path, *install: str) -> Path:
    """A fresh venv at ``where`` with ``pip install <install…>`` done; returns its python."""
    subprocess.run(
        [sys.executable, "-m", "venv", str(where)], check=True, capture_output=True, timeout=300
    )
    python = where / "bin" / "python"
    result = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", *install],
        capture_output=True, text=True, timeout=900, env=clean_env(), cwd=where,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-4000:]
    return python
