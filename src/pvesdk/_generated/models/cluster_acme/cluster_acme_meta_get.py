# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/acme/meta``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "ClusterAcmeMetaGetResult",
]


class ClusterAcmeMetaGetResult(PveModel):
    """Result object ``ClusterAcmeMetaGetResult``."""

    caaIdentities: list[str] | None = None
    """Hostnames referring to the ACME servers."""

    externalAccountRequired: bool | None = None
    """EAB Required"""

    termsOfService: str | None = None
    """ACME TermsOfService URL."""

    website: str | None = None
    """URL to more information about the ACME server."""
