"""``pvesdk-gen``: files it cannot find, read or write are one line naming the file (never a
traceback); on a terminal each stage says what it does and how long it took."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from .test_cli import FIXTURE, checkout, run_gen, snapshot, write_script

__all__ = ["checkout"]  # the fixture, imported for this module's tests


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_check_without_a_committed_spec_is_one_line(checkout: Path, tmp_path: Path) -> None:
    script = write_script(tmp_path / "apidoc.js", f"const apiSchema = {FIXTURE.read_text()};\n")
    result = run_gen(
        "--version", "9.1", "--source", str(script), "--root", str(checkout), "--check",
        cwd=tmp_path,
    )  # fmt: skip
    line = one_line(result)
    assert str(checkout / "specs/pve/9.1/openapi.json") in line
    assert "run pvesdk-gen --version 9.1" in line


def test_render_check_without_a_committed_spec_is_one_line(checkout: Path, tmp_path: Path) -> None:
    result = run_gen("render", "--check", "--version", "9.1", "--root", str(checkout), cwd=tmp_path)
    assert "specs/pve/9.1/openapi.json" in one_line(result)


def test_unwritable_output_is_one_line_naming_the_file(checkout: Path, tmp_path: Path) -> None:
    script = write_script(tmp_path / "apidoc.js", f"const apiSchema = {FIXTURE.read_text()};\n")
    (checkout / "specs" / "pve" / "0.1").write_text("a file where a directory belongs\n")
    before = snapshot(checkout)
    result = run_gen(
        "--version", "0.1", "--source", str(script), "--root", str(checkout), cwd=tmp_path
    )
    assert "specs/pve/0.1" in one_line(result)
    assert snapshot(checkout) == before


def test_unreadable_capture_is_one_line(checkout: Path, tmp_path: Path) -> None:
    result = run_gen(
        "spec", "--capture", str(tmp_path / "none.json"), "--version", "0.1",
        "--root", str(checkout), cwd=tmp_path,
    )  # fmt: skip
    assert "none.json" in one_line(result)


def run_on_a_terminal(*args: str, cwd: Path) -> tuple[int, str]:
    """Run pvesdk-gen with stderr on a pseudo-terminal; (exit code, what the terminal got)."""
    leader, follower = pty.openpty()
    cmd = [sys.executable, "-m", "pvesdk_gen", *args]
    process = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=follower)
    os.close(follower)
    seen = bytearray()
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    return process.wait(timeout=300), seen.decode(errors="replace")


def test_each_stage_reports_progress_on_a_terminal(checkout: Path, tmp_path: Path) -> None:
    script = write_script(tmp_path / "apidoc.js", f"const apiSchema = {FIXTURE.read_text()};\n")
    code, terminal = run_on_a_terminal(
        "--version", "0.1", "--source", str(script), "--root", str(checkout), cwd=tmp_path
    )
    assert code == 0, terminal
    stages = [line.split("pvesdk-gen: ", 1)[1] for line in terminal.splitlines() if line]
    assert [s.split(" …")[0] for s in stages] == ["crawl", "spec", "code", "write"]
    assert all(s.endswith("s") and s.split()[-1][:-1].replace(".", "").isdigit() for s in stages)


def test_no_progress_lines_when_stderr_is_not_a_terminal(checkout: Path, tmp_path: Path) -> None:
    script = write_script(tmp_path / "apidoc.js", f"const apiSchema = {FIXTURE.read_text()};\n")
    result = run_gen(
        "--version", "0.1", "--source", str(script), "--root", str(checkout), cwd=tmp_path
    )
    assert result.returncode == 0 and result.stderr == ""


def test_an_older_spec_that_is_not_openapi_is_one_line(checkout: Path, tmp_path: Path) -> None:
    (checkout / "specs" / "pve" / "0.0" / "openapi.json").write_text('{"sentinel": true}\n')
    script = write_script(tmp_path / "apidoc.js", f"const apiSchema = {FIXTURE.read_text()};\n")
    before = snapshot(checkout)
    result = run_gen(
        "--version", "0.1", "--source", str(script), "--root", str(checkout), cwd=tmp_path
    )
    line = one_line(result)
    assert "specs/pve/0.0" in line and "no 'paths'" in line
    assert snapshot(checkout) == before
