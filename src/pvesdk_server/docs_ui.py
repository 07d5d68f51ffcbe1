"""``/pvesdk/docs``: Swagger UI over the mock's OpenAPI document, served entirely by the server.

The page and its assets come from this process (Swagger UI's files from the installed
``swagger-ui-bundle-v2`` package under ``/pvesdk/docs/assets/``), so it renders on a machine with
no internet. It points "Try it out" at this server's ``/api2/json`` and pre-authorizes the mock's
API token, so a call made from the page answers from the mock cluster.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

from litestar import get
from litestar.handlers import BaseRouteHandler
from litestar.static_files import create_static_files_router

from .engine import Engine

__all__ = ["ASSETS", "docs_routes"]

ASSETS = "/pvesdk/docs/assets"

_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Proxmox VE {version} API (pvesdk mock)</title>
<link rel="stylesheet" href="{assets}/swagger-ui.css">
<link rel="icon" type="image/png" href="{assets}/favicon-32x32.png">
</head><body><div id="swagger-ui"></div>
<script src="{assets}/swagger-ui-bundle.js"></script>
<script>
const pvesdk = {config};
fetch(pvesdk.spec).then((reply) => reply.json()).then((spec) => {{
  // Swagger UI resolves a 3.1 document about ten times slower than a 3.0 one (~2 minutes
  // for this one on a busy 2-core machine); the document uses no keyword 3.0 lacks
  // (tests/docs/test_docs_ui.py checks), so the page presents it as 3.0.3.
  spec.openapi = "3.0.3";
  // "Try it out" calls this server; the document's own servers name a Proxmox host.
  spec.servers = [{{url: window.location.origin + "/api2/json", description: "this mock"}}];
  const ui = SwaggerUIBundle({{
    spec: spec,
    dom_id: "#swagger-ui",
    deepLinking: true,
    docExpansion: "none",
    filter: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  }});
  if (pvesdk.token) {{ ui.preauthorizeApiKey("apiToken", pvesdk.token); }}
  window.ui = ui;
}});
</script>
</body></html>
"""


def _swagger_ui_dir() -> Path:
    # The package ships no type information; its one attribute is the files' directory.
    bundle = importlib.import_module("swagger_ui_bundle")
    return Path(str(bundle.swagger_ui_path))


def mock_token(snapshot: dict[str, Any]) -> str | None:
    """The ``Authorization`` value of the mock's first API token without privilege separation,
    root@pam's before anyone else's (``PVEAPIToken=root@pam!mock=…`` in the default seed; a
    token some user made through the API never takes its place), or ``None`` if it has none."""
    tokens: dict[str, dict[str, Any]] = snapshot.get("tokens") or {}
    ordered = sorted(tokens.items(), key=lambda t: (not t[0].startswith("root@pam!"), t[0]))
    for token_id, token in ordered:
        if not token.get("privsep") and token.get("value"):
            return f"PVEAPIToken={token_id}={token['value']}"
    return None


def page(version: str, token: str | None) -> str:
    """The HTML of ``/pvesdk/docs`` for API ``version``, with ``token`` pre-authorized."""
    config = json.dumps({"spec": "/pvesdk/openapi.json", "token": token})
    # Inside <script>, "</" would end the element: JSON allows escaping "<" instead.
    config = config.replace("<", "\\u003c")
    return _PAGE.format(version=version, assets=ASSETS, config=config)


def docs_routes(engine: Engine, version: str) -> list[BaseRouteHandler | Any]:
    """The route handlers: the page at ``/pvesdk/docs`` and Swagger UI's files under ``ASSETS``."""

    @get("/pvesdk/docs", sync_to_thread=False, media_type="text/html")
    def docs() -> str:
        """Swagger UI over ``/pvesdk/openapi.json``, "Try it out" against this mock."""
        return page(version, mock_token(engine.snapshot()))

    assets = create_static_files_router(
        path=ASSETS, directories=[_swagger_ui_dir()], include_in_schema=False
    )
    return [docs, assets]
