# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Path classes for ``config_ruledb_who`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pvesdk._runtime import AsyncPath, Returns
from pvesdk._runtime import checked as _checked
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.config_ruledb_who.config_ruledb_who_config_get import (
        ConfigRuledbWhoConfigGetResult,
    )
    from ..models.config_ruledb_who.config_ruledb_who_get import (
        ConfigRuledbWhoGetResultItem,
    )
    from ..models.config_ruledb_who.config_ruledb_who_ogroup_domain_id_get import (
        ConfigRuledbWhoOgroupDomainIdGetResult,
    )
    from ..models.config_ruledb_who.config_ruledb_who_ogroup_email_id_get import (
        ConfigRuledbWhoOgroupEmailIdGetResult,
    )
    from ..models.config_ruledb_who.config_ruledb_who_ogroup_get import (
        ConfigRuledbWhoOgroupGetResultItem,
    )
    from ..models.config_ruledb_who.config_ruledb_who_ogroup_ip_id_get import (
        ConfigRuledbWhoOgroupIpIdGetResult,
    )
    from ..models.config_ruledb_who.config_ruledb_who_ogroup_ldap_id_get import (
        ConfigRuledbWhoOgroupLdapIdGetResult,
    )
    from ..models.config_ruledb_who.config_ruledb_who_ogroup_ldapuser_id_get import (
        ConfigRuledbWhoOgroupLdapuserIdGetResult,
    )
    from ..models.config_ruledb_who.config_ruledb_who_ogroup_network_id_get import (
        ConfigRuledbWhoOgroupNetworkIdGetResult,
    )
    from ..models.config_ruledb_who.config_ruledb_who_ogroup_objects_get import (
        ConfigRuledbWhoOgroupObjectsGetResultItem,
    )
    from ..models.config_ruledb_who.config_ruledb_who_ogroup_regex_id_get import (
        ConfigRuledbWhoOgroupRegexIdGetResult,
    )

_R0: Returns[list[ConfigRuledbWhoGetResultItem]] = Returns(
    "list[ConfigRuledbWhoGetResultItem]",
    "GET /config/ruledb/who",
    "models.config_ruledb_who.config_ruledb_who_get",
    package="pvesdk._generated_pmg",
)
_R1: Returns[int] = Returns("int", "POST /config/ruledb/who", package="pvesdk._generated_pmg")
_R2: Returns[list[ConfigRuledbWhoOgroupGetResultItem]] = Returns(
    "list[ConfigRuledbWhoOgroupGetResultItem]",
    "GET /config/ruledb/who/{ogroup}",
    "models.config_ruledb_who.config_ruledb_who_ogroup_get",
    package="pvesdk._generated_pmg",
)
_R3: Returns[None] = Returns(
    "None", "DELETE /config/ruledb/who/{ogroup}", package="pvesdk._generated_pmg"
)
_R4: Returns[ConfigRuledbWhoConfigGetResult] = Returns(
    "ConfigRuledbWhoConfigGetResult",
    "GET /config/ruledb/who/{ogroup}/config",
    "models.config_ruledb_who.config_ruledb_who_config_get",
    package="pvesdk._generated_pmg",
)
_R5: Returns[None] = Returns(
    "None", "PUT /config/ruledb/who/{ogroup}/config", package="pvesdk._generated_pmg"
)
_R6: Returns[list[ConfigRuledbWhoOgroupObjectsGetResultItem]] = Returns(
    "list[ConfigRuledbWhoOgroupObjectsGetResultItem]",
    "GET /config/ruledb/who/{ogroup}/objects",
    "models.config_ruledb_who.config_ruledb_who_ogroup_objects_get",
    package="pvesdk._generated_pmg",
)
_R7: Returns[None] = Returns(
    "None", "DELETE /config/ruledb/who/{ogroup}/objects/{id}", package="pvesdk._generated_pmg"
)
_R8: Returns[int] = Returns(
    "int", "POST /config/ruledb/who/{ogroup}/email", package="pvesdk._generated_pmg"
)
_R9: Returns[ConfigRuledbWhoOgroupEmailIdGetResult] = Returns(
    "ConfigRuledbWhoOgroupEmailIdGetResult",
    "GET /config/ruledb/who/{ogroup}/email/{id}",
    "models.config_ruledb_who.config_ruledb_who_ogroup_email_id_get",
    package="pvesdk._generated_pmg",
)
_R10: Returns[None] = Returns(
    "None", "PUT /config/ruledb/who/{ogroup}/email/{id}", package="pvesdk._generated_pmg"
)
_R11: Returns[int] = Returns(
    "int", "POST /config/ruledb/who/{ogroup}/domain", package="pvesdk._generated_pmg"
)
_R12: Returns[ConfigRuledbWhoOgroupDomainIdGetResult] = Returns(
    "ConfigRuledbWhoOgroupDomainIdGetResult",
    "GET /config/ruledb/who/{ogroup}/domain/{id}",
    "models.config_ruledb_who.config_ruledb_who_ogroup_domain_id_get",
    package="pvesdk._generated_pmg",
)
_R13: Returns[None] = Returns(
    "None", "PUT /config/ruledb/who/{ogroup}/domain/{id}", package="pvesdk._generated_pmg"
)
_R14: Returns[int] = Returns(
    "int", "POST /config/ruledb/who/{ogroup}/regex", package="pvesdk._generated_pmg"
)
_R15: Returns[ConfigRuledbWhoOgroupRegexIdGetResult] = Returns(
    "ConfigRuledbWhoOgroupRegexIdGetResult",
    "GET /config/ruledb/who/{ogroup}/regex/{id}",
    "models.config_ruledb_who.config_ruledb_who_ogroup_regex_id_get",
    package="pvesdk._generated_pmg",
)
_R16: Returns[None] = Returns(
    "None", "PUT /config/ruledb/who/{ogroup}/regex/{id}", package="pvesdk._generated_pmg"
)
_R17: Returns[int] = Returns(
    "int", "POST /config/ruledb/who/{ogroup}/ip", package="pvesdk._generated_pmg"
)
_R18: Returns[ConfigRuledbWhoOgroupIpIdGetResult] = Returns(
    "ConfigRuledbWhoOgroupIpIdGetResult",
    "GET /config/ruledb/who/{ogroup}/ip/{id}",
    "models.config_ruledb_who.config_ruledb_who_ogroup_ip_id_get",
    package="pvesdk._generated_pmg",
)
_R19: Returns[None] = Returns(
    "None", "PUT /config/ruledb/who/{ogroup}/ip/{id}", package="pvesdk._generated_pmg"
)
_R20: Returns[int] = Returns(
    "int", "POST /config/ruledb/who/{ogroup}/network", package="pvesdk._generated_pmg"
)
_R21: Returns[ConfigRuledbWhoOgroupNetworkIdGetResult] = Returns(
    "ConfigRuledbWhoOgroupNetworkIdGetResult",
    "GET /config/ruledb/who/{ogroup}/network/{id}",
    "models.config_ruledb_who.config_ruledb_who_ogroup_network_id_get",
    package="pvesdk._generated_pmg",
)
_R22: Returns[None] = Returns(
    "None", "PUT /config/ruledb/who/{ogroup}/network/{id}", package="pvesdk._generated_pmg"
)
_R23: Returns[int] = Returns(
    "int", "POST /config/ruledb/who/{ogroup}/ldap", package="pvesdk._generated_pmg"
)
_R24: Returns[ConfigRuledbWhoOgroupLdapIdGetResult] = Returns(
    "ConfigRuledbWhoOgroupLdapIdGetResult",
    "GET /config/ruledb/who/{ogroup}/ldap/{id}",
    "models.config_ruledb_who.config_ruledb_who_ogroup_ldap_id_get",
    package="pvesdk._generated_pmg",
)
_R25: Returns[None] = Returns(
    "None", "PUT /config/ruledb/who/{ogroup}/ldap/{id}", package="pvesdk._generated_pmg"
)
_R26: Returns[int] = Returns(
    "int", "POST /config/ruledb/who/{ogroup}/ldapuser", package="pvesdk._generated_pmg"
)
_R27: Returns[ConfigRuledbWhoOgroupLdapuserIdGetResult] = Returns(
    "ConfigRuledbWhoOgroupLdapuserIdGetResult",
    "GET /config/ruledb/who/{ogroup}/ldapuser/{id}",
    "models.config_ruledb_who.config_ruledb_who_ogroup_ldapuser_id_get",
    package="pvesdk._generated_pmg",
)
_R28: Returns[None] = Returns(
    "None", "PUT /config/ruledb/who/{ogroup}/ldapuser/{id}", package="pvesdk._generated_pmg"
)


class ConfigRuledbWho(AsyncPath):
    """``/config/ruledb/who`` (who)

    ``GET``: Get list of 'who' groups.
    ``POST``: Create a new 'who' group."""

    __slots__ = ()

    def ogroup(self, ogroup: int) -> ConfigRuledbWhoOgroup:
        """Object Group ID."""
        return ConfigRuledbWhoOgroup(self._client, self._path + "/" + _segment(ogroup))

    async def get(self) -> list[ConfigRuledbWhoGetResultItem]:
        """Get list of 'who' groups.

        Returns:
            ``list[ConfigRuledbWhoGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/who`` (``list_who_groups``)."""
        return await self._client._call("GET", self._path, {}, _R0)

    async def post(
        self,
        *,
        name: str,
        info: str | None = None,
    ) -> int:
        """Create a new 'who' group.

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

        Proxmox: ``POST /config/ruledb/who`` (``create_who_group``)."""
        params = {
            "name": name,
            "info": info,
        }
        return await self._client._call("POST", self._path, params, _R1)


class ConfigRuledbWhoOgroup(AsyncPath):
    """``/config/ruledb/who/{ogroup}`` ({ogroup})

    ``GET``: Directory index.
    ``DELETE``: Delete a 'who' group."""

    __slots__ = ()

    @property
    def config(self) -> ConfigRuledbWhoOgroupConfig:
        """Get 'who' group properties"""
        return ConfigRuledbWhoOgroupConfig(self._client, self._path + "/config")

    @property
    def objects(self) -> ConfigRuledbWhoOgroupObjects:
        """List 'who' group objects."""
        return ConfigRuledbWhoOgroupObjects(self._client, self._path + "/objects")

    @property
    def email(self) -> ConfigRuledbWhoOgroupEmail:
        """Add 'Mail address' object."""
        return ConfigRuledbWhoOgroupEmail(self._client, self._path + "/email")

    @property
    def domain(self) -> ConfigRuledbWhoOgroupDomain:
        """Add 'Domain' object."""
        return ConfigRuledbWhoOgroupDomain(self._client, self._path + "/domain")

    @property
    def regex(self) -> ConfigRuledbWhoOgroupRegex:
        """Add 'Regular Expression' object."""
        return ConfigRuledbWhoOgroupRegex(self._client, self._path + "/regex")

    @property
    def ip(self) -> ConfigRuledbWhoOgroupIp:
        """Add 'IP Address' object."""
        return ConfigRuledbWhoOgroupIp(self._client, self._path + "/ip")

    @property
    def network(self) -> ConfigRuledbWhoOgroupNetwork:
        """Add 'IP Network' object."""
        return ConfigRuledbWhoOgroupNetwork(self._client, self._path + "/network")

    @property
    def ldap(self) -> ConfigRuledbWhoOgroupLdap:
        """Add 'LDAP Group' object."""
        return ConfigRuledbWhoOgroupLdap(self._client, self._path + "/ldap")

    @property
    def ldapuser(self) -> ConfigRuledbWhoOgroupLdapuser:
        """Add 'LDAP User' object."""
        return ConfigRuledbWhoOgroupLdapuser(self._client, self._path + "/ldapuser")

    async def get(self) -> list[ConfigRuledbWhoOgroupGetResultItem]:
        """Directory index.

        Returns:
            ``list[ConfigRuledbWhoOgroupGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Proxmox: ``GET /config/ruledb/who/{ogroup}`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R2)

    async def delete(self) -> None:
        """Delete a 'who' group.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /config/ruledb/who/{ogroup}`` (``delete_{$oclass}_group``)."""
        return await self._client._call("DELETE", self._path, {}, _R3)


class ConfigRuledbWhoOgroupConfig(AsyncPath):
    """``/config/ruledb/who/{ogroup}/config`` (config)

    ``GET``: Get 'who' group properties
    ``PUT``: Modify 'who' group properties"""

    __slots__ = ()

    async def get(self) -> ConfigRuledbWhoConfigGetResult:
        """Get 'who' group properties

        Returns:
            ``ConfigRuledbWhoConfigGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/who/{ogroup}/config`` (``get_config``)."""
        return await self._client._call("GET", self._path, {}, _R4)

    async def put(
        self,
        *,
        info: str | None = None,
        name: str | None = None,
    ) -> None:
        """Modify 'who' group properties

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

        Proxmox: ``PUT /config/ruledb/who/{ogroup}/config`` (``set_config``)."""
        params = {
            "info": info,
            "name": name,
        }
        return await self._client._call("PUT", self._path, params, _R5)


class ConfigRuledbWhoOgroupObjects(AsyncPath):
    """``/config/ruledb/who/{ogroup}/objects`` (objects)

    ``GET``: List 'who' group objects."""

    __slots__ = ()

    def id(self, id: int) -> ConfigRuledbWhoOgroupObjectsId:
        """Object ID."""
        return ConfigRuledbWhoOgroupObjectsId(self._client, self._path + "/" + _segment(id))

    async def get(self) -> list[ConfigRuledbWhoOgroupObjectsGetResultItem]:
        """List 'who' group objects.

        Returns:
            ``list[ConfigRuledbWhoOgroupObjectsGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/who/{ogroup}/objects`` (``objects``)."""
        return await self._client._call("GET", self._path, {}, _R6)


class ConfigRuledbWhoOgroupObjectsId(AsyncPath):
    """``/config/ruledb/who/{ogroup}/objects/{id}`` ({id})

    ``DELETE``: Remove an object from the 'who' group."""

    __slots__ = ()

    async def delete(self) -> None:
        """Remove an object from the 'who' group.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /config/ruledb/who/{ogroup}/objects/{id}`` (``delete_object``)."""
        return await self._client._call("DELETE", self._path, {}, _R7)


class ConfigRuledbWhoOgroupEmail(AsyncPath):
    """``/config/ruledb/who/{ogroup}/email`` (email)

    ``POST``: Add 'Mail address' object."""

    __slots__ = ()

    def id(self, id: int) -> ConfigRuledbWhoOgroupEmailId:
        """Object ID."""
        return ConfigRuledbWhoOgroupEmailId(self._client, self._path + "/" + _segment(id))

    async def post(
        self,
        *,
        email: str,
    ) -> int:
        """Add 'Mail address' object.

        Args:
            email: Email address.
                Format: ``email``.

        Returns:
            ``int``: The object ID.

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ruledb/who/{ogroup}/email`` (``email``)."""
        params = {
            "email": email,
        }
        return await self._client._call("POST", self._path, params, _R8)


class ConfigRuledbWhoOgroupEmailId(AsyncPath):
    """``/config/ruledb/who/{ogroup}/email/{id}`` ({id})

    ``GET``: Read 'Mail address' object settings.
    ``PUT``: Update 'Mail address' object."""

    __slots__ = ()

    async def get(self) -> ConfigRuledbWhoOgroupEmailIdGetResult:
        """Read 'Mail address' object settings.

        Returns:
            ``ConfigRuledbWhoOgroupEmailIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/who/{ogroup}/email/{id}`` (``read_email``)."""
        return await self._client._call("GET", self._path, {}, _R9)

    async def put(
        self,
        *,
        email: str,
    ) -> None:
        """Update 'Mail address' object.

        Args:
            email: Email address.
                Format: ``email``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/ruledb/who/{ogroup}/email/{id}`` (``update_email``)."""
        params = {
            "email": email,
        }
        return await self._client._call("PUT", self._path, params, _R10)


class ConfigRuledbWhoOgroupDomain(AsyncPath):
    """``/config/ruledb/who/{ogroup}/domain`` (domain)

    ``POST``: Add 'Domain' object."""

    __slots__ = ()

    def id(self, id: int) -> ConfigRuledbWhoOgroupDomainId:
        """Object ID."""
        return ConfigRuledbWhoOgroupDomainId(self._client, self._path + "/" + _segment(id))

    async def post(
        self,
        *,
        domain: str,
    ) -> int:
        """Add 'Domain' object.

        Args:
            domain: DNS domain name (Sender).
                Format: ``dns-name``.

        Returns:
            ``int``: The object ID.

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ruledb/who/{ogroup}/domain`` (``domain``)."""
        params = {
            "domain": domain,
        }
        return await self._client._call("POST", self._path, params, _R11)


class ConfigRuledbWhoOgroupDomainId(AsyncPath):
    """``/config/ruledb/who/{ogroup}/domain/{id}`` ({id})

    ``GET``: Read 'Domain' object settings.
    ``PUT``: Update 'Domain' object."""

    __slots__ = ()

    async def get(self) -> ConfigRuledbWhoOgroupDomainIdGetResult:
        """Read 'Domain' object settings.

        Returns:
            ``ConfigRuledbWhoOgroupDomainIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/who/{ogroup}/domain/{id}`` (``read_domain``)."""
        return await self._client._call("GET", self._path, {}, _R12)

    async def put(
        self,
        *,
        domain: str,
    ) -> None:
        """Update 'Domain' object.

        Args:
            domain: DNS domain name (Sender).
                Format: ``dns-name``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/ruledb/who/{ogroup}/domain/{id}`` (``update_domain``)."""
        params = {
            "domain": domain,
        }
        return await self._client._call("PUT", self._path, params, _R13)


class ConfigRuledbWhoOgroupRegex(AsyncPath):
    """``/config/ruledb/who/{ogroup}/regex`` (regex)

    ``POST``: Add 'Regular Expression' object."""

    __slots__ = ()

    def id(self, id: int) -> ConfigRuledbWhoOgroupRegexId:
        """Object ID."""
        return ConfigRuledbWhoOgroupRegexId(self._client, self._path + "/" + _segment(id))

    async def post(
        self,
        *,
        regex: str,
    ) -> int:
        """Add 'Regular Expression' object.

        Args:
            regex: Email address regular expression.
                Length: 0 to 1024.

        Returns:
            ``int``: The object ID.

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ruledb/who/{ogroup}/regex`` (``regex``)."""
        params = {
            "regex": regex,
        }
        return await self._client._call("POST", self._path, params, _R14)


class ConfigRuledbWhoOgroupRegexId(AsyncPath):
    """``/config/ruledb/who/{ogroup}/regex/{id}`` ({id})

    ``GET``: Read 'Regular Expression' object settings.
    ``PUT``: Update 'Regular Expression' object."""

    __slots__ = ()

    async def get(self) -> ConfigRuledbWhoOgroupRegexIdGetResult:
        """Read 'Regular Expression' object settings.

        Returns:
            ``ConfigRuledbWhoOgroupRegexIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/who/{ogroup}/regex/{id}`` (``read_regex``)."""
        return await self._client._call("GET", self._path, {}, _R15)

    async def put(
        self,
        *,
        regex: str,
    ) -> None:
        """Update 'Regular Expression' object.

        Args:
            regex: Email address regular expression.
                Length: 0 to 1024.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/ruledb/who/{ogroup}/regex/{id}`` (``update_regex``)."""
        params = {
            "regex": regex,
        }
        return await self._client._call("PUT", self._path, params, _R16)


class ConfigRuledbWhoOgroupIp(AsyncPath):
    """``/config/ruledb/who/{ogroup}/ip`` (ip)

    ``POST``: Add 'IP Address' object."""

    __slots__ = ()

    def id(self, id: int) -> ConfigRuledbWhoOgroupIpId:
        """Object ID."""
        return ConfigRuledbWhoOgroupIpId(self._client, self._path + "/" + _segment(id))

    async def post(
        self,
        *,
        ip: str,
    ) -> int:
        """Add 'IP Address' object.

        Args:
            ip: IP address
                Format: ``ip``.

        Returns:
            ``int``: The object ID.

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ruledb/who/{ogroup}/ip`` (``ip``)."""
        params = {
            "ip": _checked("ip", "ip", ip),
        }
        return await self._client._call("POST", self._path, params, _R17)


class ConfigRuledbWhoOgroupIpId(AsyncPath):
    """``/config/ruledb/who/{ogroup}/ip/{id}`` ({id})

    ``GET``: Read 'IP Address' object settings.
    ``PUT``: Update 'IP Address' object."""

    __slots__ = ()

    async def get(self) -> ConfigRuledbWhoOgroupIpIdGetResult:
        """Read 'IP Address' object settings.

        Returns:
            ``ConfigRuledbWhoOgroupIpIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/who/{ogroup}/ip/{id}`` (``read_ip``)."""
        return await self._client._call("GET", self._path, {}, _R18)

    async def put(
        self,
        *,
        ip: str,
    ) -> None:
        """Update 'IP Address' object.

        Args:
            ip: IP address
                Format: ``ip``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/ruledb/who/{ogroup}/ip/{id}`` (``update_ip``)."""
        params = {
            "ip": _checked("ip", "ip", ip),
        }
        return await self._client._call("PUT", self._path, params, _R19)


class ConfigRuledbWhoOgroupNetwork(AsyncPath):
    """``/config/ruledb/who/{ogroup}/network`` (network)

    ``POST``: Add 'IP Network' object."""

    __slots__ = ()

    def id(self, id: int) -> ConfigRuledbWhoOgroupNetworkId:
        """Object ID."""
        return ConfigRuledbWhoOgroupNetworkId(self._client, self._path + "/" + _segment(id))

    async def post(
        self,
        *,
        cidr: str,
    ) -> int:
        """Add 'IP Network' object.

        Args:
            cidr: Network address in CIDR notation.
                Format: ``CIDR``.

        Returns:
            ``int``: The object ID.

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ruledb/who/{ogroup}/network`` (``network``)."""
        params = {
            "cidr": _checked("CIDR", "cidr", cidr),
        }
        return await self._client._call("POST", self._path, params, _R20)


class ConfigRuledbWhoOgroupNetworkId(AsyncPath):
    """``/config/ruledb/who/{ogroup}/network/{id}`` ({id})

    ``GET``: Read 'IP Network' object settings.
    ``PUT``: Update 'IP Network' object."""

    __slots__ = ()

    async def get(self) -> ConfigRuledbWhoOgroupNetworkIdGetResult:
        """Read 'IP Network' object settings.

        Returns:
            ``ConfigRuledbWhoOgroupNetworkIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/who/{ogroup}/network/{id}`` (``read_network``)."""
        return await self._client._call("GET", self._path, {}, _R21)

    async def put(
        self,
        *,
        cidr: str,
    ) -> None:
        """Update 'IP Network' object.

        Args:
            cidr: Network address in CIDR notation.
                Format: ``CIDR``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/ruledb/who/{ogroup}/network/{id}`` (``update_network``)."""
        params = {
            "cidr": _checked("CIDR", "cidr", cidr),
        }
        return await self._client._call("PUT", self._path, params, _R22)


class ConfigRuledbWhoOgroupLdap(AsyncPath):
    """``/config/ruledb/who/{ogroup}/ldap`` (ldap)

    ``POST``: Add 'LDAP Group' object."""

    __slots__ = ()

    def id(self, id: int) -> ConfigRuledbWhoOgroupLdapId:
        """Object ID."""
        return ConfigRuledbWhoOgroupLdapId(self._client, self._path + "/" + _segment(id))

    async def post(
        self,
        *,
        mode: Literal["any", "none", "group"],
        group: str | None = None,
        profile: str | None = None,
    ) -> int:
        """Add 'LDAP Group' object.

        Args:
            mode: Operational mode. You can either match 'any' user, match when no such user exists with 'none', or match when the user is member of a specific group.
            group: LDAP Group DN
                Length: 1 to 1024.
            profile: Profile ID.
                Format: ``pve-configid``.

        Returns:
            ``int``: The object ID.

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ruledb/who/{ogroup}/ldap`` (``ldap``)."""
        params = {
            "mode": mode,
            "group": group,
            "profile": profile,
        }
        return await self._client._call("POST", self._path, params, _R23)


class ConfigRuledbWhoOgroupLdapId(AsyncPath):
    """``/config/ruledb/who/{ogroup}/ldap/{id}`` ({id})

    ``GET``: Read 'LDAP Group' object settings.
    ``PUT``: Update 'LDAP Group' object."""

    __slots__ = ()

    async def get(self) -> ConfigRuledbWhoOgroupLdapIdGetResult:
        """Read 'LDAP Group' object settings.

        Returns:
            ``ConfigRuledbWhoOgroupLdapIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/who/{ogroup}/ldap/{id}`` (``read_ldap``)."""
        return await self._client._call("GET", self._path, {}, _R24)

    async def put(
        self,
        *,
        mode: Literal["any", "none", "group"],
        group: str | None = None,
        profile: str | None = None,
    ) -> None:
        """Update 'LDAP Group' object.

        Args:
            mode: Operational mode. You can either match 'any' user, match when no such user exists with 'none', or match when the user is member of a specific group.
            group: LDAP Group DN
                Length: 1 to 1024.
            profile: Profile ID.
                Format: ``pve-configid``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/ruledb/who/{ogroup}/ldap/{id}`` (``update_ldap``)."""
        params = {
            "mode": mode,
            "group": group,
            "profile": profile,
        }
        return await self._client._call("PUT", self._path, params, _R25)


class ConfigRuledbWhoOgroupLdapuser(AsyncPath):
    """``/config/ruledb/who/{ogroup}/ldapuser`` (ldapuser)

    ``POST``: Add 'LDAP User' object."""

    __slots__ = ()

    def id(self, id: int) -> ConfigRuledbWhoOgroupLdapuserId:
        """Object ID."""
        return ConfigRuledbWhoOgroupLdapuserId(self._client, self._path + "/" + _segment(id))

    async def post(
        self,
        *,
        account: str,
        profile: str,
    ) -> int:
        """Add 'LDAP User' object.

        Args:
            account: LDAP user account name.
                Length: 1 to 1024.
            profile: Profile ID.
                Format: ``pve-configid``.

        Returns:
            ``int``: The object ID.

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ruledb/who/{ogroup}/ldapuser`` (``ldapuser``)."""
        params = {
            "account": account,
            "profile": profile,
        }
        return await self._client._call("POST", self._path, params, _R26)


class ConfigRuledbWhoOgroupLdapuserId(AsyncPath):
    """``/config/ruledb/who/{ogroup}/ldapuser/{id}`` ({id})

    ``GET``: Read 'LDAP User' object settings.
    ``PUT``: Update 'LDAP User' object."""

    __slots__ = ()

    async def get(self) -> ConfigRuledbWhoOgroupLdapuserIdGetResult:
        """Read 'LDAP User' object settings.

        Returns:
            ``ConfigRuledbWhoOgroupLdapuserIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ruledb/who/{ogroup}/ldapuser/{id}`` (``read_ldapuser``)."""
        return await self._client._call("GET", self._path, {}, _R27)

    async def put(
        self,
        *,
        account: str,
        profile: str,
    ) -> None:
        """Update 'LDAP User' object.

        Args:
            account: LDAP user account name.
                Length: 1 to 1024.
            profile: Profile ID.
                Format: ``pve-configid``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/ruledb/who/{ogroup}/ldapuser/{id}`` (``update_ldapuser``)."""
        params = {
            "account": account,
            "profile": profile,
        }
        return await self._client._call("PUT", self._path, params, _R28)
