"""The Litestar app factory. For now it answers ``/api2/json/version`` like a PVE 9.2 host and
every other API path the way Proxmox answers an unknown one (501, message in the status line);
the stateful mock cluster plugs in behind the same factory.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from litestar import Litestar, Request, Response, get
from litestar.exceptions import NotFoundException
from litestar.status_codes import HTTP_501_NOT_IMPLEMENTED

__all__ = ["ServerSettings", "create_app"]

_JSON = "application/json;charset=UTF-8"


@dataclass(frozen=True)
class ServerSettings:
    version: str = "9.2"
    release: str = "9.2"
    repoid: str = "pvesdk-mock"


def _not_implemented(request: Request[Any, Any, Any], exc: Exception) -> Response[bytes]:
    """Proxmox has no 404 for API paths: an unknown one is ``501 Method '…' not implemented``."""
    return Response(
        content=b'{"data":null}', status_code=HTTP_501_NOT_IMPLEMENTED, media_type=_JSON
    )


def create_app(settings: ServerSettings | None = None) -> Litestar:
    """A Litestar app serving the Proxmox API under ``/api2/json``."""
    config = settings or ServerSettings()

    @get("/api2/json/version", sync_to_thread=False)
    def version() -> Response[dict[str, object]]:
        data = {"version": config.version, "release": config.release, "repoid": config.repoid}
        return Response({"data": data}, media_type=_JSON)

    return Litestar(
        route_handlers=[version],
        exception_handlers={NotFoundException: _not_implemented},
        openapi_config=None,
    )
