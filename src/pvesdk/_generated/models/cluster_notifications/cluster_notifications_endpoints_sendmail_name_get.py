# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/notifications/endpoints/sendmail/{name}``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "ClusterNotificationsEndpointsSendmailNameGetResult",
]


class ClusterNotificationsEndpointsSendmailNameGetResult(PveModel):
    """Result object ``ClusterNotificationsEndpointsSendmailNameGetResult``."""

    name: str
    """The name of the endpoint."""

    author: str | None = None
    """Author of the mail"""

    comment: str | None = None
    """Comment"""

    digest: str | None = None
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    disable: bool | None = None
    """Disable this target"""

    from_address: str | None = Field(default=None, alias="from-address")
    """`From` address for the mail"""

    mailto: list[str] | None = None
    """List of email recipients"""

    mailto_user: list[str] | None = Field(default=None, alias="mailto-user")
    """List of users"""
