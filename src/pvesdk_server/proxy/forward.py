"""The way to the upstream: pvesdk's async https transport (failover across the cluster's hosts,
certificate pinning or a CA file, retries of GETs only) with the right credentials per request.

Pass-through mode: the caller's own ``Authorization`` header, ``PVEAuthCookie`` and
``CSRFPreventionToken`` travel on (a context variable carries them to the transport's auth hook,
so one transport and one connection pool serve every caller). Proxy-credentials mode: the
transport logs in with the proxy's token or user/password and callers never see them.
Transport failures become Proxmox's own proxy statuses (595 unreachable, 596 broken or timed
out), never a retry of a write.
"""

from __future__ import annotations

import contextvars
from typing import TYPE_CHECKING

from pvesdk.auth import Auth, TicketAuth, TokenAuth
from pvesdk.errors import PveCertificateError, PveConnectionError, PveError, PveTimeoutError
from pvesdk.transport import Request, Response
from pvesdk.transports.https import AsyncHttpsTransport

from ..engine import Reply

if TYPE_CHECKING:
    from .settings import ProxySettings

__all__ = ["CALLER", "UPLOAD_FLOOR_RATE", "Upstream", "upload_deadline"]

#: The slowest upload (bytes per second) the proxy waits for: an upload's deadline grows with its
#: size, so a 4 GiB ISO from a slow link is not cut off by the 60 s a plain call gets.
UPLOAD_FLOOR_RATE = 256 * 1024

#: The credential headers of the request being forwarded (pass-through mode).
CALLER: contextvars.ContextVar[dict[str, str]] = contextvars.ContextVar("pvesdk_proxy_caller")


class _CallerAuth:
    """The current caller's own credential headers (pass-through mode)."""

    def headers(self, method: str) -> dict[str, str]:
        return CALLER.get({})

    def __repr__(self) -> str:
        return "CallerAuth(pass-through)"


def _auth(settings: ProxySettings) -> Auth:
    if settings.token_value is not None and settings.token_name is not None:
        user = settings.token_user or settings.user or "root@pam"
        return TokenAuth(user, settings.token_name, settings.token_value)
    if settings.password is not None and settings.user is not None:
        return TicketAuth(settings.user, settings.password)
    return _CallerAuth()


class Upstream:
    """One transport towards the upstream cluster, shared by every request of this worker."""

    def __init__(self, settings: ProxySettings) -> None:
        self.settings = settings
        verify: bool | str = settings.ca_file if settings.ca_file is not None else True
        self.transport = AsyncHttpsTransport(
            list(settings.upstreams),
            auth=_auth(settings),
            verify=verify,
            fingerprint=settings.fingerprint,
            timeout=settings.timeout,
            connect_timeout=settings.connect_timeout,
        )

    async def send(self, request: Request) -> Response | Reply:
        """The upstream's answer, or a PVE-shaped reply saying why there is none."""
        try:
            return await self.transport.handle_async_request(request)
        except PveTimeoutError:
            return Reply(596, "Connection timed out")
        except PveCertificateError as exc:
            # "GET /path: TLS certificate fingerprint AA:… does not match the pinned one" (or
            # "…not trusted (reason)"): certificate facts only, never request bytes
            return Reply(502, f"upstream: {str(exc).partition(': ')[2] or 'TLS not trusted'}")
        except PveConnectionError as exc:
            # Refused before a byte left (on every host): unreachable; otherwise it broke mid-way.
            if exc.sent is False:
                return Reply(595, "Connection refused")
            return Reply(596, "Broken pipe")
        except PveError as exc:
            # the proxy's own upstream login failed (its message names no secret)
            return Reply(502, f"upstream: {exc}")

    async def aclose(self) -> None:
        """Close the connections to the upstream."""
        await self.transport.aclose()

    def __repr__(self) -> str:
        return f"Upstream({', '.join(self.settings.upstreams)})"


def upload_deadline(timeout: float, length: int) -> float:
    """Seconds an upload of ``length`` bytes may take end to end: the plain calls' ``timeout``
    plus the time the body needs at :data:`UPLOAD_FLOOR_RATE`."""
    return timeout + length / UPLOAD_FLOOR_RATE


def caller_headers(headers: dict[str, str]) -> dict[str, str]:
    """The credential headers of a caller to pass through (lower-case ``headers`` in)."""
    out: dict[str, str] = {}
    if "authorization" in headers:
        out["Authorization"] = headers["authorization"]
    for part in headers.get("cookie", "").split(";"):
        name, _, value = part.strip().partition("=")
        if name == "PVEAuthCookie":
            out["Cookie"] = f"PVEAuthCookie={value}"
    if "csrfpreventiontoken" in headers:
        out["CSRFPreventionToken"] = headers["csrfpreventiontoken"]
    return out


def is_ticket_login(auth: Auth) -> bool:
    return isinstance(auth, TicketAuth)
