"""Capturing the schema: real headless Chromium against a served viewer, and the no-browser path."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from pvesdk_gen.crawl import DEFAULT_CHROMIUM, capture, capture_from_script, capture_from_viewer
from pvesdk_gen.errors import GenError
from pvesdk_gen.parse import canonical_json, walk

from ..support.viewer import serve, viewer_files

CHROMIUM = os.environ.get("PVESDK_CHROMIUM", DEFAULT_CHROMIUM)
needs_chromium = pytest.mark.skipif(
    not Path(CHROMIUM).is_file(), reason=f"Chromium not installed at {CHROMIUM}"
)
SMALL = (
    'const apiSchema = [{"path": "/version", "text": "version", "leaf": 1, '
    '"info": {"GET": {"parameters": {}, "returns": {"type": "object"}}}}];\n'
)
VIEWER = "/pve-docs/api-viewer/index.html"
SCRIPT = "/pve-docs/api-viewer/apidoc.js"


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@needs_chromium
def test_browser_and_script_captures_of_the_92_viewer_are_identical(
    apidata_92: Path, tmp_path: Path
) -> None:
    text = apidata_92.read_text()
    with serve(viewer_files(text), tmp_path) as base:
        browser = capture_from_viewer(base + VIEWER, insecure=True)
        served = capture_from_script(base + SCRIPT, insecure=True)
    local = capture_from_script(str(apidata_92))
    assert canonical_json(browser) == canonical_json(served) == canonical_json(local)
    assert len(walk(browser)) == 449


@needs_chromium
def test_capture_picks_the_browser_for_a_viewer_page(tmp_path: Path) -> None:
    with serve(viewer_files(SMALL), tmp_path) as base:
        tree = capture(base + VIEWER, insecure=True)
    assert [node["path"] for node in tree] == ["/version"]


@needs_chromium
def test_self_signed_viewer_is_rejected_without_insecure(tmp_path: Path) -> None:
    with serve(viewer_files(SMALL), tmp_path) as base, pytest.raises(GenError) as err:
        capture_from_viewer(base + VIEWER, timeout=20)
    assert "--insecure" in str(err.value)


def test_self_signed_script_url_is_rejected_without_insecure(tmp_path: Path) -> None:
    with serve(viewer_files(SMALL), tmp_path) as base, pytest.raises(GenError) as err:
        capture_from_script(base + SCRIPT)
    assert "--insecure" in str(err.value)


@needs_chromium
def test_unreachable_viewer_is_a_clear_error() -> None:
    url = f"https://127.0.0.1:{closed_port()}{VIEWER}"
    with pytest.raises(GenError, match="cannot connect"):
        capture_from_viewer(url, timeout=20)


def test_unreachable_script_url_is_a_clear_error() -> None:
    url = f"https://127.0.0.1:{closed_port()}{SCRIPT}"
    with pytest.raises(GenError, match=r"127\.0\.0\.1:\d+.*cannot connect"):
        capture_from_script(url)


def test_missing_chromium_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "chromium"
    with pytest.raises(GenError, match=str(missing)):
        capture_from_viewer("https://127.0.0.1:1/", chromium=str(missing))


@needs_chromium
def test_page_without_a_schema_is_a_clear_error(tmp_path: Path) -> None:
    files = {VIEWER: b"<html><body>not a viewer</body></html>"}
    with serve(files, tmp_path, tls=False) as base, pytest.raises(GenError, match="no apiSchema"):
        capture_from_viewer(base + VIEWER, timeout=20)


@needs_chromium
def test_truncated_schema_in_the_viewer_is_a_clear_error(tmp_path: Path) -> None:
    files = viewer_files(SMALL[: len(SMALL) // 2])
    with serve(files, tmp_path, tls=False) as base, pytest.raises(GenError, match="truncated"):
        capture_from_viewer(base + VIEWER, timeout=20)


def test_truncated_script_file_is_a_clear_error(tmp_path: Path) -> None:
    script = tmp_path / "apidata.js"
    script.write_text(SMALL[: len(SMALL) // 2])
    with pytest.raises(GenError, match="malformed or truncated"):
        capture_from_script(str(script))


def test_served_script_over_plain_http_is_read(tmp_path: Path) -> None:
    with serve(viewer_files(SMALL), tmp_path, tls=False) as base:
        tree = capture(base + SCRIPT)
    assert tree[0]["path"] == "/version"
