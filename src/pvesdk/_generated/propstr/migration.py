# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Migration`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pvesdk._propstr import PropertyString

__all__ = ["Migration"]


class Migration(PropertyString):
    """For cluster wide migration settings.

    Syntax: ``[type=]<secure|insecure> [,network=<CIDR>]``"""

    __pve_default_key__: ClassVar[str | None] = "type"
    __pve_formats__: ClassVar[dict[str, str]] = {
        "network": "CIDR",
    }

    type: Literal["secure", "insecure"]
    """Migration traffic is encrypted using an SSH tunnel by default. On secure, completely private networks this can be disabled to increase performance.
    Default: ``secure``."""

    network: str | None = None
    """CIDR of the (sub) network that is used for migration. Used as a fallback for replications jobs if the replication network setting is not set
    Format: ``CIDR``."""
