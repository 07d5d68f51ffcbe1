# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``DraidConfig`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar

from pvesdk._propstr import PropertyString

__all__ = ["DraidConfig"]


class DraidConfig(PropertyString):
    """Property string ``DraidConfig``.

    Syntax: ``data=<integer> ,spares=<integer>``"""

    __pve_required__: ClassVar[tuple[str, ...]] = (
        "data",
        "spares",
    )

    data: int
    """The number of data devices per redundancy group. (dRAID)
    Range: 1 to inf."""

    spares: int
    """Number of dRAID spares.
    Range: 0 to inf."""
