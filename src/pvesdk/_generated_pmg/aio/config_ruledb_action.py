# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Path classes for ``config_ruledb_action`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pvesdk._runtime import AsyncPath, Returns
from pvesdk._runtime import secret as _secret
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.config_ruledb_action.config_ruledb_action_bcc_id_get import (
        ConfigRuledbActionBccIdGetResult,
    )
    from ..models.config_ruledb_action.config_ruledb_action_disclaimer_id_get import (
        ConfigRuledbActionDisclaimerIdGetResult,
    )
    from ..models.config_ruledb_action.config_ruledb_action_field_id_get import (
        ConfigRuledbActionFieldIdGetResult,
    )
    from ..models.config_ruledb_action.config_ruledb_action_get import (
        ConfigRuledbActionGetResultItem,
    )
    from ..models.config_ruledb_action.config_ruledb_action_notification_id_get import (
        ConfigRuledbActionNotificationIdGetResult,
    )
    from ..models.config_ruledb_action.config_ruledb_action_objects_get import (
        ConfigRuledbActionObjectsGetResultItem,
    )
    from ..models.config_ruledb_action.config_ruledb_action_removeattachments_id_get import (
        ConfigRuledbActionRemoveattachmentsIdGetResult,
    )

_R0: Returns[list[ConfigRuledbActionGetResultItem]] = Returns(
    "list[ConfigRuledbActionGetResultItem]",
    "GET /config/ruledb/action",
    "models.config_ruledb_action.config_ruledb_action_get",
    package="pvesdk._generated_pmg",
)
_R1: Returns[list[ConfigRuledbActionObjectsGetResultItem]] = Returns(
    "list[ConfigRuledbActionObjectsGetResultItem]",
    "GET /config/ruledb/action/objects",
    "models.config_ruledb_action.config_ruledb_action_objects_get",
    package="pvesdk._generated_pmg",
)
_R2: Returns[None] = Returns(
    "None", "DELETE /config/ruledb/action/objects/{id}", package="pvesdk._generated_pmg"
)
_R3: Returns[str] = Returns(
    "str", "POST /config/ruledb/action/bcc", package="pvesdk._generated_pmg"
)
_R4: Returns[ConfigRuledbActionBccIdGetResult] = Returns(
    "ConfigRuledbActionBccIdGetResult",
    "GET /config/ruledb/action/bcc/{id}",
    "models.config_ruledb_action.config_ruledb_action_bcc_id_get",
    package="pvesdk._generated_pmg",
)
_R5: Returns[None] = Returns(
    "None", "PUT /config/ruledb/action/bcc/{id}", package="pvesdk._generated_pmg"
)
_R6: Returns[str] = Returns(
    "str", "POST /config/ruledb/action/field", package="pvesdk._generated_pmg"
)
_R7: Returns[ConfigRuledbActionFieldIdGetResult] = Returns(
    "ConfigRuledbActionFieldIdGetResult",
    "GET /config/ruledb/action/field/{id}",
    "models.config_ruledb_action.config_ruledb_action_field_id_get",
    package="pvesdk._generated_pmg",
)
_R8: Returns[None] = Returns(
    "None", "PUT /config/ruledb/action/field/{id}", package="pvesdk._generated_pmg"
)
_R9: Returns[str] = Returns(
    "str", "POST /config/ruledb/action/notification", package="pvesdk._generated_pmg"
)
_R10: Returns[ConfigRuledbActionNotificationIdGetResult] = Returns(
    "ConfigRuledbActionNotificationIdGetResult",
    "GET /config/ruledb/action/notification/{id}",
    "models.config_ruledb_action.config_ruledb_action_notification_id_get",
    package="pvesdk._generated_pmg",
)
_R11: Returns[None] = Returns(
    "None", "PUT /config/ruledb/action/notification/{id}", package="pvesdk._generated_pmg"
)
_R12: Returns[str] = Returns(
    "str", "POST /config/ruledb/action/disclaimer", package="pvesdk._generated_pmg"
)
_R13: Returns[ConfigRuledbActionDisclaimerIdGetResult] = Returns(
    "ConfigRuledbActionDisclaimerIdGetResult",
    "GET /config/ruledb/action/disclaimer/{id}",
    "models.config_ruledb_action.config_ruledb_action_disclaimer_id_get",
    package="pvesdk._generated_pmg",
)
_R14: Returns[None] = Returns(
    "None", "PUT /config/ruledb/action/disclaimer/{id}", package="pvesdk._generated_pmg"
)
_R15: Returns[str] = Returns(
    "str", "POST /config/ruledb/action/removeattachments", package="pvesdk._generated_pmg"
)
_R16: Returns[ConfigRuledbActionRemoveattachmentsIdGetResult] = Returns(
    "ConfigRuledbActionRemoveattachmentsIdGetResult",
    "GET /config/ruledb/action/removeattachments/{id}",
    "models.config_ruledb_action.config_ruledb_action_removeattachments_id_get",
    package="pvesdk._generated_pmg",
)
_R17: Returns[None] = Returns(
    "None", "PUT /config/ruledb/action/removeattachments/{id}", package="pvesdk._generated_pmg"
)


class ConfigRuledbAction(AsyncPath):
    """``/config/ruledb/action`` (action)

    ``GET``: Directory index."""

    __slots__ = ()

    @property
    def objects(self) -> ConfigRuledbActionObjects:
        """List 'actions' objects."""
        return ConfigRuledbActionObjects(self._client, self._path + "/objects")

    @property
    def bcc(self) -> ConfigRuledbActionBcc:
        """Create 'BCC' object."""
        return ConfigRuledbActionBcc(self._client, self._path + "/bcc")

    @property
    def field(self) -> ConfigRuledbActionField:
        """Create 'Header Attribute' object."""
        return ConfigRuledbActionField(self._client, self._path + "/field")

    @property
    def notification(self) -> ConfigRuledbActionNotification:
        """Create 'Notification' object."""
        return ConfigRuledbActionNotification(self._client, self._path + "/notification")

    @property
    def disclaimer(self) -> ConfigRuledbActionDisclaimer:
        """Create 'Disclaimer' object."""
        return ConfigRuledbActionDisclaimer(self._client, self._path + "/disclaimer")

    @property
    def removeattachments(self) -> ConfigRuledbActionRemoveattachments:
        """Create 'Remove attachments' object."""
        return ConfigRuledbActionRemoveattachments(self._client, self._path + "/removeattachments")

    async def get(self) -> list[ConfigRuledbActionGetResultItem]:
        """Directory index.

        Returns:
            ``list[ConfigRuledbActionGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Proxmox: ``GET /config/ruledb/action`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R0)


class ConfigRuledbActionObjects(AsyncPath):
    """``/config/ruledb/action/objects`` (objects)

    ``GET``: List 'actions' objects."""

    __slots__ = ()

    def id(self, id: str) -> ConfigRuledbActionObjectsId:
        """Action Object ID."""
        return ConfigRuledbActionObjectsId(self._client, self._path + "/" + _segment(id))

    async def get(self) -> list[ConfigRuledbActionObjectsGetResultItem]:
        """List 'actions' objects.

        Returns:
            ``list[ConfigRuledbActionObjectsGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/action/objects`` (``list_actions``)."""
        return await self._client._call("GET", self._path, {}, _R1)


class ConfigRuledbActionObjectsId(AsyncPath):
    """``/config/ruledb/action/objects/{id}`` ({id})

    ``DELETE``: Delete 'actions' object."""

    __slots__ = ()

    async def delete(self) -> None:
        """Delete 'actions' object.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /config/ruledb/action/objects/{id}`` (``delete_action``)."""
        return await self._client._call("DELETE", self._path, {}, _R2)


class ConfigRuledbActionBcc(AsyncPath):
    """``/config/ruledb/action/bcc`` (bcc)

    ``POST``: Create 'BCC' object."""

    __slots__ = ()

    def id(self, id: str) -> ConfigRuledbActionBccId:
        """Action Object ID."""
        return ConfigRuledbActionBccId(self._client, self._path + "/" + _segment(id))

    async def post(
        self,
        *,
        name: str,
        target: str,
        info: str | None = None,
        original: bool | None = None,
    ) -> str:
        """Create 'BCC' object.

        Args:
            name: Action name.
                Length: 0 to 255.
            target: Send a Blind Carbon Copy to this email address.
                Format: ``email``.
            info: Informational comment.
                Length: 0 to 255.
            original: Send the original, unmodified mail.
                Default: ``1``.

        Returns:
            ``str``: The object ID.

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ruledb/action/bcc`` (``bcc``)."""
        params = {
            "name": name,
            "target": target,
            "info": info,
            "original": original,
        }
        return await self._client._call("POST", self._path, params, _R3)


class ConfigRuledbActionBccId(AsyncPath):
    """``/config/ruledb/action/bcc/{id}`` ({id})

    ``GET``: Read 'BCC' object settings.
    ``PUT``: Update 'BCC' object."""

    __slots__ = ()

    async def get(self) -> ConfigRuledbActionBccIdGetResult:
        """Read 'BCC' object settings.

        Returns:
            ``ConfigRuledbActionBccIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/action/bcc/{id}`` (``read_bcc``)."""
        return await self._client._call("GET", self._path, {}, _R4)

    async def put(
        self,
        *,
        target: str,
        info: str | None = None,
        name: str | None = None,
        original: bool | None = None,
    ) -> None:
        """Update 'BCC' object.

        Args:
            target: Send a Blind Carbon Copy to this email address.
                Format: ``email``.
            info: Informational comment.
                Length: 0 to 255.
            name: Action name.
                Length: 0 to 255.
            original: Send the original, unmodified mail.
                Default: ``1``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/ruledb/action/bcc/{id}`` (``update_bcc``)."""
        params = {
            "target": target,
            "info": info,
            "name": name,
            "original": original,
        }
        return await self._client._call("PUT", self._path, params, _R5)


class ConfigRuledbActionField(AsyncPath):
    """``/config/ruledb/action/field`` (field)

    ``POST``: Create 'Header Attribute' object."""

    __slots__ = ()

    def id(self, id: str) -> ConfigRuledbActionFieldId:
        """Action Object ID."""
        return ConfigRuledbActionFieldId(self._client, self._path + "/" + _segment(id))

    async def post(
        self,
        *,
        field: str,
        name: str,
        value: str,
        info: str | None = None,
    ) -> str:
        """Create 'Header Attribute' object.

        Args:
            field: The Field
                Length: 0 to 1024.
                Pattern: ``^[0-9a-zA-Z\\/\\\\[\\]\\+\\-\\.\\*\\_]+$``.
            name: Action name.
                Length: 0 to 255.
            value: The Value
                Length: 0 to 1024.
            info: Informational comment.
                Length: 0 to 255.

        Returns:
            ``str``: The object ID.

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ruledb/action/field`` (``field``)."""
        value = _secret(value)
        params = {
            "field": field,
            "name": name,
            "value": value,
            "info": info,
        }
        return await self._client._call("POST", self._path, params, _R6)


class ConfigRuledbActionFieldId(AsyncPath):
    """``/config/ruledb/action/field/{id}`` ({id})

    ``GET``: Read 'Header Attribute' object settings.
    ``PUT``: Update 'Header Attribute' object."""

    __slots__ = ()

    async def get(self) -> ConfigRuledbActionFieldIdGetResult:
        """Read 'Header Attribute' object settings.

        Returns:
            ``ConfigRuledbActionFieldIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/action/field/{id}`` (``read_field``)."""
        return await self._client._call("GET", self._path, {}, _R7)

    async def put(
        self,
        *,
        field: str,
        value: str,
        info: str | None = None,
        name: str | None = None,
    ) -> None:
        """Update 'Header Attribute' object.

        Args:
            field: The Field
                Length: 0 to 1024.
                Pattern: ``^[0-9a-zA-Z\\/\\\\[\\]\\+\\-\\.\\*\\_]+$``.
            value: The Value
                Length: 0 to 1024.
            info: Informational comment.
                Length: 0 to 255.
            name: Action name.
                Length: 0 to 255.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/ruledb/action/field/{id}`` (``update_field``)."""
        value = _secret(value)
        params = {
            "field": field,
            "value": value,
            "info": info,
            "name": name,
        }
        return await self._client._call("PUT", self._path, params, _R8)


class ConfigRuledbActionNotification(AsyncPath):
    """``/config/ruledb/action/notification`` (notification)

    ``POST``: Create 'Notification' object."""

    __slots__ = ()

    def id(self, id: str) -> ConfigRuledbActionNotificationId:
        """Action Object ID."""
        return ConfigRuledbActionNotificationId(self._client, self._path + "/" + _segment(id))

    async def post(
        self,
        *,
        body: str,
        name: str,
        subject: str,
        to: str,
        attach: bool | None = None,
        info: str | None = None,
    ) -> str:
        """Create 'Notification' object.

        Args:
            body: The Notification Body
                Length: 0 to 2048.
            name: Action name.
                Length: 0 to 255.
            subject: The Notification subject
                Length: 0 to 100.
            to: The Receiver E-Mail address
                Length: 0 to 200.
            attach: Attach original E-Mail
                Default: ``0``.
            info: Informational comment.
                Length: 0 to 255.

        Returns:
            ``str``: The object ID.

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ruledb/action/notification`` (``notification``)."""
        params = {
            "body": body,
            "name": name,
            "subject": subject,
            "to": to,
            "attach": attach,
            "info": info,
        }
        return await self._client._call("POST", self._path, params, _R9)


class ConfigRuledbActionNotificationId(AsyncPath):
    """``/config/ruledb/action/notification/{id}`` ({id})

    ``GET``: Read 'Notification' object settings.
    ``PUT``: Update 'Notification' object."""

    __slots__ = ()

    async def get(self) -> ConfigRuledbActionNotificationIdGetResult:
        """Read 'Notification' object settings.

        Returns:
            ``ConfigRuledbActionNotificationIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/action/notification/{id}`` (``read_notification``)."""
        return await self._client._call("GET", self._path, {}, _R10)

    async def put(
        self,
        *,
        body: str,
        subject: str,
        to: str,
        attach: bool | None = None,
        info: str | None = None,
        name: str | None = None,
    ) -> None:
        """Update 'Notification' object.

        Args:
            body: The Notification Body
                Length: 0 to 2048.
            subject: The Notification subject
                Length: 0 to 100.
            to: The Receiver E-Mail address
                Length: 0 to 200.
            attach: Attach original E-Mail
                Default: ``0``.
            info: Informational comment.
                Length: 0 to 255.
            name: Action name.
                Length: 0 to 255.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/ruledb/action/notification/{id}`` (``update_notification``)."""
        params = {
            "body": body,
            "subject": subject,
            "to": to,
            "attach": attach,
            "info": info,
            "name": name,
        }
        return await self._client._call("PUT", self._path, params, _R11)


class ConfigRuledbActionDisclaimer(AsyncPath):
    """``/config/ruledb/action/disclaimer`` (disclaimer)

    ``POST``: Create 'Disclaimer' object."""

    __slots__ = ()

    def id(self, id: str) -> ConfigRuledbActionDisclaimerId:
        """Action Object ID."""
        return ConfigRuledbActionDisclaimerId(self._client, self._path + "/" + _segment(id))

    async def post(
        self,
        *,
        disclaimer: str,
        name: str,
        info: str | None = None,
    ) -> str:
        """Create 'Disclaimer' object.

        Args:
            disclaimer: The Disclaimer
                Length: 0 to 2048.
            name: Action name.
                Length: 0 to 255.
            info: Informational comment.
                Length: 0 to 255.

        Returns:
            ``str``: The object ID.

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ruledb/action/disclaimer`` (``disclaimer``)."""
        params = {
            "disclaimer": disclaimer,
            "name": name,
            "info": info,
        }
        return await self._client._call("POST", self._path, params, _R12)


class ConfigRuledbActionDisclaimerId(AsyncPath):
    """``/config/ruledb/action/disclaimer/{id}`` ({id})

    ``GET``: Read 'Disclaimer' object settings.
    ``PUT``: Update 'Disclaimer' object."""

    __slots__ = ()

    async def get(self) -> ConfigRuledbActionDisclaimerIdGetResult:
        """Read 'Disclaimer' object settings.

        Returns:
            ``ConfigRuledbActionDisclaimerIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/action/disclaimer/{id}`` (``read_disclaimer``)."""
        return await self._client._call("GET", self._path, {}, _R13)

    async def put(
        self,
        *,
        disclaimer: str,
        info: str | None = None,
        name: str | None = None,
    ) -> None:
        """Update 'Disclaimer' object.

        Args:
            disclaimer: The Disclaimer
                Length: 0 to 2048.
            info: Informational comment.
                Length: 0 to 255.
            name: Action name.
                Length: 0 to 255.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/ruledb/action/disclaimer/{id}`` (``update_disclaimer``)."""
        params = {
            "disclaimer": disclaimer,
            "info": info,
            "name": name,
        }
        return await self._client._call("PUT", self._path, params, _R14)


class ConfigRuledbActionRemoveattachments(AsyncPath):
    """``/config/ruledb/action/removeattachments`` (removeattachments)

    ``POST``: Create 'Remove attachments' object."""

    __slots__ = ()

    def id(self, id: str) -> ConfigRuledbActionRemoveattachmentsId:
        """Action Object ID."""
        return ConfigRuledbActionRemoveattachmentsId(self._client, self._path + "/" + _segment(id))

    async def post(
        self,
        *,
        name: str,
        text: str,
        all: bool | None = None,
        info: str | None = None,
        quarantine: bool | None = None,
    ) -> str:
        """Create 'Remove attachments' object.

        Args:
            name: Action name.
                Length: 0 to 255.
            text: The replacement text.
                Length: 0 to 2048.
            all: Remove all attachments
            info: Informational comment.
                Length: 0 to 255.
            quarantine: Copy original mail to attachment Quarantine.
                Default: ``0``.

        Returns:
            ``str``: The object ID.

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ruledb/action/removeattachments`` (``removeattachments``)."""
        params = {
            "name": name,
            "text": text,
            "all": all,
            "info": info,
            "quarantine": quarantine,
        }
        return await self._client._call("POST", self._path, params, _R15)


class ConfigRuledbActionRemoveattachmentsId(AsyncPath):
    """``/config/ruledb/action/removeattachments/{id}`` ({id})

    ``GET``: Read 'Remove attachments' object settings.
    ``PUT``: Update 'Remove attachments' object."""

    __slots__ = ()

    async def get(self) -> ConfigRuledbActionRemoveattachmentsIdGetResult:
        """Read 'Remove attachments' object settings.

        Returns:
            ``ConfigRuledbActionRemoveattachmentsIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/action/removeattachments/{id}`` (``read_removeattachments``)."""
        return await self._client._call("GET", self._path, {}, _R16)

    async def put(
        self,
        *,
        text: str,
        all: bool | None = None,
        info: str | None = None,
        name: str | None = None,
        quarantine: bool | None = None,
    ) -> None:
        """Update 'Remove attachments' object.

        Args:
            text: The replacement text.
                Length: 0 to 2048.
            all: Remove all attachments
            info: Informational comment.
                Length: 0 to 255.
            name: Action name.
                Length: 0 to 255.
            quarantine: Copy original mail to attachment Quarantine.
                Default: ``0``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/ruledb/action/removeattachments/{id}`` (``update_removeattachments``)."""
        params = {
            "text": text,
            "all": all,
            "info": info,
            "name": name,
            "quarantine": quarantine,
        }
        return await self._client._call("PUT", self._path, params, _R17)
