"""``benchmarks/run --quick`` keeps working: its report runs every case at small sizes here (in
this environment, not the benchmark venv) and writes a report. Nothing about speed is checked:
performance claims live in benchmarks/REPORT.md, never in timed tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT

SECTIONS = [
    "## Per-call client CPU",
    "## Cold start",
    "## Typed parsing",
    "## Mock server",
    "## Large upload",
    "## pvesdk-gen",
    "## mypy and pyright",
    "## Machine and versions",
]


def test_quick_run_reports_every_case_without_a_failure(tmp_path: Path) -> None:
    output = tmp_path / "REPORT.md"
    path = os.pathsep.join([str(ROOT / "src"), str(ROOT / "generator"), str(ROOT / "benchmarks")])
    env = {**os.environ, "PYTHONPATH": path}
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "report.py"), "--quick", "--output", output],
        check=True,
        env=env,
        timeout=900,
        capture_output=True,
    )
    text = output.read_text()
    missing = [heading for heading in SECTIONS if heading not in text]
    assert not missing, text
    assert "Failed:" not in text, text
