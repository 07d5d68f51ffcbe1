# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Watchdog`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pvesdk._propstr import PropertyString

__all__ = ["Watchdog"]


class Watchdog(PropertyString):
    """Create a virtual hardware watchdog device.

    Syntax: ``[[model=]<i6300esb|ib700>] [,action=<enum>]``"""

    __pve_default_key__: ClassVar[str | None] = "model"

    action: str | None = None
    """enum"""

    model: Literal["i6300esb", "ib700"] | None = None
