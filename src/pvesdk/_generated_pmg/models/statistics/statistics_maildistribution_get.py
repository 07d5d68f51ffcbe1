# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models of ``GET /statistics/maildistribution``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "StatisticsMaildistributionGetResultItem",
]


class StatisticsMaildistributionGetResultItem(PveModel):
    """Result object ``StatisticsMaildistributionGetResultItem``."""

    bounces_in: float
    """Incoming bounce mail count (sender = <>)."""

    bounces_out: float
    """Outgoing bounce mail count (sender = <>)."""

    count: float
    """Overall mail count (in and out)."""

    count_in: float
    """Incoming mail count."""

    count_out: float
    """Outgoing mail count."""

    index: int
    """Hour (0-23)."""

    spamcount_in: float
    """Incoming spam mails (spamcount_in + glcount + spfcount)."""

    spamcount_out: float
    """Outgoing spam mails."""

    viruscount_in: float
    """Number of incoming virus mails."""

    viruscount_out: float
    """Number of outgoing virus mails."""
