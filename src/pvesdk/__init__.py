"""pvesdk: a typed Python SDK for the Proxmox VE API.

    from pvesdk import PveClient
    client = PveClient("pve1.example.com", user="root@pam", token_name="ci", token_value="…")
    cfg = client.nodes.node("pve1").qemu.vmid(100).config.get()

Names are loaded on first use (PEP 562), so ``import pvesdk`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .auth import Auth as Auth
    from .auth import TicketAuth as TicketAuth
    from .auth import TokenAuth as TokenAuth
    from .client import AsyncPveClient as AsyncPveClient
    from .client import PveClient as PveClient
    from .errors import AuthenticationError as AuthenticationError
    from .errors import MethodNotImplementedError as MethodNotImplementedError
    from .errors import NotFoundError as NotFoundError
    from .errors import ParameterError as ParameterError
    from .errors import PermissionDeniedError as PermissionDeniedError
    from .errors import PveApiError as PveApiError
    from .errors import PveCertificateError as PveCertificateError
    from .errors import PveConnectionError as PveConnectionError
    from .errors import PveError as PveError
    from .errors import PveProtocolError as PveProtocolError
    from .errors import PveResultError as PveResultError
    from .errors import PveTimeoutError as PveTimeoutError
    from .errors import ServerError as ServerError
    from .errors import UpstreamConnectionError as UpstreamConnectionError
    from .tasks import AsyncTask as AsyncTask
    from .tasks import Task as Task
    from .tasks import TaskFailed as TaskFailed
    from .tasks import TaskResult as TaskResult
    from .transport import AsyncTransport as AsyncTransport
    from .transport import Request as Request
    from .transport import Response as Response
    from .transport import Transport as Transport

_EXPORTS = {
    "Auth": "auth",
    "TicketAuth": "auth",
    "TokenAuth": "auth",
    "AsyncPveClient": "client",
    "PveClient": "client",
    "AuthenticationError": "errors",
    "MethodNotImplementedError": "errors",
    "NotFoundError": "errors",
    "ParameterError": "errors",
    "PermissionDeniedError": "errors",
    "PveApiError": "errors",
    "PveCertificateError": "errors",
    "PveConnectionError": "errors",
    "PveError": "errors",
    "PveProtocolError": "errors",
    "PveResultError": "errors",
    "PveTimeoutError": "errors",
    "ServerError": "errors",
    "UpstreamConnectionError": "errors",
    "AsyncTask": "tasks",
    "Task": "tasks",
    "TaskFailed": "tasks",
    "TaskResult": "tasks",
    "AsyncTransport": "transport",
    "Request": "transport",
    "Response": "transport",
    "Transport": "transport",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'pvesdk' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
