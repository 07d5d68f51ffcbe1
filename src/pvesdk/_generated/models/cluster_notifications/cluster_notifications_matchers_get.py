# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/notifications/matchers``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "ClusterNotificationsMatchersGetResultItem",
]


class ClusterNotificationsMatchersGetResultItem(PveModel):
    """Result object ``ClusterNotificationsMatchersGetResultItem``."""

    name: str
    """Name of the matcher."""

    origin: Literal["user-created", "builtin", "modified-builtin"] | str
    """Show if this entry was created by a user or was built-in"""

    comment: str | None = None
    """Comment"""

    disable: bool | None = None
    """Disable this matcher"""

    invert_match: bool | None = Field(default=None, alias="invert-match")
    """Invert match of the whole matcher"""

    match_calendar: list[str] | None = Field(default=None, alias="match-calendar")
    """Match notification timestamp"""

    match_field: list[str] | None = Field(default=None, alias="match-field")
    """Metadata fields to match (regex or exact match). Must be in the form (regex|exact):<field>=<value>"""

    match_severity: list[str] | None = Field(default=None, alias="match-severity")
    """Notification severities to match"""

    mode: Literal["all", "any"] | str | None = None
    """Choose between 'all' and 'any' for when multiple properties are specified"""

    target: list[str] | None = None
    """Targets to notify on match"""
