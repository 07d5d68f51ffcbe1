# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/mapping/dir``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "ClusterMappingDirGetResultItem",
    "ClusterMappingDirGetResultItemChecksItem",
]


class ClusterMappingDirGetResultItem(PveModel):
    """Result object ``ClusterMappingDirGetResultItem``."""

    description: str
    """A description of the logical mapping."""

    id: str
    """The logical ID of the mapping."""

    map: list[str]
    """The entries of the mapping."""

    checks: list[ClusterMappingDirGetResultItemChecksItem] | None = None
    """A list of checks, only present if 'check-node' is set."""


class ClusterMappingDirGetResultItemChecksItem(PveModel):
    """Result object ``ClusterMappingDirGetResultItemChecksItem``."""

    message: str
    """The message of the error"""

    severity: Literal["warning", "error"] | str
    """The severity of the error"""
