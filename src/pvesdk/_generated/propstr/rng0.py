# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Rng0`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pvesdk._propstr import PropertyString

__all__ = ["Rng0"]


class Rng0(PropertyString):
    """Configure a VirtIO-based Random Number Generator.

    Syntax: ``[source=]</dev/urandom|/dev/random|/dev/hwrng> [,max_bytes=<integer>] [,period=<integer>]``"""

    __pve_default_key__: ClassVar[str | None] = "source"

    source: Literal["/dev/urandom", "/dev/random", "/dev/hwrng"]

    max_bytes: int | None = None

    period: int | None = None
