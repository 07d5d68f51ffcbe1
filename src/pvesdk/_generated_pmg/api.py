# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""The API tree of Proxmox PMG 6.3 on a pvesdk client.

``api(PveClient(...))`` (``async_api(AsyncPveClient(...))``) is the client's tree as release
6.3 declares it: its paths, parameters and result models.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .aio.root import Api as _AsyncRoot
from .sync.root import Api as _SyncRoot

if TYPE_CHECKING:
    from pvesdk import AsyncPveClient, PveClient

__all__ = ["api", "async_api"]


def api(client: PveClient) -> _SyncRoot:
    """``client``'s API tree for 6.3: ``api(client).nodes.node("pve1")…``."""
    return _SyncRoot(client, "")


def async_api(client: AsyncPveClient) -> _AsyncRoot:
    """``client``'s async API tree for 6.3 (``await`` each call)."""
    return _AsyncRoot(client, "")
