# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Cpu`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from pvesdk._propstr import PropertyString

__all__ = ["Cpu"]


class Cpu(PropertyString):
    """Emulated CPU type.

    Syntax: ``[[cputype=]<string>] [,flags=<+FLAG[;-FLAG...]>] [,guest-phys-bits=<integer>] [,hidden=<1|0>] [,hv-vendor-id=<vendor-id>] [,level=<integer>] [,phys-bits=<8-64|host>] [,reported-model=<enum>]``"""

    __pve_default_key__: ClassVar[str | None] = "cputype"

    cputype: str | None = None
    """string"""

    flags: str | None = None
    """+FLAG[;-FLAG...]"""

    guest_phys_bits: int | None = Field(default=None, alias="guest-phys-bits")

    hidden: bool | None = None

    hv_vendor_id: str | None = Field(default=None, alias="hv-vendor-id")
    """vendor-id"""

    level: int | None = None

    phys_bits: int | Literal["host"] | None = Field(default=None, alias="phys-bits")
    """8-64|host"""

    reported_model: str | None = Field(default=None, alias="reported-model")
    """enum"""
