# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Memory`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar

from pvesdk._propstr import PropertyString

__all__ = ["Memory"]


class Memory(PropertyString):
    """Memory properties.

    Syntax: ``[current=]<integer>``"""

    __pve_default_key__: ClassVar[str | None] = "current"

    current: int
    """Current amount of online RAM for the VM in MiB. This is the maximum available memory when you use the balloon device.
    Range: 16 to inf.
    Default: ``512``."""
