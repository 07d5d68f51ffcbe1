# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/notifications/endpoints/sendmail``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "ClusterNotificationsEndpointsSendmailGetResultItem",
]


class ClusterNotificationsEndpointsSendmailGetResultItem(PveModel):
    """Result object ``ClusterNotificationsEndpointsSendmailGetResultItem``."""

    name: str
    """The name of the endpoint."""

    origin: Literal["user-created", "builtin", "modified-builtin"] | str
    """Show if this entry was created by a user or was built-in"""

    author: str | None = None
    """Author of the mail"""

    comment: str | None = None
    """Comment"""

    disable: bool | None = None
    """Disable this target"""

    from_address: str | None = Field(default=None, alias="from-address")
    """`From` address for the mail"""

    mailto: list[str] | None = None
    """List of email recipients"""

    mailto_user: list[str] | None = Field(default=None, alias="mailto-user")
    """List of users"""
