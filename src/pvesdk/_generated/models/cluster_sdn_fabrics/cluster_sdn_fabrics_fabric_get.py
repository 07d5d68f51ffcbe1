# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/sdn/fabrics/fabric``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "ClusterSdnFabricsFabricGetResultItem",
]


class ClusterSdnFabricsFabricGetResultItem(PveModel):
    """Result object ``ClusterSdnFabricsFabricGetResultItem``."""

    id: str
    """Identifier for SDN fabrics"""

    protocol: Literal["openfabric", "ospf", "wireguard", "bgp"] | str
    """Type of configuration entry in an SDN Fabric section config"""

    redistribute: list[Any]

    area: str | None = None
    """OSPF area. Either a IPv4 address or a 32-bit number. Gets validated in rust."""

    csnp_interval: float | None = None
    """The csnp_interval property for Openfabric"""

    digest: str | None = None
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    hello_interval: float | None = None
    """The hello_interval property for Openfabric"""

    ip6_prefix: str | None = None
    """The IP prefix for Node IPs"""

    ip_prefix: str | None = None
    """The IP prefix for Node IPs"""

    lock_token: str | None = Field(default=None, alias="lock-token")
    """the token for unlocking the global SDN configuration"""

    persistent_keepalive: float | None = None
    """A seconds interval, between 1 and 65535 inclusive, of how often to send an authenticated empty packet to the peer for the purpose of keeping a stateful firewall or NAT mapping valid persistently. For example, if the interface very rarely sends traffic, but it might at anytime receive traffic from another node, and it is behind NAT, the interface might benefit from having a persistent keepalive interval of 25 seconds. If unset or set to 0, it is turned off"""

    route_filter: str | None = None
    """A prefix list that should be used for filtering routes that are to be installed into the kernel routing table"""
