# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models for ``config_ruledb_what``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config_ruledb_what_config_get import (
        ConfigRuledbWhatConfigGetResult as ConfigRuledbWhatConfigGetResult,
    )
    from .config_ruledb_what_get import (
        ConfigRuledbWhatGetResultItem as ConfigRuledbWhatGetResultItem,
    )
    from .config_ruledb_what_ogroup_archivefilenamefilter_id_get import (
        ConfigRuledbWhatOgroupArchivefilenamefilterIdGetResult as ConfigRuledbWhatOgroupArchivefilenamefilterIdGetResult,
    )
    from .config_ruledb_what_ogroup_archivefilter_id_get import (
        ConfigRuledbWhatOgroupArchivefilterIdGetResult as ConfigRuledbWhatOgroupArchivefilterIdGetResult,
    )
    from .config_ruledb_what_ogroup_contenttype_id_get import (
        ConfigRuledbWhatOgroupContenttypeIdGetResult as ConfigRuledbWhatOgroupContenttypeIdGetResult,
    )
    from .config_ruledb_what_ogroup_filenamefilter_id_get import (
        ConfigRuledbWhatOgroupFilenamefilterIdGetResult as ConfigRuledbWhatOgroupFilenamefilterIdGetResult,
    )
    from .config_ruledb_what_ogroup_get import (
        ConfigRuledbWhatOgroupGetResultItem as ConfigRuledbWhatOgroupGetResultItem,
    )
    from .config_ruledb_what_ogroup_matchfield_id_get import (
        ConfigRuledbWhatOgroupMatchfieldIdGetResult as ConfigRuledbWhatOgroupMatchfieldIdGetResult,
    )
    from .config_ruledb_what_ogroup_objects_get import (
        ConfigRuledbWhatOgroupObjectsGetResultItem as ConfigRuledbWhatOgroupObjectsGetResultItem,
    )
    from .config_ruledb_what_ogroup_spamfilter_id_get import (
        ConfigRuledbWhatOgroupSpamfilterIdGetResult as ConfigRuledbWhatOgroupSpamfilterIdGetResult,
    )
    from .config_ruledb_what_ogroup_virusfilter_id_get import (
        ConfigRuledbWhatOgroupVirusfilterIdGetResult as ConfigRuledbWhatOgroupVirusfilterIdGetResult,
    )

__all__ = [
    "ConfigRuledbWhatConfigGetResult",
    "ConfigRuledbWhatGetResultItem",
    "ConfigRuledbWhatOgroupArchivefilenamefilterIdGetResult",
    "ConfigRuledbWhatOgroupArchivefilterIdGetResult",
    "ConfigRuledbWhatOgroupContenttypeIdGetResult",
    "ConfigRuledbWhatOgroupFilenamefilterIdGetResult",
    "ConfigRuledbWhatOgroupGetResultItem",
    "ConfigRuledbWhatOgroupMatchfieldIdGetResult",
    "ConfigRuledbWhatOgroupObjectsGetResultItem",
    "ConfigRuledbWhatOgroupSpamfilterIdGetResult",
    "ConfigRuledbWhatOgroupVirusfilterIdGetResult",
]

_INDEX: dict[str, str] = {
    "ConfigRuledbWhatGetResultItem": "config_ruledb_what_get",
    "ConfigRuledbWhatOgroupGetResultItem": "config_ruledb_what_ogroup_get",
    "ConfigRuledbWhatConfigGetResult": "config_ruledb_what_config_get",
    "ConfigRuledbWhatOgroupObjectsGetResultItem": "config_ruledb_what_ogroup_objects_get",
    "ConfigRuledbWhatOgroupContenttypeIdGetResult": "config_ruledb_what_ogroup_contenttype_id_get",
    "ConfigRuledbWhatOgroupMatchfieldIdGetResult": "config_ruledb_what_ogroup_matchfield_id_get",
    "ConfigRuledbWhatOgroupSpamfilterIdGetResult": "config_ruledb_what_ogroup_spamfilter_id_get",
    "ConfigRuledbWhatOgroupArchivefilterIdGetResult": "config_ruledb_what_ogroup_archivefilter_id_get",
    "ConfigRuledbWhatOgroupFilenamefilterIdGetResult": "config_ruledb_what_ogroup_filenamefilter_id_get",
    "ConfigRuledbWhatOgroupVirusfilterIdGetResult": "config_ruledb_what_ogroup_virusfilter_id_get",
    "ConfigRuledbWhatOgroupArchivefilenamefilterIdGetResult": "config_ruledb_what_ogroup_archivefilenamefilter_id_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
