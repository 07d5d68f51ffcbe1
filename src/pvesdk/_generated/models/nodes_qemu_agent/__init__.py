# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``nodes_qemu_agent``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .nodes_qemu_agent_exec_post import (
        NodesQemuAgentExecPostResult as NodesQemuAgentExecPostResult,
    )
    from .nodes_qemu_agent_exec_status_get import (
        NodesQemuAgentExecStatusGetResult as NodesQemuAgentExecStatusGetResult,
    )
    from .nodes_qemu_agent_file_read_get import (
        NodesQemuAgentFileReadGetResult as NodesQemuAgentFileReadGetResult,
    )

__all__ = [
    "NodesQemuAgentExecPostResult",
    "NodesQemuAgentExecStatusGetResult",
    "NodesQemuAgentFileReadGetResult",
]

_INDEX: dict[str, str] = {
    "NodesQemuAgentExecPostResult": "nodes_qemu_agent_exec_post",
    "NodesQemuAgentExecStatusGetResult": "nodes_qemu_agent_exec_status_get",
    "NodesQemuAgentFileReadGetResult": "nodes_qemu_agent_file_read_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
