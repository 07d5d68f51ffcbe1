"""Users' integrations get real checking from ``mypy --strict`` and pyright, as installed.

The samples in ``tests/typing_samples`` are copied into a project of their own outside the
repository and checked against pvesdk installed into throwaway venvs the two ways the README
and PyPI install it: ``pip install -e`` of the repository and a built wheel. No ``MYPYPATH`` or
``PYTHONPATH`` helps: the checkers must find pvesdk through the install itself (a plain ``.pth``
path entry for the editable install; an import hook would be invisible to them). The realistic
integration must be clean; each ``bad_*.py`` must fail exactly on the line marked
``# expect: <mypy message part>``.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from .conftest import ROOT
from .support.venvs import build_wheel, clean_env, make_venv

SAMPLES = Path(__file__).parent / "typing_samples"
BAD = sorted(SAMPLES.glob("bad_*.py"))
INTEGRATION = "integration_ok.py"
_LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): error: (?P<message>.*)$")

Found = dict[str, dict[int, list[str]]]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A user's project: the samples, nothing of the repository beside them."""
    where = tmp_path_factory.mktemp("user-project") / "samples"
    shutil.copytree(SAMPLES, where, ignore=shutil.ignore_patterns("__pycache__"))
    return where


@pytest.fixture(scope="module")
def pythons(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """ "editable" and "wheel" → the python of a venv holding that install (built side by side)."""

    def editable() -> Path:
        return make_venv(tmp_path_factory.mktemp("venv-editable") / "venv", "-e", str(ROOT))

    def wheel() -> Path:
        built = build_wheel(tmp_path_factory.mktemp("wheel"))
        return make_venv(tmp_path_factory.mktemp("venv-wheel") / "venv", str(built))

    with ThreadPoolExecutor(2) as pool:
        made = {"editable": pool.submit(editable), "wheel": pool.submit(wheel)}
        return {name: future.result() for name, future in made.items()}


@pytest.fixture(scope="module")
def checked(pythons: dict[str, Path], project: Path) -> dict[tuple[str, str], Found]:
    """(checker, install) → its findings: both checkers over every sample from the editable
    install, over the integration from the wheel; the four runs side by side."""
    runs = {
        ("mypy", "editable"): (run_mypy, pythons["editable"], "."),
        ("pyright", "editable"): (run_pyright, pythons["editable"], "."),
        ("mypy", "wheel"): (run_mypy, pythons["wheel"], INTEGRATION),
        ("pyright", "wheel"): (run_pyright, pythons["wheel"], INTEGRATION),
    }
    with ThreadPoolExecutor(len(runs)) as pool:
        futures = {
            key: pool.submit(check, python, project, target)
            for key, (check, python, target) in runs.items()
        }
        return {key: future.result() for key, future in futures.items()}


def run_mypy(python: Path, project: Path, *files: str) -> Found:
    """file name → line → mypy error messages."""
    cmd = [
        *(sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--show-error-codes"),
        *("--no-pretty", "--no-incremental", "--python-executable", str(python), *files),
    ]
    result = subprocess.run(
        cmd, capture_output=True, text=True, env=clean_env(), timeout=600, cwd=project
    )
    assert result.returncode in (0, 1), result.stderr or result.stdout
    found: Found = defaultdict(lambda: defaultdict(list))
    for line in result.stdout.splitlines():
        match = _LINE.match(line)
        if match:
            found[Path(match["file"]).name][int(match["line"])].append(match["message"])
    return found


def run_pyright(python: Path, project: Path, *files: str) -> Found:
    """file name → line → pyright error messages (``--outputjson``)."""
    cmd = [sys.executable, "-m", "pyright", "--outputjson", "--pythonpath", str(python), *files]
    result = subprocess.run(
        cmd, capture_output=True, text=True, env=clean_env(), timeout=600, cwd=project
    )
    assert result.returncode in (0, 1), result.stderr or result.stdout
    found: Found = defaultdict(lambda: defaultdict(list))
    for diagnostic in json.loads(result.stdout)["generalDiagnostics"]:
        if diagnostic["severity"] == "error":
            line = diagnostic["range"]["start"]["line"] + 1
            found[Path(diagnostic["file"]).name][line].append(diagnostic["message"])
    return found


def expectation(path: Path) -> tuple[int, str]:
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        if "# expect: " in line:
            return number, line.split("# expect: ", 1)[1].strip()
    raise AssertionError(f"{path.name} has no '# expect:' marker")


def test_editable_install_is_a_plain_path_entry(pythons: dict[str, Path]) -> None:
    (site,) = pythons["editable"].parent.parent.glob("lib/python*/site-packages")
    entries = [
        line
        for pth in site.glob("*.pth")
        if pth.name != "distutils-precedence.pth"
        for line in pth.read_text().splitlines()
        if line.strip()
    ]
    assert sorted(entries) == sorted([str(ROOT / "generator"), str(ROOT / "src")])


@pytest.mark.parametrize("install", ["editable", "wheel"])
@pytest.mark.parametrize("checker", ["mypy", "pyright"])
def test_realistic_integration_passes_strict_checking(
    checker: str, install: str, checked: dict[tuple[str, str], Found]
) -> None:
    found = checked[checker, install]
    assert dict(found.get(INTEGRATION, {})) == {}


@pytest.mark.parametrize("sample", ["tasks_ok.py", "paging_ok.py"])
@pytest.mark.parametrize("checker", ["mypy", "pyright"])
def test_task_and_paged_results_pass_strict_checking(
    checker: str, sample: str, checked: dict[tuple[str, str], Found]
) -> None:
    assert dict(checked[checker, "editable"].get(sample, {})) == {}


def test_there_are_mistakes_to_catch() -> None:
    assert len(BAD) >= 10


@pytest.mark.parametrize("sample", BAD, ids=[p.stem for p in BAD])
def test_mypy_rejects_the_one_mistake(sample: Path, checked: dict[tuple[str, str], Found]) -> None:
    line, expected = expectation(sample)
    found = checked["mypy", "editable"].get(sample.name, {})
    assert set(found) == {line}, f"errors on other lines: {dict(found)}"
    assert any(expected in message for message in found[line]), found[line]


@pytest.mark.parametrize("sample", BAD, ids=[p.stem for p in BAD])
def test_pyright_rejects_the_one_mistake(
    sample: Path, checked: dict[tuple[str, str], Found]
) -> None:
    line, _ = expectation(sample)
    assert set(checked["pyright", "editable"].get(sample.name, {})) == {line}
