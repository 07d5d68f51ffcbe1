# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``nodes_qemu_agent`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import secret as _secret
from pvesdk._runtime import sequence as _sequence

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.nodes_qemu_agent.nodes_qemu_agent_exec_post import (
        NodesQemuAgentExecPostResult,
    )
    from ..models.nodes_qemu_agent.nodes_qemu_agent_exec_status_get import (
        NodesQemuAgentExecStatusGetResult,
    )
    from ..models.nodes_qemu_agent.nodes_qemu_agent_file_read_get import (
        NodesQemuAgentFileReadGetResult,
    )

_R0: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/qemu/{vmid}/agent"
)
_R1: Returns[dict[str, Any]] = Returns("dict[str, Any]", "POST /nodes/{node}/qemu/{vmid}/agent")
_R2: Returns[NodesQemuAgentExecPostResult] = Returns(
    "NodesQemuAgentExecPostResult",
    "POST /nodes/{node}/qemu/{vmid}/agent/exec",
    "models.nodes_qemu_agent.nodes_qemu_agent_exec_post",
)
_R3: Returns[NodesQemuAgentExecStatusGetResult] = Returns(
    "NodesQemuAgentExecStatusGetResult",
    "GET /nodes/{node}/qemu/{vmid}/agent/exec-status",
    "models.nodes_qemu_agent.nodes_qemu_agent_exec_status_get",
)
_R4: Returns[NodesQemuAgentFileReadGetResult] = Returns(
    "NodesQemuAgentFileReadGetResult",
    "GET /nodes/{node}/qemu/{vmid}/agent/file-read",
    "models.nodes_qemu_agent.nodes_qemu_agent_file_read_get",
)
_R5: Returns[None] = Returns("None", "POST /nodes/{node}/qemu/{vmid}/agent/file-write")
_R6: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "POST /nodes/{node}/qemu/{vmid}/agent/fsfreeze-freeze"
)
_R7: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "POST /nodes/{node}/qemu/{vmid}/agent/fsfreeze-status"
)
_R8: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "POST /nodes/{node}/qemu/{vmid}/agent/fsfreeze-thaw"
)
_R9: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "POST /nodes/{node}/qemu/{vmid}/agent/fstrim"
)
_R10: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /nodes/{node}/qemu/{vmid}/agent/get-fsinfo"
)
_R11: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /nodes/{node}/qemu/{vmid}/agent/get-host-name"
)
_R12: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /nodes/{node}/qemu/{vmid}/agent/get-memory-block-info"
)
_R13: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /nodes/{node}/qemu/{vmid}/agent/get-memory-blocks"
)
_R14: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /nodes/{node}/qemu/{vmid}/agent/get-osinfo"
)
_R15: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /nodes/{node}/qemu/{vmid}/agent/get-time"
)
_R16: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /nodes/{node}/qemu/{vmid}/agent/get-timezone"
)
_R17: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /nodes/{node}/qemu/{vmid}/agent/get-users"
)
_R18: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /nodes/{node}/qemu/{vmid}/agent/get-vcpus"
)
_R19: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /nodes/{node}/qemu/{vmid}/agent/info"
)
_R20: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /nodes/{node}/qemu/{vmid}/agent/network-get-interfaces"
)
_R21: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "POST /nodes/{node}/qemu/{vmid}/agent/ping"
)
_R22: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "POST /nodes/{node}/qemu/{vmid}/agent/set-user-password"
)
_R23: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "POST /nodes/{node}/qemu/{vmid}/agent/shutdown"
)
_R24: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "POST /nodes/{node}/qemu/{vmid}/agent/suspend-disk"
)
_R25: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "POST /nodes/{node}/qemu/{vmid}/agent/suspend-hybrid"
)
_R26: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "POST /nodes/{node}/qemu/{vmid}/agent/suspend-ram"
)


class NodesNodeQemuVmidAgent(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/agent`` (agent)

    ``GET``: QEMU Guest Agent command index.
    ``POST``: Execute QEMU Guest Agent commands."""

    __slots__ = ()

    @property
    def exec(self) -> NodesNodeQemuVmidAgentExec:
        """Executes the given command in the vm via the guest-agent and returns an object with the pid."""
        return NodesNodeQemuVmidAgentExec(self._client, self._path + "/exec")

    @property
    def exec_status(self) -> NodesNodeQemuVmidAgentExecStatus:
        """Gets the status of the given pid started by the guest-agent"""
        return NodesNodeQemuVmidAgentExecStatus(self._client, self._path + "/exec-status")

    @property
    def file_read(self) -> NodesNodeQemuVmidAgentFileRead:
        """Reads the given file via guest agent. Is limited to 16777216 bytes."""
        return NodesNodeQemuVmidAgentFileRead(self._client, self._path + "/file-read")

    @property
    def file_write(self) -> NodesNodeQemuVmidAgentFileWrite:
        """Writes the given file via guest agent."""
        return NodesNodeQemuVmidAgentFileWrite(self._client, self._path + "/file-write")

    @property
    def fsfreeze_freeze(self) -> NodesNodeQemuVmidAgentFsfreezeFreeze:
        """Execute fsfreeze-freeze."""
        return NodesNodeQemuVmidAgentFsfreezeFreeze(self._client, self._path + "/fsfreeze-freeze")

    @property
    def fsfreeze_status(self) -> NodesNodeQemuVmidAgentFsfreezeStatus:
        """Execute fsfreeze-status."""
        return NodesNodeQemuVmidAgentFsfreezeStatus(self._client, self._path + "/fsfreeze-status")

    @property
    def fsfreeze_thaw(self) -> NodesNodeQemuVmidAgentFsfreezeThaw:
        """Execute fsfreeze-thaw."""
        return NodesNodeQemuVmidAgentFsfreezeThaw(self._client, self._path + "/fsfreeze-thaw")

    @property
    def fstrim(self) -> NodesNodeQemuVmidAgentFstrim:
        """Execute fstrim."""
        return NodesNodeQemuVmidAgentFstrim(self._client, self._path + "/fstrim")

    @property
    def get_fsinfo(self) -> NodesNodeQemuVmidAgentGetFsinfo:
        """Execute get-fsinfo."""
        return NodesNodeQemuVmidAgentGetFsinfo(self._client, self._path + "/get-fsinfo")

    @property
    def get_host_name(self) -> NodesNodeQemuVmidAgentGetHostName:
        """Execute get-host-name."""
        return NodesNodeQemuVmidAgentGetHostName(self._client, self._path + "/get-host-name")

    @property
    def get_memory_block_info(self) -> NodesNodeQemuVmidAgentGetMemoryBlockInfo:
        """Execute get-memory-block-info."""
        return NodesNodeQemuVmidAgentGetMemoryBlockInfo(
            self._client, self._path + "/get-memory-block-info"
        )

    @property
    def get_memory_blocks(self) -> NodesNodeQemuVmidAgentGetMemoryBlocks:
        """Execute get-memory-blocks."""
        return NodesNodeQemuVmidAgentGetMemoryBlocks(
            self._client, self._path + "/get-memory-blocks"
        )

    @property
    def get_osinfo(self) -> NodesNodeQemuVmidAgentGetOsinfo:
        """Execute get-osinfo."""
        return NodesNodeQemuVmidAgentGetOsinfo(self._client, self._path + "/get-osinfo")

    @property
    def get_time(self) -> NodesNodeQemuVmidAgentGetTime:
        """Execute get-time."""
        return NodesNodeQemuVmidAgentGetTime(self._client, self._path + "/get-time")

    @property
    def get_timezone(self) -> NodesNodeQemuVmidAgentGetTimezone:
        """Execute get-timezone."""
        return NodesNodeQemuVmidAgentGetTimezone(self._client, self._path + "/get-timezone")

    @property
    def get_users(self) -> NodesNodeQemuVmidAgentGetUsers:
        """Execute get-users."""
        return NodesNodeQemuVmidAgentGetUsers(self._client, self._path + "/get-users")

    @property
    def get_vcpus(self) -> NodesNodeQemuVmidAgentGetVcpus:
        """Execute get-vcpus."""
        return NodesNodeQemuVmidAgentGetVcpus(self._client, self._path + "/get-vcpus")

    @property
    def info(self) -> NodesNodeQemuVmidAgentInfo:
        """Execute info."""
        return NodesNodeQemuVmidAgentInfo(self._client, self._path + "/info")

    @property
    def network_get_interfaces(self) -> NodesNodeQemuVmidAgentNetworkGetInterfaces:
        """Execute network-get-interfaces."""
        return NodesNodeQemuVmidAgentNetworkGetInterfaces(
            self._client, self._path + "/network-get-interfaces"
        )

    @property
    def ping(self) -> NodesNodeQemuVmidAgentPing:
        """Execute ping."""
        return NodesNodeQemuVmidAgentPing(self._client, self._path + "/ping")

    @property
    def set_user_password(self) -> NodesNodeQemuVmidAgentSetUserPassword:
        """Sets the password for the given user to the given password"""
        return NodesNodeQemuVmidAgentSetUserPassword(
            self._client, self._path + "/set-user-password"
        )

    @property
    def shutdown(self) -> NodesNodeQemuVmidAgentShutdown:
        """Execute shutdown."""
        return NodesNodeQemuVmidAgentShutdown(self._client, self._path + "/shutdown")

    @property
    def suspend_disk(self) -> NodesNodeQemuVmidAgentSuspendDisk:
        """Execute suspend-disk."""
        return NodesNodeQemuVmidAgentSuspendDisk(self._client, self._path + "/suspend-disk")

    @property
    def suspend_hybrid(self) -> NodesNodeQemuVmidAgentSuspendHybrid:
        """Execute suspend-hybrid."""
        return NodesNodeQemuVmidAgentSuspendHybrid(self._client, self._path + "/suspend-hybrid")

    @property
    def suspend_ram(self) -> NodesNodeQemuVmidAgentSuspendRam:
        """Execute suspend-ram."""
        return NodesNodeQemuVmidAgentSuspendRam(self._client, self._path + "/suspend-ram")

    def get(self) -> list[dict[str, Any]]:
        """QEMU Guest Agent command index.

        Returns:
            ``list[dict[str, Any]]``: Returns the list of QEMU Guest Agent commands

        Permissions:
            User: all

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/qemu/{vmid}/agent`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R0)

    def post(
        self,
        *,
        command: Literal[
            "fsfreeze-freeze",
            "fsfreeze-status",
            "fsfreeze-thaw",
            "fstrim",
            "get-fsinfo",
            "get-host-name",
            "get-memory-block-info",
            "get-memory-blocks",
            "get-osinfo",
            "get-time",
            "get-timezone",
            "get-users",
            "get-vcpus",
            "info",
            "network-get-interfaces",
            "ping",
            "shutdown",
            "suspend-disk",
            "suspend-hybrid",
            "suspend-ram",
        ],
    ) -> dict[str, Any]:
        """Execute QEMU Guest Agent commands.

        Args:
            command: The QGA command.

        Returns:
            ``dict[str, Any]``: Returns an object with a single `result` property.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.GuestAgent.Unrestricted, VM.GuestAgent.Unrestricted], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/agent`` (``agent``)."""
        params = {
            "command": command,
        }
        return self._client._call("POST", self._path, params, _R1)


class NodesNodeQemuVmidAgentExec(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/agent/exec`` (exec)

    ``POST``: Executes the given command in the vm via the guest-agent and returns an object with the pid."""

    __slots__ = ()

    def post(
        self,
        *,
        command: list[str] | tuple[str, ...],
        input_data: str | None = None,
    ) -> NodesQemuAgentExecPostResult:
        """Executes the given command in the vm via the guest-agent and returns an object with the pid.

        Args:
            command: The command as a list of program + arguments.
            input_data: Data to pass as 'input-data' to the guest. Usually treated as STDIN to 'command'.
                Length: 0 to 65536.

        Returns:
            ``NodesQemuAgentExecPostResult``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.GuestAgent.Unrestricted]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/agent/exec`` (``exec``)."""
        params = {
            "command": _sequence("command", command),
            "input-data": input_data,
        }
        return self._client._call("POST", self._path, params, _R2)


class NodesNodeQemuVmidAgentExecStatus(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/agent/exec-status`` (exec-status)

    ``GET``: Gets the status of the given pid started by the guest-agent"""

    __slots__ = ()

    def get(
        self,
        *,
        pid: int,
    ) -> NodesQemuAgentExecStatusGetResult:
        """Gets the status of the given pid started by the guest-agent

        Args:
            pid: The PID to query

        Returns:
            ``NodesQemuAgentExecStatusGetResult``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.GuestAgent.Unrestricted]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/qemu/{vmid}/agent/exec-status`` (``exec-status``)."""
        params = {
            "pid": pid,
        }
        return self._client._call("GET", self._path, params, _R3)


class NodesNodeQemuVmidAgentFileRead(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/agent/file-read`` (file-read)

    ``GET``: Reads the given file via guest agent. Is limited to 16777216 bytes."""

    __slots__ = ()

    def get(
        self,
        *,
        file: str,
        count: int | None = None,
        decode: bool | None = None,
        offset: int | None = None,
    ) -> NodesQemuAgentFileReadGetResult:
        """Reads the given file via guest agent. Is limited to 16777216 bytes.

        Args:
            file: The path to the file
            count: Number of bytes to read.
                Proxmox VE: New in 9.1.
                Range: 1 to inf.
                Default: 16777216.
            decode: Data received from the QEMU Guest-Agent is base64 encoded. If this is set to true, the data is decoded. Otherwise the content is forwarded with base64 encoding. Defaults to true.
                Proxmox VE: New in 9.1.
                Default: ``1``.
            offset: Offset to start reading at
                Proxmox VE: New in 9.1.
                Range: 0 to inf.
                Default: ``0``.

        Returns:
            ``NodesQemuAgentFileReadGetResult``: Returns an object with a `content` property.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.GuestAgent.FileRead, VM.GuestAgent.Unrestricted], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/qemu/{vmid}/agent/file-read`` (``file-read``)."""
        params = {
            "file": file,
            "count": count,
            "decode": decode,
            "offset": offset,
        }
        return self._client._call("GET", self._path, params, _R4)


class NodesNodeQemuVmidAgentFileWrite(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/agent/file-write`` (file-write)

    ``POST``: Writes the given file via guest agent."""

    __slots__ = ()

    def post(
        self,
        *,
        content: str,
        file: str,
        encode: bool | None = None,
    ) -> None:
        """Writes the given file via guest agent.

        Args:
            content: The content to write into the file.
                Length: 0 to 61440.
            file: The path to the file.
            encode: If set, the content will be encoded as base64 (required by QEMU).Otherwise the content needs to be encoded beforehand - defaults to true.
                Default: ``1``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.GuestAgent.FileWrite, VM.GuestAgent.Unrestricted], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/agent/file-write`` (``file-write``)."""
        params = {
            "content": content,
            "file": file,
            "encode": encode,
        }
        return self._client._call("POST", self._path, params, _R5)


class NodesNodeQemuVmidAgentFsfreezeFreeze(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/agent/fsfreeze-freeze`` (fsfreeze-freeze)

    ``POST``: Execute fsfreeze-freeze."""

    __slots__ = ()

    def post(self) -> dict[str, Any]:
        """Execute fsfreeze-freeze.

        Returns:
            ``dict[str, Any]``: Returns an object with a single `result` property.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.GuestAgent.FileSystemMgmt, VM.GuestAgent.Unrestricted], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/agent/fsfreeze-freeze`` (``fsfreeze-freeze``)."""
        return self._client._call("POST", self._path, {}, _R6)


class NodesNodeQemuVmidAgentFsfreezeStatus(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/agent/fsfreeze-status`` (fsfreeze-status)

    ``POST``: Execute fsfreeze-status."""

    __slots__ = ()

    def post(self) -> dict[str, Any]:
        """Execute fsfreeze-status.

        Returns:
            ``dict[str, Any]``: Returns an object with a single `result` property.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.GuestAgent.Audit, VM.GuestAgent.FileSystemMgmt, VM.GuestAgent.Unrestricted], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/agent/fsfreeze-status`` (``fsfreeze-status``)."""
        return self._client._call("POST", self._path, {}, _R7)


class NodesNodeQemuVmidAgentFsfreezeThaw(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/agent/fsfreeze-thaw`` (fsfreeze-thaw)

    ``POST``: Execute fsfreeze-thaw."""

    __slots__ = ()

    def post(self) -> dict[str, Any]:
        """Execute fsfreeze-thaw.

        Returns:
            ``dict[str, Any]``: Returns an object with a single `result` property.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.GuestAgent.FileSystemMgmt, VM.GuestAgent.Unrestricted], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/agent/fsfreeze-thaw`` (``fsfreeze-thaw``)."""
        return self._client._call("POST", self._path, {}, _R8)


class NodesNodeQemuVmidAgentFstrim(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/agent/fstrim`` (fstrim)

    ``POST``: Execute fstrim."""

    __slots__ = ()

    def post(self) -> dict[str, Any]:
        """Execute fstrim.

        Returns:
            ``dict[str, Any]``: Returns an object with a single `result` property.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.GuestAgent.FileSystemMgmt, VM.GuestAgent.Unrestricted], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/agent/fstrim`` (``fstrim``)."""
        return self._client._call("POST", self._path, {}, _R9)


class NodesNodeQemuVmidAgentGetFsinfo(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/agent/get-fsinfo`` (get-fsinfo)

    ``GET``: Execute get-fsinfo."""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Execute get-fsinfo.

        Returns:
            ``dict[str, Any]``: Returns an object with a single `result` property.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.GuestAgent.Audit, VM.GuestAgent.Unrestricted], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/qemu/{vmid}/agent/get-fsinfo`` (``get-fsinfo``)."""
        return self._client._call("GET", self._path, {}, _R10)


class NodesNodeQemuVmidAgentGetHostName(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/agent/get-host-name`` (get-host-name)

    ``GET``: Execute get-host-name."""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Execute get-host-name.

        Returns:
            ``dict[str, Any]``: Returns an object with a single `result` property.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.GuestAgent.Audit, VM.GuestAgent.Unrestricted], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/qemu/{vmid}/agent/get-host-name`` (``get-host-name``)."""
        return self._client._call("GET", self._path, {}, _R11)


class NodesNodeQemuVmidAgentGetMemoryBlockInfo(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/agent/get-memory-block-info`` (get-memory-block-info)

    ``GET``: Execute get-memory-block-info."""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Execute get-memory-block-info.

        Returns:
            ``dict[str, Any]``: Returns an object with a single `result` property.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.GuestAgent.Audit, VM.GuestAgent.Unrestricted], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/qemu/{vmid}/agent/get-memory-block-info`` (``get-memory-block-info``)."""
        return self._client._call("GET", self._path, {}, _R12)


class NodesNodeQemuVmidAgentGetMemoryBlocks(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/agent/get-memory-blocks`` (get-memory-blocks)

    ``GET``: Execute get-memory-blocks."""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Execute get-memory-blocks.

        Returns:
            ``dict[str, Any]``: Returns an object with a single `result` property.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.GuestAgent.Audit, VM.GuestAgent.Unrestricted], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/qemu/{vmid}/agent/get-memory-blocks`` (``get-memory-blocks``)."""
        return self._client._call("GET", self._path, {}, _R13)


class NodesNodeQemuVmidAgentGetOsinfo(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/agent/get-osinfo`` (get-osinfo)

    ``GET``: Execute get-osinfo."""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Execute get-osinfo.

        Returns:
            ``dict[str, Any]``: Returns an object with a single `result` property.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.GuestAgent.Audit, VM.GuestAgent.Unrestricted], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/qemu/{vmid}/agent/get-osinfo`` (``get-osinfo``)."""
        return self._client._call("GET", self._path, {}, _R14)


class NodesNodeQemuVmidAgentGetTime(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/agent/get-time`` (get-time)

    ``GET``: Execute get-time."""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Execute get-time.

        Returns:
            ``dict[str, Any]``: Returns an object with a single `result` property.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.GuestAgent.Audit, VM.GuestAgent.Unrestricted], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/qemu/{vmid}/agent/get-time`` (``get-time``)."""
        return self._client._call("GET", self._path, {}, _R15)


class NodesNodeQemuVmidAgentGetTimezone(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/agent/get-timezone`` (get-timezone)

    ``GET``: Execute get-timezone."""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Execute get-timezone.

        Returns:
            ``dict[str, Any]``: Returns an object with a single `result` property.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.GuestAgent.Audit, VM.GuestAgent.Unrestricted], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/qemu/{vmid}/agent/get-timezone`` (``get-timezone``)."""
        return self._client._call("GET", self._path, {}, _R16)


class NodesNodeQemuVmidAgentGetUsers(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/agent/get-users`` (get-users)

    ``GET``: Execute get-users."""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Execute get-users.

        Returns:
            ``dict[str, Any]``: Returns an object with a single `result` property.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.GuestAgent.Audit, VM.GuestAgent.Unrestricted], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/qemu/{vmid}/agent/get-users`` (``get-users``)."""
        return self._client._call("GET", self._path, {}, _R17)


class NodesNodeQemuVmidAgentGetVcpus(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/agent/get-vcpus`` (get-vcpus)

    ``GET``: Execute get-vcpus."""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Execute get-vcpus.

        Returns:
            ``dict[str, Any]``: Returns an object with a single `result` property.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.GuestAgent.Audit, VM.GuestAgent.Unrestricted], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/qemu/{vmid}/agent/get-vcpus`` (``get-vcpus``)."""
        return self._client._call("GET", self._path, {}, _R18)


class NodesNodeQemuVmidAgentInfo(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/agent/info`` (info)

    ``GET``: Execute info."""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Execute info.

        Returns:
            ``dict[str, Any]``: Returns an object with a single `result` property.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.GuestAgent.Audit, VM.GuestAgent.Unrestricted], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/qemu/{vmid}/agent/info`` (``info``)."""
        return self._client._call("GET", self._path, {}, _R19)


class NodesNodeQemuVmidAgentNetworkGetInterfaces(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/agent/network-get-interfaces`` (network-get-interfaces)

    ``GET``: Execute network-get-interfaces."""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Execute network-get-interfaces.

        Returns:
            ``dict[str, Any]``: Returns an object with a single `result` property.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.GuestAgent.Audit, VM.GuestAgent.Unrestricted], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/qemu/{vmid}/agent/network-get-interfaces`` (``network-get-interfaces``)."""
        return self._client._call("GET", self._path, {}, _R20)


class NodesNodeQemuVmidAgentPing(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/agent/ping`` (ping)

    ``POST``: Execute ping."""

    __slots__ = ()

    def post(self) -> dict[str, Any]:
        """Execute ping.

        Returns:
            ``dict[str, Any]``: Returns an object with a single `result` property.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.GuestAgent.Audit, VM.GuestAgent.Unrestricted], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/agent/ping`` (``ping``)."""
        return self._client._call("POST", self._path, {}, _R21)


class NodesNodeQemuVmidAgentSetUserPassword(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/agent/set-user-password`` (set-user-password)

    ``POST``: Sets the password for the given user to the given password"""

    __slots__ = ()

    def post(
        self,
        *,
        password: str,
        username: str,
        crypted: bool | None = None,
    ) -> dict[str, Any]:
        """Sets the password for the given user to the given password

        Args:
            password: The new password.
                Length: 5 to 1024.
            username: The user to set the password for.
            crypted: set to 1 if the password has already been passed through crypt()
                Default: ``0``.

        Returns:
            ``dict[str, Any]``: Returns an object with a single `result` property.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.GuestAgent.Unrestricted]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/agent/set-user-password`` (``set-user-password``)."""
        password = _secret(password)
        params = {
            "password": password,
            "username": username,
            "crypted": crypted,
        }
        return self._client._call("POST", self._path, params, _R22)


class NodesNodeQemuVmidAgentShutdown(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/agent/shutdown`` (shutdown)

    ``POST``: Execute shutdown."""

    __slots__ = ()

    def post(self) -> dict[str, Any]:
        """Execute shutdown.

        Returns:
            ``dict[str, Any]``: Returns an object with a single `result` property.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.PowerMgmt, VM.GuestAgent.Unrestricted], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/agent/shutdown`` (``shutdown``)."""
        return self._client._call("POST", self._path, {}, _R23)


class NodesNodeQemuVmidAgentSuspendDisk(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/agent/suspend-disk`` (suspend-disk)

    ``POST``: Execute suspend-disk."""

    __slots__ = ()

    def post(self) -> dict[str, Any]:
        """Execute suspend-disk.

        Returns:
            ``dict[str, Any]``: Returns an object with a single `result` property.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.PowerMgmt, VM.GuestAgent.Unrestricted], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/agent/suspend-disk`` (``suspend-disk``)."""
        return self._client._call("POST", self._path, {}, _R24)


class NodesNodeQemuVmidAgentSuspendHybrid(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/agent/suspend-hybrid`` (suspend-hybrid)

    ``POST``: Execute suspend-hybrid."""

    __slots__ = ()

    def post(self) -> dict[str, Any]:
        """Execute suspend-hybrid.

        Returns:
            ``dict[str, Any]``: Returns an object with a single `result` property.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.PowerMgmt, VM.GuestAgent.Unrestricted], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/agent/suspend-hybrid`` (``suspend-hybrid``)."""
        return self._client._call("POST", self._path, {}, _R25)


class NodesNodeQemuVmidAgentSuspendRam(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/agent/suspend-ram`` (suspend-ram)

    ``POST``: Execute suspend-ram."""

    __slots__ = ()

    def post(self) -> dict[str, Any]:
        """Execute suspend-ram.

        Returns:
            ``dict[str, Any]``: Returns an object with a single `result` property.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.PowerMgmt, VM.GuestAgent.Unrestricted], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/agent/suspend-ram`` (``suspend-ram``)."""
        return self._client._call("POST", self._path, {}, _R26)
