# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models for ``config_ruledb_action``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config_ruledb_action_bcc_id_get import (
        ConfigRuledbActionBccIdGetResult as ConfigRuledbActionBccIdGetResult,
    )
    from .config_ruledb_action_disclaimer_id_get import (
        ConfigRuledbActionDisclaimerIdGetResult as ConfigRuledbActionDisclaimerIdGetResult,
    )
    from .config_ruledb_action_field_id_get import (
        ConfigRuledbActionFieldIdGetResult as ConfigRuledbActionFieldIdGetResult,
    )
    from .config_ruledb_action_get import (
        ConfigRuledbActionGetResultItem as ConfigRuledbActionGetResultItem,
    )
    from .config_ruledb_action_notification_id_get import (
        ConfigRuledbActionNotificationIdGetResult as ConfigRuledbActionNotificationIdGetResult,
    )
    from .config_ruledb_action_objects_get import (
        ConfigRuledbActionObjectsGetResultItem as ConfigRuledbActionObjectsGetResultItem,
    )
    from .config_ruledb_action_removeattachments_id_get import (
        ConfigRuledbActionRemoveattachmentsIdGetResult as ConfigRuledbActionRemoveattachmentsIdGetResult,
    )

__all__ = [
    "ConfigRuledbActionBccIdGetResult",
    "ConfigRuledbActionDisclaimerIdGetResult",
    "ConfigRuledbActionFieldIdGetResult",
    "ConfigRuledbActionGetResultItem",
    "ConfigRuledbActionNotificationIdGetResult",
    "ConfigRuledbActionObjectsGetResultItem",
    "ConfigRuledbActionRemoveattachmentsIdGetResult",
]

_INDEX: dict[str, str] = {
    "ConfigRuledbActionGetResultItem": "config_ruledb_action_get",
    "ConfigRuledbActionObjectsGetResultItem": "config_ruledb_action_objects_get",
    "ConfigRuledbActionBccIdGetResult": "config_ruledb_action_bcc_id_get",
    "ConfigRuledbActionFieldIdGetResult": "config_ruledb_action_field_id_get",
    "ConfigRuledbActionNotificationIdGetResult": "config_ruledb_action_notification_id_get",
    "ConfigRuledbActionDisclaimerIdGetResult": "config_ruledb_action_disclaimer_id_get",
    "ConfigRuledbActionRemoveattachmentsIdGetResult": "config_ruledb_action_removeattachments_id_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
