# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models for ``config_ruledb_rules``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config_ruledb_rules_config_get import (
        ConfigRuledbRulesConfigGetResult as ConfigRuledbRulesConfigGetResult,
    )
    from .config_ruledb_rules_get import (
        ConfigRuledbRulesGetResultItem as ConfigRuledbRulesGetResultItem,
    )
    from .config_ruledb_rules_id_action_get import (
        ConfigRuledbRulesIdActionGetResultItem as ConfigRuledbRulesIdActionGetResultItem,
    )
    from .config_ruledb_rules_id_from_get import (
        ConfigRuledbRulesIdFromGetResultItem as ConfigRuledbRulesIdFromGetResultItem,
    )
    from .config_ruledb_rules_id_get import (
        ConfigRuledbRulesIdGetResultItem as ConfigRuledbRulesIdGetResultItem,
    )
    from .config_ruledb_rules_id_to_get import (
        ConfigRuledbRulesIdToGetResultItem as ConfigRuledbRulesIdToGetResultItem,
    )
    from .config_ruledb_rules_id_what_get import (
        ConfigRuledbRulesIdWhatGetResultItem as ConfigRuledbRulesIdWhatGetResultItem,
    )
    from .config_ruledb_rules_id_when_get import (
        ConfigRuledbRulesIdWhenGetResultItem as ConfigRuledbRulesIdWhenGetResultItem,
    )

__all__ = [
    "ConfigRuledbRulesConfigGetResult",
    "ConfigRuledbRulesGetResultItem",
    "ConfigRuledbRulesIdActionGetResultItem",
    "ConfigRuledbRulesIdFromGetResultItem",
    "ConfigRuledbRulesIdGetResultItem",
    "ConfigRuledbRulesIdToGetResultItem",
    "ConfigRuledbRulesIdWhatGetResultItem",
    "ConfigRuledbRulesIdWhenGetResultItem",
]

_INDEX: dict[str, str] = {
    "ConfigRuledbRulesGetResultItem": "config_ruledb_rules_get",
    "ConfigRuledbRulesIdGetResultItem": "config_ruledb_rules_id_get",
    "ConfigRuledbRulesConfigGetResult": "config_ruledb_rules_config_get",
    "ConfigRuledbRulesIdFromGetResultItem": "config_ruledb_rules_id_from_get",
    "ConfigRuledbRulesIdToGetResultItem": "config_ruledb_rules_id_to_get",
    "ConfigRuledbRulesIdWhenGetResultItem": "config_ruledb_rules_id_when_get",
    "ConfigRuledbRulesIdWhatGetResultItem": "config_ruledb_rules_id_what_get",
    "ConfigRuledbRulesIdActionGetResultItem": "config_ruledb_rules_id_action_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
