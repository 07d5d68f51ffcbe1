# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/services/{service}/state``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "NodesServicesStateGetResult",
]


class NodesServicesStateGetResult(PveModel):
    """Result object ``NodesServicesStateGetResult``."""

    active_state: (
        Literal[
            "active",
            "inactive",
            "failed",
            "activating",
            "deactivating",
            "maintenance",
            "reloading",
            "refreshing",
            "unknown",
        ]
        | str
    ) = Field(alias="active-state")
    """Current state of the service process (systemd ActiveState)."""

    desc: str
    """Description of the service."""

    name: str
    """Short identifier for the service (e.g., "pveproxy")."""

    service: str
    """Systemd unit name (e.g., pveproxy)."""

    state: (
        Literal[
            "dead",
            "condition",
            "start-pre",
            "start",
            "start-post",
            "running",
            "exited",
            "reload",
            "reload-signal",
            "reload-notify",
            "mounting",
            "stop",
            "stop-watchdog",
            "stop-sigterm",
            "stop-sigkill",
            "stop-post",
            "final-watchdog",
            "final-sigterm",
            "final-sigkill",
            "failed",
            "dead-before-auto-restart",
            "failed-before-auto-restart",
            "dead-resources-pinned",
            "auto-restart",
            "auto-restart-queued",
            "cleaning",
            "unknown",
        ]
        | str
    )
    """Execution status of the service (systemd SubState)."""

    unit_state: (
        Literal[
            "enabled",
            "enabled-runtime",
            "linked",
            "linked-runtime",
            "alias",
            "masked",
            "masked-runtime",
            "static",
            "disabled",
            "indirect",
            "generated",
            "transient",
            "bad",
            "not-found",
            "unknown",
        ]
        | str
    ) = Field(alias="unit-state")
    """Whether the service is enabled (systemd UnitFileState)."""
