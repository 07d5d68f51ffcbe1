# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/network``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "NodesNodeNetworkGetResultItem",
]


class NodesNodeNetworkGetResultItem(PveModel):
    """Result object ``NodesNodeNetworkGetResultItem``."""

    iface: str
    """Network interface name."""

    type: (
        Literal[
            "bridge",
            "bond",
            "eth",
            "alias",
            "vlan",
            "fabric",
            "OVSBridge",
            "OVSBond",
            "OVSPort",
            "OVSIntPort",
            "vnet",
            "unknown",
        ]
        | str
    )
    """Network interface type"""

    active: bool | None = None
    """Set to true if the interface is active."""

    address: str | None = None
    """IP address."""

    address6: str | None = None
    """IP address."""

    autostart: bool | None = None
    """Automatically start interface on boot."""

    bond_primary: str | None = Field(default=None, alias="bond-primary")
    """Specify the primary interface for active-backup bond."""

    bond_mode: (
        Literal[
            "balance-rr",
            "active-backup",
            "balance-xor",
            "broadcast",
            "802.3ad",
            "balance-tlb",
            "balance-alb",
            "balance-slb",
            "lacp-balance-slb",
            "lacp-balance-tcp",
        ]
        | str
        | None
    ) = None
    """Bonding mode."""

    bond_xmit_hash_policy: Literal["layer2", "layer2+3", "layer3+4"] | str | None = None
    """Selects the transmit hash policy to use for slave selection in balance-xor and 802.3ad modes."""

    bridge_access: int | None = Field(default=None, alias="bridge-access")
    """The bridge port access VLAN."""

    bridge_arp_nd_suppress: bool | None = Field(default=None, alias="bridge-arp-nd-suppress")
    """Bridge port ARP/ND suppress flag."""

    bridge_learning: bool | None = Field(default=None, alias="bridge-learning")
    """Bridge port learning flag."""

    bridge_multicast_flood: bool | None = Field(default=None, alias="bridge-multicast-flood")
    """Bridge port multicast flood flag."""

    bridge_unicast_flood: bool | None = Field(default=None, alias="bridge-unicast-flood")
    """Bridge port unicast flood flag."""

    bridge_ports: str | None = None
    """Specify the interfaces you want to add to your bridge."""

    bridge_vids: str | None = None
    """Specify the allowed VLANs. For example: '2 4 100-200'. Only used if the bridge is VLAN aware."""

    bridge_vlan_aware: bool | None = None
    """Enable bridge vlan support."""

    cidr: str | None = None
    """IPv4 CIDR."""

    cidr6: str | None = None
    """IPv6 CIDR."""

    comments: str | None = None
    """Comments"""

    comments6: str | None = None
    """Comments"""

    exists: bool | None = None
    """Set to true if the interface physically exists."""

    families: list[Literal["inet", "inet6"] | str] | None = None
    """The network families."""

    gateway: str | None = None
    """Default gateway address."""

    gateway6: str | None = None
    """Default ipv6 gateway address."""

    link_type: str | None = Field(default=None, alias="link-type")
    """The link type."""

    method: Literal["loopback", "dhcp", "manual", "static", "auto"] | str | None = None
    """The network configuration method for IPv4."""

    method6: Literal["loopback", "dhcp", "manual", "static", "auto"] | str | None = None
    """The network configuration method for IPv6."""

    mtu: int | None = None
    """MTU."""

    netmask: str | None = None
    """Network mask."""

    netmask6: int | None = None
    """Network mask."""

    options: list[str] | None = None
    """A list of additional interface options for IPv4."""

    options6: list[str] | None = None
    """A list of additional interface options for IPv6."""

    ovs_bonds: str | None = None
    """Specify the interfaces used by the bonding device."""

    ovs_bridge: str | None = None
    """The OVS bridge associated with a OVS port. This is required when you create an OVS port."""

    ovs_options: str | None = None
    """OVS interface options."""

    ovs_ports: str | None = None
    """Specify the interfaces you want to add to your bridge."""

    ovs_tag: int | None = None
    """Specify a VLan tag (used by OVSPort, OVSIntPort, OVSBond)"""

    priority: int | None = None
    """The order of the interface."""

    slaves: str | None = None
    """Specify the interfaces used by the bonding device."""

    uplink_id: str | None = Field(default=None, alias="uplink-id")
    """The uplink ID."""

    vlan_id: int | None = Field(default=None, alias="vlan-id")
    """vlan-id for a custom named vlan interface (ifupdown2 only)."""

    vlan_protocol: Literal["802.1ad", "802.1q"] | str | None = Field(
        default=None, alias="vlan-protocol"
    )
    """The VLAN protocol."""

    vlan_raw_device: str | None = Field(default=None, alias="vlan-raw-device")
    """Specify the raw interface for the vlan interface."""

    vxlan_id: int | None = Field(default=None, alias="vxlan-id")
    """The VXLAN ID."""

    vxlan_local_tunnelip: str | None = Field(default=None, alias="vxlan-local-tunnelip")
    """The VXLAN local tunnel IP."""

    vxlan_physdev: str | None = Field(default=None, alias="vxlan-physdev")
    """The physical device for the VXLAN tunnel."""

    vxlan_svcnodeip: str | None = Field(default=None, alias="vxlan-svcnodeip")
    """The VXLAN SVC node IP."""
