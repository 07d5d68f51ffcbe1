# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/notifications/matcher-field-values``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "ClusterNotificationsMatcherFieldValuesGetResultItem",
]


class ClusterNotificationsMatcherFieldValuesGetResultItem(PveModel):
    """Result object ``ClusterNotificationsMatcherFieldValuesGetResultItem``."""

    field: str
    """Field this value belongs to."""

    value: str
    """Notification metadata value known by the system."""

    comment: str | None = None
    """Additional comment for this value."""
