# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/notifications/targets``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "ClusterNotificationsTargetsGetResultItem",
]


class ClusterNotificationsTargetsGetResultItem(PveModel):
    """Result object ``ClusterNotificationsTargetsGetResultItem``."""

    name: str
    """Name of the target."""

    origin: Literal["user-created", "builtin", "modified-builtin"] | str
    """Show if this entry was created by a user or was built-in"""

    type: Literal["sendmail", "gotify", "smtp", "webhook"] | str
    """Type of the target."""

    comment: str | None = None
    """Comment"""

    disable: bool | None = None
    """Show if this target is disabled"""
