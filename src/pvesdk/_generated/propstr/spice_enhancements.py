# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``SpiceEnhancements`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import Literal

from pvesdk._propstr import PropertyString

__all__ = ["SpiceEnhancements"]


class SpiceEnhancements(PropertyString):
    """Configure additional enhancements for SPICE.

    Syntax: ``[foldersharing=<1|0>] [,videostreaming=<off|all|filter>]``"""

    foldersharing: bool | None = None
    """Enable folder sharing via SPICE. Needs Spice-WebDAV daemon installed in the VM.
    Default: 0."""

    videostreaming: Literal["off", "all", "filter"] | None = None
    """Enable video streaming. Uses compression for detected video streams.
    Default: ``off``."""
