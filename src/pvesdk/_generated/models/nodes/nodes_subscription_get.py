# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/subscription``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "NodesSubscriptionGetResult",
]


class NodesSubscriptionGetResult(PveModel):
    """Result object ``NodesSubscriptionGetResult``."""

    status: Literal["new", "notfound", "active", "invalid", "expired", "suspended"] | str
    """The current subscription status."""

    checktime: int | None = None
    """Timestamp of the last check done."""

    key: str | None = None
    """The subscription key, if set and permitted to access."""

    level: str | None = None
    """A short code for the subscription level."""

    message: str | None = None
    """A more human readable status message."""

    nextduedate: str | None = None
    """Next due date of the set subscription."""

    productname: str | None = None
    """Human readable productname of the set subscription."""

    regdate: str | None = None
    """Register date of the set subscription."""

    serverid: str | None = None
    """The server ID, if permitted to access."""

    signature: str | None = None
    """Signature for offline keys"""

    sockets: int | None = None
    """The number of sockets for this host."""

    url: str | None = None
    """URL to the web shop."""
