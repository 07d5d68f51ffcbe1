# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Bwlimit`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from pvesdk._propstr import PropertyString

__all__ = ["Bwlimit"]


class Bwlimit(PropertyString):
    """Set I/O bandwidth limit for various operations (in KiB/s).

    Syntax: ``[clone=<LIMIT>] [,default=<LIMIT>] [,migration=<LIMIT>] [,move=<LIMIT>] [,restore=<LIMIT>]``"""

    clone: float | None = None
    """bandwidth limit in KiB/s for cloning disks"""

    default: float | None = None
    """default bandwidth limit in KiB/s"""

    migration: float | None = None
    """bandwidth limit in KiB/s for migrating guests (including moving local disks)"""

    move: float | None = None
    """bandwidth limit in KiB/s for moving disks"""

    restore: float | None = None
    """bandwidth limit in KiB/s for restoring guests from backups"""
