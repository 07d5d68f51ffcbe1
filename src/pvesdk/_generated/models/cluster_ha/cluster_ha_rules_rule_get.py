# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/ha/rules/{rule}``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "ClusterHaRulesRuleGetResult",
]


class ClusterHaRulesRuleGetResult(PveModel):
    """Result object ``ClusterHaRulesRuleGetResult``."""

    rule: str
    """HA rule identifier."""

    type: Literal["node-affinity", "resource-affinity"] | str
    """HA rule type."""
