# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models of ``GET /quarantine/listattachments``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "QuarantineListattachmentsGetResultItem",
]


class QuarantineListattachmentsGetResultItem(PveModel):
    """Result object ``QuarantineListattachmentsGetResultItem``."""

    content_type: str = Field(alias="content-type")
    """Raw email header data."""

    id: int
    """Attachment ID"""

    name: str
    """Raw email header data."""

    size: int
    """Size of raw attachment in bytes."""
