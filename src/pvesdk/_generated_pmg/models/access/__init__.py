# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models for ``access``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_get import AccessGetResultItem as AccessGetResultItem
    from .access_ticket_post import AccessTicketPostResult as AccessTicketPostResult
    from .access_users_get import AccessUsersGetResultItem as AccessUsersGetResultItem

__all__ = [
    "AccessGetResultItem",
    "AccessTicketPostResult",
    "AccessUsersGetResultItem",
]

_INDEX: dict[str, str] = {
    "AccessGetResultItem": "access_get",
    "AccessUsersGetResultItem": "access_users_get",
    "AccessTicketPostResult": "access_ticket_post",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
