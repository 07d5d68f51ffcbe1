# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models for ``config_ldap``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config_ldap_get import ConfigLdapGetResultItem as ConfigLdapGetResultItem
    from .config_ldap_profile_get import (
        ConfigLdapProfileGetResultItem as ConfigLdapProfileGetResultItem,
    )
    from .config_ldap_profile_groups_get import (
        ConfigLdapProfileGroupsGetResultItem as ConfigLdapProfileGroupsGetResultItem,
    )
    from .config_ldap_profile_groups_gid_get import (
        ConfigLdapProfileGroupsGidGetResultItem as ConfigLdapProfileGroupsGidGetResultItem,
    )
    from .config_ldap_profile_users_email_get import (
        ConfigLdapProfileUsersEmailGetResultItem as ConfigLdapProfileUsersEmailGetResultItem,
    )
    from .config_ldap_profile_users_get import (
        ConfigLdapProfileUsersGetResultItem as ConfigLdapProfileUsersGetResultItem,
    )

__all__ = [
    "ConfigLdapGetResultItem",
    "ConfigLdapProfileGetResultItem",
    "ConfigLdapProfileGroupsGetResultItem",
    "ConfigLdapProfileGroupsGidGetResultItem",
    "ConfigLdapProfileUsersEmailGetResultItem",
    "ConfigLdapProfileUsersGetResultItem",
]

_INDEX: dict[str, str] = {
    "ConfigLdapGetResultItem": "config_ldap_get",
    "ConfigLdapProfileGetResultItem": "config_ldap_profile_get",
    "ConfigLdapProfileUsersGetResultItem": "config_ldap_profile_users_get",
    "ConfigLdapProfileUsersEmailGetResultItem": "config_ldap_profile_users_email_get",
    "ConfigLdapProfileGroupsGetResultItem": "config_ldap_profile_groups_get",
    "ConfigLdapProfileGroupsGidGetResultItem": "config_ldap_profile_groups_gid_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
