# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/firewall/aliases``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "ClusterFirewallAliasesGetResultItem",
]


class ClusterFirewallAliasesGetResultItem(PveModel):
    """Result object ``ClusterFirewallAliasesGetResultItem``."""

    cidr: str

    digest: str
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    name: str

    comment: str | None = None
