# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``QemuUnused`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar

from pvesdk._propstr import PropertyString

__all__ = ["QemuUnused"]


class QemuUnused(PropertyString):
    """Reference to unused volumes. This is used internally, and should not be modified manually.

    Syntax: ``[file=]<volume>``"""

    __pve_default_key__: ClassVar[str | None] = "file"
    __pve_aliases__: ClassVar[dict[str, str]] = {
        "volume": "file",
    }
    __pve_formats__: ClassVar[dict[str, str]] = {
        "file": "pve-volume-id",
    }

    file: str
    """The drive's backing volume.
    Format: ``pve-volume-id``."""
