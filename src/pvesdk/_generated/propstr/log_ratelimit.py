# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``LogRatelimit`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar

from pvesdk._propstr import PropertyString

__all__ = ["LogRatelimit"]


class LogRatelimit(PropertyString):
    """Log ratelimiting settings

    Syntax: ``[enable=]<1|0> [,burst=<integer>] [,rate=<rate>]``"""

    __pve_default_key__: ClassVar[str | None] = "enable"

    enable: bool
    """Enable or disable log rate limiting
    Default: 1."""

    burst: int | None = None
    """Initial burst of packages which will always get logged before the rate is applied
    Range: 0 to inf.
    Default: ``5``."""

    rate: str | None = None
    """Frequency with which the burst bucket gets refilled
    Pattern: ``^[1-9][0-9]*\\/(second|minute|hour|day)$``.
    Default: ``1/second``."""
