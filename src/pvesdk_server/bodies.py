"""Request parameters and credentials as pve-api-daemon reads them: the query string, a form
or JSON body (booleans ``1``/``0``, nested objects as JSON text, bounded size and depth), the
``Authorization`` header, the ``PVEAuthCookie`` cookie and ``CSRFPreventionToken``. Shared by
the mock and the proxy; uploads (multipart) are :mod:`pvesdk_server.uploads`'.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qsl, unquote

from litestar.types import Receive, Scope

from .engine import Reply

__all__ = ["MAX_BODY", "MAX_JSON_DEPTH", "credentials", "read_body", "request_params"]

MAX_BODY = 16 * 1024**2  # for everything but uploads
MAX_JSON_DEPTH = 32  # arrays/objects inside one JSON parameter value


def _flatten(value: Any) -> list[str]:
    if isinstance(value, bool):
        return ["1" if value else "0"]
    if isinstance(value, list):
        return [item for v in value for item in _flatten(v)]
    if value is None:
        return []
    if isinstance(value, dict):
        return [json.dumps(value)]
    return [str(value)]


async def read_body(receive: Receive, limit: int) -> bytes | None:
    """The whole body from ASGI ``receive``; ``None`` once it grows past ``limit`` bytes."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message: Any = await receive()
        chunk: bytes = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


async def request_params(
    scope: Scope, receive: Receive, method: str, headers: dict[str, str]
) -> dict[str, list[str]] | Reply:
    """A request's parameters (query string, then a form or JSON body for writes; lower-case
    ``headers`` in), or the PVE-shaped refusal (413 over :data:`MAX_BODY`, 400 naming what is
    wrong with the body)."""
    params: dict[str, list[str]] = {}
    query = scope.get("query_string", b"")
    if query:
        for key, value in parse_qsl(query.decode("latin-1"), keep_blank_values=True):
            params.setdefault(key, []).append(value)
    if method in ("GET", "DELETE"):
        return params
    body = await read_body(receive, MAX_BODY)
    if body is None:
        return Reply(413, "request entity too large")
    if not body:
        return params
    kind = headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json":
        return _json_params(body, params)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return Reply(400, "Parameter verification failed.", errors={"body": "not UTF-8"})
    for key, value in parse_qsl(text, keep_blank_values=True):
        params.setdefault(key, []).append(value)
    return params


_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def _json_params(body: bytes, params: dict[str, list[str]]) -> dict[str, list[str]] | Reply:
    """A JSON body's parameters: an object of scalars or lists of scalars (nested objects are
    sent on as JSON text); ``null`` leaves a parameter out. Anything else is a 400 naming it."""
    try:
        data = json.loads(body)
    except RecursionError:
        return _bad_body(f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
    except ValueError as exc:
        return _bad_body(f"malformed JSON ({exc})")
    # a \uD800-\uDFFF escape without its pair: Python reads it as a lone surrogate (no text
    # can hold it); JSON::XS refuses it ("missing low/high surrogate character"). Only such an
    # escape makes one (surrogates in UTF-8 bytes fail json.loads), so the rest is not re-read.
    if _SURROGATE_ESCAPE.search(body):
        try:
            json.dumps(data, ensure_ascii=False).encode()
        except UnicodeEncodeError:
            return _bad_body("malformed JSON (unpaired surrogate escape)")
    if not isinstance(data, dict):
        return _bad_body(f"expected a JSON object, got {_json_kind(data)}")
    for key, value in data.items():
        if _depth(value) > MAX_JSON_DEPTH:
            return Reply(
                400,
                "Parameter verification failed.",
                errors={str(key): f"value nested deeper than {MAX_JSON_DEPTH} levels"},
            )
        flat = _flatten(value)
        if flat:
            params.setdefault(str(key), []).extend(flat)
    return params


def _bad_body(problem: str) -> Reply:
    return Reply(400, "Parameter verification failed.", errors={"body": problem})


def _json_kind(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    return names.get(type(value), "a number")


def _depth(value: Any) -> int:
    """How deep arrays and objects nest in ``value`` (a scalar is 0), without recursion."""
    deepest, stack = 0, [(value, 0)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            level += 1
            deepest = max(deepest, level)
            if level > MAX_JSON_DEPTH:
                break
            stack.extend((v, level) for v in (item.values() if isinstance(item, dict) else item))
    return deepest


def credentials(headers: dict[str, str]) -> dict[str, str | None]:
    """The engine's credential keywords from lower-case request ``headers``: the
    ``Authorization`` header, the ``PVEAuthCookie`` ticket and ``CSRFPreventionToken``."""
    ticket = None
    for part in headers.get("cookie", "").split(";"):
        name, _, value = part.strip().partition("=")
        if name == "PVEAuthCookie":
            ticket = unquote(value)
    return {
        "authorization": headers.get("authorization"),
        "ticket": ticket,
        "csrf": headers.get("csrfpreventiontoken"),
    }
