# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/jobs/realm-sync``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "ClusterJobsRealmSyncGetResultItem",
]


class ClusterJobsRealmSyncGetResultItem(PveModel):
    """Result object ``ClusterJobsRealmSyncGetResultItem``."""

    enabled: bool
    """If the job is enabled or not."""

    id: str
    """The ID of the entry."""

    realm: str
    """Authentication domain ID"""

    schedule: str
    """The configured sync schedule."""

    comment: str | None = None
    """A comment for the job."""

    last_run: int | None = Field(default=None, alias="last-run")
    """Last execution time of the job in seconds since the beginning of the UNIX epoch"""

    next_run: int | None = Field(default=None, alias="next-run")
    """Next planned execution time of the job in seconds since the beginning of the UNIX epoch."""

    remove_vanished: str | None = Field(default=None, alias="remove-vanished")
    """A semicolon-separated list of things to remove when they or the user vanishes during a sync. The following values are possible: 'entry' removes the user/group when not returned from the sync. 'properties' removes the set properties on existing user/group that do not appear in the source (even custom ones). 'acl' removes acls when the user/group is not returned from the sync. Instead of a list it also can be 'none' (the default)."""

    scope: Literal["users", "groups", "both"] | str | None = None
    """Select what to sync."""
