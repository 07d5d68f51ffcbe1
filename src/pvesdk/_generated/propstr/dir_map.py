# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``DirMap`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar

from pvesdk._propstr import PropertyString

__all__ = ["DirMap"]


class DirMap(PropertyString):
    """Property string ``DirMap``."""

    __pve_required__: ClassVar[tuple[str, ...]] = (
        "node",
        "path",
    )

    node: str
    """The cluster node name.
    Format: ``pve-node``."""

    path: str
    """Absolute directory path that should be shared with the guest.
    Format: ``pve-storage-path-in-property-string``."""
