# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/config``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import Field

from pvesdk._model import PveFamilyModel, lazy_property_string
from pvesdk.indexed import IndexedMap

# Property-string models: the type checkers see them; at run time each is a stand-in that
# imports its model when the first value arrives (see pvesdk._model.LazyPropertyString).
if TYPE_CHECKING:
    from ...propstr.acme import Acme
    from ...propstr.acmedomain import Acmedomain
    from ...propstr.location import Location
    from ...propstr.wakeonlan import Wakeonlan
else:
    Acme = lazy_property_string("acme", "Acme")
    Acmedomain = lazy_property_string("acmedomain", "Acmedomain")
    Location = lazy_property_string("location", "Location")
    Wakeonlan = lazy_property_string("wakeonlan", "Wakeonlan")

__all__ = [
    "NodesConfigGetResult",
]


class NodesConfigGetResult(PveFamilyModel):
    """Result object ``NodesConfigGetResult``."""

    __pve_families__: ClassVar[dict[str, tuple[str, int, int]]] = {
        "acmedomain": ("acmedomain", 0, 5),
    }

    acme: Acme | None = None
    """Node specific ACME settings."""

    ballooning_target: int | None = Field(default=None, alias="ballooning-target")
    """RAM usage target for ballooning (in percent of total memory)"""

    description: str | None = None
    """Description for the Node. Shown in the web-interface node notes panel. This is saved as comment inside the configuration file."""

    digest: str | None = None
    """Prevent changes if current configuration file has different SHA1 digest. This can be used to prevent concurrent modifications."""

    location: Location | None = None
    """The location of the node. Overrides the default from the datacenter config."""

    startall_onboot_delay: int | None = Field(default=None, alias="startall-onboot-delay")
    """Initial delay in seconds, before starting all the Virtual Guests with on-boot enabled."""

    wakeonlan: Wakeonlan | None = None
    """Node specific wake on LAN settings."""

    acmedomain: IndexedMap[Acmedomain] = Field(default_factory=IndexedMap)
    """``acmedomain0`` … ``acmedomain5`` by index (the flat keys stay readable too).
    ACME domain and validation plugin"""
