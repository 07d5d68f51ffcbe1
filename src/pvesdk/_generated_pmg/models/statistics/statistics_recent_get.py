# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models of ``GET /statistics/recent``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "StatisticsRecentGetResultItem",
]


class StatisticsRecentGetResultItem(PveModel):
    """Result object ``StatisticsRecentGetResultItem``."""

    bytes_in: float
    """Number of incoming bytes mails."""

    bytes_out: float
    """Number of outgoing bytes mails."""

    count: float
    """Overall mail count (in and out)."""

    count_in: float
    """Incoming mail count."""

    count_out: float
    """Outgoing mail count."""

    index: int
    """Time index."""

    spam: float
    """Overall spam mail count (in and out)."""

    spam_in: float
    """Incoming spam mails (spamcount_in + glcount + spfcount)."""

    spam_out: float
    """Outgoing spam mails."""

    time: int
    """Time (Unix epoch)."""

    timespan: float
    """Timespan in seconds for one data point"""

    virus_in: float
    """Number of incoming virus mails."""

    virus_out: float
    """Number of outgoing virus mails."""
