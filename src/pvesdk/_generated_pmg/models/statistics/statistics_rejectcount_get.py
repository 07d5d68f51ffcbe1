# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models of ``GET /statistics/rejectcount``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "StatisticsRejectcountGetResultItem",
]


class StatisticsRejectcountGetResultItem(PveModel):
    """Result object ``StatisticsRejectcountGetResultItem``."""

    index: int
    """Time index."""

    pregreet_rejects: int
    """PREGREET recject count."""

    rbl_rejects: int
    """RBL recject count."""

    time: int
    """Time (Unix epoch)."""
