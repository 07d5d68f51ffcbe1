"""``/pvesdk/docs`` in real headless Chromium: it renders from the server alone (no outside
request), lists the operations of the served document, and "Try it out" answers from the mock."""

from __future__ import annotations

import gzip
import json
import os
import ssl
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from pvesdk_server.docs_ui import mock_token, page

from ..support.server import Server, pvesdk_server

CHROMIUM = os.environ.get("PVESDK_CHROMIUM", "/usr/bin/chromium")
needs_chromium = pytest.mark.skipif(
    not Path(CHROMIUM).is_file(), reason=f"Chromium not installed at {CHROMIUM}"
)
# Rendering the 9.2 document takes ~10 s on a loaded 2-core machine; leave room.
RENDER_MS = 180_000


def served_document() -> dict[str, Any]:
    data = resources.files("pvesdk_server").joinpath("specs", "pve-9.2.json.gz").read_bytes()
    result: dict[str, Any] = json.loads(gzip.decompress(data))
    return result


def operations(document: dict[str, Any], tag: str) -> int:
    return sum(
        tag in op.get("tags", [])
        for item in document["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
    )


class Browser:
    """One loaded docs page, and every request the page tried to send outside the server."""

    def __init__(self, page: Any, outside: list[str]) -> None:
        self.page = page
        self.outside = outside


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with pvesdk_server(tmp_path_factory.mktemp("docs-ui")) as running:
        yield running


@pytest.fixture(scope="module")
def docs(server: Server) -> Iterator[Browser]:
    if not Path(CHROMIUM).is_file():
        pytest.skip(f"Chromium not installed at {CHROMIUM}")
    from playwright.sync_api import Route, sync_playwright

    from pvesdk_gen.crawl import CHROMIUM_ARGS

    outside: list[str] = []

    def only_the_server(route: Route) -> None:
        if route.request.url.startswith(server.url + "/"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(ignore_https_errors=True)
            tab = context.new_page()
            tab.route("**/*", only_the_server)
            tab.goto(server.url + "/pvesdk/docs#/version/get_version")
            opened = "#operations-version-get_version .opblock-body"
            tab.wait_for_selector(opened, timeout=RENDER_MS)
            yield Browser(tab, outside)
        finally:
            browser.close()


@needs_chromium
def test_docs_page_renders_without_any_request_outside_the_server(docs: Browser) -> None:
    assert docs.page.locator("#operations-version-get_version").is_visible()
    assert docs.outside == []


@needs_chromium
def test_docs_page_lists_every_operation_of_a_tag(docs: Browser) -> None:
    docs.page.locator("#operations-tag-access").click()
    listed = docs.page.locator("#operations-tag-access + div .opblock")
    expected = operations(served_document(), "access")
    listed.nth(expected - 1).wait_for(timeout=RENDER_MS)
    assert listed.count() == expected


@needs_chromium
def test_try_it_out_answers_from_the_mock_with_the_prefilled_token(docs: Browser) -> None:
    op = docs.page.locator("#operations-version-get_version")
    op.locator("button.try-out__btn").click()
    op.locator("button.execute").click()
    status = op.locator(".live-responses-table .response .response-col_status")
    status.first.wait_for(timeout=RENDER_MS)
    assert status.first.inner_text().strip() == "200"
    body = op.locator(".live-responses-table .response-col_description pre").first.inner_text()
    assert json.loads(body)["data"]["release"] == "9.2"


def test_assets_are_served_from_the_installed_package(server: Server) -> None:
    import httpx
    from swagger_ui_bundle import swagger_ui_path

    context = ssl.create_default_context(cafile=str(server.cert))
    reply = httpx.get(server.url + "/pvesdk/docs/assets/swagger-ui-bundle.js", verify=context)
    assert reply.status_code == 200
    assert reply.content == (Path(str(swagger_ui_path)) / "swagger-ui-bundle.js").read_bytes()


def test_page_prefills_the_seeded_token_without_privilege_separation() -> None:
    snapshot = {
        "tokens": {
            "alice@pve!ro": {"value": "secret-a", "privsep": 1},
            "root@pam!ci": {"value": "secret-b", "privsep": 0},
        }
    }
    assert mock_token(snapshot) == "PVEAPIToken=root@pam!ci=secret-b"


def test_page_prefills_roots_token_before_a_users_own() -> None:
    """``alice@pve!t2`` sorts before ``root@pam!mock``: a token alice made with privsep=0 must
    neither give her secret to every visitor of the page nor turn "Try it out" into alice."""
    snapshot = {
        "tokens": {
            "alice@pve!t2": {"value": "secret-a", "privsep": 0},
            "root@pam!mock": {"value": "secret-b", "privsep": 0},
        }
    }
    assert mock_token(snapshot) == "PVEAPIToken=root@pam!mock=secret-b"


def test_page_has_no_token_when_the_seed_has_none() -> None:
    assert mock_token({"tokens": {}}) is None
    assert '"token": null' in page("9.2", None)


def test_page_escapes_markup_in_the_token() -> None:
    html = page("9.2", "PVEAPIToken=a@pve!x=</script><b>")
    assert "</script><b>" not in html


def test_served_document_uses_no_keyword_openapi_30_lacks() -> None:
    # The page presents the document as 3.0.3 (Swagger UI's 3.1 resolver is ~10x slower).
    found: list[str] = []

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("type"), list) or "const" in node or "examples" in node:
                found.append(where)
            for key in ("prefixItems", "$defs", "dependentSchemas", "unevaluatedProperties"):
                if key in node:
                    found.append(f"{where}/{key}")
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{where}/{index}")

    walk(served_document()["paths"], "")
    assert found == []
