# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/qemu/{vmid}/agent/exec-status``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "NodesQemuAgentExecStatusGetResult",
]


class NodesQemuAgentExecStatusGetResult(PveModel):
    """Result object ``NodesQemuAgentExecStatusGetResult``."""

    exited: bool
    """Tells if the given command has exited yet."""

    err_data: str | None = Field(default=None, alias="err-data")
    """stderr of the process"""

    err_truncated: bool | None = Field(default=None, alias="err-truncated")
    """true if stderr was not fully captured"""

    exitcode: int | None = None
    """process exit code if it was normally terminated."""

    out_data: str | None = Field(default=None, alias="out-data")
    """stdout of the process"""

    out_truncated: bool | None = Field(default=None, alias="out-truncated")
    """true if stdout was not fully captured"""

    signal: int | None = None
    """signal number or exception code if the process was abnormally terminated."""
