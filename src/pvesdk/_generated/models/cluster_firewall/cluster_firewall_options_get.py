# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/firewall/options``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pvesdk._model import PveModel, lazy_property_string

# Property-string models: the type checkers see them; at run time each is a stand-in that
# imports its model when the first value arrives (see pvesdk._model.LazyPropertyString).
if TYPE_CHECKING:
    from ...propstr.log_ratelimit import LogRatelimit
else:
    LogRatelimit = lazy_property_string("log_ratelimit", "LogRatelimit")

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
