# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models of ``GET /statistics/receiver``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "StatisticsReceiverGetResultItem",
]


class StatisticsReceiverGetResultItem(PveModel):
    """Result object ``StatisticsReceiverGetResultItem``."""

    bytes: float
    """Mail traffic (Bytes)."""

    receiver: str
    """Sender email."""

    count: float | None = None
    """Mail count."""

    spamcount: float | None = None
    """Number of sent spam mails."""

    viruscount: float | None = None
    """Number of sent virus mails."""
