# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/notifications/endpoints/smtp/{name}``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "ClusterNotificationsEndpointsSmtpNameGetResult",
]


class ClusterNotificationsEndpointsSmtpNameGetResult(PveModel):
    """Result object ``ClusterNotificationsEndpointsSmtpNameGetResult``."""

    from_address: str = Field(alias="from-address")
    """`From` address for the mail"""

    name: str
    """The name of the endpoint."""

    server: str
    """The address of the SMTP server."""

    author: str | None = None
    """Author of the mail. Defaults to 'Proxmox VE'."""

    comment: str | None = None
    """Comment"""

    digest: str | None = None
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    disable: bool | None = None
    """Disable this target"""

    mailto: list[str] | None = None
    """List of email recipients"""

    mailto_user: list[str] | None = Field(default=None, alias="mailto-user")
    """List of users"""

    mode: Literal["insecure", "starttls", "tls"] | str | None = None
    """Determine which encryption method shall be used for the connection."""

    port: int | None = None
    """The port to be used. Defaults to 465 for TLS based connections, 587 for STARTTLS based connections and port 25 for insecure plain-text connections."""

    username: str | None = None
    """Username for SMTP authentication"""
