"""The Litestar app factory: the mock engine behind ``/api2/json``, as a Proxmox host serves it.

Requests are parsed the way pve-api-daemon accepts them (query string, form or JSON body,
multipart upload), credentials come from the ``Authorization`` header or the ``PVEAuthCookie``
cookie, and answers carry the exact envelope, content type and status-line message (see
:mod:`pvesdk_server.wire`). ``/pvesdk/*`` holds the mock's own controls.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qsl, unquote

from litestar import Litestar, Request, Response, get, post, route
from litestar.datastructures import UploadFile
from litestar.exceptions import HTTPException
from litestar.status_codes import HTTP_200_OK

from .engine import Engine, Reply, store_upload
from .engine.core import ApiError, Caller

__all__ = ["ServerSettings", "create_app"]

_JSON = "application/json;charset=UTF-8"
_METHODS: list[Literal["GET", "POST", "PUT", "DELETE"]] = ["GET", "POST", "PUT", "DELETE"]
MAX_UPLOAD = 64 * 1024**3


@dataclass(frozen=True)
class ServerSettings:
    version: str = "9.2"
    seed: dict[str, Any] | None = None
    state_file: Path | None = None
    task_seconds: float = 0.2
    login_delay: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)


def _reason(text: str) -> bytes:
    """A status-line-safe message: one line, latin-1."""
    line = " ".join(text.split())[:400]
    return line.encode("latin-1", "replace")


def _reply(reply: Reply) -> Response[bytes]:
    body = b"" if reply.status == 401 else json.dumps(reply.envelope()).encode()
    headers = {"x-pve-reason": _reason(reply.reason).decode("latin-1")}
    return Response(content=body, status_code=reply.status, media_type=_JSON, headers=headers)


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


async def _params(request: Request[Any, Any, Any]) -> dict[str, list[str]] | Reply:
    params: dict[str, list[str]] = {}
    for key, value in parse_qsl(request.url.query or "", keep_blank_values=True):
        params.setdefault(key, []).append(value)
    if request.method in ("GET", "DELETE"):
        return params
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    if not body:
        return params
    if kind == "application/json":
        try:
            data = json.loads(body)
        except ValueError:
            return Reply(400, "Parameter verification failed.", errors={"body": "malformed JSON"})
        if not isinstance(data, dict):
            return Reply(400, "Parameter verification failed.", errors={"body": "not an object"})
        for key, value in data.items():
            params.setdefault(str(key), []).extend(_flatten(value))
        return params
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return Reply(400, "Parameter verification failed.", errors={"body": "not UTF-8"})
    for key, value in parse_qsl(text, keep_blank_values=True):
        params.setdefault(key, []).append(value)
    return params


def _call(
    engine: Engine,
    request: Request[Any, Any, Any],
    method: str,
    path: str,
    params: dict[str, list[str]] | None = None,
) -> Reply:
    ticket = request.cookies.get("PVEAuthCookie")
    return engine.handle(
        method,
        path,
        params,
        authorization=request.headers.get("authorization"),
        ticket=unquote(ticket) if ticket else None,
        csrf=request.headers.get("csrfpreventiontoken"),
    )


def _save(engine: Engine, path: Path | None) -> None:
    if path is None:
        return
    data = json.dumps(engine.snapshot()).encode()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


def create_app(settings: ServerSettings | None = None) -> Litestar:
    """A Litestar app serving a fresh mock cluster under ``/api2/json``."""
    config = settings or ServerSettings()
    seed = config.seed
    if config.state_file is not None and config.state_file.is_file():
        seed = json.loads(config.state_file.read_text())
    engine = Engine(seed, version=config.version, task_seconds=config.task_seconds,
                    login_delay=config.login_delay)  # fmt: skip

    @route("/api2/json/{path:path}", http_method=_METHODS,
           request_max_body_size=MAX_UPLOAD)  # fmt: skip
    async def api(request: Request[Any, Any, Any], path: str) -> Response[bytes]:
        raw_path = request.scope.get("raw_path", b"").decode("latin-1")
        api_path = raw_path.split("?", 1)[0].removeprefix("/api2/json") or path
        if request.method == "POST" and api_path.endswith("/upload"):
            return await _upload(request, engine, api_path)
        params = await _params(request)
        if isinstance(params, Reply):
            return _reply(params)
        reply = _call(engine, request, request.method, api_path, params)
        if request.method != "GET" and reply.status == 200:
            _save(engine, config.state_file)
        return _reply(reply)

    @post("/pvesdk/reset", status_code=HTTP_200_OK, sync_to_thread=False)
    def reset() -> dict[str, Any]:
        engine.reset(seed)
        _save(engine, config.state_file)
        return {"data": None}

    @get("/pvesdk/snapshot", sync_to_thread=False)
    def snapshot() -> dict[str, Any]:
        return {"data": engine.snapshot()}

    @get("/versions", sync_to_thread=False)
    def versions() -> dict[str, Any]:
        return {"data": {"served": config.version, "available": _available()}}

    def not_found(request: Request[Any, Any, Any], exc: HTTPException) -> Response[bytes]:
        path = request.url.path.removeprefix("/api2/json")
        message = f"Method '{request.method} {path}' not implemented"
        if exc.status_code == 413:
            return _reply(Reply(413, "request entity too large"))
        return _reply(Reply(501, message))

    app = Litestar(
        route_handlers=[api, reset, snapshot, versions],
        exception_handlers={HTTPException: not_found},
        openapi_config=None,
        request_max_body_size=16 * 1024**2,
    )
    app.state.engine = engine
    return app


def _available() -> list[str]:
    from importlib import resources

    names = [p.name for p in resources.files("pvesdk_server").joinpath("specs").iterdir()]
    return sorted(n.removesuffix(".json.gz").split("-", 1)[1] for n in names if n.endswith(".gz"))


async def _upload(
    request: Request[Any, Any, Any], engine: Engine, api_path: str
) -> Response[bytes]:
    """``POST …/upload``: multipart (Litestar spools the file), recorded as a volume."""
    parts = [unquote(p) for p in api_path.strip("/").split("/")]
    if len(parts) != 5:
        return _reply(Reply(501, f"Method 'POST {api_path}' not implemented"))
    auth = _call(engine, request, "GET", f"/nodes/{parts[1]}/storage")
    if auth.status != 200:
        return _reply(auth)
    form = await request.form()
    content = form.get("content")
    upload = form.get("filename")
    if not isinstance(upload, UploadFile) or not isinstance(content, str):
        missing = {"filename": "property is missing and it is not optional"}
        return _reply(Reply(400, "Parameter verification failed.", errors=missing))
    size = 0
    while chunk := await upload.read(1 << 20):
        size += len(chunk)
    await upload.close()
    with engine.lock:
        try:
            upid = store_upload(engine, Caller(user="root@pam"), parts[1], parts[3], content,
                                upload.filename or "upload", size)  # fmt: skip
        except ApiError as exc:
            return _reply(Reply(exc.status, exc.message, errors=exc.errors))
    return _reply(Reply(data=upid))
