# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models of ``GET /config/ruledb/action/objects``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "ConfigRuledbActionObjectsGetResultItem",
]


class ConfigRuledbActionObjectsGetResultItem(PveModel):
    """Result object ``ConfigRuledbActionObjectsGetResultItem``."""

    id: str
    """Action Object ID."""
