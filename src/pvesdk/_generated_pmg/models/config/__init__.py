# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models for ``config``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config_customscores_get import (
        ConfigCustomscoresGetResultItem as ConfigCustomscoresGetResultItem,
    )
    from .config_customscores_name_get import (
        ConfigCustomscoresNameGetResult as ConfigCustomscoresNameGetResult,
    )
    from .config_domains_domain_get import (
        ConfigDomainsDomainGetResult as ConfigDomainsDomainGetResult,
    )
    from .config_domains_get import (
        ConfigDomainsGetResultItem as ConfigDomainsGetResultItem,
    )
    from .config_fetchmail_get import (
        ConfigFetchmailGetResultItem as ConfigFetchmailGetResultItem,
    )
    from .config_fetchmail_id_get import (
        ConfigFetchmailIdGetResult as ConfigFetchmailIdGetResult,
    )
    from .config_get import ConfigGetResultItem as ConfigGetResultItem
    from .config_mimetypes_get import (
        ConfigMimetypesGetResultItem as ConfigMimetypesGetResultItem,
    )
    from .config_mynetworks_cidr_get import (
        ConfigMynetworksCidrGetResult as ConfigMynetworksCidrGetResult,
    )
    from .config_mynetworks_get import (
        ConfigMynetworksGetResultItem as ConfigMynetworksGetResultItem,
    )
    from .config_pbs_get import ConfigPbsGetResultItem as ConfigPbsGetResultItem
    from .config_tlspolicy_destination_get import (
        ConfigTlspolicyDestinationGetResult as ConfigTlspolicyDestinationGetResult,
    )
    from .config_tlspolicy_get import (
        ConfigTlspolicyGetResultItem as ConfigTlspolicyGetResultItem,
    )
    from .config_transport_domain_get import (
        ConfigTransportDomainGetResult as ConfigTransportDomainGetResult,
    )
    from .config_transport_get import (
        ConfigTransportGetResultItem as ConfigTransportGetResultItem,
    )

__all__ = [
    "ConfigCustomscoresGetResultItem",
    "ConfigCustomscoresNameGetResult",
    "ConfigDomainsDomainGetResult",
    "ConfigDomainsGetResultItem",
    "ConfigFetchmailGetResultItem",
    "ConfigFetchmailIdGetResult",
    "ConfigGetResultItem",
    "ConfigMimetypesGetResultItem",
    "ConfigMynetworksCidrGetResult",
    "ConfigMynetworksGetResultItem",
    "ConfigPbsGetResultItem",
    "ConfigTlspolicyDestinationGetResult",
    "ConfigTlspolicyGetResultItem",
    "ConfigTransportDomainGetResult",
    "ConfigTransportGetResultItem",
]

_INDEX: dict[str, str] = {
    "ConfigGetResultItem": "config_get",
    "ConfigDomainsGetResultItem": "config_domains_get",
    "ConfigDomainsDomainGetResult": "config_domains_domain_get",
    "ConfigFetchmailGetResultItem": "config_fetchmail_get",
    "ConfigFetchmailIdGetResult": "config_fetchmail_id_get",
    "ConfigTransportGetResultItem": "config_transport_get",
    "ConfigTransportDomainGetResult": "config_transport_domain_get",
    "ConfigMynetworksGetResultItem": "config_mynetworks_get",
    "ConfigMynetworksCidrGetResult": "config_mynetworks_cidr_get",
    "ConfigMimetypesGetResultItem": "config_mimetypes_get",
    "ConfigTlspolicyGetResultItem": "config_tlspolicy_get",
    "ConfigTlspolicyDestinationGetResult": "config_tlspolicy_destination_get",
    "ConfigCustomscoresGetResultItem": "config_customscores_get",
    "ConfigCustomscoresNameGetResult": "config_customscores_name_get",
    "ConfigPbsGetResultItem": "config_pbs_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
