# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Boot`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar

from pvesdk._propstr import PropertyString

__all__ = ["Boot"]


class Boot(PropertyString):
    """Specify guest boot order. Use the 'order=' sub-property as usage with no key or 'legacy=' is deprecated.

    Syntax: ``[[legacy=]<[acdn]{1,4}>] [,order=<device[;device...]>]``"""

    __pve_default_key__: ClassVar[str | None] = "legacy"

    legacy: str | None = None
    """[acdn]{1,4}"""

    order: str | None = None
    """device[;device...]"""
