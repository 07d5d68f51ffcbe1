# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models of ``GET /config/pbs``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "ConfigPbsGetResultItem",
]


class ConfigPbsGetResultItem(PveModel):
    """Result object ``ConfigPbsGetResultItem``."""

    datastore: str
    """Proxmox Backup Server datastore name."""

    remote: str
    """Proxmox Backup Server ID."""

    server: str
    """Proxmox Backup Server address."""

    disable: bool | None = None
    """Flag to disable (deactivate) the entry."""

    fingerprint: str | None = None
    """Certificate SHA 256 fingerprint."""

    keep_daily: int | None = Field(default=None, alias="keep-daily")
    """Keep backups for the last <N> different days. If there is more than one backup for a single day, only the latest one is kept."""

    keep_hourly: int | None = Field(default=None, alias="keep-hourly")
    """Keep backups for the last <N> different hours. If there is more than one backup for a single hour, only the latest one is kept."""

    keep_last: int | None = Field(default=None, alias="keep-last")
    """Keep the last <N> backups."""

    keep_monthly: int | None = Field(default=None, alias="keep-monthly")
    """Keep backups for the last <N> different months. If there is more than one backup for a single month, only the latest one is kept."""

    keep_weekly: int | None = Field(default=None, alias="keep-weekly")
    """Keep backups for the last <N> different weeks. If there is more than one backup for a single week, only the latest one is kept."""

    keep_yearly: int | None = Field(default=None, alias="keep-yearly")
    """Keep backups for the last <N> different years. If there is more than one backup for a single year, only the latest one is kept."""

    password: str | None = None
    """Password or API token secret for the user on the Proxmox Backup Server."""

    username: str | None = None
    """Username or API token ID on the Proxmox Backup Server"""
