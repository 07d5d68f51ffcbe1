# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Acmedomain`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar

from pvesdk._propstr import PropertyString

__all__ = ["Acmedomain"]


class Acmedomain(PropertyString):
    """ACME domain and validation plugin

    Syntax: ``[domain=]<domain> [,alias=<domain>] [,plugin=<name of the plugin configuration>]``"""

    __pve_default_key__: ClassVar[str | None] = "domain"
    __pve_formats__: ClassVar[dict[str, str]] = {
        "alias": "pve-acme-alias",
        "domain": "pve-acme-domain",
    }

    domain: str
    """domain for this node's ACME certificate
    Format: ``pve-acme-domain``."""

    alias: str | None = None
    """Alias for the Domain to verify ACME Challenge over DNS
    Format: ``pve-acme-alias``."""

    plugin: str | None = None
    """The ACME plugin ID
    Format: ``pve-configid``.
    Default: ``standalone``."""
