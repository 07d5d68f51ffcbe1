# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/sdn/fabrics/node/{fabric_id}/{node_id}``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from pvesdk._model import PveModel, lazy_property_string

# Property-string models: the type checkers see them; at run time each is a stand-in that
# imports its model when the first value arrives (see pvesdk._model.LazyPropertyString).
if TYPE_CHECKING:
    from ...propstr.peers import Peers
else:
    Peers = lazy_property_string("peers", "Peers")

__all__ = [
    "ClusterSdnFabricsNodeFabricIdNodeIdGetResult",
]


class ClusterSdnFabricsNodeFabricIdNodeIdGetResult(PveModel):
    """Result object ``ClusterSdnFabricsNodeFabricIdNodeIdGetResult``."""

    fabric_id: str
    """Identifier for SDN fabrics"""

    interfaces: list[Any]

    node_id: str
    """Identifier for nodes in an SDN fabric"""

    protocol: Literal["openfabric", "ospf", "wireguard", "bgp"] | str
    """Type of configuration entry in an SDN Fabric section config"""

    allowed_ips: list[str] | None = None
    """A list of IPs that are routable via this node in the WireGuard fabric."""

    digest: str | None = None
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    endpoint: str | None = None
    """The endpoint used for connecting to this node."""

    ip: str | None = None
    """IPv4 address for this node"""

    ip6: str | None = None
    """IPv6 address for this node"""

    lock_token: str | None = Field(default=None, alias="lock-token")
    """the token for unlocking the global SDN configuration"""

    peers: list[Peers] | None = None

    public_key: str | None = None
    """The public key for the external node."""

    role: Literal["internal", "external"] | str | None = None
    """The role of this node in the WireGuard fabric."""
