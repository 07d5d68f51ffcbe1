# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Wakeonlan`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from pvesdk._propstr import PropertyString

__all__ = ["Wakeonlan"]


class Wakeonlan(PropertyString):
    """Node specific wake on LAN settings.

    Syntax: ``[mac=]<MAC address> [,bind-interface=<bind interface>] [,broadcast-address=<IPv4 broadcast address>]``"""

    __pve_default_key__: ClassVar[str | None] = "mac"
    __pve_formats__: ClassVar[dict[str, str]] = {
        "broadcast_address": "ipv4",
        "mac": "mac-addr",
    }

    mac: str
    """MAC address for wake on LAN
    Format: ``mac-addr``."""

    bind_interface: str | None = Field(default=None, alias="bind-interface")
    """Bind to this interface when sending wake on LAN packet
    Format: ``pve-iface``.
    Default: ``The interface carrying the default route``."""

    broadcast_address: str | None = Field(default=None, alias="broadcast-address")
    """IPv4 broadcast address to use when sending wake on LAN packet
    Format: ``ipv4``.
    Default: ``255.255.255.255``."""
