# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Ipconfig`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from pvesdk._propstr import PropertyString

__all__ = ["Ipconfig"]


class Ipconfig(PropertyString):
    """cloud-init: Specify IP addresses and gateways for the corresponding interface.

    IP addresses use CIDR notation, gateways are optional but need an IP of the same type specified.

    The special string 'dhcp' can be used for IP addresses to use DHCP, in which case no explicit
    gateway should be provided.
    For IPv6 the special string 'auto' can be used to use stateless autoconfiguration. This requires
    cloud-init 19.4 or newer.

    If cloud-init is enabled and neither an IPv4 nor an IPv6 address is specified, it defaults to using
    dhcp on IPv4.

    Syntax: ``[gw=<GatewayIPv4>] [,gw6=<GatewayIPv6>] [,ip=<IPv4Format/CIDR>] [,ip6=<IPv6Format/CIDR>]``"""

    gw: str | None = None
    """GatewayIPv4"""

    gw6: str | None = None
    """GatewayIPv6"""

    ip: str | None = None
    """IPv4Format/CIDR"""

    ip6: str | None = None
    """IPv6Format/CIDR"""
