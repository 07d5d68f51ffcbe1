# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Path classes for ``config`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import AsyncPath, Returns
from pvesdk._runtime import bind_async_task as _task
from pvesdk._runtime import checked as _checked
from pvesdk._runtime import join as _join
from pvesdk._runtime import secret as _secret
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from pvesdk.tasks import AsyncTask

    from ..models.config.config_customscores_get import ConfigCustomscoresGetResultItem
    from ..models.config.config_customscores_name_get import (
        ConfigCustomscoresNameGetResult,
    )
    from ..models.config.config_domains_domain_get import ConfigDomainsDomainGetResult
    from ..models.config.config_domains_get import ConfigDomainsGetResultItem
    from ..models.config.config_fetchmail_get import ConfigFetchmailGetResultItem
    from ..models.config.config_fetchmail_id_get import ConfigFetchmailIdGetResult
    from ..models.config.config_get import ConfigGetResultItem
    from ..models.config.config_mimetypes_get import ConfigMimetypesGetResultItem
    from ..models.config.config_mynetworks_cidr_get import ConfigMynetworksCidrGetResult
    from ..models.config.config_mynetworks_get import ConfigMynetworksGetResultItem
    from ..models.config.config_pbs_get import ConfigPbsGetResultItem
    from ..models.config.config_tlspolicy_destination_get import (
        ConfigTlspolicyDestinationGetResult,
    )
    from ..models.config.config_tlspolicy_get import ConfigTlspolicyGetResultItem
    from ..models.config.config_transport_domain_get import (
        ConfigTransportDomainGetResult,
    )
    from ..models.config.config_transport_get import ConfigTransportGetResultItem
    from . import config_cluster as _config_cluster
    from . import config_dkim as _config_dkim
    from . import config_ldap as _config_ldap
    from . import config_ruledb as _config_ruledb
    from . import config_whitelist as _config_whitelist

_R0: Returns[list[ConfigGetResultItem]] = Returns(
    "list[ConfigGetResultItem]",
    "GET /config",
    "models.config.config_get",
    package="pvesdk._generated_pmg",
)
_R1: Returns[list[ConfigDomainsGetResultItem]] = Returns(
    "list[ConfigDomainsGetResultItem]",
    "GET /config/domains",
    "models.config.config_domains_get",
    package="pvesdk._generated_pmg",
)
_R2: Returns[None] = Returns("None", "POST /config/domains", package="pvesdk._generated_pmg")
_R3: Returns[ConfigDomainsDomainGetResult] = Returns(
    "ConfigDomainsDomainGetResult",
    "GET /config/domains/{domain}",
    "models.config.config_domains_domain_get",
    package="pvesdk._generated_pmg",
)
_R4: Returns[None] = Returns(
    "None", "PUT /config/domains/{domain}", package="pvesdk._generated_pmg"
)
_R5: Returns[None] = Returns(
    "None", "DELETE /config/domains/{domain}", package="pvesdk._generated_pmg"
)
_R6: Returns[list[ConfigFetchmailGetResultItem]] = Returns(
    "list[ConfigFetchmailGetResultItem]",
    "GET /config/fetchmail",
    "models.config.config_fetchmail_get",
    package="pvesdk._generated_pmg",
)
_R7: Returns[str] = Returns("str", "POST /config/fetchmail", package="pvesdk._generated_pmg")
_R8: Returns[ConfigFetchmailIdGetResult] = Returns(
    "ConfigFetchmailIdGetResult",
    "GET /config/fetchmail/{id}",
    "models.config.config_fetchmail_id_get",
    package="pvesdk._generated_pmg",
)
_R9: Returns[None] = Returns("None", "PUT /config/fetchmail/{id}", package="pvesdk._generated_pmg")
_R10: Returns[None] = Returns(
    "None", "DELETE /config/fetchmail/{id}", package="pvesdk._generated_pmg"
)
_R11: Returns[list[ConfigTransportGetResultItem]] = Returns(
    "list[ConfigTransportGetResultItem]",
    "GET /config/transport",
    "models.config.config_transport_get",
    package="pvesdk._generated_pmg",
)
_R12: Returns[None] = Returns("None", "POST /config/transport", package="pvesdk._generated_pmg")
_R13: Returns[ConfigTransportDomainGetResult] = Returns(
    "ConfigTransportDomainGetResult",
    "GET /config/transport/{domain}",
    "models.config.config_transport_domain_get",
    package="pvesdk._generated_pmg",
)
_R14: Returns[None] = Returns(
    "None", "PUT /config/transport/{domain}", package="pvesdk._generated_pmg"
)
_R15: Returns[None] = Returns(
    "None", "DELETE /config/transport/{domain}", package="pvesdk._generated_pmg"
)
_R16: Returns[list[ConfigMynetworksGetResultItem]] = Returns(
    "list[ConfigMynetworksGetResultItem]",
    "GET /config/mynetworks",
    "models.config.config_mynetworks_get",
    package="pvesdk._generated_pmg",
)
_R17: Returns[None] = Returns("None", "POST /config/mynetworks", package="pvesdk._generated_pmg")
_R18: Returns[ConfigMynetworksCidrGetResult] = Returns(
    "ConfigMynetworksCidrGetResult",
    "GET /config/mynetworks/{cidr}",
    "models.config.config_mynetworks_cidr_get",
    package="pvesdk._generated_pmg",
)
_R19: Returns[None] = Returns(
    "None", "PUT /config/mynetworks/{cidr}", package="pvesdk._generated_pmg"
)
_R20: Returns[None] = Returns(
    "None", "DELETE /config/mynetworks/{cidr}", package="pvesdk._generated_pmg"
)
_R21: Returns[list[ConfigMimetypesGetResultItem]] = Returns(
    "list[ConfigMimetypesGetResultItem]",
    "GET /config/mimetypes",
    "models.config.config_mimetypes_get",
    package="pvesdk._generated_pmg",
)
_R22: Returns[list[ConfigTlspolicyGetResultItem]] = Returns(
    "list[ConfigTlspolicyGetResultItem]",
    "GET /config/tlspolicy",
    "models.config.config_tlspolicy_get",
    package="pvesdk._generated_pmg",
)
_R23: Returns[None] = Returns("None", "POST /config/tlspolicy", package="pvesdk._generated_pmg")
_R24: Returns[ConfigTlspolicyDestinationGetResult] = Returns(
    "ConfigTlspolicyDestinationGetResult",
    "GET /config/tlspolicy/{destination}",
    "models.config.config_tlspolicy_destination_get",
    package="pvesdk._generated_pmg",
)
_R25: Returns[None] = Returns(
    "None", "PUT /config/tlspolicy/{destination}", package="pvesdk._generated_pmg"
)
_R26: Returns[None] = Returns(
    "None", "DELETE /config/tlspolicy/{destination}", package="pvesdk._generated_pmg"
)
_R27: Returns[list[ConfigCustomscoresGetResultItem]] = Returns(
    "list[ConfigCustomscoresGetResultItem]",
    "GET /config/customscores",
    "models.config.config_customscores_get",
    package="pvesdk._generated_pmg",
)
_R28: Returns[None] = Returns("None", "POST /config/customscores", package="pvesdk._generated_pmg")
_R29: Returns[str] = Returns("str", "PUT /config/customscores", package="pvesdk._generated_pmg")
_R30: Returns[None] = Returns(
    "None", "DELETE /config/customscores", package="pvesdk._generated_pmg"
)
_R31: Returns[ConfigCustomscoresNameGetResult] = Returns(
    "ConfigCustomscoresNameGetResult",
    "GET /config/customscores/{name}",
    "models.config.config_customscores_name_get",
    package="pvesdk._generated_pmg",
)
_R32: Returns[None] = Returns(
    "None", "PUT /config/customscores/{name}", package="pvesdk._generated_pmg"
)
_R33: Returns[None] = Returns(
    "None", "DELETE /config/customscores/{name}", package="pvesdk._generated_pmg"
)
_R34: Returns[list[ConfigPbsGetResultItem]] = Returns(
    "list[ConfigPbsGetResultItem]",
    "GET /config/pbs",
    "models.config.config_pbs_get",
    package="pvesdk._generated_pmg",
)
_R35: Returns[None] = Returns("None", "POST /config/pbs", package="pvesdk._generated_pmg")
_R36: Returns[Any] = Returns("Any", "GET /config/pbs/{remote}", package="pvesdk._generated_pmg")
_R37: Returns[None] = Returns("None", "PUT /config/pbs/{remote}", package="pvesdk._generated_pmg")
_R38: Returns[None] = Returns(
    "None", "DELETE /config/pbs/{remote}", package="pvesdk._generated_pmg"
)
_R39: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /config/admin", package="pvesdk._generated_pmg"
)
_R40: Returns[None] = Returns("None", "PUT /config/admin", package="pvesdk._generated_pmg")
_R41: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /config/clamav", package="pvesdk._generated_pmg"
)
_R42: Returns[None] = Returns("None", "PUT /config/clamav", package="pvesdk._generated_pmg")
_R43: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /config/mail", package="pvesdk._generated_pmg"
)
_R44: Returns[None] = Returns("None", "PUT /config/mail", package="pvesdk._generated_pmg")
_R45: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /config/spam", package="pvesdk._generated_pmg"
)
_R46: Returns[None] = Returns("None", "PUT /config/spam", package="pvesdk._generated_pmg")
_R47: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /config/spamquar", package="pvesdk._generated_pmg"
)
_R48: Returns[None] = Returns("None", "PUT /config/spamquar", package="pvesdk._generated_pmg")
_R49: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /config/virusquar", package="pvesdk._generated_pmg"
)
_R50: Returns[None] = Returns("None", "PUT /config/virusquar", package="pvesdk._generated_pmg")
_R51: Returns[float] = Returns("float", "POST /config/regextest", package="pvesdk._generated_pmg")


class Config(AsyncPath):
    """``/config`` (config)

    ``GET``: Directory index."""

    __slots__ = ()

    @property
    def ruledb(self) -> _config_ruledb.ConfigRuledb:
        """Directory index."""
        from . import config_ruledb as _config_ruledb

        return _config_ruledb.ConfigRuledb(self._client, self._path + "/ruledb")

    @property
    def whitelist(self) -> _config_whitelist.ConfigWhitelist:
        """Directory index."""
        from . import config_whitelist as _config_whitelist

        return _config_whitelist.ConfigWhitelist(self._client, self._path + "/whitelist")

    @property
    def ldap(self) -> _config_ldap.ConfigLdap:
        """List configured LDAP profiles."""
        from . import config_ldap as _config_ldap

        return _config_ldap.ConfigLdap(self._client, self._path + "/ldap")

    @property
    def domains(self) -> ConfigDomains:
        """List relay domains."""
        return ConfigDomains(self._client, self._path + "/domains")

    @property
    def fetchmail(self) -> ConfigFetchmail:
        """List fetchmail users."""
        return ConfigFetchmail(self._client, self._path + "/fetchmail")

    @property
    def transport(self) -> ConfigTransport:
        """List transport map entries."""
        return ConfigTransport(self._client, self._path + "/transport")

    @property
    def mynetworks(self) -> ConfigMynetworks:
        """List of trusted networks from where SMTP clients are allowed to relay mail through Proxmox Mail Gateway."""
        return ConfigMynetworks(self._client, self._path + "/mynetworks")

    @property
    def cluster(self) -> _config_cluster.ConfigCluster:
        """Directory index."""
        from . import config_cluster as _config_cluster

        return _config_cluster.ConfigCluster(self._client, self._path + "/cluster")

    @property
    def mimetypes(self) -> ConfigMimetypes:
        """Get Mime Types List"""
        return ConfigMimetypes(self._client, self._path + "/mimetypes")

    @property
    def tlspolicy(self) -> ConfigTlspolicy:
        """List tls_policy entries."""
        return ConfigTlspolicy(self._client, self._path + "/tlspolicy")

    @property
    def dkim(self) -> _config_dkim.ConfigDkim:
        """Directory index."""
        from . import config_dkim as _config_dkim

        return _config_dkim.ConfigDkim(self._client, self._path + "/dkim")

    @property
    def customscores(self) -> ConfigCustomscores:
        """List custom scores."""
        return ConfigCustomscores(self._client, self._path + "/customscores")

    @property
    def pbs(self) -> ConfigPbs:
        """List all configured Proxmox Backup Server instances."""
        return ConfigPbs(self._client, self._path + "/pbs")

    @property
    def admin(self) -> ConfigAdmin:
        """Read admin configuration properties."""
        return ConfigAdmin(self._client, self._path + "/admin")

    @property
    def clamav(self) -> ConfigClamav:
        """Read ClamAV configuration properties."""
        return ConfigClamav(self._client, self._path + "/clamav")

    @property
    def mail(self) -> ConfigMail:
        """Read mail configuration properties."""
        return ConfigMail(self._client, self._path + "/mail")

    @property
    def spam(self) -> ConfigSpam:
        """Read spam configuration properties."""
        return ConfigSpam(self._client, self._path + "/spam")

    @property
    def spamquar(self) -> ConfigSpamquar:
        """Read spamquar configuration properties."""
        return ConfigSpamquar(self._client, self._path + "/spamquar")

    @property
    def virusquar(self) -> ConfigVirusquar:
        """Read virusquar configuration properties."""
        return ConfigVirusquar(self._client, self._path + "/virusquar")

    @property
    def regextest(self) -> ConfigRegextest:
        """Test Regex ignoring case"""
        return ConfigRegextest(self._client, self._path + "/regextest")

    async def get(self) -> list[ConfigGetResultItem]:
        """Directory index.

        Returns:
            ``list[ConfigGetResultItem]``

        Proxmox: ``GET /config`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R0)


class ConfigDomains(AsyncPath):
    """``/config/domains`` (domains)

    ``GET``: List relay domains.
    ``POST``: Add relay domain."""

    __slots__ = ()

    def domain(self, domain: str) -> ConfigDomainsDomain:
        """Domain name."""
        return ConfigDomainsDomain(self._client, self._path + "/" + _segment(domain))

    async def get(self) -> list[ConfigDomainsGetResultItem]:
        """List relay domains.

        Returns:
            ``list[ConfigDomainsGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/domains`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R1)

    async def post(
        self,
        *,
        domain: str,
        comment: str | None = None,
    ) -> None:
        """Add relay domain.

        Args:
            domain: Domain name.
                Format: ``transport-domain``.
            comment: Comment.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/domains`` (``create``)."""
        params = {
            "domain": domain,
            "comment": comment,
        }
        return await self._client._call("POST", self._path, params, _R2)


class ConfigDomainsDomain(AsyncPath):
    """``/config/domains/{domain}`` ({domain})

    ``GET``: Read Domain data (comment).
    ``PUT``: Update relay domain data (comment).
    ``DELETE``: Delete a relay domain"""

    __slots__ = ()

    async def get(self) -> ConfigDomainsDomainGetResult:
        """Read Domain data (comment).

        Returns:
            ``ConfigDomainsDomainGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/domains/{domain}`` (``read``)."""
        return await self._client._call("GET", self._path, {}, _R3)

    async def put(
        self,
        *,
        comment: str,
    ) -> None:
        """Update relay domain data (comment).

        Args:
            comment: Comment.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/domains/{domain}`` (``write``)."""
        params = {
            "comment": comment,
        }
        return await self._client._call("PUT", self._path, params, _R4)

    async def delete(self) -> None:
        """Delete a relay domain

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /config/domains/{domain}`` (``delete``)."""
        return await self._client._call("DELETE", self._path, {}, _R5)


class ConfigFetchmail(AsyncPath):
    """``/config/fetchmail`` (fetchmail)

    ``GET``: List fetchmail users.
    ``POST``: Create fetchmail user configuration."""

    __slots__ = ()

    def id(self, id: str) -> ConfigFetchmailId:
        """Unique ID"""
        return ConfigFetchmailId(self._client, self._path + "/" + _segment(id))

    async def get(self) -> list[ConfigFetchmailGetResultItem]:
        """List fetchmail users.

        Returns:
            ``list[ConfigFetchmailGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /config/fetchmail`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R6)

    async def post(
        self,
        *,
        pass_: str,
        protocol: Literal["pop3", "imap"],
        server: str,
        target: str,
        user: str,
        enable: bool | None = None,
        interval: int | None = None,
        keep: bool | None = None,
        port: int | None = None,
        ssl: bool | None = None,
    ) -> str:
        """Create fetchmail user configuration.

        Args:
            pass_: The password used for server login.
                Length: 0 to 64.
            protocol: Specify the protocol to use when communicating with the remote mailserver
            server: Server address (IP or DNS name).
                Format: ``address``.
            target: The target email address (where to deliver fetched mails).
                Length: 3 to 512.
                Pattern: ``^(?:[^\\s\\/\\\\@]+\\@[^\\s\\/\\\\@]+)$``.
            user: The user identification to be used when logging in to the server
                Length: 1 to 64.
            enable: Flag to enable or disable polling.
                Default: ``0``.
            interval: Only check this site every <interval> poll cycles. A poll cycle is 5 minutes.
                Range: 1 to 2016.
            keep: Keep retrieved messages on the remote mailserver.
                Default: ``0``.
            port: Port number.
                Range: 1 to 65535.
            ssl: Use SSL.
                Default: ``0``.

        Returns:
            ``str``: Unique ID

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/fetchmail`` (``create``)."""
        params = {
            "pass": pass_,
            "protocol": protocol,
            "server": server,
            "target": target,
            "user": user,
            "enable": enable,
            "interval": interval,
            "keep": keep,
            "port": port,
            "ssl": ssl,
        }
        return await self._client._call("POST", self._path, params, _R7)


class ConfigFetchmailId(AsyncPath):
    """``/config/fetchmail/{id}`` ({id})

    ``GET``: Read fetchmail user configuration.
    ``PUT``: Update fetchmail user configuration.
    ``DELETE``: Delete a fetchmail configuration entry."""

    __slots__ = ()

    async def get(self) -> ConfigFetchmailIdGetResult:
        """Read fetchmail user configuration.

        Returns:
            ``ConfigFetchmailIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /config/fetchmail/{id}`` (``read``)."""
        return await self._client._call("GET", self._path, {}, _R8)

    async def put(
        self,
        *,
        enable: bool | None = None,
        interval: int | None = None,
        keep: bool | None = None,
        pass_: str | None = None,
        port: int | None = None,
        protocol: Literal["pop3", "imap"] | None = None,
        server: str | None = None,
        ssl: bool | None = None,
        target: str | None = None,
        user: str | None = None,
    ) -> None:
        """Update fetchmail user configuration.

        Args:
            enable: Flag to enable or disable polling.
                Default: ``0``.
            interval: Only check this site every <interval> poll cycles. A poll cycle is 5 minutes.
                Range: 1 to 2016.
            keep: Keep retrieved messages on the remote mailserver.
                Default: ``0``.
            pass_: The password used for server login.
                Length: 0 to 64.
            port: Port number.
                Range: 1 to 65535.
            protocol: Specify the protocol to use when communicating with the remote mailserver
            server: Server address (IP or DNS name).
                Format: ``address``.
            ssl: Use SSL.
                Default: ``0``.
            target: The target email address (where to deliver fetched mails).
                Length: 3 to 512.
                Pattern: ``^(?:[^\\s\\/\\\\@]+\\@[^\\s\\/\\\\@]+)$``.
            user: The user identification to be used when logging in to the server
                Length: 1 to 64.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/fetchmail/{id}`` (``write``)."""
        params = {
            "enable": enable,
            "interval": interval,
            "keep": keep,
            "pass": pass_,
            "port": port,
            "protocol": protocol,
            "server": server,
            "ssl": ssl,
            "target": target,
            "user": user,
        }
        return await self._client._call("PUT", self._path, params, _R9)

    async def delete(self) -> None:
        """Delete a fetchmail configuration entry.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /config/fetchmail/{id}`` (``delete``)."""
        return await self._client._call("DELETE", self._path, {}, _R10)


class ConfigTransport(AsyncPath):
    """``/config/transport`` (transport)

    ``GET``: List transport map entries.
    ``POST``: Add transport map entry."""

    __slots__ = ()

    def domain(self, domain: str) -> ConfigTransportDomain:
        """Domain name."""
        return ConfigTransportDomain(self._client, self._path + "/" + _segment(domain))

    async def get(self) -> list[ConfigTransportGetResultItem]:
        """List transport map entries.

        Returns:
            ``list[ConfigTransportGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/transport`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R11)

    async def post(
        self,
        *,
        domain: str,
        host: str,
        comment: str | None = None,
        port: int | None = None,
        protocol: Literal["smtp", "lmtp"] | None = None,
        use_mx: bool | None = None,
    ) -> None:
        """Add transport map entry.

        Args:
            domain: Domain name.
                Format: ``transport-domain-or-email``.
            host: Target host (name or IP address).
                Format: ``transport-address``.
            comment: Comment.
            port: Transport port.
                Range: 1 to 65535.
                Default: ``25``.
            protocol: Transport protocol.
                Default: ``smtp``.
            use_mx: Enable MX lookups (SMTP).
                Default: ``1``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/transport`` (``create``)."""
        params = {
            "domain": domain,
            "host": host,
            "comment": comment,
            "port": port,
            "protocol": protocol,
            "use_mx": use_mx,
        }
        return await self._client._call("POST", self._path, params, _R12)


class ConfigTransportDomain(AsyncPath):
    """``/config/transport/{domain}`` ({domain})

    ``GET``: Read transport map entry.
    ``PUT``: Update transport map entry.
    ``DELETE``: Delete a transport map entry"""

    __slots__ = ()

    async def get(self) -> ConfigTransportDomainGetResult:
        """Read transport map entry.

        Returns:
            ``ConfigTransportDomainGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/transport/{domain}`` (``read``)."""
        return await self._client._call("GET", self._path, {}, _R13)

    async def put(
        self,
        *,
        comment: str | None = None,
        host: str | None = None,
        port: int | None = None,
        protocol: Literal["smtp", "lmtp"] | None = None,
        use_mx: bool | None = None,
    ) -> None:
        """Update transport map entry.

        Args:
            comment: Comment.
            host: Target host (name or IP address).
                Format: ``transport-address``.
            port: Transport port.
                Range: 1 to 65535.
            protocol: Transport protocol.
                Default: ``smtp``.
            use_mx: Enable MX lookups (SMTP).

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/transport/{domain}`` (``write``)."""
        params = {
            "comment": comment,
            "host": host,
            "port": port,
            "protocol": protocol,
            "use_mx": use_mx,
        }
        return await self._client._call("PUT", self._path, params, _R14)

    async def delete(self) -> None:
        """Delete a transport map entry

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /config/transport/{domain}`` (``delete``)."""
        return await self._client._call("DELETE", self._path, {}, _R15)


class ConfigMynetworks(AsyncPath):
    """``/config/mynetworks`` (mynetworks)

    ``GET``: List of trusted networks from where SMTP clients are allowed to relay mail through Proxmox Mail Gateway.
    ``POST``: Add a trusted network."""

    __slots__ = ()

    def cidr(self, cidr: str) -> ConfigMynetworksCidr:
        """IPv4 or IPv6 network in CIDR notation."""
        return ConfigMynetworksCidr(self._client, self._path + "/" + _segment(cidr))

    async def get(self) -> list[ConfigMynetworksGetResultItem]:
        """List of trusted networks from where SMTP clients are allowed to relay mail through Proxmox Mail Gateway.

        Returns:
            ``list[ConfigMynetworksGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/mynetworks`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R16)

    async def post(
        self,
        *,
        cidr: str,
        comment: str | None = None,
    ) -> None:
        """Add a trusted network.

        Args:
            cidr: IPv4 or IPv6 network in CIDR notation.
                Format: ``CIDR``.
            comment: Comment.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/mynetworks`` (``create``)."""
        params = {
            "cidr": _checked("CIDR", "cidr", cidr),
            "comment": comment,
        }
        return await self._client._call("POST", self._path, params, _R17)


class ConfigMynetworksCidr(AsyncPath):
    """``/config/mynetworks/{cidr}`` ({cidr})

    ``GET``: Read trusted network data (comment).
    ``PUT``: Update trusted data (comment).
    ``DELETE``: Delete a truster network"""

    __slots__ = ()

    async def get(self) -> ConfigMynetworksCidrGetResult:
        """Read trusted network data (comment).

        Returns:
            ``ConfigMynetworksCidrGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/mynetworks/{cidr}`` (``read``)."""
        return await self._client._call("GET", self._path, {}, _R18)

    async def put(
        self,
        *,
        comment: str,
    ) -> None:
        """Update trusted data (comment).

        Args:
            comment: Comment.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/mynetworks/{cidr}`` (``write``)."""
        params = {
            "comment": comment,
        }
        return await self._client._call("PUT", self._path, params, _R19)

    async def delete(self) -> None:
        """Delete a truster network

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /config/mynetworks/{cidr}`` (``delete``)."""
        return await self._client._call("DELETE", self._path, {}, _R20)


class ConfigMimetypes(AsyncPath):
    """``/config/mimetypes`` (mimetypes)

    ``GET``: Get Mime Types List"""

    __slots__ = ()

    async def get(self) -> list[ConfigMimetypesGetResultItem]:
        """Get Mime Types List

        Returns:
            ``list[ConfigMimetypesGetResultItem]``

        Proxmox: ``GET /config/mimetypes`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R21)


class ConfigTlspolicy(AsyncPath):
    """``/config/tlspolicy`` (tlspolicy)

    ``GET``: List tls_policy entries.
    ``POST``: Add tls_policy entry."""

    __slots__ = ()

    def destination(self, destination: str) -> ConfigTlspolicyDestination:
        """Destination (Domain or next-hop)."""
        return ConfigTlspolicyDestination(self._client, self._path + "/" + _segment(destination))

    async def get(self) -> list[ConfigTlspolicyGetResultItem]:
        """List tls_policy entries.

        Returns:
            ``list[ConfigTlspolicyGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/tlspolicy`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R22)

    async def post(
        self,
        *,
        policy: str,
        destination: str | None = None,
        domain: str | None = None,
    ) -> None:
        """Add tls_policy entry.

        Args:
            policy: TLS policy
                Format: ``tls-policy-strict``.
            destination: Destination (Domain or next-hop).
                Format: ``transport-domain-or-nexthop``.
            domain: Deprecated - use 'destination'.
                Format: ``transport-domain-or-nexthop``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/tlspolicy`` (``create``)."""
        params = {
            "policy": policy,
            "destination": destination,
            "domain": domain,
        }
        return await self._client._call("POST", self._path, params, _R23)


class ConfigTlspolicyDestination(AsyncPath):
    """``/config/tlspolicy/{destination}`` ({destination})

    ``GET``: Read tls_policy entry.
    ``PUT``: Update tls_policy entry.
    ``DELETE``: Delete a tls_policy entry"""

    __slots__ = ()

    async def get(self) -> ConfigTlspolicyDestinationGetResult:
        """Read tls_policy entry.

        Returns:
            ``ConfigTlspolicyDestinationGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/tlspolicy/{destination}`` (``read``)."""
        return await self._client._call("GET", self._path, {}, _R24)

    async def put(
        self,
        *,
        policy: str,
    ) -> None:
        """Update tls_policy entry.

        Args:
            policy: TLS policy
                Format: ``tls-policy-strict``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/tlspolicy/{destination}`` (``write``)."""
        params = {
            "policy": policy,
        }
        return await self._client._call("PUT", self._path, params, _R25)

    async def delete(self) -> None:
        """Delete a tls_policy entry

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /config/tlspolicy/{destination}`` (``delete``)."""
        return await self._client._call("DELETE", self._path, {}, _R26)


class ConfigCustomscores(AsyncPath):
    """``/config/customscores`` (customscores)

    ``GET``: List custom scores.
    ``POST``: Create custom SpamAssassin score
    ``PUT``: Apply custom score changes.
    ``DELETE``: Revert custom score changes."""

    __slots__ = ()

    def name(self, name: str) -> ConfigCustomscoresName:
        """The name of the rule."""
        return ConfigCustomscoresName(self._client, self._path + "/" + _segment(name))

    async def get(self) -> list[ConfigCustomscoresGetResultItem]:
        """List custom scores.

        Returns:
            ``list[ConfigCustomscoresGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/customscores`` (``list_scores``)."""
        return await self._client._call("GET", self._path, {}, _R27)

    async def post(
        self,
        *,
        name: str,
        score: float,
        comment: str | None = None,
        digest: str | None = None,
    ) -> None:
        """Create custom SpamAssassin score

        Args:
            name: The name of the rule.
                Pattern: ``^[a-zA-Z\\_\\-\\.0-9]+$``.
            score: The score the rule should be valued at.
            comment: The Comment.
            digest: Prevent changes if current configuration file has different SHA1 digest. This can be used to prevent concurrent modifications.
                Length: 0 to 40.

        Returns:
            ``None``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/customscores`` (``create_score``)."""
        params = {
            "name": name,
            "score": score,
            "comment": comment,
            "digest": digest,
        }
        return await self._client._call("POST", self._path, params, _R28)

    async def put(
        self,
        *,
        digest: str | None = None,
        restart_daemon: bool | None = None,
    ) -> AsyncTask:
        """Apply custom score changes.

        Args:
            digest: Prevent changes if current configuration file has different SHA1 digest. This can be used to prevent concurrent modifications.
                Length: 0 to 40.
            restart_daemon: If set, also restarts pmg-smtp-filter. This is necessary for the changes to work.
                Default: ``0``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/customscores`` (``apply_score_changes``)."""
        params = {
            "digest": digest,
            "restart-daemon": restart_daemon,
        }
        return _task(await self._client._call("PUT", self._path, params, _R29), self._client)

    async def delete(self) -> None:
        """Revert custom score changes.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /config/customscores`` (``revert_score_changes``)."""
        return await self._client._call("DELETE", self._path, {}, _R30)


class ConfigCustomscoresName(AsyncPath):
    """``/config/customscores/{name}`` ({name})

    ``GET``: Get custom SpamAssassin score
    ``PUT``: Edit custom SpamAssassin score
    ``DELETE``: Edit custom SpamAssassin score"""

    __slots__ = ()

    async def get(self) -> ConfigCustomscoresNameGetResult:
        """Get custom SpamAssassin score

        Returns:
            ``ConfigCustomscoresNameGetResult``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /config/customscores/{name}`` (``get_score``)."""
        return await self._client._call("GET", self._path, {}, _R31)

    async def put(
        self,
        *,
        score: float,
        comment: str | None = None,
        digest: str | None = None,
    ) -> None:
        """Edit custom SpamAssassin score

        Args:
            score: The score the rule should be valued at.
            comment: The Comment.
            digest: Prevent changes if current configuration file has different SHA1 digest. This can be used to prevent concurrent modifications.
                Length: 0 to 40.

        Returns:
            ``None``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/customscores/{name}`` (``edit_score``)."""
        params = {
            "score": score,
            "comment": comment,
            "digest": digest,
        }
        return await self._client._call("PUT", self._path, params, _R32)

    async def delete(
        self,
        *,
        digest: str | None = None,
    ) -> None:
        """Edit custom SpamAssassin score

        Args:
            digest: Prevent changes if current configuration file has different SHA1 digest. This can be used to prevent concurrent modifications.
                Length: 0 to 40.

        Returns:
            ``None``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /config/customscores/{name}`` (``delete_score``)."""
        params = {
            "digest": digest,
        }
        return await self._client._call("DELETE", self._path, params, _R33)


class ConfigPbs(AsyncPath):
    """``/config/pbs`` (pbs)

    ``GET``: List all configured Proxmox Backup Server instances.
    ``POST``: Add Proxmox Backup Server remote instance."""

    __slots__ = ()

    def remote(self, remote: str) -> ConfigPbsRemote:
        """Proxmox Backup Server ID."""
        return ConfigPbsRemote(self._client, self._path + "/" + _segment(remote))

    async def get(self) -> list[ConfigPbsGetResultItem]:
        """List all configured Proxmox Backup Server instances.

        Returns:
            ``list[ConfigPbsGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /config/pbs`` (``list``)."""
        return await self._client._call("GET", self._path, {}, _R34)

    async def post(
        self,
        *,
        datastore: str,
        remote: str,
        server: str,
        disable: bool | None = None,
        fingerprint: str | None = None,
        keep_daily: int | None = None,
        keep_hourly: int | None = None,
        keep_last: int | None = None,
        keep_monthly: int | None = None,
        keep_weekly: int | None = None,
        keep_yearly: int | None = None,
        password: str | None = None,
        username: str | None = None,
    ) -> None:
        """Add Proxmox Backup Server remote instance.

        Args:
            datastore: Proxmox Backup Server datastore name.
            remote: Proxmox Backup Server ID.
                Format: ``pve-configid``.
            server: Proxmox Backup Server address.
                Length: 0 to 256.
                Format: ``address``.
            disable: Flag to disable (deactivate) the entry.
            fingerprint: Certificate SHA 256 fingerprint.
                Pattern: ``^([A-Fa-f0-9]{2}:){31}[A-Fa-f0-9]{2}$``.
            keep_daily: Keep backups for the last <N> different days. If there is more than one backup for a single day, only the latest one is kept.
            keep_hourly: Keep backups for the last <N> different hours. If there is more than one backup for a single hour, only the latest one is kept.
            keep_last: Keep the last <N> backups.
            keep_monthly: Keep backups for the last <N> different months. If there is more than one backup for a single month, only the latest one is kept.
            keep_weekly: Keep backups for the last <N> different weeks. If there is more than one backup for a single week, only the latest one is kept.
            keep_yearly: Keep backups for the last <N> different years. If there is more than one backup for a single year, only the latest one is kept.
            password: Password or API token secret for the user on the Proxmox Backup Server.
            username: Username or API token ID on the Proxmox Backup Server
                Length: 3 to 512.
                Pattern: ``^(?:[^\\s\\/\\\\@]+\\@[^\\s\\/\\\\@]+)$``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/pbs`` (``create``)."""
        password = _secret(password)
        params = {
            "datastore": datastore,
            "remote": remote,
            "server": server,
            "disable": disable,
            "fingerprint": fingerprint,
            "keep-daily": keep_daily,
            "keep-hourly": keep_hourly,
            "keep-last": keep_last,
            "keep-monthly": keep_monthly,
            "keep-weekly": keep_weekly,
            "keep-yearly": keep_yearly,
            "password": password,
            "username": username,
        }
        return await self._client._call("POST", self._path, params, _R35)


class ConfigPbsRemote(AsyncPath):
    """``/config/pbs/{remote}`` ({remote})

    ``GET``: Get Proxmox Backup Server remote configuration.
    ``PUT``: Update PBS remote settings.
    ``DELETE``: Delete an PBS remote"""

    __slots__ = ()

    async def get(self) -> Any:
        """Get Proxmox Backup Server remote configuration.

        Returns:
            ``Any``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/pbs/{remote}`` (``read_config``)."""
        return await self._client._call("GET", self._path, {}, _R36)

    async def put(
        self,
        *,
        datastore: str | None = None,
        delete: str | Sequence[str] | None = None,
        digest: str | None = None,
        disable: bool | None = None,
        fingerprint: str | None = None,
        keep_daily: int | None = None,
        keep_hourly: int | None = None,
        keep_last: int | None = None,
        keep_monthly: int | None = None,
        keep_weekly: int | None = None,
        keep_yearly: int | None = None,
        password: str | None = None,
        server: str | None = None,
        username: str | None = None,
    ) -> None:
        """Update PBS remote settings.

        Args:
            datastore: Proxmox Backup Server datastore name.
            delete: A list of settings you want to delete.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            digest: Prevent changes if current configuration file has different SHA1 digest. This can be used to prevent concurrent modifications.
                Length: 0 to 40.
            disable: Flag to disable (deactivate) the entry.
            fingerprint: Certificate SHA 256 fingerprint.
                Pattern: ``^([A-Fa-f0-9]{2}:){31}[A-Fa-f0-9]{2}$``.
            keep_daily: Keep backups for the last <N> different days. If there is more than one backup for a single day, only the latest one is kept.
            keep_hourly: Keep backups for the last <N> different hours. If there is more than one backup for a single hour, only the latest one is kept.
            keep_last: Keep the last <N> backups.
            keep_monthly: Keep backups for the last <N> different months. If there is more than one backup for a single month, only the latest one is kept.
            keep_weekly: Keep backups for the last <N> different weeks. If there is more than one backup for a single week, only the latest one is kept.
            keep_yearly: Keep backups for the last <N> different years. If there is more than one backup for a single year, only the latest one is kept.
            password: Password or API token secret for the user on the Proxmox Backup Server.
            server: Proxmox Backup Server address.
                Length: 0 to 256.
                Format: ``address``.
            username: Username or API token ID on the Proxmox Backup Server
                Length: 3 to 512.
                Pattern: ``^(?:[^\\s\\/\\\\@]+\\@[^\\s\\/\\\\@]+)$``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/pbs/{remote}`` (``update_config``)."""
        password = _secret(password)
        params = {
            "datastore": datastore,
            "delete": _join(delete),
            "digest": digest,
            "disable": disable,
            "fingerprint": fingerprint,
            "keep-daily": keep_daily,
            "keep-hourly": keep_hourly,
            "keep-last": keep_last,
            "keep-monthly": keep_monthly,
            "keep-weekly": keep_weekly,
            "keep-yearly": keep_yearly,
            "password": password,
            "server": server,
            "username": username,
        }
        return await self._client._call("PUT", self._path, params, _R37)

    async def delete(self) -> None:
        """Delete an PBS remote

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /config/pbs/{remote}`` (``delete``)."""
        return await self._client._call("DELETE", self._path, {}, _R38)


class ConfigAdmin(AsyncPath):
    """``/config/admin`` (admin)

    ``GET``: Read admin configuration properties.
    ``PUT``: Update admin configuration properties."""

    __slots__ = ()

    async def get(self) -> dict[str, Any]:
        """Read admin configuration properties.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/admin`` (``read_admin_section``)."""
        return await self._client._call("GET", self._path, {}, _R39)

    async def put(
        self,
        *,
        advfilter: bool | None = None,
        avast: bool | None = None,
        clamav: bool | None = None,
        custom_check: bool | None = None,
        custom_check_path: str | None = None,
        dailyreport: bool | None = None,
        delete: str | Sequence[str] | None = None,
        demo: bool | None = None,
        digest: str | None = None,
        dkim_selector: str | None = None,
        dkim_sign: bool | None = None,
        dkim_sign_all_mail: bool | None = None,
        email: str | None = None,
        http_proxy: str | None = None,
        statlifetime: int | None = None,
    ) -> None:
        """Update admin configuration properties.

        Args:
            advfilter: Use advanced filters for statistic.
                Default: ``1``.
            avast: Use Avast Virus Scanner (/usr/bin/scan). You need to buy and install 'Avast Core Security' before you can enable this feature.
                Default: ``0``.
            clamav: Use ClamAV Virus Scanner. This is the default virus scanner and is enabled by default.
                Default: ``1``.
            custom_check: Use Custom Check Script. The script has to take the defined arguments and can return virus findings or a spam score.
                Default: ``0``.
            custom_check_path: Absolute Path to the Custom Check Script
                Pattern: ``^^/([^/\\0]+\\/)+[^/\\0]+$$``.
                Default: ``/usr/local/bin/pmg-custom-check``.
            dailyreport: Send daily reports.
                Default: ``1``.
            delete: A list of settings you want to delete.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            demo: Demo mode - do not start SMTP filter.
                Default: ``0``.
            digest: Prevent changes if current configuration file has different SHA1 digest. This can be used to prevent concurrent modifications.
                Length: 0 to 40.
            dkim_selector: Default DKIM selector
                Format: ``dns-name``.
            dkim_sign: DKIM sign outbound mails with the configured Selector.
                Default: ``0``.
            dkim_sign_all_mail: DKIM sign all outgoing mails irrespective of the Envelope From domain.
                Default: ``0``.
            email: Administrator E-Mail address.
                Format: ``email``.
                Default: ``admin@domain.tld``.
            http_proxy: Specify external http proxy which is used for downloads (example: 'http://username:password@host:port/')
                Pattern: ``^http://.*$``.
            statlifetime: User Statistics Lifetime (days)
                Range: 1 to inf.
                Default: ``7``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/admin`` (``update_admin_section``)."""
        params = {
            "advfilter": advfilter,
            "avast": avast,
            "clamav": clamav,
            "custom_check": custom_check,
            "custom_check_path": custom_check_path,
            "dailyreport": dailyreport,
            "delete": _join(delete),
            "demo": demo,
            "digest": digest,
            "dkim_selector": dkim_selector,
            "dkim_sign": dkim_sign,
            "dkim_sign_all_mail": dkim_sign_all_mail,
            "email": email,
            "http_proxy": http_proxy,
            "statlifetime": statlifetime,
        }
        return await self._client._call("PUT", self._path, params, _R40)


class ConfigClamav(AsyncPath):
    """``/config/clamav`` (clamav)

    ``GET``: Read ClamAV configuration properties.
    ``PUT``: Update ClamAV configuration properties."""

    __slots__ = ()

    async def get(self) -> dict[str, Any]:
        """Read ClamAV configuration properties.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/clamav`` (``read_clamav_section``)."""
        return await self._client._call("GET", self._path, {}, _R41)

    async def put(
        self,
        *,
        archiveblockencrypted: bool | None = None,
        archivemaxfiles: int | None = None,
        archivemaxrec: int | None = None,
        archivemaxsize: int | None = None,
        dbmirror: str | None = None,
        delete: str | Sequence[str] | None = None,
        digest: str | None = None,
        maxcccount: int | None = None,
        maxscansize: int | None = None,
        safebrowsing: bool | None = None,
        scriptedupdates: bool | None = None,
    ) -> None:
        """Update ClamAV configuration properties.

        Args:
            archiveblockencrypted: Whether to mark encrypted archives and documents as heuristic virus match. A match does not necessarily result in an immediate block, it just raises the Spam Score by 'clamav_heuristic_score'.
                Default: ``0``.
            archivemaxfiles: Number of files to be scanned within an archive, a document, or any other kind of container. Warning: disabling this limit or setting it too high may result in severe damage to the system.
                Range: 0 to inf.
                Default: ``1000``.
            archivemaxrec: Nested archives are scanned recursively, e.g. if a ZIP archive contains a TAR file,  all files within it will also be scanned. This options specifies how deeply the process should be continued. Warning: setting this limit too high may result in severe damage to the system.
                Range: 1 to inf.
                Default: ``5``.
            archivemaxsize: Files larger than this limit (in bytes) won't be scanned.
                Range: 1000000 to inf.
                Default: ``25000000``.
            dbmirror: ClamAV database mirror server.
                Default: ``database.clamav.net``.
            delete: A list of settings you want to delete.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            digest: Prevent changes if current configuration file has different SHA1 digest. This can be used to prevent concurrent modifications.
                Length: 0 to 40.
            maxcccount: This option sets the lowest number of Credit Card or Social Security numbers found in a file to generate a detect.
                Range: 0 to inf.
                Default: ``0``.
            maxscansize: Sets the maximum amount of data (in bytes) to be scanned for each input file.
                Range: 1000000 to inf.
                Default: ``100000000``.
            safebrowsing: Enables support for Google Safe Browsing.
                Default: ``1``.
            scriptedupdates: Enables ScriptedUpdates (incremental download of signatures)
                Default: ``0``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/clamav`` (``update_clamav_section``)."""
        params = {
            "archiveblockencrypted": archiveblockencrypted,
            "archivemaxfiles": archivemaxfiles,
            "archivemaxrec": archivemaxrec,
            "archivemaxsize": archivemaxsize,
            "dbmirror": dbmirror,
            "delete": _join(delete),
            "digest": digest,
            "maxcccount": maxcccount,
            "maxscansize": maxscansize,
            "safebrowsing": safebrowsing,
            "scriptedupdates": scriptedupdates,
        }
        return await self._client._call("PUT", self._path, params, _R42)


class ConfigMail(AsyncPath):
    """``/config/mail`` (mail)

    ``GET``: Read mail configuration properties.
    ``PUT``: Update mail configuration properties."""

    __slots__ = ()

    async def get(self) -> dict[str, Any]:
        """Read mail configuration properties.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/mail`` (``read_mail_section``)."""
        return await self._client._call("GET", self._path, {}, _R43)

    async def put(
        self,
        *,
        banner: str | None = None,
        before_queue_filtering: bool | None = None,
        conn_count_limit: int | None = None,
        conn_rate_limit: int | None = None,
        delete: str | Sequence[str] | None = None,
        digest: str | None = None,
        dnsbl_sites: str | Sequence[str] | None = None,
        dnsbl_threshold: int | None = None,
        dwarning: int | None = None,
        ext_port: int | None = None,
        greylist: bool | None = None,
        greylist6: bool | None = None,
        greylistmask4: int | None = None,
        greylistmask6: int | None = None,
        helotests: bool | None = None,
        hide_received: bool | None = None,
        int_port: int | None = None,
        max_filters: int | None = None,
        max_policy: int | None = None,
        max_smtpd_in: int | None = None,
        max_smtpd_out: int | None = None,
        maxsize: int | None = None,
        message_rate_limit: int | None = None,
        ndr_on_block: bool | None = None,
        rejectunknown: bool | None = None,
        rejectunknownsender: bool | None = None,
        relay: str | None = None,
        relaynomx: bool | None = None,
        relayport: int | None = None,
        relayprotocol: Literal["smtp", "lmtp"] | None = None,
        smarthost: str | None = None,
        smarthostport: int | None = None,
        spf: bool | None = None,
        tls: bool | None = None,
        tlsheader: bool | None = None,
        tlslog: bool | None = None,
        verifyreceivers: Literal["450", "550"] | None = None,
    ) -> None:
        """Update mail configuration properties.

        Args:
            banner: ESMTP banner.
                Length: 0 to 1024.
                Default: ``ESMTP Proxmox``.
            before_queue_filtering: Enable before queue filtering by pmg-smtp-filter
                Default: ``0``.
            conn_count_limit: How many simultaneous connections any client is allowed to make to this service. To disable this feature, specify a limit of 0.
                Range: 0 to inf.
                Default: ``50``.
            conn_rate_limit: The maximal number of connection attempts any client is allowed to make to this service per minute. To disable this feature, specify a limit of 0.
                Range: 0 to inf.
                Default: ``0``.
            delete: A list of settings you want to delete.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            digest: Prevent changes if current configuration file has different SHA1 digest. This can be used to prevent concurrent modifications.
                Length: 0 to 40.
            dnsbl_sites: Optional list of DNS white/blacklist domains (see postscreen_dnsbl_sites parameter).
                Format: ``dnsbl-entry-list``.
                Syntax: ``<string>``.
            dnsbl_threshold: The inclusive lower bound for blocking a remote SMTP client, based on its combined DNSBL score (see postscreen_dnsbl_threshold parameter).
                Range: 0 to inf.
                Default: ``1``.
            dwarning: SMTP delay warning time (in hours).
                Range: 0 to inf.
                Default: ``4``.
            ext_port: SMTP port number for incoming mail (untrusted). This must be a different number than 'int_port'.
                Range: 1 to 65535.
                Default: ``25``.
            greylist: Use greylisting for IPv4.
                Default: ``1``.
            greylist6: Use greylisting for IPv6.
                Default: ``0``.
            greylistmask4: Netmask to apply for greylisting IPv4 hosts
                Range: 0 to 32.
                Default: ``24``.
            greylistmask6: Netmask to apply for greylisting IPv6 hosts
                Range: 0 to 128.
                Default: ``64``.
            helotests: Use SMTP HELO tests.
                Default: ``0``.
            hide_received: Hide received header in outgoing mails.
                Default: ``0``.
            int_port: SMTP port number for outgoing mail (trusted).
                Range: 1 to 65535.
                Default: ``26``.
            max_filters: Maximum number of pmg-smtp-filter processes.
                Range: 3 to 40.
                Default: ``35``.
            max_policy: Maximum number of pmgpolicy processes.
                Range: 2 to 10.
                Default: ``5``.
            max_smtpd_in: Maximum number of SMTP daemon processes (in).
                Range: 3 to 100.
                Default: ``100``.
            max_smtpd_out: Maximum number of SMTP daemon processes (out).
                Range: 3 to 100.
                Default: ``100``.
            maxsize: Maximum email size. Larger mails are rejected.
                Range: 1024 to inf.
                Default: ``10485760``.
            message_rate_limit: The maximal number of message delivery requests that any client is allowed to make to this service per minute.To disable this feature, specify a limit of 0.
                Range: 0 to inf.
                Default: ``0``.
            ndr_on_block: Send out NDR when mail gets blocked
                Default: ``0``.
            rejectunknown: Reject unknown clients.
                Default: ``0``.
            rejectunknownsender: Reject unknown senders.
                Default: ``0``.
            relay: The default mail delivery transport (incoming mails).
                Format: ``address``.
            relaynomx: Disable MX lookups for default relay (SMTP only, ignored for LMTP).
                Default: ``0``.
            relayport: SMTP/LMTP port number for relay host.
                Range: 1 to 65535.
                Default: ``25``.
            relayprotocol: Transport protocol for relay host.
                Default: ``smtp``.
            smarthost: When set, all outgoing mails are delivered to the specified smarthost.
                Format: ``address``.
            smarthostport: SMTP port number for smarthost.
                Range: 1 to 65535.
                Default: ``25``.
            spf: Use Sender Policy Framework.
                Default: ``1``.
            tls: Enable TLS.
                Default: ``0``.
            tlsheader: Add TLS received header.
                Default: ``0``.
            tlslog: Enable TLS Logging.
                Default: ``0``.
            verifyreceivers: Enable receiver verification. The value specifies the numerical reply code when the Postfix SMTP server rejects a recipient address.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/mail`` (``update_mail_section``)."""
        params = {
            "banner": banner,
            "before_queue_filtering": before_queue_filtering,
            "conn_count_limit": conn_count_limit,
            "conn_rate_limit": conn_rate_limit,
            "delete": _join(delete),
            "digest": digest,
            "dnsbl_sites": _join(dnsbl_sites),
            "dnsbl_threshold": dnsbl_threshold,
            "dwarning": dwarning,
            "ext_port": ext_port,
            "greylist": greylist,
            "greylist6": greylist6,
            "greylistmask4": greylistmask4,
            "greylistmask6": greylistmask6,
            "helotests": helotests,
            "hide_received": hide_received,
            "int_port": int_port,
            "max_filters": max_filters,
            "max_policy": max_policy,
            "max_smtpd_in": max_smtpd_in,
            "max_smtpd_out": max_smtpd_out,
            "maxsize": maxsize,
            "message_rate_limit": message_rate_limit,
            "ndr_on_block": ndr_on_block,
            "rejectunknown": rejectunknown,
            "rejectunknownsender": rejectunknownsender,
            "relay": relay,
            "relaynomx": relaynomx,
            "relayport": relayport,
            "relayprotocol": relayprotocol,
            "smarthost": smarthost,
            "smarthostport": smarthostport,
            "spf": spf,
            "tls": tls,
            "tlsheader": tlsheader,
            "tlslog": tlslog,
            "verifyreceivers": verifyreceivers,
        }
        return await self._client._call("PUT", self._path, params, _R44)


class ConfigSpam(AsyncPath):
    """``/config/spam`` (spam)

    ``GET``: Read spam configuration properties.
    ``PUT``: Update spam configuration properties."""

    __slots__ = ()

    async def get(self) -> dict[str, Any]:
        """Read spam configuration properties.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/spam`` (``read_spam_section``)."""
        return await self._client._call("GET", self._path, {}, _R45)

    async def put(
        self,
        *,
        bounce_score: int | None = None,
        clamav_heuristic_score: int | None = None,
        delete: str | Sequence[str] | None = None,
        digest: str | None = None,
        languages: str | None = None,
        maxspamsize: int | None = None,
        rbl_checks: bool | None = None,
        use_awl: bool | None = None,
        use_bayes: bool | None = None,
        use_razor: bool | None = None,
        wl_bounce_relays: str | None = None,
    ) -> None:
        """Update spam configuration properties.

        Args:
            bounce_score: Additional score for bounce mails.
                Range: 0 to 1000.
                Default: ``0``.
            clamav_heuristic_score: Score for ClamAV heuristics (Encrypted Archives/Documents, Google Safe Browsing database, PhishingScanURLs, ...).
                Range: 0 to 1000.
                Default: ``3``.
            delete: A list of settings you want to delete.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            digest: Prevent changes if current configuration file has different SHA1 digest. This can be used to prevent concurrent modifications.
                Length: 0 to 40.
            languages: This option is used to specify which languages are considered OK for incoming mail.
                Pattern: ``^(all|([a-z][a-z])+( ([a-z][a-z])+)*)$``.
                Default: ``all``.
            maxspamsize: Maximum size of spam messages in bytes.
                Range: 64 to inf.
                Default: ``262144``.
            rbl_checks: Enable real time blacklists (RBL) checks.
                Default: ``1``.
            use_awl: Use the Auto-Whitelist plugin.
                Default: ``1``.
            use_bayes: Whether to use the naive-Bayesian-style classifier.
                Default: ``1``.
            use_razor: Whether to use Razor2, if it is available.
                Default: ``1``.
            wl_bounce_relays: Whitelist legitimate bounce relays.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/spam`` (``update_spam_section``)."""
        params = {
            "bounce_score": bounce_score,
            "clamav_heuristic_score": clamav_heuristic_score,
            "delete": _join(delete),
            "digest": digest,
            "languages": languages,
            "maxspamsize": maxspamsize,
            "rbl_checks": rbl_checks,
            "use_awl": use_awl,
            "use_bayes": use_bayes,
            "use_razor": use_razor,
            "wl_bounce_relays": wl_bounce_relays,
        }
        return await self._client._call("PUT", self._path, params, _R46)


class ConfigSpamquar(AsyncPath):
    """``/config/spamquar`` (spamquar)

    ``GET``: Read spamquar configuration properties.
    ``PUT``: Update spamquar configuration properties."""

    __slots__ = ()

    async def get(self) -> dict[str, Any]:
        """Read spamquar configuration properties.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/spamquar`` (``read_spamquar_section``)."""
        return await self._client._call("GET", self._path, {}, _R47)

    async def put(
        self,
        *,
        allowhrefs: bool | None = None,
        authmode: Literal["ticket", "ldap", "ldapticket"] | None = None,
        delete: str | Sequence[str] | None = None,
        digest: str | None = None,
        hostname: str | None = None,
        lifetime: int | None = None,
        mailfrom: str | None = None,
        port: int | None = None,
        protocol: Literal["http", "https"] | None = None,
        quarantinelink: bool | None = None,
        reportstyle: Literal["none", "short", "verbose", "custom"] | None = None,
        viewimages: bool | None = None,
    ) -> None:
        """Update spamquar configuration properties.

        Args:
            allowhrefs: Allow to view hyperlinks.
                Default: ``1``.
            authmode: Authentication mode to access the quarantine interface. Mode 'ticket' allows login using tickets sent with the daily spam report. Mode 'ldap' requires to login using an LDAP account. Finally, mode 'ldapticket' allows both ways.
                Default: ``ticket``.
            delete: A list of settings you want to delete.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            digest: Prevent changes if current configuration file has different SHA1 digest. This can be used to prevent concurrent modifications.
                Length: 0 to 40.
            hostname: Quarantine Host. Useful if you run a Cluster and want users to connect to a specific host.
                Format: ``address``.
            lifetime: Quarantine life time (days)
                Range: 1 to inf.
                Default: ``7``.
            mailfrom: Text for 'From' header in daily spam report mails.
            port: Quarantine Port. Useful if you have a reverse proxy or port forwarding for the web interface. Only used for the generated Spam report.
                Range: 1 to 65535.
                Default: ``8006``.
            protocol: Quarantine web interface protocol. Useful if you have a reverse proxy for the web interface. Only used for the generated Spam report.
                Default: ``https``.
            quarantinelink: Enables user self-service for Quarantine Links. Caution: this is accessible without authentication
                Default: ``0``.
            reportstyle: Spam report style.
                Default: ``verbose``.
            viewimages: Allow to view images.
                Default: ``1``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/spamquar`` (``update_spamquar_section``)."""
        params = {
            "allowhrefs": allowhrefs,
            "authmode": authmode,
            "delete": _join(delete),
            "digest": digest,
            "hostname": hostname,
            "lifetime": lifetime,
            "mailfrom": mailfrom,
            "port": port,
            "protocol": protocol,
            "quarantinelink": quarantinelink,
            "reportstyle": reportstyle,
            "viewimages": viewimages,
        }
        return await self._client._call("PUT", self._path, params, _R48)


class ConfigVirusquar(AsyncPath):
    """``/config/virusquar`` (virusquar)

    ``GET``: Read virusquar configuration properties.
    ``PUT``: Update virusquar configuration properties."""

    __slots__ = ()

    async def get(self) -> dict[str, Any]:
        """Read virusquar configuration properties.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/virusquar`` (``read_virusquar_section``)."""
        return await self._client._call("GET", self._path, {}, _R49)

    async def put(
        self,
        *,
        allowhrefs: bool | None = None,
        delete: str | Sequence[str] | None = None,
        digest: str | None = None,
        lifetime: int | None = None,
        viewimages: bool | None = None,
    ) -> None:
        """Update virusquar configuration properties.

        Args:
            allowhrefs: Allow to view hyperlinks.
                Default: ``1``.
            delete: A list of settings you want to delete.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            digest: Prevent changes if current configuration file has different SHA1 digest. This can be used to prevent concurrent modifications.
                Length: 0 to 40.
            lifetime: Quarantine life time (days)
                Range: 1 to inf.
                Default: ``7``.
            viewimages: Allow to view images.
                Default: ``1``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/virusquar`` (``update_virusquar_section``)."""
        params = {
            "allowhrefs": allowhrefs,
            "delete": _join(delete),
            "digest": digest,
            "lifetime": lifetime,
            "viewimages": viewimages,
        }
        return await self._client._call("PUT", self._path, params, _R50)


class ConfigRegextest(AsyncPath):
    """``/config/regextest`` (regextest)

    ``POST``: Test Regex ignoring case"""

    __slots__ = ()

    async def post(
        self,
        *,
        regex: str,
        text: str,
    ) -> float:
        """Test Regex ignoring case

        Args:
            regex: The Regex to test
                Length: 0 to 1024.
            text: The String to test
                Length: 0 to 1024.

        Returns:
            ``float``

        Permissions:
            Check: ``[admin, qmanager, audit]``

        Proxmox: ``POST /config/regextest`` (``regextest``)."""
        params = {
            "regex": regex,
            "text": text,
        }
        return await self._client._call("POST", self._path, params, _R51)
