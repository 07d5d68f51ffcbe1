"""The Litestar app factory: the mock engine behind ``/api2/json``, as a Proxmox host serves it.

Requests are parsed the way pve-api-daemon accepts them (query string, form or JSON body,
multipart upload), credentials come from the ``Authorization`` header or the ``PVEAuthCookie``
cookie, and answers carry the exact envelope, content type and status-line message (see
:mod:`pvesdk_server.wire`). ``/pvesdk/*`` holds the mock's own controls.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import tempfile
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit, urlunsplit

from litestar import Litestar, Request, Response, asgi, get, post
from litestar.enums import ScopeType
from litestar.exceptions import HTTPException
from litestar.status_codes import HTTP_200_OK
from litestar.types import ASGIApp, Receive, Scope, Send
from msgspec.json import encode as _msgspec_encode

from .bodies import credentials, request_params
from .docs_ui import docs_routes
from .engine import Engine, Reply
from .engine.state import Task
from .events import Journal, event_routes, ticker
from .uploads import upload

if TYPE_CHECKING:
    from litestar.middleware.base import DefineMiddleware
    from litestar.plugins import PluginProtocol
    from litestar.stores.base import Store

    from .proxy import ProxySettings

__all__ = ["ServerSettings", "access_logged", "create_app"]

_log = logging.getLogger("pvesdk_server")
_access = logging.getLogger("pvesdk_server.access")

_JSON = "application/json;charset=UTF-8"
_JSON_BYTES = _JSON.encode()
_METHODS: list[Literal["GET", "POST", "PUT", "DELETE"]] = ["GET", "POST", "PUT", "DELETE"]
MAX_UPLOAD = 64 * 1024**3


class _StoreUrl(str):
    """A ``--store`` URL whose repr hides the password it may hold (``redis://:***@host/0``)."""

    __slots__ = ()

    def __repr__(self) -> str:
        parts = urlsplit(self)
        if parts.password is None:
            return super().__repr__()
        host = parts.netloc.rpartition("@")[2]
        return repr(urlunsplit(parts._replace(netloc=f"{parts.username or ''}:***@{host}")))


@dataclass(frozen=True)
class ServerSettings:
    """How :func:`create_app` serves; ``seed`` is the shape of ``/pvesdk/snapshot``'s data.

    The repr leaves out ``seed`` and ``extra``: a seed holds users' passwords and token secrets;
    and the password in a ``store`` URL.
    """

    version: str = "9.2"
    seed: dict[str, Any] | None = field(default=None, repr=False)
    state_file: Path | None = None
    task_seconds: float = 0.2
    login_delay: float = 0.0
    max_upload: int = 64 * 1024**3
    heartbeat: float = 15.0  # seconds between keep-alive comments on idle event streams
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    proxy: ProxySettings | None = None  # forward to a real cluster instead of the mock
    store: str | None = None  # "memory" (default) or redis://… for shared state
    rate_limit: tuple[Literal["second", "minute", "hour", "day"], int] | None = None  # per client

    def __post_init__(self) -> None:
        if isinstance(self.store, str) and not isinstance(self.store, _StoreUrl):
            object.__setattr__(self, "store", _StoreUrl(self.store))


@lru_cache(maxsize=512)
def _reason(text: str) -> bytes:
    """A status-line-safe message: one line, latin-1 (cached: most answers say ``OK``)."""
    line = " ".join(text.split())[:400]
    return line.encode("latin-1", "replace")


def _encode(reply: Reply) -> bytes:
    """The answer's body: compact JSON like pve-api-daemon's (``{"data":…}``, UTF-8), none
    for a 401. msgspec (Litestar's own encoder) is ~5× faster than ``json.dumps`` here; a
    value it cannot encode falls back to ``json.dumps``'s rules."""
    if reply.status == 401:
        return b""
    envelope = reply.envelope()
    try:
        return _msgspec_encode(envelope)
    except (TypeError, ValueError, OverflowError):
        return json.dumps(envelope, separators=(",", ":"), ensure_ascii=False).encode()


def _reply(reply: Reply) -> Response[bytes]:
    body = _encode(reply)
    headers = {"x-pve-reason": _reason(reply.reason).decode("latin-1")}
    return Response(content=body, status_code=reply.status, media_type=_JSON, headers=headers)


def _cross_site(request: Request[Any, Any, Any]) -> bool:
    """Whether a browser sent this request from a page of another site: ``Sec-Fetch-Site`` says
    so, or the ``Origin`` it names is not this server (``Host``). Other clients send neither."""
    headers = request.headers
    if headers.get("sec-fetch-site", "") in ("cross-site", "same-site"):
        return True
    origin = headers.get("origin")
    if origin is None:
        return False
    return urlsplit(origin).netloc.lower() != headers.get("host", "").lower()


async def _send(send: Send, reply: Reply) -> None:
    body = _encode(reply)
    start: Any = {
        "type": "http.response.start",
        "status": reply.status,
        "headers": [
            (b"content-type", _JSON_BYTES),
            (b"content-length", b"%d" % len(body)),
            (b"x-pve-reason", _reason(reply.reason)),
        ],
    }
    await send(start)
    await send({"type": "http.response.body", "body": body, "more_body": False})


def _save(engine: Engine, path: Path | None) -> None:
    if path is None:
        return
    data = json.dumps(engine.snapshot()).encode()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


def _shared_plumbing(
    config: ServerSettings,
) -> tuple[dict[str, Store], list[DefineMiddleware], Any, list[Any]]:
    """The stores, middleware, HTTP-error handler and routes both modes use: the Litestar store
    (``--store``), per-client rate limiting in it (``--rate-limit``), PVE-shaped errors, and
    the codegen endpoints (off unless ``PVESDK_CODEGEN_KEY`` is set)."""
    from litestar.middleware.rate_limit import RateLimitConfig

    from .proxy.codegen import codegen_handlers
    from .proxy.store import make_store

    store = make_store(config.store)
    stores = {"rate_limit": store, "pvesdk": store}
    middleware = []
    if config.rate_limit is not None:
        limit = RateLimitConfig(rate_limit=config.rate_limit, set_rate_limit_headers=False)
        middleware.append(limit.middleware)

    def handle_http_error(request: Request[Any, Any, Any], exc: HTTPException) -> Response[bytes]:
        if exc.status_code == 413:
            return _reply(Reply(413, "request entity too large"))
        if exc.status_code == 429:
            return _reply(Reply(429, "too many requests"))
        if exc.status_code in (400, 401, 403):
            return _reply(Reply(exc.status_code, str(exc.detail)))
        path = request.url.path.removeprefix("/api2/json")
        return _reply(Reply(501, f"Method '{request.method} {path}' not implemented"))

    return stores, middleware, handle_http_error, codegen_handlers(store)


def create_app(settings: ServerSettings | None = None) -> Litestar:
    """A Litestar app serving a fresh mock cluster under ``/api2/json`` (or, with
    ``settings.proxy``, forwarding it to a real cluster: :mod:`pvesdk_server.proxy`)."""
    config = settings or ServerSettings()
    if config.proxy is not None:
        from .proxy.app import create_proxy_app

        return create_proxy_app(config)
    stores, middleware, _proxy_errors, shared_routes = _shared_plumbing(config)
    seed = config.seed
    if config.state_file is not None and config.state_file.is_file():
        seed = json.loads(config.state_file.read_text())
    engine = Engine(
        seed,
        version=config.version,
        task_seconds=config.task_seconds,
        login_delay=config.login_delay,
    )
    journal = Journal()
    finished: list[str] = []  # tasks that stopped since the state file was last written

    def on_task(task: Task) -> None:
        journal.record(task)
        if task.status != "running":
            finished.append(task.upid)

    def save_finished() -> None:
        # With --state, a task's effect is saved when the task ends, not at the next write.
        if finished:
            finished.clear()
            _save(engine, config.state_file)

    engine.task_listeners.append(on_task)

    async def serve_api(scope: Scope, receive: Receive, send: Send) -> None:
        # A raw ASGI mount: the hot path skips Litestar's per-request parameter machinery.
        method: str = scope["method"]  # type: ignore[typeddict-item]
        raw = scope.get("raw_path") or scope["path"].encode()
        api_path = raw.decode("latin-1").split("?", 1)[0].removeprefix("/api2/json")
        try:
            reply = await answer(scope, receive, method, api_path)
        except Exception as exc:
            # Like pve-api-daemon on an unexpected die: a 500 with one line, the details logged.
            _log.exception("%s %s: unexpected error", method, api_path)
            reply = Reply(500, f"internal error ({type(exc).__name__})")
        await _send(send, reply)

    api = asgi("/api2/json", is_mount=True, copy_scope=False)(serve_api)

    async def answer(scope: Scope, receive: Receive, method: str, api_path: str) -> Reply:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if method not in _METHODS:
            return Reply(501, f"Method '{method} {api_path}' not implemented")
        creds = credentials(headers)
        if method == "POST" and api_path.endswith("/upload"):
            return await upload(engine, api_path, creds, receive, headers, config.max_upload)
        params = await request_params(scope, receive, method, headers)
        if isinstance(params, Reply):
            return params
        reply = engine.handle(method, api_path, params, **creds)
        if method != "GET" and reply.status == 200:
            finished.clear()
            _save(engine, config.state_file)
        save_finished()
        return reply

    @post("/pvesdk/reset", status_code=HTTP_200_OK, sync_to_thread=False)
    def reset(request: Request[Any, Any, Any]) -> Response[bytes] | dict[str, Any]:
        """Start over from the seed. It needs no login (tests call it between cases), so a web
        page in the developer's browser must not be able to call it: a request a browser marks
        as coming from another site (``Origin`` not this server, ``Sec-Fetch-Site: cross-site``)
        is refused, as a CSRF check would refuse it."""
        if _cross_site(request):
            return _reply(Reply(403, "cross-site request refused"))
        engine.reset(seed)
        _save(engine, config.state_file)
        return {"data": None}

    @get("/pvesdk/snapshot", sync_to_thread=False)
    def snapshot() -> dict[str, Any]:
        return {"data": engine.snapshot()}

    @get("/pvesdk/openapi.json", sync_to_thread=False, media_type="application/json")
    def openapi() -> Response[bytes]:
        """The OpenAPI 3.1 document of the API this mock serves (pvesdk's own spec)."""
        text = json.dumps(engine.spec, indent=1, ensure_ascii=False) + "\n"  # the spec's bytes
        return Response(text.encode(), media_type="application/json")

    @get("/versions", sync_to_thread=False)
    def versions() -> dict[str, Any]:
        return {"data": {"served": config.version, "available": _available()}}

    def http_error(request: Request[Any, Any, Any], exc: HTTPException) -> Response[bytes]:
        path = request.url.path.removeprefix("/api2/json")
        if exc.status_code == 413:
            return _reply(Reply(413, "request entity too large"))
        if exc.status_code == 429:
            return _reply(Reply(429, "too many requests"))
        if exc.status_code in (404, 405):
            return _reply(Reply(501, f"Method '{request.method} {path}' not implemented"))
        if exc.status_code >= 500:
            _log.error("%s %s: %s", request.method, path, exc.detail)
        return _reply(Reply(exc.status_code, str(exc.detail)))

    def internal_error(request: Request[Any, Any, Any], exc: Exception) -> Response[bytes]:
        path = request.url.path.removeprefix("/api2/json")
        _log.error("%s %s: unexpected error", request.method, path, exc_info=exc)
        return _reply(Reply(500, f"internal error ({type(exc).__name__})"))

    async def start_ticker(app: Litestar) -> None:
        journal.bind(asyncio.get_running_loop())
        app.state.ticker = asyncio.create_task(ticker(engine, journal, save_finished))

    async def stop_ticker(app: Litestar) -> None:
        app.state.ticker.cancel()

    app = _MockApp(
        route_handlers=[
            api,
            reset,
            snapshot,
            versions,
            openapi,
            *docs_routes(engine, config.version),
            *event_routes(engine, journal, config.heartbeat),
            *shared_routes,
        ],
        on_startup=[start_ticker],
        on_shutdown=[stop_ticker],
        exception_handlers={HTTPException: http_error, Exception: internal_error},
        openapi_config=None,
        # No logging setup of Litestar's own: an app embedded in a user's process (tests) must
        # not replace their root handlers. Errors go to the `pvesdk_server` logger.
        logging_config=None,
        request_max_body_size=MAX_UPLOAD,
        middleware=middleware,
        stores=stores,
    )
    app.state.engine = engine
    if not middleware:  # a rate limit is Litestar middleware: then every request goes through it
        app.api = serve_api
    return app


class _MockApp(Litestar):
    """Litestar, with ``/api2/json/…`` requests handed straight to the raw ASGI handler.

    The mount would get them anyway; going around Litestar's router, exception middleware and
    scope bookkeeping halves the time a small answer takes (see benchmarks/REPORT.md). The
    handler catches its own errors and answers every method, so nothing Litestar adds on that
    path is lost; everything else (the ``/pvesdk`` controls, event streams, lifespan) goes
    through Litestar as before.
    """

    api: ASGIApp | None = None

    @staticmethod
    def _get_default_plugins(plugins: list[PluginProtocol]) -> list[PluginProtocol]:
        """Only msgspec's of Litestar's built-in plugins (Litestar.__init__ asks this hook for
        them). No handler here takes or returns a pydantic or attrs type, and Litestar's plugins
        for those import both packages whenever they are installed: ~70 ms of the mock's ~0.5 s
        start-up (benchmarks/REPORT.md). A Litestar without the msgspec plugin gets its own
        defaults."""
        try:
            from litestar.plugins.core import MsgspecDIPlugin
        except ImportError:  # pragma: no cover - Litestar before 2.12
            return Litestar._get_default_plugins(plugins)
        return [*plugins, MsgspecDIPlugin()]

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        api = self.api
        if api is not None and scope["type"] == "http" and scope["path"].startswith(_API):
            await api(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


_API = "/api2/json/"


def access_logged(app: ASGIApp) -> ASGIApp:
    """``app`` logging one line per HTTP request to the ``pvesdk_server.access`` logger (INFO):
    client address, method, the full path as sent (``/api2/json/…``; never the query string,
    which may hold a password), status, bytes of body sent and milliseconds taken."""

    async def logged(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP:
            await app(scope, receive, send)
            return
        started = time.perf_counter()
        client = scope.get("client") or ("-", 0)
        method: str = scope["method"]
        raw = scope.get("raw_path") or scope["path"].encode()
        path = raw.decode("latin-1").split("?", 1)[0]
        status, sent = 500, 0

        async def counting(message: Any) -> None:
            nonlocal status, sent
            if message["type"] == "http.response.start":
                status = int(message["status"])
            elif message["type"] == "http.response.body":
                sent += len(message.get("body", b""))
            await send(message)

        try:
            await app(scope, receive, counting)
        finally:
            took = (time.perf_counter() - started) * 1000
            _access.info("%s %s %s %d %d %.1fms", client[0], method, path, status, sent, took)

    return logged


def _available() -> list[str]:
    from .engine.spec import shipped

    return shipped("pve")
