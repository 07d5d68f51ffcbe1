# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/ceph/cfg/db``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "NodesCephCfgDbGetResultItem",
]


class NodesCephCfgDbGetResultItem(PveModel):
    """Result object ``NodesCephCfgDbGetResultItem``."""

    can_update_at_runtime: bool
    """Set if the value can be changed at runtime without restarting the affected daemons. Emitted as the integer 1/0 to match the existing PVE wire convention."""

    level: Literal["basic", "advanced", "dev"] | str
    """Config level the entry is exposed at: 'basic' for operator-visible settings, 'advanced' for tuning parameters, 'dev' for developer-only knobs."""

    mask: str
    """Match expression restricting the entry's scope; empty when the entry has no mask. Examples: 'host:foo', 'class:ssd'."""

    name: str
    """Config key name."""

    section: str
    """Ceph config section the entry applies to: 'global', a daemon type ('mon', 'osd', 'mgr', 'mds', 'client'), or a specific daemon (e.g. 'osd.0', 'mon.<name>')."""

    value: str
    """Configured value for the key (always serialised as a string by Ceph, regardless of the option's underlying type)."""
