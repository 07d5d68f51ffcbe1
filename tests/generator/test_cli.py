"""``pvesdk-gen`` as a user runs it: whole runs into a scratch checkout, and bad input."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import ROOT, apidata_path

FIXTURE = Path(__file__).parent / "fixtures" / "mini_schema.json"


#: An older release's committed spec: valid enough to read as history, checked untouched.
SENTINEL_SPEC = '{"openapi": "3.1.0", "info": {"version": "0.0"}, "paths": {}, "sentinel": true}\n'


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A scratch checkout: templates, pyproject, and existing spec and code to protect."""
    root = tmp_path / "repo"
    shutil.copytree(ROOT / "templates", root / "templates")
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    spec = root / "specs" / "pve" / "0.0"
    spec.mkdir(parents=True)
    (spec / "openapi.json").write_text(SENTINEL_SPEC)
    generated = root / "src" / "pvesdk" / "_generated"
    generated.mkdir(parents=True)
    (generated / "sentinel.py").write_text("# untouched\n")
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "templates" not in p.parts
    }


def run_gen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "pvesdk_gen", *args]
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=120)


def write_script(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


def test_full_run_writes_spec_lock_and_code(checkout: Path, tmp_path: Path) -> None:
    script = write_script(tmp_path / "apidoc.js", f"const apiSchema = {FIXTURE.read_text()};\n")
    result = run_gen(
        "--version", "0.0", "--source", str(script), "--root", str(checkout), cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    spec = json.loads((checkout / "specs/pve/0.0/openapi.json").read_text())
    lock = json.loads((checkout / "specs/pve/0.0/openapi.lock.json").read_text())
    assert (lock["paths"], lock["operations"]) == (len(spec["paths"]), 9)
    generated = checkout / "src/pvesdk/_generated"
    assert (generated / "sync" / "root.py").is_file()
    assert not (generated / "sentinel.py").exists()
    assert "9 operations" in result.stdout


def test_check_mode_passes_after_a_run_and_fails_after_an_edit(
    checkout: Path, tmp_path: Path
) -> None:
    script = write_script(tmp_path / "apidoc.js", f"const apiSchema = {FIXTURE.read_text()};\n")
    args = ("--version", "0.0", "--source", str(script), "--root", str(checkout))
    assert run_gen(*args, cwd=tmp_path).returncode == 0
    assert run_gen(*args, "--check", cwd=tmp_path).returncode == 0
    (checkout / "src/pvesdk/_generated/sync/root.py").write_text("# edited by hand\n")
    result = run_gen(*args, "--check", cwd=tmp_path)
    assert result.returncode == 1
    assert "differs sync/root.py" in result.stderr


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "truncated.js",
            'const apiSchema = [{"path": "/version", "text": "v',
            "malformed or truncated",
        ),
        ("empty.js", "const apiSchema = [];\n", "non-empty array"),
        ("novar.js", "console.log('not a viewer');\n", "no 'const apiSchema = ['"),
        ("badnode.js", 'const apiSchema = [{"text": "x"}];\n', "no valid 'path'"),
    ],
)
def test_bad_dump_fails_with_one_line_and_writes_nothing(
    checkout: Path, tmp_path: Path, name: str, text: str, expected: str
) -> None:
    script = write_script(tmp_path / name, text)
    before = snapshot(checkout)
    result = run_gen(
        "--version", "0.0", "--source", str(script), "--root", str(checkout), cwd=tmp_path
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], result.stderr
    assert snapshot(checkout) == before


def test_missing_source_file_is_named(checkout: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nope" / "apidata.js"
    result = run_gen(
        "--version", "0.0", "--source", str(missing), "--root", str(checkout), cwd=tmp_path
    )
    assert result.returncode == 1
    assert str(missing) in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_version_without_any_source_says_what_to_pass(checkout: Path, tmp_path: Path) -> None:
    result = run_gen("--version", "0.0", "--root", str(checkout), cwd=tmp_path)
    assert result.returncode == 1
    assert "pass --source" in result.stderr


def test_unreachable_viewer_url_fails_cleanly(checkout: Path, tmp_path: Path) -> None:
    before = snapshot(checkout)
    url = "https://127.0.0.1:9/pve-docs/api-viewer/apidoc.js"
    result = run_gen("--version", "0.0", "--source", url, "--root", str(checkout), cwd=tmp_path)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "127.0.0.1:9" in result.stderr
    assert snapshot(checkout) == before


def test_missing_chromium_fails_cleanly(checkout: Path, tmp_path: Path) -> None:
    before = snapshot(checkout)
    url = "https://127.0.0.1:9/pve-docs/api-viewer/index.html"
    result = run_gen(
        *("--version", "0.0", "--source", url, "--root", str(checkout)),
        *("--chromium", str(tmp_path / "no-chromium")),
        cwd=tmp_path,
    )
    assert result.returncode == 1
    assert "no-chromium" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert snapshot(checkout) == before


def test_an_older_release_gets_a_gzipped_spec_and_no_code(checkout: Path, tmp_path: Path) -> None:
    newer = checkout / "specs" / "pve" / "9.9"
    newer.mkdir(parents=True)
    (newer / "openapi.json").write_text('{"sentinel": true}\n')
    script = write_script(tmp_path / "apidoc.js", f"const apiSchema = {FIXTURE.read_text()};\n")
    args = ("--version", "0.0", "--source", str(script), "--root", str(checkout))
    result = run_gen(*args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    spec_dir = checkout / "specs/pve/0.0"
    assert json.loads(gzip.decompress((spec_dir / "openapi.json.gz").read_bytes()))["paths"]
    assert not (spec_dir / "openapi.json").exists()
    assert (checkout / "src/pvesdk/_generated/sentinel.py").read_text() == "# untouched\n"
    assert run_gen(*args, "--check", cwd=tmp_path).returncode == 0


def test_a_pmg_run_writes_its_own_package_and_leaves_pves_alone(
    checkout: Path, tmp_path: Path
) -> None:
    dump = apidata_path("6.3", "pmg")
    if not dump.is_file():
        pytest.skip(f"schema dump not available: {dump} (../shared is absent)")
    args = ("--product", "pmg", "--version", "6.3", "--source", str(dump), "--root", str(checkout))
    result = run_gen(*args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (checkout / "src/pvesdk/_generated/sentinel.py").read_text() == "# untouched\n"
    assert sorted(p.name for p in (checkout / "src/pvesdk/_generated").iterdir()) == ["sentinel.py"]
    pmg = checkout / "src/pvesdk/_generated_pmg"
    assert 'PRODUCT = "pmg"' in (pmg / "__init__.py").read_text()
    assert (pmg / "api.py").is_file()
    assert not (checkout / "src/pvesdk_server/specs").exists()  # the mock serves PVE only
    assert run_gen(*args, "--check", cwd=tmp_path).returncode == 0
    again = run_gen(
        "render",
        "--product",
        "pmg",
        "--version",
        "6.3",
        "--check",
        "--root",
        str(checkout),
        cwd=tmp_path,
    )
    assert again.returncode == 0, again.stderr
