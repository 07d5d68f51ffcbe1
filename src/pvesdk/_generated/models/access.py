# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``access``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "AccessAclGetResultItem",
    "AccessDomainsGetResultItem",
    "AccessGetResultItem",
    "AccessGroupsGetResultItem",
    "AccessGroupsGroupidGetResult",
    "AccessOpenidGetResultItem",
    "AccessOpenidLoginPostResult",
    "AccessRolesGetResultItem",
    "AccessRolesRoleidGetResult",
    "AccessTfaGetResultItem",
    "AccessTfaGetResultItemEntriesItem",
    "AccessTfaUseridGetResultItem",
    "AccessTfaUseridIdGetResult",
    "AccessTfaUseridPostResult",
    "AccessTicketPostResult",
    "AccessUsersGetResultItem",
    "AccessUsersGetResultItemTokensItem",
    "AccessUsersTfaGetResult",
    "AccessUsersUseridGetResult",
    "AccessUsersUseridTokenGetResultItem",
    "AccessUsersUseridTokenTokenidGetResult",
    "AccessUsersUseridTokenTokenidPostResult",
    "AccessUsersUseridTokenTokenidPostResultInfo",
    "AccessUsersUseridTokenTokenidPutResult",
]


class AccessGetResultItem(PveModel):
    """Result object ``AccessGetResultItem``."""

    subdir: str


class AccessAclGetResultItem(PveModel):
    """Result object ``AccessAclGetResultItem``."""

    path: str
    """Access control path"""

    roleid: str

    type: Literal["user", "group", "token"] | str

    ugid: str

    propagate: bool | None = None
    """Allow to propagate (inherit) permissions."""


class AccessDomainsGetResultItem(PveModel):
    """Result object ``AccessDomainsGetResultItem``."""

    realm: str

    type: str

    comment: str | None = None
    """A comment. The GUI use this text when you select a domain (Realm) on the login window."""

    tfa: Literal["yubico", "oath"] | str | None = None
    """Two-factor authentication provider."""


class AccessGroupsGetResultItem(PveModel):
    """Result object ``AccessGroupsGetResultItem``."""

    groupid: str

    comment: str | None = None

    users: str | None = None
    """list of users which form this group"""


class AccessGroupsGroupidGetResult(PveModel):
    """Result object ``AccessGroupsGroupidGetResult``."""

    members: list[str]

    comment: str | None = None


class AccessOpenidGetResultItem(PveModel):
    """Result object ``AccessOpenidGetResultItem``."""

    subdir: str


class AccessOpenidLoginPostResult(PveModel):
    """Result object ``AccessOpenidLoginPostResult``."""

    CSRFPreventionToken: str

    cap: dict[str, Any]

    ticket: str

    username: str

    clustername: str | None = None


class AccessRolesGetResultItem(PveModel):
    """Result object ``AccessRolesGetResultItem``."""

    roleid: str

    privs: str | None = None

    special: bool | None = None


class AccessRolesRoleidGetResult(PveModel):
    """Result object ``AccessRolesRoleidGetResult``."""

    Datastore_Allocate: bool | None = Field(default=None, alias="Datastore.Allocate")

    Datastore_AllocateSpace: bool | None = Field(default=None, alias="Datastore.AllocateSpace")

    Datastore_AllocateTemplate: bool | None = Field(
        default=None, alias="Datastore.AllocateTemplate"
    )

    Datastore_Audit: bool | None = Field(default=None, alias="Datastore.Audit")

    Group_Allocate: bool | None = Field(default=None, alias="Group.Allocate")

    Mapping_Audit: bool | None = Field(default=None, alias="Mapping.Audit")

    Mapping_Modify: bool | None = Field(default=None, alias="Mapping.Modify")

    Mapping_Use: bool | None = Field(default=None, alias="Mapping.Use")

    Permissions_Modify: bool | None = Field(default=None, alias="Permissions.Modify")

    Pool_Allocate: bool | None = Field(default=None, alias="Pool.Allocate")

    Pool_Audit: bool | None = Field(default=None, alias="Pool.Audit")

    Realm_Allocate: bool | None = Field(default=None, alias="Realm.Allocate")

    Realm_AllocateUser: bool | None = Field(default=None, alias="Realm.AllocateUser")

    SDN_Allocate: bool | None = Field(default=None, alias="SDN.Allocate")

    SDN_Audit: bool | None = Field(default=None, alias="SDN.Audit")

    SDN_Use: bool | None = Field(default=None, alias="SDN.Use")

    Sys_AccessNetwork: bool | None = Field(default=None, alias="Sys.AccessNetwork")

    Sys_Audit: bool | None = Field(default=None, alias="Sys.Audit")

    Sys_Console: bool | None = Field(default=None, alias="Sys.Console")

    Sys_Incoming: bool | None = Field(default=None, alias="Sys.Incoming")

    Sys_Modify: bool | None = Field(default=None, alias="Sys.Modify")

    Sys_PowerMgmt: bool | None = Field(default=None, alias="Sys.PowerMgmt")

    Sys_Syslog: bool | None = Field(default=None, alias="Sys.Syslog")

    User_Modify: bool | None = Field(default=None, alias="User.Modify")

    VM_Allocate: bool | None = Field(default=None, alias="VM.Allocate")

    VM_Audit: bool | None = Field(default=None, alias="VM.Audit")

    VM_Backup: bool | None = Field(default=None, alias="VM.Backup")

    VM_Clone: bool | None = Field(default=None, alias="VM.Clone")

    VM_Config_CDROM: bool | None = Field(default=None, alias="VM.Config.CDROM")

    VM_Config_CPU: bool | None = Field(default=None, alias="VM.Config.CPU")

    VM_Config_Cloudinit: bool | None = Field(default=None, alias="VM.Config.Cloudinit")

    VM_Config_Disk: bool | None = Field(default=None, alias="VM.Config.Disk")

    VM_Config_HWType: bool | None = Field(default=None, alias="VM.Config.HWType")

    VM_Config_Memory: bool | None = Field(default=None, alias="VM.Config.Memory")

    VM_Config_Network: bool | None = Field(default=None, alias="VM.Config.Network")

    VM_Config_Options: bool | None = Field(default=None, alias="VM.Config.Options")

    VM_Console: bool | None = Field(default=None, alias="VM.Console")

    VM_GuestAgent_Audit: bool | None = Field(default=None, alias="VM.GuestAgent.Audit")

    VM_GuestAgent_FileRead: bool | None = Field(default=None, alias="VM.GuestAgent.FileRead")

    VM_GuestAgent_FileSystemMgmt: bool | None = Field(
        default=None, alias="VM.GuestAgent.FileSystemMgmt"
    )

    VM_GuestAgent_FileWrite: bool | None = Field(default=None, alias="VM.GuestAgent.FileWrite")

    VM_GuestAgent_Unrestricted: bool | None = Field(
        default=None, alias="VM.GuestAgent.Unrestricted"
    )

    VM_Migrate: bool | None = Field(default=None, alias="VM.Migrate")

    VM_PowerMgmt: bool | None = Field(default=None, alias="VM.PowerMgmt")

    VM_Replicate: bool | None = Field(default=None, alias="VM.Replicate")

    VM_Snapshot: bool | None = Field(default=None, alias="VM.Snapshot")

    VM_Snapshot_Rollback: bool | None = Field(default=None, alias="VM.Snapshot.Rollback")


class AccessTfaGetResultItem(PveModel):
    """Result object ``AccessTfaGetResultItem``."""

    entries: list[AccessTfaGetResultItemEntriesItem]

    userid: str
    """User this entry belongs to."""

    tfa_locked_until: int | None = Field(default=None, alias="tfa-locked-until")
    """Contains a timestamp until when a user is locked out of 2nd factors."""

    totp_locked: bool | None = Field(default=None, alias="totp-locked")
    """True if the user is currently locked out of TOTP factors."""


class AccessTfaGetResultItemEntriesItem(PveModel):
    """TFA Entry."""

    created: int
    """Creation time of this entry as unix epoch."""

    description: str
    """User chosen description for this entry."""

    id: str
    """The id used to reference this entry."""

    type: Literal["totp", "u2f", "webauthn", "recovery", "yubico"] | str
    """TFA Entry Type."""

    enable: bool | None = None
    """Whether this TFA entry is currently enabled."""


class AccessTfaUseridGetResultItem(PveModel):
    """TFA Entry."""

    created: int
    """Creation time of this entry as unix epoch."""

    description: str
    """User chosen description for this entry."""

    id: str
    """The id used to reference this entry."""

    type: Literal["totp", "u2f", "webauthn", "recovery", "yubico"] | str
    """TFA Entry Type."""

    enable: bool | None = None
    """Whether this TFA entry is currently enabled."""


class AccessTfaUseridPostResult(PveModel):
    """Result object ``AccessTfaUseridPostResult``."""

    id: str
    """The id of a newly added TFA entry."""

    challenge: str | None = None
    """When adding u2f entries, this contains a challenge the user must respond to in order to finish the registration."""

    recovery: list[str] | None = None
    """When adding recovery codes, this contains the list of codes to be displayed to the user"""


class AccessTfaUseridIdGetResult(PveModel):
    """TFA Entry."""

    created: int
    """Creation time of this entry as unix epoch."""

    description: str
    """User chosen description for this entry."""

    id: str
    """The id used to reference this entry."""

    type: Literal["totp", "u2f", "webauthn", "recovery", "yubico"] | str
    """TFA Entry Type."""

    enable: bool | None = None
    """Whether this TFA entry is currently enabled."""


class AccessTicketPostResult(PveModel):
    """Result object ``AccessTicketPostResult``."""

    username: str

    CSRFPreventionToken: str | None = None

    clustername: str | None = None

    ticket: str | None = None


class AccessUsersGetResultItem(PveModel):
    """Result object ``AccessUsersGetResultItem``."""

    userid: str
    """Full User ID, in the `name@realm` format."""

    comment: str | None = None

    email: str | None = None

    enable: bool | None = None
    """Enable the account (default). You can set this to '0' to disable the account"""

    expire: int | None = None
    """Account expiration date (seconds since epoch). '0' means no expiration date."""

    firstname: str | None = None

    groups: str | None = None

    keys: str | None = None
    """Keys for two factor auth (yubico)."""

    lastname: str | None = None

    realm_type: str | None = Field(default=None, alias="realm-type")
    """The type of the users realm"""

    tfa_locked_until: int | None = Field(default=None, alias="tfa-locked-until")
    """Contains a timestamp until when a user is locked out of 2nd factors."""

    tokens: list[AccessUsersGetResultItemTokensItem] | None = None

    totp_locked: bool | None = Field(default=None, alias="totp-locked")
    """True if the user is currently locked out of TOTP factors."""


class AccessUsersGetResultItemTokensItem(PveModel):
    """Result object ``AccessUsersGetResultItemTokensItem``."""

    tokenid: str
    """User-specific token identifier."""

    comment: str | None = None

    expire: int | None = None
    """API token expiration date (seconds since epoch). '0' means no expiration date."""

    privsep: bool | None = None
    """Restrict API token privileges with separate ACLs (default), or give full privileges of corresponding user."""


class AccessUsersUseridGetResult(PveModel):
    """Result object ``AccessUsersUseridGetResult``."""

    comment: str | None = None

    email: str | None = None

    enable: bool | None = None
    """Enable the account (default). You can set this to '0' to disable the account"""

    expire: int | None = None
    """Account expiration date (seconds since epoch). '0' means no expiration date."""

    firstname: str | None = None

    groups: list[str] | None = None

    keys: str | None = None
    """Keys for two factor auth (yubico)."""

    lastname: str | None = None

    tokens: dict[str, Any] | None = None


class AccessUsersTfaGetResult(PveModel):
    """Result object ``AccessUsersTfaGetResult``."""

    realm: Literal["oath", "yubico"] | str | None = None
    """The type of TFA the users realm has set, if any."""

    types: list[Literal["totp", "u2f", "yubico", "webauthn", "recovedry"] | str] | None = None
    """Array of the user configured TFA types, if any. Only available if 'multiple' was not passed."""

    user: Literal["oath", "u2f"] | str | None = None
    """The type of TFA the user has set, if any. Only set if 'multiple' was not passed."""


class AccessUsersUseridTokenGetResultItem(PveModel):
    """Result object ``AccessUsersUseridTokenGetResultItem``."""

    tokenid: str
    """User-specific token identifier."""

    comment: str | None = None

    expire: int | None = None
    """API token expiration date (seconds since epoch). '0' means no expiration date."""

    privsep: bool | None = None
    """Restrict API token privileges with separate ACLs (default), or give full privileges of corresponding user."""


class AccessUsersUseridTokenTokenidGetResult(PveModel):
    """Result object ``AccessUsersUseridTokenTokenidGetResult``."""

    comment: str | None = None

    expire: int | None = None
    """API token expiration date (seconds since epoch). '0' means no expiration date."""

    privsep: bool | None = None
    """Restrict API token privileges with separate ACLs (default), or give full privileges of corresponding user."""


class AccessUsersUseridTokenTokenidPostResult(PveModel):
    """Result object ``AccessUsersUseridTokenTokenidPostResult``."""

    full_tokenid: str = Field(alias="full-tokenid")
    """The full token id."""

    info: AccessUsersUseridTokenTokenidPostResultInfo

    value: str
    """API token value used for authentication."""


class AccessUsersUseridTokenTokenidPostResultInfo(PveModel):
    """Result object ``AccessUsersUseridTokenTokenidPostResultInfo``."""

    comment: str | None = None

    expire: int | None = None
    """API token expiration date (seconds since epoch). '0' means no expiration date."""

    privsep: bool | None = None
    """Restrict API token privileges with separate ACLs (default), or give full privileges of corresponding user."""


class AccessUsersUseridTokenTokenidPutResult(PveModel):
    """Result object ``AccessUsersUseridTokenTokenidPutResult``."""

    comment: str | None = None

    expire: int | None = None
    """API token expiration date (seconds since epoch). '0' means no expiration date."""

    full_tokenid: str | None = Field(default=None, alias="full-tokenid")
    """The full token id. Only set when 'regenerate' was set."""

    privsep: bool | None = None
    """Restrict API token privileges with separate ACLs (default), or give full privileges of corresponding user."""

    value: str | None = None
    """API token value used for authentication. Only set when 'regenerate' was set."""
