# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Path classes for ``config_whitelist`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import checked as _checked
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.config_whitelist.config_whitelist_domain_id_get import (
        ConfigWhitelistDomainIdGetResult,
    )
    from ..models.config_whitelist.config_whitelist_email_id_get import (
        ConfigWhitelistEmailIdGetResult,
    )
    from ..models.config_whitelist.config_whitelist_get import (
        ConfigWhitelistGetResultItem,
    )
    from ..models.config_whitelist.config_whitelist_ip_id_get import (
        ConfigWhitelistIpIdGetResult,
    )
    from ..models.config_whitelist.config_whitelist_network_id_get import (
        ConfigWhitelistNetworkIdGetResult,
    )
    from ..models.config_whitelist.config_whitelist_objects_get import (
        ConfigWhitelistObjectsGetResultItem,
    )
    from ..models.config_whitelist.config_whitelist_receiver_domain_id_get import (
        ConfigWhitelistReceiverDomainIdGetResult,
    )
    from ..models.config_whitelist.config_whitelist_receiver_id_get import (
        ConfigWhitelistReceiverIdGetResult,
    )
    from ..models.config_whitelist.config_whitelist_receiver_regex_id_get import (
        ConfigWhitelistReceiverRegexIdGetResult,
    )
    from ..models.config_whitelist.config_whitelist_regex_id_get import (
        ConfigWhitelistRegexIdGetResult,
    )

_R0: Returns[list[ConfigWhitelistGetResultItem]] = Returns(
    "list[ConfigWhitelistGetResultItem]",
    "GET /config/whitelist",
    "models.config_whitelist.config_whitelist_get",
    package="pvesdk._generated_pmg",
)
_R1: Returns[list[ConfigWhitelistObjectsGetResultItem]] = Returns(
    "list[ConfigWhitelistObjectsGetResultItem]",
    "GET /config/whitelist/objects",
    "models.config_whitelist.config_whitelist_objects_get",
    package="pvesdk._generated_pmg",
)
_R2: Returns[None] = Returns(
    "None", "DELETE /config/whitelist/objects/{id}", package="pvesdk._generated_pmg"
)
_R3: Returns[int] = Returns("int", "POST /config/whitelist/email", package="pvesdk._generated_pmg")
_R4: Returns[ConfigWhitelistEmailIdGetResult] = Returns(
    "ConfigWhitelistEmailIdGetResult",
    "GET /config/whitelist/email/{id}",
    "models.config_whitelist.config_whitelist_email_id_get",
    package="pvesdk._generated_pmg",
)
_R5: Returns[None] = Returns(
    "None", "PUT /config/whitelist/email/{id}", package="pvesdk._generated_pmg"
)
_R6: Returns[int] = Returns(
    "int", "POST /config/whitelist/receiver", package="pvesdk._generated_pmg"
)
_R7: Returns[ConfigWhitelistReceiverIdGetResult] = Returns(
    "ConfigWhitelistReceiverIdGetResult",
    "GET /config/whitelist/receiver/{id}",
    "models.config_whitelist.config_whitelist_receiver_id_get",
    package="pvesdk._generated_pmg",
)
_R8: Returns[None] = Returns(
    "None", "PUT /config/whitelist/receiver/{id}", package="pvesdk._generated_pmg"
)
_R9: Returns[int] = Returns("int", "POST /config/whitelist/domain", package="pvesdk._generated_pmg")
_R10: Returns[ConfigWhitelistDomainIdGetResult] = Returns(
    "ConfigWhitelistDomainIdGetResult",
    "GET /config/whitelist/domain/{id}",
    "models.config_whitelist.config_whitelist_domain_id_get",
    package="pvesdk._generated_pmg",
)
_R11: Returns[None] = Returns(
    "None", "PUT /config/whitelist/domain/{id}", package="pvesdk._generated_pmg"
)
_R12: Returns[int] = Returns(
    "int", "POST /config/whitelist/receiver_domain", package="pvesdk._generated_pmg"
)
_R13: Returns[ConfigWhitelistReceiverDomainIdGetResult] = Returns(
    "ConfigWhitelistReceiverDomainIdGetResult",
    "GET /config/whitelist/receiver_domain/{id}",
    "models.config_whitelist.config_whitelist_receiver_domain_id_get",
    package="pvesdk._generated_pmg",
)
_R14: Returns[None] = Returns(
    "None", "PUT /config/whitelist/receiver_domain/{id}", package="pvesdk._generated_pmg"
)
_R15: Returns[int] = Returns("int", "POST /config/whitelist/regex", package="pvesdk._generated_pmg")
_R16: Returns[ConfigWhitelistRegexIdGetResult] = Returns(
    "ConfigWhitelistRegexIdGetResult",
    "GET /config/whitelist/regex/{id}",
    "models.config_whitelist.config_whitelist_regex_id_get",
    package="pvesdk._generated_pmg",
)
_R17: Returns[None] = Returns(
    "None", "PUT /config/whitelist/regex/{id}", package="pvesdk._generated_pmg"
)
_R18: Returns[int] = Returns(
    "int", "POST /config/whitelist/receiver_regex", package="pvesdk._generated_pmg"
)
_R19: Returns[ConfigWhitelistReceiverRegexIdGetResult] = Returns(
    "ConfigWhitelistReceiverRegexIdGetResult",
    "GET /config/whitelist/receiver_regex/{id}",
    "models.config_whitelist.config_whitelist_receiver_regex_id_get",
    package="pvesdk._generated_pmg",
)
_R20: Returns[None] = Returns(
    "None", "PUT /config/whitelist/receiver_regex/{id}", package="pvesdk._generated_pmg"
)
_R21: Returns[int] = Returns("int", "POST /config/whitelist/ip", package="pvesdk._generated_pmg")
_R22: Returns[ConfigWhitelistIpIdGetResult] = Returns(
    "ConfigWhitelistIpIdGetResult",
    "GET /config/whitelist/ip/{id}",
    "models.config_whitelist.config_whitelist_ip_id_get",
    package="pvesdk._generated_pmg",
)
_R23: Returns[None] = Returns(
    "None", "PUT /config/whitelist/ip/{id}", package="pvesdk._generated_pmg"
)
_R24: Returns[int] = Returns(
    "int", "POST /config/whitelist/network", package="pvesdk._generated_pmg"
)
_R25: Returns[ConfigWhitelistNetworkIdGetResult] = Returns(
    "ConfigWhitelistNetworkIdGetResult",
    "GET /config/whitelist/network/{id}",
    "models.config_whitelist.config_whitelist_network_id_get",
    package="pvesdk._generated_pmg",
)
_R26: Returns[None] = Returns(
    "None", "PUT /config/whitelist/network/{id}", package="pvesdk._generated_pmg"
)


class ConfigWhitelist(SyncPath):
    """``/config/whitelist`` (whitelist)

    ``GET``: Directory index."""

    __slots__ = ()

    @property
    def objects(self) -> ConfigWhitelistObjects:
        """Get list of all SMTP whitelist entries."""
        return ConfigWhitelistObjects(self._client, self._path + "/objects")

    @property
    def email(self) -> ConfigWhitelistEmail:
        """Add 'Mail address' object."""
        return ConfigWhitelistEmail(self._client, self._path + "/email")

    @property
    def receiver(self) -> ConfigWhitelistReceiver:
        """Add 'Mail address' object."""
        return ConfigWhitelistReceiver(self._client, self._path + "/receiver")

    @property
    def domain(self) -> ConfigWhitelistDomain:
        """Add 'Domain' object."""
        return ConfigWhitelistDomain(self._client, self._path + "/domain")

    @property
    def receiver_domain(self) -> ConfigWhitelistReceiverDomain:
        """Add 'Domain' object."""
        return ConfigWhitelistReceiverDomain(self._client, self._path + "/receiver_domain")

    @property
    def regex(self) -> ConfigWhitelistRegex:
        """Add 'Regular Expression' object."""
        return ConfigWhitelistRegex(self._client, self._path + "/regex")

    @property
    def receiver_regex(self) -> ConfigWhitelistReceiverRegex:
        """Add 'Regular Expression' object."""
        return ConfigWhitelistReceiverRegex(self._client, self._path + "/receiver_regex")

    @property
    def ip(self) -> ConfigWhitelistIp:
        """Add 'IP Address' object."""
        return ConfigWhitelistIp(self._client, self._path + "/ip")

    @property
    def network(self) -> ConfigWhitelistNetwork:
        """Add 'IP Network' object."""
        return ConfigWhitelistNetwork(self._client, self._path + "/network")

    def get(self) -> list[ConfigWhitelistGetResultItem]:
        """Directory index.

        Returns:
            ``list[ConfigWhitelistGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Proxmox: ``GET /config/whitelist`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R0)


class ConfigWhitelistObjects(SyncPath):
    """``/config/whitelist/objects`` (objects)

    ``GET``: Get list of all SMTP whitelist entries."""

    __slots__ = ()

    def id(self, id: int) -> ConfigWhitelistObjectsId:
        """Object ID."""
        return ConfigWhitelistObjectsId(self._client, self._path + "/" + _segment(id))

    def get(self) -> list[ConfigWhitelistObjectsGetResultItem]:
        """Get list of all SMTP whitelist entries.

        Returns:
            ``list[ConfigWhitelistObjectsGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/whitelist/objects`` (``objects``)."""
        return self._client._call("GET", self._path, {}, _R1)


class ConfigWhitelistObjectsId(SyncPath):
    """``/config/whitelist/objects/{id}`` ({id})

    ``DELETE``: Remove an object from the SMTP whitelist."""

    __slots__ = ()

    def delete(self) -> None:
        """Remove an object from the SMTP whitelist.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /config/whitelist/objects/{id}`` (``delete_object``)."""
        return self._client._call("DELETE", self._path, {}, _R2)


class ConfigWhitelistEmail(SyncPath):
    """``/config/whitelist/email`` (email)

    ``POST``: Add 'Mail address' object."""

    __slots__ = ()

    def id(self, id: int) -> ConfigWhitelistEmailId:
        """Object ID."""
        return ConfigWhitelistEmailId(self._client, self._path + "/" + _segment(id))

    def post(
        self,
        *,
        email: str,
    ) -> int:
        """Add 'Mail address' object.

        Args:
            email: Email address.
                Format: ``email``.

        Returns:
            ``int``: The object ID.

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/whitelist/email`` (``email``)."""
        params = {
            "email": email,
        }
        return self._client._call("POST", self._path, params, _R3)


class ConfigWhitelistEmailId(SyncPath):
    """``/config/whitelist/email/{id}`` ({id})

    ``GET``: Read 'Mail address' object settings.
    ``PUT``: Update 'Mail address' object."""

    __slots__ = ()

    def get(self) -> ConfigWhitelistEmailIdGetResult:
        """Read 'Mail address' object settings.

        Returns:
            ``ConfigWhitelistEmailIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/whitelist/email/{id}`` (``read_email``)."""
        return self._client._call("GET", self._path, {}, _R4)

    def put(
        self,
        *,
        email: str,
    ) -> None:
        """Update 'Mail address' object.

        Args:
            email: Email address.
                Format: ``email``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/whitelist/email/{id}`` (``update_email``)."""
        params = {
            "email": email,
        }
        return self._client._call("PUT", self._path, params, _R5)


class ConfigWhitelistReceiver(SyncPath):
    """``/config/whitelist/receiver`` (receiver)

    ``POST``: Add 'Mail address' object."""

    __slots__ = ()

    def id(self, id: int) -> ConfigWhitelistReceiverId:
        """Object ID."""
        return ConfigWhitelistReceiverId(self._client, self._path + "/" + _segment(id))

    def post(
        self,
        *,
        email: str,
    ) -> int:
        """Add 'Mail address' object.

        Args:
            email: Email address.
                Format: ``email``.

        Returns:
            ``int``: The object ID.

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/whitelist/receiver`` (``receiver``)."""
        params = {
            "email": email,
        }
        return self._client._call("POST", self._path, params, _R6)


class ConfigWhitelistReceiverId(SyncPath):
    """``/config/whitelist/receiver/{id}`` ({id})

    ``GET``: Read 'Mail address' object settings.
    ``PUT``: Update 'Mail address' object."""

    __slots__ = ()

    def get(self) -> ConfigWhitelistReceiverIdGetResult:
        """Read 'Mail address' object settings.

        Returns:
            ``ConfigWhitelistReceiverIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/whitelist/receiver/{id}`` (``read_receiver``)."""
        return self._client._call("GET", self._path, {}, _R7)

    def put(
        self,
        *,
        email: str,
    ) -> None:
        """Update 'Mail address' object.

        Args:
            email: Email address.
                Format: ``email``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/whitelist/receiver/{id}`` (``update_receiver``)."""
        params = {
            "email": email,
        }
        return self._client._call("PUT", self._path, params, _R8)


class ConfigWhitelistDomain(SyncPath):
    """``/config/whitelist/domain`` (domain)

    ``POST``: Add 'Domain' object."""

    __slots__ = ()

    def id(self, id: int) -> ConfigWhitelistDomainId:
        """Object ID."""
        return ConfigWhitelistDomainId(self._client, self._path + "/" + _segment(id))

    def post(
        self,
        *,
        domain: str,
    ) -> int:
        """Add 'Domain' object.

        Args:
            domain: DNS domain name (Sender).
                Format: ``dns-name``.

        Returns:
            ``int``: The object ID.

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/whitelist/domain`` (``domain``)."""
        params = {
            "domain": domain,
        }
        return self._client._call("POST", self._path, params, _R9)


class ConfigWhitelistDomainId(SyncPath):
    """``/config/whitelist/domain/{id}`` ({id})

    ``GET``: Read 'Domain' object settings.
    ``PUT``: Update 'Domain' object."""

    __slots__ = ()

    def get(self) -> ConfigWhitelistDomainIdGetResult:
        """Read 'Domain' object settings.

        Returns:
            ``ConfigWhitelistDomainIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/whitelist/domain/{id}`` (``read_domain``)."""
        return self._client._call("GET", self._path, {}, _R10)

    def put(
        self,
        *,
        domain: str,
    ) -> None:
        """Update 'Domain' object.

        Args:
            domain: DNS domain name (Sender).
                Format: ``dns-name``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/whitelist/domain/{id}`` (``update_domain``)."""
        params = {
            "domain": domain,
        }
        return self._client._call("PUT", self._path, params, _R11)


class ConfigWhitelistReceiverDomain(SyncPath):
    """``/config/whitelist/receiver_domain`` (receiver_domain)

    ``POST``: Add 'Domain' object."""

    __slots__ = ()

    def id(self, id: int) -> ConfigWhitelistReceiverDomainId:
        """Object ID."""
        return ConfigWhitelistReceiverDomainId(self._client, self._path + "/" + _segment(id))

    def post(
        self,
        *,
        domain: str,
    ) -> int:
        """Add 'Domain' object.

        Args:
            domain: DNS domain name (Sender).
                Format: ``dns-name``.

        Returns:
            ``int``: The object ID.

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/whitelist/receiver_domain`` (``receiver_domain``)."""
        params = {
            "domain": domain,
        }
        return self._client._call("POST", self._path, params, _R12)


class ConfigWhitelistReceiverDomainId(SyncPath):
    """``/config/whitelist/receiver_domain/{id}`` ({id})

    ``GET``: Read 'Domain' object settings.
    ``PUT``: Update 'Domain' object."""

    __slots__ = ()

    def get(self) -> ConfigWhitelistReceiverDomainIdGetResult:
        """Read 'Domain' object settings.

        Returns:
            ``ConfigWhitelistReceiverDomainIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/whitelist/receiver_domain/{id}`` (``read_receiver_domain``)."""
        return self._client._call("GET", self._path, {}, _R13)

    def put(
        self,
        *,
        domain: str,
    ) -> None:
        """Update 'Domain' object.

        Args:
            domain: DNS domain name (Sender).
                Format: ``dns-name``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/whitelist/receiver_domain/{id}`` (``update_receiver_domain``)."""
        params = {
            "domain": domain,
        }
        return self._client._call("PUT", self._path, params, _R14)


class ConfigWhitelistRegex(SyncPath):
    """``/config/whitelist/regex`` (regex)

    ``POST``: Add 'Regular Expression' object."""

    __slots__ = ()

    def id(self, id: int) -> ConfigWhitelistRegexId:
        """Object ID."""
        return ConfigWhitelistRegexId(self._client, self._path + "/" + _segment(id))

    def post(
        self,
        *,
        regex: str,
    ) -> int:
        """Add 'Regular Expression' object.

        Args:
            regex: Email address regular expression.
                Length: 0 to 1024.

        Returns:
            ``int``: The object ID.

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/whitelist/regex`` (``regex``)."""
        params = {
            "regex": regex,
        }
        return self._client._call("POST", self._path, params, _R15)


class ConfigWhitelistRegexId(SyncPath):
    """``/config/whitelist/regex/{id}`` ({id})

    ``GET``: Read 'Regular Expression' object settings.
    ``PUT``: Update 'Regular Expression' object."""

    __slots__ = ()

    def get(self) -> ConfigWhitelistRegexIdGetResult:
        """Read 'Regular Expression' object settings.

        Returns:
            ``ConfigWhitelistRegexIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/whitelist/regex/{id}`` (``read_regex``)."""
        return self._client._call("GET", self._path, {}, _R16)

    def put(
        self,
        *,
        regex: str,
    ) -> None:
        """Update 'Regular Expression' object.

        Args:
            regex: Email address regular expression.
                Length: 0 to 1024.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/whitelist/regex/{id}`` (``update_regex``)."""
        params = {
            "regex": regex,
        }
        return self._client._call("PUT", self._path, params, _R17)


class ConfigWhitelistReceiverRegex(SyncPath):
    """``/config/whitelist/receiver_regex`` (receiver_regex)

    ``POST``: Add 'Regular Expression' object."""

    __slots__ = ()

    def id(self, id: int) -> ConfigWhitelistReceiverRegexId:
        """Object ID."""
        return ConfigWhitelistReceiverRegexId(self._client, self._path + "/" + _segment(id))

    def post(
        self,
        *,
        regex: str,
    ) -> int:
        """Add 'Regular Expression' object.

        Args:
            regex: Email address regular expression.
                Length: 0 to 1024.

        Returns:
            ``int``: The object ID.

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/whitelist/receiver_regex`` (``receiver_regex``)."""
        params = {
            "regex": regex,
        }
        return self._client._call("POST", self._path, params, _R18)


class ConfigWhitelistReceiverRegexId(SyncPath):
    """``/config/whitelist/receiver_regex/{id}`` ({id})

    ``GET``: Read 'Regular Expression' object settings.
    ``PUT``: Update 'Regular Expression' object."""

    __slots__ = ()

    def get(self) -> ConfigWhitelistReceiverRegexIdGetResult:
        """Read 'Regular Expression' object settings.

        Returns:
            ``ConfigWhitelistReceiverRegexIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/whitelist/receiver_regex/{id}`` (``read_receiver_regex``)."""
        return self._client._call("GET", self._path, {}, _R19)

    def put(
        self,
        *,
        regex: str,
    ) -> None:
        """Update 'Regular Expression' object.

        Args:
            regex: Email address regular expression.
                Length: 0 to 1024.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/whitelist/receiver_regex/{id}`` (``update_receiver_regex``)."""
        params = {
            "regex": regex,
        }
        return self._client._call("PUT", self._path, params, _R20)


class ConfigWhitelistIp(SyncPath):
    """``/config/whitelist/ip`` (ip)

    ``POST``: Add 'IP Address' object."""

    __slots__ = ()

    def id(self, id: int) -> ConfigWhitelistIpId:
        """Object ID."""
        return ConfigWhitelistIpId(self._client, self._path + "/" + _segment(id))

    def post(
        self,
        *,
        ip: str,
    ) -> int:
        """Add 'IP Address' object.

        Args:
            ip: IP address
                Format: ``ip``.

        Returns:
            ``int``: The object ID.

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/whitelist/ip`` (``ip``)."""
        params = {
            "ip": _checked("ip", "ip", ip),
        }
        return self._client._call("POST", self._path, params, _R21)


class ConfigWhitelistIpId(SyncPath):
    """``/config/whitelist/ip/{id}`` ({id})

    ``GET``: Read 'IP Address' object settings.
    ``PUT``: Update 'IP Address' object."""

    __slots__ = ()

    def get(self) -> ConfigWhitelistIpIdGetResult:
        """Read 'IP Address' object settings.

        Returns:
            ``ConfigWhitelistIpIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/whitelist/ip/{id}`` (``read_ip``)."""
        return self._client._call("GET", self._path, {}, _R22)

    def put(
        self,
        *,
        ip: str,
    ) -> None:
        """Update 'IP Address' object.

        Args:
            ip: IP address
                Format: ``ip``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/whitelist/ip/{id}`` (``update_ip``)."""
        params = {
            "ip": _checked("ip", "ip", ip),
        }
        return self._client._call("PUT", self._path, params, _R23)


class ConfigWhitelistNetwork(SyncPath):
    """``/config/whitelist/network`` (network)

    ``POST``: Add 'IP Network' object."""

    __slots__ = ()

    def id(self, id: int) -> ConfigWhitelistNetworkId:
        """Object ID."""
        return ConfigWhitelistNetworkId(self._client, self._path + "/" + _segment(id))

    def post(
        self,
        *,
        cidr: str,
    ) -> int:
        """Add 'IP Network' object.

        Args:
            cidr: Network address in CIDR notation.
                Format: ``CIDR``.

        Returns:
            ``int``: The object ID.

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/whitelist/network`` (``network``)."""
        params = {
            "cidr": _checked("CIDR", "cidr", cidr),
        }
        return self._client._call("POST", self._path, params, _R24)


class ConfigWhitelistNetworkId(SyncPath):
    """``/config/whitelist/network/{id}`` ({id})

    ``GET``: Read 'IP Network' object settings.
    ``PUT``: Update 'IP Network' object."""

    __slots__ = ()

    def get(self) -> ConfigWhitelistNetworkIdGetResult:
        """Read 'IP Network' object settings.

        Returns:
            ``ConfigWhitelistNetworkIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/whitelist/network/{id}`` (``read_network``)."""
        return self._client._call("GET", self._path, {}, _R25)

    def put(
        self,
        *,
        cidr: str,
    ) -> None:
        """Update 'IP Network' object.

        Args:
            cidr: Network address in CIDR notation.
                Format: ``CIDR``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/whitelist/network/{id}`` (``update_network``)."""
        params = {
            "cidr": _checked("CIDR", "cidr", cidr),
        }
        return self._client._call("PUT", self._path, params, _R26)
