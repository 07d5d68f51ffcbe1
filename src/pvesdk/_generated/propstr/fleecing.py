# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Fleecing`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar

from pvesdk._propstr import PropertyString

__all__ = ["Fleecing"]


class Fleecing(PropertyString):
    """Options for backup fleecing (VM only).

    Syntax: ``[[enabled=]<1|0>] [,storage=<storage ID>]``"""

    __pve_default_key__: ClassVar[str | None] = "enabled"

    enabled: bool | None = None

    storage: str | None = None
    """storage ID"""
