# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``cluster_notifications`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import secret as _secret
from pvesdk._runtime import segment as _segment
from pvesdk._runtime import sequence as _sequence

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.cluster_notifications.cluster_notifications_endpoints_gotify_get import (
        ClusterNotificationsEndpointsGotifyGetResultItem,
    )
    from ..models.cluster_notifications.cluster_notifications_endpoints_gotify_name_get import (
        ClusterNotificationsEndpointsGotifyNameGetResult,
    )
    from ..models.cluster_notifications.cluster_notifications_endpoints_sendmail_get import (
        ClusterNotificationsEndpointsSendmailGetResultItem,
    )
    from ..models.cluster_notifications.cluster_notifications_endpoints_sendmail_name_get import (
        ClusterNotificationsEndpointsSendmailNameGetResult,
    )
    from ..models.cluster_notifications.cluster_notifications_endpoints_smtp_get import (
        ClusterNotificationsEndpointsSmtpGetResultItem,
    )
    from ..models.cluster_notifications.cluster_notifications_endpoints_smtp_name_get import (
        ClusterNotificationsEndpointsSmtpNameGetResult,
    )
    from ..models.cluster_notifications.cluster_notifications_endpoints_webhook_get import (
        ClusterNotificationsEndpointsWebhookGetResultItem,
    )
    from ..models.cluster_notifications.cluster_notifications_endpoints_webhook_name_get import (
        ClusterNotificationsEndpointsWebhookNameGetResult,
    )
    from ..models.cluster_notifications.cluster_notifications_matcher_field_values_get import (
        ClusterNotificationsMatcherFieldValuesGetResultItem,
    )
    from ..models.cluster_notifications.cluster_notifications_matcher_fields_get import (
        ClusterNotificationsMatcherFieldsGetResultItem,
    )
    from ..models.cluster_notifications.cluster_notifications_matchers_get import (
        ClusterNotificationsMatchersGetResultItem,
    )
    from ..models.cluster_notifications.cluster_notifications_matchers_name_get import (
        ClusterNotificationsMatchersNameGetResult,
    )
    from ..models.cluster_notifications.cluster_notifications_targets_get import (
        ClusterNotificationsTargetsGetResultItem,
    )

_R0: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /cluster/notifications")
_R1: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /cluster/notifications/endpoints"
)
_R2: Returns[list[ClusterNotificationsEndpointsGotifyGetResultItem]] = Returns(
    "list[ClusterNotificationsEndpointsGotifyGetResultItem]",
    "GET /cluster/notifications/endpoints/gotify",
    "models.cluster_notifications.cluster_notifications_endpoints_gotify_get",
)
_R3: Returns[None] = Returns("None", "POST /cluster/notifications/endpoints/gotify")
_R4: Returns[ClusterNotificationsEndpointsGotifyNameGetResult] = Returns(
    "ClusterNotificationsEndpointsGotifyNameGetResult",
    "GET /cluster/notifications/endpoints/gotify/{name}",
    "models.cluster_notifications.cluster_notifications_endpoints_gotify_name_get",
)
_R5: Returns[None] = Returns("None", "PUT /cluster/notifications/endpoints/gotify/{name}")
_R6: Returns[None] = Returns("None", "DELETE /cluster/notifications/endpoints/gotify/{name}")
_R7: Returns[list[ClusterNotificationsEndpointsSendmailGetResultItem]] = Returns(
    "list[ClusterNotificationsEndpointsSendmailGetResultItem]",
    "GET /cluster/notifications/endpoints/sendmail",
    "models.cluster_notifications.cluster_notifications_endpoints_sendmail_get",
)
_R8: Returns[None] = Returns("None", "POST /cluster/notifications/endpoints/sendmail")
_R9: Returns[ClusterNotificationsEndpointsSendmailNameGetResult] = Returns(
    "ClusterNotificationsEndpointsSendmailNameGetResult",
    "GET /cluster/notifications/endpoints/sendmail/{name}",
    "models.cluster_notifications.cluster_notifications_endpoints_sendmail_name_get",
)
_R10: Returns[None] = Returns("None", "PUT /cluster/notifications/endpoints/sendmail/{name}")
_R11: Returns[None] = Returns("None", "DELETE /cluster/notifications/endpoints/sendmail/{name}")
_R12: Returns[list[ClusterNotificationsEndpointsSmtpGetResultItem]] = Returns(
    "list[ClusterNotificationsEndpointsSmtpGetResultItem]",
    "GET /cluster/notifications/endpoints/smtp",
    "models.cluster_notifications.cluster_notifications_endpoints_smtp_get",
)
_R13: Returns[None] = Returns("None", "POST /cluster/notifications/endpoints/smtp")
_R14: Returns[ClusterNotificationsEndpointsSmtpNameGetResult] = Returns(
    "ClusterNotificationsEndpointsSmtpNameGetResult",
    "GET /cluster/notifications/endpoints/smtp/{name}",
    "models.cluster_notifications.cluster_notifications_endpoints_smtp_name_get",
)
_R15: Returns[None] = Returns("None", "PUT /cluster/notifications/endpoints/smtp/{name}")
_R16: Returns[None] = Returns("None", "DELETE /cluster/notifications/endpoints/smtp/{name}")
_R17: Returns[list[ClusterNotificationsEndpointsWebhookGetResultItem]] = Returns(
    "list[ClusterNotificationsEndpointsWebhookGetResultItem]",
    "GET /cluster/notifications/endpoints/webhook",
    "models.cluster_notifications.cluster_notifications_endpoints_webhook_get",
)
_R18: Returns[None] = Returns("None", "POST /cluster/notifications/endpoints/webhook")
_R19: Returns[ClusterNotificationsEndpointsWebhookNameGetResult] = Returns(
    "ClusterNotificationsEndpointsWebhookNameGetResult",
    "GET /cluster/notifications/endpoints/webhook/{name}",
    "models.cluster_notifications.cluster_notifications_endpoints_webhook_name_get",
)
_R20: Returns[None] = Returns("None", "PUT /cluster/notifications/endpoints/webhook/{name}")
_R21: Returns[None] = Returns("None", "DELETE /cluster/notifications/endpoints/webhook/{name}")
_R22: Returns[list[ClusterNotificationsMatcherFieldValuesGetResultItem]] = Returns(
    "list[ClusterNotificationsMatcherFieldValuesGetResultItem]",
    "GET /cluster/notifications/matcher-field-values",
    "models.cluster_notifications.cluster_notifications_matcher_field_values_get",
)
_R23: Returns[list[ClusterNotificationsMatcherFieldsGetResultItem]] = Returns(
    "list[ClusterNotificationsMatcherFieldsGetResultItem]",
    "GET /cluster/notifications/matcher-fields",
    "models.cluster_notifications.cluster_notifications_matcher_fields_get",
)
_R24: Returns[list[ClusterNotificationsMatchersGetResultItem]] = Returns(
    "list[ClusterNotificationsMatchersGetResultItem]",
    "GET /cluster/notifications/matchers",
    "models.cluster_notifications.cluster_notifications_matchers_get",
)
_R25: Returns[None] = Returns("None", "POST /cluster/notifications/matchers")
_R26: Returns[ClusterNotificationsMatchersNameGetResult] = Returns(
    "ClusterNotificationsMatchersNameGetResult",
    "GET /cluster/notifications/matchers/{name}",
    "models.cluster_notifications.cluster_notifications_matchers_name_get",
)
_R27: Returns[None] = Returns("None", "PUT /cluster/notifications/matchers/{name}")
_R28: Returns[None] = Returns("None", "DELETE /cluster/notifications/matchers/{name}")
_R29: Returns[list[ClusterNotificationsTargetsGetResultItem]] = Returns(
    "list[ClusterNotificationsTargetsGetResultItem]",
    "GET /cluster/notifications/targets",
    "models.cluster_notifications.cluster_notifications_targets_get",
)
_R30: Returns[None] = Returns("None", "POST /cluster/notifications/targets/{name}/test")


class ClusterNotifications(SyncPath):
    """``/cluster/notifications`` (notifications)

    ``GET``: Index for notification-related API endpoints."""

    __slots__ = ()

    @property
    def endpoints(self) -> ClusterNotificationsEndpoints:
        """Index for all available endpoint types."""
        return ClusterNotificationsEndpoints(self._client, self._path + "/endpoints")

    @property
    def matcher_field_values(self) -> ClusterNotificationsMatcherFieldValues:
        """Returns known notification metadata fields and their known values"""
        return ClusterNotificationsMatcherFieldValues(
            self._client, self._path + "/matcher-field-values"
        )

    @property
    def matcher_fields(self) -> ClusterNotificationsMatcherFields:
        """Returns known notification metadata fields"""
        return ClusterNotificationsMatcherFields(self._client, self._path + "/matcher-fields")

    @property
    def matchers(self) -> ClusterNotificationsMatchers:
        """Returns a list of all matchers"""
        return ClusterNotificationsMatchers(self._client, self._path + "/matchers")

    @property
    def targets(self) -> ClusterNotificationsTargets:
        """Returns a list of all entities that can be used as notification targets."""
        return ClusterNotificationsTargets(self._client, self._path + "/targets")

    def get(self) -> list[dict[str, Any]]:
        """Index for notification-related API endpoints.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox VE: New in 8.1.

        Proxmox: ``GET /cluster/notifications`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R0)


class ClusterNotificationsEndpoints(SyncPath):
    """``/cluster/notifications/endpoints`` (endpoints)

    ``GET``: Index for all available endpoint types."""

    __slots__ = ()

    @property
    def gotify(self) -> ClusterNotificationsEndpointsGotify:
        """Returns a list of all gotify endpoints"""
        return ClusterNotificationsEndpointsGotify(self._client, self._path + "/gotify")

    @property
    def sendmail(self) -> ClusterNotificationsEndpointsSendmail:
        """Returns a list of all sendmail endpoints"""
        return ClusterNotificationsEndpointsSendmail(self._client, self._path + "/sendmail")

    @property
    def smtp(self) -> ClusterNotificationsEndpointsSmtp:
        """Returns a list of all smtp endpoints"""
        return ClusterNotificationsEndpointsSmtp(self._client, self._path + "/smtp")

    @property
    def webhook(self) -> ClusterNotificationsEndpointsWebhook:
        """Returns a list of all webhook endpoints"""
        return ClusterNotificationsEndpointsWebhook(self._client, self._path + "/webhook")

    def get(self) -> list[dict[str, Any]]:
        """Index for all available endpoint types.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox VE: New in 8.1.

        Proxmox: ``GET /cluster/notifications/endpoints`` (``endpoints_index``)."""
        return self._client._call("GET", self._path, {}, _R1)


class ClusterNotificationsEndpointsGotify(SyncPath):
    """``/cluster/notifications/endpoints/gotify`` (gotify)

    ``GET``: Returns a list of all gotify endpoints
    ``POST``: Create a new gotify endpoint"""

    __slots__ = ()

    def name(self, name: str) -> ClusterNotificationsEndpointsGotifyName:
        """Name of the endpoint."""
        return ClusterNotificationsEndpointsGotifyName(
            self._client, self._path + "/" + _segment(name)
        )

    def get(self) -> list[ClusterNotificationsEndpointsGotifyGetResultItem]:
        """Returns a list of all gotify endpoints

        Returns:
            ``list[ClusterNotificationsEndpointsGotifyGetResultItem]``

        Permissions:
            Check: ``[perm, /mapping/notifications, [Mapping.Audit]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``GET /cluster/notifications/endpoints/gotify`` (``get_gotify_endpoints``)."""
        return self._client._call("GET", self._path, {}, _R2)

    def post(
        self,
        *,
        name: str,
        server: str,
        token: str,
        comment: str | None = None,
        disable: bool | None = None,
    ) -> None:
        """Create a new gotify endpoint

        Args:
            name: The name of the endpoint.
                Proxmox VE: New in 8.1.
                Format: ``pve-configid``.
            server: Server URL
                Proxmox VE: New in 8.1.
            token: Secret token
                Proxmox VE: New in 8.1.
            comment: Comment
                Proxmox VE: New in 8.1.
            disable: Disable this target
                Proxmox VE: New in 8.1.
                Default: ``0``.

        Returns:
            ``None``

        Permissions:
            Check: ``[and, [perm, /mapping/notifications, [Mapping.Modify]], [or, [perm, /, [Sys.Audit, Sys.Modify]], [perm, /, [Sys.AccessNetwork]]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``POST /cluster/notifications/endpoints/gotify`` (``create_gotify_endpoint``)."""
        token = _secret(token)
        params = {
            "name": name,
            "server": server,
            "token": token,
            "comment": comment,
            "disable": disable,
        }
        return self._client._call("POST", self._path, params, _R3)


class ClusterNotificationsEndpointsGotifyName(SyncPath):
    """``/cluster/notifications/endpoints/gotify/{name}`` ({name})

    ``GET``: Return a specific gotify endpoint
    ``PUT``: Update existing gotify endpoint
    ``DELETE``: Remove gotify endpoint"""

    __slots__ = ()

    def get(self) -> ClusterNotificationsEndpointsGotifyNameGetResult:
        """Return a specific gotify endpoint

        Returns:
            ``ClusterNotificationsEndpointsGotifyNameGetResult``

        Permissions:
            Check: ``[or, [perm, /mapping/notifications, [Mapping.Modify]], [perm, /mapping/notifications, [Mapping.Audit]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``GET /cluster/notifications/endpoints/gotify/{name}`` (``get_gotify_endpoint``)."""
        return self._client._call("GET", self._path, {}, _R4)

    def put(
        self,
        *,
        comment: str | None = None,
        delete: list[str] | tuple[str, ...] | None = None,
        digest: str | None = None,
        disable: bool | None = None,
        server: str | None = None,
        token: str | None = None,
    ) -> None:
        """Update existing gotify endpoint

        Args:
            comment: Comment
                Proxmox VE: New in 8.1.
            delete: A list of settings you want to delete.
                Proxmox VE: New in 8.1.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 8.1.
                Length: 0 to 64.
            disable: Disable this target
                Proxmox VE: New in 8.1.
                Default: ``0``.
            server: Server URL
                Proxmox VE: New in 8.1.
            token: Secret token
                Proxmox VE: New in 8.1.

        Returns:
            ``None``

        Permissions:
            Check: ``[and, [perm, /mapping/notifications, [Mapping.Modify]], [or, [perm, /, [Sys.Audit, Sys.Modify]], [perm, /, [Sys.AccessNetwork]]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``PUT /cluster/notifications/endpoints/gotify/{name}`` (``update_gotify_endpoint``)."""
        token = _secret(token)
        params = {
            "comment": comment,
            "delete": _sequence("delete", delete),
            "digest": digest,
            "disable": disable,
            "server": server,
            "token": token,
        }
        return self._client._call("PUT", self._path, params, _R5)

    def delete(self) -> None:
        """Remove gotify endpoint

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/notifications, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``DELETE /cluster/notifications/endpoints/gotify/{name}`` (``delete_gotify_endpoint``)."""
        return self._client._call("DELETE", self._path, {}, _R6)


class ClusterNotificationsEndpointsSendmail(SyncPath):
    """``/cluster/notifications/endpoints/sendmail`` (sendmail)

    ``GET``: Returns a list of all sendmail endpoints
    ``POST``: Create a new sendmail endpoint"""

    __slots__ = ()

    def name(self, name: str) -> ClusterNotificationsEndpointsSendmailName:
        """{name}"""
        return ClusterNotificationsEndpointsSendmailName(
            self._client, self._path + "/" + _segment(name)
        )

    def get(self) -> list[ClusterNotificationsEndpointsSendmailGetResultItem]:
        """Returns a list of all sendmail endpoints

        Returns:
            ``list[ClusterNotificationsEndpointsSendmailGetResultItem]``

        Permissions:
            Check: ``[or, [perm, /mapping/notifications, [Mapping.Modify]], [perm, /mapping/notifications, [Mapping.Audit]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``GET /cluster/notifications/endpoints/sendmail`` (``get_sendmail_endpoints``)."""
        return self._client._call("GET", self._path, {}, _R7)

    def post(
        self,
        *,
        name: str,
        author: str | None = None,
        comment: str | None = None,
        disable: bool | None = None,
        from_address: str | None = None,
        mailto: list[str] | tuple[str, ...] | None = None,
        mailto_user: list[str] | tuple[str, ...] | None = None,
    ) -> None:
        """Create a new sendmail endpoint

        Args:
            name: The name of the endpoint.
                Proxmox VE: New in 8.1.
                Format: ``pve-configid``.
            author: Author of the mail
                Proxmox VE: New in 8.1.
            comment: Comment
                Proxmox VE: New in 8.1.
            disable: Disable this target
                Proxmox VE: New in 8.1.
                Default: ``0``.
            from_address: `From` address for the mail
                Proxmox VE: New in 8.1.
            mailto: List of email recipients
                Proxmox VE: New in 8.1.
            mailto_user: List of users
                Proxmox VE: New in 8.1.

        Returns:
            ``None``

        Permissions:
            Check: ``[and, [perm, /mapping/notifications, [Mapping.Modify]], [or, [perm, /, [Sys.Audit, Sys.Modify]], [perm, /, [Sys.AccessNetwork]]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``POST /cluster/notifications/endpoints/sendmail`` (``create_sendmail_endpoint``)."""
        params = {
            "name": name,
            "author": author,
            "comment": comment,
            "disable": disable,
            "from-address": from_address,
            "mailto": _sequence("mailto", mailto),
            "mailto-user": _sequence("mailto-user", mailto_user),
        }
        return self._client._call("POST", self._path, params, _R8)


class ClusterNotificationsEndpointsSendmailName(SyncPath):
    """``/cluster/notifications/endpoints/sendmail/{name}`` ({name})

    ``GET``: Return a specific sendmail endpoint
    ``PUT``: Update existing sendmail endpoint
    ``DELETE``: Remove sendmail endpoint"""

    __slots__ = ()

    def get(self) -> ClusterNotificationsEndpointsSendmailNameGetResult:
        """Return a specific sendmail endpoint

        Returns:
            ``ClusterNotificationsEndpointsSendmailNameGetResult``

        Permissions:
            Check: ``[or, [perm, /mapping/notifications, [Mapping.Modify]], [perm, /mapping/notifications, [Mapping.Audit]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``GET /cluster/notifications/endpoints/sendmail/{name}`` (``get_sendmail_endpoint``)."""
        return self._client._call("GET", self._path, {}, _R9)

    def put(
        self,
        *,
        author: str | None = None,
        comment: str | None = None,
        delete: list[str] | tuple[str, ...] | None = None,
        digest: str | None = None,
        disable: bool | None = None,
        from_address: str | None = None,
        mailto: list[str] | tuple[str, ...] | None = None,
        mailto_user: list[str] | tuple[str, ...] | None = None,
    ) -> None:
        """Update existing sendmail endpoint

        Args:
            author: Author of the mail
                Proxmox VE: New in 8.1.
            comment: Comment
                Proxmox VE: New in 8.1.
            delete: A list of settings you want to delete.
                Proxmox VE: New in 8.1.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 8.1.
                Length: 0 to 64.
            disable: Disable this target
                Proxmox VE: New in 8.1.
                Default: ``0``.
            from_address: `From` address for the mail
                Proxmox VE: New in 8.1.
            mailto: List of email recipients
                Proxmox VE: New in 8.1.
            mailto_user: List of users
                Proxmox VE: New in 8.1.

        Returns:
            ``None``

        Permissions:
            Check: ``[and, [perm, /mapping/notifications, [Mapping.Modify]], [or, [perm, /, [Sys.Audit, Sys.Modify]], [perm, /, [Sys.AccessNetwork]]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``PUT /cluster/notifications/endpoints/sendmail/{name}`` (``update_sendmail_endpoint``)."""
        params = {
            "author": author,
            "comment": comment,
            "delete": _sequence("delete", delete),
            "digest": digest,
            "disable": disable,
            "from-address": from_address,
            "mailto": _sequence("mailto", mailto),
            "mailto-user": _sequence("mailto-user", mailto_user),
        }
        return self._client._call("PUT", self._path, params, _R10)

    def delete(self) -> None:
        """Remove sendmail endpoint

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/notifications, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``DELETE /cluster/notifications/endpoints/sendmail/{name}`` (``delete_sendmail_endpoint``)."""
        return self._client._call("DELETE", self._path, {}, _R11)


class ClusterNotificationsEndpointsSmtp(SyncPath):
    """``/cluster/notifications/endpoints/smtp`` (smtp)

    ``GET``: Returns a list of all smtp endpoints
    ``POST``: Create a new smtp endpoint"""

    __slots__ = ()

    def name(self, name: str) -> ClusterNotificationsEndpointsSmtpName:
        """{name}"""
        return ClusterNotificationsEndpointsSmtpName(
            self._client, self._path + "/" + _segment(name)
        )

    def get(self) -> list[ClusterNotificationsEndpointsSmtpGetResultItem]:
        """Returns a list of all smtp endpoints

        Returns:
            ``list[ClusterNotificationsEndpointsSmtpGetResultItem]``

        Permissions:
            Check: ``[or, [perm, /mapping/notifications, [Mapping.Modify]], [perm, /mapping/notifications, [Mapping.Audit]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``GET /cluster/notifications/endpoints/smtp`` (``get_smtp_endpoints``)."""
        return self._client._call("GET", self._path, {}, _R12)

    def post(
        self,
        *,
        from_address: str,
        name: str,
        server: str,
        author: str | None = None,
        comment: str | None = None,
        disable: bool | None = None,
        mailto: list[str] | tuple[str, ...] | None = None,
        mailto_user: list[str] | tuple[str, ...] | None = None,
        mode: Literal["insecure", "starttls", "tls"] | None = None,
        password: str | None = None,
        port: int | None = None,
        username: str | None = None,
    ) -> None:
        """Create a new smtp endpoint

        Args:
            from_address: `From` address for the mail
                Proxmox VE: New in 8.1.
            name: The name of the endpoint.
                Proxmox VE: New in 8.1.
                Format: ``pve-configid``.
            server: The address of the SMTP server.
                Proxmox VE: New in 8.1.
            author: Author of the mail. Defaults to 'Proxmox VE'.
                Proxmox VE: New in 8.1.
            comment: Comment
                Proxmox VE: New in 8.1.
            disable: Disable this target
                Proxmox VE: New in 8.1.
                Default: ``0``.
            mailto: List of email recipients
                Proxmox VE: New in 8.1.
            mailto_user: List of users
                Proxmox VE: New in 8.1.
            mode: Determine which encryption method shall be used for the connection.
                Proxmox VE: New in 8.1.
                Default: ``tls``.
            password: Password for SMTP authentication
                Proxmox VE: New in 8.1.
            port: The port to be used. Defaults to 465 for TLS based connections, 587 for STARTTLS based connections and port 25 for insecure plain-text connections.
                Proxmox VE: New in 8.1.
            username: Username for SMTP authentication
                Proxmox VE: New in 8.1.

        Returns:
            ``None``

        Permissions:
            Check: ``[and, [perm, /mapping/notifications, [Mapping.Modify]], [or, [perm, /, [Sys.Audit, Sys.Modify]], [perm, /, [Sys.AccessNetwork]]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``POST /cluster/notifications/endpoints/smtp`` (``create_smtp_endpoint``)."""
        password = _secret(password)
        params = {
            "from-address": from_address,
            "name": name,
            "server": server,
            "author": author,
            "comment": comment,
            "disable": disable,
            "mailto": _sequence("mailto", mailto),
            "mailto-user": _sequence("mailto-user", mailto_user),
            "mode": mode,
            "password": password,
            "port": port,
            "username": username,
        }
        return self._client._call("POST", self._path, params, _R13)


class ClusterNotificationsEndpointsSmtpName(SyncPath):
    """``/cluster/notifications/endpoints/smtp/{name}`` ({name})

    ``GET``: Return a specific smtp endpoint
    ``PUT``: Update existing smtp endpoint
    ``DELETE``: Remove smtp endpoint"""

    __slots__ = ()

    def get(self) -> ClusterNotificationsEndpointsSmtpNameGetResult:
        """Return a specific smtp endpoint

        Returns:
            ``ClusterNotificationsEndpointsSmtpNameGetResult``

        Permissions:
            Check: ``[or, [perm, /mapping/notifications, [Mapping.Modify]], [perm, /mapping/notifications, [Mapping.Audit]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``GET /cluster/notifications/endpoints/smtp/{name}`` (``get_smtp_endpoint``)."""
        return self._client._call("GET", self._path, {}, _R14)

    def put(
        self,
        *,
        author: str | None = None,
        comment: str | None = None,
        delete: list[str] | tuple[str, ...] | None = None,
        digest: str | None = None,
        disable: bool | None = None,
        from_address: str | None = None,
        mailto: list[str] | tuple[str, ...] | None = None,
        mailto_user: list[str] | tuple[str, ...] | None = None,
        mode: Literal["insecure", "starttls", "tls"] | None = None,
        password: str | None = None,
        port: int | None = None,
        server: str | None = None,
        username: str | None = None,
    ) -> None:
        """Update existing smtp endpoint

        Args:
            author: Author of the mail. Defaults to 'Proxmox VE'.
                Proxmox VE: New in 8.1.
            comment: Comment
                Proxmox VE: New in 8.1.
            delete: A list of settings you want to delete.
                Proxmox VE: New in 8.1.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 8.1.
                Length: 0 to 64.
            disable: Disable this target
                Proxmox VE: New in 8.1.
                Default: ``0``.
            from_address: `From` address for the mail
                Proxmox VE: New in 8.1.
            mailto: List of email recipients
                Proxmox VE: New in 8.1.
            mailto_user: List of users
                Proxmox VE: New in 8.1.
            mode: Determine which encryption method shall be used for the connection.
                Proxmox VE: New in 8.1.
                Default: ``tls``.
            password: Password for SMTP authentication
                Proxmox VE: New in 8.1.
            port: The port to be used. Defaults to 465 for TLS based connections, 587 for STARTTLS based connections and port 25 for insecure plain-text connections.
                Proxmox VE: New in 8.1.
            server: The address of the SMTP server.
                Proxmox VE: New in 8.1.
            username: Username for SMTP authentication
                Proxmox VE: New in 8.1.

        Returns:
            ``None``

        Permissions:
            Check: ``[and, [perm, /mapping/notifications, [Mapping.Modify]], [or, [perm, /, [Sys.Audit, Sys.Modify]], [perm, /, [Sys.AccessNetwork]]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``PUT /cluster/notifications/endpoints/smtp/{name}`` (``update_smtp_endpoint``)."""
        password = _secret(password)
        params = {
            "author": author,
            "comment": comment,
            "delete": _sequence("delete", delete),
            "digest": digest,
            "disable": disable,
            "from-address": from_address,
            "mailto": _sequence("mailto", mailto),
            "mailto-user": _sequence("mailto-user", mailto_user),
            "mode": mode,
            "password": password,
            "port": port,
            "server": server,
            "username": username,
        }
        return self._client._call("PUT", self._path, params, _R15)

    def delete(self) -> None:
        """Remove smtp endpoint

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/notifications, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``DELETE /cluster/notifications/endpoints/smtp/{name}`` (``delete_smtp_endpoint``)."""
        return self._client._call("DELETE", self._path, {}, _R16)


class ClusterNotificationsEndpointsWebhook(SyncPath):
    """``/cluster/notifications/endpoints/webhook`` (webhook)

    ``GET``: Returns a list of all webhook endpoints
    ``POST``: Create a new webhook endpoint"""

    __slots__ = ()

    def name(self, name: str) -> ClusterNotificationsEndpointsWebhookName:
        """Name of the endpoint."""
        return ClusterNotificationsEndpointsWebhookName(
            self._client, self._path + "/" + _segment(name)
        )

    def get(self) -> list[ClusterNotificationsEndpointsWebhookGetResultItem]:
        """Returns a list of all webhook endpoints

        Returns:
            ``list[ClusterNotificationsEndpointsWebhookGetResultItem]``

        Permissions:
            Check: ``[perm, /mapping/notifications, [Mapping.Audit]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.2.

        Proxmox: ``GET /cluster/notifications/endpoints/webhook`` (``get_webhook_endpoints``)."""
        return self._client._call("GET", self._path, {}, _R17)

    def post(
        self,
        *,
        method: Literal["post", "put", "get"],
        name: str,
        url: str,
        body: str | None = None,
        comment: str | None = None,
        disable: bool | None = None,
        header: list[str] | tuple[str, ...] | None = None,
        secret: list[str] | tuple[str, ...] | None = None,
    ) -> None:
        """Create a new webhook endpoint

        Args:
            method: HTTP method
                Proxmox VE: New in 8.2.
            name: The name of the endpoint.
                Proxmox VE: New in 8.2.
                Format: ``pve-configid``.
            url: Server URL
                Proxmox VE: New in 8.2.
            body: HTTP body, base64 encoded
                Proxmox VE: New in 8.2.
            comment: Comment
                Proxmox VE: New in 8.2.
            disable: Disable this target
                Proxmox VE: New in 8.2.
                Default: ``0``.
            header: HTTP headers to set. These have to be formatted as a property string in the format name=<name>,value=<base64 of value>
                Proxmox VE: New in 8.2.
            secret: Secrets to set. These have to be formatted as a property string in the format name=<name>,value=<base64 of value>
                Proxmox VE: New in 8.2.

        Returns:
            ``None``

        Permissions:
            Check: ``[and, [perm, /mapping/notifications, [Mapping.Modify]], [or, [perm, /, [Sys.Audit, Sys.Modify]], [perm, /, [Sys.AccessNetwork]]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.2.

        Proxmox: ``POST /cluster/notifications/endpoints/webhook`` (``create_webhook_endpoint``)."""
        secret = _secret(secret)
        params = {
            "method": method,
            "name": name,
            "url": url,
            "body": body,
            "comment": comment,
            "disable": disable,
            "header": _sequence("header", header),
            "secret": _sequence("secret", secret),
        }
        return self._client._call("POST", self._path, params, _R18)


class ClusterNotificationsEndpointsWebhookName(SyncPath):
    """``/cluster/notifications/endpoints/webhook/{name}`` ({name})

    ``GET``: Return a specific webhook endpoint
    ``PUT``: Update existing webhook endpoint
    ``DELETE``: Remove webhook endpoint"""

    __slots__ = ()

    def get(self) -> ClusterNotificationsEndpointsWebhookNameGetResult:
        """Return a specific webhook endpoint

        Returns:
            ``ClusterNotificationsEndpointsWebhookNameGetResult``

        Permissions:
            Check: ``[or, [perm, /mapping/notifications, [Mapping.Modify]], [perm, /mapping/notifications, [Mapping.Audit]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.2.

        Proxmox: ``GET /cluster/notifications/endpoints/webhook/{name}`` (``get_webhook_endpoint``)."""
        return self._client._call("GET", self._path, {}, _R19)

    def put(
        self,
        *,
        body: str | None = None,
        comment: str | None = None,
        delete: list[str] | tuple[str, ...] | None = None,
        digest: str | None = None,
        disable: bool | None = None,
        header: list[str] | tuple[str, ...] | None = None,
        method: Literal["post", "put", "get"] | None = None,
        secret: list[str] | tuple[str, ...] | None = None,
        url: str | None = None,
    ) -> None:
        """Update existing webhook endpoint

        Args:
            body: HTTP body, base64 encoded
                Proxmox VE: New in 8.2.
            comment: Comment
                Proxmox VE: New in 8.2.
            delete: A list of settings you want to delete.
                Proxmox VE: New in 8.2.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 8.2.
                Length: 0 to 64.
            disable: Disable this target
                Proxmox VE: New in 8.2.
                Default: ``0``.
            header: HTTP headers to set. These have to be formatted as a property string in the format name=<name>,value=<base64 of value>
                Proxmox VE: New in 8.2.
            method: HTTP method
                Proxmox VE: New in 8.2.
            secret: Secrets to set. These have to be formatted as a property string in the format name=<name>,value=<base64 of value>
                Proxmox VE: New in 8.2.
            url: Server URL
                Proxmox VE: New in 8.2.

        Returns:
            ``None``

        Permissions:
            Check: ``[and, [perm, /mapping/notifications, [Mapping.Modify]], [or, [perm, /, [Sys.Audit, Sys.Modify]], [perm, /, [Sys.AccessNetwork]]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.2.

        Proxmox: ``PUT /cluster/notifications/endpoints/webhook/{name}`` (``update_webhook_endpoint``)."""
        secret = _secret(secret)
        params = {
            "body": body,
            "comment": comment,
            "delete": _sequence("delete", delete),
            "digest": digest,
            "disable": disable,
            "header": _sequence("header", header),
            "method": method,
            "secret": _sequence("secret", secret),
            "url": url,
        }
        return self._client._call("PUT", self._path, params, _R20)

    def delete(self) -> None:
        """Remove webhook endpoint

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/notifications, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.2.

        Proxmox: ``DELETE /cluster/notifications/endpoints/webhook/{name}`` (``delete_webhook_endpoint``)."""
        return self._client._call("DELETE", self._path, {}, _R21)


class ClusterNotificationsMatcherFieldValues(SyncPath):
    """``/cluster/notifications/matcher-field-values`` (matcher-field-values)

    ``GET``: Returns known notification metadata fields and their known values"""

    __slots__ = ()

    def get(self) -> list[ClusterNotificationsMatcherFieldValuesGetResultItem]:
        """Returns known notification metadata fields and their known values

        Returns:
            ``list[ClusterNotificationsMatcherFieldValuesGetResultItem]``

        Permissions:
            Check: ``[or, [perm, /mapping/notifications, [Mapping.Modify]], [perm, /mapping/notifications, [Mapping.Audit]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.2.

        Proxmox: ``GET /cluster/notifications/matcher-field-values`` (``get_matcher_field_values``)."""
        return self._client._call("GET", self._path, {}, _R22)


class ClusterNotificationsMatcherFields(SyncPath):
    """``/cluster/notifications/matcher-fields`` (matcher-fields)

    ``GET``: Returns known notification metadata fields"""

    __slots__ = ()

    def get(self) -> list[ClusterNotificationsMatcherFieldsGetResultItem]:
        """Returns known notification metadata fields

        Returns:
            ``list[ClusterNotificationsMatcherFieldsGetResultItem]``

        Permissions:
            Check: ``[or, [perm, /mapping/notifications, [Mapping.Modify]], [perm, /mapping/notifications, [Mapping.Audit]]]``

        Proxmox VE: New in 8.2.

        Proxmox: ``GET /cluster/notifications/matcher-fields`` (``get_matcher_fields``)."""
        return self._client._call("GET", self._path, {}, _R23)


class ClusterNotificationsMatchers(SyncPath):
    """``/cluster/notifications/matchers`` (matchers)

    ``GET``: Returns a list of all matchers
    ``POST``: Create a new matcher"""

    __slots__ = ()

    def name(self, name: str) -> ClusterNotificationsMatchersName:
        """{name}"""
        return ClusterNotificationsMatchersName(self._client, self._path + "/" + _segment(name))

    def get(self) -> list[ClusterNotificationsMatchersGetResultItem]:
        """Returns a list of all matchers

        Returns:
            ``list[ClusterNotificationsMatchersGetResultItem]``

        Permissions:
            Check: ``[or, [perm, /mapping/notifications, [Mapping.Modify]], [perm, /mapping/notifications, [Mapping.Audit]], [perm, /mapping/notifications, [Mapping.Use]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``GET /cluster/notifications/matchers`` (``get_matchers``)."""
        return self._client._call("GET", self._path, {}, _R24)

    def post(
        self,
        *,
        name: str,
        comment: str | None = None,
        disable: bool | None = None,
        invert_match: bool | None = None,
        match_calendar: list[str] | tuple[str, ...] | None = None,
        match_field: list[str] | tuple[str, ...] | None = None,
        match_severity: list[str] | tuple[str, ...] | None = None,
        mode: Literal["all", "any"] | None = None,
        target: list[str] | tuple[str, ...] | None = None,
    ) -> None:
        """Create a new matcher

        Args:
            name: Name of the matcher.
                Proxmox VE: New in 8.1.
                Format: ``pve-configid``.
            comment: Comment
                Proxmox VE: New in 8.1.
            disable: Disable this matcher
                Proxmox VE: New in 8.1.
                Default: ``0``.
            invert_match: Invert match of the whole matcher
                Proxmox VE: New in 8.1.
            match_calendar: Match notification timestamp
                Proxmox VE: New in 8.1.
            match_field: Metadata fields to match (regex or exact match). Must be in the form (regex|exact):<field>=<value>
                Proxmox VE: New in 8.1.
            match_severity: Notification severities to match
                Proxmox VE: New in 8.1.
            mode: Choose between 'all' and 'any' for when multiple properties are specified
                Proxmox VE: New in 8.1.
                Default: ``all``.
            target: Targets to notify on match
                Proxmox VE: New in 8.1.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/notifications, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``POST /cluster/notifications/matchers`` (``create_matcher``)."""
        params = {
            "name": name,
            "comment": comment,
            "disable": disable,
            "invert-match": invert_match,
            "match-calendar": _sequence("match-calendar", match_calendar),
            "match-field": _sequence("match-field", match_field),
            "match-severity": _sequence("match-severity", match_severity),
            "mode": mode,
            "target": _sequence("target", target),
        }
        return self._client._call("POST", self._path, params, _R25)


class ClusterNotificationsMatchersName(SyncPath):
    """``/cluster/notifications/matchers/{name}`` ({name})

    ``GET``: Return a specific matcher
    ``PUT``: Update existing matcher
    ``DELETE``: Remove matcher"""

    __slots__ = ()

    def get(self) -> ClusterNotificationsMatchersNameGetResult:
        """Return a specific matcher

        Returns:
            ``ClusterNotificationsMatchersNameGetResult``

        Permissions:
            Check: ``[or, [perm, /mapping/notifications, [Mapping.Modify]], [perm, /mapping/notifications, [Mapping.Audit]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``GET /cluster/notifications/matchers/{name}`` (``get_matcher``)."""
        return self._client._call("GET", self._path, {}, _R26)

    def put(
        self,
        *,
        comment: str | None = None,
        delete: list[str] | tuple[str, ...] | None = None,
        digest: str | None = None,
        disable: bool | None = None,
        invert_match: bool | None = None,
        match_calendar: list[str] | tuple[str, ...] | None = None,
        match_field: list[str] | tuple[str, ...] | None = None,
        match_severity: list[str] | tuple[str, ...] | None = None,
        mode: Literal["all", "any"] | None = None,
        target: list[str] | tuple[str, ...] | None = None,
    ) -> None:
        """Update existing matcher

        Args:
            comment: Comment
                Proxmox VE: New in 8.1.
            delete: A list of settings you want to delete.
                Proxmox VE: New in 8.1.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 8.1.
                Length: 0 to 64.
            disable: Disable this matcher
                Proxmox VE: New in 8.1.
                Default: ``0``.
            invert_match: Invert match of the whole matcher
                Proxmox VE: New in 8.1.
            match_calendar: Match notification timestamp
                Proxmox VE: New in 8.1.
            match_field: Metadata fields to match (regex or exact match). Must be in the form (regex|exact):<field>=<value>
                Proxmox VE: New in 8.1.
            match_severity: Notification severities to match
                Proxmox VE: New in 8.1.
            mode: Choose between 'all' and 'any' for when multiple properties are specified
                Proxmox VE: New in 8.1.
                Default: ``all``.
            target: Targets to notify on match
                Proxmox VE: New in 8.1.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/notifications, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``PUT /cluster/notifications/matchers/{name}`` (``update_matcher``)."""
        params = {
            "comment": comment,
            "delete": _sequence("delete", delete),
            "digest": digest,
            "disable": disable,
            "invert-match": invert_match,
            "match-calendar": _sequence("match-calendar", match_calendar),
            "match-field": _sequence("match-field", match_field),
            "match-severity": _sequence("match-severity", match_severity),
            "mode": mode,
            "target": _sequence("target", target),
        }
        return self._client._call("PUT", self._path, params, _R27)

    def delete(self) -> None:
        """Remove matcher

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/notifications, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``DELETE /cluster/notifications/matchers/{name}`` (``delete_matcher``)."""
        return self._client._call("DELETE", self._path, {}, _R28)


class ClusterNotificationsTargets(SyncPath):
    """``/cluster/notifications/targets`` (targets)

    ``GET``: Returns a list of all entities that can be used as notification targets."""

    __slots__ = ()

    def name(self, name: str) -> ClusterNotificationsTargetsName:
        """Name of the target."""
        return ClusterNotificationsTargetsName(self._client, self._path + "/" + _segment(name))

    def get(self) -> list[ClusterNotificationsTargetsGetResultItem]:
        """Returns a list of all entities that can be used as notification targets.

        Returns:
            ``list[ClusterNotificationsTargetsGetResultItem]``

        Permissions:
            Check: ``[or, [perm, /mapping/notifications, [Mapping.Modify]], [perm, /mapping/notifications, [Mapping.Audit]], [perm, /mapping/notifications, [Mapping.Use]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``GET /cluster/notifications/targets`` (``get_all_targets``)."""
        return self._client._call("GET", self._path, {}, _R29)


class ClusterNotificationsTargetsName(SyncPath):
    """``/cluster/notifications/targets/{name}`` ({name})"""

    __slots__ = ()

    @property
    def test(self) -> ClusterNotificationsTargetsNameTest:
        """Send a test notification to a provided target."""
        return ClusterNotificationsTargetsNameTest(self._client, self._path + "/test")


class ClusterNotificationsTargetsNameTest(SyncPath):
    """``/cluster/notifications/targets/{name}/test`` (test)

    ``POST``: Send a test notification to a provided target."""

    __slots__ = ()

    def post(self) -> None:
        """Send a test notification to a provided target.

        Returns:
            ``None``

        Permissions:
            Check: ``[or, [perm, /mapping/notifications, [Mapping.Modify]], [perm, /mapping/notifications, [Mapping.Audit]], [perm, /mapping/notifications, [Mapping.Use]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``POST /cluster/notifications/targets/{name}/test`` (``test_target``)."""
        return self._client._call("POST", self._path, {}, _R30)
