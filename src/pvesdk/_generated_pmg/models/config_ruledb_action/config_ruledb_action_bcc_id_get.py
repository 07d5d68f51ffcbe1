# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models of ``GET /config/ruledb/action/bcc/{id}``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "ConfigRuledbActionBccIdGetResult",
]


class ConfigRuledbActionBccIdGetResult(PveModel):
    """Result object ``ConfigRuledbActionBccIdGetResult``."""

    id: str
    """Action Object ID."""

    target: str
    """Send a Blind Carbon Copy to this email address."""

    info: str | None = None
    """Informational comment."""

    name: str | None = None
    """Action name."""

    original: bool | None = None
    """Send the original, unmodified mail."""
