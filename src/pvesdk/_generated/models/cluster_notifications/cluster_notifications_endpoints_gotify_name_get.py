# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/notifications/endpoints/gotify/{name}``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "ClusterNotificationsEndpointsGotifyNameGetResult",
]


class ClusterNotificationsEndpointsGotifyNameGetResult(PveModel):
    """Result object ``ClusterNotificationsEndpointsGotifyNameGetResult``."""

    name: str
    """The name of the endpoint."""

    server: str
    """Server URL"""

    comment: str | None = None
    """Comment"""

    digest: str | None = None
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    disable: bool | None = None
    """Disable this target"""
