# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``SyncDefaultsOptions`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._propstr import PropertyString

__all__ = ["SyncDefaultsOptions"]


class SyncDefaultsOptions(PropertyString):
    """The default options for behavior of synchronizations.

    Syntax: ``[enable-new=<1|0>] [,full=<1|0>] [,purge=<1|0>] [,remove-vanished=([acl];[properties];[entry])|none] [,scope=<users|groups|both>]``"""

    enable_new: bool | None = Field(default=None, alias="enable-new")

    full: bool | None = None

    purge: bool | None = None

    remove_vanished: str | None = Field(default=None, alias="remove-vanished")
    """([acl"""

    scope: Literal["users", "groups", "both"] | None = None
