# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models for ``nodes_tasks``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .nodes_node_tasks_get import (
        NodesNodeTasksGetResultItem as NodesNodeTasksGetResultItem,
    )
    from .nodes_tasks_log_get import (
        NodesTasksLogGetResultItem as NodesTasksLogGetResultItem,
    )
    from .nodes_tasks_status_get import (
        NodesTasksStatusGetResult as NodesTasksStatusGetResult,
    )

__all__ = [
    "NodesNodeTasksGetResultItem",
    "NodesTasksLogGetResultItem",
    "NodesTasksStatusGetResult",
]

_INDEX: dict[str, str] = {
    "NodesNodeTasksGetResultItem": "nodes_node_tasks_get",
    "NodesTasksLogGetResultItem": "nodes_tasks_log_get",
    "NodesTasksStatusGetResult": "nodes_tasks_status_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
