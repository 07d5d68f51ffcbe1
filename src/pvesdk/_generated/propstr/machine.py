# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Machine`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from pvesdk._propstr import PropertyString

__all__ = ["Machine"]


class Machine(PropertyString):
    """Specify the QEMU machine.

    Syntax: ``[[type=]<machine type>] [,aw-bits=<number>] [,enable-s3=<1|0>] [,enable-s4=<1|0>] [,viommu=<intel|virtio>]``"""

    __pve_default_key__: ClassVar[str | None] = "type"

    aw_bits: float | None = Field(default=None, alias="aw-bits")
    """Specifies the vIOMMU address space bit width.
    Range: 32 to 64."""

    enable_s3: bool | None = Field(default=None, alias="enable-s3")
    """Enables S3 power state. Defaults to false beginning with machine types 9.2+pve1, true before."""

    enable_s4: bool | None = Field(default=None, alias="enable-s4")
    """Enables S4 power state. Defaults to false beginning with machine types 9.2+pve1, true before."""

    type: str | None = None
    """Specifies the QEMU machine type.
    Length: 0 to 40.
    Pattern: ``^(pc|pc(-i440fx)?-\\d+(\\.\\d+)+(\\+pve\\d+)?(\\.pxe)?|q35|pc-q35-\\d+(\\.\\d+)+(\\+pve\\d+)?(\\.pxe)?|virt(?:-\\d+(\\.\\d+)+)?(\\+pve\\d+)?)$``."""

    viommu: Literal["intel", "virtio"] | None = None
    """Enable and set guest vIOMMU variant (Intel vIOMMU needs q35 to be set as machine type)."""
