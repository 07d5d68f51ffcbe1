# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models for ``statistics``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .statistics_contact_contact_get import (
        StatisticsContactContactGetResultItem as StatisticsContactContactGetResultItem,
    )
    from .statistics_contact_get import (
        StatisticsContactGetResultItem as StatisticsContactGetResultItem,
    )
    from .statistics_domains_get import (
        StatisticsDomainsGetResultItem as StatisticsDomainsGetResultItem,
    )
    from .statistics_mail_get import StatisticsMailGetResult as StatisticsMailGetResult
    from .statistics_mailcount_get import (
        StatisticsMailcountGetResultItem as StatisticsMailcountGetResultItem,
    )
    from .statistics_maildistribution_get import (
        StatisticsMaildistributionGetResultItem as StatisticsMaildistributionGetResultItem,
    )
    from .statistics_receiver_get import (
        StatisticsReceiverGetResultItem as StatisticsReceiverGetResultItem,
    )
    from .statistics_receiver_receiver_get import (
        StatisticsReceiverReceiverGetResultItem as StatisticsReceiverReceiverGetResultItem,
    )
    from .statistics_recent_get import (
        StatisticsRecentGetResultItem as StatisticsRecentGetResultItem,
    )
    from .statistics_recentreceivers_get import (
        StatisticsRecentreceiversGetResultItem as StatisticsRecentreceiversGetResultItem,
    )
    from .statistics_rejectcount_get import (
        StatisticsRejectcountGetResultItem as StatisticsRejectcountGetResultItem,
    )
    from .statistics_sender_get import (
        StatisticsSenderGetResultItem as StatisticsSenderGetResultItem,
    )
    from .statistics_sender_sender_get import (
        StatisticsSenderSenderGetResultItem as StatisticsSenderSenderGetResultItem,
    )
    from .statistics_spamscores_get import (
        StatisticsSpamscoresGetResultItem as StatisticsSpamscoresGetResultItem,
    )
    from .statistics_virus_get import (
        StatisticsVirusGetResultItem as StatisticsVirusGetResultItem,
    )

__all__ = [
    "StatisticsContactContactGetResultItem",
    "StatisticsContactGetResultItem",
    "StatisticsDomainsGetResultItem",
    "StatisticsMailGetResult",
    "StatisticsMailcountGetResultItem",
    "StatisticsMaildistributionGetResultItem",
    "StatisticsReceiverGetResultItem",
    "StatisticsReceiverReceiverGetResultItem",
    "StatisticsRecentGetResultItem",
    "StatisticsRecentreceiversGetResultItem",
    "StatisticsRejectcountGetResultItem",
    "StatisticsSenderGetResultItem",
    "StatisticsSenderSenderGetResultItem",
    "StatisticsSpamscoresGetResultItem",
    "StatisticsVirusGetResultItem",
]

_INDEX: dict[str, str] = {
    "StatisticsContactGetResultItem": "statistics_contact_get",
    "StatisticsContactContactGetResultItem": "statistics_contact_contact_get",
    "StatisticsSenderGetResultItem": "statistics_sender_get",
    "StatisticsSenderSenderGetResultItem": "statistics_sender_sender_get",
    "StatisticsReceiverGetResultItem": "statistics_receiver_get",
    "StatisticsReceiverReceiverGetResultItem": "statistics_receiver_receiver_get",
    "StatisticsDomainsGetResultItem": "statistics_domains_get",
    "StatisticsMailGetResult": "statistics_mail_get",
    "StatisticsRecentGetResultItem": "statistics_recent_get",
    "StatisticsRecentreceiversGetResultItem": "statistics_recentreceivers_get",
    "StatisticsMailcountGetResultItem": "statistics_mailcount_get",
    "StatisticsVirusGetResultItem": "statistics_virus_get",
    "StatisticsSpamscoresGetResultItem": "statistics_spamscores_get",
    "StatisticsMaildistributionGetResultItem": "statistics_maildistribution_get",
    "StatisticsRejectcountGetResultItem": "statistics_rejectcount_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
