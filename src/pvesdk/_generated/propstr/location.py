# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Location`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar

from pvesdk._propstr import PropertyString

__all__ = ["Location"]


class Location(PropertyString):
    """The location of the cluster.

    Syntax: ``latitude=<number> ,longitude=<number> [,name=<name>]``"""

    __pve_required__: ClassVar[tuple[str, ...]] = (
        "latitude",
        "longitude",
    )

    latitude: float
    """The latitude of the nodes location in degrees.
    Range: -90 to 90."""

    longitude: float
    """The longitude of the nodes location in degrees.
    Range: -180 to 180."""

    name: str | None = None
    """The name of the location of this node
    Length: 0 to 128."""
