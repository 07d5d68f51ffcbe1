# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/acme/challenge-schema``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "ClusterAcmeChallengeSchemaGetResultItem",
]


class ClusterAcmeChallengeSchemaGetResultItem(PveModel):
    """Result object ``ClusterAcmeChallengeSchemaGetResultItem``."""

    id: str

    name: str
    """Human readable name, falls back to id"""

    schema_: dict[str, Any] = Field(alias="schema")

    type: str
