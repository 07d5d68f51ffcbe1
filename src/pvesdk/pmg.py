"""The typed Proxmox Mail Gateway API (6.3), generated from PMG's own schema like the PVE tree.

``api(client)`` is a client's PMG tree; the client talks to the gateway with ``service="pmg"``
(port 8006, the ``PMGAuthCookie`` ticket; PMG has no API tokens)::

    from pvesdk import PveClient
    from pvesdk.pmg import api

    pmg = api(PveClient("pmg1", service="pmg", user="root@pam", password="…"))
    pmg.version.get().version                          # str
    pmg.nodes.node("pmg1").postfix.queue.get()          # the mail queues

``async_api(AsyncPveClient(...))`` is the same tree for ``await``. Result models are in
``pvesdk.pmg.models`` (imported on first use), ``API_VERSION`` names the release.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._generated_pmg import API_VERSION as API_VERSION
from ._generated_pmg.api import api as api
from ._generated_pmg.api import async_api as async_api

if TYPE_CHECKING:
    from ._generated_pmg import models as models

__all__ = ["API_VERSION", "api", "async_api", "models"]


def __getattr__(name: str) -> Any:
    if name == "models":
        from ._generated_pmg import models

        return models
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
