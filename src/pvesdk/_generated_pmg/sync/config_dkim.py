# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Path classes for ``config_dkim`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.config_dkim.config_dkim_domains_domain_get import (
        ConfigDkimDomainsDomainGetResult,
    )
    from ..models.config_dkim.config_dkim_domains_get import (
        ConfigDkimDomainsGetResultItem,
    )
    from ..models.config_dkim.config_dkim_get import ConfigDkimGetResultItem
    from ..models.config_dkim.config_dkim_selector_get import (
        ConfigDkimSelectorGetResult,
    )
    from ..models.config_dkim.config_dkim_selectors_get import (
        ConfigDkimSelectorsGetResultItem,
    )

_R0: Returns[list[ConfigDkimGetResultItem]] = Returns(
    "list[ConfigDkimGetResultItem]",
    "GET /config/dkim",
    "models.config_dkim.config_dkim_get",
    package="pvesdk._generated_pmg",
)
_R1: Returns[list[ConfigDkimDomainsGetResultItem]] = Returns(
    "list[ConfigDkimDomainsGetResultItem]",
    "GET /config/dkim/domains",
    "models.config_dkim.config_dkim_domains_get",
    package="pvesdk._generated_pmg",
)
_R2: Returns[None] = Returns("None", "POST /config/dkim/domains", package="pvesdk._generated_pmg")
_R3: Returns[ConfigDkimDomainsDomainGetResult] = Returns(
    "ConfigDkimDomainsDomainGetResult",
    "GET /config/dkim/domains/{domain}",
    "models.config_dkim.config_dkim_domains_domain_get",
    package="pvesdk._generated_pmg",
)
_R4: Returns[None] = Returns(
    "None", "PUT /config/dkim/domains/{domain}", package="pvesdk._generated_pmg"
)
_R5: Returns[None] = Returns(
    "None", "DELETE /config/dkim/domains/{domain}", package="pvesdk._generated_pmg"
)
_R6: Returns[ConfigDkimSelectorGetResult] = Returns(
    "ConfigDkimSelectorGetResult",
    "GET /config/dkim/selector",
    "models.config_dkim.config_dkim_selector_get",
    package="pvesdk._generated_pmg",
)
_R7: Returns[None] = Returns("None", "POST /config/dkim/selector", package="pvesdk._generated_pmg")
_R8: Returns[list[ConfigDkimSelectorsGetResultItem]] = Returns(
    "list[ConfigDkimSelectorsGetResultItem]",
    "GET /config/dkim/selectors",
    "models.config_dkim.config_dkim_selectors_get",
    package="pvesdk._generated_pmg",
)


class ConfigDkim(SyncPath):
    """``/config/dkim`` (dkim)

    ``GET``: Directory index."""

    __slots__ = ()

    @property
    def domains(self) -> ConfigDkimDomains:
        """List DKIM-sign domains."""
        return ConfigDkimDomains(self._client, self._path + "/domains")

    @property
    def selector(self) -> ConfigDkimSelector:
        """Get the public key for the configured selector, prepared as DKIM TXT record"""
        return ConfigDkimSelector(self._client, self._path + "/selector")

    @property
    def selectors(self) -> ConfigDkimSelectors:
        """Get a list of all existing selectors"""
        return ConfigDkimSelectors(self._client, self._path + "/selectors")

    def get(self) -> list[ConfigDkimGetResultItem]:
        """Directory index.

        Returns:
            ``list[ConfigDkimGetResultItem]``

        Proxmox: ``GET /config/dkim`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R0)


class ConfigDkimDomains(SyncPath):
    """``/config/dkim/domains`` (domains)

    ``GET``: List DKIM-sign domains.
    ``POST``: Add DKIM-sign domain."""

    __slots__ = ()

    def domain(self, domain: str) -> ConfigDkimDomainsDomain:
        """Domain name."""
        return ConfigDkimDomainsDomain(self._client, self._path + "/" + _segment(domain))

    def get(self) -> list[ConfigDkimDomainsGetResultItem]:
        """List DKIM-sign domains.

        Returns:
            ``list[ConfigDkimDomainsGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/dkim/domains`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R1)

    def post(
        self,
        *,
        domain: str,
        comment: str | None = None,
    ) -> None:
        """Add DKIM-sign domain.

        Args:
            domain: Domain name.
                Format: ``transport-domain``.
            comment: Comment.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/dkim/domains`` (``create``)."""
        params = {
            "domain": domain,
            "comment": comment,
        }
        return self._client._call("POST", self._path, params, _R2)


class ConfigDkimDomainsDomain(SyncPath):
    """``/config/dkim/domains/{domain}`` ({domain})

    ``GET``: Read Domain data (comment).
    ``PUT``: Update DKIM-sign domain data (comment).
    ``DELETE``: Delete a DKIM-sign domain"""

    __slots__ = ()

    def get(self) -> ConfigDkimDomainsDomainGetResult:
        """Read Domain data (comment).

        Returns:
            ``ConfigDkimDomainsDomainGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``master``.

        Proxmox: ``GET /config/dkim/domains/{domain}`` (``read``)."""
        return self._client._call("GET", self._path, {}, _R3)

    def put(
        self,
        *,
        comment: str,
    ) -> None:
        """Update DKIM-sign domain data (comment).

        Args:
            comment: Comment.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /config/dkim/domains/{domain}`` (``write``)."""
        params = {
            "comment": comment,
        }
        return self._client._call("PUT", self._path, params, _R4)

    def delete(self) -> None:
        """Delete a DKIM-sign domain

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /config/dkim/domains/{domain}`` (``delete``)."""
        return self._client._call("DELETE", self._path, {}, _R5)


class ConfigDkimSelector(SyncPath):
    """``/config/dkim/selector`` (selector)

    ``GET``: Get the public key for the configured selector, prepared as DKIM TXT record
    ``POST``: Generate a new private key for selector. All future mail will be signed with the new key!"""

    __slots__ = ()

    def get(self) -> ConfigDkimSelectorGetResult:
        """Get the public key for the configured selector, prepared as DKIM TXT record

        Returns:
            ``ConfigDkimSelectorGetResult``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /config/dkim/selector`` (``get_selector_info``)."""
        return self._client._call("GET", self._path, {}, _R6)

    def post(
        self,
        *,
        keysize: int,
        selector: str,
        force: bool | None = None,
    ) -> None:
        """Generate a new private key for selector. All future mail will be signed with the new key!

        Args:
            keysize: Number of bits for the RSA-Key
                Range: 1024 to inf.
            selector: DKIM Selector
                Format: ``dns-name``.
            force: Overwrite existing key

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/dkim/selector`` (``set_selector``)."""
        params = {
            "keysize": keysize,
            "selector": selector,
            "force": force,
        }
        return self._client._call("POST", self._path, params, _R7)


class ConfigDkimSelectors(SyncPath):
    """``/config/dkim/selectors`` (selectors)

    ``GET``: Get a list of all existing selectors"""

    __slots__ = ()

    def get(self) -> list[ConfigDkimSelectorsGetResultItem]:
        """Get a list of all existing selectors

        Returns:
            ``list[ConfigDkimSelectorsGetResultItem]``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /config/dkim/selectors`` (``get_selector_list``)."""
        return self._client._call("GET", self._path, {}, _R8)
