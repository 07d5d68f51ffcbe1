# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models for ``config_whitelist``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config_whitelist_domain_id_get import (
        ConfigWhitelistDomainIdGetResult as ConfigWhitelistDomainIdGetResult,
    )
    from .config_whitelist_email_id_get import (
        ConfigWhitelistEmailIdGetResult as ConfigWhitelistEmailIdGetResult,
    )
    from .config_whitelist_get import (
        ConfigWhitelistGetResultItem as ConfigWhitelistGetResultItem,
    )
    from .config_whitelist_ip_id_get import (
        ConfigWhitelistIpIdGetResult as ConfigWhitelistIpIdGetResult,
    )
    from .config_whitelist_network_id_get import (
        ConfigWhitelistNetworkIdGetResult as ConfigWhitelistNetworkIdGetResult,
    )
    from .config_whitelist_objects_get import (
        ConfigWhitelistObjectsGetResultItem as ConfigWhitelistObjectsGetResultItem,
    )
    from .config_whitelist_receiver_domain_id_get import (
        ConfigWhitelistReceiverDomainIdGetResult as ConfigWhitelistReceiverDomainIdGetResult,
    )
    from .config_whitelist_receiver_id_get import (
        ConfigWhitelistReceiverIdGetResult as ConfigWhitelistReceiverIdGetResult,
    )
    from .config_whitelist_receiver_regex_id_get import (
        ConfigWhitelistReceiverRegexIdGetResult as ConfigWhitelistReceiverRegexIdGetResult,
    )
    from .config_whitelist_regex_id_get import (
        ConfigWhitelistRegexIdGetResult as ConfigWhitelistRegexIdGetResult,
    )

__all__ = [
    "ConfigWhitelistDomainIdGetResult",
    "ConfigWhitelistEmailIdGetResult",
    "ConfigWhitelistGetResultItem",
    "ConfigWhitelistIpIdGetResult",
    "ConfigWhitelistNetworkIdGetResult",
    "ConfigWhitelistObjectsGetResultItem",
    "ConfigWhitelistReceiverDomainIdGetResult",
    "ConfigWhitelistReceiverIdGetResult",
    "ConfigWhitelistReceiverRegexIdGetResult",
    "ConfigWhitelistRegexIdGetResult",
]

_INDEX: dict[str, str] = {
    "ConfigWhitelistGetResultItem": "config_whitelist_get",
    "ConfigWhitelistObjectsGetResultItem": "config_whitelist_objects_get",
    "ConfigWhitelistEmailIdGetResult": "config_whitelist_email_id_get",
    "ConfigWhitelistReceiverIdGetResult": "config_whitelist_receiver_id_get",
    "ConfigWhitelistDomainIdGetResult": "config_whitelist_domain_id_get",
    "ConfigWhitelistReceiverDomainIdGetResult": "config_whitelist_receiver_domain_id_get",
    "ConfigWhitelistRegexIdGetResult": "config_whitelist_regex_id_get",
    "ConfigWhitelistReceiverRegexIdGetResult": "config_whitelist_receiver_regex_id_get",
    "ConfigWhitelistIpIdGetResult": "config_whitelist_ip_id_get",
    "ConfigWhitelistNetworkIdGetResult": "config_whitelist_network_id_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
