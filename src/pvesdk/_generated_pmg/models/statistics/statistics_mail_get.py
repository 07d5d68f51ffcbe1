# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models of ``GET /statistics/mail``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "StatisticsMailGetResult",
]


class StatisticsMailGetResult(PveModel):
    """Result object ``StatisticsMailGetResult``."""

    avptime: float
    """Average mail processing time in seconds."""

    bounces_in: float
    """Incoming bounce mail count (sender = <>)."""

    bounces_out: float
    """Outgoing bounce mail count (sender = <>)."""

    bytes_in: float
    """Incoming mail traffic (bytes)."""

    bytes_out: float
    """Outgoing mail traffic (bytes)."""

    count: float
    """Overall mail count (in and out)."""

    count_in: float
    """Incoming mail count."""

    count_out: float
    """Outgoing mail count."""

    glcount: float
    """Number of greylisted mails."""

    junk_in: float
    """Incoming junk mail count (viruscount_in + spamcount_in + glcount + spfcount + rbl_rejects + pregreet_rejects)."""

    junk_out: float
    """Outgoing junk mail count (viruscount_out + spamcount_out)."""

    pregreet_rejects: int
    """PREGREET recject count."""

    rbl_rejects: int
    """Number of RBL rejects."""

    spamcount_in: float
    """Incoming spam mails."""

    spamcount_out: float
    """Outgoing spam mails."""

    spfcount: float
    """Mails rejected by SPF."""

    viruscount_in: float
    """Number of incoming virus mails."""

    viruscount_out: float
    """Number of outgoing virus mails."""
