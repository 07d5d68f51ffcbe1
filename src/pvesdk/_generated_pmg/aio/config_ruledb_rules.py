# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Path classes for ``config_ruledb_rules`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pvesdk._runtime import AsyncPath, Returns
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.config_ruledb_rules.config_ruledb_rules_config_get import (
        ConfigRuledbRulesConfigGetResult,
    )
    from ..models.config_ruledb_rules.config_ruledb_rules_get import (
        ConfigRuledbRulesGetResultItem,
    )
    from ..models.config_ruledb_rules.config_ruledb_rules_id_action_get import (
        ConfigRuledbRulesIdActionGetResultItem,
    )
    from ..models.config_ruledb_rules.config_ruledb_rules_id_from_get import (
        ConfigRuledbRulesIdFromGetResultItem,
    )
    from ..models.config_ruledb_rules.config_ruledb_rules_id_get import (
        ConfigRuledbRulesIdGetResultItem,
    )
    from ..models.config_ruledb_rules.config_ruledb_rules_id_to_get import (
        ConfigRuledbRulesIdToGetResultItem,
    )
    from ..models.config_ruledb_rules.config_ruledb_rules_id_what_get import (
        ConfigRuledbRulesIdWhatGetResultItem,
    )
    from ..models.config_ruledb_rules.config_ruledb_rules_id_when_get import (
        ConfigRuledbRulesIdWhenGetResultItem,
    )

_R0: Returns[list[ConfigRuledbRulesGetResultItem]] = Returns(
    "list[ConfigRuledbRulesGetResultItem]",
    "GET /config/ruledb/rules",
    "models.config_ruledb_rules.config_ruledb_rules_get",
    package="pvesdk._generated_pmg",
)
_R1: Returns[int] = Returns("int", "POST /config/ruledb/rules", package="pvesdk._generated_pmg")
_R2: Returns[list[ConfigRuledbRulesIdGetResultItem]] = Returns(
    "list[ConfigRuledbRulesIdGetResultItem]",
    "GET /config/ruledb/rules/{id}",
    "models.config_ruledb_rules.config_ruledb_rules_id_get",
    package="pvesdk._generated_pmg",
)
_R3: Returns[None] = Returns(
    "None", "DELETE /config/ruledb/rules/{id}", package="pvesdk._generated_pmg"
)
_R4: Returns[ConfigRuledbRulesConfigGetResult] = Returns(
    "ConfigRuledbRulesConfigGetResult",
    "GET /config/ruledb/rules/{id}/config",
    "models.config_ruledb_rules.config_ruledb_rules_config_get",
    package="pvesdk._generated_pmg",
)
_R5: Returns[None] = Returns(
    "None", "PUT /config/ruledb/rules/{id}/config", package="pvesdk._generated_pmg"
)
_R6: Returns[list[ConfigRuledbRulesIdFromGetResultItem]] = Returns(
    "list[ConfigRuledbRulesIdFromGetResultItem]",
    "GET /config/ruledb/rules/{id}/from",
    "models.config_ruledb_rules.config_ruledb_rules_id_from_get",
    package="pvesdk._generated_pmg",
)
_R7: Returns[None] = Returns(
    "None", "POST /config/ruledb/rules/{id}/from", package="pvesdk._generated_pmg"
)
_R8: Returns[None] = Returns(
    "None", "DELETE /config/ruledb/rules/{id}/from/{ogroup}", package="pvesdk._generated_pmg"
)
_R9: Returns[list[ConfigRuledbRulesIdToGetResultItem]] = Returns(
    "list[ConfigRuledbRulesIdToGetResultItem]",
    "GET /config/ruledb/rules/{id}/to",
    "models.config_ruledb_rules.config_ruledb_rules_id_to_get",
    package="pvesdk._generated_pmg",
)
_R10: Returns[None] = Returns(
    "None", "POST /config/ruledb/rules/{id}/to", package="pvesdk._generated_pmg"
)
_R11: Returns[None] = Returns(
    "None", "DELETE /config/ruledb/rules/{id}/to/{ogroup}", package="pvesdk._generated_pmg"
)
_R12: Returns[list[ConfigRuledbRulesIdWhenGetResultItem]] = Returns(
    "list[ConfigRuledbRulesIdWhenGetResultItem]",
    "GET /config/ruledb/rules/{id}/when",
    "models.config_ruledb_rules.config_ruledb_rules_id_when_get",
    package="pvesdk._generated_pmg",
)
_R13: Returns[None] = Returns(
    "None", "POST /config/ruledb/rules/{id}/when", package="pvesdk._generated_pmg"
)
_R14: Returns[None] = Returns(
    "None", "DELETE /config/ruledb/rules/{id}/when/{ogroup}", package="pvesdk._generated_pmg"
)
_R15: Returns[list[ConfigRuledbRulesIdWhatGetResultItem]] = Returns(
    "list[ConfigRuledbRulesIdWhatGetResultItem]",
    "GET /config/ruledb/rules/{id}/what",
    "models.config_ruledb_rules.config_ruledb_rules_id_what_get",
    package="pvesdk._generated_pmg",
)
_R16: Returns[None] = Returns(
    "None", "POST /config/ruledb/rules/{id}/what", package="pvesdk._generated_pmg"
)
_R17: Returns[None] = Returns(
    "None", "DELETE /config/ruledb/rules/{id}/what/{ogroup}", package="pvesdk._generated_pmg"
)
_R18: Returns[list[ConfigRuledbRulesIdActionGetResultItem]] = Returns(
    "list[ConfigRuledbRulesIdActionGetResultItem]",
    "GET /config/ruledb/rules/{id}/action",
    "models.config_ruledb_rules.config_ruledb_rules_id_action_get",
    package="pvesdk._generated_pmg",
)
_R19: Returns[None] = Returns(
    "None", "POST /config/ruledb/rules/{id}/action", package="pvesdk._generated_pmg"
)
_R20: Returns[None] = Returns(
    "None", "DELETE /config/ruledb/rules/{id}/action/{ogroup}", package="pvesdk._generated_pmg"
)


class ConfigRuledbRules(AsyncPath):
    """``/config/ruledb/rules`` (rules)

    ``GET``: Get list of rules.
    ``POST``: Create new rule."""

    __slots__ = ()

    def id(self, id: int) -> ConfigRuledbRulesId:
        """Rule ID."""
        return ConfigRuledbRulesId(self._client, self._path + "/" + _segment(id))

    async def get(self) -> list[ConfigRuledbRulesGetResultItem]:
        """Get list of rules.

        Returns:
            ``list[ConfigRuledbRulesGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/rules`` (``list_rules``)."""
        return await self._client._call("GET", self._path, {}, _R0)

    async def post(
        self,
        *,
        name: str,
        priority: int,
        active: bool | None = None,
        direction: int | None = None,
    ) -> int:
        """Create new rule.

        Args:
            name: Rule name
            priority: Rule priority.
                Range: 0 to 100.
            active: Flag to activate rule.
            direction: Rule direction. Value `0` matches incoming mails, value `1` matches outgoing mails, and value `2` matches both directions.
                Range: 0 to 2.

        Returns:
            ``int``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ruledb/rules`` (``create_rule``)."""
        params = {
            "name": name,
            "priority": priority,
            "active": active,
            "direction": direction,
        }
        return await self._client._call("POST", self._path, params, _R1)


class ConfigRuledbRulesId(AsyncPath):
    """``/config/ruledb/rules/{id}`` ({id})

    ``GET``: Directory index.
    ``DELETE``: Delete rule."""

    __slots__ = ()

    @property
    def config(self) -> ConfigRuledbRulesIdConfig:
        """Get common rule properties."""
        return ConfigRuledbRulesIdConfig(self._client, self._path + "/config")

    @property
    def from_(self) -> ConfigRuledbRulesIdFrom:
        """Get 'from' group list."""
        return ConfigRuledbRulesIdFrom(self._client, self._path + "/from")

    @property
    def to(self) -> ConfigRuledbRulesIdTo:
        """Get 'to' group list."""
        return ConfigRuledbRulesIdTo(self._client, self._path + "/to")

    @property
    def when(self) -> ConfigRuledbRulesIdWhen:
        """Get 'when' group list."""
        return ConfigRuledbRulesIdWhen(self._client, self._path + "/when")

    @property
    def what(self) -> ConfigRuledbRulesIdWhat:
        """Get 'what' group list."""
        return ConfigRuledbRulesIdWhat(self._client, self._path + "/what")

    @property
    def action(self) -> ConfigRuledbRulesIdAction:
        """Get 'action' group list."""
        return ConfigRuledbRulesIdAction(self._client, self._path + "/action")

    async def get(self) -> list[ConfigRuledbRulesIdGetResultItem]:
        """Directory index.

        Returns:
            ``list[ConfigRuledbRulesIdGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Proxmox: ``GET /config/ruledb/rules/{id}`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R2)

    async def delete(self) -> None:
        """Delete rule.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /config/ruledb/rules/{id}`` (``delete_rule``)."""
        return await self._client._call("DELETE", self._path, {}, _R3)


class ConfigRuledbRulesIdConfig(AsyncPath):
    """``/config/ruledb/rules/{id}/config`` (config)

    ``GET``: Get common rule properties.
    ``PUT``: Set rule properties."""

    __slots__ = ()

    async def get(self) -> ConfigRuledbRulesConfigGetResult:
        """Get common rule properties.

        Returns:
            ``ConfigRuledbRulesConfigGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/rules/{id}/config`` (``config``)."""
        return await self._client._call("GET", self._path, {}, _R4)

    async def put(
        self,
        *,
        active: bool | None = None,
        direction: int | None = None,
        name: str | None = None,
        priority: int | None = None,
    ) -> None:
        """Set rule properties.

        Args:
            active: Flag to activate rule.
            direction: Rule direction. Value `0` matches incoming mails, value `1` matches outgoing mails, and value `2` matches both directions.
                Range: 0 to 2.
            name: Rule name
            priority: Rule priority.
                Range: 0 to 100.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/ruledb/rules/{id}/config`` (``update_config``)."""
        params = {
            "active": active,
            "direction": direction,
            "name": name,
            "priority": priority,
        }
        return await self._client._call("PUT", self._path, params, _R5)


class ConfigRuledbRulesIdFrom(AsyncPath):
    """``/config/ruledb/rules/{id}/from`` (from)

    ``GET``: Get 'from' group list.
    ``POST``: Add group to 'from' list."""

    __slots__ = ()

    def ogroup(self, ogroup: int) -> ConfigRuledbRulesIdFromOgroup:
        """Groups ID."""
        return ConfigRuledbRulesIdFromOgroup(self._client, self._path + "/" + _segment(ogroup))

    async def get(self) -> list[ConfigRuledbRulesIdFromGetResultItem]:
        """Get 'from' group list.

        Returns:
            ``list[ConfigRuledbRulesIdFromGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/rules/{id}/from`` (``from``)."""
        return await self._client._call("GET", self._path, {}, _R6)

    async def post(
        self,
        *,
        ogroup: int,
    ) -> None:
        """Add group to 'from' list.

        Args:
            ogroup: Groups ID.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ruledb/rules/{id}/from`` (``add_from_group``)."""
        params = {
            "ogroup": ogroup,
        }
        return await self._client._call("POST", self._path, params, _R7)


class ConfigRuledbRulesIdFromOgroup(AsyncPath):
    """``/config/ruledb/rules/{id}/from/{ogroup}`` ({ogroup})

    ``DELETE``: Delete group from 'from' list."""

    __slots__ = ()

    async def delete(self) -> None:
        """Delete group from 'from' list.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /config/ruledb/rules/{id}/from/{ogroup}`` (``delete_from_group``)."""
        return await self._client._call("DELETE", self._path, {}, _R8)


class ConfigRuledbRulesIdTo(AsyncPath):
    """``/config/ruledb/rules/{id}/to`` (to)

    ``GET``: Get 'to' group list.
    ``POST``: Add group to 'to' list."""

    __slots__ = ()

    def ogroup(self, ogroup: int) -> ConfigRuledbRulesIdToOgroup:
        """Groups ID."""
        return ConfigRuledbRulesIdToOgroup(self._client, self._path + "/" + _segment(ogroup))

    async def get(self) -> list[ConfigRuledbRulesIdToGetResultItem]:
        """Get 'to' group list.

        Returns:
            ``list[ConfigRuledbRulesIdToGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/rules/{id}/to`` (``to``)."""
        return await self._client._call("GET", self._path, {}, _R9)

    async def post(
        self,
        *,
        ogroup: int,
    ) -> None:
        """Add group to 'to' list.

        Args:
            ogroup: Groups ID.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ruledb/rules/{id}/to`` (``add_to_group``)."""
        params = {
            "ogroup": ogroup,
        }
        return await self._client._call("POST", self._path, params, _R10)


class ConfigRuledbRulesIdToOgroup(AsyncPath):
    """``/config/ruledb/rules/{id}/to/{ogroup}`` ({ogroup})

    ``DELETE``: Delete group from 'to' list."""

    __slots__ = ()

    async def delete(self) -> None:
        """Delete group from 'to' list.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /config/ruledb/rules/{id}/to/{ogroup}`` (``delete_to_group``)."""
        return await self._client._call("DELETE", self._path, {}, _R11)


class ConfigRuledbRulesIdWhen(AsyncPath):
    """``/config/ruledb/rules/{id}/when`` (when)

    ``GET``: Get 'when' group list.
    ``POST``: Add group to 'when' list."""

    __slots__ = ()

    def ogroup(self, ogroup: int) -> ConfigRuledbRulesIdWhenOgroup:
        """Groups ID."""
        return ConfigRuledbRulesIdWhenOgroup(self._client, self._path + "/" + _segment(ogroup))

    async def get(self) -> list[ConfigRuledbRulesIdWhenGetResultItem]:
        """Get 'when' group list.

        Returns:
            ``list[ConfigRuledbRulesIdWhenGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/rules/{id}/when`` (``when``)."""
        return await self._client._call("GET", self._path, {}, _R12)

    async def post(
        self,
        *,
        ogroup: int,
    ) -> None:
        """Add group to 'when' list.

        Args:
            ogroup: Groups ID.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ruledb/rules/{id}/when`` (``add_when_group``)."""
        params = {
            "ogroup": ogroup,
        }
        return await self._client._call("POST", self._path, params, _R13)


class ConfigRuledbRulesIdWhenOgroup(AsyncPath):
    """``/config/ruledb/rules/{id}/when/{ogroup}`` ({ogroup})

    ``DELETE``: Delete group from 'when' list."""

    __slots__ = ()

    async def delete(self) -> None:
        """Delete group from 'when' list.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /config/ruledb/rules/{id}/when/{ogroup}`` (``delete_when_group``)."""
        return await self._client._call("DELETE", self._path, {}, _R14)


class ConfigRuledbRulesIdWhat(AsyncPath):
    """``/config/ruledb/rules/{id}/what`` (what)

    ``GET``: Get 'what' group list.
    ``POST``: Add group to 'what' list."""

    __slots__ = ()

    def ogroup(self, ogroup: int) -> ConfigRuledbRulesIdWhatOgroup:
        """Groups ID."""
        return ConfigRuledbRulesIdWhatOgroup(self._client, self._path + "/" + _segment(ogroup))

    async def get(self) -> list[ConfigRuledbRulesIdWhatGetResultItem]:
        """Get 'what' group list.

        Returns:
            ``list[ConfigRuledbRulesIdWhatGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/rules/{id}/what`` (``what``)."""
        return await self._client._call("GET", self._path, {}, _R15)

    async def post(
        self,
        *,
        ogroup: int,
    ) -> None:
        """Add group to 'what' list.

        Args:
            ogroup: Groups ID.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ruledb/rules/{id}/what`` (``add_what_group``)."""
        params = {
            "ogroup": ogroup,
        }
        return await self._client._call("POST", self._path, params, _R16)


class ConfigRuledbRulesIdWhatOgroup(AsyncPath):
    """``/config/ruledb/rules/{id}/what/{ogroup}`` ({ogroup})

    ``DELETE``: Delete group from 'what' list."""

    __slots__ = ()

    async def delete(self) -> None:
        """Delete group from 'what' list.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /config/ruledb/rules/{id}/what/{ogroup}`` (``delete_what_group``)."""
        return await self._client._call("DELETE", self._path, {}, _R17)


class ConfigRuledbRulesIdAction(AsyncPath):
    """``/config/ruledb/rules/{id}/action`` (action)

    ``GET``: Get 'action' group list.
    ``POST``: Add group to 'action' list."""

    __slots__ = ()

    def ogroup(self, ogroup: int) -> ConfigRuledbRulesIdActionOgroup:
        """Groups ID."""
        return ConfigRuledbRulesIdActionOgroup(self._client, self._path + "/" + _segment(ogroup))

    async def get(self) -> list[ConfigRuledbRulesIdActionGetResultItem]:
        """Get 'action' group list.

        Returns:
            ``list[ConfigRuledbRulesIdActionGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/rules/{id}/action`` (``action``)."""
        return await self._client._call("GET", self._path, {}, _R18)

    async def post(
        self,
        *,
        ogroup: int,
    ) -> None:
        """Add group to 'action' list.

        Args:
            ogroup: Groups ID.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ruledb/rules/{id}/action`` (``add_action_group``)."""
        params = {
            "ogroup": ogroup,
        }
        return await self._client._call("POST", self._path, params, _R19)


class ConfigRuledbRulesIdActionOgroup(AsyncPath):
    """``/config/ruledb/rules/{id}/action/{ogroup}`` ({ogroup})

    ``DELETE``: Delete group from 'action' list."""

    __slots__ = ()

    async def delete(self) -> None:
        """Delete group from 'action' list.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /config/ruledb/rules/{id}/action/{ogroup}`` (``delete_action_group``)."""
        return await self._client._call("DELETE", self._path, {}, _R20)
