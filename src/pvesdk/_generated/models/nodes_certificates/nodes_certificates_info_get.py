# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/certificates/info``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "NodesCertificatesInfoGetResultItem",
]


class NodesCertificatesInfoGetResultItem(PveModel):
    """Result object ``NodesCertificatesInfoGetResultItem``."""

    filename: str | None = None

    fingerprint: str | None = None
    """Certificate SHA 256 fingerprint."""

    issuer: str | None = None
    """Certificate issuer name."""

    notafter: int | None = None
    """Certificate's notAfter timestamp (UNIX epoch)."""

    notbefore: int | None = None
    """Certificate's notBefore timestamp (UNIX epoch)."""

    pem: str | None = None
    """Certificate in PEM format"""

    public_key_bits: int | None = Field(default=None, alias="public-key-bits")
    """Certificate's public key size"""

    public_key_type: str | None = Field(default=None, alias="public-key-type")
    """Certificate's public key algorithm"""

    san: list[str] | None = None
    """List of Certificate's SubjectAlternativeName entries."""

    subject: str | None = None
    """Certificate subject name."""
