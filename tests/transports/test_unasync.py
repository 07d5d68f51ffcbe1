"""The sync modules generated from async ones (``scripts/unasync.py``, httpcore's way of keeping
twins honest) are up to date with their async source."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_generated_sync_modules_match_their_async_source() -> None:
    script = ROOT / "scripts" / "unasync.py"
    result = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
