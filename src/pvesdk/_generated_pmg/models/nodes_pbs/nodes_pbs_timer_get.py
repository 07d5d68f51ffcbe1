# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models of ``GET /nodes/{node}/pbs/{remote}/timer``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "NodesPbsTimerGetResult",
]


class NodesPbsTimerGetResult(PveModel):
    """Result object ``NodesPbsTimerGetResult``."""

    delay: str | None = None
    """Randomized delay to add to the starttime (RandomizedDelaySec setting of the systemd.timer)"""

    next_run: str | None = Field(default=None, alias="next-run")
    """The date time of the next run, in server locale."""

    remote: str | None = None
    """Proxmox Backup Server remote ID."""

    schedule: str | None = None
    """Schedule for the backup (OnCalendar setting of the systemd.timer)"""

    unitfile: str | None = None
    """unit file for the systemd.timer unit"""
