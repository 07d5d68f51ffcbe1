# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Startup`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar

from pvesdk._propstr import PropertyString

__all__ = ["Startup"]


class Startup(PropertyString):
    """Startup and shutdown behavior. Order is a non-negative number defining the general startup order. Shutdown in done with reverse ordering. Additionally you can set the 'up' or 'down' delay in seconds, which specifies a delay to wait before the next VM is started or stopped.

    Syntax: ``[[order=]\\d+] [,up=\\d+] [,down=\\d+]``"""

    __pve_default_key__: ClassVar[str | None] = "order"

    down: str | None = None
    """\\d+"""

    order: str | None = None
    """\\d+"""

    up: str | None = None
    """\\d+"""
