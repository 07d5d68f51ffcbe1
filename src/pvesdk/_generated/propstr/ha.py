# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Ha`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pvesdk._propstr import PropertyString

__all__ = ["Ha"]


class Ha(PropertyString):
    """Cluster wide HA settings.

    Syntax: ``shutdown_policy=<enum>``"""

    __pve_required__: ClassVar[tuple[str, ...]] = ("shutdown_policy",)

    shutdown_policy: Literal["freeze", "failover", "conditional", "migrate"]
    """The policy for HA services on node shutdown. 'freeze' disables auto-recovery, 'failover' ensures recovery, 'conditional' recovers on poweroff and freezes on reboot. 'migrate' will migrate running services to other nodes, if possible. With 'freeze' or 'failover', HA Services will always get stopped first on shutdown.
    Default: ``conditional``."""
