# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``cluster_ha``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cluster_ha_get import ClusterHaGetResultItem as ClusterHaGetResultItem
    from .cluster_ha_groups_get import (
        ClusterHaGroupsGetResultItem as ClusterHaGroupsGetResultItem,
    )
    from .cluster_ha_resources_get import (
        ClusterHaResourcesGetResultItem as ClusterHaResourcesGetResultItem,
    )
    from .cluster_ha_resources_migrate_post import (
        ClusterHaResourcesMigratePostResult as ClusterHaResourcesMigratePostResult,
    )
    from .cluster_ha_resources_migrate_post import (
        ClusterHaResourcesMigratePostResultBlockingResourcesItem as ClusterHaResourcesMigratePostResultBlockingResourcesItem,
    )
    from .cluster_ha_resources_relocate_post import (
        ClusterHaResourcesRelocatePostResult as ClusterHaResourcesRelocatePostResult,
    )
    from .cluster_ha_resources_relocate_post import (
        ClusterHaResourcesRelocatePostResultBlockingResourcesItem as ClusterHaResourcesRelocatePostResultBlockingResourcesItem,
    )
    from .cluster_ha_resources_sid_get import (
        ClusterHaResourcesSidGetResult as ClusterHaResourcesSidGetResult,
    )
    from .cluster_ha_rules_get import (
        ClusterHaRulesGetResultItem as ClusterHaRulesGetResultItem,
    )
    from .cluster_ha_rules_rule_get import (
        ClusterHaRulesRuleGetResult as ClusterHaRulesRuleGetResult,
    )
    from .cluster_ha_status_current_get import (
        ClusterHaStatusCurrentGetResultItem as ClusterHaStatusCurrentGetResultItem,
    )

__all__ = [
    "ClusterHaGetResultItem",
    "ClusterHaGroupsGetResultItem",
    "ClusterHaResourcesGetResultItem",
    "ClusterHaResourcesMigratePostResult",
    "ClusterHaResourcesMigratePostResultBlockingResourcesItem",
    "ClusterHaResourcesRelocatePostResult",
    "ClusterHaResourcesRelocatePostResultBlockingResourcesItem",
    "ClusterHaResourcesSidGetResult",
    "ClusterHaRulesGetResultItem",
    "ClusterHaRulesRuleGetResult",
    "ClusterHaStatusCurrentGetResultItem",
]

_INDEX: dict[str, str] = {
    "ClusterHaGetResultItem": "cluster_ha_get",
    "ClusterHaGroupsGetResultItem": "cluster_ha_groups_get",
    "ClusterHaResourcesGetResultItem": "cluster_ha_resources_get",
    "ClusterHaResourcesSidGetResult": "cluster_ha_resources_sid_get",
    "ClusterHaResourcesMigratePostResult": "cluster_ha_resources_migrate_post",
    "ClusterHaResourcesMigratePostResultBlockingResourcesItem": "cluster_ha_resources_migrate_post",
    "ClusterHaResourcesRelocatePostResult": "cluster_ha_resources_relocate_post",
    "ClusterHaResourcesRelocatePostResultBlockingResourcesItem": "cluster_ha_resources_relocate_post",
    "ClusterHaRulesGetResultItem": "cluster_ha_rules_get",
    "ClusterHaRulesRuleGetResult": "cluster_ha_rules_rule_get",
    "ClusterHaStatusCurrentGetResultItem": "cluster_ha_status_current_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
