# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/hardware/usb``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "NodesHardwareUsbGetResultItem",
]


class NodesHardwareUsbGetResultItem(PveModel):
    """Result object ``NodesHardwareUsbGetResultItem``."""

    busnum: int

    class_: int = Field(alias="class")

    devnum: int

    level: int

    port: int

    prodid: str

    speed: str

    vendid: str

    manufacturer: str | None = None

    product: str | None = None

    serial: str | None = None

    usbpath: str | None = None
