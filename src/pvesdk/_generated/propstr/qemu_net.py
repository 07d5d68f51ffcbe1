# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``QemuNet`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pvesdk._propstr import PropertyString

__all__ = ["QemuNet"]


class QemuNet(PropertyString):
    """Specify network devices.

    Syntax: ``[model=]<enum> [,bridge=<bridge>] [,firewall=<1|0>] [,link_down=<1|0>] [,macaddr=<XX:XX:XX:XX:XX:XX>] [,mtu=<integer>] [,queues=<integer>] [,rate=<number>] [,tag=<integer>] [,trunks=<vlanid[;vlanid...]>] [,<model>=<macaddr>]``"""

    __pve_default_key__: ClassVar[str | None] = "model"
    __pve_key_alias__: ClassVar[tuple[str, str, frozenset[str]] | None] = (
        "model",
        "macaddr",
        frozenset(
            {
                "e1000",
                "e1000-82540em",
                "e1000-82544gc",
                "e1000-82545em",
                "e1000e",
                "i82551",
                "i82557b",
                "i82559er",
                "ne2k_isa",
                "ne2k_pci",
                "pcnet",
                "rtl8139",
                "virtio",
                "vmxnet3",
            }
        ),
    )
    __pve_formats__: ClassVar[dict[str, str]] = {
        "macaddr": "mac-addr",
    }

    model: Literal[
        "e1000",
        "e1000-82540em",
        "e1000-82544gc",
        "e1000-82545em",
        "e1000e",
        "i82551",
        "i82557b",
        "i82559er",
        "ne2k_isa",
        "ne2k_pci",
        "pcnet",
        "rtl8139",
        "virtio",
        "vmxnet3",
    ]
    """Network Card Model. The 'virtio' model provides the best performance with very low CPU overhead. If your guest does not support this driver, it is usually best to use 'e1000'."""

    bridge: str | None = None
    """Bridge to attach the network device to. The Proxmox VE standard bridge
    is called 'vmbr0'.

    If you do not specify a bridge, we create a kvm user (NATed) network
    device, which provides DHCP and DNS services. The following addresses
    are used:

     10.0.2.2   Gateway
     10.0.2.3   DNS Server
     10.0.2.4   SMB Server

    The DHCP server assign addresses to the guest starting from 10.0.2.15.
    Format: ``pve-bridge-id``."""

    firewall: bool | None = None
    """Whether this interface should be protected by the firewall."""

    link_down: bool | None = None
    """Whether this interface should be disconnected (like pulling the plug)."""

    macaddr: str | None = None
    """MAC address. That address must be unique within your network. This is automatically generated if not specified.
    Format: ``mac-addr``."""

    mtu: int | None = None
    """Force MTU of network device (VirtIO only). Setting to '1' or empty will use the bridge MTU
    Range: 1 to 65520."""

    queues: int | None = None
    """Number of packet queues to be used on the device.
    Range: 0 to 64."""

    rate: float | None = None
    """Rate limit in mbps (megabytes per second) as floating point number.
    Range: 0 to inf."""

    tag: int | None = None
    """VLAN tag to apply to packets on this interface.
    Range: 1 to 4094."""

    trunks: str | None = None
    """VLAN trunks to pass through this interface.
    Pattern: ``^(?:\\d+(?:-\\d+)?(?:;\\d+(?:-\\d+)?)*)$``."""
