# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models of ``GET /config/ruledb/what/{ogroup}/contenttype/{id}``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "ConfigRuledbWhatOgroupContenttypeIdGetResult",
]


class ConfigRuledbWhatOgroupContenttypeIdGetResult(PveModel):
    """Result object ``ConfigRuledbWhatOgroupContenttypeIdGetResult``."""

    id: int
