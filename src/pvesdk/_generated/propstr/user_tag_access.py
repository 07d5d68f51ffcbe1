# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``UserTagAccess`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._propstr import PropertyString

__all__ = ["UserTagAccess"]


class UserTagAccess(PropertyString):
    """Privilege options for user-settable tags

    Syntax: ``[user-allow=<enum>] [,user-allow-list=<tag>[;<tag>...]]``"""

    user_allow: Literal["none", "list", "existing", "free"] | None = Field(
        default=None, alias="user-allow"
    )
    """Controls tag usage for users without `Sys.Modify` on `/` by either allowing `none`, a `list`, already `existing` or anything (`free`).
    Default: ``free``."""

    user_allow_list: str | None = Field(default=None, alias="user-allow-list")
    """List of tags users are allowed to set and delete (semicolon separated) for 'user-allow' values 'list' and 'existing'.
    Pattern: ``^(?i:[a-z0-9_][a-z0-9_\\-\\+\\.]*)(?:;(?i:[a-z0-9_][a-z0-9_\\-\\+\\.]*))*$``."""
