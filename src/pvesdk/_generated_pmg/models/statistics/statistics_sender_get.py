# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models of ``GET /statistics/sender``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "StatisticsSenderGetResultItem",
]


class StatisticsSenderGetResultItem(PveModel):
    """Result object ``StatisticsSenderGetResultItem``."""

    bytes: float
    """Mail traffic (Bytes)."""

    sender: str
    """Sender email."""

    count: float | None = None
    """Mail count."""

    viruscount: float | None = None
    """Number of sent virus mails."""
