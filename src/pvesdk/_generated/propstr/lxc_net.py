# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``LxcNet`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from pvesdk._propstr import PropertyString

__all__ = ["LxcNet"]


class LxcNet(PropertyString):
    """Specifies network interfaces for the container.

    Syntax: ``name=<string> [,bridge=<bridge>] [,firewall=<1|0>] [,gw=<GatewayIPv4>] [,gw6=<GatewayIPv6>] [,host-managed=<1|0>] [,hwaddr=<XX:XX:XX:XX:XX:XX>] [,ip=<(IPv4/CIDR|dhcp|manual)>] [,ip6=<(IPv6/CIDR|auto|dhcp|manual)>] [,link_down=<1|0>] [,mtu=<integer>] [,rate=<mbps>] [,tag=<integer>] [,trunks=<vlanid[;vlanid...]>] [,type=<veth>]``"""

    __pve_required__: ClassVar[tuple[str, ...]] = ("name",)
    __pve_formats__: ClassVar[dict[str, str]] = {
        "gw": "ipv4",
        "gw6": "ipv6",
        "hwaddr": "mac-addr",
    }

    name: str
    """Name of the network device as seen from inside the container. (lxc.network.name)
    Pattern: ``^[-_.\\w\\d]+$``."""

    bridge: str | None = None
    """Bridge to attach the network device to.
    Pattern: ``^[-_.\\w\\d]+$``."""

    firewall: bool | None = None
    """Controls whether this interface's firewall rules should be used."""

    gw: str | None = None
    """Default gateway for IPv4 traffic.
    Format: ``ipv4``."""

    gw6: str | None = None
    """Default gateway for IPv6 traffic.
    Format: ``ipv6``."""

    host_managed: bool | None = Field(default=None, alias="host-managed")
    """Whether this interface's IP configuration should be managed by the host. When enabled, the host (rather than the container) is responsible for the interface's IP configuration. The container should not run its own DHCP client or network manager on this interface. This is useful for containers that lack an internal network management stack, like many application containers."""

    hwaddr: str | None = None
    """The interface MAC address. This is dynamically allocated by default, but you can set that statically if needed, for example to always have the same link-local IPv6 address. (lxc.network.hwaddr)
    Format: ``mac-addr``."""

    ip: str | None = None
    """IPv4 address in CIDR format.
    Format: ``pve-ipv4-config``."""

    ip6: str | None = None
    """IPv6 address in CIDR format.
    Format: ``pve-ipv6-config``."""

    link_down: bool | None = None
    """Whether this interface should be disconnected (like pulling the plug)."""

    mtu: int | None = None
    """Maximum transfer unit of the interface. (lxc.network.mtu)
    Range: 64 to 65535."""

    rate: float | None = None
    """Apply rate limiting to the interface"""

    tag: int | None = None
    """VLAN tag for this interface.
    Range: 1 to 4094."""

    trunks: str | None = None
    """VLAN ids to pass through the interface
    Pattern: ``^(?:\\d+(?:;\\d+)*)$``."""

    type: Literal["veth"] | None = None
    """Network interface type."""
