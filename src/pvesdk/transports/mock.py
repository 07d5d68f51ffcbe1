"""The in-process mock: requests go straight into the mock cluster engine, no sockets.

``PveClient.mock()`` builds one; the engine is the same one the Litestar server runs, so a test
written against the in-process mock behaves like one against ``pvesdk-server``. Needs the server
package's engine (part of this distribution; it imports no web framework).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..transport import AsyncBaseTransport, BaseTransport, Request, Response

if TYPE_CHECKING:
    from pvesdk_server.engine import Engine

    from ..auth import Auth

__all__ = ["MockTransport"]


class MockTransport(BaseTransport, AsyncBaseTransport):
    """Sends each request to an :class:`pvesdk_server.engine.Engine` (sync and async).

    Without ``auth`` it calls as ``root@pam`` through the seeded API token; with ``auth`` (a
    :class:`~pvesdk.auth.TokenAuth` or :class:`~pvesdk.auth.TicketAuth`) it presents those
    credentials, so permission and CSRF checks apply as they would over https.
    """

    def __init__(self, engine: Engine | None = None, *, auth: Auth | None = None, **options: Any):
        if engine is None:
            from pvesdk_server.engine import Engine

            engine = Engine(**options)
        self.engine = engine
        self.auth = auth

    def _credentials(self, method: str) -> dict[str, str | None]:
        if self.auth is None:
            for name, token in self.engine.state.tokens.items():
                if name.startswith("root@pam!") and not int(token.get("privsep", 1)):
                    return {"authorization": f"PVEAPIToken={name}={token['value']}"}
            return {}
        headers = self.auth.headers(method)
        cookie = headers.get("Cookie", "")
        ticket = cookie.split("PVEAuthCookie=", 1)[1] if "PVEAuthCookie=" in cookie else None
        return {
            "authorization": headers.get("Authorization"),
            "ticket": ticket,
            "csrf": headers.get("CSRFPreventionToken"),
        }

    def _engine_call(self, method: str, path: str, params: dict[str, list[str]]) -> Any:
        creds = self._credentials(method)
        return self.engine.handle(
            method,
            path,
            params,
            authorization=creds.get("authorization"),
            ticket=creds.get("ticket"),
            csrf=creds.get("csrf"),
        )

    def handle_request(self, request: Request) -> Response:
        """Answer ``request`` from the mock cluster, as pveproxy would (an upload is stored).

        Raises:
            AuthenticationError: the ticket login (with ``auth=TicketAuth``) was refused.
        """
        from ..auth import TicketAuth

        auth = self.auth
        if isinstance(auth, TicketAuth) and request.path != "/access/ticket" and auth.needs_login():
            self._login(auth)
        if request.body is not None:
            return self._upload(request)
        params: dict[str, list[str]] = {}
        for key, value in request.params:
            params.setdefault(key, []).append(value)
        reply = self._engine_call(request.method, request.path, params)
        body = b"" if reply.status == 401 else json.dumps(reply.envelope()).encode()
        return Response(reply.status, reply.reason, body)

    def _login(self, auth: Any) -> None:
        from ..transport import decode_response

        flow = auth.login_flow()
        params = next(flow)
        while True:
            request = Request("POST", "/access/ticket", params)
            fields: dict[str, list[str]] = {}
            for key, value in params:
                fields.setdefault(key, []).append(value)
            reply = self.engine.handle("POST", "/access/ticket", fields)
            if reply.status == 401:
                from ..errors import AuthenticationError

                raise AuthenticationError(
                    401, f"login failed: {reply.reason}", method="POST", path="/access/ticket"
                )
            response = Response(reply.status, reply.reason, json.dumps(reply.envelope()).encode())
            try:
                params = flow.send(decode_response(request, response))
            except StopIteration:
                return

    def _upload(self, request: Request) -> Response:
        from pvesdk_server.engine import Reply, store_upload
        from pvesdk_server.engine.core import ApiError, Caller

        body = request.body
        assert body is not None
        parts = request.path.strip("/").split("/")
        fields = dict(request.params)
        probe = self._engine_call("GET", f"/nodes/{parts[1]}/storage", {})
        if probe.status != 200:
            return Response(probe.status, probe.reason, json.dumps(probe.envelope()).encode())
        with self.engine.lock:
            try:
                data = store_upload(
                    self.engine,
                    Caller(user="root@pam"),
                    parts[1],
                    parts[3],
                    fields.get("content", ""),
                    body.filename,
                    body.size,
                )
                reply = Reply(data=data)
            except ApiError as exc:
                reply = Reply(exc.status, exc.message, None, exc.errors)
        return Response(reply.status, reply.reason, json.dumps(reply.envelope()).encode())

    async def handle_async_request(self, request: Request) -> Response:
        """:meth:`handle_request`, inline (the mock cluster answers at once, without I/O)."""
        return self.handle_request(request)

    def __repr__(self) -> str:
        return f"MockTransport(cluster={self.engine.state.cluster!r})"
