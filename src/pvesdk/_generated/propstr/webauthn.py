# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Webauthn`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from pydantic import Field

from pvesdk._propstr import PropertyString

__all__ = ["Webauthn"]


class Webauthn(PropertyString):
    """webauthn configuration

    Syntax: ``[allow-subdomains=<1|0>] [,id=<DOMAINNAME>] [,origin=<URL>] [,rp=<RELYING_PARTY>]``"""

    allow_subdomains: bool | None = Field(default=None, alias="allow-subdomains")
    """Whether to allow the origin to be a subdomain, rather than the exact URL.
    Default: ``1``."""

    id: str | None = None
    """Relying party ID. Must be the domain name without protocol, port or location. Changing this *will* break existing credentials."""

    origin: str | None = None
    """Site origin. Must be a `https://` URL (or `http://localhost`). Should contain the address users type in their browsers to access the web interface. Changing this *may* break existing credentials."""

    rp: str | None = None
    """Relying party name. Any text identifier. Changing this *may* break existing credentials."""
