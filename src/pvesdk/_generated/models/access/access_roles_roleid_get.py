# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /access/roles/{roleid}``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "AccessRolesRoleidGetResult",
]


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
