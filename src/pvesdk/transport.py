"""The seam between the typed client and the wire: one request type, one response type, and
a sync and an async transport protocol with one method each.

A transport receives a request whose parameters are already in wire form (strings; booleans as
``1``/``0``; families expanded) and returns the raw response. It knows nothing about types; the
client knows nothing about sockets. https, ssh, a local ``pvesh`` and the in-memory mock all
implement these protocols, so everything above them is written once.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, Self, runtime_checkable

from .errors import PveProtocolError, error_for_status

if TYPE_CHECKING:
    from .upload import MultipartFile

__all__ = [
    "AsyncBaseTransport",
    "AsyncTransport",
    "BaseTransport",
    "Request",
    "Response",
    "Transport",
    "checked_transport",
    "decode_response",
]


# Plain slotted classes rather than dataclasses: importing `dataclasses` alone costs milliseconds
# on every cold start.
class Request:
    """One API call.

    ``path`` is below the API base (``/nodes/pve1/qemu``), each segment already percent-encoded.
    ``params`` are query parameters for GET/DELETE and the form body for POST/PUT.
    """

    __slots__ = ("body", "method", "params", "path", "timeout")

    def __init__(
        self,
        method: str,
        path: str,
        params: Sequence[tuple[str, str]] = (),
        timeout: float | None = None,
        body: MultipartFile | None = None,
    ) -> None:
        self.method = method
        self.path = path
        self.params = list(params)
        self.timeout = timeout
        self.body = body  # a file upload; then `params` travel inside it

    def __repr__(self) -> str:
        # Names only: values may be a password, a ticket or an OTP (the ticket login's form).
        names = [name for name, _ in self.params]
        return f"Request({self.method!r}, {self.path!r}, params={names!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Request):
            return NotImplemented
        return (self.method, self.path, self.params, self.timeout) == (
            other.method,
            other.path,
            other.params,
            other.timeout,
        )

    __hash__ = None  # type: ignore[assignment]


class Response:
    """What came back: status, reason phrase (Proxmox's message) and the raw body."""

    __slots__ = ("content", "headers", "reason", "status")

    def __init__(
        self, status: int, reason: str, content: bytes, headers: Mapping[str, str] | None = None
    ) -> None:
        self.status = status
        self.reason = reason
        self.content = content
        self.headers: Mapping[str, str] = headers if headers is not None else {}

    def __repr__(self) -> str:
        return f"Response({self.status}, {self.reason!r}, {len(self.content)} bytes)"


@runtime_checkable
class Transport(Protocol):
    """What :class:`~pvesdk.PveClient` needs of a transport: send one request, and close.

    Subclass :class:`BaseTransport` to get ``close()`` and ``with`` for free.
    """

    def handle_request(self, request: Request) -> Response:
        """Send ``request``; the answer as it came (error statuses included)."""
        ...

    def close(self) -> None:
        """Release what the transport holds (connections, processes)."""
        ...


@runtime_checkable
class AsyncTransport(Protocol):
    """What :class:`~pvesdk.AsyncPveClient` needs of a transport: send one request, and close.

    Subclass :class:`AsyncBaseTransport` to get ``aclose()`` and ``async with`` for free.
    """

    async def handle_async_request(self, request: Request) -> Response:
        """Send ``request``; the answer as it came (error statuses included)."""
        ...

    async def aclose(self) -> None:
        """Release what the transport holds (connections)."""
        ...


class Closeable:
    """``with obj:`` calls :meth:`close` on the way out (transports and clients alike)."""

    def close(self) -> None:
        """Release what is held; the default holds nothing."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncCloseable:
    """``async with obj:`` awaits :meth:`aclose` on the way out."""

    async def aclose(self) -> None:
        """Release what is held; the default holds nothing."""

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


class BaseTransport(Closeable):
    """Base of synchronous transports (httpx's ``BaseTransport`` is the model): subclasses
    implement :meth:`handle_request`; :meth:`close` releases what the transport holds (nothing by
    default), and ``with transport:`` closes it on the way out."""

    def handle_request(self, request: Request) -> Response:
        """Send ``request``, return the answer as it came (error statuses included).

        Raises:
            NotImplementedError: the subclass does not implement it.
            PveConnectionError: (in subclasses) the request could not be delivered.
        """
        raise NotImplementedError


class AsyncBaseTransport(AsyncCloseable):
    """Base of asynchronous transports: :meth:`handle_async_request`, :meth:`aclose`, and
    ``async with transport:``."""

    async def handle_async_request(self, request: Request) -> Response:
        """Send ``request``, return the answer as it came (error statuses included).

        Raises:
            NotImplementedError: the subclass does not implement it.
            PveConnectionError: (in subclasses) the request could not be delivered.
        """
        raise NotImplementedError


def checked_transport(transport: object, is_async: bool) -> Any:
    """``transport`` once it is known to follow the (async) transport contract.

    Raises:
        TypeError: a method of the contract is missing (the message names it).
    """
    contract: type = AsyncTransport if is_async else Transport
    if not isinstance(transport, contract):
        names = ("handle_async_request", "aclose") if is_async else ("handle_request", "close")
        missing = [name for name in names if not callable(getattr(transport, name, None))]
        base = "AsyncBaseTransport" if is_async else "BaseTransport"
        raise TypeError(
            f"transport {type(transport).__name__} lacks {', '.join(missing)}() "
            f"(subclass pvesdk.transport.{base} for the defaults)"
        )
    return transport


def decode_response(
    request: Request, response: Response, extras: dict[str, Any] | None = None
) -> Any:
    """The ``data`` of a success envelope, or the matching :class:`~pvesdk.errors.PveApiError`.

    ``extras``, when given, receives the envelope's other keys (``total`` of paged lists).

    Raises:
        PveApiError: an error status (the subclass for it: ParameterError, NotFoundError, …),
            with Proxmox's message and per-parameter ``errors``.
        PveProtocolError: a 2xx answer that is not JSON or has no ``{"data": …}`` envelope.
    """
    status = response.status
    if 200 <= status < 300:
        if not response.content:
            return None
        try:
            payload = json.loads(response.content)
        except ValueError:
            raise PveProtocolError(
                f"{request.method} {request.path}: response is not JSON "
                f"(status {status}, {len(response.content)} bytes)"
            ) from None
        if not isinstance(payload, dict):
            raise PveProtocolError(
                f"{request.method} {request.path}: response has no {{'data': …}} envelope"
            )
        if extras is not None:
            extras.update((key, value) for key, value in payload.items() if key != "data")
        return payload.get("data")
    errors: dict[str, str] = {}
    message = response.reason
    if response.content:
        try:
            payload = json.loads(response.content)
        except ValueError:
            payload = None
        if isinstance(payload, dict):
            raw = payload.get("errors")
            if isinstance(raw, dict):
                errors = {str(name): str(text).strip() for name, text in raw.items()}
            if not message and isinstance(payload.get("message"), str):
                message = payload["message"].strip()
    raise error_for_status(
        status, message or "error", errors=errors, method=request.method, path=request.path
    )
