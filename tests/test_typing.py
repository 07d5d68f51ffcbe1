"""Users' integrations get real checking from ``mypy --strict``.

One mypy run covers every sample in ``tests/typing_samples``: the realistic integration must be
clean, and each ``bad_*.py`` must fail exactly on the line marked ``# expect: <message part>``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from .conftest import ROOT

SAMPLES = Path(__file__).parent / "typing_samples"
BAD = sorted(SAMPLES.glob("bad_*.py"))
_LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): error: (?P<message>.*)$")


@pytest.fixture(scope="module")
def errors(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[int, list[str]]]:
    """file name → line → mypy error messages, from one run over all samples."""
    cache = tmp_path_factory.mktemp("mypy-cache")
    env = {**os.environ, "MYPYPATH": str(ROOT / "src")}
    cmd = [
        *(sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--show-error-codes"),
        *("--no-pretty", "--cache-dir", str(cache), str(SAMPLES)),
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300, cwd=ROOT)
    assert result.returncode in (0, 1), result.stderr or result.stdout
    found: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for line in result.stdout.splitlines():
        match = _LINE.match(line)
        if match:
            found[Path(match["file"]).name][int(match["line"])].append(match["message"])
    return found


def expectation(path: Path) -> tuple[int, str]:
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        if "# expect: " in line:
            return number, line.split("# expect: ", 1)[1].strip()
    raise AssertionError(f"{path.name} has no '# expect:' marker")


def test_realistic_integration_passes_mypy_strict(errors: dict[str, dict[int, list[str]]]) -> None:
    assert dict(errors.get("integration_ok.py", {})) == {}


def test_there_are_mistakes_to_catch() -> None:
    assert len(BAD) >= 10


@pytest.mark.parametrize("sample", BAD, ids=[p.stem for p in BAD])
def test_mypy_rejects_the_one_mistake(
    sample: Path, errors: dict[str, dict[int, list[str]]]
) -> None:
    line, expected = expectation(sample)
    found = errors.get(sample.name, {})
    assert set(found) == {line}, f"errors on other lines: {dict(found)}"
    assert any(expected in message for message in found[line]), found[line]
