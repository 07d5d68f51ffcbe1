"""The codegen endpoints on a real server process: off without a key, bearer-protected,
rate-limited, and fetching through the SSRF guard."""

from __future__ import annotations

import hashlib
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from .conftest import Proc, server

KEY = "codegen-key-77a1"
FIXTURE = Path(__file__).parents[1] / "generator" / "fixtures" / "mini_schema.json"


@pytest.fixture(scope="module")
def viewer() -> Iterator[str]:
    """A loopback HTTP server serving an apidoc.js built from the mini schema fixture."""
    script = b"const apiSchema = " + FIXTURE.read_bytes() + b";\n"

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", str(len(script)))
            self.end_headers()
            self.wfile.write(script)

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/pve-docs/api-viewer/apidoc.js"
    finally:
        httpd.shutdown()
        httpd.server_close()


def client_for(proc: Proc) -> httpx.Client:
    return httpx.Client(verify=ssl.create_default_context(cafile=str(proc.cert)), timeout=120)


def test_codegen_is_off_without_a_key(tmp_path: Path) -> None:
    with server(tmp_path / "mock") as mock, client_for(mock) as client:
        answer = client.post(mock.url + "/pvesdk/codegen", json={"url": "x", "version": "9.2"})
    assert answer.status_code == 501


def test_codegen_generates_once_per_hour_and_serves_the_spec(tmp_path: Path, viewer: str) -> None:
    env = {"PVESDK_CODEGEN_KEY": KEY, "PVESDK_CODEGEN_ALLOW": "127.0.0.1/32"}
    auth = {"Authorization": f"Bearer {KEY}"}
    body = {"url": viewer, "version": "9.2"}
    with server(tmp_path / "mock", env=env) as mock, client_for(mock) as client:
        made = client.post(mock.url + "/pvesdk/codegen", json=body, headers=auth)
        again = client.post(mock.url + "/pvesdk/codegen", json=body, headers=auth)
        spec = client.get(mock.url + "/pvesdk/codegen/9.2/openapi.json", headers=auth)
    assert made.status_code == 200, made.text
    assert again.status_code == 429
    assert spec.status_code == 200 and spec.json()["openapi"].startswith("3.1")
    assert "/nodes" in spec.json()["paths"]
    assert made.json()["data"]["paths"] == len(spec.json()["paths"])
    assert made.json()["data"]["sha256"] == hashlib.sha256(spec.content).hexdigest()


def test_codegen_refuses_a_loopback_url_that_is_not_allowed(tmp_path: Path, viewer: str) -> None:
    env = {"PVESDK_CODEGEN_KEY": KEY}
    with server(tmp_path / "mock", env=env) as mock, client_for(mock) as client:
        answer = client.post(mock.url + "/pvesdk/codegen", json={"url": viewer, "version": "9.2"},
                             headers={"Authorization": f"Bearer {KEY}"})  # fmt: skip
    assert (answer.status_code, answer.reason_phrase) == (400, "Parameter verification failed.")
    assert "loopback" in answer.json()["errors"]["url"]


def test_codegen_needs_the_bearer_key_and_reads_are_limited_to_five_an_hour(
    tmp_path: Path,
) -> None:
    env = {"PVESDK_CODEGEN_KEY": KEY}
    auth = {"Authorization": f"Bearer {KEY}"}
    with server(tmp_path / "mock", env=env) as mock, client_for(mock) as client:
        url = mock.url + "/pvesdk/codegen/9.1/openapi.json"
        wrong = client.get(url, headers={"Authorization": "Bearer wrong"}).status_code
        statuses = [client.get(url, headers=auth).status_code for _ in range(5)]
    assert wrong == 401
    assert statuses == [404] * 4 + [429]  # the refused attempt counted too
