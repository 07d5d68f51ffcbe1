# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Path classes for ``config_ruledb_what`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pvesdk._runtime import AsyncPath, Returns
from pvesdk._runtime import secret as _secret
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.config_ruledb_what.config_ruledb_what_config_get import (
        ConfigRuledbWhatConfigGetResult,
    )
    from ..models.config_ruledb_what.config_ruledb_what_get import (
        ConfigRuledbWhatGetResultItem,
    )
    from ..models.config_ruledb_what.config_ruledb_what_ogroup_archivefilenamefilter_id_get import (
        ConfigRuledbWhatOgroupArchivefilenamefilterIdGetResult,
    )
    from ..models.config_ruledb_what.config_ruledb_what_ogroup_archivefilter_id_get import (
        ConfigRuledbWhatOgroupArchivefilterIdGetResult,
    )
    from ..models.config_ruledb_what.config_ruledb_what_ogroup_contenttype_id_get import (
        ConfigRuledbWhatOgroupContenttypeIdGetResult,
    )
    from ..models.config_ruledb_what.config_ruledb_what_ogroup_filenamefilter_id_get import (
        ConfigRuledbWhatOgroupFilenamefilterIdGetResult,
    )
    from ..models.config_ruledb_what.config_ruledb_what_ogroup_get import (
        ConfigRuledbWhatOgroupGetResultItem,
    )
    from ..models.config_ruledb_what.config_ruledb_what_ogroup_matchfield_id_get import (
        ConfigRuledbWhatOgroupMatchfieldIdGetResult,
    )
    from ..models.config_ruledb_what.config_ruledb_what_ogroup_objects_get import (
        ConfigRuledbWhatOgroupObjectsGetResultItem,
    )
    from ..models.config_ruledb_what.config_ruledb_what_ogroup_spamfilter_id_get import (
        ConfigRuledbWhatOgroupSpamfilterIdGetResult,
    )
    from ..models.config_ruledb_what.config_ruledb_what_ogroup_virusfilter_id_get import (
        ConfigRuledbWhatOgroupVirusfilterIdGetResult,
    )

_R0: Returns[list[ConfigRuledbWhatGetResultItem]] = Returns(
    "list[ConfigRuledbWhatGetResultItem]",
    "GET /config/ruledb/what",
    "models.config_ruledb_what.config_ruledb_what_get",
    package="pvesdk._generated_pmg",
)
_R1: Returns[int] = Returns("int", "POST /config/ruledb/what", package="pvesdk._generated_pmg")
_R2: Returns[list[ConfigRuledbWhatOgroupGetResultItem]] = Returns(
    "list[ConfigRuledbWhatOgroupGetResultItem]",
    "GET /config/ruledb/what/{ogroup}",
    "models.config_ruledb_what.config_ruledb_what_ogroup_get",
    package="pvesdk._generated_pmg",
)
_R3: Returns[None] = Returns(
    "None", "DELETE /config/ruledb/what/{ogroup}", package="pvesdk._generated_pmg"
)
_R4: Returns[ConfigRuledbWhatConfigGetResult] = Returns(
    "ConfigRuledbWhatConfigGetResult",
    "GET /config/ruledb/what/{ogroup}/config",
    "models.config_ruledb_what.config_ruledb_what_config_get",
    package="pvesdk._generated_pmg",
)
_R5: Returns[None] = Returns(
    "None", "PUT /config/ruledb/what/{ogroup}/config", package="pvesdk._generated_pmg"
)
_R6: Returns[list[ConfigRuledbWhatOgroupObjectsGetResultItem]] = Returns(
    "list[ConfigRuledbWhatOgroupObjectsGetResultItem]",
    "GET /config/ruledb/what/{ogroup}/objects",
    "models.config_ruledb_what.config_ruledb_what_ogroup_objects_get",
    package="pvesdk._generated_pmg",
)
_R7: Returns[None] = Returns(
    "None", "DELETE /config/ruledb/what/{ogroup}/objects/{id}", package="pvesdk._generated_pmg"
)
_R8: Returns[int] = Returns(
    "int", "POST /config/ruledb/what/{ogroup}/contenttype", package="pvesdk._generated_pmg"
)
_R9: Returns[ConfigRuledbWhatOgroupContenttypeIdGetResult] = Returns(
    "ConfigRuledbWhatOgroupContenttypeIdGetResult",
    "GET /config/ruledb/what/{ogroup}/contenttype/{id}",
    "models.config_ruledb_what.config_ruledb_what_ogroup_contenttype_id_get",
    package="pvesdk._generated_pmg",
)
_R10: Returns[None] = Returns(
    "None", "PUT /config/ruledb/what/{ogroup}/contenttype/{id}", package="pvesdk._generated_pmg"
)
_R11: Returns[int] = Returns(
    "int", "POST /config/ruledb/what/{ogroup}/matchfield", package="pvesdk._generated_pmg"
)
_R12: Returns[ConfigRuledbWhatOgroupMatchfieldIdGetResult] = Returns(
    "ConfigRuledbWhatOgroupMatchfieldIdGetResult",
    "GET /config/ruledb/what/{ogroup}/matchfield/{id}",
    "models.config_ruledb_what.config_ruledb_what_ogroup_matchfield_id_get",
    package="pvesdk._generated_pmg",
)
_R13: Returns[None] = Returns(
    "None", "PUT /config/ruledb/what/{ogroup}/matchfield/{id}", package="pvesdk._generated_pmg"
)
_R14: Returns[int] = Returns(
    "int", "POST /config/ruledb/what/{ogroup}/spamfilter", package="pvesdk._generated_pmg"
)
_R15: Returns[ConfigRuledbWhatOgroupSpamfilterIdGetResult] = Returns(
    "ConfigRuledbWhatOgroupSpamfilterIdGetResult",
    "GET /config/ruledb/what/{ogroup}/spamfilter/{id}",
    "models.config_ruledb_what.config_ruledb_what_ogroup_spamfilter_id_get",
    package="pvesdk._generated_pmg",
)
_R16: Returns[None] = Returns(
    "None", "PUT /config/ruledb/what/{ogroup}/spamfilter/{id}", package="pvesdk._generated_pmg"
)
_R17: Returns[int] = Returns(
    "int", "POST /config/ruledb/what/{ogroup}/archivefilter", package="pvesdk._generated_pmg"
)
_R18: Returns[ConfigRuledbWhatOgroupArchivefilterIdGetResult] = Returns(
    "ConfigRuledbWhatOgroupArchivefilterIdGetResult",
    "GET /config/ruledb/what/{ogroup}/archivefilter/{id}",
    "models.config_ruledb_what.config_ruledb_what_ogroup_archivefilter_id_get",
    package="pvesdk._generated_pmg",
)
_R19: Returns[None] = Returns(
    "None", "PUT /config/ruledb/what/{ogroup}/archivefilter/{id}", package="pvesdk._generated_pmg"
)
_R20: Returns[int] = Returns(
    "int", "POST /config/ruledb/what/{ogroup}/filenamefilter", package="pvesdk._generated_pmg"
)
_R21: Returns[ConfigRuledbWhatOgroupFilenamefilterIdGetResult] = Returns(
    "ConfigRuledbWhatOgroupFilenamefilterIdGetResult",
    "GET /config/ruledb/what/{ogroup}/filenamefilter/{id}",
    "models.config_ruledb_what.config_ruledb_what_ogroup_filenamefilter_id_get",
    package="pvesdk._generated_pmg",
)
_R22: Returns[None] = Returns(
    "None", "PUT /config/ruledb/what/{ogroup}/filenamefilter/{id}", package="pvesdk._generated_pmg"
)
_R23: Returns[int] = Returns(
    "int", "POST /config/ruledb/what/{ogroup}/virusfilter", package="pvesdk._generated_pmg"
)
_R24: Returns[ConfigRuledbWhatOgroupVirusfilterIdGetResult] = Returns(
    "ConfigRuledbWhatOgroupVirusfilterIdGetResult",
    "GET /config/ruledb/what/{ogroup}/virusfilter/{id}",
    "models.config_ruledb_what.config_ruledb_what_ogroup_virusfilter_id_get",
    package="pvesdk._generated_pmg",
)
_R25: Returns[None] = Returns(
    "None", "PUT /config/ruledb/what/{ogroup}/virusfilter/{id}", package="pvesdk._generated_pmg"
)
_R26: Returns[int] = Returns(
    "int",
    "POST /config/ruledb/what/{ogroup}/archivefilenamefilter",
    package="pvesdk._generated_pmg",
)
_R27: Returns[ConfigRuledbWhatOgroupArchivefilenamefilterIdGetResult] = Returns(
    "ConfigRuledbWhatOgroupArchivefilenamefilterIdGetResult",
    "GET /config/ruledb/what/{ogroup}/archivefilenamefilter/{id}",
    "models.config_ruledb_what.config_ruledb_what_ogroup_archivefilenamefilter_id_get",
    package="pvesdk._generated_pmg",
)
_R28: Returns[None] = Returns(
    "None",
    "PUT /config/ruledb/what/{ogroup}/archivefilenamefilter/{id}",
    package="pvesdk._generated_pmg",
)


class ConfigRuledbWhat(AsyncPath):
    """``/config/ruledb/what`` (what)

    ``GET``: Get list of 'what' groups.
    ``POST``: Create a new 'what' group."""

    __slots__ = ()

    def ogroup(self, ogroup: int) -> ConfigRuledbWhatOgroup:
        """Object Group ID."""
        return ConfigRuledbWhatOgroup(self._client, self._path + "/" + _segment(ogroup))

    async def get(self) -> list[ConfigRuledbWhatGetResultItem]:
        """Get list of 'what' groups.

        Returns:
            ``list[ConfigRuledbWhatGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/what`` (``list_what_groups``)."""
        return await self._client._call("GET", self._path, {}, _R0)

    async def post(
        self,
        *,
        name: str,
        info: str | None = None,
    ) -> int:
        """Create a new 'what' group.

        Args:
            name: Group name.
                Length: 0 to 255.
            info: Informational comment.
                Length: 0 to 255.

        Returns:
            ``int``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ruledb/what`` (``create_what_group``)."""
        params = {
            "name": name,
            "info": info,
        }
        return await self._client._call("POST", self._path, params, _R1)


class ConfigRuledbWhatOgroup(AsyncPath):
    """``/config/ruledb/what/{ogroup}`` ({ogroup})

    ``GET``: Directory index.
    ``DELETE``: Delete a 'what' group."""

    __slots__ = ()

    @property
    def config(self) -> ConfigRuledbWhatOgroupConfig:
        """Get 'what' group properties"""
        return ConfigRuledbWhatOgroupConfig(self._client, self._path + "/config")

    @property
    def objects(self) -> ConfigRuledbWhatOgroupObjects:
        """List 'what' group objects."""
        return ConfigRuledbWhatOgroupObjects(self._client, self._path + "/objects")

    @property
    def contenttype(self) -> ConfigRuledbWhatOgroupContenttype:
        """Add 'ContentType Filter' object."""
        return ConfigRuledbWhatOgroupContenttype(self._client, self._path + "/contenttype")

    @property
    def matchfield(self) -> ConfigRuledbWhatOgroupMatchfield:
        """Add 'Match Field' object."""
        return ConfigRuledbWhatOgroupMatchfield(self._client, self._path + "/matchfield")

    @property
    def spamfilter(self) -> ConfigRuledbWhatOgroupSpamfilter:
        """Add 'Spam Filter' object."""
        return ConfigRuledbWhatOgroupSpamfilter(self._client, self._path + "/spamfilter")

    @property
    def archivefilter(self) -> ConfigRuledbWhatOgroupArchivefilter:
        """Add 'Archive Filter' object."""
        return ConfigRuledbWhatOgroupArchivefilter(self._client, self._path + "/archivefilter")

    @property
    def filenamefilter(self) -> ConfigRuledbWhatOgroupFilenamefilter:
        """Add 'Match Filename' object."""
        return ConfigRuledbWhatOgroupFilenamefilter(self._client, self._path + "/filenamefilter")

    @property
    def virusfilter(self) -> ConfigRuledbWhatOgroupVirusfilter:
        """Add 'Virus Filter' object."""
        return ConfigRuledbWhatOgroupVirusfilter(self._client, self._path + "/virusfilter")

    @property
    def archivefilenamefilter(self) -> ConfigRuledbWhatOgroupArchivefilenamefilter:
        """Add 'Match Archive Filename' object."""
        return ConfigRuledbWhatOgroupArchivefilenamefilter(
            self._client, self._path + "/archivefilenamefilter"
        )

    async def get(self) -> list[ConfigRuledbWhatOgroupGetResultItem]:
        """Directory index.

        Returns:
            ``list[ConfigRuledbWhatOgroupGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Proxmox: ``GET /config/ruledb/what/{ogroup}`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R2)

    async def delete(self) -> None:
        """Delete a 'what' group.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /config/ruledb/what/{ogroup}`` (``delete_{$oclass}_group``)."""
        return await self._client._call("DELETE", self._path, {}, _R3)


class ConfigRuledbWhatOgroupConfig(AsyncPath):
    """``/config/ruledb/what/{ogroup}/config`` (config)

    ``GET``: Get 'what' group properties
    ``PUT``: Modify 'what' group properties"""

    __slots__ = ()

    async def get(self) -> ConfigRuledbWhatConfigGetResult:
        """Get 'what' group properties

        Returns:
            ``ConfigRuledbWhatConfigGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/what/{ogroup}/config`` (``get_config``)."""
        return await self._client._call("GET", self._path, {}, _R4)

    async def put(
        self,
        *,
        info: str | None = None,
        name: str | None = None,
    ) -> None:
        """Modify 'what' group properties

        Args:
            info: Informational comment.
                Length: 0 to 255.
            name: Group name.
                Length: 0 to 255.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/ruledb/what/{ogroup}/config`` (``set_config``)."""
        params = {
            "info": info,
            "name": name,
        }
        return await self._client._call("PUT", self._path, params, _R5)


class ConfigRuledbWhatOgroupObjects(AsyncPath):
    """``/config/ruledb/what/{ogroup}/objects`` (objects)

    ``GET``: List 'what' group objects."""

    __slots__ = ()

    def id(self, id: int) -> ConfigRuledbWhatOgroupObjectsId:
        """Object ID."""
        return ConfigRuledbWhatOgroupObjectsId(self._client, self._path + "/" + _segment(id))

    async def get(self) -> list[ConfigRuledbWhatOgroupObjectsGetResultItem]:
        """List 'what' group objects.

        Returns:
            ``list[ConfigRuledbWhatOgroupObjectsGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/what/{ogroup}/objects`` (``objects``)."""
        return await self._client._call("GET", self._path, {}, _R6)


class ConfigRuledbWhatOgroupObjectsId(AsyncPath):
    """``/config/ruledb/what/{ogroup}/objects/{id}`` ({id})

    ``DELETE``: Remove an object from the 'what' group."""

    __slots__ = ()

    async def delete(self) -> None:
        """Remove an object from the 'what' group.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /config/ruledb/what/{ogroup}/objects/{id}`` (``delete_object``)."""
        return await self._client._call("DELETE", self._path, {}, _R7)


class ConfigRuledbWhatOgroupContenttype(AsyncPath):
    """``/config/ruledb/what/{ogroup}/contenttype`` (contenttype)

    ``POST``: Add 'ContentType Filter' object."""

    __slots__ = ()

    def id(self, id: int) -> ConfigRuledbWhatOgroupContenttypeId:
        """Object ID."""
        return ConfigRuledbWhatOgroupContenttypeId(self._client, self._path + "/" + _segment(id))

    async def post(
        self,
        *,
        contenttype: str,
    ) -> int:
        """Add 'ContentType Filter' object.

        Args:
            contenttype: Content Type
                Length: 0 to 1024.
                Pattern: ``^[0-9a-zA-Z\\/\\\\[\\]\\+\\-\\.\\*\\_]+$``.

        Returns:
            ``int``: The object ID.

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ruledb/what/{ogroup}/contenttype`` (``contenttype``)."""
        params = {
            "contenttype": contenttype,
        }
        return await self._client._call("POST", self._path, params, _R8)


class ConfigRuledbWhatOgroupContenttypeId(AsyncPath):
    """``/config/ruledb/what/{ogroup}/contenttype/{id}`` ({id})

    ``GET``: Read 'ContentType Filter' object settings.
    ``PUT``: Update 'ContentType Filter' object."""

    __slots__ = ()

    async def get(self) -> ConfigRuledbWhatOgroupContenttypeIdGetResult:
        """Read 'ContentType Filter' object settings.

        Returns:
            ``ConfigRuledbWhatOgroupContenttypeIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/what/{ogroup}/contenttype/{id}`` (``read_contenttype``)."""
        return await self._client._call("GET", self._path, {}, _R9)

    async def put(
        self,
        *,
        contenttype: str,
    ) -> None:
        """Update 'ContentType Filter' object.

        Args:
            contenttype: Content Type
                Length: 0 to 1024.
                Pattern: ``^[0-9a-zA-Z\\/\\\\[\\]\\+\\-\\.\\*\\_]+$``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/ruledb/what/{ogroup}/contenttype/{id}`` (``update_contenttype``)."""
        params = {
            "contenttype": contenttype,
        }
        return await self._client._call("PUT", self._path, params, _R10)


class ConfigRuledbWhatOgroupMatchfield(AsyncPath):
    """``/config/ruledb/what/{ogroup}/matchfield`` (matchfield)

    ``POST``: Add 'Match Field' object."""

    __slots__ = ()

    def id(self, id: int) -> ConfigRuledbWhatOgroupMatchfieldId:
        """Object ID."""
        return ConfigRuledbWhatOgroupMatchfieldId(self._client, self._path + "/" + _segment(id))

    async def post(
        self,
        *,
        field: str,
        value: str,
    ) -> int:
        """Add 'Match Field' object.

        Args:
            field: The Field
                Length: 0 to 1024.
                Pattern: ``^[0-9a-zA-Z\\/\\\\[\\]\\+\\-\\.\\*\\_]+$``.
            value: The Value
                Length: 0 to 1024.

        Returns:
            ``int``: The object ID.

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ruledb/what/{ogroup}/matchfield`` (``matchfield``)."""
        value = _secret(value)
        params = {
            "field": field,
            "value": value,
        }
        return await self._client._call("POST", self._path, params, _R11)


class ConfigRuledbWhatOgroupMatchfieldId(AsyncPath):
    """``/config/ruledb/what/{ogroup}/matchfield/{id}`` ({id})

    ``GET``: Read 'Match Field' object settings.
    ``PUT``: Update 'Match Field' object."""

    __slots__ = ()

    async def get(self) -> ConfigRuledbWhatOgroupMatchfieldIdGetResult:
        """Read 'Match Field' object settings.

        Returns:
            ``ConfigRuledbWhatOgroupMatchfieldIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/what/{ogroup}/matchfield/{id}`` (``read_matchfield``)."""
        return await self._client._call("GET", self._path, {}, _R12)

    async def put(
        self,
        *,
        field: str,
        value: str,
    ) -> None:
        """Update 'Match Field' object.

        Args:
            field: The Field
                Length: 0 to 1024.
                Pattern: ``^[0-9a-zA-Z\\/\\\\[\\]\\+\\-\\.\\*\\_]+$``.
            value: The Value
                Length: 0 to 1024.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/ruledb/what/{ogroup}/matchfield/{id}`` (``update_matchfield``)."""
        value = _secret(value)
        params = {
            "field": field,
            "value": value,
        }
        return await self._client._call("PUT", self._path, params, _R13)


class ConfigRuledbWhatOgroupSpamfilter(AsyncPath):
    """``/config/ruledb/what/{ogroup}/spamfilter`` (spamfilter)

    ``POST``: Add 'Spam Filter' object."""

    __slots__ = ()

    def id(self, id: int) -> ConfigRuledbWhatOgroupSpamfilterId:
        """Object ID."""
        return ConfigRuledbWhatOgroupSpamfilterId(self._client, self._path + "/" + _segment(id))

    async def post(
        self,
        *,
        spamlevel: int,
    ) -> int:
        """Add 'Spam Filter' object.

        Args:
            spamlevel: Spam Level
                Range: 0 to inf.

        Returns:
            ``int``: The object ID.

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ruledb/what/{ogroup}/spamfilter`` (``spamfilter``)."""
        params = {
            "spamlevel": spamlevel,
        }
        return await self._client._call("POST", self._path, params, _R14)


class ConfigRuledbWhatOgroupSpamfilterId(AsyncPath):
    """``/config/ruledb/what/{ogroup}/spamfilter/{id}`` ({id})

    ``GET``: Read 'Spam Filter' object settings.
    ``PUT``: Update 'Spam Filter' object."""

    __slots__ = ()

    async def get(self) -> ConfigRuledbWhatOgroupSpamfilterIdGetResult:
        """Read 'Spam Filter' object settings.

        Returns:
            ``ConfigRuledbWhatOgroupSpamfilterIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/what/{ogroup}/spamfilter/{id}`` (``read_spamfilter``)."""
        return await self._client._call("GET", self._path, {}, _R15)

    async def put(
        self,
        *,
        spamlevel: int,
    ) -> None:
        """Update 'Spam Filter' object.

        Args:
            spamlevel: Spam Level
                Range: 0 to inf.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/ruledb/what/{ogroup}/spamfilter/{id}`` (``update_spamfilter``)."""
        params = {
            "spamlevel": spamlevel,
        }
        return await self._client._call("PUT", self._path, params, _R16)


class ConfigRuledbWhatOgroupArchivefilter(AsyncPath):
    """``/config/ruledb/what/{ogroup}/archivefilter`` (archivefilter)

    ``POST``: Add 'Archive Filter' object."""

    __slots__ = ()

    def id(self, id: int) -> ConfigRuledbWhatOgroupArchivefilterId:
        """Object ID."""
        return ConfigRuledbWhatOgroupArchivefilterId(self._client, self._path + "/" + _segment(id))

    async def post(
        self,
        *,
        contenttype: str,
    ) -> int:
        """Add 'Archive Filter' object.

        Args:
            contenttype: Content Type
                Length: 0 to 1024.
                Pattern: ``^[0-9a-zA-Z\\/\\\\[\\]\\+\\-\\.\\*\\_]+$``.

        Returns:
            ``int``: The object ID.

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ruledb/what/{ogroup}/archivefilter`` (``archivefilter``)."""
        params = {
            "contenttype": contenttype,
        }
        return await self._client._call("POST", self._path, params, _R17)


class ConfigRuledbWhatOgroupArchivefilterId(AsyncPath):
    """``/config/ruledb/what/{ogroup}/archivefilter/{id}`` ({id})

    ``GET``: Read 'Archive Filter' object settings.
    ``PUT``: Update 'Archive Filter' object."""

    __slots__ = ()

    async def get(self) -> ConfigRuledbWhatOgroupArchivefilterIdGetResult:
        """Read 'Archive Filter' object settings.

        Returns:
            ``ConfigRuledbWhatOgroupArchivefilterIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/what/{ogroup}/archivefilter/{id}`` (``read_archivefilter``)."""
        return await self._client._call("GET", self._path, {}, _R18)

    async def put(
        self,
        *,
        contenttype: str,
    ) -> None:
        """Update 'Archive Filter' object.

        Args:
            contenttype: Content Type
                Length: 0 to 1024.
                Pattern: ``^[0-9a-zA-Z\\/\\\\[\\]\\+\\-\\.\\*\\_]+$``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/ruledb/what/{ogroup}/archivefilter/{id}`` (``update_archivefilter``)."""
        params = {
            "contenttype": contenttype,
        }
        return await self._client._call("PUT", self._path, params, _R19)


class ConfigRuledbWhatOgroupFilenamefilter(AsyncPath):
    """``/config/ruledb/what/{ogroup}/filenamefilter`` (filenamefilter)

    ``POST``: Add 'Match Filename' object."""

    __slots__ = ()

    def id(self, id: int) -> ConfigRuledbWhatOgroupFilenamefilterId:
        """Object ID."""
        return ConfigRuledbWhatOgroupFilenamefilterId(self._client, self._path + "/" + _segment(id))

    async def post(
        self,
        *,
        filename: str,
    ) -> int:
        """Add 'Match Filename' object.

        Args:
            filename: Filename filter
                Length: 0 to 1024.

        Returns:
            ``int``: The object ID.

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ruledb/what/{ogroup}/filenamefilter`` (``filenamefilter``)."""
        params = {
            "filename": filename,
        }
        return await self._client._call("POST", self._path, params, _R20)


class ConfigRuledbWhatOgroupFilenamefilterId(AsyncPath):
    """``/config/ruledb/what/{ogroup}/filenamefilter/{id}`` ({id})

    ``GET``: Read 'Match Filename' object settings.
    ``PUT``: Update 'Match Filename' object."""

    __slots__ = ()

    async def get(self) -> ConfigRuledbWhatOgroupFilenamefilterIdGetResult:
        """Read 'Match Filename' object settings.

        Returns:
            ``ConfigRuledbWhatOgroupFilenamefilterIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/what/{ogroup}/filenamefilter/{id}`` (``read_filenamefilter``)."""
        return await self._client._call("GET", self._path, {}, _R21)

    async def put(
        self,
        *,
        filename: str,
    ) -> None:
        """Update 'Match Filename' object.

        Args:
            filename: Filename filter
                Length: 0 to 1024.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/ruledb/what/{ogroup}/filenamefilter/{id}`` (``update_filenamefilter``)."""
        params = {
            "filename": filename,
        }
        return await self._client._call("PUT", self._path, params, _R22)


class ConfigRuledbWhatOgroupVirusfilter(AsyncPath):
    """``/config/ruledb/what/{ogroup}/virusfilter`` (virusfilter)

    ``POST``: Add 'Virus Filter' object."""

    __slots__ = ()

    def id(self, id: int) -> ConfigRuledbWhatOgroupVirusfilterId:
        """Object ID."""
        return ConfigRuledbWhatOgroupVirusfilterId(self._client, self._path + "/" + _segment(id))

    async def post(self) -> int:
        """Add 'Virus Filter' object.

        Returns:
            ``int``: The object ID.

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ruledb/what/{ogroup}/virusfilter`` (``virusfilter``)."""
        return await self._client._call("POST", self._path, {}, _R23)


class ConfigRuledbWhatOgroupVirusfilterId(AsyncPath):
    """``/config/ruledb/what/{ogroup}/virusfilter/{id}`` ({id})

    ``GET``: Read 'Virus Filter' object settings.
    ``PUT``: Update 'Virus Filter' object."""

    __slots__ = ()

    async def get(self) -> ConfigRuledbWhatOgroupVirusfilterIdGetResult:
        """Read 'Virus Filter' object settings.

        Returns:
            ``ConfigRuledbWhatOgroupVirusfilterIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/what/{ogroup}/virusfilter/{id}`` (``read_virusfilter``)."""
        return await self._client._call("GET", self._path, {}, _R24)

    async def put(self) -> None:
        """Update 'Virus Filter' object.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/ruledb/what/{ogroup}/virusfilter/{id}`` (``update_virusfilter``)."""
        return await self._client._call("PUT", self._path, {}, _R25)


class ConfigRuledbWhatOgroupArchivefilenamefilter(AsyncPath):
    """``/config/ruledb/what/{ogroup}/archivefilenamefilter`` (archivefilenamefilter)

    ``POST``: Add 'Match Archive Filename' object."""

    __slots__ = ()

    def id(self, id: int) -> ConfigRuledbWhatOgroupArchivefilenamefilterId:
        """Object ID."""
        return ConfigRuledbWhatOgroupArchivefilenamefilterId(
            self._client, self._path + "/" + _segment(id)
        )

    async def post(
        self,
        *,
        filename: str,
    ) -> int:
        """Add 'Match Archive Filename' object.

        Args:
            filename: Filename filter
                Length: 0 to 1024.

        Returns:
            ``int``: The object ID.

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ruledb/what/{ogroup}/archivefilenamefilter`` (``archivefilenamefilter``)."""
        params = {
            "filename": filename,
        }
        return await self._client._call("POST", self._path, params, _R26)


class ConfigRuledbWhatOgroupArchivefilenamefilterId(AsyncPath):
    """``/config/ruledb/what/{ogroup}/archivefilenamefilter/{id}`` ({id})

    ``GET``: Read 'Match Archive Filename' object settings.
    ``PUT``: Update 'Match Archive Filename' object."""

    __slots__ = ()

    async def get(self) -> ConfigRuledbWhatOgroupArchivefilenamefilterIdGetResult:
        """Read 'Match Archive Filename' object settings.

        Returns:
            ``ConfigRuledbWhatOgroupArchivefilenamefilterIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/what/{ogroup}/archivefilenamefilter/{id}`` (``read_archivefilenamefilter``)."""
        return await self._client._call("GET", self._path, {}, _R27)

    async def put(
        self,
        *,
        filename: str,
    ) -> None:
        """Update 'Match Archive Filename' object.

        Args:
            filename: Filename filter
                Length: 0 to 1024.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/ruledb/what/{ogroup}/archivefilenamefilter/{id}`` (``update_archivefilenamefilter``)."""
        params = {
            "filename": filename,
        }
        return await self._client._call("PUT", self._path, params, _R28)
