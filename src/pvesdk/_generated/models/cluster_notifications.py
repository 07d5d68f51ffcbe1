# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``cluster_notifications``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "ClusterNotificationsEndpointsGotifyGetResultItem",
    "ClusterNotificationsEndpointsGotifyNameGetResult",
    "ClusterNotificationsEndpointsSendmailGetResultItem",
    "ClusterNotificationsEndpointsSendmailNameGetResult",
    "ClusterNotificationsEndpointsSmtpGetResultItem",
    "ClusterNotificationsEndpointsSmtpNameGetResult",
    "ClusterNotificationsEndpointsWebhookGetResultItem",
    "ClusterNotificationsEndpointsWebhookNameGetResult",
    "ClusterNotificationsMatcherFieldValuesGetResultItem",
    "ClusterNotificationsMatcherFieldsGetResultItem",
    "ClusterNotificationsMatchersGetResultItem",
    "ClusterNotificationsMatchersNameGetResult",
    "ClusterNotificationsTargetsGetResultItem",
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


class ClusterNotificationsEndpointsSmtpGetResultItem(PveModel):
    """Result object ``ClusterNotificationsEndpointsSmtpGetResultItem``."""

    from_address: str = Field(alias="from-address")
    """`From` address for the mail"""

    name: str
    """The name of the endpoint."""

    origin: Literal["user-created", "builtin", "modified-builtin"] | str
    """Show if this entry was created by a user or was built-in"""

    server: str
    """The address of the SMTP server."""

    author: str | None = None
    """Author of the mail. Defaults to 'Proxmox VE'."""

    comment: str | None = None
    """Comment"""

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


class ClusterNotificationsEndpointsWebhookNameGetResult(PveModel):
    """Result object ``ClusterNotificationsEndpointsWebhookNameGetResult``."""

    method: Literal["post", "put", "get"] | str
    """HTTP method"""

    name: str
    """The name of the endpoint."""

    url: str
    """Server URL"""

    body: str | None = None
    """HTTP body, base64 encoded"""

    comment: str | None = None
    """Comment"""

    digest: str | None = None
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    disable: bool | None = None
    """Disable this target"""

    header: list[str] | None = None
    """HTTP headers to set. These have to be formatted as a property string in the format name=<name>,value=<base64 of value>"""

    secret: list[str] | None = None
    """Secrets to set. These have to be formatted as a property string in the format name=<name>,value=<base64 of value>"""


class ClusterNotificationsMatcherFieldValuesGetResultItem(PveModel):
    """Result object ``ClusterNotificationsMatcherFieldValuesGetResultItem``."""

    field: str
    """Field this value belongs to."""

    value: str
    """Notification metadata value known by the system."""

    comment: str | None = None
    """Additional comment for this value."""


class ClusterNotificationsMatcherFieldsGetResultItem(PveModel):
    """Result object ``ClusterNotificationsMatcherFieldsGetResultItem``."""

    name: str
    """Name of the field."""


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


class ClusterNotificationsMatchersNameGetResult(PveModel):
    """Result object ``ClusterNotificationsMatchersNameGetResult``."""

    name: str
    """Name of the matcher."""

    comment: str | None = None
    """Comment"""

    digest: str | None = None
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

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
