# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``cluster_acme`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import bind_task as _task
from pvesdk._runtime import join as _join
from pvesdk._runtime import secret as _secret
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from pvesdk.tasks import Task

    from ..models.cluster_acme.cluster_acme_account_name_get import (
        ClusterAcmeAccountNameGetResult,
    )
    from ..models.cluster_acme.cluster_acme_challenge_schema_get import (
        ClusterAcmeChallengeSchemaGetResultItem,
    )
    from ..models.cluster_acme.cluster_acme_directories_get import (
        ClusterAcmeDirectoriesGetResultItem,
    )
    from ..models.cluster_acme.cluster_acme_meta_get import ClusterAcmeMetaGetResult
    from ..models.cluster_acme.cluster_acme_plugins_get import (
        ClusterAcmePluginsGetResultItem,
    )
    from ..models.cluster_acme.cluster_acme_plugins_id_get import (
        ClusterAcmePluginsIdGetResult,
    )

_R0: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /cluster/acme")
_R1: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /cluster/acme/account")
_R2: Returns[str] = Returns("str", "POST /cluster/acme/account")
_R3: Returns[ClusterAcmeAccountNameGetResult] = Returns(
    "ClusterAcmeAccountNameGetResult",
    "GET /cluster/acme/account/{name}",
    "models.cluster_acme.cluster_acme_account_name_get",
)
_R4: Returns[str] = Returns("str", "PUT /cluster/acme/account/{name}")
_R5: Returns[str] = Returns("str", "DELETE /cluster/acme/account/{name}")
_R6: Returns[list[ClusterAcmeChallengeSchemaGetResultItem]] = Returns(
    "list[ClusterAcmeChallengeSchemaGetResultItem]",
    "GET /cluster/acme/challenge-schema",
    "models.cluster_acme.cluster_acme_challenge_schema_get",
)
_R7: Returns[list[ClusterAcmeDirectoriesGetResultItem]] = Returns(
    "list[ClusterAcmeDirectoriesGetResultItem]",
    "GET /cluster/acme/directories",
    "models.cluster_acme.cluster_acme_directories_get",
)
_R8: Returns[ClusterAcmeMetaGetResult] = Returns(
    "ClusterAcmeMetaGetResult",
    "GET /cluster/acme/meta",
    "models.cluster_acme.cluster_acme_meta_get",
)
_R9: Returns[list[ClusterAcmePluginsGetResultItem]] = Returns(
    "list[ClusterAcmePluginsGetResultItem]",
    "GET /cluster/acme/plugins",
    "models.cluster_acme.cluster_acme_plugins_get",
)
_R10: Returns[None] = Returns("None", "POST /cluster/acme/plugins")
_R11: Returns[ClusterAcmePluginsIdGetResult] = Returns(
    "ClusterAcmePluginsIdGetResult",
    "GET /cluster/acme/plugins/{id}",
    "models.cluster_acme.cluster_acme_plugins_id_get",
)
_R12: Returns[None] = Returns("None", "PUT /cluster/acme/plugins/{id}")
_R13: Returns[None] = Returns("None", "DELETE /cluster/acme/plugins/{id}")
_R14: Returns[str | None] = Returns("str | None", "GET /cluster/acme/tos")


class ClusterAcme(SyncPath):
    """``/cluster/acme`` (acme)

    ``GET``: ACMEAccount index."""

    __slots__ = ()

    @property
    def account(self) -> ClusterAcmeAccount:
        """ACMEAccount index."""
        return ClusterAcmeAccount(self._client, self._path + "/account")

    @property
    def challenge_schema(self) -> ClusterAcmeChallengeSchema:
        """Get schema of ACME challenge types."""
        return ClusterAcmeChallengeSchema(self._client, self._path + "/challenge-schema")

    @property
    def directories(self) -> ClusterAcmeDirectories:
        """Get named known ACME directory endpoints."""
        return ClusterAcmeDirectories(self._client, self._path + "/directories")

    @property
    def meta(self) -> ClusterAcmeMeta:
        """Retrieve ACME Directory Meta Information"""
        return ClusterAcmeMeta(self._client, self._path + "/meta")

    @property
    def plugins(self) -> ClusterAcmePlugins:
        """ACME plugin index."""
        return ClusterAcmePlugins(self._client, self._path + "/plugins")

    @property
    def tos(self) -> ClusterAcmeTos:
        """Retrieve ACME TermsOfService URL from CA. Deprecated, please use /cluster/acme/meta."""
        return ClusterAcmeTos(self._client, self._path + "/tos")

    def get(self) -> list[dict[str, Any]]:
        """ACMEAccount index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /cluster/acme`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R0)


class ClusterAcmeAccount(SyncPath):
    """``/cluster/acme/account`` (account)

    ``GET``: ACMEAccount index.
    ``POST``: Register a new ACME account with CA."""

    __slots__ = ()

    def name(self, name: str) -> ClusterAcmeAccountName:
        """ACME account config file name."""
        return ClusterAcmeAccountName(self._client, self._path + "/" + _segment(name))

    def get(self) -> list[dict[str, Any]]:
        """ACMEAccount index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /cluster/acme/account`` (``account_index``)."""
        return self._client._call("GET", self._path, {}, _R1)

    def post(
        self,
        *,
        contact: str | Sequence[str],
        directory: str | None = None,
        eab_hmac_key: str | None = None,
        eab_kid: str | None = None,
        name: str | None = None,
        tos_url: str | None = None,
    ) -> Task:
        """Register a new ACME account with CA.

        Args:
            contact: Contact email addresses.
                Format: ``email-list``.
                Syntax: ``<string>``.
            directory: URL of ACME CA directory endpoint.
                Pattern: ``^^https?://.*$``.
                Default: ``https://acme-v02.api.letsencrypt.org/directory``.
            eab_hmac_key: HMAC key for External Account Binding.
                Proxmox VE: New in 8.1.
            eab_kid: Key Identifier for External Account Binding.
                Proxmox VE: New in 8.1.
            name: ACME account config file name.
                Format: ``pve-configid``.
                Default: ``default``.
            tos_url: URL of CA TermsOfService - setting this indicates agreement.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/acme/account`` (``register_account``)."""
        eab_hmac_key = _secret(eab_hmac_key)
        params = {
            "contact": _join(contact),
            "directory": directory,
            "eab-hmac-key": eab_hmac_key,
            "eab-kid": eab_kid,
            "name": name,
            "tos_url": tos_url,
        }
        return _task(self._client._call("POST", self._path, params, _R2), self._client)


class ClusterAcmeAccountName(SyncPath):
    """``/cluster/acme/account/{name}`` ({name})

    ``GET``: Return existing ACME account information.
    ``PUT``: Update existing ACME account information with CA. Note: not specifying any new account information triggers a refresh.
    ``DELETE``: Deactivate existing ACME account at CA."""

    __slots__ = ()

    def get(self) -> ClusterAcmeAccountNameGetResult:
        """Return existing ACME account information.

        Returns:
            ``ClusterAcmeAccountNameGetResult``

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /cluster/acme/account/{name}`` (``get_account``)."""
        return self._client._call("GET", self._path, {}, _R3)

    def put(
        self,
        *,
        contact: str | Sequence[str] | None = None,
    ) -> Task:
        """Update existing ACME account information with CA. Note: not specifying any new account information triggers a refresh.

        Args:
            contact: Contact email addresses.
                Format: ``email-list``.
                Syntax: ``<string>``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /cluster/acme/account/{name}`` (``update_account``)."""
        params = {
            "contact": _join(contact),
        }
        return _task(self._client._call("PUT", self._path, params, _R4), self._client)

    def delete(self) -> Task:
        """Deactivate existing ACME account at CA.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /cluster/acme/account/{name}`` (``deactivate_account``)."""
        return _task(self._client._call("DELETE", self._path, {}, _R5), self._client)


class ClusterAcmeChallengeSchema(SyncPath):
    """``/cluster/acme/challenge-schema`` (challenge-schema)

    ``GET``: Get schema of ACME challenge types."""

    __slots__ = ()

    def get(self) -> list[ClusterAcmeChallengeSchemaGetResultItem]:
        """Get schema of ACME challenge types.

        Returns:
            ``list[ClusterAcmeChallengeSchemaGetResultItem]``

        Permissions:
            User: all

        Proxmox: ``GET /cluster/acme/challenge-schema`` (``challengeschema``)."""
        return self._client._call("GET", self._path, {}, _R6)


class ClusterAcmeDirectories(SyncPath):
    """``/cluster/acme/directories`` (directories)

    ``GET``: Get named known ACME directory endpoints."""

    __slots__ = ()

    def get(self) -> list[ClusterAcmeDirectoriesGetResultItem]:
        """Get named known ACME directory endpoints.

        Returns:
            ``list[ClusterAcmeDirectoriesGetResultItem]``

        Permissions:
            User: all

        Proxmox: ``GET /cluster/acme/directories`` (``get_directories``)."""
        return self._client._call("GET", self._path, {}, _R7)


class ClusterAcmeMeta(SyncPath):
    """``/cluster/acme/meta`` (meta)

    ``GET``: Retrieve ACME Directory Meta Information"""

    __slots__ = ()

    def get(
        self,
        *,
        directory: str | None = None,
    ) -> ClusterAcmeMetaGetResult:
        """Retrieve ACME Directory Meta Information

        Args:
            directory: URL of ACME CA directory endpoint.
                Proxmox VE: New in 8.1.
                Pattern: ``^^https?://.*$``.
                Default: ``https://acme-v02.api.letsencrypt.org/directory``.

        Returns:
            ``ClusterAcmeMetaGetResult``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Audit]]``

        Proxmox VE: New in 8.1.

        Proxmox: ``GET /cluster/acme/meta`` (``get_meta``)."""
        params = {
            "directory": directory,
        }
        return self._client._call("GET", self._path, params, _R8)


class ClusterAcmePlugins(SyncPath):
    """``/cluster/acme/plugins`` (plugins)

    ``GET``: ACME plugin index.
    ``POST``: Add ACME plugin configuration."""

    __slots__ = ()

    def id(self, id: str) -> ClusterAcmePluginsId:
        """Unique identifier for ACME plugin instance."""
        return ClusterAcmePluginsId(self._client, self._path + "/" + _segment(id))

    def get(
        self,
        *,
        type: Literal["dns", "standalone"] | None = None,
    ) -> list[ClusterAcmePluginsGetResultItem]:
        """ACME plugin index.

        Args:
            type: Only list ACME plugins of a specific type

        Returns:
            ``list[ClusterAcmePluginsGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /cluster/acme/plugins`` (``index``)."""
        params = {
            "type": type,
        }
        return self._client._call("GET", self._path, params, _R9)

    def post(
        self,
        *,
        id: str,
        type: Literal["dns", "standalone"],
        api: Literal[
            "1984hosting",
            "acmedns",
            "acmeproxy",
            "active24",
            "ad",
            "ali",
            "alviy",
            "anx",
            "artfiles",
            "arvan",
            "aurora",
            "autodns",
            "aws",
            "azion",
            "azure",
            "beget",
            "bookmyname",
            "bunny",
            "cf",
            "clouddns",
            "cloudns",
            "cn",
            "conoha",
            "constellix",
            "cpanel",
            "curanet",
            "cyon",
            "da",
            "ddnss",
            "desec",
            "df",
            "dgon",
            "dnsexit",
            "dnshome",
            "dnsimple",
            "dnsservices",
            "doapi",
            "domeneshop",
            "dp",
            "dpi",
            "dreamhost",
            "duckdns",
            "durabledns",
            "dyn",
            "dynu",
            "dynv6",
            "easydns",
            "edgecenter",
            "edgedns",
            "euserv",
            "exoscale",
            "fornex",
            "freedns",
            "freemyip",
            "gandi_livedns",
            "gcloud",
            "gcore",
            "gd",
            "geoscaling",
            "googledomains",
            "he",
            "he_ddns",
            "hetzner",
            "hetznercloud",
            "hexonet",
            "hostingde",
            "huaweicloud",
            "infoblox",
            "infomaniak",
            "internetbs",
            "inwx",
            "ionos",
            "ionos_cloud",
            "ipv64",
            "ispconfig",
            "jd",
            "joker",
            "kappernet",
            "kas",
            "kinghost",
            "knot",
            "la",
            "leaseweb",
            "lexicon",
            "limacity",
            "linode",
            "linode_v4",
            "loopia",
            "lua",
            "maradns",
            "me",
            "miab",
            "mijnhost",
            "misaka",
            "myapi",
            "mydevil",
            "mydnsjp",
            "mythic_beasts",
            "namecheap",
            "namecom",
            "namesilo",
            "nanelo",
            "nederhost",
            "neodigit",
            "netcup",
            "netlify",
            "nic",
            "njalla",
            "nm",
            "nsd",
            "nsone",
            "nsupdate",
            "nw",
            "oci",
            "omglol",
            "one",
            "online",
            "openprovider",
            "openprovider_rest",
            "openstack",
            "opnsense",
            "ovh",
            "pdns",
            "pleskxml",
            "pointhq",
            "porkbun",
            "rackcorp",
            "rackspace",
            "rage4",
            "rcode0",
            "regru",
            "scaleway",
            "schlundtech",
            "selectel",
            "selfhost",
            "servercow",
            "simply",
            "spaceship",
            "technitium",
            "tele3",
            "tencent",
            "timeweb",
            "transip",
            "udr",
            "ultra",
            "unoeuro",
            "variomedia",
            "veesp",
            "vercel",
            "vscale",
            "vultr",
            "websupport",
            "west_cn",
            "world4you",
            "yandex360",
            "yc",
            "zilore",
            "zone",
            "zoneedit",
            "zonomi",
        ]
        | None = None,
        data: str | None = None,
        disable: bool | None = None,
        nodes: str | Sequence[str] | None = None,
        validation_delay: int | None = None,
    ) -> None:
        """Add ACME plugin configuration.

        Args:
            id: ACME Plugin ID name
                Format: ``pve-configid``.
            type: ACME challenge type.
            api: API plugin name
            data: DNS plugin data. (base64 encoded)
            disable: Flag to disable the config.
            nodes: List of cluster node names.
                Format: ``pve-node-list``.
                Syntax: ``<string>``.
            validation_delay: Extra delay in seconds to wait before requesting validation. Allows to cope with a long TTL of DNS records.
                Range: 0 to 172800.
                Default: ``30``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/acme/plugins`` (``add_plugin``)."""
        params = {
            "id": id,
            "type": type,
            "api": api,
            "data": data,
            "disable": disable,
            "nodes": _join(nodes),
            "validation-delay": validation_delay,
        }
        return self._client._call("POST", self._path, params, _R10)


class ClusterAcmePluginsId(SyncPath):
    """``/cluster/acme/plugins/{id}`` ({id})

    ``GET``: Get ACME plugin configuration.
    ``PUT``: Update ACME plugin configuration.
    ``DELETE``: Delete ACME plugin configuration."""

    __slots__ = ()

    def get(self) -> ClusterAcmePluginsIdGetResult:
        """Get ACME plugin configuration.

        Returns:
            ``ClusterAcmePluginsIdGetResult``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /cluster/acme/plugins/{id}`` (``get_plugin_config``)."""
        return self._client._call("GET", self._path, {}, _R11)

    def put(
        self,
        *,
        api: Literal[
            "1984hosting",
            "acmedns",
            "acmeproxy",
            "active24",
            "ad",
            "ali",
            "alviy",
            "anx",
            "artfiles",
            "arvan",
            "aurora",
            "autodns",
            "aws",
            "azion",
            "azure",
            "beget",
            "bookmyname",
            "bunny",
            "cf",
            "clouddns",
            "cloudns",
            "cn",
            "conoha",
            "constellix",
            "cpanel",
            "curanet",
            "cyon",
            "da",
            "ddnss",
            "desec",
            "df",
            "dgon",
            "dnsexit",
            "dnshome",
            "dnsimple",
            "dnsservices",
            "doapi",
            "domeneshop",
            "dp",
            "dpi",
            "dreamhost",
            "duckdns",
            "durabledns",
            "dyn",
            "dynu",
            "dynv6",
            "easydns",
            "edgecenter",
            "edgedns",
            "euserv",
            "exoscale",
            "fornex",
            "freedns",
            "freemyip",
            "gandi_livedns",
            "gcloud",
            "gcore",
            "gd",
            "geoscaling",
            "googledomains",
            "he",
            "he_ddns",
            "hetzner",
            "hetznercloud",
            "hexonet",
            "hostingde",
            "huaweicloud",
            "infoblox",
            "infomaniak",
            "internetbs",
            "inwx",
            "ionos",
            "ionos_cloud",
            "ipv64",
            "ispconfig",
            "jd",
            "joker",
            "kappernet",
            "kas",
            "kinghost",
            "knot",
            "la",
            "leaseweb",
            "lexicon",
            "limacity",
            "linode",
            "linode_v4",
            "loopia",
            "lua",
            "maradns",
            "me",
            "miab",
            "mijnhost",
            "misaka",
            "myapi",
            "mydevil",
            "mydnsjp",
            "mythic_beasts",
            "namecheap",
            "namecom",
            "namesilo",
            "nanelo",
            "nederhost",
            "neodigit",
            "netcup",
            "netlify",
            "nic",
            "njalla",
            "nm",
            "nsd",
            "nsone",
            "nsupdate",
            "nw",
            "oci",
            "omglol",
            "one",
            "online",
            "openprovider",
            "openprovider_rest",
            "openstack",
            "opnsense",
            "ovh",
            "pdns",
            "pleskxml",
            "pointhq",
            "porkbun",
            "rackcorp",
            "rackspace",
            "rage4",
            "rcode0",
            "regru",
            "scaleway",
            "schlundtech",
            "selectel",
            "selfhost",
            "servercow",
            "simply",
            "spaceship",
            "technitium",
            "tele3",
            "tencent",
            "timeweb",
            "transip",
            "udr",
            "ultra",
            "unoeuro",
            "variomedia",
            "veesp",
            "vercel",
            "vscale",
            "vultr",
            "websupport",
            "west_cn",
            "world4you",
            "yandex360",
            "yc",
            "zilore",
            "zone",
            "zoneedit",
            "zonomi",
        ]
        | None = None,
        data: str | None = None,
        delete: str | Sequence[str] | None = None,
        digest: str | None = None,
        disable: bool | None = None,
        nodes: str | Sequence[str] | None = None,
        validation_delay: int | None = None,
    ) -> None:
        """Update ACME plugin configuration.

        Args:
            api: API plugin name
            data: DNS plugin data. (base64 encoded)
            delete: A list of settings you want to delete.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            disable: Flag to disable the config.
            nodes: List of cluster node names.
                Format: ``pve-node-list``.
                Syntax: ``<string>``.
            validation_delay: Extra delay in seconds to wait before requesting validation. Allows to cope with a long TTL of DNS records.
                Range: 0 to 172800.
                Default: ``30``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /cluster/acme/plugins/{id}`` (``update_plugin``)."""
        params = {
            "api": api,
            "data": data,
            "delete": _join(delete),
            "digest": digest,
            "disable": disable,
            "nodes": _join(nodes),
            "validation-delay": validation_delay,
        }
        return self._client._call("PUT", self._path, params, _R12)

    def delete(self) -> None:
        """Delete ACME plugin configuration.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /cluster/acme/plugins/{id}`` (``delete_plugin``)."""
        return self._client._call("DELETE", self._path, {}, _R13)


class ClusterAcmeTos(SyncPath):
    """``/cluster/acme/tos`` (tos)

    ``GET``: Retrieve ACME TermsOfService URL from CA. Deprecated, please use /cluster/acme/meta."""

    __slots__ = ()

    def get(
        self,
        *,
        directory: str | None = None,
    ) -> str | None:
        """Retrieve ACME TermsOfService URL from CA. Deprecated, please use /cluster/acme/meta.

        Args:
            directory: URL of ACME CA directory endpoint.
                Pattern: ``^^https?://.*$``.
                Default: ``https://acme-v02.api.letsencrypt.org/directory``.

        Returns:
            ``str | None``: ACME TermsOfService URL.

        Permissions:
            User: all

        Proxmox: ``GET /cluster/acme/tos`` (``get_tos``)."""
        params = {
            "directory": directory,
        }
        return self._client._call("GET", self._path, params, _R14)
