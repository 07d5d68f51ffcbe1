# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``nodes_apt``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .nodes_apt_get import NodesAptGetResultItem as NodesAptGetResultItem
    from .nodes_apt_repositories_get import (
        NodesAptRepositoriesGetResult as NodesAptRepositoriesGetResult,
    )
    from .nodes_apt_repositories_get import (
        NodesAptRepositoriesGetResultErrorsItem as NodesAptRepositoriesGetResultErrorsItem,
    )
    from .nodes_apt_repositories_get import (
        NodesAptRepositoriesGetResultFilesItem as NodesAptRepositoriesGetResultFilesItem,
    )
    from .nodes_apt_repositories_get import (
        NodesAptRepositoriesGetResultFilesItemRepositoriesItem as NodesAptRepositoriesGetResultFilesItemRepositoriesItem,
    )
    from .nodes_apt_repositories_get import (
        NodesAptRepositoriesGetResultFilesItemRepositoriesItemOptionsItem as NodesAptRepositoriesGetResultFilesItemRepositoriesItemOptionsItem,
    )
    from .nodes_apt_repositories_get import (
        NodesAptRepositoriesGetResultInfosItem as NodesAptRepositoriesGetResultInfosItem,
    )
    from .nodes_apt_repositories_get import (
        NodesAptRepositoriesGetResultStandardReposItem as NodesAptRepositoriesGetResultStandardReposItem,
    )
    from .nodes_apt_update_get import (
        NodesAptUpdateGetResultItem as NodesAptUpdateGetResultItem,
    )
    from .nodes_apt_versions_get import (
        NodesAptVersionsGetResultItem as NodesAptVersionsGetResultItem,
    )

__all__ = [
    "NodesAptGetResultItem",
    "NodesAptRepositoriesGetResult",
    "NodesAptRepositoriesGetResultErrorsItem",
    "NodesAptRepositoriesGetResultFilesItem",
    "NodesAptRepositoriesGetResultFilesItemRepositoriesItem",
    "NodesAptRepositoriesGetResultFilesItemRepositoriesItemOptionsItem",
    "NodesAptRepositoriesGetResultInfosItem",
    "NodesAptRepositoriesGetResultStandardReposItem",
    "NodesAptUpdateGetResultItem",
    "NodesAptVersionsGetResultItem",
]

_INDEX: dict[str, str] = {
    "NodesAptGetResultItem": "nodes_apt_get",
    "NodesAptRepositoriesGetResult": "nodes_apt_repositories_get",
    "NodesAptRepositoriesGetResultErrorsItem": "nodes_apt_repositories_get",
    "NodesAptRepositoriesGetResultFilesItem": "nodes_apt_repositories_get",
    "NodesAptRepositoriesGetResultFilesItemRepositoriesItem": "nodes_apt_repositories_get",
    "NodesAptRepositoriesGetResultFilesItemRepositoriesItemOptionsItem": "nodes_apt_repositories_get",
    "NodesAptRepositoriesGetResultInfosItem": "nodes_apt_repositories_get",
    "NodesAptRepositoriesGetResultStandardReposItem": "nodes_apt_repositories_get",
    "NodesAptUpdateGetResultItem": "nodes_apt_update_get",
    "NodesAptVersionsGetResultItem": "nodes_apt_versions_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
