# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Path classes for ``access`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import AsyncPath, Returns
from pvesdk._runtime import join as _join
from pvesdk._runtime import secret as _secret
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.access.access_get import AccessGetResultItem
    from ..models.access.access_ticket_post import AccessTicketPostResult
    from ..models.access.access_users_get import AccessUsersGetResultItem

_R0: Returns[list[AccessGetResultItem]] = Returns(
    "list[AccessGetResultItem]",
    "GET /access",
    "models.access.access_get",
    package="pvesdk._generated_pmg",
)
_R1: Returns[list[AccessUsersGetResultItem]] = Returns(
    "list[AccessUsersGetResultItem]",
    "GET /access/users",
    "models.access.access_users_get",
    package="pvesdk._generated_pmg",
)
_R2: Returns[None] = Returns("None", "POST /access/users", package="pvesdk._generated_pmg")
_R3: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /access/users/{userid}", package="pvesdk._generated_pmg"
)
_R4: Returns[None] = Returns("None", "PUT /access/users/{userid}", package="pvesdk._generated_pmg")
_R5: Returns[None] = Returns(
    "None", "DELETE /access/users/{userid}", package="pvesdk._generated_pmg"
)
_R6: Returns[None] = Returns("None", "GET /access/ticket", package="pvesdk._generated_pmg")
_R7: Returns[AccessTicketPostResult] = Returns(
    "AccessTicketPostResult",
    "POST /access/ticket",
    "models.access.access_ticket_post",
    package="pvesdk._generated_pmg",
)
_R8: Returns[None] = Returns("None", "PUT /access/password", package="pvesdk._generated_pmg")


class Access(AsyncPath):
    """``/access`` (access)

    ``GET``: Directory index."""

    __slots__ = ()

    @property
    def users(self) -> AccessUsers:
        """List users."""
        return AccessUsers(self._client, self._path + "/users")

    @property
    def ticket(self) -> AccessTicket:
        """Dummy. Useful for formaters which want to priovde a login page."""
        return AccessTicket(self._client, self._path + "/ticket")

    @property
    def password(self) -> AccessPassword:
        """Change user password."""
        return AccessPassword(self._client, self._path + "/password")

    async def get(self) -> list[AccessGetResultItem]:
        """Directory index.

        Returns:
            ``list[AccessGetResultItem]``

        Permissions:
            User: all

        Proxmox: ``GET /access`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R0)


class AccessUsers(AsyncPath):
    """``/access/users`` (users)

    ``GET``: List users.
    ``POST``: Create new user"""

    __slots__ = ()

    def userid(self, userid: str) -> AccessUsersUserid:
        """User ID"""
        return AccessUsersUserid(self._client, self._path + "/" + _segment(userid))

    async def get(self) -> list[AccessUsersGetResultItem]:
        """List users.

        Returns:
            ``list[AccessUsersGetResultItem]``

        Permissions:
            Check: ``[admin, qmanager, audit]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /access/users`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R1)

    async def post(
        self,
        *,
        role: Literal["root", "admin", "helpdesk", "qmanager", "audit"],
        userid: str,
        comment: str | None = None,
        crypt_pass: str | None = None,
        email: str | None = None,
        enable: bool | None = None,
        expire: int | None = None,
        firstname: str | None = None,
        keys: str | None = None,
        lastname: str | None = None,
        password: str | None = None,
    ) -> None:
        """Create new user

        Args:
            role: User role. Role 'root' is reseved for the Unix Superuser.
            userid: User ID
                Length: 4 to 64.
                Format: ``pmg-userid``.
            comment: Comment.
            crypt_pass: Encrypted password (see `man crypt`)
                Pattern: ``^\\$\\d\\$[a-zA-Z0-9\\.\\/]+\\$[a-zA-Z0-9\\.\\/]+$``.
            email: Users E-Mail address.
                Format: ``email``.
            enable: Flag to enable or disable the account.
                Default: ``0``.
            expire: Account expiration date (seconds since epoch). '0' means no expiration date.
                Range: 0 to inf.
                Default: ``0``.
            firstname: First name.
                Length: 0 to 64.
            keys: Keys for two factor auth (yubico).
                Length: 0 to 128.
            lastname: Last name.
                Length: 0 to 64.
            password: Password
                Length: 5 to 32.

        Returns:
            ``None``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /access/users`` (``create``)."""
        password = _secret(password)
        params = {
            "role": role,
            "userid": userid,
            "comment": comment,
            "crypt_pass": crypt_pass,
            "email": email,
            "enable": enable,
            "expire": expire,
            "firstname": firstname,
            "keys": keys,
            "lastname": lastname,
            "password": password,
        }
        return await self._client._call("POST", self._path, params, _R2)


class AccessUsersUserid(AsyncPath):
    """``/access/users/{userid}`` ({userid})

    ``GET``: Read User data.
    ``PUT``: Update user data.
    ``DELETE``: Delete a user."""

    __slots__ = ()

    async def get(self) -> dict[str, Any]:
        """Read User data.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[admin, qmanager, audit]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /access/users/{userid}`` (``read``)."""
        return await self._client._call("GET", self._path, {}, _R3)

    async def put(
        self,
        *,
        comment: str | None = None,
        crypt_pass: str | None = None,
        delete: str | Sequence[str] | None = None,
        email: str | None = None,
        enable: bool | None = None,
        expire: int | None = None,
        firstname: str | None = None,
        keys: str | None = None,
        lastname: str | None = None,
        password: str | None = None,
        role: Literal["root", "admin", "helpdesk", "qmanager", "audit"] | None = None,
    ) -> None:
        """Update user data.

        Args:
            comment: Comment.
            crypt_pass: Encrypted password (see `man crypt`)
                Pattern: ``^\\$\\d\\$[a-zA-Z0-9\\.\\/]+\\$[a-zA-Z0-9\\.\\/]+$``.
            delete: A list of settings you want to delete.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            email: Users E-Mail address.
                Format: ``email``.
            enable: Flag to enable or disable the account.
                Default: ``0``.
            expire: Account expiration date (seconds since epoch). '0' means no expiration date.
                Range: 0 to inf.
                Default: ``0``.
            firstname: First name.
                Length: 0 to 64.
            keys: Keys for two factor auth (yubico).
                Length: 0 to 128.
            lastname: Last name.
                Length: 0 to 64.
            password: Password
                Length: 5 to 32.
            role: User role. Role 'root' is reseved for the Unix Superuser.

        Returns:
            ``None``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /access/users/{userid}`` (``write``)."""
        password = _secret(password)
        params = {
            "comment": comment,
            "crypt_pass": crypt_pass,
            "delete": _join(delete),
            "email": email,
            "enable": enable,
            "expire": expire,
            "firstname": firstname,
            "keys": keys,
            "lastname": lastname,
            "password": password,
            "role": role,
        }
        return await self._client._call("PUT", self._path, params, _R4)

    async def delete(self) -> None:
        """Delete a user.

        Returns:
            ``None``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /access/users/{userid}`` (``delete``)."""
        return await self._client._call("DELETE", self._path, {}, _R5)


class AccessTicket(AsyncPath):
    """``/access/ticket`` (ticket)

    ``GET``: Dummy. Useful for formaters which want to priovde a login page.
    ``POST``: Create or verify authentication ticket."""

    __slots__ = ()

    async def get(self) -> None:
        """Dummy. Useful for formaters which want to priovde a login page.

        Returns:
            ``None``

        Permissions:
            User: world

        Proxmox: ``GET /access/ticket`` (``get_ticket``)."""
        return await self._client._call("GET", self._path, {}, _R6)

    async def post(
        self,
        *,
        password: str,
        username: str,
        otp: str | None = None,
        path: str | None = None,
        realm: Literal["pam", "pmg", "quarantine"] | None = None,
    ) -> AccessTicketPostResult:
        """Create or verify authentication ticket.

        Args:
            password: The secret password. This can also be a valid ticket.
            username: User name
                Length: 0 to 64.
            otp: One-time password for Two-factor authentication.
            path: Verify ticket, and check if user have access on 'path'
                Length: 0 to 64.
            realm: You can optionally pass the realm using this parameter. Normally the realm is simply added to the username <username>@<relam>.
                Length: 0 to 32.

        Returns:
            ``AccessTicketPostResult``

        Permissions:
            You need to pass valid credientials.
            User: world

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /access/ticket`` (``create_ticket``)."""
        password = _secret(password)
        otp = _secret(otp)
        params = {
            "password": password,
            "username": username,
            "otp": otp,
            "path": path,
            "realm": realm,
        }
        return await self._client._call("POST", self._path, params, _R7)


class AccessPassword(AsyncPath):
    """``/access/password`` (password)

    ``PUT``: Change user password."""

    __slots__ = ()

    async def put(
        self,
        *,
        password: str,
        userid: str,
    ) -> None:
        """Change user password.

        Args:
            password: The new password.
                Length: 5 to 64.
            userid: User ID
                Length: 4 to 64.
                Format: ``pmg-userid``.

        Returns:
            ``None``

        Permissions:
            Each user is allowed to change his own password. Only root can change the password of another user.
            User: all

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /access/password`` (``change_passsword``)."""
        password = _secret(password)
        params = {
            "password": password,
            "userid": userid,
        }
        return await self._client._call("PUT", self._path, params, _R8)
