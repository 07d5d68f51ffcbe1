# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``PrefixListsEntries`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pvesdk._propstr import PropertyString

__all__ = ["PrefixListsEntries"]


class PrefixListsEntries(PropertyString):
    """Property string ``PrefixListsEntries``."""

    __pve_required__: ClassVar[tuple[str, ...]] = (
        "action",
        "prefix",
    )

    action: Literal["permit", "deny"]

    prefix: str
    """Format: ``FullRangeCIDR``."""

    ge: int | None = None
    """Range: 0 to 128."""

    le: int | None = None
    """Range: 0 to 128."""

    seq: int | None = None
    """Range: 1 to 4294967295."""
