# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/mapping/usb``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Any

from pvesdk._model import PveModel

__all__ = [
    "ClusterMappingUsbGetResultItem",
]


class ClusterMappingUsbGetResultItem(PveModel):
    """Result object ``ClusterMappingUsbGetResultItem``."""

    description: str
    """A description of the logical mapping."""

    id: str
    """The logical ID of the mapping."""

    map: list[str]
    """The entries of the mapping."""

    error: Any = None
    """A list of errors when 'check_node' is given."""
