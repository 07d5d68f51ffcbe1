# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models of ``GET /nodes/{node}/tracker``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "NodesNodeTrackerGetResultItem",
]


class NodesNodeTrackerGetResultItem(PveModel):
    """Result object ``NodesNodeTrackerGetResultItem``."""

    dstatus: str
    """Delivery status."""

    from_: str = Field(alias="from")
    """Sender email address."""

    id: str
    """Unique ID."""

    time: int
    """Delivery timestamp."""

    to: str
    """Receiver email address."""

    client: str | None = None
    """Client address"""

    msgid: str | None = None
    """SMTP message ID."""

    qid: str | None = None
    """Postfix qmgr ID."""

    relay: str | None = None
    """ID of relayed mail."""

    rstatus: str | None = None
    """Delivery status of relayed mail."""

    size: float | None = None
    """The size of the raw email."""
