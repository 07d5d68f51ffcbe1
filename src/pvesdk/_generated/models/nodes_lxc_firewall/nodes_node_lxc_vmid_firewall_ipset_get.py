# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/lxc/{vmid}/firewall/ipset``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesNodeLxcVmidFirewallIpsetGetResultItem",
]


class NodesNodeLxcVmidFirewallIpsetGetResultItem(PveModel):
    """Result object ``NodesNodeLxcVmidFirewallIpsetGetResultItem``."""

    digest: str
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    name: str
    """IP set name."""

    comment: str | None = None
