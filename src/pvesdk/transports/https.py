"""The https transport on httpx: one connection pool per client, API-token auth, TLS verification.

Parameters travel as Proxmox expects: the query string for GET/DELETE, a form-encoded body for
POST/PUT. Network failures become :class:`~pvesdk.errors.PveConnectionError` (or its timeout
subclass); the error statuses are left to the client, which decodes every transport alike.
"""

from __future__ import annotations

import os
import ssl
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Self
from urllib.parse import urlencode

import httpx

from ..auth import Auth
from ..errors import PveConnectionError, PveTimeoutError
from ..transport import Request, Response

__all__ = ["AsyncHttpsTransport", "HttpsTransport", "base_url"]

_FORM = {"Content-Type": "application/x-www-form-urlencoded"}
_ENV = ("http_proxy", "https_proxy", "all_proxy", "no_proxy", "ssl_cert_file", "ssl_cert_dir")
_BODY_METHODS = frozenset({"POST", "PUT"})


def base_url(host: str, port: int = 8006, path: str = "/api2/json") -> str:
    """``https://host:port/api2/json``; ``host`` may also be a full URL (kept as given)."""
    if "://" in host:
        return host.rstrip("/")
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"  # an IPv6 literal
    return f"https://{host}:{port}{path}"


def _env_matters() -> bool:
    """Whether httpx must read the environment (proxies, CA overrides) at all.

    httpx's environment lookup imports ``urllib.request`` (over 10 ms); skip it when no variable
    it would honour is set.
    """
    return any(key.lower() in _ENV for key, value in os.environ.items() if value)


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    return httpx.Timeout(value, connect=min(value, 10.0) if value else None)


def _split(request: Request) -> tuple[list[tuple[str, str]] | None, bytes | None]:
    if request.method in _BODY_METHODS:
        return None, urlencode(request.params).encode() if request.params else b""
    return request.params or None, None


def _wrap(request: Request, exc: httpx.TransportError) -> Exception:
    where = f"{request.method} {request.path}"
    if isinstance(exc, httpx.TimeoutException):
        return PveTimeoutError(f"{where}: timed out ({type(exc).__name__})")
    return PveConnectionError(f"{where}: {type(exc).__name__}: {exc}")


class _Base:
    def __init__(
        self,
        host: str,
        *,
        port: int = 8006,
        auth: Auth | None = None,
        verify: bool | str = True,  # False, or a CA bundle file
        timeout: float | httpx.Timeout | None = 30.0,
        headers: Mapping[str, str] | None = None,
        path: str = "/api2/json",
    ) -> None:
        self.url = base_url(host, port, path)
        self.auth = auth
        self._verify: bool | ssl.SSLContext = (
            ssl.create_default_context(cafile=verify) if isinstance(verify, str) else verify
        )
        self._timeout = _timeout(timeout)
        self._headers = {"Accept": "application/json", **(headers or {})}

    def _headers_for(self, request: Request) -> dict[str, str]:
        headers = dict(self._headers)
        if self.auth is not None:
            headers.update(self.auth.headers(request.method))
        if request.method in _BODY_METHODS:
            headers.update(_FORM)
        return headers

    def _request_args(self, request: Request) -> dict[str, Any]:
        params, content = _split(request)
        args: dict[str, Any] = {
            "params": params,
            "content": content,
            "headers": self._headers_for(request),
        }
        if request.timeout is not None:
            args["timeout"] = request.timeout
        return args

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.url!r}, auth={self.auth!r})"


class HttpsTransport(_Base):
    """Synchronous https transport (``httpx.Client`` underneath, or one you pass in)."""

    def __init__(self, host: str, *, client: httpx.Client | None = None, **kwargs: Any) -> None:
        super().__init__(host, **kwargs)
        self._client = client or httpx.Client(
            verify=self._verify, timeout=self._timeout, trust_env=_env_matters()
        )

    def handle_request(self, request: Request) -> Response:
        try:
            r = self._client.request(
                request.method, self.url + request.path, **self._request_args(request)
            )
        except httpx.TransportError as exc:
            raise _wrap(request, exc) from None
        return Response(r.status_code, r.reason_phrase, r.content, r.headers)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncHttpsTransport(_Base):
    """Asynchronous https transport (``httpx.AsyncClient`` underneath, or one you pass in)."""

    def __init__(
        self, host: str, *, client: httpx.AsyncClient | None = None, **kwargs: Any
    ) -> None:
        super().__init__(host, **kwargs)
        self._client = client or httpx.AsyncClient(
            verify=self._verify, timeout=self._timeout, trust_env=_env_matters()
        )

    async def handle_async_request(self, request: Request) -> Response:
        try:
            r = await self._client.request(
                request.method, self.url + request.path, **self._request_args(request)
            )
        except httpx.TransportError as exc:
            raise _wrap(request, exc) from None
        return Response(r.status_code, r.reason_phrase, r.content, r.headers)

    async def aclose(self) -> None:
        await self._client.aclose()
