# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Peers`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pvesdk._propstr import PropertyString

__all__ = ["Peers"]


class Peers(PropertyString):
    """Property string ``Peers``."""

    __pve_required__: ClassVar[tuple[str, ...]] = (
        "iface",
        "node",
        "type",
    )

    iface: str
    """The interface of this node that uses this peer definition."""

    node: str
    """The name of the referenced node section (the external node or the internal peer node)."""

    type: Literal["internal", "external"]

    endpoint: str | None = None
    """Override for the endpoint settings in the node section."""

    node_iface: str | None = None
    """The interface of the other node, if it is internal"""

    skip_route_generation: bool | None = None
    """Whether routes for the allowed IPs should be created in the kernel routing table.
    Default: ``0``."""
