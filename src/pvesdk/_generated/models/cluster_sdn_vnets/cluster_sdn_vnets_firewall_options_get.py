# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/sdn/vnets/{vnet}/firewall/options``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "ClusterSdnVnetsFirewallOptionsGetResult",
]


class ClusterSdnVnetsFirewallOptionsGetResult(PveModel):
    """Result object ``ClusterSdnVnetsFirewallOptionsGetResult``."""

    enable: bool | None = None
    """Enable/disable firewall rules."""

    log_level_forward: (
        Literal["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"]
        | str
        | None
    ) = None
    """Log level for forwarded traffic."""

    policy_forward: Literal["ACCEPT", "DROP"] | str | None = None
    """Forward policy."""
