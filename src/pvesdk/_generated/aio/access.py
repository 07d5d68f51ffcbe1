# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``access`` (async): one class per API path, one method per operation."""

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

    from ..models.access.access_acl_get import AccessAclGetResultItem
    from ..models.access.access_domains_get import AccessDomainsGetResultItem
    from ..models.access.access_get import AccessGetResultItem
    from ..models.access.access_groups_get import AccessGroupsGetResultItem
    from ..models.access.access_groups_groupid_get import AccessGroupsGroupidGetResult
    from ..models.access.access_openid_get import AccessOpenidGetResultItem
    from ..models.access.access_openid_login_post import AccessOpenidLoginPostResult
    from ..models.access.access_roles_get import AccessRolesGetResultItem
    from ..models.access.access_roles_roleid_get import AccessRolesRoleidGetResult
    from ..models.access.access_tfa_get import AccessTfaGetResultItem
    from ..models.access.access_tfa_userid_get import AccessTfaUseridGetResultItem
    from ..models.access.access_tfa_userid_id_get import AccessTfaUseridIdGetResult
    from ..models.access.access_tfa_userid_post import AccessTfaUseridPostResult
    from ..models.access.access_ticket_post import AccessTicketPostResult
    from ..models.access.access_users_get import AccessUsersGetResultItem
    from ..models.access.access_users_tfa_get import AccessUsersTfaGetResult
    from ..models.access.access_users_userid_get import AccessUsersUseridGetResult
    from ..models.access.access_users_userid_token_get import (
        AccessUsersUseridTokenGetResultItem,
    )
    from ..models.access.access_users_userid_token_tokenid_get import (
        AccessUsersUseridTokenTokenidGetResult,
    )
    from ..models.access.access_users_userid_token_tokenid_post import (
        AccessUsersUseridTokenTokenidPostResult,
    )
    from ..models.access.access_users_userid_token_tokenid_put import (
        AccessUsersUseridTokenTokenidPutResult,
    )
    from ..propstr.sync_defaults_options import SyncDefaultsOptions
    from ..propstr.tfa import Tfa

_R0: Returns[list[AccessGetResultItem]] = Returns(
    "list[AccessGetResultItem]", "GET /access", "models.access.access_get"
)
_R1: Returns[list[AccessAclGetResultItem]] = Returns(
    "list[AccessAclGetResultItem]", "GET /access/acl", "models.access.access_acl_get"
)
_R2: Returns[None] = Returns("None", "PUT /access/acl")
_R3: Returns[list[AccessDomainsGetResultItem]] = Returns(
    "list[AccessDomainsGetResultItem]", "GET /access/domains", "models.access.access_domains_get"
)
_R4: Returns[None] = Returns("None", "POST /access/domains")
_R5: Returns[Any] = Returns("Any", "GET /access/domains/{realm}")
_R6: Returns[None] = Returns("None", "PUT /access/domains/{realm}")
_R7: Returns[None] = Returns("None", "DELETE /access/domains/{realm}")
_R8: Returns[str] = Returns("str", "POST /access/domains/{realm}/sync")
_R9: Returns[list[AccessGroupsGetResultItem]] = Returns(
    "list[AccessGroupsGetResultItem]", "GET /access/groups", "models.access.access_groups_get"
)
_R10: Returns[None] = Returns("None", "POST /access/groups")
_R11: Returns[AccessGroupsGroupidGetResult] = Returns(
    "AccessGroupsGroupidGetResult",
    "GET /access/groups/{groupid}",
    "models.access.access_groups_groupid_get",
)
_R12: Returns[None] = Returns("None", "PUT /access/groups/{groupid}")
_R13: Returns[None] = Returns("None", "DELETE /access/groups/{groupid}")
_R14: Returns[list[AccessOpenidGetResultItem]] = Returns(
    "list[AccessOpenidGetResultItem]", "GET /access/openid", "models.access.access_openid_get"
)
_R15: Returns[str] = Returns("str", "POST /access/openid/auth-url")
_R16: Returns[AccessOpenidLoginPostResult] = Returns(
    "AccessOpenidLoginPostResult",
    "POST /access/openid/login",
    "models.access.access_openid_login_post",
)
_R17: Returns[None] = Returns("None", "PUT /access/password")
_R18: Returns[dict[str, Any]] = Returns("dict[str, Any]", "GET /access/permissions")
_R19: Returns[list[AccessRolesGetResultItem]] = Returns(
    "list[AccessRolesGetResultItem]", "GET /access/roles", "models.access.access_roles_get"
)
_R20: Returns[None] = Returns("None", "POST /access/roles")
_R21: Returns[AccessRolesRoleidGetResult] = Returns(
    "AccessRolesRoleidGetResult",
    "GET /access/roles/{roleid}",
    "models.access.access_roles_roleid_get",
)
_R22: Returns[None] = Returns("None", "PUT /access/roles/{roleid}")
_R23: Returns[None] = Returns("None", "DELETE /access/roles/{roleid}")
_R24: Returns[list[AccessTfaGetResultItem]] = Returns(
    "list[AccessTfaGetResultItem]", "GET /access/tfa", "models.access.access_tfa_get"
)
_R25: Returns[list[AccessTfaUseridGetResultItem]] = Returns(
    "list[AccessTfaUseridGetResultItem]",
    "GET /access/tfa/{userid}",
    "models.access.access_tfa_userid_get",
)
_R26: Returns[AccessTfaUseridPostResult] = Returns(
    "AccessTfaUseridPostResult", "POST /access/tfa/{userid}", "models.access.access_tfa_userid_post"
)
_R27: Returns[AccessTfaUseridIdGetResult] = Returns(
    "AccessTfaUseridIdGetResult",
    "GET /access/tfa/{userid}/{id}",
    "models.access.access_tfa_userid_id_get",
)
_R28: Returns[None] = Returns("None", "PUT /access/tfa/{userid}/{id}")
_R29: Returns[None] = Returns("None", "DELETE /access/tfa/{userid}/{id}")
_R30: Returns[None] = Returns("None", "GET /access/ticket")
_R31: Returns[AccessTicketPostResult] = Returns(
    "AccessTicketPostResult", "POST /access/ticket", "models.access.access_ticket_post"
)
_R32: Returns[list[AccessUsersGetResultItem]] = Returns(
    "list[AccessUsersGetResultItem]", "GET /access/users", "models.access.access_users_get"
)
_R33: Returns[None] = Returns("None", "POST /access/users")
_R34: Returns[AccessUsersUseridGetResult] = Returns(
    "AccessUsersUseridGetResult",
    "GET /access/users/{userid}",
    "models.access.access_users_userid_get",
)
_R35: Returns[None] = Returns("None", "PUT /access/users/{userid}")
_R36: Returns[None] = Returns("None", "DELETE /access/users/{userid}")
_R37: Returns[AccessUsersTfaGetResult] = Returns(
    "AccessUsersTfaGetResult",
    "GET /access/users/{userid}/tfa",
    "models.access.access_users_tfa_get",
)
_R38: Returns[list[AccessUsersUseridTokenGetResultItem]] = Returns(
    "list[AccessUsersUseridTokenGetResultItem]",
    "GET /access/users/{userid}/token",
    "models.access.access_users_userid_token_get",
)
_R39: Returns[AccessUsersUseridTokenTokenidGetResult] = Returns(
    "AccessUsersUseridTokenTokenidGetResult",
    "GET /access/users/{userid}/token/{tokenid}",
    "models.access.access_users_userid_token_tokenid_get",
)
_R40: Returns[AccessUsersUseridTokenTokenidPostResult] = Returns(
    "AccessUsersUseridTokenTokenidPostResult",
    "POST /access/users/{userid}/token/{tokenid}",
    "models.access.access_users_userid_token_tokenid_post",
)
_R41: Returns[AccessUsersUseridTokenTokenidPutResult] = Returns(
    "AccessUsersUseridTokenTokenidPutResult",
    "PUT /access/users/{userid}/token/{tokenid}",
    "models.access.access_users_userid_token_tokenid_put",
)
_R42: Returns[None] = Returns("None", "DELETE /access/users/{userid}/token/{tokenid}")
_R43: Returns[bool] = Returns("bool", "PUT /access/users/{userid}/unlock-tfa")
_R44: Returns[None] = Returns("None", "POST /access/vncticket")


class Access(AsyncPath):
    """``/access`` (access)

    ``GET``: Directory index."""

    __slots__ = ()

    @property
    def acl(self) -> AccessAcl:
        """Get Access Control List (ACLs)."""
        return AccessAcl(self._client, self._path + "/acl")

    @property
    def domains(self) -> AccessDomains:
        """Authentication domain index."""
        return AccessDomains(self._client, self._path + "/domains")

    @property
    def groups(self) -> AccessGroups:
        """Group index."""
        return AccessGroups(self._client, self._path + "/groups")

    @property
    def openid(self) -> AccessOpenid:
        """Directory index."""
        return AccessOpenid(self._client, self._path + "/openid")

    @property
    def password(self) -> AccessPassword:
        """Change user password."""
        return AccessPassword(self._client, self._path + "/password")

    @property
    def permissions(self) -> AccessPermissions:
        """Retrieve effective permissions of given user/token."""
        return AccessPermissions(self._client, self._path + "/permissions")

    @property
    def roles(self) -> AccessRoles:
        """Role index."""
        return AccessRoles(self._client, self._path + "/roles")

    @property
    def tfa(self) -> AccessTfa:
        """List TFA configurations of users."""
        return AccessTfa(self._client, self._path + "/tfa")

    @property
    def ticket(self) -> AccessTicket:
        """Dummy. Useful for formatters which want to provide a login page."""
        return AccessTicket(self._client, self._path + "/ticket")

    @property
    def users(self) -> AccessUsers:
        """User index."""
        return AccessUsers(self._client, self._path + "/users")

    @property
    def vncticket(self) -> AccessVncticket:
        """verify VNC authentication ticket."""
        return AccessVncticket(self._client, self._path + "/vncticket")

    async def get(self) -> list[AccessGetResultItem]:
        """Directory index.

        Returns:
            ``list[AccessGetResultItem]``

        Permissions:
            User: all

        Proxmox: ``GET /access`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R0)


class AccessAcl(AsyncPath):
    """``/access/acl`` (acl)

    ``GET``: Get Access Control List (ACLs).
    ``PUT``: Update Access Control List (add or remove permissions)."""

    __slots__ = ()

    async def get(self) -> list[AccessAclGetResultItem]:
        """Get Access Control List (ACLs).

        Returns:
            ``list[AccessAclGetResultItem]``

        Permissions:
            The returned list is restricted to objects where you have rights to modify permissions.
            User: all

        Proxmox: ``GET /access/acl`` (``read_acl``)."""
        return await self._client._call("GET", self._path, {}, _R1)

    async def put(
        self,
        *,
        path: str,
        roles: str | Sequence[str],
        delete: bool | None = None,
        groups: str | Sequence[str] | None = None,
        propagate: bool | None = None,
        tokens: str | Sequence[str] | None = None,
        users: str | Sequence[str] | None = None,
    ) -> None:
        """Update Access Control List (add or remove permissions).

        Args:
            path: Access control path
            roles: List of roles.
                Format: ``pve-roleid-list``.
                Syntax: ``<string>``.
            delete: Remove permissions (instead of adding it).
            groups: List of groups.
                Format: ``pve-groupid-list``.
                Syntax: ``<string>``.
            propagate: Allow to propagate (inherit) permissions.
                Default: ``1``.
            tokens: List of API tokens.
                Format: ``pve-tokenid-list``.
                Syntax: ``<string>``.
            users: List of users.
                Format: ``pve-userid-list``.
                Syntax: ``<string>``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm-modify, {path}]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /access/acl`` (``update_acl``)."""
        params = {
            "path": path,
            "roles": _join(roles),
            "delete": delete,
            "groups": _join(groups),
            "propagate": propagate,
            "tokens": _join(tokens),
            "users": _join(users),
        }
        return await self._client._call("PUT", self._path, params, _R2)


class AccessDomains(AsyncPath):
    """``/access/domains`` (domains)

    ``GET``: Authentication domain index.
    ``POST``: Add an authentication server."""

    __slots__ = ()

    def realm(self, realm: str) -> AccessDomainsRealm:
        """Authentication domain ID"""
        return AccessDomainsRealm(self._client, self._path + "/" + _segment(realm))

    async def get(self) -> list[AccessDomainsGetResultItem]:
        """Authentication domain index.

        Returns:
            ``list[AccessDomainsGetResultItem]``

        Permissions:
            Anyone can access that, because we need that list for the login box (before the user is authenticated).
            User: world

        Proxmox: ``GET /access/domains`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R3)

    async def post(
        self,
        *,
        realm: str,
        type: Literal["ad", "ldap", "openid", "pam", "pve"],
        acr_values: str | None = None,
        audiences: str | None = None,
        autocreate: bool | None = None,
        base_dn: str | None = None,
        bind_dn: str | None = None,
        capath: str | None = None,
        case_sensitive: bool | None = None,
        cert: str | None = None,
        certkey: str | None = None,
        check_connection: bool | None = None,
        client_id: str | None = None,
        client_key: str | None = None,
        comment: str | None = None,
        default: bool | None = None,
        domain: str | None = None,
        filter: str | None = None,
        group_classes: str | Sequence[str] | None = None,
        group_dn: str | None = None,
        group_filter: str | None = None,
        group_name_attr: str | None = None,
        groups_autocreate: bool | None = None,
        groups_claim: str | None = None,
        groups_overwrite: bool | None = None,
        issuer_url: str | None = None,
        mode: Literal["ldap", "ldaps", "ldap+starttls"] | None = None,
        password: str | None = None,
        port: int | None = None,
        prompt: str | None = None,
        query_userinfo: bool | None = None,
        scopes: str | None = None,
        secure: bool | None = None,
        server1: str | None = None,
        server2: str | None = None,
        sslversion: Literal["tlsv1", "tlsv1_1", "tlsv1_2", "tlsv1_3"] | None = None,
        sync_defaults_options: SyncDefaultsOptions | str | None = None,
        sync_attributes: str | None = None,
        tfa: Tfa | str | None = None,
        user_attr: str | None = None,
        user_classes: str | Sequence[str] | None = None,
        username_claim: str | None = None,
        verify: bool | None = None,
    ) -> None:
        """Add an authentication server.

        Args:
            realm: Authentication domain ID
                Length: 0 to 32.
                Format: ``pve-realm``.
            type: Realm type.
            acr_values: Specifies the Authentication Context Class Reference values that theAuthorization Server is being requested to use for the Auth Request.
                Pattern: ``^^[^\\x00-\\x1F\\x7F <>#"]*$$``.
            audiences: A list of audiences that the OpenID Issuer may include that are accepted in addition to 'client-id'.
                Proxmox VE: New in 9.2.
                Pattern: ``^^[^\\x00-\\x1F\\x7F <>#"]*$$``.
            autocreate: Automatically create users if they do not exist.
                Default: ``0``.
            base_dn: LDAP base domain name
                Length: 0 to 256.
            bind_dn: LDAP bind domain name
                Length: 0 to 256.
            capath: Path to the CA certificate store
                Default: ``/etc/ssl/certs``.
            case_sensitive: username is case-sensitive
                Default: ``1``.
            cert: Path to the client certificate
            certkey: Path to the client certificate key
            check_connection: Check bind connection to the server.
                Proxmox VE: New in 8.1.
                Default: ``0``.
            client_id: OpenID Client ID
                Length: 0 to 256.
            client_key: OpenID Client Key
                Length: 0 to 256.
            comment: Description.
                Length: 0 to 4096.
            default: Use this as default realm
            domain: AD domain name
                Length: 0 to 256.
                Pattern: ``^\\S+$``.
            filter: LDAP filter for user sync.
                Length: 0 to 2048.
            group_classes: The objectclasses for groups.
                Format: ``ldap-simple-attr-list``.
                Default: ``groupOfNames, group, univentionGroup, ipausergroup``.
                Syntax: ``<string>``.
            group_dn: LDAP base domain name for group sync. If not set, the base_dn will be used.
                Length: 0 to 256.
            group_filter: LDAP filter for group sync.
                Length: 0 to 2048.
            group_name_attr: LDAP attribute representing a groups name. If not set or found, the first value of the DN will be used as name.
                Length: 0 to 256.
                Format: ``ldap-simple-attr``.
            groups_autocreate: Automatically create groups if they do not exist.
                Proxmox VE: New in 8.3.
                Default: ``0``.
            groups_claim: OpenID claim used to retrieve groups with.
                Proxmox VE: New in 8.3.
                Length: 0 to 256.
                Pattern: ``^(?:[A-Za-z0-9\\.\\-_]+)$``.
            groups_overwrite: All groups will be overwritten for the user on login.
                Proxmox VE: New in 8.3.
                Default: ``0``.
            issuer_url: OpenID Issuer Url
                Length: 0 to 256.
            mode: LDAP protocol mode.
                Default: ``ldap``.
            password: LDAP bind password. Will be stored in '/etc/pve/priv/realm/<REALM>.pw'.
            port: Server port.
                Range: 1 to 65535.
            prompt: Specifies whether the Authorization Server prompts the End-User for reauthentication and consent.
                Pattern: ``^(?:none|login|consent|select_account|\\S+)$``.
            query_userinfo: Enables querying the userinfo endpoint for claims values.
                Proxmox VE: New in 8.3.
                Default: ``1``.
            scopes: Specifies the scopes (user details) that should be authorized and returned, for example 'email' or 'profile'.
                Default: ``email profile``.
            secure: Use secure LDAPS protocol. DEPRECATED: use 'mode' instead.
            server1: Server IP address (or DNS name)
                Length: 0 to 256.
                Format: ``address``.
            server2: Fallback Server IP address (or DNS name)
                Length: 0 to 256.
                Format: ``address``.
            sslversion: LDAPS TLS/SSL version. It's not recommended to use version older than 1.2!
            sync_defaults_options: The default options for behavior of synchronizations.
                Format: ``realm-sync-options``.
            sync_attributes: Comma separated list of key=value pairs for specifying which LDAP attributes map to which PVE user field. For example, to map the LDAP attribute 'mail' to PVEs 'email', write  'email=mail'. By default, each PVE user field is represented  by an LDAP attribute of the same name.
                Pattern: ``^\\w+=[^,]+(,\\s*\\w+=[^,]+)*$``.
            tfa: Use Two-factor authentication.
                Length: 0 to 128.
                Format: ``pve-tfa-config``.
            user_attr: LDAP user attribute name
                Length: 0 to 256.
                Pattern: ``^\\S{2,}$``.
            user_classes: The objectclasses for users.
                Format: ``ldap-simple-attr-list``.
                Default: ``inetorgperson, posixaccount, person, user``.
                Syntax: ``<string>``.
            username_claim: OpenID claim used to generate the unique username.
            verify: Verify the server's SSL certificate
                Default: ``0``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /access/realm, [Realm.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /access/domains`` (``create``)."""
        client_key = _secret(client_key)
        password = _secret(password)
        params = {
            "realm": realm,
            "type": type,
            "acr-values": acr_values,
            "audiences": audiences,
            "autocreate": autocreate,
            "base_dn": base_dn,
            "bind_dn": bind_dn,
            "capath": capath,
            "case-sensitive": case_sensitive,
            "cert": cert,
            "certkey": certkey,
            "check-connection": check_connection,
            "client-id": client_id,
            "client-key": client_key,
            "comment": comment,
            "default": default,
            "domain": domain,
            "filter": filter,
            "group_classes": _join(group_classes),
            "group_dn": group_dn,
            "group_filter": group_filter,
            "group_name_attr": _checked("ldap-simple-attr", "group_name_attr", group_name_attr),
            "groups-autocreate": groups_autocreate,
            "groups-claim": groups_claim,
            "groups-overwrite": groups_overwrite,
            "issuer-url": issuer_url,
            "mode": mode,
            "password": password,
            "port": port,
            "prompt": prompt,
            "query-userinfo": query_userinfo,
            "scopes": scopes,
            "secure": secure,
            "server1": server1,
            "server2": server2,
            "sslversion": sslversion,
            "sync-defaults-options": sync_defaults_options,
            "sync_attributes": sync_attributes,
            "tfa": tfa,
            "user_attr": user_attr,
            "user_classes": _join(user_classes),
            "username-claim": username_claim,
            "verify": verify,
        }
        return await self._client._call("POST", self._path, params, _R4)


class AccessDomainsRealm(AsyncPath):
    """``/access/domains/{realm}`` ({realm})

    ``GET``: Get auth server configuration.
    ``PUT``: Update authentication server settings.
    ``DELETE``: Delete an authentication server."""

    __slots__ = ()

    @property
    def sync(self) -> AccessDomainsRealmSync:
        """Syncs users and/or groups from the configured LDAP to user.cfg. NOTE: Synced groups will have the name 'name-$realm', so make sure those groups do not exist to prevent overwriting."""
        return AccessDomainsRealmSync(self._client, self._path + "/sync")

    async def get(self) -> Any:
        """Get auth server configuration.

        Returns:
            ``Any``

        Permissions:
            Check: ``[perm, /access/realm, [Realm.Allocate, Sys.Audit], any, 1]``

        Proxmox: ``GET /access/domains/{realm}`` (``read``)."""
        return await self._client._call("GET", self._path, {}, _R5)

    async def put(
        self,
        *,
        acr_values: str | None = None,
        audiences: str | None = None,
        autocreate: bool | None = None,
        base_dn: str | None = None,
        bind_dn: str | None = None,
        capath: str | None = None,
        case_sensitive: bool | None = None,
        cert: str | None = None,
        certkey: str | None = None,
        check_connection: bool | None = None,
        client_id: str | None = None,
        client_key: str | None = None,
        comment: str | None = None,
        default: bool | None = None,
        delete: str | Sequence[str] | None = None,
        digest: str | None = None,
        domain: str | None = None,
        filter: str | None = None,
        group_classes: str | Sequence[str] | None = None,
        group_dn: str | None = None,
        group_filter: str | None = None,
        group_name_attr: str | None = None,
        groups_autocreate: bool | None = None,
        groups_claim: str | None = None,
        groups_overwrite: bool | None = None,
        issuer_url: str | None = None,
        mode: Literal["ldap", "ldaps", "ldap+starttls"] | None = None,
        password: str | None = None,
        port: int | None = None,
        prompt: str | None = None,
        query_userinfo: bool | None = None,
        scopes: str | None = None,
        secure: bool | None = None,
        server1: str | None = None,
        server2: str | None = None,
        sslversion: Literal["tlsv1", "tlsv1_1", "tlsv1_2", "tlsv1_3"] | None = None,
        sync_defaults_options: SyncDefaultsOptions | str | None = None,
        sync_attributes: str | None = None,
        tfa: Tfa | str | None = None,
        user_attr: str | None = None,
        user_classes: str | Sequence[str] | None = None,
        verify: bool | None = None,
    ) -> None:
        """Update authentication server settings.

        Args:
            acr_values: Specifies the Authentication Context Class Reference values that theAuthorization Server is being requested to use for the Auth Request.
                Pattern: ``^^[^\\x00-\\x1F\\x7F <>#"]*$$``.
            audiences: A list of audiences that the OpenID Issuer may include that are accepted in addition to 'client-id'.
                Proxmox VE: New in 9.2.
                Pattern: ``^^[^\\x00-\\x1F\\x7F <>#"]*$$``.
            autocreate: Automatically create users if they do not exist.
                Default: ``0``.
            base_dn: LDAP base domain name
                Length: 0 to 256.
            bind_dn: LDAP bind domain name
                Length: 0 to 256.
            capath: Path to the CA certificate store
                Default: ``/etc/ssl/certs``.
            case_sensitive: username is case-sensitive
                Default: ``1``.
            cert: Path to the client certificate
            certkey: Path to the client certificate key
            check_connection: Check bind connection to the server.
                Proxmox VE: New in 8.1.
                Default: ``0``.
            client_id: OpenID Client ID
                Length: 0 to 256.
            client_key: OpenID Client Key
                Length: 0 to 256.
            comment: Description.
                Length: 0 to 4096.
            default: Use this as default realm
            delete: A list of settings you want to delete.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            domain: AD domain name
                Length: 0 to 256.
                Pattern: ``^\\S+$``.
            filter: LDAP filter for user sync.
                Length: 0 to 2048.
            group_classes: The objectclasses for groups.
                Format: ``ldap-simple-attr-list``.
                Default: ``groupOfNames, group, univentionGroup, ipausergroup``.
                Syntax: ``<string>``.
            group_dn: LDAP base domain name for group sync. If not set, the base_dn will be used.
                Length: 0 to 256.
            group_filter: LDAP filter for group sync.
                Length: 0 to 2048.
            group_name_attr: LDAP attribute representing a groups name. If not set or found, the first value of the DN will be used as name.
                Length: 0 to 256.
                Format: ``ldap-simple-attr``.
            groups_autocreate: Automatically create groups if they do not exist.
                Proxmox VE: New in 8.3.
                Default: ``0``.
            groups_claim: OpenID claim used to retrieve groups with.
                Proxmox VE: New in 8.3.
                Length: 0 to 256.
                Pattern: ``^(?:[A-Za-z0-9\\.\\-_]+)$``.
            groups_overwrite: All groups will be overwritten for the user on login.
                Proxmox VE: New in 8.3.
                Default: ``0``.
            issuer_url: OpenID Issuer Url
                Length: 0 to 256.
            mode: LDAP protocol mode.
                Default: ``ldap``.
            password: LDAP bind password. Will be stored in '/etc/pve/priv/realm/<REALM>.pw'.
            port: Server port.
                Range: 1 to 65535.
            prompt: Specifies whether the Authorization Server prompts the End-User for reauthentication and consent.
                Pattern: ``^(?:none|login|consent|select_account|\\S+)$``.
            query_userinfo: Enables querying the userinfo endpoint for claims values.
                Proxmox VE: New in 8.3.
                Default: ``1``.
            scopes: Specifies the scopes (user details) that should be authorized and returned, for example 'email' or 'profile'.
                Default: ``email profile``.
            secure: Use secure LDAPS protocol. DEPRECATED: use 'mode' instead.
            server1: Server IP address (or DNS name)
                Length: 0 to 256.
                Format: ``address``.
            server2: Fallback Server IP address (or DNS name)
                Length: 0 to 256.
                Format: ``address``.
            sslversion: LDAPS TLS/SSL version. It's not recommended to use version older than 1.2!
            sync_defaults_options: The default options for behavior of synchronizations.
                Format: ``realm-sync-options``.
            sync_attributes: Comma separated list of key=value pairs for specifying which LDAP attributes map to which PVE user field. For example, to map the LDAP attribute 'mail' to PVEs 'email', write  'email=mail'. By default, each PVE user field is represented  by an LDAP attribute of the same name.
                Pattern: ``^\\w+=[^,]+(,\\s*\\w+=[^,]+)*$``.
            tfa: Use Two-factor authentication.
                Length: 0 to 128.
                Format: ``pve-tfa-config``.
            user_attr: LDAP user attribute name
                Length: 0 to 256.
                Pattern: ``^\\S{2,}$``.
            user_classes: The objectclasses for users.
                Format: ``ldap-simple-attr-list``.
                Default: ``inetorgperson, posixaccount, person, user``.
                Syntax: ``<string>``.
            verify: Verify the server's SSL certificate
                Default: ``0``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /access/realm, [Realm.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /access/domains/{realm}`` (``update``)."""
        client_key = _secret(client_key)
        password = _secret(password)
        params = {
            "acr-values": acr_values,
            "audiences": audiences,
            "autocreate": autocreate,
            "base_dn": base_dn,
            "bind_dn": bind_dn,
            "capath": capath,
            "case-sensitive": case_sensitive,
            "cert": cert,
            "certkey": certkey,
            "check-connection": check_connection,
            "client-id": client_id,
            "client-key": client_key,
            "comment": comment,
            "default": default,
            "delete": _join(delete),
            "digest": digest,
            "domain": domain,
            "filter": filter,
            "group_classes": _join(group_classes),
            "group_dn": group_dn,
            "group_filter": group_filter,
            "group_name_attr": _checked("ldap-simple-attr", "group_name_attr", group_name_attr),
            "groups-autocreate": groups_autocreate,
            "groups-claim": groups_claim,
            "groups-overwrite": groups_overwrite,
            "issuer-url": issuer_url,
            "mode": mode,
            "password": password,
            "port": port,
            "prompt": prompt,
            "query-userinfo": query_userinfo,
            "scopes": scopes,
            "secure": secure,
            "server1": server1,
            "server2": server2,
            "sslversion": sslversion,
            "sync-defaults-options": sync_defaults_options,
            "sync_attributes": sync_attributes,
            "tfa": tfa,
            "user_attr": user_attr,
            "user_classes": _join(user_classes),
            "verify": verify,
        }
        return await self._client._call("PUT", self._path, params, _R6)

    async def delete(self) -> None:
        """Delete an authentication server.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /access/realm, [Realm.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /access/domains/{realm}`` (``delete``)."""
        return await self._client._call("DELETE", self._path, {}, _R7)


class AccessDomainsRealmSync(AsyncPath):
    """``/access/domains/{realm}/sync`` (sync)

    ``POST``: Syncs users and/or groups from the configured LDAP to user.cfg. NOTE: Synced groups will have the name 'name-$realm', so make sure those groups do not exist to prevent overwriting."""

    __slots__ = ()

    async def post(
        self,
        *,
        dry_run: bool | None = None,
        enable_new: bool | None = None,
        full: bool | None = None,
        purge: bool | None = None,
        remove_vanished: str | None = None,
        scope: Literal["users", "groups", "both"] | None = None,
    ) -> AsyncTask:
        """Syncs users and/or groups from the configured LDAP to user.cfg. NOTE: Synced groups will have the name 'name-$realm', so make sure those groups do not exist to prevent overwriting.

        Args:
            dry_run: If set, does not write anything.
                Default: ``0``.
            enable_new: Enable newly synced users immediately.
                Default: 1.
            full: DEPRECATED: use 'remove-vanished' instead. If set, uses the LDAP Directory as source of truth, deleting users or groups not returned from the sync and removing all locally modified properties of synced users. If not set, only syncs information which is present in the synced data, and does not delete or modify anything else.
            purge: DEPRECATED: use 'remove-vanished' instead. Remove ACLs for users or groups which were removed from the config during a sync.
            remove_vanished: A semicolon-separated list of things to remove when they or the user vanishes during a sync. The following values are possible: 'entry' removes the user/group when not returned from the sync. 'properties' removes the set properties on existing user/group that do not appear in the source (even custom ones). 'acl' removes acls when the user/group is not returned from the sync. Instead of a list it also can be 'none' (the default).
                Pattern: ``^(?:(?:(?:acl|properties|entry);)*(?:acl|properties|entry))|none$``.
                Default: ``none``.
            scope: Select what to sync.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client): Worker Task-UPID

        Permissions:
            'Realm.AllocateUser' on '/access/realm/<realm>' and  'User.Modify' permissions to '/access/groups/'.
            Check: ``[and, [perm, /access/realm/{realm}, [Realm.AllocateUser]], [perm, /access/groups, [User.Modify]]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /access/domains/{realm}/sync`` (``sync``)."""
        params = {
            "dry-run": dry_run,
            "enable-new": enable_new,
            "full": full,
            "purge": purge,
            "remove-vanished": remove_vanished,
            "scope": scope,
        }
        return _task(await self._client._call("POST", self._path, params, _R8), self._client)


class AccessGroups(AsyncPath):
    """``/access/groups`` (groups)

    ``GET``: Group index.
    ``POST``: Create new group."""

    __slots__ = ()

    def groupid(self, groupid: str) -> AccessGroupsGroupid:
        """{groupid}"""
        return AccessGroupsGroupid(self._client, self._path + "/" + _segment(groupid))

    async def get(self) -> list[AccessGroupsGetResultItem]:
        """Group index.

        Returns:
            ``list[AccessGroupsGetResultItem]``

        Permissions:
            The returned list is restricted to groups where you have 'User.Modify', 'Sys.Audit'  or 'Group.Allocate' permissions on /access/groups/<group>.
            User: all

        Proxmox: ``GET /access/groups`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R9)

    async def post(
        self,
        *,
        groupid: str,
        comment: str | None = None,
    ) -> None:
        """Create new group.

        Args:
            groupid: (no description in the schema)
                Format: ``pve-groupid``.
            comment: (no description in the schema)

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /access/groups, [Group.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /access/groups`` (``create_group``)."""
        params = {
            "groupid": groupid,
            "comment": comment,
        }
        return await self._client._call("POST", self._path, params, _R10)


class AccessGroupsGroupid(AsyncPath):
    """``/access/groups/{groupid}`` ({groupid})

    ``GET``: Get group configuration.
    ``PUT``: Update group data.
    ``DELETE``: Delete group."""

    __slots__ = ()

    async def get(self) -> AccessGroupsGroupidGetResult:
        """Get group configuration.

        Returns:
            ``AccessGroupsGroupidGetResult``

        Permissions:
            Check: ``[perm, /access/groups, [Sys.Audit, Group.Allocate], any, 1]``

        Proxmox: ``GET /access/groups/{groupid}`` (``read_group``)."""
        return await self._client._call("GET", self._path, {}, _R11)

    async def put(
        self,
        *,
        comment: str | None = None,
    ) -> None:
        """Update group data.

        Args:
            comment: (no description in the schema)

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /access/groups, [Group.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /access/groups/{groupid}`` (``update_group``)."""
        params = {
            "comment": comment,
        }
        return await self._client._call("PUT", self._path, params, _R12)

    async def delete(self) -> None:
        """Delete group.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /access/groups, [Group.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /access/groups/{groupid}`` (``delete_group``)."""
        return await self._client._call("DELETE", self._path, {}, _R13)


class AccessOpenid(AsyncPath):
    """``/access/openid`` (openid)

    ``GET``: Directory index."""

    __slots__ = ()

    @property
    def auth_url(self) -> AccessOpenidAuthUrl:
        """Get the OpenId Authorization Url for the specified realm."""
        return AccessOpenidAuthUrl(self._client, self._path + "/auth-url")

    @property
    def login(self) -> AccessOpenidLogin:
        """Verify OpenID authorization code and create a ticket."""
        return AccessOpenidLogin(self._client, self._path + "/login")

    async def get(self) -> list[AccessOpenidGetResultItem]:
        """Directory index.

        Returns:
            ``list[AccessOpenidGetResultItem]``

        Permissions:
            User: all

        Proxmox: ``GET /access/openid`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R14)


class AccessOpenidAuthUrl(AsyncPath):
    """``/access/openid/auth-url`` (auth-url)

    ``POST``: Get the OpenId Authorization Url for the specified realm."""

    __slots__ = ()

    async def post(
        self,
        *,
        realm: str,
        redirect_url: str,
    ) -> str:
        """Get the OpenId Authorization Url for the specified realm.

        Args:
            realm: Authentication domain ID
                Length: 0 to 32.
                Format: ``pve-realm``.
            redirect_url: Redirection Url. The client should set this to the used server url (location.origin).
                Length: 0 to 255.

        Returns:
            ``str``: Redirection URL.

        Permissions:
            User: world

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /access/openid/auth-url`` (``auth_url``)."""
        params = {
            "realm": realm,
            "redirect-url": redirect_url,
        }
        return await self._client._call("POST", self._path, params, _R15)


class AccessOpenidLogin(AsyncPath):
    """``/access/openid/login`` (login)

    ``POST``: Verify OpenID authorization code and create a ticket."""

    __slots__ = ()

    async def post(
        self,
        *,
        code: str,
        redirect_url: str,
        state: str,
    ) -> AccessOpenidLoginPostResult:
        """Verify OpenID authorization code and create a ticket.

        Args:
            code: OpenId authorization code.
                Length: 0 to 4096.
            redirect_url: Redirection Url. The client should set this to the used server url (location.origin).
                Length: 0 to 255.
            state: OpenId state.
                Length: 0 to 1024.

        Returns:
            ``AccessOpenidLoginPostResult``

        Permissions:
            User: world

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /access/openid/login`` (``login``)."""
        params = {
            "code": code,
            "redirect-url": redirect_url,
            "state": state,
        }
        return await self._client._call("POST", self._path, params, _R16)


class AccessPassword(AsyncPath):
    """``/access/password`` (password)

    ``PUT``: Change user password."""

    __slots__ = ()

    async def put(
        self,
        *,
        password: str,
        userid: str,
        confirmation_password: str | None = None,
    ) -> None:
        """Change user password.

        Args:
            password: The new password.
                Length: 8 to 64.
            userid: Full User ID, in the `name@realm` format.
                Length: 0 to 64.
                Format: ``pve-userid``.
            confirmation_password: The current password of the user performing the change.
                Proxmox VE: New in 8.1.
                Length: 5 to 64.

        Returns:
            ``None``

        Permissions:
            Each user is allowed to change their own password. A user can change the password of another user if they have 'Realm.AllocateUser' (on the realm of user <userid>) and 'User.Modify' permission on /access/groups/<group> on a group where user <userid> is member of. For the PAM realm, a password change does not take  effect cluster-wide, but only applies to the local node.
            Check: ``[or, [userid-param, self], [and, [userid-param, Realm.AllocateUser], [userid-group, [User.Modify]]]]``

        Protected: runs in the privileged daemon.
        Not available to API tokens.

        Proxmox: ``PUT /access/password`` (``change_password``)."""
        password = _secret(password)
        confirmation_password = _secret(confirmation_password)
        params = {
            "password": password,
            "userid": userid,
            "confirmation-password": confirmation_password,
        }
        return await self._client._call("PUT", self._path, params, _R17)


class AccessPermissions(AsyncPath):
    """``/access/permissions`` (permissions)

    ``GET``: Retrieve effective permissions of given user/token."""

    __slots__ = ()

    async def get(
        self,
        *,
        path: str | None = None,
        userid: str | None = None,
    ) -> dict[str, Any]:
        """Retrieve effective permissions of given user/token.

        Args:
            path: Only dump this specific path, not the whole tree.
            userid: User ID or full API token ID
                Pattern: ``^(?:^(?:[^\\s:/]+)\\@(?:[A-Za-z][A-Za-z0-9\\.\\-_]+)(?:!(?:[A-Za-z][A-Za-z0-9\\.\\-_]+))?$)$``.

        Returns:
            ``dict[str, Any]``: Map of "path" => (Map of "privilege" => "propagate boolean").

        Permissions:
            Each user/token is allowed to dump their own permissions (or that of owned tokens). A user can dump the permissions of another user or their tokens if they have 'Sys.Audit' permission on /access.
            User: all

        Proxmox: ``GET /access/permissions`` (``permissions``)."""
        params = {
            "path": path,
            "userid": userid,
        }
        return await self._client._call("GET", self._path, params, _R18)


class AccessRoles(AsyncPath):
    """``/access/roles`` (roles)

    ``GET``: Role index.
    ``POST``: Create new role."""

    __slots__ = ()

    def roleid(self, roleid: str) -> AccessRolesRoleid:
        """{roleid}"""
        return AccessRolesRoleid(self._client, self._path + "/" + _segment(roleid))

    async def get(self) -> list[AccessRolesGetResultItem]:
        """Role index.

        Returns:
            ``list[AccessRolesGetResultItem]``

        Permissions:
            User: all

        Proxmox: ``GET /access/roles`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R19)

    async def post(
        self,
        *,
        roleid: str,
        privs: str | Sequence[str] | None = None,
    ) -> None:
        """Create new role.

        Args:
            roleid: (no description in the schema)
                Format: ``pve-roleid``.
            privs: (no description in the schema)
                Format: ``pve-priv-list``.
                Syntax: ``<string>``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /access, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /access/roles`` (``create_role``)."""
        params = {
            "roleid": roleid,
            "privs": _join(privs),
        }
        return await self._client._call("POST", self._path, params, _R20)


class AccessRolesRoleid(AsyncPath):
    """``/access/roles/{roleid}`` ({roleid})

    ``GET``: Get role configuration.
    ``PUT``: Update an existing role.
    ``DELETE``: Delete role."""

    __slots__ = ()

    async def get(self) -> AccessRolesRoleidGetResult:
        """Get role configuration.

        Returns:
            ``AccessRolesRoleidGetResult``

        Permissions:
            User: all

        Proxmox: ``GET /access/roles/{roleid}`` (``read_role``)."""
        return await self._client._call("GET", self._path, {}, _R21)

    async def put(
        self,
        *,
        append: bool | None = None,
        privs: str | Sequence[str] | None = None,
    ) -> None:
        """Update an existing role.

        Args:
            append: (no description in the schema)
            privs: (no description in the schema)
                Format: ``pve-priv-list``.
                Syntax: ``<string>``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /access, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /access/roles/{roleid}`` (``update_role``)."""
        params = {
            "append": append,
            "privs": _join(privs),
        }
        return await self._client._call("PUT", self._path, params, _R22)

    async def delete(self) -> None:
        """Delete role.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /access, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /access/roles/{roleid}`` (``delete_role``)."""
        return await self._client._call("DELETE", self._path, {}, _R23)


class AccessTfa(AsyncPath):
    """``/access/tfa`` (tfa)

    ``GET``: List TFA configurations of users."""

    __slots__ = ()

    def userid(self, userid: str) -> AccessTfaUserid:
        """Full User ID, in the `name@realm` format."""
        return AccessTfaUserid(self._client, self._path + "/" + _segment(userid))

    async def get(self) -> list[AccessTfaGetResultItem]:
        """List TFA configurations of users.

        Returns:
            ``list[AccessTfaGetResultItem]``: The list tuples of user and TFA entries.

        Permissions:
            Returns all or just the logged-in user, depending on privileges.
            User: all

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /access/tfa`` (``list_tfa``)."""
        return await self._client._call("GET", self._path, {}, _R24)


class AccessTfaUserid(AsyncPath):
    """``/access/tfa/{userid}`` ({userid})

    ``GET``: List TFA configurations of users.
    ``POST``: Add a TFA entry for a user."""

    __slots__ = ()

    def id(self, id: str) -> AccessTfaUseridId:
        """A TFA entry id."""
        return AccessTfaUseridId(self._client, self._path + "/" + _segment(id))

    async def get(self) -> list[AccessTfaUseridGetResultItem]:
        """List TFA configurations of users.

        Returns:
            ``list[AccessTfaUseridGetResultItem]``: A list of the user's TFA entries.

        Permissions:
            Check: ``[or, [userid-param, self], [userid-group, [User.Modify, Sys.Audit]]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /access/tfa/{userid}`` (``list_user_tfa``)."""
        return await self._client._call("GET", self._path, {}, _R25)

    async def post(
        self,
        *,
        type: Literal["totp", "u2f", "webauthn", "recovery", "yubico"],
        challenge: str | None = None,
        description: str | None = None,
        password: str | None = None,
        totp: str | None = None,
        value: str | None = None,
    ) -> AccessTfaUseridPostResult:
        """Add a TFA entry for a user.

        Args:
            type: TFA Entry Type.
            challenge: When responding to a u2f challenge: the original challenge string
            description: A description to distinguish multiple entries from one another
                Length: 0 to 255.
            password: The current password of the user performing the change.
                Length: 5 to 64.
            totp: A totp URI.
            value: The current value for the provided totp URI, or a Webauthn/U2F challenge response

        Returns:
            ``AccessTfaUseridPostResult``

        Permissions:
            Check: ``[or, [userid-param, self], [userid-group, [User.Modify]]]``

        Protected: runs in the privileged daemon.
        Not available to API tokens.

        Proxmox: ``POST /access/tfa/{userid}`` (``add_tfa_entry``)."""
        password = _secret(password)
        totp = _secret(totp)
        value = _secret(value)
        params = {
            "type": type,
            "challenge": challenge,
            "description": description,
            "password": password,
            "totp": totp,
            "value": value,
        }
        return await self._client._call("POST", self._path, params, _R26)


class AccessTfaUseridId(AsyncPath):
    """``/access/tfa/{userid}/{id}`` ({id})

    ``GET``: Fetch a requested TFA entry if present.
    ``PUT``: Add a TFA entry for a user.
    ``DELETE``: Delete a TFA entry by ID."""

    __slots__ = ()

    async def get(self) -> AccessTfaUseridIdGetResult:
        """Fetch a requested TFA entry if present.

        Returns:
            ``AccessTfaUseridIdGetResult``: TFA Entry.

        Permissions:
            Check: ``[or, [userid-param, self], [userid-group, [User.Modify, Sys.Audit]]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /access/tfa/{userid}/{id}`` (``get_tfa_entry``)."""
        return await self._client._call("GET", self._path, {}, _R27)

    async def put(
        self,
        *,
        description: str | None = None,
        enable: bool | None = None,
        password: str | None = None,
    ) -> None:
        """Add a TFA entry for a user.

        Args:
            description: A description to distinguish multiple entries from one another
                Length: 0 to 255.
            enable: Whether the entry should be enabled for login.
            password: The current password of the user performing the change.
                Length: 5 to 64.

        Returns:
            ``None``

        Permissions:
            Check: ``[or, [userid-param, self], [userid-group, [User.Modify]]]``

        Protected: runs in the privileged daemon.
        Not available to API tokens.

        Proxmox: ``PUT /access/tfa/{userid}/{id}`` (``update_tfa_entry``)."""
        password = _secret(password)
        params = {
            "description": description,
            "enable": enable,
            "password": password,
        }
        return await self._client._call("PUT", self._path, params, _R28)

    async def delete(
        self,
        *,
        password: str | None = None,
    ) -> None:
        """Delete a TFA entry by ID.

        Args:
            password: The current password of the user performing the change.
                Length: 5 to 64.

        Returns:
            ``None``

        Permissions:
            Check: ``[or, [userid-param, self], [userid-group, [User.Modify]]]``

        Protected: runs in the privileged daemon.
        Not available to API tokens.

        Proxmox: ``DELETE /access/tfa/{userid}/{id}`` (``delete_tfa``)."""
        password = _secret(password)
        params = {
            "password": password,
        }
        return await self._client._call("DELETE", self._path, params, _R29)


class AccessTicket(AsyncPath):
    """``/access/ticket`` (ticket)

    ``GET``: Dummy. Useful for formatters which want to provide a login page.
    ``POST``: Create or verify authentication ticket."""

    __slots__ = ()

    async def get(self) -> None:
        """Dummy. Useful for formatters which want to provide a login page.

        Returns:
            ``None``

        Permissions:
            User: world

        Proxmox: ``GET /access/ticket`` (``get_ticket``)."""
        return await self._client._call("GET", self._path, {}, _R30)

    async def post(
        self,
        *,
        password: str,
        username: str,
        new_format: bool | None = None,
        otp: str | None = None,
        path: str | None = None,
        privs: str | Sequence[str] | None = None,
        realm: str | None = None,
        tfa_challenge: str | None = None,
    ) -> AccessTicketPostResult:
        """Create or verify authentication ticket.

        Args:
            password: The secret password. This can also be a valid ticket.
            username: User name
                Length: 0 to 64.
            new_format: This parameter is now ignored and assumed to be 1.
                Default: ``1``.
            otp: One-time password for Two-factor authentication.
            path: Verify ticket, and check if user have access 'privs' on 'path'
                Length: 0 to 64.
            privs: Verify ticket, and check if user have access 'privs' on 'path'
                Length: 0 to 64.
                Format: ``pve-priv-list``.
                Syntax: ``<string>``.
            realm: You can optionally pass the realm using this parameter. Normally the realm is simply added to the username <username>@<realm>.
                Length: 0 to 32.
                Format: ``pve-realm``.
            tfa_challenge: The signed TFA challenge string the user wants to respond to.

        Returns:
            ``AccessTicketPostResult``

        Permissions:
            You need to pass valid credientials.
            User: world

        Protected: runs in the privileged daemon.
        Not available to API tokens.

        Proxmox: ``POST /access/ticket`` (``create_ticket``)."""
        password = _secret(password)
        otp = _secret(otp)
        params = {
            "password": password,
            "username": username,
            "new-format": new_format,
            "otp": otp,
            "path": path,
            "privs": _join(privs),
            "realm": realm,
            "tfa-challenge": tfa_challenge,
        }
        return await self._client._call("POST", self._path, params, _R31)


class AccessUsers(AsyncPath):
    """``/access/users`` (users)

    ``GET``: User index.
    ``POST``: Create new user."""

    __slots__ = ()

    def userid(self, userid: str) -> AccessUsersUserid:
        """Full User ID, in the `name@realm` format."""
        return AccessUsersUserid(self._client, self._path + "/" + _segment(userid))

    async def get(
        self,
        *,
        enabled: bool | None = None,
        full: bool | None = None,
    ) -> list[AccessUsersGetResultItem]:
        """User index.

        Args:
            enabled: Optional filter for enable property.
            full: Include group and token information.
                Default: ``0``.

        Returns:
            ``list[AccessUsersGetResultItem]``

        Permissions:
            The returned list is restricted to users where you have 'User.Modify' or 'Sys.Audit' permissions on '/access/groups' or on a group the user belongs too. But it always includes the current (authenticated) user.
            User: all

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /access/users`` (``index``)."""
        params = {
            "enabled": enabled,
            "full": full,
        }
        return await self._client._call("GET", self._path, params, _R32)

    async def post(
        self,
        *,
        userid: str,
        comment: str | None = None,
        email: str | None = None,
        enable: bool | None = None,
        expire: int | None = None,
        firstname: str | None = None,
        groups: str | Sequence[str] | None = None,
        keys: str | None = None,
        lastname: str | None = None,
        password: str | None = None,
    ) -> None:
        """Create new user.

        Args:
            userid: Full User ID, in the `name@realm` format.
                Length: 0 to 64.
                Format: ``pve-userid``.
            comment: (no description in the schema)
                Length: 0 to 2048.
            email: (no description in the schema)
                Length: 0 to 254.
                Format: ``email-opt``.
            enable: Enable the account (default). You can set this to '0' to disable the account
                Default: ``1``.
            expire: Account expiration date (seconds since epoch). '0' means no expiration date.
                Range: 0 to inf.
            firstname: (no description in the schema)
                Length: 0 to 1024.
            groups: (no description in the schema)
                Format: ``pve-groupid-list``.
                Syntax: ``<string>``.
            keys: Keys for two factor auth (yubico).
                Pattern: ``^[0-9a-zA-Z!=]{0,4096}$``.
            lastname: (no description in the schema)
                Length: 0 to 1024.
            password: Initial password.
                Length: 8 to 64.

        Returns:
            ``None``

        Permissions:
            You need 'Realm.AllocateUser' on '/access/realm/<realm>' on the realm of user <userid>, and 'User.Modify' permissions to '/access/groups/<group>' for any group specified (or 'User.Modify' on '/access/groups' if you pass no groups.
            Check: ``[and, [userid-param, Realm.AllocateUser], [userid-group, [User.Modify], groups_param, create]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /access/users`` (``create_user``)."""
        password = _secret(password)
        params = {
            "userid": userid,
            "comment": comment,
            "email": email,
            "enable": enable,
            "expire": expire,
            "firstname": firstname,
            "groups": _join(groups),
            "keys": keys,
            "lastname": lastname,
            "password": password,
        }
        return await self._client._call("POST", self._path, params, _R33)


class AccessUsersUserid(AsyncPath):
    """``/access/users/{userid}`` ({userid})

    ``GET``: Get user configuration.
    ``PUT``: Update user configuration.
    ``DELETE``: Delete user."""

    __slots__ = ()

    @property
    def tfa(self) -> AccessUsersUseridTfa:
        """Get user TFA types (Personal and Realm)."""
        return AccessUsersUseridTfa(self._client, self._path + "/tfa")

    @property
    def token(self) -> AccessUsersUseridToken:
        """Get user API tokens."""
        return AccessUsersUseridToken(self._client, self._path + "/token")

    @property
    def unlock_tfa(self) -> AccessUsersUseridUnlockTfa:
        """Unlock a user's TFA authentication."""
        return AccessUsersUseridUnlockTfa(self._client, self._path + "/unlock-tfa")

    async def get(self) -> AccessUsersUseridGetResult:
        """Get user configuration.

        Returns:
            ``AccessUsersUseridGetResult``

        Permissions:
            Check: ``[userid-group, [User.Modify, Sys.Audit]]``

        Proxmox: ``GET /access/users/{userid}`` (``read_user``)."""
        return await self._client._call("GET", self._path, {}, _R34)

    async def put(
        self,
        *,
        append: bool | None = None,
        comment: str | None = None,
        email: str | None = None,
        enable: bool | None = None,
        expire: int | None = None,
        firstname: str | None = None,
        groups: str | Sequence[str] | None = None,
        keys: str | None = None,
        lastname: str | None = None,
    ) -> None:
        """Update user configuration.

        Args:
            append: (no description in the schema)
            comment: (no description in the schema)
                Length: 0 to 2048.
            email: (no description in the schema)
                Length: 0 to 254.
                Format: ``email-opt``.
            enable: Enable the account (default). You can set this to '0' to disable the account
                Default: ``1``.
            expire: Account expiration date (seconds since epoch). '0' means no expiration date.
                Range: 0 to inf.
            firstname: (no description in the schema)
                Length: 0 to 1024.
            groups: (no description in the schema)
                Format: ``pve-groupid-list``.
                Syntax: ``<string>``.
            keys: Keys for two factor auth (yubico).
                Pattern: ``^[0-9a-zA-Z!=]{0,4096}$``.
            lastname: (no description in the schema)
                Length: 0 to 1024.

        Returns:
            ``None``

        Permissions:
            Check: ``[userid-group, [User.Modify], groups_param, update]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /access/users/{userid}`` (``update_user``)."""
        params = {
            "append": append,
            "comment": comment,
            "email": email,
            "enable": enable,
            "expire": expire,
            "firstname": firstname,
            "groups": _join(groups),
            "keys": keys,
            "lastname": lastname,
        }
        return await self._client._call("PUT", self._path, params, _R35)

    async def delete(self) -> None:
        """Delete user.

        Returns:
            ``None``

        Permissions:
            Check: ``[and, [userid-param, Realm.AllocateUser], [userid-group, [User.Modify]]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /access/users/{userid}`` (``delete_user``)."""
        return await self._client._call("DELETE", self._path, {}, _R36)


class AccessUsersUseridTfa(AsyncPath):
    """``/access/users/{userid}/tfa`` (tfa)

    ``GET``: Get user TFA types (Personal and Realm)."""

    __slots__ = ()

    async def get(
        self,
        *,
        multiple: bool | None = None,
    ) -> AccessUsersTfaGetResult:
        """Get user TFA types (Personal and Realm).

        Args:
            multiple: Request all entries as an array.
                Default: ``0``.

        Returns:
            ``AccessUsersTfaGetResult``

        Permissions:
            Check: ``[or, [userid-param, self], [userid-group, [User.Modify, Sys.Audit]]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /access/users/{userid}/tfa`` (``read_user_tfa_type``)."""
        params = {
            "multiple": multiple,
        }
        return await self._client._call("GET", self._path, params, _R37)


class AccessUsersUseridToken(AsyncPath):
    """``/access/users/{userid}/token`` (token)

    ``GET``: Get user API tokens."""

    __slots__ = ()

    def tokenid(self, tokenid: str) -> AccessUsersUseridTokenTokenid:
        """User-specific token identifier."""
        return AccessUsersUseridTokenTokenid(self._client, self._path + "/" + _segment(tokenid))

    async def get(self) -> list[AccessUsersUseridTokenGetResultItem]:
        """Get user API tokens.

        Returns:
            ``list[AccessUsersUseridTokenGetResultItem]``

        Permissions:
            Check: ``[or, [userid-param, self], [userid-group, [User.Modify]]]``

        Proxmox: ``GET /access/users/{userid}/token`` (``token_index``)."""
        return await self._client._call("GET", self._path, {}, _R38)


class AccessUsersUseridTokenTokenid(AsyncPath):
    """``/access/users/{userid}/token/{tokenid}`` ({tokenid})

    ``GET``: Get specific API token information.
    ``POST``: Generate a new API token for a specific user. NOTE: returns API token value, which needs to be stored as it cannot be retrieved afterwards!
    ``PUT``: Update API token for a specific user. NOTE: when 'regenerate' is set, the returned token value needs to be stored as it cannot be retrieved afterwards!
    ``DELETE``: Remove API token for a specific user."""

    __slots__ = ()

    async def get(self) -> AccessUsersUseridTokenTokenidGetResult:
        """Get specific API token information.

        Returns:
            ``AccessUsersUseridTokenTokenidGetResult``

        Permissions:
            Check: ``[or, [userid-param, self], [userid-group, [User.Modify]]]``

        Proxmox: ``GET /access/users/{userid}/token/{tokenid}`` (``read_token``)."""
        return await self._client._call("GET", self._path, {}, _R39)

    async def post(
        self,
        *,
        comment: str | None = None,
        expire: int | None = None,
        privsep: bool | None = None,
    ) -> AccessUsersUseridTokenTokenidPostResult:
        """Generate a new API token for a specific user. NOTE: returns API token value, which needs to be stored as it cannot be retrieved afterwards!

        Args:
            comment: (no description in the schema)
            expire: API token expiration date (seconds since epoch). '0' means no expiration date.
                Range: 0 to inf.
                Default: same as user.
            privsep: Restrict API token privileges with separate ACLs (default), or give full privileges of corresponding user.
                Default: ``1``.

        Returns:
            ``AccessUsersUseridTokenTokenidPostResult``

        Permissions:
            Check: ``[or, [userid-param, self], [userid-group, [User.Modify]]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /access/users/{userid}/token/{tokenid}`` (``generate_token``)."""
        params = {
            "comment": comment,
            "expire": expire,
            "privsep": privsep,
        }
        return await self._client._call("POST", self._path, params, _R40)

    async def put(
        self,
        *,
        comment: str | None = None,
        delete: str | Sequence[str] | None = None,
        expire: int | None = None,
        privsep: bool | None = None,
        regenerate: bool | None = None,
    ) -> AccessUsersUseridTokenTokenidPutResult:
        """Update API token for a specific user. NOTE: when 'regenerate' is set, the returned token value needs to be stored as it cannot be retrieved afterwards!

        Args:
            comment: (no description in the schema)
            delete: A list of settings you want to delete.
                Proxmox VE: New in 9.1.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            expire: API token expiration date (seconds since epoch). '0' means no expiration date.
                Range: 0 to inf.
                Default: same as user.
            privsep: Restrict API token privileges with separate ACLs (default), or give full privileges of corresponding user.
                Default: ``1``.
            regenerate: Regenerate the token's secret value. All users of the previous secret will lose access after this operation.
                Proxmox VE: New in 9.2.
                Default: ``0``.

        Returns:
            ``AccessUsersUseridTokenTokenidPutResult``

        Permissions:
            Check: ``[or, [userid-param, self], [userid-group, [User.Modify]]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /access/users/{userid}/token/{tokenid}`` (``update_token_info``)."""
        params = {
            "comment": comment,
            "delete": _join(delete),
            "expire": expire,
            "privsep": privsep,
            "regenerate": regenerate,
        }
        return await self._client._call("PUT", self._path, params, _R41)

    async def delete(self) -> None:
        """Remove API token for a specific user.

        Returns:
            ``None``

        Permissions:
            Check: ``[or, [userid-param, self], [userid-group, [User.Modify]]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /access/users/{userid}/token/{tokenid}`` (``remove_token``)."""
        return await self._client._call("DELETE", self._path, {}, _R42)


class AccessUsersUseridUnlockTfa(AsyncPath):
    """``/access/users/{userid}/unlock-tfa`` (unlock-tfa)

    ``PUT``: Unlock a user's TFA authentication."""

    __slots__ = ()

    async def put(self) -> bool:
        """Unlock a user's TFA authentication.

        Returns:
            ``bool``

        Permissions:
            Check: ``[userid-group, [User.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.0.

        Proxmox: ``PUT /access/users/{userid}/unlock-tfa`` (``unlock_tfa``)."""
        return await self._client._call("PUT", self._path, {}, _R43)


class AccessVncticket(AsyncPath):
    """``/access/vncticket`` (vncticket)

    ``POST``: verify VNC authentication ticket."""

    __slots__ = ()

    async def post(
        self,
        *,
        authid: str,
        path: str,
        privs: str | Sequence[str],
        vncticket: str,
        port: int | None = None,
    ) -> None:
        """verify VNC authentication ticket.

        Args:
            authid: UserId or token
                Proxmox VE: New in 9.1.
                Length: 0 to 64.
            path: Verify ticket, and check if user have access 'privs' on 'path'
                Proxmox VE: New in 9.1.
                Length: 0 to 64.
            privs: Verify ticket, and check if user have access 'privs' on 'path'
                Proxmox VE: New in 9.1.
                Length: 0 to 64.
                Format: ``pve-priv-list``.
                Syntax: ``<string>``.
            vncticket: The VNC ticket.
                Proxmox VE: New in 9.1.
            port: Verify that the ticket is valid for this port.
                Proxmox VE: New in 9.1.

        Returns:
            ``None``

        Permissions:
            You need to pass valid credientials.
            User: world

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.1.

        Proxmox: ``POST /access/vncticket`` (``verify_vnc_ticket``)."""
        vncticket = _secret(vncticket)
        params = {
            "authid": authid,
            "path": path,
            "privs": _join(privs),
            "vncticket": vncticket,
            "port": port,
        }
        return await self._client._call("POST", self._path, params, _R44)
