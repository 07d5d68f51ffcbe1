# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/vzdump/defaults``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field

from pvesdk._model import PveModel, lazy_property_string

# Property-string models: the type checkers see them; at run time each is a stand-in that
# imports its model when the first value arrives (see pvesdk._model.LazyPropertyString).
if TYPE_CHECKING:
    from ...propstr.fleecing import Fleecing
    from ...propstr.performance import Performance
    from ...propstr.prune_backups import PruneBackups
else:
    Fleecing = lazy_property_string("fleecing", "Fleecing")
    Performance = lazy_property_string("performance", "Performance")
    PruneBackups = lazy_property_string("prune_backups", "PruneBackups")

__all__ = [
    "NodesVzdumpDefaultsGetResult",
]


class NodesVzdumpDefaultsGetResult(PveModel):
    """Result object ``NodesVzdumpDefaultsGetResult``."""

    all: bool | None = None
    """Backup all known guest systems on this host."""

    bwlimit: int | None = None
    """Limit I/O bandwidth (in KiB/s)."""

    compress: Literal["0", "1", "gzip", "lzo", "zstd"] | str | None = None
    """Compress dump file."""

    dumpdir: str | None = None
    """Store resulting files to specified directory."""

    exclude: str | None = None
    """Exclude specified guest systems (assumes --all)"""

    exclude_path: list[str] | None = Field(default=None, alias="exclude-path")
    """Exclude certain files/directories (shell globs). Paths starting with '/' are anchored to the container's root, other paths match relative to each subdirectory."""

    fleecing: Fleecing | None = None
    """Options for backup fleecing (VM only)."""

    ionice: int | None = None
    """Set IO priority when using the BFQ scheduler. For snapshot and suspend mode backups of VMs, this only affects the compressor. A value of 8 means the idle priority is used, otherwise the best-effort priority is used with the specified value."""

    lockwait: int | None = None
    """Maximal time to wait for the global lock (minutes)."""

    mailnotification: Literal["always", "failure"] | str | None = None
    """Deprecated: use notification targets/matchers instead. Specify when to send a notification mail"""

    mailto: str | None = None
    """Deprecated: Use notification targets/matchers instead. Comma-separated list of email addresses or users that should receive email notifications."""

    mode: Literal["snapshot", "suspend", "stop"] | str | None = None
    """Backup mode."""

    node: str | None = None
    """Only run if executed on this node."""

    notes_template: str | None = Field(default=None, alias="notes-template")
    """Template string for generating notes for the backup(s). It can contain variables which will be replaced by their values. Currently supported are {{cluster}}, {{guestname}}, {{node}}, and {{vmid}}, but more might be added in the future. Needs to be a single line, newline and backslash need to be escaped as '\\n' and '\\\\' respectively."""

    notification_mode: Literal["auto", "legacy-sendmail", "notification-system"] | str | None = (
        Field(default=None, alias="notification-mode")
    )
    """Determine which notification system to use. If set to 'legacy-sendmail', vzdump will consider the mailto/mailnotification parameters and send emails to the specified address(es) via the 'sendmail' command. If set to 'notification-system', a notification will be sent via PVE's notification system, and the mailto and mailnotification will be ignored. If set to 'auto' (default setting), an email will be sent if mailto is set, and the notification system will be used if not."""

    pbs_change_detection_mode: Literal["legacy", "data", "metadata"] | str | None = Field(
        default=None, alias="pbs-change-detection-mode"
    )
    """PBS mode used to detect file changes and switch encoding format for container backups."""

    performance: Performance | None = None
    """Other performance-related settings."""

    pigz: int | None = None
    """Use pigz instead of gzip when N>0. N=1 uses half of cores, N>1 uses N as thread count."""

    pool: str | None = None
    """Backup all known guest systems included in the specified pool."""

    protected: bool | None = None
    """If true, mark backup(s) as protected."""

    prune_backups: PruneBackups | None = Field(default=None, alias="prune-backups")
    """Use these retention options instead of those from the storage configuration."""

    quiet: bool | None = None
    """Be quiet."""

    remove: bool | None = None
    """Prune older backups according to 'prune-backups'."""

    script: str | None = None
    """Use specified hook script."""

    stdexcludes: bool | None = None
    """Exclude temporary files and logs."""

    stop: bool | None = None
    """Stop running backup jobs on this host."""

    stopwait: int | None = None
    """Maximal time to wait until a guest system is stopped (minutes)."""

    storage: str | None = None
    """Store resulting file to this storage."""

    tmpdir: str | None = None
    """Store temporary files to specified directory."""

    vmid: str | None = None
    """The ID of the guest system you want to backup."""

    zstd: int | None = None
    """Zstd threads. N=0 uses half of the available cores, if N is set to a value bigger than 0, N is used as thread count."""
