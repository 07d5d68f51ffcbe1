"""One error hierarchy for every transport, rooted at :class:`PveError`.

Proxmox reports failures with an HTTP status, a message in the reason phrase, and for parameter
errors a per-field ``errors`` dict in the body. :func:`error_for_status` maps those onto the
classes below, so ``except pvesdk.ParameterError as e: e.errors["vmid"]`` works the same whether
the call went over https, ssh or a local ``pvesh``. Messages never contain credentials.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = [
    "AuthenticationError",
    "MethodNotImplementedError",
    "NotFoundError",
    "ParameterError",
    "PermissionDeniedError",
    "PveApiError",
    "PveCertificateError",
    "PveConnectionError",
    "PveError",
    "PveProtocolError",
    "PveResultError",
    "PveTimeoutError",
    "ServerError",
    "UpstreamConnectionError",
    "error_for_status",
]


class PveError(Exception):
    """Base of every error pvesdk raises."""


class PveConnectionError(PveError):
    """The API could not be reached (DNS, refused connection, TLS failure, broken connection).

    Attributes:
        sent: Whether the request may have reached the server. ``False``: certainly not (refused,
            unresolvable, TLS failure, a pooled connection found dead before a byte was written),
            so it is safe to send again. ``True``: some of it was written, so a write may have
            been executed. ``None``: the transport cannot tell (ssh, pvesh).
    """

    def __init__(self, message: str, *, sent: bool | None = None) -> None:
        super().__init__(message)
        self.sent = sent


class PveTimeoutError(PveConnectionError):
    """The API did not answer in time (the call's deadline or the connect timeout passed)."""


class PveCertificateError(PveConnectionError):
    """The server's TLS certificate is not trusted, or does not have the pinned fingerprint
    (the message names the fingerprint presented). Never sent: no request byte left."""


class PveProtocolError(PveError):
    """The API answered with something that is not a Proxmox API response."""


class PveResultError(PveProtocolError):
    """A successful answer whose ``data`` does not fit the type the schema declares, where no
    lenient reading applies (a string where an object is declared, an object where a list is).

    Attributes:
        operation: The operation as the schema names it, e.g. ``GET /nodes/{node}/qemu``.
        field: Where in the result, e.g. ``data``, ``data.cores``, ``data[3].vmid``.
        problem: What did not fit (never the value itself: a result may hold a ticket).
    """

    def __init__(self, operation: str, field: str, problem: str) -> None:
        super().__init__(f"{operation}: result {field} does not fit: {problem}")
        self.operation = operation
        self.field = field
        self.problem = problem


class PveApiError(PveError):
    """The API answered with an error status.

    Attributes:
        status: HTTP status code (``400``, ``403``, ``500``, …).
        message: Proxmox's message (the HTTP reason phrase), e.g. ``Parameter verification failed.``
        errors: Per-parameter messages (``{"vmid": "type check ('integer') failed - got 'abc'"}``).
        method, path: The request that failed (path below ``/api2/json``).
    """

    def __init__(
        self,
        status: int,
        message: str,
        *,
        errors: Mapping[str, str] | None = None,
        method: str = "",
        path: str = "",
    ) -> None:
        self.status = status
        self.message = message
        self.errors: dict[str, str] = dict(errors or {})
        self.method = method
        self.path = path
        super().__init__(self._describe())

    def _describe(self) -> str:
        where = f"{self.method} {self.path}: " if self.method else ""
        text = f"{where}{self.status} {self.message}".rstrip()
        if self.errors:
            text += " (" + "; ".join(f"{k}: {v}" for k, v in sorted(self.errors.items())) + ")"
        return text


class ParameterError(PveApiError):
    """400: a parameter failed Proxmox's verification; see :attr:`errors`."""


class AuthenticationError(PveApiError):
    """401: missing, wrong or expired credentials (or a missing CSRF token)."""


class PermissionDeniedError(PveApiError):
    """403: the user or token lacks a privilege, e.g. ``Permission check failed (/vms/100, …)``."""


class NotFoundError(PveApiError):
    """404: rare on Proxmox (unknown API paths answer 501); some file downloads use it."""


class ServerError(PveApiError):
    """5xx: the operation failed on the server, e.g. ``VM 100 already exists on node 'pve1'``."""


class MethodNotImplementedError(ServerError):
    """501: no such API path or method: ``Method 'GET /nodes/pve1/nosuch' not implemented``."""


class UpstreamConnectionError(ServerError):
    """595/596: the node the request was forwarded to (``proxyto``) could not be reached."""


def error_for_status(
    status: int,
    message: str,
    *,
    errors: Mapping[str, str] | None = None,
    method: str = "",
    path: str = "",
) -> PveApiError:
    """The exception for one error response."""
    cls: type[PveApiError]
    if status == 400:
        cls = ParameterError
    elif status == 401:
        cls = AuthenticationError
    elif status == 403:
        cls = PermissionDeniedError
    elif status == 404:
        cls = NotFoundError
    elif status == 501:
        cls = MethodNotImplementedError
    elif status in (595, 596):
        cls = UpstreamConnectionError
    elif status >= 500:
        cls = ServerError
    else:
        cls = PveApiError
    return cls(status, message, errors=errors, method=method, path=path)
