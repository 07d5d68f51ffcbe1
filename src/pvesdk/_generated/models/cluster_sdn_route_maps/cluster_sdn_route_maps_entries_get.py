# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/sdn/route-maps/entries``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field

from pvesdk._model import PveModel, lazy_property_string

# Property-string models: the type checkers see them; at run time each is a stand-in that
# imports its model when the first value arrives (see pvesdk._model.LazyPropertyString).
if TYPE_CHECKING:
    from ...propstr.exit_action import ExitAction
    from ...propstr.match import Match
    from ...propstr.set import Set
else:
    ExitAction = lazy_property_string("exit_action", "ExitAction")
    Match = lazy_property_string("match", "Match")
    Set = lazy_property_string("set", "Set")

__all__ = [
    "ClusterSdnRouteMapsEntriesGetResultItem",
]


class ClusterSdnRouteMapsEntriesGetResultItem(PveModel):
    """Result object ``ClusterSdnRouteMapsEntriesGetResultItem``."""

    action: Literal["permit", "deny"] | str
    """Matching policy of a route map entry."""

    order: int
    """The index of this route map entry"""

    route_map_id: str = Field(alias="route-map-id")
    """The SDN route map identifier"""

    call: str | None = None
    """The SDN route map identifier"""

    digest: str | None = None
    """Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."""

    exit_action: ExitAction | None = Field(default=None, alias="exit-action")

    match: list[Match] | None = None

    set: list[Set] | None = None
