# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Path classes for ``config_ldap`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import join as _join
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.config_ldap.config_ldap_get import ConfigLdapGetResultItem
    from ..models.config_ldap.config_ldap_profile_get import (
        ConfigLdapProfileGetResultItem,
    )
    from ..models.config_ldap.config_ldap_profile_groups_get import (
        ConfigLdapProfileGroupsGetResultItem,
    )
    from ..models.config_ldap.config_ldap_profile_groups_gid_get import (
        ConfigLdapProfileGroupsGidGetResultItem,
    )
    from ..models.config_ldap.config_ldap_profile_users_email_get import (
        ConfigLdapProfileUsersEmailGetResultItem,
    )
    from ..models.config_ldap.config_ldap_profile_users_get import (
        ConfigLdapProfileUsersGetResultItem,
    )

_R0: Returns[list[ConfigLdapGetResultItem]] = Returns(
    "list[ConfigLdapGetResultItem]",
    "GET /config/ldap",
    "models.config_ldap.config_ldap_get",
    package="pvesdk._generated_pmg",
)
_R1: Returns[None] = Returns("None", "POST /config/ldap", package="pvesdk._generated_pmg")
_R2: Returns[list[ConfigLdapProfileGetResultItem]] = Returns(
    "list[ConfigLdapProfileGetResultItem]",
    "GET /config/ldap/{profile}",
    "models.config_ldap.config_ldap_profile_get",
    package="pvesdk._generated_pmg",
)
_R3: Returns[None] = Returns(
    "None", "DELETE /config/ldap/{profile}", package="pvesdk._generated_pmg"
)
_R4: Returns[Any] = Returns(
    "Any", "GET /config/ldap/{profile}/config", package="pvesdk._generated_pmg"
)
_R5: Returns[None] = Returns(
    "None", "PUT /config/ldap/{profile}/config", package="pvesdk._generated_pmg"
)
_R6: Returns[None] = Returns(
    "None", "POST /config/ldap/{profile}/sync", package="pvesdk._generated_pmg"
)
_R7: Returns[list[ConfigLdapProfileUsersGetResultItem]] = Returns(
    "list[ConfigLdapProfileUsersGetResultItem]",
    "GET /config/ldap/{profile}/users",
    "models.config_ldap.config_ldap_profile_users_get",
    package="pvesdk._generated_pmg",
)
_R8: Returns[list[ConfigLdapProfileUsersEmailGetResultItem]] = Returns(
    "list[ConfigLdapProfileUsersEmailGetResultItem]",
    "GET /config/ldap/{profile}/users/{email}",
    "models.config_ldap.config_ldap_profile_users_email_get",
    package="pvesdk._generated_pmg",
)
_R9: Returns[list[ConfigLdapProfileGroupsGetResultItem]] = Returns(
    "list[ConfigLdapProfileGroupsGetResultItem]",
    "GET /config/ldap/{profile}/groups",
    "models.config_ldap.config_ldap_profile_groups_get",
    package="pvesdk._generated_pmg",
)
_R10: Returns[list[ConfigLdapProfileGroupsGidGetResultItem]] = Returns(
    "list[ConfigLdapProfileGroupsGidGetResultItem]",
    "GET /config/ldap/{profile}/groups/{gid}",
    "models.config_ldap.config_ldap_profile_groups_gid_get",
    package="pvesdk._generated_pmg",
)


class ConfigLdap(SyncPath):
    """``/config/ldap`` (ldap)

    ``GET``: List configured LDAP profiles.
    ``POST``: Add LDAP profile."""

    __slots__ = ()

    def profile(self, profile: str) -> ConfigLdapProfile:
        """Profile ID."""
        return ConfigLdapProfile(self._client, self._path + "/" + _segment(profile))

    def get(self) -> list[ConfigLdapGetResultItem]:
        """List configured LDAP profiles.

        Returns:
            ``list[ConfigLdapGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ldap`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R0)

    def post(
        self,
        *,
        profile: str,
        server1: str,
        accountattr: str | Sequence[str] | None = None,
        basedn: str | None = None,
        binddn: str | None = None,
        bindpw: str | None = None,
        cafile: str | None = None,
        comment: str | None = None,
        disable: bool | None = None,
        filter: str | None = None,
        groupbasedn: str | None = None,
        groupclass: str | Sequence[str] | None = None,
        mailattr: str | Sequence[str] | None = None,
        mode: Literal["ldap", "ldaps", "ldap+starttls"] | None = None,
        port: int | None = None,
        server2: str | None = None,
        verify: bool | None = None,
    ) -> None:
        """Add LDAP profile.

        Args:
            profile: Profile ID.
                Format: ``pve-configid``.
            server1: Server address.
                Length: 0 to 256.
                Format: ``address``.
            accountattr: Account attribute name name.
                Format: ``ldap-simple-attr-list``.
                Default: ``sAMAccountName, uid``.
                Syntax: ``<string>``.
            basedn: Base domain name.
            binddn: Bind domain name.
            bindpw: Bind password.
            cafile: Path to CA file. Only useful with option 'verify'
            comment: Description.
                Length: 0 to 4096.
            disable: Flag to disable/deactivate the entry.
            filter: LDAP filter.
            groupbasedn: Base domain name for groups.
            groupclass: List of objectclasses for groups.
                Format: ``ldap-simple-attr-list``.
                Default: ``group, univentionGroup, ipausergroup``.
                Syntax: ``<string>``.
            mailattr: List of mail attribute names.
                Format: ``ldap-simple-attr-list``.
                Default: ``mail, userPrincipalName, proxyAddresses, othermailbox, mailAlternativeAddress``.
                Syntax: ``<string>``.
            mode: LDAP protocol mode ('ldap', 'ldaps' or 'ldap+starttls').
                Default: ``ldap``.
            port: Specify the port to connect to.
                Range: 1 to 65535.
            server2: Fallback server address. Used when the first server is not available.
                Length: 0 to 256.
                Format: ``address``.
            verify: Verify server certificate. Only useful with ldaps or ldap+starttls.
                Default: ``0``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ldap`` (``create``)."""
        params = {
            "profile": profile,
            "server1": server1,
            "accountattr": _join(accountattr),
            "basedn": basedn,
            "binddn": binddn,
            "bindpw": bindpw,
            "cafile": cafile,
            "comment": comment,
            "disable": disable,
            "filter": filter,
            "groupbasedn": groupbasedn,
            "groupclass": _join(groupclass),
            "mailattr": _join(mailattr),
            "mode": mode,
            "port": port,
            "server2": server2,
            "verify": verify,
        }
        return self._client._call("POST", self._path, params, _R1)


class ConfigLdapProfile(SyncPath):
    """``/config/ldap/{profile}`` ({profile})

    ``GET``: Directory index
    ``DELETE``: Delete an LDAP profile"""

    __slots__ = ()

    @property
    def config(self) -> ConfigLdapProfileConfig:
        """Get LDAP profile configuration."""
        return ConfigLdapProfileConfig(self._client, self._path + "/config")

    @property
    def sync(self) -> ConfigLdapProfileSync:
        """Synchronize LDAP users to local database."""
        return ConfigLdapProfileSync(self._client, self._path + "/sync")

    @property
    def users(self) -> ConfigLdapProfileUsers:
        """List LDAP users."""
        return ConfigLdapProfileUsers(self._client, self._path + "/users")

    @property
    def groups(self) -> ConfigLdapProfileGroups:
        """List LDAP groups."""
        return ConfigLdapProfileGroups(self._client, self._path + "/groups")

    def get(self) -> list[ConfigLdapProfileGetResultItem]:
        """Directory index

        Returns:
            ``list[ConfigLdapProfileGetResultItem]``

        Permissions:
            User: all

        Proxmox: ``GET /config/ldap/{profile}`` (``profile_index``)."""
        return self._client._call("GET", self._path, {}, _R2)

    def delete(self) -> None:
        """Delete an LDAP profile

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /config/ldap/{profile}`` (``delete``)."""
        return self._client._call("DELETE", self._path, {}, _R3)


class ConfigLdapProfileConfig(SyncPath):
    """``/config/ldap/{profile}/config`` (config)

    ``GET``: Get LDAP profile configuration.
    ``PUT``: Update LDAP profile settings."""

    __slots__ = ()

    def get(self) -> Any:
        """Get LDAP profile configuration.

        Returns:
            ``Any``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/ldap/{profile}/config`` (``read_config``)."""
        return self._client._call("GET", self._path, {}, _R4)

    def put(
        self,
        *,
        accountattr: str | Sequence[str] | None = None,
        basedn: str | None = None,
        binddn: str | None = None,
        bindpw: str | None = None,
        cafile: str | None = None,
        comment: str | None = None,
        delete: str | Sequence[str] | None = None,
        digest: str | None = None,
        disable: bool | None = None,
        filter: str | None = None,
        groupbasedn: str | None = None,
        groupclass: str | Sequence[str] | None = None,
        mailattr: str | Sequence[str] | None = None,
        mode: Literal["ldap", "ldaps", "ldap+starttls"] | None = None,
        port: int | None = None,
        server1: str | None = None,
        server2: str | None = None,
        verify: bool | None = None,
    ) -> None:
        """Update LDAP profile settings.

        Args:
            accountattr: Account attribute name name.
                Format: ``ldap-simple-attr-list``.
                Default: ``sAMAccountName, uid``.
                Syntax: ``<string>``.
            basedn: Base domain name.
            binddn: Bind domain name.
            bindpw: Bind password.
            cafile: Path to CA file. Only useful with option 'verify'
            comment: Description.
                Length: 0 to 4096.
            delete: A list of settings you want to delete.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            digest: Prevent changes if current configuration file has different SHA1 digest. This can be used to prevent concurrent modifications.
                Length: 0 to 40.
            disable: Flag to disable/deactivate the entry.
            filter: LDAP filter.
            groupbasedn: Base domain name for groups.
            groupclass: List of objectclasses for groups.
                Format: ``ldap-simple-attr-list``.
                Default: ``group, univentionGroup, ipausergroup``.
                Syntax: ``<string>``.
            mailattr: List of mail attribute names.
                Format: ``ldap-simple-attr-list``.
                Default: ``mail, userPrincipalName, proxyAddresses, othermailbox, mailAlternativeAddress``.
                Syntax: ``<string>``.
            mode: LDAP protocol mode ('ldap', 'ldaps' or 'ldap+starttls').
                Default: ``ldap``.
            port: Specify the port to connect to.
                Range: 1 to 65535.
            server1: Server address.
                Length: 0 to 256.
                Format: ``address``.
            server2: Fallback server address. Used when the first server is not available.
                Length: 0 to 256.
                Format: ``address``.
            verify: Verify server certificate. Only useful with ldaps or ldap+starttls.
                Default: ``0``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/ldap/{profile}/config`` (``update_config``)."""
        params = {
            "accountattr": _join(accountattr),
            "basedn": basedn,
            "binddn": binddn,
            "bindpw": bindpw,
            "cafile": cafile,
            "comment": comment,
            "delete": _join(delete),
            "digest": digest,
            "disable": disable,
            "filter": filter,
            "groupbasedn": groupbasedn,
            "groupclass": _join(groupclass),
            "mailattr": _join(mailattr),
            "mode": mode,
            "port": port,
            "server1": server1,
            "server2": server2,
            "verify": verify,
        }
        return self._client._call("PUT", self._path, params, _R5)


class ConfigLdapProfileSync(SyncPath):
    """``/config/ldap/{profile}/sync`` (sync)

    ``POST``: Synchronize LDAP users to local database."""

    __slots__ = ()

    def post(self) -> None:
        """Synchronize LDAP users to local database.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ldap/{profile}/sync`` (``sync_profile``)."""
        return self._client._call("POST", self._path, {}, _R6)


class ConfigLdapProfileUsers(SyncPath):
    """``/config/ldap/{profile}/users`` (users)

    ``GET``: List LDAP users."""

    __slots__ = ()

    def email(self, email: str) -> ConfigLdapProfileUsersEmail:
        """Email address."""
        return ConfigLdapProfileUsersEmail(self._client, self._path + "/" + _segment(email))

    def get(self) -> list[ConfigLdapProfileUsersGetResultItem]:
        """List LDAP users.

        Returns:
            ``list[ConfigLdapProfileUsersGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /config/ldap/{profile}/users`` (``profile_list_users``)."""
        return self._client._call("GET", self._path, {}, _R7)


class ConfigLdapProfileUsersEmail(SyncPath):
    """``/config/ldap/{profile}/users/{email}`` ({email})

    ``GET``: Get all email addresses for the specified user."""

    __slots__ = ()

    def get(self) -> list[ConfigLdapProfileUsersEmailGetResultItem]:
        """Get all email addresses for the specified user.

        Returns:
            ``list[ConfigLdapProfileUsersEmailGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /config/ldap/{profile}/users/{email}`` (``address_list``)."""
        return self._client._call("GET", self._path, {}, _R8)


class ConfigLdapProfileGroups(SyncPath):
    """``/config/ldap/{profile}/groups`` (groups)

    ``GET``: List LDAP groups."""

    __slots__ = ()

    def gid(self, gid: str) -> ConfigLdapProfileGroupsGid:
        """Group ID"""
        return ConfigLdapProfileGroupsGid(self._client, self._path + "/" + _segment(gid))

    def get(self) -> list[ConfigLdapProfileGroupsGetResultItem]:
        """List LDAP groups.

        Returns:
            ``list[ConfigLdapProfileGroupsGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /config/ldap/{profile}/groups`` (``profile_list_groups``)."""
        return self._client._call("GET", self._path, {}, _R9)


class ConfigLdapProfileGroupsGid(SyncPath):
    """``/config/ldap/{profile}/groups/{gid}`` ({gid})

    ``GET``: List LDAP group members."""

    __slots__ = ()

    def get(self) -> list[ConfigLdapProfileGroupsGidGetResultItem]:
        """List LDAP group members.

        Returns:
            ``list[ConfigLdapProfileGroupsGidGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /config/ldap/{profile}/groups/{gid}`` (``profile_list_group_members``)."""
        return self._client._call("GET", self._path, {}, _R10)
