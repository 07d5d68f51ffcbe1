# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/notifications/endpoints/gotify``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "ClusterNotificationsEndpointsGotifyGetResultItem",
]


class ClusterNotificationsEndpointsGotifyGetResultItem(PveModel):
    """Result object ``ClusterNotificationsEndpointsGotifyGetResultItem``."""

    name: str
    """The name of the endpoint."""

    origin: Literal["user-created", "builtin", "modified-builtin"] | str
    """Show if this entry was created by a user or was built-in"""

    server: str
    """Server URL"""

    comment: str | None = None
    """Comment"""

    disable: bool | None = None
    """Disable this target"""
