# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/notifications/endpoints/webhook``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "ClusterNotificationsEndpointsWebhookGetResultItem",
]


class ClusterNotificationsEndpointsWebhookGetResultItem(PveModel):
    """Result object ``ClusterNotificationsEndpointsWebhookGetResultItem``."""

    method: Literal["post", "put", "get"] | str
    """HTTP method"""

    name: str
    """The name of the endpoint."""

    origin: Literal["user-created", "builtin", "modified-builtin"] | str
    """Show if this entry was created by a user or was built-in"""

    url: str
    """Server URL"""

    body: str | None = None
    """HTTP body, base64 encoded"""

    comment: str | None = None
    """Comment"""

    disable: bool | None = None
    """Disable this target"""

    header: list[str] | None = None
    """HTTP headers to set. These have to be formatted as a property string in the format name=<name>,value=<base64 of value>"""

    secret: list[str] | None = None
    """Secrets to set. These have to be formatted as a property string in the format name=<name>,value=<base64 of value>"""
