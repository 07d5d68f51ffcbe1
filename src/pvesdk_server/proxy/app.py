"""The proxy's Litestar app: the same wire behaviour as the mock (envelopes, reason phrases in
the status line), with ``/api2/json`` forwarded to the upstream cluster.

Per request: injection checks → caller authentication (pass-through credentials, or a
proxy-issued key when the proxy holds upstream credentials) → verification against the spec of
the upstream's release (a PVE-shaped 400 or 501 before anything leaves) → the upstream through
pvesdk's https transport → the answer, unchanged, to the caller → the answer checked against the
generated models in a worker thread, drift recorded in the shared store and logged once per kind.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import logging
import re
import time
from dataclasses import asdict
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from litestar import Litestar, Request, Response, asgi, delete, get, post
from litestar.exceptions import HTTPException
from litestar.response import ServerSentEvent
from litestar.status_codes import HTTP_200_OK
from litestar.types import Receive, Scope, Send

from pvesdk.transport import Request as PveRequest
from pvesdk.transport import Response as PveResponse

from ..app import _JSON, _METHODS, _reason, _reply, _send
from ..bodies import request_params
from ..engine import Reply
from ..engine.validate import verify
from ..events import last_event_id
from . import answers
from . import events as task_events
from .checks import check_headers, split_path
from .forward import CALLER, Upstream, caller_headers, upload_deadline
from .redact import redact, redact_headers
from .release import closest, router_for, shipped
from .store import KEY_USER, SharedState
from .stream import ReceiveStream

if TYPE_CHECKING:
    from ..app import ServerSettings
    from .settings import ProxySettings

__all__ = ["ProxyState", "create_proxy_app"]

log = logging.getLogger("pvesdk_server.proxy")
_KEY = re.compile(r"^PVEAPIToken=([^!\s]+)!([^=:\s]+)[=:](\S+)$")
_RELEASE_RETRY = 30.0  # seconds between attempts to read the upstream's /version


class ProxyState:
    """What one worker knows: the upstream, the release in use, the shared store."""

    def __init__(self, settings: ProxySettings, shared: SharedState) -> None:
        self.settings = settings
        self.upstream = Upstream(settings)
        self.shared = shared
        self.available = shipped()
        self.release: str = self.available[-1]
        self.upstream_version: str | None = None
        self._tried = 0.0
        self._lock = asyncio.Lock()
        self._logged: set[str] = set()
        self.background: set[asyncio.Task[None]] = set()
        self.event_ids = task_events.EventIds()  # cluster stream frame ids, for every connection

    async def learn_release(self) -> None:
        """Read the upstream's ``/version`` (with the credentials of the current context) and
        pick the closest shipped spec; at most one attempt per 30 s until it worked."""
        if self.upstream_version is not None or time.monotonic() - self._tried < _RELEASE_RETRY:
            return
        async with self._lock:
            if self.upstream_version is not None:
                return
            self._tried = time.monotonic()
            answer = await self.upstream.send(PveRequest("GET", "/version"))
            if not isinstance(answer, PveResponse) or answer.status != 200:
                return
            self.note_version(answer.content)

    def note_version(self, content: bytes) -> None:
        """Read the upstream's release from a ``/version`` answer (JSON bytes) and pick the spec
        closest to it; an answer that is not one is ignored.
        """
        try:
            data = json.loads(content)["data"]
            version = str(data.get("version") or data["release"])
        except (ValueError, KeyError, TypeError, AttributeError):
            return
        if version == self.upstream_version:
            return
        self.upstream_version = version
        self.release = closest(str(data.get("release") or version), self.available)
        log.warning(
            "upstream runs Proxmox VE %s; verifying requests against the %s spec",
            version, self.release,
        )  # fmt: skip


def _finish(status: int, reason: str, content: bytes, content_type: str) -> dict[str, Any]:
    return {
        "type": "http.response.start",
        "status": status,
        "headers": [
            (b"content-type", content_type.encode("latin-1")),
            (b"content-length", str(len(content)).encode()),
            (b"x-pve-reason", _reason(reason or "OK")),
        ],
    }


async def _relay(send: Send, answer: PveResponse) -> None:
    content_type = str(answer.headers.get("content-type", _JSON))
    content = answer.content
    if answer.headers.get("content-encoding", "").lower() == "gzip":
        content = gzip.decompress(content)
    start: Any = _finish(answer.status, answer.reason, content, content_type)
    await send(start)
    await send({"type": "http.response.body", "body": content, "more_body": False})


def _unauthorized(reason: str) -> Reply:
    return Reply(401, reason)


def create_proxy_app(config: ServerSettings) -> Litestar:
    """A Litestar app forwarding ``/api2/json`` to ``config.proxy``'s upstream cluster."""
    from ..app import _shared_plumbing

    settings = config.proxy
    assert settings is not None
    stores, middleware, handle_http_error, shared_routes = _shared_plumbing(config)
    shared = SharedState(stores["pvesdk"])
    state = ProxyState(settings, shared)
    key_mode = settings.holds_credentials

    async def check_caller(headers: dict[str, str]) -> Reply | None:
        if not key_mode:
            CALLER.set(caller_headers(headers))
            return None
        match = _KEY.match(headers.get("authorization", "").strip())
        if match is None:
            return _unauthorized("No ticket")
        user, name, secret = match.groups()
        if user != KEY_USER or not await shared.check_key(name, secret):
            return _unauthorized("authentication failure")
        return None

    def check(method: str, template: str, content: bytes) -> list[answers.Finding]:
        try:
            data = json.loads(content).get("data")
        except (ValueError, AttributeError):
            return []
        return answers.check_answer(answers.result_type(method, template), data)

    async def record(method: str, template: str, content: bytes) -> None:
        operation = f"{method} {template}"
        try:
            findings = await asyncio.to_thread(check, method, template, content)
        except Exception as exc:  # a check that cannot run is no reason to lose the worker
            log.warning("drift: %s: cannot check the answer (%s)", operation, type(exc).__name__)
            return
        for finding in findings:
            new = await shared.record_drift(operation, finding)
            kind = f"{operation}|{finding.field}|{finding.expected}|{finding.seen}"
            if new and kind not in state._logged:
                state._logged.add(kind)
                log.warning(
                    "drift: %s: field %s: expected %s, seen %s",
                    operation, finding.field, finding.expected, finding.seen,
                )  # fmt: skip

    @asgi("/api2/json", is_mount=True, copy_scope=False)
    async def api(scope: Scope, receive: Receive, send: Send) -> None:
        started = time.monotonic()
        method: str = scope["method"]  # type: ignore[typeddict-item]
        raw = scope.get("raw_path") or scope["path"].encode()
        api_path = raw.decode("latin-1").split("?", 1)[0].removeprefix("/api2/json")
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if log.isEnabledFor(logging.DEBUG):
            query = scope.get("query_string", b"").decode("latin-1")
            log.debug("%s /api2/json%s query %s headers %s", method, api_path, redact(query),
                      redact_headers(headers))  # fmt: skip
        reply = await _forward(scope, receive, send, method, api_path, headers)
        if reply is not None:
            await _send(send, reply)
        log.info("%s /api2/json%s %s (%.1f ms)", method, api_path,
                 "proxied" if reply is None else reply.status,
                 (time.monotonic() - started) * 1000)  # fmt: skip

    async def _forward(
        scope: Scope,
        receive: Receive,
        send: Send,
        method: str,
        api_path: str,
        headers: dict[str, str],
    ) -> Reply | None:
        if method not in _METHODS:
            return Reply(501, f"Method '{method} {api_path}' not implemented")
        problems = check_headers(headers)
        if problems:
            return Reply(400, "Parameter verification failed.", errors=problems)
        split = split_path(api_path)
        if isinstance(split, str):
            return Reply(400, "Parameter verification failed.", errors={"path": split})
        segments, upstream_path = split
        refused = await check_caller(headers)
        if refused is not None:
            return refused
        await state.learn_release()
        # a segment holding an encoded `/` stays encoded: the path named is the one that was sent
        named = (quote(s, safe="") if "/" in s else s for s in segments)
        where = f"{method} /{'/'.join(named)}"
        matched = router_for(state.release).match(segments)
        if matched is None or method not in matched[2]:
            return Reply(501, f"Method '{where}' not implemented")
        template, path_params, ops = matched
        if method == "POST" and template.endswith("/upload"):
            return await _upload(receive, send, headers, upstream_path)
        params = await request_params(scope, receive, method, headers)
        if isinstance(params, Reply):
            return params
        merged = {**params, **{k: [v] for k, v in path_params.items()}}
        _, errors = verify(ops[method], merged)
        if errors:
            return Reply(400, "Parameter verification failed.", errors=errors)
        pairs = [(k, v) for k, values in params.items() for v in values]
        answer = await state.upstream.send(PveRequest(method, upstream_path, pairs))
        if isinstance(answer, Reply):
            return answer
        await _relay(send, answer)
        if 200 <= answer.status < 300:
            if template == "/version" and method == "GET":
                state.note_version(answer.content)
            # checked after the answer went out, off the request's path
            task = asyncio.create_task(record(method, template, answer.content))
            state.background.add(task)
            task.add_done_callback(state.background.discard)
        return None

    async def _upload(
        receive: Receive, send: Send, headers: dict[str, str], upstream_path: str
    ) -> Reply | None:
        length = headers.get("content-length", "")
        kind = headers.get("content-type", "")
        if not kind.startswith("multipart/form-data"):
            return Reply(400, "Parameter verification failed.",
                         errors={"filename": "expected a multipart/form-data upload"})  # fmt: skip
        if not length.isdigit():
            return Reply(411, "Content-Length required")
        if int(length) > config.max_upload:
            return Reply(413, "request entity too large")
        body = ReceiveStream(receive, asyncio.get_running_loop(), kind, int(length))
        deadline = upload_deadline(settings.timeout, int(length))
        answer = await state.upstream.send(
            PveRequest("POST", upstream_path, body=body, timeout=deadline)
        )
        if isinstance(answer, Reply):
            return answer
        await _relay(send, answer)
        return None

    def _headers(request: Request[Any, Any, Any]) -> dict[str, str]:
        return {k.lower(): v for k, v in request.headers.items()}

    def _relayed(answer: PveResponse) -> Response[bytes]:
        headers = {"x-pve-reason": _reason(answer.reason or "OK").decode("latin-1")}
        kind = str(answer.headers.get("content-type", _JSON))
        return Response(answer.content, status_code=answer.status, media_type=kind, headers=headers)

    def _sse(content: Any) -> ServerSentEvent:
        headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
        return ServerSentEvent(content, headers=headers)

    async def _caller(request: Request[Any, Any, Any]) -> dict[str, str] | Response[bytes]:
        """The credentials to poll the upstream with, or the refusal to answer."""
        headers = _headers(request)
        problems = check_headers(headers)
        if problems:
            return _reply(Reply(400, "Parameter verification failed.", errors=problems))
        refused = await check_caller(headers)
        if refused is not None:
            return _reply(refused)
        return caller_headers(headers) if not key_mode else {}

    @get("/pvesdk/tasks/{upid:str}/events")
    async def task_stream(request: Request[Any, Any, Any]) -> ServerSentEvent | Response[bytes]:
        """One task's status changes and log lines, polled upstream, ending with ``complete``."""
        upid = str(request.path_params["upid"])
        caller = await _caller(request)
        if isinstance(caller, Response):
            return caller
        CALLER.set(caller)
        first = await task_events.first_status(state.upstream, upid)
        if isinstance(first, Reply):
            return _reply(first)
        if first.status != 200:
            return _relayed(first)
        poll, beat = settings.task_poll, settings.heartbeat
        last = last_event_id(request)
        return _sse(task_events.task_stream(state.upstream, caller, upid, last, poll, beat))

    @get("/pvesdk/events")
    async def cluster_stream(request: Request[Any, Any, Any]) -> ServerSentEvent | Response[bytes]:
        """Tasks of the cluster starting and stopping from now on, polled upstream; a
        ``Last-Event-ID`` ends it with ``error`` + ``complete`` (nothing to resume from)."""
        caller = await _caller(request)
        if isinstance(caller, Response):
            return caller
        CALLER.set(caller)
        first = await state.upstream.send(PveRequest("GET", "/cluster/tasks"))
        if isinstance(first, Reply):
            return _reply(first)
        if first.status != 200:
            return _relayed(first)
        baseline = task_events.answer_data(first)
        if not isinstance(baseline, list):
            return _reply(Reply(502, "upstream: /cluster/tasks did not answer a task list"))
        poll, beat, last = settings.task_poll, settings.heartbeat, last_event_id(request)
        return _sse(
            task_events.cluster_stream(
                state.upstream, caller, baseline, poll, beat, state.event_ids, last
            )
        )

    @get("/pvesdk/drift")
    async def drift() -> dict[str, Any]:
        """Every drift record: operation, field, expected, seen, count, first/last seen."""
        return {"data": [asdict(r) for r in await shared.drift()]}

    @get("/versions")
    async def versions() -> dict[str, Any]:
        return {
            "data": {
                "mode": "proxy",
                "served": state.release,
                "upstream": state.upstream_version,
                "available": state.available,
            }
        }

    @get("/pvesdk/openapi.json", sync_to_thread=False, media_type="application/json")
    def openapi() -> Response[bytes]:
        """The OpenAPI 3.1 document of the release requests are verified against."""
        from importlib import resources

        name = f"pve-{state.release}.json.gz"
        data = resources.files("pvesdk_server").joinpath("specs", name).read_bytes()
        return Response(gzip.decompress(data), media_type="application/json")

    def internal_error(request: Request[Any, Any, Any], exc: Exception) -> Response[bytes]:
        # PVE-shaped, like the mock: one line naming the kind of error; the details logged
        log.error("%s %s: unexpected error", request.method, request.url.path, exc_info=exc)
        return _reply(Reply(500, f"internal error ({type(exc).__name__})"))

    def _admin(request: Request[Any, Any, Any]) -> None:
        import hmac

        expected = settings.admin_key
        given = request.headers.get("authorization", "")
        if not expected or not hmac.compare_digest(given.encode(), f"Bearer {expected}".encode()):
            raise HTTPException(status_code=401, detail="authentication failure")

    @post("/pvesdk/keys/{name:str}", status_code=HTTP_200_OK)
    async def issue(request: Request[Any, Any, Any]) -> dict[str, Any]:
        """Issue a proxy key (needs ``Authorization: Bearer <PVESDK_ADMIN_KEY>``); the secret is
        shown once. Callers use it as an API token ``proxy@pvesdk!<name>``."""
        _admin(request)
        name = str(request.path_params["name"])
        if not key_mode:
            raise HTTPException(status_code=400, detail="callers' own credentials pass through; "
                                "keys need upstream credentials")  # fmt: skip
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9._-]{0,63}", name):
            raise HTTPException(status_code=400, detail="key name: letters, digits, . _ -")
        secret = await shared.issue_key(name)
        return {"data": {"user": KEY_USER, "tokenid": name, "value": secret}}

    @delete("/pvesdk/keys/{name:str}", status_code=HTTP_200_OK)
    async def revoke(request: Request[Any, Any, Any]) -> dict[str, Any]:
        _admin(request)
        name = str(request.path_params["name"])
        return {"data": {"revoked": await shared.revoke_key(name)}}

    async def startup() -> None:
        if key_mode:
            await state.learn_release()

    async def shutdown() -> None:
        await state.upstream.aclose()

    app = Litestar(
        route_handlers=[
            api,
            drift,
            versions,
            openapi,
            issue,
            revoke,
            task_stream,
            cluster_stream,
            *shared_routes,
        ],
        exception_handlers={HTTPException: handle_http_error, Exception: internal_error},
        openapi_config=None,
        request_max_body_size=config.max_upload,
        middleware=middleware,
        stores=stores,
        on_startup=[startup],
        on_shutdown=[shutdown],
    )
    app.state.proxy = state
    return app
