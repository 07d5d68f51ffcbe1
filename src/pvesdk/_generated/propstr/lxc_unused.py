# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``LxcUnused`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar

from pvesdk._propstr import PropertyString

__all__ = ["LxcUnused"]


class LxcUnused(PropertyString):
    """Reference to unused volumes. This is used internally, and should not be modified manually.

    Syntax: ``[volume=]<volume>``"""

    __pve_default_key__: ClassVar[str | None] = "volume"
    __pve_formats__: ClassVar[dict[str, str]] = {
        "volume": "pve-volume-id",
    }

    volume: str
    """The volume that is not used currently.
    Format: ``pve-volume-id``."""
