# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models of ``GET /quarantine/spam``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "QuarantineSpamGetResultItem",
]


class QuarantineSpamGetResultItem(PveModel):
    """Result object ``QuarantineSpamGetResultItem``."""

    bytes: int
    """Size of raw email."""

    envelope_sender: str
    """SMTP envelope sender."""

    from_: str = Field(alias="from")
    """Header 'From' field."""

    id: str
    """Unique ID"""

    receiver: str
    """Receiver email address"""

    spamlevel: float
    """Spam score."""

    subject: str
    """Header 'Subject' field."""

    time: int
    """Receive time stamp"""

    sender: str | None = None
    """Header 'Sender' field."""
