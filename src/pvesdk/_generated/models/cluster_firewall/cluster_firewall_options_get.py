# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/firewall/options``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

from ...propstr.log_ratelimit import LogRatelimit

__all__ = [
    "ClusterFirewallOptionsGetResult",
]


class ClusterFirewallOptionsGetResult(PveModel):
    """Result object ``ClusterFirewallOptionsGetResult``."""

    ebtables: bool | None = None
    """Enable ebtables rules cluster wide."""

    enable: int | None = None
    """Enable or disable the firewall cluster wide."""

    log_ratelimit: LogRatelimit | None = None
    """Log ratelimiting settings"""

    policy_forward: Literal["ACCEPT", "DROP"] | str | None = None
    """Forward policy."""

    policy_in: Literal["ACCEPT", "REJECT", "DROP"] | str | None = None
    """Input policy."""

    policy_out: Literal["ACCEPT", "REJECT", "DROP"] | str | None = None
    """Output policy."""
