# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models of ``GET /quarantine/content``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "QuarantineContentGetResult",
]


class QuarantineContentGetResult(PveModel):
    """Result object ``QuarantineContentGetResult``."""

    bytes: int
    """Size of raw email."""

    content: str
    """Raw email data (first 4096 bytes). Useful for preview. NOTE: The  'htmlmail' formatter displays the whole email."""

    envelope_sender: str
    """SMTP envelope sender."""

    from_: str = Field(alias="from")
    """Header 'From' field."""

    header: str
    """Raw email header data."""

    id: str
    """Unique ID"""

    receiver: str
    """Receiver email address"""

    spaminfo: list[Any]
    """Information about matched spam tests (name, score, desc, url)."""

    spamlevel: float
    """Spam score."""

    subject: str
    """Header 'Subject' field."""

    time: int
    """Receive time stamp"""

    sender: str | None = None
    """Header 'Sender' field."""
