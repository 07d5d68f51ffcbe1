# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models of ``GET /statistics/sender/{sender}``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "StatisticsSenderSenderGetResultItem",
]


class StatisticsSenderSenderGetResultItem(PveModel):
    """Result object ``StatisticsSenderSenderGetResultItem``."""

    blocked: bool
    """Mail was blocked."""

    bytes: float
    """Mail traffic (Bytes)."""

    receiver: str
    """Receiver email."""

    spamlevel: float
    """Spam score."""

    time: int
    """Receive time stamp"""

    virusinfo: str | None = None
    """Virus name."""
