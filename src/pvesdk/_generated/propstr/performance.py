# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Performance`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from pydantic import Field

from pvesdk._propstr import PropertyString

__all__ = ["Performance"]


class Performance(PropertyString):
    """Other performance-related settings.

    Syntax: ``[max-workers=<integer>] [,pbs-entries-max=<integer>]``"""

    max_workers: int | None = Field(default=None, alias="max-workers")

    pbs_entries_max: int | None = Field(default=None, alias="pbs-entries-max")
