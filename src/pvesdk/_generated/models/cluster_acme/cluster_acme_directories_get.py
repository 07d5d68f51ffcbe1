# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/acme/directories``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "ClusterAcmeDirectoriesGetResultItem",
]


class ClusterAcmeDirectoriesGetResultItem(PveModel):
    """Result object ``ClusterAcmeDirectoriesGetResultItem``."""

    name: str

    url: str
    """URL of ACME CA directory endpoint."""
