# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models for ``config_ruledb_when``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config_ruledb_when_config_get import (
        ConfigRuledbWhenConfigGetResult as ConfigRuledbWhenConfigGetResult,
    )
    from .config_ruledb_when_get import (
        ConfigRuledbWhenGetResultItem as ConfigRuledbWhenGetResultItem,
    )
    from .config_ruledb_when_ogroup_get import (
        ConfigRuledbWhenOgroupGetResultItem as ConfigRuledbWhenOgroupGetResultItem,
    )
    from .config_ruledb_when_ogroup_objects_get import (
        ConfigRuledbWhenOgroupObjectsGetResultItem as ConfigRuledbWhenOgroupObjectsGetResultItem,
    )
    from .config_ruledb_when_ogroup_timeframe_id_get import (
        ConfigRuledbWhenOgroupTimeframeIdGetResult as ConfigRuledbWhenOgroupTimeframeIdGetResult,
    )

__all__ = [
    "ConfigRuledbWhenConfigGetResult",
    "ConfigRuledbWhenGetResultItem",
    "ConfigRuledbWhenOgroupGetResultItem",
    "ConfigRuledbWhenOgroupObjectsGetResultItem",
    "ConfigRuledbWhenOgroupTimeframeIdGetResult",
]

_INDEX: dict[str, str] = {
    "ConfigRuledbWhenGetResultItem": "config_ruledb_when_get",
    "ConfigRuledbWhenOgroupGetResultItem": "config_ruledb_when_ogroup_get",
    "ConfigRuledbWhenConfigGetResult": "config_ruledb_when_config_get",
    "ConfigRuledbWhenOgroupObjectsGetResultItem": "config_ruledb_when_ogroup_objects_get",
    "ConfigRuledbWhenOgroupTimeframeIdGetResult": "config_ruledb_when_ogroup_timeframe_id_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
