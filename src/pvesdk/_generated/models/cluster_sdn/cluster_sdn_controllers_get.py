# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/sdn/controllers``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "ClusterSdnControllersGetResultItem",
    "ClusterSdnControllersGetResultItemPending",
]


class ClusterSdnControllersGetResultItem(PveModel):
    """Result object ``ClusterSdnControllersGetResultItem``."""

    controller: str
    """Name of the controller."""

    type: Literal["bgp", "evpn", "faucet", "isis"] | str
    """Type of the controller"""

    asn: int | None = None
    """The local ASN of the controller. BGP & EVPN only."""

    bgp_mode: Literal["auto", "external", "internal"] | str | None = Field(
        default=None, alias="bgp-mode"
    )
    """Whether to use eBGP or iBGP. Auto mode chooses depending on BGP controller or falls back to iBGP."""

    bgp_multipath_as_relax: bool | None = Field(default=None, alias="bgp-multipath-as-relax")
    """Consider different AS paths of equal length for multipath computation. BGP only."""

    digest: str | None = None
    """Digest of the controller section."""

    ebgp: bool | None = None
    """Enable eBGP (remote-as external). BGP only."""

    ebgp_multihop: int | None = Field(default=None, alias="ebgp-multihop")
    """Set maximum amount of hops for eBGP peers. Needs ebgp set to 1. BGP only."""

    isis_domain: str | None = Field(default=None, alias="isis-domain")
    """Name of the IS-IS domain. IS-IS only."""

    isis_ifaces: str | None = Field(default=None, alias="isis-ifaces")
    """Comma-separated list of interfaces where IS-IS should be active. IS-IS only."""

    isis_net: str | None = Field(default=None, alias="isis-net")
    """Network Entity title for this node in the IS-IS network. IS-IS only."""

    loopback: str | None = None
    """Name of the loopback/dummy interface that provides the Router-IP. BGP only."""

    node: str | None = None
    """Node(s) where this controller is active."""

    nodes: str | None = None
    """List of cluster node names."""

    peer_group_name: str | None = Field(default=None, alias="peer-group-name")
    """Name of the peer group for this EVPN controller"""

    peers: str | None = None
    """Comma-separated list of the peers IP addresses."""

    pending: ClusterSdnControllersGetResultItemPending | None = None
    """Changes that have not yet been applied to the running configuration."""

    state: Literal["new", "changed", "deleted"] | str | None = None
    """State of the SDN configuration object."""


class ClusterSdnControllersGetResultItemPending(PveModel):
    """Changes that have not yet been applied to the running configuration."""

    asn: int | None = None
    """The local ASN of the controller. BGP & EVPN only."""

    bgp_mode: Literal["auto", "external", "internal"] | str | None = Field(
        default=None, alias="bgp-mode"
    )
    """Whether to use eBGP or iBGP. Auto mode chooses depending on BGP controller or falls back to iBGP."""

    bgp_multipath_as_relax: bool | None = Field(default=None, alias="bgp-multipath-as-relax")
    """Consider different AS paths of equal length for multipath computation. BGP only."""

    ebgp: bool | None = None
    """Enable eBGP (remote-as external). BGP only."""

    ebgp_multihop: int | None = Field(default=None, alias="ebgp-multihop")
    """Set maximum amount of hops for eBGP peers. Needs ebgp set to 1. BGP only."""

    isis_domain: str | None = Field(default=None, alias="isis-domain")
    """Name of the IS-IS domain. IS-IS only."""

    isis_ifaces: str | None = Field(default=None, alias="isis-ifaces")
    """Comma-separated list of interfaces where IS-IS should be active. IS-IS only."""

    isis_net: str | None = Field(default=None, alias="isis-net")
    """Network Entity title for this node in the IS-IS network. IS-IS only."""

    loopback: str | None = None
    """Name of the loopback/dummy interface that provides the Router-IP. BGP only."""

    node: str | None = None
    """Node(s) where this controller is active."""

    nodes: str | None = None
    """List of cluster node names."""

    peer_group_name: str | None = Field(default=None, alias="peer-group-name")
    """Name of the peer group for this EVPN controller"""

    peers: str | None = None
    """Comma-separated list of the peers IP addresses."""
