# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Usb`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar

from pvesdk._propstr import PropertyString

__all__ = ["Usb"]


class Usb(PropertyString):
    """Configure an USB device (n is 0 to 4, for machine version >= 7.1 and ostype l26 or windows > 7, n can be up to 14).

    Syntax: ``[[host=]<HOSTUSBDEVICE|spice>] [,mapping=<mapping-id>] [,usb3=<1|0>]``"""

    __pve_default_key__: ClassVar[str | None] = "host"

    host: str | None = None
    """The Host USB device or port or the value 'spice'. HOSTUSBDEVICE syntax is:

     'bus-port(.port)*' (decimal numbers) or
     'vendor_id:product_id' (hexadecimal numbers) or
     'spice'

    You can use the 'lsusb -t' command to list existing usb devices.

    NOTE: This option allows direct access to host hardware. So it is no longer possible to migrate such
    machines - use with special care.

    The value 'spice' can be used to add a usb redirection devices for spice.

    Either this or the 'mapping' key must be set.
    Pattern: ``^(?:(?:(?:(?:(0x)?([0-9A-Fa-f]{4}):(0x)?([0-9A-Fa-f]{4})))|(?:(?:(\\d+)\\-(\\d+(\\.\\d+)*)))|[Ss][Pp][Ii][Cc][Ee]))$``."""

    mapping: str | None = None
    """The ID of a cluster wide mapping. Either this or the default-key 'host' must be set.
    Format: ``pve-configid``."""

    usb3: bool | None = None
    """Specifies whether if given host option is a USB3 device or port. For modern guests (machine version >= 7.1 and ostype l26 and windows > 7), this flag is irrelevant (all devices are plugged into a xhci controller).
    Default: ``0``."""
