# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``NextId`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from pvesdk._propstr import PropertyString

__all__ = ["NextId"]


class NextId(PropertyString):
    """Control the range for the free VMID auto-selection pool.

    Syntax: ``[lower=<integer>] [,upper=<integer>]``"""

    lower: int | None = None
    """Lower, inclusive boundary for free next-id API range.
    Range: 100 to 999999999.
    Default: ``100``."""

    upper: int | None = None
    """Upper, exclusive boundary for free next-id API range.
    Range: 100 to 1000000000.
    Default: ``1000000``."""
