# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Path classes for ``statistics`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.statistics.statistics_contact_contact_get import (
        StatisticsContactContactGetResultItem,
    )
    from ..models.statistics.statistics_contact_get import (
        StatisticsContactGetResultItem,
    )
    from ..models.statistics.statistics_domains_get import (
        StatisticsDomainsGetResultItem,
    )
    from ..models.statistics.statistics_mail_get import StatisticsMailGetResult
    from ..models.statistics.statistics_mailcount_get import (
        StatisticsMailcountGetResultItem,
    )
    from ..models.statistics.statistics_maildistribution_get import (
        StatisticsMaildistributionGetResultItem,
    )
    from ..models.statistics.statistics_receiver_get import (
        StatisticsReceiverGetResultItem,
    )
    from ..models.statistics.statistics_receiver_receiver_get import (
        StatisticsReceiverReceiverGetResultItem,
    )
    from ..models.statistics.statistics_recent_get import StatisticsRecentGetResultItem
    from ..models.statistics.statistics_recentreceivers_get import (
        StatisticsRecentreceiversGetResultItem,
    )
    from ..models.statistics.statistics_rejectcount_get import (
        StatisticsRejectcountGetResultItem,
    )
    from ..models.statistics.statistics_sender_get import StatisticsSenderGetResultItem
    from ..models.statistics.statistics_sender_sender_get import (
        StatisticsSenderSenderGetResultItem,
    )
    from ..models.statistics.statistics_spamscores_get import (
        StatisticsSpamscoresGetResultItem,
    )
    from ..models.statistics.statistics_virus_get import StatisticsVirusGetResultItem

_R0: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /statistics", package="pvesdk._generated_pmg"
)
_R1: Returns[list[StatisticsContactGetResultItem]] = Returns(
    "list[StatisticsContactGetResultItem]",
    "GET /statistics/contact",
    "models.statistics.statistics_contact_get",
    package="pvesdk._generated_pmg",
)
_R2: Returns[list[StatisticsContactContactGetResultItem]] = Returns(
    "list[StatisticsContactContactGetResultItem]",
    "GET /statistics/contact/{contact}",
    "models.statistics.statistics_contact_contact_get",
    package="pvesdk._generated_pmg",
)
_R3: Returns[list[StatisticsSenderGetResultItem]] = Returns(
    "list[StatisticsSenderGetResultItem]",
    "GET /statistics/sender",
    "models.statistics.statistics_sender_get",
    package="pvesdk._generated_pmg",
)
_R4: Returns[list[StatisticsSenderSenderGetResultItem]] = Returns(
    "list[StatisticsSenderSenderGetResultItem]",
    "GET /statistics/sender/{sender}",
    "models.statistics.statistics_sender_sender_get",
    package="pvesdk._generated_pmg",
)
_R5: Returns[list[StatisticsReceiverGetResultItem]] = Returns(
    "list[StatisticsReceiverGetResultItem]",
    "GET /statistics/receiver",
    "models.statistics.statistics_receiver_get",
    package="pvesdk._generated_pmg",
)
_R6: Returns[list[StatisticsReceiverReceiverGetResultItem]] = Returns(
    "list[StatisticsReceiverReceiverGetResultItem]",
    "GET /statistics/receiver/{receiver}",
    "models.statistics.statistics_receiver_receiver_get",
    package="pvesdk._generated_pmg",
)
_R7: Returns[list[StatisticsDomainsGetResultItem]] = Returns(
    "list[StatisticsDomainsGetResultItem]",
    "GET /statistics/domains",
    "models.statistics.statistics_domains_get",
    package="pvesdk._generated_pmg",
)
_R8: Returns[StatisticsMailGetResult] = Returns(
    "StatisticsMailGetResult",
    "GET /statistics/mail",
    "models.statistics.statistics_mail_get",
    package="pvesdk._generated_pmg",
)
_R9: Returns[list[StatisticsRecentGetResultItem]] = Returns(
    "list[StatisticsRecentGetResultItem]",
    "GET /statistics/recent",
    "models.statistics.statistics_recent_get",
    package="pvesdk._generated_pmg",
)
_R10: Returns[list[StatisticsRecentreceiversGetResultItem]] = Returns(
    "list[StatisticsRecentreceiversGetResultItem]",
    "GET /statistics/recentreceivers",
    "models.statistics.statistics_recentreceivers_get",
    package="pvesdk._generated_pmg",
)
_R11: Returns[list[StatisticsMailcountGetResultItem]] = Returns(
    "list[StatisticsMailcountGetResultItem]",
    "GET /statistics/mailcount",
    "models.statistics.statistics_mailcount_get",
    package="pvesdk._generated_pmg",
)
_R12: Returns[list[StatisticsVirusGetResultItem]] = Returns(
    "list[StatisticsVirusGetResultItem]",
    "GET /statistics/virus",
    "models.statistics.statistics_virus_get",
    package="pvesdk._generated_pmg",
)
_R13: Returns[list[StatisticsSpamscoresGetResultItem]] = Returns(
    "list[StatisticsSpamscoresGetResultItem]",
    "GET /statistics/spamscores",
    "models.statistics.statistics_spamscores_get",
    package="pvesdk._generated_pmg",
)
_R14: Returns[list[StatisticsMaildistributionGetResultItem]] = Returns(
    "list[StatisticsMaildistributionGetResultItem]",
    "GET /statistics/maildistribution",
    "models.statistics.statistics_maildistribution_get",
    package="pvesdk._generated_pmg",
)
_R15: Returns[list[StatisticsRejectcountGetResultItem]] = Returns(
    "list[StatisticsRejectcountGetResultItem]",
    "GET /statistics/rejectcount",
    "models.statistics.statistics_rejectcount_get",
    package="pvesdk._generated_pmg",
)


class Statistics(SyncPath):
    """``/statistics`` (statistics)

    ``GET``: Directory index."""

    __slots__ = ()

    @property
    def contact(self) -> StatisticsContact:
        """Contact Address Statistics."""
        return StatisticsContact(self._client, self._path + "/contact")

    @property
    def sender(self) -> StatisticsSender:
        """Sender Address Statistics."""
        return StatisticsSender(self._client, self._path + "/sender")

    @property
    def receiver(self) -> StatisticsReceiver:
        """Receiver Address Statistics."""
        return StatisticsReceiver(self._client, self._path + "/receiver")

    @property
    def domains(self) -> StatisticsDomains:
        """Mail Domains Statistics."""
        return StatisticsDomains(self._client, self._path + "/domains")

    @property
    def mail(self) -> StatisticsMail:
        """General Mail Statistics."""
        return StatisticsMail(self._client, self._path + "/mail")

    @property
    def recent(self) -> StatisticsRecent:
        """Mail Count Statistics."""
        return StatisticsRecent(self._client, self._path + "/recent")

    @property
    def recentreceivers(self) -> StatisticsRecentreceivers:
        """Top recent Mail Receivers (including spam)"""
        return StatisticsRecentreceivers(self._client, self._path + "/recentreceivers")

    @property
    def mailcount(self) -> StatisticsMailcount:
        """Mail Count Statistics."""
        return StatisticsMailcount(self._client, self._path + "/mailcount")

    @property
    def virus(self) -> StatisticsVirus:
        """Get Statistics about detected Viruses."""
        return StatisticsVirus(self._client, self._path + "/virus")

    @property
    def spamscores(self) -> StatisticsSpamscores:
        """Get the count of spam mails grouped by spam score. Count for score 10 includes mails with spam score > 10."""
        return StatisticsSpamscores(self._client, self._path + "/spamscores")

    @property
    def maildistribution(self) -> StatisticsMaildistribution:
        """Get the count of spam mails grouped by spam score. Count for score 10 includes mails with spam score > 10."""
        return StatisticsMaildistribution(self._client, self._path + "/maildistribution")

    @property
    def rejectcount(self) -> StatisticsRejectcount:
        """Early SMTP reject count statistic (RBL, PREGREET rejects with postscreen)"""
        return StatisticsRejectcount(self._client, self._path + "/rejectcount")

    def get(self) -> list[dict[str, Any]]:
        """Directory index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            Check: ``[admin, qmanager, audit]``

        Proxmox: ``GET /statistics`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R0)


class StatisticsContact(SyncPath):
    """``/statistics/contact`` (contact)

    ``GET``: Contact Address Statistics."""

    __slots__ = ()

    def contact(self, contact: str) -> StatisticsContactContact:
        """Contact email address."""
        return StatisticsContactContact(self._client, self._path + "/" + _segment(contact))

    def get(
        self,
        *,
        day: int | None = None,
        endtime: int | None = None,
        filter: str | None = None,
        month: int | None = None,
        orderby: str | None = None,
        starttime: int | None = None,
        year: int | None = None,
    ) -> list[StatisticsContactGetResultItem]:
        """Contact Address Statistics.

        Args:
            day: Day of month. Get statistics for a single day.
                Range: 1 to 31.
            endtime: Only consider entries older than 'endtime' (unix epoch). This is set to '<start> + 1day' by default.
                Range: 1 to inf.
            filter: Contact address filter.
                Length: 0 to 512.
            month: Month. You will get statistics for the whole month if you do not specify a day.
                Range: 1 to 12.
            orderby: Remote sorting configuration(JSON, ExtJS compatible).
                Length: 0 to 4096.
            starttime: Only consider entries newer than 'starttime' (unix epoch). Default is 'now - 1day'.
                Range: 0 to inf.
            year: Year. Defaults to current year. You will get statistics for the whole year if you do not specify a month or day.
                Range: 1900 to 3000.

        Returns:
            ``list[StatisticsContactGetResultItem]``

        Permissions:
            Check: ``[admin, qmanager, audit]``

        Proxmox: ``GET /statistics/contact`` (``contact``)."""
        params = {
            "day": day,
            "endtime": endtime,
            "filter": filter,
            "month": month,
            "orderby": orderby,
            "starttime": starttime,
            "year": year,
        }
        return self._client._call("GET", self._path, params, _R1)


class StatisticsContactContact(SyncPath):
    """``/statistics/contact/{contact}`` ({contact})

    ``GET``: Detailed Contact Statistics."""

    __slots__ = ()

    def get(
        self,
        *,
        day: int | None = None,
        endtime: int | None = None,
        filter: str | None = None,
        month: int | None = None,
        orderby: str | None = None,
        starttime: int | None = None,
        year: int | None = None,
    ) -> list[StatisticsContactContactGetResultItem]:
        """Detailed Contact Statistics.

        Args:
            day: Day of month. Get statistics for a single day.
                Range: 1 to 31.
            endtime: Only consider entries older than 'endtime' (unix epoch). This is set to '<start> + 1day' by default.
                Range: 1 to inf.
            filter: Sender address filter.
                Length: 0 to 512.
            month: Month. You will get statistics for the whole month if you do not specify a day.
                Range: 1 to 12.
            orderby: Remote sorting configuration(JSON, ExtJS compatible).
                Length: 0 to 4096.
            starttime: Only consider entries newer than 'starttime' (unix epoch). Default is 'now - 1day'.
                Range: 0 to inf.
            year: Year. Defaults to current year. You will get statistics for the whole year if you do not specify a month or day.
                Range: 1900 to 3000.

        Returns:
            ``list[StatisticsContactContactGetResultItem]``

        Permissions:
            Check: ``[admin, qmanager, audit]``

        Proxmox: ``GET /statistics/contact/{contact}`` (``contactdetails``)."""
        params = {
            "day": day,
            "endtime": endtime,
            "filter": filter,
            "month": month,
            "orderby": orderby,
            "starttime": starttime,
            "year": year,
        }
        return self._client._call("GET", self._path, params, _R2)


class StatisticsSender(SyncPath):
    """``/statistics/sender`` (sender)

    ``GET``: Sender Address Statistics."""

    __slots__ = ()

    def sender(self, sender: str) -> StatisticsSenderSender:
        """Sender email address."""
        return StatisticsSenderSender(self._client, self._path + "/" + _segment(sender))

    def get(
        self,
        *,
        day: int | None = None,
        endtime: int | None = None,
        filter: str | None = None,
        month: int | None = None,
        orderby: str | None = None,
        starttime: int | None = None,
        year: int | None = None,
    ) -> list[StatisticsSenderGetResultItem]:
        """Sender Address Statistics.

        Args:
            day: Day of month. Get statistics for a single day.
                Range: 1 to 31.
            endtime: Only consider entries older than 'endtime' (unix epoch). This is set to '<start> + 1day' by default.
                Range: 1 to inf.
            filter: Sender address filter.
                Length: 0 to 512.
            month: Month. You will get statistics for the whole month if you do not specify a day.
                Range: 1 to 12.
            orderby: Remote sorting configuration(JSON, ExtJS compatible).
                Length: 0 to 4096.
            starttime: Only consider entries newer than 'starttime' (unix epoch). Default is 'now - 1day'.
                Range: 0 to inf.
            year: Year. Defaults to current year. You will get statistics for the whole year if you do not specify a month or day.
                Range: 1900 to 3000.

        Returns:
            ``list[StatisticsSenderGetResultItem]``

        Permissions:
            Check: ``[admin, qmanager, audit]``

        Proxmox: ``GET /statistics/sender`` (``sender``)."""
        params = {
            "day": day,
            "endtime": endtime,
            "filter": filter,
            "month": month,
            "orderby": orderby,
            "starttime": starttime,
            "year": year,
        }
        return self._client._call("GET", self._path, params, _R3)


class StatisticsSenderSender(SyncPath):
    """``/statistics/sender/{sender}`` ({sender})

    ``GET``: Detailed Sender Statistics."""

    __slots__ = ()

    def get(
        self,
        *,
        day: int | None = None,
        endtime: int | None = None,
        filter: str | None = None,
        month: int | None = None,
        orderby: str | None = None,
        starttime: int | None = None,
        year: int | None = None,
    ) -> list[StatisticsSenderSenderGetResultItem]:
        """Detailed Sender Statistics.

        Args:
            day: Day of month. Get statistics for a single day.
                Range: 1 to 31.
            endtime: Only consider entries older than 'endtime' (unix epoch). This is set to '<start> + 1day' by default.
                Range: 1 to inf.
            filter: Receiver address filter.
                Length: 0 to 512.
            month: Month. You will get statistics for the whole month if you do not specify a day.
                Range: 1 to 12.
            orderby: Remote sorting configuration(JSON, ExtJS compatible).
                Length: 0 to 4096.
            starttime: Only consider entries newer than 'starttime' (unix epoch). Default is 'now - 1day'.
                Range: 0 to inf.
            year: Year. Defaults to current year. You will get statistics for the whole year if you do not specify a month or day.
                Range: 1900 to 3000.

        Returns:
            ``list[StatisticsSenderSenderGetResultItem]``

        Permissions:
            Check: ``[admin, qmanager, audit]``

        Proxmox: ``GET /statistics/sender/{sender}`` (``senderdetails``)."""
        params = {
            "day": day,
            "endtime": endtime,
            "filter": filter,
            "month": month,
            "orderby": orderby,
            "starttime": starttime,
            "year": year,
        }
        return self._client._call("GET", self._path, params, _R4)


class StatisticsReceiver(SyncPath):
    """``/statistics/receiver`` (receiver)

    ``GET``: Receiver Address Statistics."""

    __slots__ = ()

    def receiver(self, receiver: str) -> StatisticsReceiverReceiver:
        """Receiver email address."""
        return StatisticsReceiverReceiver(self._client, self._path + "/" + _segment(receiver))

    def get(
        self,
        *,
        day: int | None = None,
        endtime: int | None = None,
        filter: str | None = None,
        month: int | None = None,
        orderby: str | None = None,
        starttime: int | None = None,
        year: int | None = None,
    ) -> list[StatisticsReceiverGetResultItem]:
        """Receiver Address Statistics.

        Args:
            day: Day of month. Get statistics for a single day.
                Range: 1 to 31.
            endtime: Only consider entries older than 'endtime' (unix epoch). This is set to '<start> + 1day' by default.
                Range: 1 to inf.
            filter: Receiver address filter.
                Length: 0 to 512.
            month: Month. You will get statistics for the whole month if you do not specify a day.
                Range: 1 to 12.
            orderby: Remote sorting configuration(JSON, ExtJS compatible).
                Length: 0 to 4096.
            starttime: Only consider entries newer than 'starttime' (unix epoch). Default is 'now - 1day'.
                Range: 0 to inf.
            year: Year. Defaults to current year. You will get statistics for the whole year if you do not specify a month or day.
                Range: 1900 to 3000.

        Returns:
            ``list[StatisticsReceiverGetResultItem]``

        Permissions:
            Check: ``[admin, qmanager, audit]``

        Proxmox: ``GET /statistics/receiver`` (``receiver``)."""
        params = {
            "day": day,
            "endtime": endtime,
            "filter": filter,
            "month": month,
            "orderby": orderby,
            "starttime": starttime,
            "year": year,
        }
        return self._client._call("GET", self._path, params, _R5)


class StatisticsReceiverReceiver(SyncPath):
    """``/statistics/receiver/{receiver}`` ({receiver})

    ``GET``: Detailed Receiver Statistics."""

    __slots__ = ()

    def get(
        self,
        *,
        day: int | None = None,
        endtime: int | None = None,
        filter: str | None = None,
        month: int | None = None,
        orderby: str | None = None,
        starttime: int | None = None,
        year: int | None = None,
    ) -> list[StatisticsReceiverReceiverGetResultItem]:
        """Detailed Receiver Statistics.

        Args:
            day: Day of month. Get statistics for a single day.
                Range: 1 to 31.
            endtime: Only consider entries older than 'endtime' (unix epoch). This is set to '<start> + 1day' by default.
                Range: 1 to inf.
            filter: Sender address filter.
                Length: 0 to 512.
            month: Month. You will get statistics for the whole month if you do not specify a day.
                Range: 1 to 12.
            orderby: Remote sorting configuration(JSON, ExtJS compatible).
                Length: 0 to 4096.
            starttime: Only consider entries newer than 'starttime' (unix epoch). Default is 'now - 1day'.
                Range: 0 to inf.
            year: Year. Defaults to current year. You will get statistics for the whole year if you do not specify a month or day.
                Range: 1900 to 3000.

        Returns:
            ``list[StatisticsReceiverReceiverGetResultItem]``

        Permissions:
            Check: ``[admin, qmanager, audit]``

        Proxmox: ``GET /statistics/receiver/{receiver}`` (``receiverdetails``)."""
        params = {
            "day": day,
            "endtime": endtime,
            "filter": filter,
            "month": month,
            "orderby": orderby,
            "starttime": starttime,
            "year": year,
        }
        return self._client._call("GET", self._path, params, _R6)


class StatisticsDomains(SyncPath):
    """``/statistics/domains`` (domains)

    ``GET``: Mail Domains Statistics."""

    __slots__ = ()

    def get(
        self,
        *,
        day: int | None = None,
        endtime: int | None = None,
        month: int | None = None,
        starttime: int | None = None,
        year: int | None = None,
    ) -> list[StatisticsDomainsGetResultItem]:
        """Mail Domains Statistics.

        Args:
            day: Day of month. Get statistics for a single day.
                Range: 1 to 31.
            endtime: Only consider entries older than 'endtime' (unix epoch). This is set to '<start> + 1day' by default.
                Range: 1 to inf.
            month: Month. You will get statistics for the whole month if you do not specify a day.
                Range: 1 to 12.
            starttime: Only consider entries newer than 'starttime' (unix epoch). Default is 'now - 1day'.
                Range: 0 to inf.
            year: Year. Defaults to current year. You will get statistics for the whole year if you do not specify a month or day.
                Range: 1900 to 3000.

        Returns:
            ``list[StatisticsDomainsGetResultItem]``

        Permissions:
            Check: ``[admin, qmanager, audit]``

        Proxmox: ``GET /statistics/domains`` (``domains``)."""
        params = {
            "day": day,
            "endtime": endtime,
            "month": month,
            "starttime": starttime,
            "year": year,
        }
        return self._client._call("GET", self._path, params, _R7)


class StatisticsMail(SyncPath):
    """``/statistics/mail`` (mail)

    ``GET``: General Mail Statistics."""

    __slots__ = ()

    def get(
        self,
        *,
        day: int | None = None,
        endtime: int | None = None,
        month: int | None = None,
        starttime: int | None = None,
        year: int | None = None,
    ) -> StatisticsMailGetResult:
        """General Mail Statistics.

        Args:
            day: Day of month. Get statistics for a single day.
                Range: 1 to 31.
            endtime: Only consider entries older than 'endtime' (unix epoch). This is set to '<start> + 1day' by default.
                Range: 1 to inf.
            month: Month. You will get statistics for the whole month if you do not specify a day.
                Range: 1 to 12.
            starttime: Only consider entries newer than 'starttime' (unix epoch). Default is 'now - 1day'.
                Range: 0 to inf.
            year: Year. Defaults to current year. You will get statistics for the whole year if you do not specify a month or day.
                Range: 1900 to 3000.

        Returns:
            ``StatisticsMailGetResult``

        Permissions:
            Check: ``[admin, qmanager, audit]``

        Proxmox: ``GET /statistics/mail`` (``mail``)."""
        params = {
            "day": day,
            "endtime": endtime,
            "month": month,
            "starttime": starttime,
            "year": year,
        }
        return self._client._call("GET", self._path, params, _R8)


class StatisticsRecent(SyncPath):
    """``/statistics/recent`` (recent)

    ``GET``: Mail Count Statistics."""

    __slots__ = ()

    def get(
        self,
        *,
        hours: int | None = None,
        timespan: int | None = None,
    ) -> list[StatisticsRecentGetResultItem]:
        """Mail Count Statistics.

        Args:
            hours: How many hours you want to get
                Range: 1 to 24.
                Default: ``12``.
            timespan: The Timespan for one datapoint (in seconds)
                Range: 1 to 1800.
                Default: ``1800``.

        Returns:
            ``list[StatisticsRecentGetResultItem]``

        Permissions:
            Check: ``[admin, qmanager, audit]``

        Proxmox: ``GET /statistics/recent`` (``recent``)."""
        params = {
            "hours": hours,
            "timespan": timespan,
        }
        return self._client._call("GET", self._path, params, _R9)


class StatisticsRecentreceivers(SyncPath):
    """``/statistics/recentreceivers`` (recentreceivers)

    ``GET``: Top recent Mail Receivers (including spam)"""

    __slots__ = ()

    def get(
        self,
        *,
        hours: int | None = None,
        limit: int | None = None,
    ) -> list[StatisticsRecentreceiversGetResultItem]:
        """Top recent Mail Receivers (including spam)

        Args:
            hours: How many hours you want to get
                Range: 1 to 24.
                Default: ``12``.
            limit: The maximum number of receivers to return.
                Range: 1 to 50.
                Default: ``5``.

        Returns:
            ``list[StatisticsRecentreceiversGetResultItem]``

        Permissions:
            Check: ``[admin, qmanager, audit]``

        Proxmox: ``GET /statistics/recentreceivers`` (``recentreceivers``)."""
        params = {
            "hours": hours,
            "limit": limit,
        }
        return self._client._call("GET", self._path, params, _R10)


class StatisticsMailcount(SyncPath):
    """``/statistics/mailcount`` (mailcount)

    ``GET``: Mail Count Statistics."""

    __slots__ = ()

    def get(
        self,
        *,
        day: int | None = None,
        endtime: int | None = None,
        month: int | None = None,
        starttime: int | None = None,
        timespan: int | None = None,
        year: int | None = None,
    ) -> list[StatisticsMailcountGetResultItem]:
        """Mail Count Statistics.

        Args:
            day: Day of month. Get statistics for a single day.
                Range: 1 to 31.
            endtime: Only consider entries older than 'endtime' (unix epoch). This is set to '<start> + 1day' by default.
                Range: 1 to inf.
            month: Month. You will get statistics for the whole month if you do not specify a day.
                Range: 1 to 12.
            starttime: Only consider entries newer than 'starttime' (unix epoch). Default is 'now - 1day'.
                Range: 0 to inf.
            timespan: Return Mails/<timespan>, where <timespan> is specified in seconds.
                Range: 3600 to 31622400.
                Default: ``3600``.
            year: Year. Defaults to current year. You will get statistics for the whole year if you do not specify a month or day.
                Range: 1900 to 3000.

        Returns:
            ``list[StatisticsMailcountGetResultItem]``

        Permissions:
            Check: ``[admin, qmanager, audit]``

        Proxmox: ``GET /statistics/mailcount`` (``mailcount``)."""
        params = {
            "day": day,
            "endtime": endtime,
            "month": month,
            "starttime": starttime,
            "timespan": timespan,
            "year": year,
        }
        return self._client._call("GET", self._path, params, _R11)


class StatisticsVirus(SyncPath):
    """``/statistics/virus`` (virus)

    ``GET``: Get Statistics about detected Viruses."""

    __slots__ = ()

    def get(
        self,
        *,
        day: int | None = None,
        endtime: int | None = None,
        month: int | None = None,
        starttime: int | None = None,
        year: int | None = None,
    ) -> list[StatisticsVirusGetResultItem]:
        """Get Statistics about detected Viruses.

        Args:
            day: Day of month. Get statistics for a single day.
                Range: 1 to 31.
            endtime: Only consider entries older than 'endtime' (unix epoch). This is set to '<start> + 1day' by default.
                Range: 1 to inf.
            month: Month. You will get statistics for the whole month if you do not specify a day.
                Range: 1 to 12.
            starttime: Only consider entries newer than 'starttime' (unix epoch). Default is 'now - 1day'.
                Range: 0 to inf.
            year: Year. Defaults to current year. You will get statistics for the whole year if you do not specify a month or day.
                Range: 1900 to 3000.

        Returns:
            ``list[StatisticsVirusGetResultItem]``

        Permissions:
            Check: ``[admin, qmanager, audit]``

        Proxmox: ``GET /statistics/virus`` (``virus``)."""
        params = {
            "day": day,
            "endtime": endtime,
            "month": month,
            "starttime": starttime,
            "year": year,
        }
        return self._client._call("GET", self._path, params, _R12)


class StatisticsSpamscores(SyncPath):
    """``/statistics/spamscores`` (spamscores)

    ``GET``: Get the count of spam mails grouped by spam score. Count for score 10 includes mails with spam score > 10."""

    __slots__ = ()

    def get(
        self,
        *,
        day: int | None = None,
        endtime: int | None = None,
        month: int | None = None,
        starttime: int | None = None,
        year: int | None = None,
    ) -> list[StatisticsSpamscoresGetResultItem]:
        """Get the count of spam mails grouped by spam score. Count for score 10 includes mails with spam score > 10.

        Args:
            day: Day of month. Get statistics for a single day.
                Range: 1 to 31.
            endtime: Only consider entries older than 'endtime' (unix epoch). This is set to '<start> + 1day' by default.
                Range: 1 to inf.
            month: Month. You will get statistics for the whole month if you do not specify a day.
                Range: 1 to 12.
            starttime: Only consider entries newer than 'starttime' (unix epoch). Default is 'now - 1day'.
                Range: 0 to inf.
            year: Year. Defaults to current year. You will get statistics for the whole year if you do not specify a month or day.
                Range: 1900 to 3000.

        Returns:
            ``list[StatisticsSpamscoresGetResultItem]``

        Permissions:
            Check: ``[admin, qmanager, audit]``

        Proxmox: ``GET /statistics/spamscores`` (``spamscores``)."""
        params = {
            "day": day,
            "endtime": endtime,
            "month": month,
            "starttime": starttime,
            "year": year,
        }
        return self._client._call("GET", self._path, params, _R13)


class StatisticsMaildistribution(SyncPath):
    """``/statistics/maildistribution`` (maildistribution)

    ``GET``: Get the count of spam mails grouped by spam score. Count for score 10 includes mails with spam score > 10."""

    __slots__ = ()

    def get(
        self,
        *,
        day: int | None = None,
        endtime: int | None = None,
        month: int | None = None,
        starttime: int | None = None,
        year: int | None = None,
    ) -> list[StatisticsMaildistributionGetResultItem]:
        """Get the count of spam mails grouped by spam score. Count for score 10 includes mails with spam score > 10.

        Args:
            day: Day of month. Get statistics for a single day.
                Range: 1 to 31.
            endtime: Only consider entries older than 'endtime' (unix epoch). This is set to '<start> + 1day' by default.
                Range: 1 to inf.
            month: Month. You will get statistics for the whole month if you do not specify a day.
                Range: 1 to 12.
            starttime: Only consider entries newer than 'starttime' (unix epoch). Default is 'now - 1day'.
                Range: 0 to inf.
            year: Year. Defaults to current year. You will get statistics for the whole year if you do not specify a month or day.
                Range: 1900 to 3000.

        Returns:
            ``list[StatisticsMaildistributionGetResultItem]``

        Permissions:
            Check: ``[admin, qmanager, audit]``

        Proxmox: ``GET /statistics/maildistribution`` (``maildistribution``)."""
        params = {
            "day": day,
            "endtime": endtime,
            "month": month,
            "starttime": starttime,
            "year": year,
        }
        return self._client._call("GET", self._path, params, _R14)


class StatisticsRejectcount(SyncPath):
    """``/statistics/rejectcount`` (rejectcount)

    ``GET``: Early SMTP reject count statistic (RBL, PREGREET rejects with postscreen)"""

    __slots__ = ()

    def get(
        self,
        *,
        day: int | None = None,
        endtime: int | None = None,
        month: int | None = None,
        starttime: int | None = None,
        timespan: int | None = None,
        year: int | None = None,
    ) -> list[StatisticsRejectcountGetResultItem]:
        """Early SMTP reject count statistic (RBL, PREGREET rejects with postscreen)

        Args:
            day: Day of month. Get statistics for a single day.
                Range: 1 to 31.
            endtime: Only consider entries older than 'endtime' (unix epoch). This is set to '<start> + 1day' by default.
                Range: 1 to inf.
            month: Month. You will get statistics for the whole month if you do not specify a day.
                Range: 1 to 12.
            starttime: Only consider entries newer than 'starttime' (unix epoch). Default is 'now - 1day'.
                Range: 0 to inf.
            timespan: Return RBL/PREGREET rejects/<timespan>, where <timespan> is specified in seconds.
                Range: 3600 to 31622400.
                Default: ``3600``.
            year: Year. Defaults to current year. You will get statistics for the whole year if you do not specify a month or day.
                Range: 1900 to 3000.

        Returns:
            ``list[StatisticsRejectcountGetResultItem]``

        Permissions:
            Check: ``[admin, qmanager, audit]``

        Proxmox: ``GET /statistics/rejectcount`` (``rejectcount``)."""
        params = {
            "day": day,
            "endtime": endtime,
            "month": month,
            "starttime": starttime,
            "timespan": timespan,
            "year": year,
        }
        return self._client._call("GET", self._path, params, _R15)
