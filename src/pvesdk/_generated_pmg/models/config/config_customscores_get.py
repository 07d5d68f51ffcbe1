# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models of ``GET /config/customscores``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "ConfigCustomscoresGetResultItem",
]


class ConfigCustomscoresGetResultItem(PveModel):
    """Result object ``ConfigCustomscoresGetResultItem``."""

    comment: str | None = None
    """The Comment."""

    digest: str | None = None
    """Prevent changes if current configuration file has different SHA1 digest. This can be used to prevent concurrent modifications."""

    name: str | None = None
    """The name of the rule."""

    score: float | None = None
    """The score the rule should be valued at."""
