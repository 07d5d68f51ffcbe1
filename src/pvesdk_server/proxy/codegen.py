"""Codegen endpoints: ``POST /pvesdk/codegen`` turns a Proxmox API viewer script
(``apidoc.js``, served by every PVE host under ``/pve-docs/api-viewer/``) into pvesdk's OpenAPI
document; ``GET /pvesdk/codegen/{version}/openapi.json`` serves what was generated.

Off unless ``PVESDK_CODEGEN_KEY`` is set (then callers send ``Authorization: Bearer <key>``);
rate-limited per client (generating 1/hour, reading 5/hour, as the seed system does); the URL is
fetched through :mod:`.ssrf` (public addresses only, re-checked on every redirect; lab networks
via ``PVESDK_CODEGEN_ALLOW=10.0.0.0/8,…``). The generator is imported only when a request
arrives, and needs the ``gen`` extra. Specs are kept in the shared store, gzipped.
"""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import hmac
import json
import os
import re
from typing import Any

from litestar import Request, Response, get, post
from litestar.exceptions import HTTPException
from litestar.middleware.rate_limit import RateLimitConfig, get_remote_address
from litestar.status_codes import HTTP_200_OK
from litestar.stores.base import Store
from litestar.types import ControllerRouterHandler

from ..engine import Reply
from .ssrf import SsrfError, fetch, parse_allow_list

__all__ = ["codegen_handlers"]

_VERSION = re.compile(r"^\d+\.\d+$")
_PRODUCTS = ("pve", "pmg")


def _limit(name: str, per_hour: int) -> RateLimitConfig:
    return RateLimitConfig(
        rate_limit=("hour", per_hour),
        identifier_for_request=lambda request: f"{name}:{get_remote_address(request)}",
        set_rate_limit_headers=False,
    )


def _pve(status: int, message: str, errors: dict[str, str] | None = None) -> Response[bytes]:
    from ..app import _reply

    return _reply(Reply(status, message, errors=errors))


def _build(text: str, product: str, version: str) -> bytes:
    from pvesdk_gen.cli import build_spec
    from pvesdk_gen.parse import parse_schema_script

    tree = parse_schema_script(text, source="the fetched script")
    # not strict: a live cluster may run a release between those the overrides were checked on
    _, spec, _ = build_spec(tree, product=product, version=version, strict=False)
    return spec


def codegen_handlers(store: Store) -> list[ControllerRouterHandler]:
    """The two codegen routes over ``store``; configuration comes from the environment."""
    key = os.environ.get("PVESDK_CODEGEN_KEY") or None
    allow = parse_allow_list(os.environ.get("PVESDK_CODEGEN_ALLOW"))

    def authorize(request: Request[Any, Any, Any]) -> None:
        if key is None:
            raise HTTPException(status_code=501, detail="codegen is disabled")
        given = request.headers.get("authorization", "").encode()
        if not hmac.compare_digest(given, f"Bearer {key}".encode()):
            raise HTTPException(status_code=401, detail="authentication failure")

    @post(
        "/pvesdk/codegen",
        status_code=HTTP_200_OK,
        middleware=[_limit("codegen-generate", 1).middleware],
    )
    async def generate(request: Request[Any, Any, Any]) -> Response[bytes]:
        """Generate a spec: JSON body ``{"url": …, "version": "9.2", "product": "pve"}``."""
        authorize(request)
        try:
            body = json.loads(await request.body())
        except ValueError:
            body = None
        if not isinstance(body, dict):
            return _pve(400, "Parameter verification failed.", {"body": "a JSON object"})
        url, version = body.get("url"), body.get("version")
        product = body.get("product", "pve")
        errors = {}
        if not isinstance(url, str) or not url:
            errors["url"] = "property is missing and it is not optional"
        if not isinstance(version, str) or not _VERSION.match(version):
            errors["version"] = "expected MAJOR.MINOR, e.g. 9.2"
        if product not in _PRODUCTS:
            errors["product"] = f"value '{product}' does not have a value in the enumeration"
        if errors:
            return _pve(400, "Parameter verification failed.", errors)
        assert isinstance(url, str) and isinstance(version, str)
        try:
            raw = await fetch(url, allow=allow)
        except SsrfError as exc:
            return _pve(400, "Parameter verification failed.", {"url": str(exc)})
        except Exception as exc:  # httpx's errors: the fetch failed, say how (no secret in it)
            return _pve(502, f"cannot fetch the script: {type(exc).__name__}")
        try:
            spec = await asyncio.to_thread(_build, raw.decode("utf-8", "replace"), product, version)
        except Exception as exc:  # GenError and friends: the script is not an API schema
            return _pve(400, "Parameter verification failed.", {"url": str(exc)[:300]})
        await store.set(f"codegen:{product}:{version}", gzip.compress(spec, mtime=0))
        data = {
            "product": product,
            "version": version,
            "paths": len(json.loads(spec).get("paths", {})),
            "sha256": hashlib.sha256(spec).hexdigest(),
            "openapi": f"/pvesdk/codegen/{version}/openapi.json",
        }
        return Response(json.dumps({"data": data}).encode(), media_type="application/json")

    @get(
        "/pvesdk/codegen/{version:str}/openapi.json",
        middleware=[_limit("codegen-read", 5).middleware],
    )
    async def generated(request: Request[Any, Any, Any]) -> Response[bytes]:
        """A spec generated earlier (``?product=pmg`` for PMG)."""
        authorize(request)
        version = str(request.path_params["version"])
        product = request.query_params.get("product", "pve")
        stored = await store.get(f"codegen:{product}:{version}")
        if stored is None:
            return _pve(404, f"no spec generated for {product} {version}")
        return Response(gzip.decompress(stored), media_type="application/json")

    return [generate, generated]
