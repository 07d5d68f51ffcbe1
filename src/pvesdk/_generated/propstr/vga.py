# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Vga`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pvesdk._propstr import PropertyString

__all__ = ["Vga"]


class Vga(PropertyString):
    """Configure the VGA hardware.

    Syntax: ``[[type=]<enum>] [,clipboard=<vnc>] [,memory=<integer>]``"""

    __pve_default_key__: ClassVar[str | None] = "type"

    clipboard: Literal["vnc"] | None = None
    """Enable a specific clipboard. If not set, depending on the display type the SPICE one will be added. Live migration with a VNC clipboard is not possible with QEMU machine version < 10.1."""

    memory: int | None = None
    """Sets the VGA memory (in MiB). Has no effect with serial display.
    Range: 4 to 512."""

    type: (
        Literal[
            "cirrus",
            "qxl",
            "qxl2",
            "qxl3",
            "qxl4",
            "none",
            "serial0",
            "serial1",
            "serial2",
            "serial3",
            "std",
            "virtio",
            "virtio-gl",
            "vmware",
        ]
        | None
    ) = None
    """Select the VGA type. Using type 'cirrus' is not recommended.
    Default: ``std``."""
