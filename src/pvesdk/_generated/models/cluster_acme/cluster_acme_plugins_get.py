# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/acme/plugins``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "ClusterAcmePluginsGetResultItem",
]


class ClusterAcmePluginsGetResultItem(PveModel):
    """Result object ``ClusterAcmePluginsGetResultItem``."""

    plugin: str
    """Unique identifier for ACME plugin instance."""

    type: Literal["dns", "standalone"] | str
    """ACME challenge type."""

    api: (
        Literal[
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
        | str
        | None
    ) = None
    """API plugin name"""

    data: str | None = None
    """DNS plugin data. (base64 encoded)"""

    digest: str | None = None
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    disable: bool | None = None
    """Flag to disable the config."""

    nodes: str | None = None
    """List of cluster node names."""

    validation_delay: int | None = Field(default=None, alias="validation-delay")
    """Extra delay in seconds to wait before requesting validation. Allows to cope with a long TTL of DNS records."""
