# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Path classes for ``quarantine`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.quarantine.quarantine_attachment_get import (
        QuarantineAttachmentGetResultItem,
    )
    from ..models.quarantine.quarantine_blacklist_get import (
        QuarantineBlacklistGetResultItem,
    )
    from ..models.quarantine.quarantine_content_get import QuarantineContentGetResult
    from ..models.quarantine.quarantine_listattachments_get import (
        QuarantineListattachmentsGetResultItem,
    )
    from ..models.quarantine.quarantine_quarusers_get import (
        QuarantineQuarusersGetResultItem,
    )
    from ..models.quarantine.quarantine_spam_get import QuarantineSpamGetResultItem
    from ..models.quarantine.quarantine_spamstatus_get import (
        QuarantineSpamstatusGetResult,
    )
    from ..models.quarantine.quarantine_spamusers_get import (
        QuarantineSpamusersGetResultItem,
    )
    from ..models.quarantine.quarantine_virus_get import QuarantineVirusGetResultItem
    from ..models.quarantine.quarantine_virusstatus_get import (
        QuarantineVirusstatusGetResult,
    )
    from ..models.quarantine.quarantine_whitelist_get import (
        QuarantineWhitelistGetResultItem,
    )

_R0: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /quarantine", package="pvesdk._generated_pmg"
)
_R1: Returns[list[QuarantineWhitelistGetResultItem]] = Returns(
    "list[QuarantineWhitelistGetResultItem]",
    "GET /quarantine/whitelist",
    "models.quarantine.quarantine_whitelist_get",
    package="pvesdk._generated_pmg",
)
_R2: Returns[None] = Returns("None", "POST /quarantine/whitelist", package="pvesdk._generated_pmg")
_R3: Returns[None] = Returns(
    "None", "DELETE /quarantine/whitelist", package="pvesdk._generated_pmg"
)
_R4: Returns[None] = Returns(
    "None", "DELETE /quarantine/whitelist/{address}", package="pvesdk._generated_pmg"
)
_R5: Returns[list[QuarantineBlacklistGetResultItem]] = Returns(
    "list[QuarantineBlacklistGetResultItem]",
    "GET /quarantine/blacklist",
    "models.quarantine.quarantine_blacklist_get",
    package="pvesdk._generated_pmg",
)
_R6: Returns[None] = Returns("None", "POST /quarantine/blacklist", package="pvesdk._generated_pmg")
_R7: Returns[None] = Returns(
    "None", "DELETE /quarantine/blacklist", package="pvesdk._generated_pmg"
)
_R8: Returns[None] = Returns(
    "None", "DELETE /quarantine/blacklist/{address}", package="pvesdk._generated_pmg"
)
_R9: Returns[list[QuarantineSpamusersGetResultItem]] = Returns(
    "list[QuarantineSpamusersGetResultItem]",
    "GET /quarantine/spamusers",
    "models.quarantine.quarantine_spamusers_get",
    package="pvesdk._generated_pmg",
)
_R10: Returns[QuarantineSpamstatusGetResult] = Returns(
    "QuarantineSpamstatusGetResult",
    "GET /quarantine/spamstatus",
    "models.quarantine.quarantine_spamstatus_get",
    package="pvesdk._generated_pmg",
)
_R11: Returns[list[QuarantineQuarusersGetResultItem]] = Returns(
    "list[QuarantineQuarusersGetResultItem]",
    "GET /quarantine/quarusers",
    "models.quarantine.quarantine_quarusers_get",
    package="pvesdk._generated_pmg",
)
_R12: Returns[list[QuarantineSpamGetResultItem]] = Returns(
    "list[QuarantineSpamGetResultItem]",
    "GET /quarantine/spam",
    "models.quarantine.quarantine_spam_get",
    package="pvesdk._generated_pmg",
)
_R13: Returns[list[QuarantineVirusGetResultItem]] = Returns(
    "list[QuarantineVirusGetResultItem]",
    "GET /quarantine/virus",
    "models.quarantine.quarantine_virus_get",
    package="pvesdk._generated_pmg",
)
_R14: Returns[list[QuarantineAttachmentGetResultItem]] = Returns(
    "list[QuarantineAttachmentGetResultItem]",
    "GET /quarantine/attachment",
    "models.quarantine.quarantine_attachment_get",
    package="pvesdk._generated_pmg",
)
_R15: Returns[QuarantineVirusstatusGetResult] = Returns(
    "QuarantineVirusstatusGetResult",
    "GET /quarantine/virusstatus",
    "models.quarantine.quarantine_virusstatus_get",
    package="pvesdk._generated_pmg",
)
_R16: Returns[QuarantineContentGetResult] = Returns(
    "QuarantineContentGetResult",
    "GET /quarantine/content",
    "models.quarantine.quarantine_content_get",
    package="pvesdk._generated_pmg",
)
_R17: Returns[None] = Returns("None", "POST /quarantine/content", package="pvesdk._generated_pmg")
_R18: Returns[list[QuarantineListattachmentsGetResultItem]] = Returns(
    "list[QuarantineListattachmentsGetResultItem]",
    "GET /quarantine/listattachments",
    "models.quarantine.quarantine_listattachments_get",
    package="pvesdk._generated_pmg",
)
_R19: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /quarantine/download", package="pvesdk._generated_pmg"
)
_R20: Returns[None] = Returns("None", "POST /quarantine/sendlink", package="pvesdk._generated_pmg")


class Quarantine(SyncPath):
    """``/quarantine`` (quarantine)

    ``GET``: Directory index."""

    __slots__ = ()

    @property
    def whitelist(self) -> QuarantineWhitelist:
        """Show user whitelist."""
        return QuarantineWhitelist(self._client, self._path + "/whitelist")

    @property
    def blacklist(self) -> QuarantineBlacklist:
        """Show user blacklist."""
        return QuarantineBlacklist(self._client, self._path + "/blacklist")

    @property
    def spamusers(self) -> QuarantineSpamusers:
        """Get a list of receivers of spam in the given timespan (Default the last 24 hours)."""
        return QuarantineSpamusers(self._client, self._path + "/spamusers")

    @property
    def spamstatus(self) -> QuarantineSpamstatus:
        """Get Spam Quarantine Status"""
        return QuarantineSpamstatus(self._client, self._path + "/spamstatus")

    @property
    def quarusers(self) -> QuarantineQuarusers:
        """Get a list of users with whitelist/blacklist setttings."""
        return QuarantineQuarusers(self._client, self._path + "/quarusers")

    @property
    def spam(self) -> QuarantineSpam:
        """Get a list of quarantined spam mails in the given timeframe (default the last 24 hours) for the given user."""
        return QuarantineSpam(self._client, self._path + "/spam")

    @property
    def virus(self) -> QuarantineVirus:
        """Get a list of quarantined virus mails in the given timeframe (default the last 24 hours)."""
        return QuarantineVirus(self._client, self._path + "/virus")

    @property
    def attachment(self) -> QuarantineAttachment:
        """Get a list of quarantined attachment mails in the given timeframe (default the last 24 hours)."""
        return QuarantineAttachment(self._client, self._path + "/attachment")

    @property
    def virusstatus(self) -> QuarantineVirusstatus:
        """Get Virus Quarantine Status"""
        return QuarantineVirusstatus(self._client, self._path + "/virusstatus")

    @property
    def content(self) -> QuarantineContent:
        """Get email data. There is a special formatter called 'htmlmail' to get sanitized html view of the mail content (use the '/api2/htmlmail/quarantine/content' url)."""
        return QuarantineContent(self._client, self._path + "/content")

    @property
    def listattachments(self) -> QuarantineListattachments:
        """Get Attachments for E-Mail in Quarantine."""
        return QuarantineListattachments(self._client, self._path + "/listattachments")

    @property
    def download(self) -> QuarantineDownload:
        """Download E-Mail or Attachment from Quarantine."""
        return QuarantineDownload(self._client, self._path + "/download")

    @property
    def sendlink(self) -> QuarantineSendlink:
        """Send Quarantine link to given e-mail."""
        return QuarantineSendlink(self._client, self._path + "/sendlink")

    def get(self) -> list[dict[str, Any]]:
        """Directory index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /quarantine`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R0)


class QuarantineWhitelist(SyncPath):
    """``/quarantine/whitelist`` (whitelist)

    ``GET``: Show user whitelist.
    ``POST``: Add user whitelist entries.
    ``DELETE``: Delete user whitelist entries."""

    __slots__ = ()

    def address(self, address: str) -> QuarantineWhitelistAddress:
        """The address you want to remove."""
        return QuarantineWhitelistAddress(self._client, self._path + "/" + _segment(address))

    def get(
        self,
        *,
        pmail: str | None = None,
    ) -> list[QuarantineWhitelistGetResultItem]:
        """Show user whitelist.

        Args:
            pmail: List entries for the user with this primary email address. Quarantine users cannot speficy this parameter, but it is required for all other roles.
                Length: 3 to 512.
                Pattern: ``^(?:[^\\s\\/\\\\@]+\\@[^\\s\\/\\\\@]+)$``.

        Returns:
            ``list[QuarantineWhitelistGetResultItem]``

        Permissions:
            Check: ``[admin, qmanager, audit, quser]``

        Proxmox: ``GET /quarantine/whitelist`` (``whitelist``)."""
        params = {
            "pmail": pmail,
        }
        return self._client._call("GET", self._path, params, _R1)

    def post(
        self,
        *,
        address: str,
        pmail: str | None = None,
    ) -> None:
        """Add user whitelist entries.

        Args:
            address: The address you want to add.
                Length: 3 to any.
                Pattern: ``^(?:[^\\s\\/\\\\;\\,]+)(?:\\,[^\\s\\/\\\\;\\,]+)*$``.
            pmail: List entries for the user with this primary email address. Quarantine users cannot speficy this parameter, but it is required for all other roles.
                Length: 3 to 512.
                Pattern: ``^(?:[^\\s\\/\\\\@]+\\@[^\\s\\/\\\\@]+)$``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin, qmanager, audit, quser]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /quarantine/whitelist`` (``whitelist_add``)."""
        params = {
            "address": address,
            "pmail": pmail,
        }
        return self._client._call("POST", self._path, params, _R2)

    def delete(
        self,
        *,
        address: str,
        pmail: str | None = None,
    ) -> None:
        """Delete user whitelist entries.

        Args:
            address: The address, or comma-separated list of addresses, you want to remove.
                Length: 3 to any.
                Pattern: ``^$``.
            pmail: List entries for the user with this primary email address. Quarantine users cannot speficy this parameter, but it is required for all other roles.
                Length: 3 to 512.
                Pattern: ``^(?:[^\\s\\/\\\\@]+\\@[^\\s\\/\\\\@]+)$``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin, qmanager, audit, quser]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /quarantine/whitelist`` (``whitelist_delete_base``)."""
        params = {
            "address": address,
            "pmail": pmail,
        }
        return self._client._call("DELETE", self._path, params, _R3)


class QuarantineWhitelistAddress(SyncPath):
    """``/quarantine/whitelist/{address}`` ({address})

    ``DELETE``: Delete user whitelist entries."""

    __slots__ = ()

    def delete(
        self,
        *,
        pmail: str | None = None,
    ) -> None:
        """Delete user whitelist entries.

        Args:
            pmail: List entries for the user with this primary email address. Quarantine users cannot speficy this parameter, but it is required for all other roles.
                Length: 3 to 512.
                Pattern: ``^(?:[^\\s\\/\\\\@]+\\@[^\\s\\/\\\\@]+)$``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin, qmanager, audit, quser]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /quarantine/whitelist/{address}`` (``whitelist_delete``)."""
        params = {
            "pmail": pmail,
        }
        return self._client._call("DELETE", self._path, params, _R4)


class QuarantineBlacklist(SyncPath):
    """``/quarantine/blacklist`` (blacklist)

    ``GET``: Show user blacklist.
    ``POST``: Add user blacklist entries.
    ``DELETE``: Delete user blacklist entries."""

    __slots__ = ()

    def address(self, address: str) -> QuarantineBlacklistAddress:
        """The address you want to remove."""
        return QuarantineBlacklistAddress(self._client, self._path + "/" + _segment(address))

    def get(
        self,
        *,
        pmail: str | None = None,
    ) -> list[QuarantineBlacklistGetResultItem]:
        """Show user blacklist.

        Args:
            pmail: List entries for the user with this primary email address. Quarantine users cannot speficy this parameter, but it is required for all other roles.
                Length: 3 to 512.
                Pattern: ``^(?:[^\\s\\/\\\\@]+\\@[^\\s\\/\\\\@]+)$``.

        Returns:
            ``list[QuarantineBlacklistGetResultItem]``

        Permissions:
            Check: ``[admin, qmanager, audit, quser]``

        Proxmox: ``GET /quarantine/blacklist`` (``blacklist``)."""
        params = {
            "pmail": pmail,
        }
        return self._client._call("GET", self._path, params, _R5)

    def post(
        self,
        *,
        address: str,
        pmail: str | None = None,
    ) -> None:
        """Add user blacklist entries.

        Args:
            address: The address you want to add.
                Length: 3 to any.
                Pattern: ``^(?:[^\\s\\/\\\\;\\,]+)(?:\\,[^\\s\\/\\\\;\\,]+)*$``.
            pmail: List entries for the user with this primary email address. Quarantine users cannot speficy this parameter, but it is required for all other roles.
                Length: 3 to 512.
                Pattern: ``^(?:[^\\s\\/\\\\@]+\\@[^\\s\\/\\\\@]+)$``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin, qmanager, audit, quser]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /quarantine/blacklist`` (``blacklist_add``)."""
        params = {
            "address": address,
            "pmail": pmail,
        }
        return self._client._call("POST", self._path, params, _R6)

    def delete(
        self,
        *,
        address: str,
        pmail: str | None = None,
    ) -> None:
        """Delete user blacklist entries.

        Args:
            address: The address, or comma-separated list of addresses, you want to remove.
                Length: 3 to any.
                Pattern: ``^$``.
            pmail: List entries for the user with this primary email address. Quarantine users cannot speficy this parameter, but it is required for all other roles.
                Length: 3 to 512.
                Pattern: ``^(?:[^\\s\\/\\\\@]+\\@[^\\s\\/\\\\@]+)$``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin, qmanager, audit, quser]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /quarantine/blacklist`` (``blacklist_delete_base``)."""
        params = {
            "address": address,
            "pmail": pmail,
        }
        return self._client._call("DELETE", self._path, params, _R7)


class QuarantineBlacklistAddress(SyncPath):
    """``/quarantine/blacklist/{address}`` ({address})

    ``DELETE``: Delete user blacklist entries."""

    __slots__ = ()

    def delete(
        self,
        *,
        pmail: str | None = None,
    ) -> None:
        """Delete user blacklist entries.

        Args:
            pmail: List entries for the user with this primary email address. Quarantine users cannot speficy this parameter, but it is required for all other roles.
                Length: 3 to 512.
                Pattern: ``^(?:[^\\s\\/\\\\@]+\\@[^\\s\\/\\\\@]+)$``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin, qmanager, audit, quser]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /quarantine/blacklist/{address}`` (``blacklist_delete``)."""
        params = {
            "pmail": pmail,
        }
        return self._client._call("DELETE", self._path, params, _R8)


class QuarantineSpamusers(SyncPath):
    """``/quarantine/spamusers`` (spamusers)

    ``GET``: Get a list of receivers of spam in the given timespan (Default the last 24 hours)."""

    __slots__ = ()

    def get(
        self,
        *,
        endtime: int | None = None,
        starttime: int | None = None,
    ) -> list[QuarantineSpamusersGetResultItem]:
        """Get a list of receivers of spam in the given timespan (Default the last 24 hours).

        Args:
            endtime: Only consider entries older than 'endtime' (unix epoch). This is set to '<start> + 1day' by default.
                Range: 1 to inf.
            starttime: Only consider entries newer than 'starttime' (unix epoch). Default is 'now - 1day'.
                Range: 0 to inf.

        Returns:
            ``list[QuarantineSpamusersGetResultItem]``

        Permissions:
            Check: ``[admin, qmanager, audit]``

        Proxmox: ``GET /quarantine/spamusers`` (``spamusers``)."""
        params = {
            "endtime": endtime,
            "starttime": starttime,
        }
        return self._client._call("GET", self._path, params, _R9)


class QuarantineSpamstatus(SyncPath):
    """``/quarantine/spamstatus`` (spamstatus)

    ``GET``: Get Spam Quarantine Status"""

    __slots__ = ()

    def get(self) -> QuarantineSpamstatusGetResult:
        """Get Spam Quarantine Status

        Returns:
            ``QuarantineSpamstatusGetResult``

        Permissions:
            Check: ``[admin, qmanager, audit]``

        Proxmox: ``GET /quarantine/spamstatus`` (``spamstatus``)."""
        return self._client._call("GET", self._path, {}, _R10)


class QuarantineQuarusers(SyncPath):
    """``/quarantine/quarusers`` (quarusers)

    ``GET``: Get a list of users with whitelist/blacklist setttings."""

    __slots__ = ()

    def get(
        self,
        *,
        list: Literal["BL", "WL"] | None = None,
    ) -> list[QuarantineQuarusersGetResultItem]:
        """Get a list of users with whitelist/blacklist setttings.

        Args:
            list: If set, limits the result to the given list.

        Returns:
            ``list[QuarantineQuarusersGetResultItem]``

        Permissions:
            Check: ``[admin, qmanager, audit]``

        Proxmox: ``GET /quarantine/quarusers`` (``quarusers``)."""
        params = {
            "list": list,
        }
        return self._client._call("GET", self._path, params, _R11)


class QuarantineSpam(SyncPath):
    """``/quarantine/spam`` (spam)

    ``GET``: Get a list of quarantined spam mails in the given timeframe (default the last 24 hours) for the given user."""

    __slots__ = ()

    def get(
        self,
        *,
        endtime: int | None = None,
        pmail: str | None = None,
        starttime: int | None = None,
    ) -> list[QuarantineSpamGetResultItem]:
        """Get a list of quarantined spam mails in the given timeframe (default the last 24 hours) for the given user.

        Args:
            endtime: Only consider entries older than 'endtime' (unix epoch). This is set to '<start> + 1day' by default.
                Range: 1 to inf.
            pmail: List entries for the user with this primary email address. Quarantine users cannot speficy this parameter, but it is required for all other roles.
                Length: 3 to 512.
                Pattern: ``^(?:[^\\s\\/\\\\@]+\\@[^\\s\\/\\\\@]+)$``.
            starttime: Only consider entries newer than 'starttime' (unix epoch). Default is 'now - 1day'.
                Range: 0 to inf.

        Returns:
            ``list[QuarantineSpamGetResultItem]``

        Permissions:
            Check: ``[admin, qmanager, audit, quser]``

        Proxmox: ``GET /quarantine/spam`` (``spam``)."""
        params = {
            "endtime": endtime,
            "pmail": pmail,
            "starttime": starttime,
        }
        return self._client._call("GET", self._path, params, _R12)


class QuarantineVirus(SyncPath):
    """``/quarantine/virus`` (virus)

    ``GET``: Get a list of quarantined virus mails in the given timeframe (default the last 24 hours)."""

    __slots__ = ()

    def get(
        self,
        *,
        endtime: int | None = None,
        starttime: int | None = None,
    ) -> list[QuarantineVirusGetResultItem]:
        """Get a list of quarantined virus mails in the given timeframe (default the last 24 hours).

        Args:
            endtime: Only consider entries older than 'endtime' (unix epoch). This is set to '<start> + 1day' by default.
                Range: 1 to inf.
            starttime: Only consider entries newer than 'starttime' (unix epoch). Default is 'now - 1day'.
                Range: 0 to inf.

        Returns:
            ``list[QuarantineVirusGetResultItem]``

        Permissions:
            Check: ``[admin, qmanager, audit]``

        Proxmox: ``GET /quarantine/virus`` (``virus``)."""
        params = {
            "endtime": endtime,
            "starttime": starttime,
        }
        return self._client._call("GET", self._path, params, _R13)


class QuarantineAttachment(SyncPath):
    """``/quarantine/attachment`` (attachment)

    ``GET``: Get a list of quarantined attachment mails in the given timeframe (default the last 24 hours)."""

    __slots__ = ()

    def get(
        self,
        *,
        endtime: int | None = None,
        starttime: int | None = None,
    ) -> list[QuarantineAttachmentGetResultItem]:
        """Get a list of quarantined attachment mails in the given timeframe (default the last 24 hours).

        Args:
            endtime: Only consider entries older than 'endtime' (unix epoch). This is set to '<start> + 1day' by default.
                Range: 1 to inf.
            starttime: Only consider entries newer than 'starttime' (unix epoch). Default is 'now - 1day'.
                Range: 0 to inf.

        Returns:
            ``list[QuarantineAttachmentGetResultItem]``

        Permissions:
            Check: ``[admin, qmanager, audit]``

        Proxmox: ``GET /quarantine/attachment`` (``attachment``)."""
        params = {
            "endtime": endtime,
            "starttime": starttime,
        }
        return self._client._call("GET", self._path, params, _R14)


class QuarantineVirusstatus(SyncPath):
    """``/quarantine/virusstatus`` (virusstatus)

    ``GET``: Get Virus Quarantine Status"""

    __slots__ = ()

    def get(self) -> QuarantineVirusstatusGetResult:
        """Get Virus Quarantine Status

        Returns:
            ``QuarantineVirusstatusGetResult``

        Permissions:
            Check: ``[admin, qmanager, audit]``

        Proxmox: ``GET /quarantine/virusstatus`` (``virusstatus``)."""
        return self._client._call("GET", self._path, {}, _R15)


class QuarantineContent(SyncPath):
    """``/quarantine/content`` (content)

    ``GET``: Get email data. There is a special formatter called 'htmlmail' to get sanitized html view of the mail content (use the '/api2/htmlmail/quarantine/content' url).
    ``POST``: Execute quarantine actions."""

    __slots__ = ()

    def get(
        self,
        *,
        id: str,
        raw: bool | None = None,
    ) -> QuarantineContentGetResult:
        """Get email data. There is a special formatter called 'htmlmail' to get sanitized html view of the mail content (use the '/api2/htmlmail/quarantine/content' url).

        Args:
            id: Unique ID
                Length: 0 to 60.
                Pattern: ``^C\\d+R\\d+T\\d+$``.
            raw: Display 'raw' eml data. Deactivates size limit.
                Default: ``0``.

        Returns:
            ``QuarantineContentGetResult``

        Permissions:
            Check: ``[admin, qmanager, audit, quser]``

        Proxmox: ``GET /quarantine/content`` (``content``)."""
        params = {
            "id": id,
            "raw": raw,
        }
        return self._client._call("GET", self._path, params, _R16)

    def post(
        self,
        *,
        action: Literal["whitelist", "blacklist", "deliver", "delete"],
        id: str,
    ) -> None:
        """Execute quarantine actions.

        Args:
            action: Action - specify what you want to do with the mail.
            id: Unique IDs, seperate with ;
                Pattern: ``^C\\d+R\\d+T\\d+(;C\\d+R\\d+T\\d+)*$``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin, qmanager, quser]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /quarantine/content`` (``action``)."""
        params = {
            "action": action,
            "id": id,
        }
        return self._client._call("POST", self._path, params, _R17)


class QuarantineListattachments(SyncPath):
    """``/quarantine/listattachments`` (listattachments)

    ``GET``: Get Attachments for E-Mail in Quarantine."""

    __slots__ = ()

    def get(
        self,
        *,
        id: str,
    ) -> list[QuarantineListattachmentsGetResultItem]:
        """Get Attachments for E-Mail in Quarantine.

        Args:
            id: Unique ID
                Length: 0 to 60.
                Pattern: ``^C\\d+R\\d+T\\d+$``.

        Returns:
            ``list[QuarantineListattachmentsGetResultItem]``

        Permissions:
            Check: ``[admin, qmanager, audit]``

        Proxmox: ``GET /quarantine/listattachments`` (``listattachments``)."""
        params = {
            "id": id,
        }
        return self._client._call("GET", self._path, params, _R18)


class QuarantineDownload(SyncPath):
    """``/quarantine/download`` (download)

    ``GET``: Download E-Mail or Attachment from Quarantine."""

    __slots__ = ()

    def get(
        self,
        *,
        mailid: str,
        attachmentid: int | None = None,
    ) -> dict[str, Any]:
        """Download E-Mail or Attachment from Quarantine.

        Args:
            mailid: Unique ID
                Length: 0 to 60.
                Pattern: ``^C\\d+R\\d+T\\d+$``.
            attachmentid: The Attachment ID for the mail.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[admin, qmanager, audit, quser]``

        Proxmox: ``GET /quarantine/download`` (``download``)."""
        params = {
            "mailid": mailid,
            "attachmentid": attachmentid,
        }
        return self._client._call("GET", self._path, params, _R19)


class QuarantineSendlink(SyncPath):
    """``/quarantine/sendlink`` (sendlink)

    ``POST``: Send Quarantine link to given e-mail."""

    __slots__ = ()

    def post(
        self,
        *,
        mail: str,
    ) -> None:
        """Send Quarantine link to given e-mail.

        Args:
            mail: Email Address (allow most characters).
                Length: 3 to 512.
                Pattern: ``^(?:[^\\s\\/\\\\@]+\\@[^\\s\\/\\\\@]+)$``.

        Returns:
            ``None``

        Permissions:
            User: world

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /quarantine/sendlink`` (``sendlink``)."""
        params = {
            "mail": mail,
        }
        return self._client._call("POST", self._path, params, _R20)
