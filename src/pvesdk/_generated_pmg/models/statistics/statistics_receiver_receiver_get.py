# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models of ``GET /statistics/receiver/{receiver}``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "StatisticsReceiverReceiverGetResultItem",
]


class StatisticsReceiverReceiverGetResultItem(PveModel):
    """Result object ``StatisticsReceiverReceiverGetResultItem``."""

    blocked: bool
    """Mail was blocked."""

    bytes: float
    """Mail traffic (Bytes)."""

    sender: str
    """Sender email."""

    spamlevel: float
    """Spam score."""

    time: int
    """Receive time stamp"""

    virusinfo: str | None = None
    """Virus name."""
