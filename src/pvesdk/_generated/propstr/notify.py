# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Notify`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._propstr import PropertyString

__all__ = ["Notify"]


class Notify(PropertyString):
    """Cluster-wide notification settings.

    Syntax: ``[fencing=<always|never>] [,package-updates=<auto|always|never>] [,replication=<always|never>] [,target-fencing=<TARGET>] [,target-package-updates=<TARGET>] [,target-replication=<TARGET>]``"""

    fencing: Literal["always", "never"] | None = None
    """UNUSED - Use datacenter notification settings instead."""

    package_updates: Literal["auto", "always", "never"] | None = Field(
        default=None, alias="package-updates"
    )
    """DEPRECATED: Use datacenter notification settings instead. Control when the daily update job should send out notifications.
    Default: ``auto``."""

    replication: Literal["always", "never"] | None = None
    """UNUSED - Use datacenter notification settings instead."""

    target_fencing: str | None = Field(default=None, alias="target-fencing")
    """UNUSED - Use datacenter notification settings instead."""

    target_package_updates: str | None = Field(default=None, alias="target-package-updates")
    """UNUSED - Use datacenter notification settings instead."""

    target_replication: str | None = Field(default=None, alias="target-replication")
    """UNUSED - Use datacenter notification settings instead."""
