# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/acme/account/{name}``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Any

from pvesdk._model import PveModel

__all__ = [
    "ClusterAcmeAccountNameGetResult",
]


class ClusterAcmeAccountNameGetResult(PveModel):
    """Result object ``ClusterAcmeAccountNameGetResult``."""

    account: dict[str, Any] | None = None

    directory: str | None = None
    """URL of ACME CA directory endpoint."""

    location: str | None = None

    tos: str | None = None
