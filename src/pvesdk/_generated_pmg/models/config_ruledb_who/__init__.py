# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models for ``config_ruledb_who``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config_ruledb_who_config_get import (
        ConfigRuledbWhoConfigGetResult as ConfigRuledbWhoConfigGetResult,
    )
    from .config_ruledb_who_get import (
        ConfigRuledbWhoGetResultItem as ConfigRuledbWhoGetResultItem,
    )
    from .config_ruledb_who_ogroup_domain_id_get import (
        ConfigRuledbWhoOgroupDomainIdGetResult as ConfigRuledbWhoOgroupDomainIdGetResult,
    )
    from .config_ruledb_who_ogroup_email_id_get import (
        ConfigRuledbWhoOgroupEmailIdGetResult as ConfigRuledbWhoOgroupEmailIdGetResult,
    )
    from .config_ruledb_who_ogroup_get import (
        ConfigRuledbWhoOgroupGetResultItem as ConfigRuledbWhoOgroupGetResultItem,
    )
    from .config_ruledb_who_ogroup_ip_id_get import (
        ConfigRuledbWhoOgroupIpIdGetResult as ConfigRuledbWhoOgroupIpIdGetResult,
    )
    from .config_ruledb_who_ogroup_ldap_id_get import (
        ConfigRuledbWhoOgroupLdapIdGetResult as ConfigRuledbWhoOgroupLdapIdGetResult,
    )
    from .config_ruledb_who_ogroup_ldapuser_id_get import (
        ConfigRuledbWhoOgroupLdapuserIdGetResult as ConfigRuledbWhoOgroupLdapuserIdGetResult,
    )
    from .config_ruledb_who_ogroup_network_id_get import (
        ConfigRuledbWhoOgroupNetworkIdGetResult as ConfigRuledbWhoOgroupNetworkIdGetResult,
    )
    from .config_ruledb_who_ogroup_objects_get import (
        ConfigRuledbWhoOgroupObjectsGetResultItem as ConfigRuledbWhoOgroupObjectsGetResultItem,
    )
    from .config_ruledb_who_ogroup_regex_id_get import (
        ConfigRuledbWhoOgroupRegexIdGetResult as ConfigRuledbWhoOgroupRegexIdGetResult,
    )

__all__ = [
    "ConfigRuledbWhoConfigGetResult",
    "ConfigRuledbWhoGetResultItem",
    "ConfigRuledbWhoOgroupDomainIdGetResult",
    "ConfigRuledbWhoOgroupEmailIdGetResult",
    "ConfigRuledbWhoOgroupGetResultItem",
    "ConfigRuledbWhoOgroupIpIdGetResult",
    "ConfigRuledbWhoOgroupLdapIdGetResult",
    "ConfigRuledbWhoOgroupLdapuserIdGetResult",
    "ConfigRuledbWhoOgroupNetworkIdGetResult",
    "ConfigRuledbWhoOgroupObjectsGetResultItem",
    "ConfigRuledbWhoOgroupRegexIdGetResult",
]

_INDEX: dict[str, str] = {
    "ConfigRuledbWhoGetResultItem": "config_ruledb_who_get",
    "ConfigRuledbWhoOgroupGetResultItem": "config_ruledb_who_ogroup_get",
    "ConfigRuledbWhoConfigGetResult": "config_ruledb_who_config_get",
    "ConfigRuledbWhoOgroupObjectsGetResultItem": "config_ruledb_who_ogroup_objects_get",
    "ConfigRuledbWhoOgroupEmailIdGetResult": "config_ruledb_who_ogroup_email_id_get",
    "ConfigRuledbWhoOgroupDomainIdGetResult": "config_ruledb_who_ogroup_domain_id_get",
    "ConfigRuledbWhoOgroupRegexIdGetResult": "config_ruledb_who_ogroup_regex_id_get",
    "ConfigRuledbWhoOgroupIpIdGetResult": "config_ruledb_who_ogroup_ip_id_get",
    "ConfigRuledbWhoOgroupNetworkIdGetResult": "config_ruledb_who_ogroup_network_id_get",
    "ConfigRuledbWhoOgroupLdapIdGetResult": "config_ruledb_who_ogroup_ldap_id_get",
    "ConfigRuledbWhoOgroupLdapuserIdGetResult": "config_ruledb_who_ogroup_ldapuser_id_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
