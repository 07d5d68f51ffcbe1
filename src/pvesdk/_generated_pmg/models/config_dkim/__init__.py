# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models for ``config_dkim``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config_dkim_domains_domain_get import (
        ConfigDkimDomainsDomainGetResult as ConfigDkimDomainsDomainGetResult,
    )
    from .config_dkim_domains_get import (
        ConfigDkimDomainsGetResultItem as ConfigDkimDomainsGetResultItem,
    )
    from .config_dkim_get import ConfigDkimGetResultItem as ConfigDkimGetResultItem
    from .config_dkim_selector_get import (
        ConfigDkimSelectorGetResult as ConfigDkimSelectorGetResult,
    )
    from .config_dkim_selectors_get import (
        ConfigDkimSelectorsGetResultItem as ConfigDkimSelectorsGetResultItem,
    )

__all__ = [
    "ConfigDkimDomainsDomainGetResult",
    "ConfigDkimDomainsGetResultItem",
    "ConfigDkimGetResultItem",
    "ConfigDkimSelectorGetResult",
    "ConfigDkimSelectorsGetResultItem",
]

_INDEX: dict[str, str] = {
    "ConfigDkimGetResultItem": "config_dkim_get",
    "ConfigDkimDomainsGetResultItem": "config_dkim_domains_get",
    "ConfigDkimDomainsDomainGetResult": "config_dkim_domains_domain_get",
    "ConfigDkimSelectorGetResult": "config_dkim_selector_get",
    "ConfigDkimSelectorsGetResultItem": "config_dkim_selectors_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
