# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Acme`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar

from pvesdk._propstr import PropertyString

__all__ = ["Acme"]


class Acme(PropertyString):
    """Node specific ACME settings.

    Syntax: ``[account=<name>] [,domains=<domain[;domain;...]>]``"""

    __pve_formats__: ClassVar[dict[str, str]] = {
        "domains": "pve-acme-domain-list",
    }

    account: str | None = None
    """ACME account config file name.
    Format: ``pve-configid``.
    Default: ``default``."""

    domains: str | None = None
    """List of domains for this node's ACME certificate
    Format: ``pve-acme-domain-list``."""
