# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``PrefixListsEntries2`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import Literal

from pvesdk._propstr import PropertyString

__all__ = ["PrefixListsEntries2"]


class PrefixListsEntries2(PropertyString):
    """Property string ``PrefixListsEntries2``."""

    action: Literal["permit", "deny"] | None = None

    ge: int | None = None
    """Range: 0 to 128."""

    le: int | None = None
    """Range: 0 to 128."""

    prefix: str | None = None
    """Format: ``FullRangeCIDR``."""

    seq: int | None = None
    """Range: 1 to 4294967295."""
