# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/lxc/{vmid}/interfaces``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "NodesLxcInterfacesGetResultItem",
    "NodesLxcInterfacesGetResultItemIpAddressesItem",
]


class NodesLxcInterfacesGetResultItem(PveModel):
    """Result object ``NodesLxcInterfacesGetResultItem``."""

    hardware_address: str = Field(alias="hardware-address")
    """The MAC address of the interface"""

    hwaddr: str
    """The MAC address of the interface"""

    ip_addresses: list[NodesLxcInterfacesGetResultItemIpAddressesItem] = Field(alias="ip-addresses")
    """The addresses of the interface"""

    name: str
    """The name of the interface"""

    inet: str | None = None
    """The IPv4 address of the interface"""

    inet6: str | None = None
    """The IPv6 address of the interface"""


class NodesLxcInterfacesGetResultItemIpAddressesItem(PveModel):
    """Result object ``NodesLxcInterfacesGetResultItemIpAddressesItem``."""

    ip_address: str | None = Field(default=None, alias="ip-address")
    """IP-Address"""

    ip_address_type: str | None = Field(default=None, alias="ip-address-type")
    """IP-Family"""

    prefix: int | None = None
    """IP-Prefix"""
