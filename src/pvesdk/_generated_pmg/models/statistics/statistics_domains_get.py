# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models of ``GET /statistics/domains``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "StatisticsDomainsGetResultItem",
]


class StatisticsDomainsGetResultItem(PveModel):
    """Result object ``StatisticsDomainsGetResultItem``."""

    bytes_in: float
    """Incoming mail traffic (Bytes)."""

    bytes_out: float
    """Outgoing mail traffic (Bytes)."""

    count_in: float
    """Incoming mail count."""

    count_out: float
    """Outgoing mail count."""

    domain: str
    """Domain name."""

    spamcount_in: float
    """Incoming spam mails."""

    spamcount_out: float
    """Outgoing spam mails."""

    viruscount_in: float
    """Number of incoming virus mails."""

    viruscount_out: float
    """Number of outgoing virus mails."""
