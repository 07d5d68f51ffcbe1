# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``access``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_acl_get import AccessAclGetResultItem as AccessAclGetResultItem
    from .access_domains_get import (
        AccessDomainsGetResultItem as AccessDomainsGetResultItem,
    )
    from .access_get import AccessGetResultItem as AccessGetResultItem
    from .access_groups_get import (
        AccessGroupsGetResultItem as AccessGroupsGetResultItem,
    )
    from .access_groups_groupid_get import (
        AccessGroupsGroupidGetResult as AccessGroupsGroupidGetResult,
    )
    from .access_openid_get import (
        AccessOpenidGetResultItem as AccessOpenidGetResultItem,
    )
    from .access_openid_login_post import (
        AccessOpenidLoginPostResult as AccessOpenidLoginPostResult,
    )
    from .access_roles_get import AccessRolesGetResultItem as AccessRolesGetResultItem
    from .access_roles_roleid_get import (
        AccessRolesRoleidGetResult as AccessRolesRoleidGetResult,
    )
    from .access_tfa_get import AccessTfaGetResultItem as AccessTfaGetResultItem
    from .access_tfa_get import (
        AccessTfaGetResultItemEntriesItem as AccessTfaGetResultItemEntriesItem,
    )
    from .access_tfa_userid_get import (
        AccessTfaUseridGetResultItem as AccessTfaUseridGetResultItem,
    )
    from .access_tfa_userid_id_get import (
        AccessTfaUseridIdGetResult as AccessTfaUseridIdGetResult,
    )
    from .access_tfa_userid_post import (
        AccessTfaUseridPostResult as AccessTfaUseridPostResult,
    )
    from .access_ticket_post import AccessTicketPostResult as AccessTicketPostResult
    from .access_users_get import AccessUsersGetResultItem as AccessUsersGetResultItem
    from .access_users_get import (
        AccessUsersGetResultItemTokensItem as AccessUsersGetResultItemTokensItem,
    )
    from .access_users_tfa_get import AccessUsersTfaGetResult as AccessUsersTfaGetResult
    from .access_users_userid_get import (
        AccessUsersUseridGetResult as AccessUsersUseridGetResult,
    )
    from .access_users_userid_token_get import (
        AccessUsersUseridTokenGetResultItem as AccessUsersUseridTokenGetResultItem,
    )
    from .access_users_userid_token_tokenid_get import (
        AccessUsersUseridTokenTokenidGetResult as AccessUsersUseridTokenTokenidGetResult,
    )
    from .access_users_userid_token_tokenid_post import (
        AccessUsersUseridTokenTokenidPostResult as AccessUsersUseridTokenTokenidPostResult,
    )
    from .access_users_userid_token_tokenid_post import (
        AccessUsersUseridTokenTokenidPostResultInfo as AccessUsersUseridTokenTokenidPostResultInfo,
    )
    from .access_users_userid_token_tokenid_put import (
        AccessUsersUseridTokenTokenidPutResult as AccessUsersUseridTokenTokenidPutResult,
    )

__all__ = [
    "AccessAclGetResultItem",
    "AccessDomainsGetResultItem",
    "AccessGetResultItem",
    "AccessGroupsGetResultItem",
    "AccessGroupsGroupidGetResult",
    "AccessOpenidGetResultItem",
    "AccessOpenidLoginPostResult",
    "AccessRolesGetResultItem",
    "AccessRolesRoleidGetResult",
    "AccessTfaGetResultItem",
    "AccessTfaGetResultItemEntriesItem",
    "AccessTfaUseridGetResultItem",
    "AccessTfaUseridIdGetResult",
    "AccessTfaUseridPostResult",
    "AccessTicketPostResult",
    "AccessUsersGetResultItem",
    "AccessUsersGetResultItemTokensItem",
    "AccessUsersTfaGetResult",
    "AccessUsersUseridGetResult",
    "AccessUsersUseridTokenGetResultItem",
    "AccessUsersUseridTokenTokenidGetResult",
    "AccessUsersUseridTokenTokenidPostResult",
    "AccessUsersUseridTokenTokenidPostResultInfo",
    "AccessUsersUseridTokenTokenidPutResult",
]

_INDEX: dict[str, str] = {
    "AccessGetResultItem": "access_get",
    "AccessAclGetResultItem": "access_acl_get",
    "AccessDomainsGetResultItem": "access_domains_get",
    "AccessGroupsGetResultItem": "access_groups_get",
    "AccessGroupsGroupidGetResult": "access_groups_groupid_get",
    "AccessOpenidGetResultItem": "access_openid_get",
    "AccessOpenidLoginPostResult": "access_openid_login_post",
    "AccessRolesGetResultItem": "access_roles_get",
    "AccessRolesRoleidGetResult": "access_roles_roleid_get",
    "AccessTfaGetResultItem": "access_tfa_get",
    "AccessTfaGetResultItemEntriesItem": "access_tfa_get",
    "AccessTfaUseridGetResultItem": "access_tfa_userid_get",
    "AccessTfaUseridPostResult": "access_tfa_userid_post",
    "AccessTfaUseridIdGetResult": "access_tfa_userid_id_get",
    "AccessTicketPostResult": "access_ticket_post",
    "AccessUsersGetResultItem": "access_users_get",
    "AccessUsersGetResultItemTokensItem": "access_users_get",
    "AccessUsersUseridGetResult": "access_users_userid_get",
    "AccessUsersTfaGetResult": "access_users_tfa_get",
    "AccessUsersUseridTokenGetResultItem": "access_users_userid_token_get",
    "AccessUsersUseridTokenTokenidGetResult": "access_users_userid_token_tokenid_get",
    "AccessUsersUseridTokenTokenidPostResult": "access_users_userid_token_tokenid_post",
    "AccessUsersUseridTokenTokenidPostResultInfo": "access_users_userid_token_tokenid_post",
    "AccessUsersUseridTokenTokenidPutResult": "access_users_userid_token_tokenid_put",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
