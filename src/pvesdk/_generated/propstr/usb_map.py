# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``UsbMap`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar

from pvesdk._propstr import PropertyString

__all__ = ["UsbMap"]


class UsbMap(PropertyString):
    """Property string ``UsbMap``."""

    __pve_required__: ClassVar[tuple[str, ...]] = (
        "id",
        "node",
    )

    id: str
    """The vendor and device ID that is expected. If a USB path is given, it is only used for detecting hardware changes
    Pattern: ``^(?:^[0-9A-Fa-f]{4}:[0-9A-Fa-f]{4}$)$``."""

    node: str
    """The cluster node name.
    Format: ``pve-node``."""

    description: str | None = None
    """Description of the node specific device.
    Length: 0 to 4096."""

    path: str | None = None
    """The path to the usb device.
    Pattern: ``^(?:^(\\d+)\\-(\\d+(\\.\\d+)*)$)$``."""
