# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``PruneBackups`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from pydantic import Field

from pvesdk._propstr import PropertyString

__all__ = ["PruneBackups"]


class PruneBackups(PropertyString):
    """Use these retention options instead of those from the storage configuration.

    Syntax: ``[keep-all=<1|0>] [,keep-daily=<N>] [,keep-hourly=<N>] [,keep-last=<N>] [,keep-monthly=<N>] [,keep-weekly=<N>] [,keep-yearly=<N>]``"""

    keep_all: bool | None = Field(default=None, alias="keep-all")

    keep_daily: str | None = Field(default=None, alias="keep-daily")
    """N"""

    keep_hourly: str | None = Field(default=None, alias="keep-hourly")
    """N"""

    keep_last: str | None = Field(default=None, alias="keep-last")
    """N"""

    keep_monthly: str | None = Field(default=None, alias="keep-monthly")
    """N"""

    keep_weekly: str | None = Field(default=None, alias="keep-weekly")
    """N"""

    keep_yearly: str | None = Field(default=None, alias="keep-yearly")
    """N"""
