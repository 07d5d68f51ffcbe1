# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Path classes for ``config_ruledb_when`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pvesdk._runtime import AsyncPath, Returns
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.config_ruledb_when.config_ruledb_when_config_get import (
        ConfigRuledbWhenConfigGetResult,
    )
    from ..models.config_ruledb_when.config_ruledb_when_get import (
        ConfigRuledbWhenGetResultItem,
    )
    from ..models.config_ruledb_when.config_ruledb_when_ogroup_get import (
        ConfigRuledbWhenOgroupGetResultItem,
    )
    from ..models.config_ruledb_when.config_ruledb_when_ogroup_objects_get import (
        ConfigRuledbWhenOgroupObjectsGetResultItem,
    )
    from ..models.config_ruledb_when.config_ruledb_when_ogroup_timeframe_id_get import (
        ConfigRuledbWhenOgroupTimeframeIdGetResult,
    )

_R0: Returns[list[ConfigRuledbWhenGetResultItem]] = Returns(
    "list[ConfigRuledbWhenGetResultItem]",
    "GET /config/ruledb/when",
    "models.config_ruledb_when.config_ruledb_when_get",
    package="pvesdk._generated_pmg",
)
_R1: Returns[int] = Returns("int", "POST /config/ruledb/when", package="pvesdk._generated_pmg")
_R2: Returns[list[ConfigRuledbWhenOgroupGetResultItem]] = Returns(
    "list[ConfigRuledbWhenOgroupGetResultItem]",
    "GET /config/ruledb/when/{ogroup}",
    "models.config_ruledb_when.config_ruledb_when_ogroup_get",
    package="pvesdk._generated_pmg",
)
_R3: Returns[None] = Returns(
    "None", "DELETE /config/ruledb/when/{ogroup}", package="pvesdk._generated_pmg"
)
_R4: Returns[ConfigRuledbWhenConfigGetResult] = Returns(
    "ConfigRuledbWhenConfigGetResult",
    "GET /config/ruledb/when/{ogroup}/config",
    "models.config_ruledb_when.config_ruledb_when_config_get",
    package="pvesdk._generated_pmg",
)
_R5: Returns[None] = Returns(
    "None", "PUT /config/ruledb/when/{ogroup}/config", package="pvesdk._generated_pmg"
)
_R6: Returns[list[ConfigRuledbWhenOgroupObjectsGetResultItem]] = Returns(
    "list[ConfigRuledbWhenOgroupObjectsGetResultItem]",
    "GET /config/ruledb/when/{ogroup}/objects",
    "models.config_ruledb_when.config_ruledb_when_ogroup_objects_get",
    package="pvesdk._generated_pmg",
)
_R7: Returns[None] = Returns(
    "None", "DELETE /config/ruledb/when/{ogroup}/objects/{id}", package="pvesdk._generated_pmg"
)
_R8: Returns[int] = Returns(
    "int", "POST /config/ruledb/when/{ogroup}/timeframe", package="pvesdk._generated_pmg"
)
_R9: Returns[ConfigRuledbWhenOgroupTimeframeIdGetResult] = Returns(
    "ConfigRuledbWhenOgroupTimeframeIdGetResult",
    "GET /config/ruledb/when/{ogroup}/timeframe/{id}",
    "models.config_ruledb_when.config_ruledb_when_ogroup_timeframe_id_get",
    package="pvesdk._generated_pmg",
)
_R10: Returns[None] = Returns(
    "None", "PUT /config/ruledb/when/{ogroup}/timeframe/{id}", package="pvesdk._generated_pmg"
)


class ConfigRuledbWhen(AsyncPath):
    """``/config/ruledb/when`` (when)

    ``GET``: Get list of 'when' groups.
    ``POST``: Create a new 'when' group."""

    __slots__ = ()

    def ogroup(self, ogroup: int) -> ConfigRuledbWhenOgroup:
        """Object Group ID."""
        return ConfigRuledbWhenOgroup(self._client, self._path + "/" + _segment(ogroup))

    async def get(self) -> list[ConfigRuledbWhenGetResultItem]:
        """Get list of 'when' groups.

        Returns:
            ``list[ConfigRuledbWhenGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/when`` (``list_when_groups``)."""
        return await self._client._call("GET", self._path, {}, _R0)

    async def post(
        self,
        *,
        name: str,
        info: str | None = None,
    ) -> int:
        """Create a new 'when' group.

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

        Proxmox: ``POST /config/ruledb/when`` (``create_when_group``)."""
        params = {
            "name": name,
            "info": info,
        }
        return await self._client._call("POST", self._path, params, _R1)


class ConfigRuledbWhenOgroup(AsyncPath):
    """``/config/ruledb/when/{ogroup}`` ({ogroup})

    ``GET``: Directory index.
    ``DELETE``: Delete a 'when' group."""

    __slots__ = ()

    @property
    def config(self) -> ConfigRuledbWhenOgroupConfig:
        """Get 'when' group properties"""
        return ConfigRuledbWhenOgroupConfig(self._client, self._path + "/config")

    @property
    def objects(self) -> ConfigRuledbWhenOgroupObjects:
        """List 'when' group objects."""
        return ConfigRuledbWhenOgroupObjects(self._client, self._path + "/objects")

    @property
    def timeframe(self) -> ConfigRuledbWhenOgroupTimeframe:
        """Add 'TimeFrame' object."""
        return ConfigRuledbWhenOgroupTimeframe(self._client, self._path + "/timeframe")

    async def get(self) -> list[ConfigRuledbWhenOgroupGetResultItem]:
        """Directory index.

        Returns:
            ``list[ConfigRuledbWhenOgroupGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Proxmox: ``GET /config/ruledb/when/{ogroup}`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R2)

    async def delete(self) -> None:
        """Delete a 'when' group.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /config/ruledb/when/{ogroup}`` (``delete_{$oclass}_group``)."""
        return await self._client._call("DELETE", self._path, {}, _R3)


class ConfigRuledbWhenOgroupConfig(AsyncPath):
    """``/config/ruledb/when/{ogroup}/config`` (config)

    ``GET``: Get 'when' group properties
    ``PUT``: Modify 'when' group properties"""

    __slots__ = ()

    async def get(self) -> ConfigRuledbWhenConfigGetResult:
        """Get 'when' group properties

        Returns:
            ``ConfigRuledbWhenConfigGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/when/{ogroup}/config`` (``get_config``)."""
        return await self._client._call("GET", self._path, {}, _R4)

    async def put(
        self,
        *,
        info: str | None = None,
        name: str | None = None,
    ) -> None:
        """Modify 'when' group properties

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

        Proxmox: ``PUT /config/ruledb/when/{ogroup}/config`` (``set_config``)."""
        params = {
            "info": info,
            "name": name,
        }
        return await self._client._call("PUT", self._path, params, _R5)


class ConfigRuledbWhenOgroupObjects(AsyncPath):
    """``/config/ruledb/when/{ogroup}/objects`` (objects)

    ``GET``: List 'when' group objects."""

    __slots__ = ()

    def id(self, id: int) -> ConfigRuledbWhenOgroupObjectsId:
        """Object ID."""
        return ConfigRuledbWhenOgroupObjectsId(self._client, self._path + "/" + _segment(id))

    async def get(self) -> list[ConfigRuledbWhenOgroupObjectsGetResultItem]:
        """List 'when' group objects.

        Returns:
            ``list[ConfigRuledbWhenOgroupObjectsGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/when/{ogroup}/objects`` (``objects``)."""
        return await self._client._call("GET", self._path, {}, _R6)


class ConfigRuledbWhenOgroupObjectsId(AsyncPath):
    """``/config/ruledb/when/{ogroup}/objects/{id}`` ({id})

    ``DELETE``: Remove an object from the 'when' group."""

    __slots__ = ()

    async def delete(self) -> None:
        """Remove an object from the 'when' group.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /config/ruledb/when/{ogroup}/objects/{id}`` (``delete_object``)."""
        return await self._client._call("DELETE", self._path, {}, _R7)


class ConfigRuledbWhenOgroupTimeframe(AsyncPath):
    """``/config/ruledb/when/{ogroup}/timeframe`` (timeframe)

    ``POST``: Add 'TimeFrame' object."""

    __slots__ = ()

    def id(self, id: int) -> ConfigRuledbWhenOgroupTimeframeId:
        """Object ID."""
        return ConfigRuledbWhenOgroupTimeframeId(self._client, self._path + "/" + _segment(id))

    async def post(
        self,
        *,
        end: str,
        start: str,
    ) -> int:
        """Add 'TimeFrame' object.

        Args:
            end: End time in `H:i` format (00:00).
                Pattern: ``^\\d?\\d:\\d?\\d$``.
            start: Start time in `H:i` format (00:00).
                Pattern: ``^\\d?\\d:\\d?\\d$``.

        Returns:
            ``int``: The object ID.

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ruledb/when/{ogroup}/timeframe`` (``timeframe``)."""
        params = {
            "end": end,
            "start": start,
        }
        return await self._client._call("POST", self._path, params, _R8)


class ConfigRuledbWhenOgroupTimeframeId(AsyncPath):
    """``/config/ruledb/when/{ogroup}/timeframe/{id}`` ({id})

    ``GET``: Read 'TimeFrame' object settings.
    ``PUT``: Update 'TimeFrame' object."""

    __slots__ = ()

    async def get(self) -> ConfigRuledbWhenOgroupTimeframeIdGetResult:
        """Read 'TimeFrame' object settings.

        Returns:
            ``ConfigRuledbWhenOgroupTimeframeIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/when/{ogroup}/timeframe/{id}`` (``read_timeframe``)."""
        return await self._client._call("GET", self._path, {}, _R9)

    async def put(
        self,
        *,
        end: str,
        start: str,
    ) -> None:
        """Update 'TimeFrame' object.

        Args:
            end: End time in `H:i` format (00:00).
                Pattern: ``^\\d?\\d:\\d?\\d$``.
            start: Start time in `H:i` format (00:00).
                Pattern: ``^\\d?\\d:\\d?\\d$``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/ruledb/when/{ogroup}/timeframe/{id}`` (``update_timeframe``)."""
        params = {
            "end": end,
            "start": start,
        }
        return await self._client._call("PUT", self._path, params, _R10)
