# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``cluster_jobs`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import join as _join
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.cluster_jobs.cluster_jobs_get import ClusterJobsGetResultItem
    from ..models.cluster_jobs.cluster_jobs_realm_sync_get import (
        ClusterJobsRealmSyncGetResultItem,
    )
    from ..models.cluster_jobs.cluster_jobs_schedule_analyze_get import (
        ClusterJobsScheduleAnalyzeGetResultItem,
    )

_R0: Returns[list[ClusterJobsGetResultItem]] = Returns(
    "list[ClusterJobsGetResultItem]", "GET /cluster/jobs", "models.cluster_jobs.cluster_jobs_get"
)
_R1: Returns[list[ClusterJobsRealmSyncGetResultItem]] = Returns(
    "list[ClusterJobsRealmSyncGetResultItem]",
    "GET /cluster/jobs/realm-sync",
    "models.cluster_jobs.cluster_jobs_realm_sync_get",
)
_R2: Returns[dict[str, Any]] = Returns("dict[str, Any]", "GET /cluster/jobs/realm-sync/{id}")
_R3: Returns[None] = Returns("None", "POST /cluster/jobs/realm-sync/{id}")
_R4: Returns[None] = Returns("None", "PUT /cluster/jobs/realm-sync/{id}")
_R5: Returns[None] = Returns("None", "DELETE /cluster/jobs/realm-sync/{id}")
_R6: Returns[list[ClusterJobsScheduleAnalyzeGetResultItem]] = Returns(
    "list[ClusterJobsScheduleAnalyzeGetResultItem]",
    "GET /cluster/jobs/schedule-analyze",
    "models.cluster_jobs.cluster_jobs_schedule_analyze_get",
)


class ClusterJobs(SyncPath):
    """``/cluster/jobs`` (jobs)

    ``GET``: Index for jobs related endpoints."""

    __slots__ = ()

    @property
    def realm_sync(self) -> ClusterJobsRealmSync:
        """List configured realm-sync-jobs."""
        return ClusterJobsRealmSync(self._client, self._path + "/realm-sync")

    @property
    def schedule_analyze(self) -> ClusterJobsScheduleAnalyze:
        """Returns a list of future schedule runtimes."""
        return ClusterJobsScheduleAnalyze(self._client, self._path + "/schedule-analyze")

    def get(self) -> list[ClusterJobsGetResultItem]:
        """Index for jobs related endpoints.

        Returns:
            ``list[ClusterJobsGetResultItem]``: Directory index.

        Permissions:
            User: all

        Proxmox: ``GET /cluster/jobs`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R0)


class ClusterJobsRealmSync(SyncPath):
    """``/cluster/jobs/realm-sync`` (realm-sync)

    ``GET``: List configured realm-sync-jobs."""

    __slots__ = ()

    def id(self, id: str) -> ClusterJobsRealmSyncId:
        """{id}"""
        return ClusterJobsRealmSyncId(self._client, self._path + "/" + _segment(id))

    def get(self) -> list[ClusterJobsRealmSyncGetResultItem]:
        """List configured realm-sync-jobs.

        Returns:
            ``list[ClusterJobsRealmSyncGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox VE: New in 8.0.

        Proxmox: ``GET /cluster/jobs/realm-sync`` (``syncjob_index``)."""
        return self._client._call("GET", self._path, {}, _R1)


class ClusterJobsRealmSyncId(SyncPath):
    """``/cluster/jobs/realm-sync/{id}`` ({id})

    ``GET``: Read realm-sync job definition.
    ``POST``: Create new realm-sync job.
    ``PUT``: Update realm-sync job definition.
    ``DELETE``: Delete realm-sync job definition."""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Read realm-sync job definition.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox VE: New in 8.0.

        Proxmox: ``GET /cluster/jobs/realm-sync/{id}`` (``read_job``)."""
        return self._client._call("GET", self._path, {}, _R2)

    def post(
        self,
        *,
        schedule: str,
        comment: str | None = None,
        enable_new: bool | None = None,
        enabled: bool | None = None,
        realm: str | None = None,
        remove_vanished: str | None = None,
        scope: Literal["users", "groups", "both"] | None = None,
    ) -> None:
        """Create new realm-sync job.

        Args:
            schedule: Backup schedule. The format is a subset of `systemd` calendar events.
                Proxmox VE: New in 8.0.
                Length: 0 to 128.
                Format: ``pve-calendar-event``.
            comment: Description for the Job.
                Proxmox VE: New in 8.0.
                Length: 0 to 512.
            enable_new: Enable newly synced users immediately.
                Proxmox VE: New in 8.0.
                Default: 1.
            enabled: Determines if the job is enabled.
                Proxmox VE: New in 8.0.
                Default: ``1``.
            realm: Authentication domain ID
                Proxmox VE: New in 8.0.
                Length: 0 to 32.
                Format: ``pve-realm``.
            remove_vanished: A semicolon-separated list of things to remove when they or the user vanishes during a sync. The following values are possible: 'entry' removes the user/group when not returned from the sync. 'properties' removes the set properties on existing user/group that do not appear in the source (even custom ones). 'acl' removes acls when the user/group is not returned from the sync. Instead of a list it also can be 'none' (the default).
                Proxmox VE: New in 8.0.
                Pattern: ``^(?:(?:(?:acl|properties|entry);)*(?:acl|properties|entry))|none$``.
                Default: ``none``.
            scope: Select what to sync.
                Proxmox VE: New in 8.0.

        Returns:
            ``None``

        Permissions:
            'Realm.AllocateUser' on '/access/realm/<realm>' and 'User.Modify' permissions to '/access/groups/'.
            Check: ``[and, [perm, /access/realm/{realm}, [Realm.AllocateUser]], [perm, /access/groups, [User.Modify]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.0.

        Proxmox: ``POST /cluster/jobs/realm-sync/{id}`` (``create_job``)."""
        params = {
            "schedule": schedule,
            "comment": comment,
            "enable-new": enable_new,
            "enabled": enabled,
            "realm": realm,
            "remove-vanished": remove_vanished,
            "scope": scope,
        }
        return self._client._call("POST", self._path, params, _R3)

    def put(
        self,
        *,
        schedule: str,
        comment: str | None = None,
        delete: str | Sequence[str] | None = None,
        enable_new: bool | None = None,
        enabled: bool | None = None,
        remove_vanished: str | None = None,
        scope: Literal["users", "groups", "both"] | None = None,
    ) -> None:
        """Update realm-sync job definition.

        Args:
            schedule: Backup schedule. The format is a subset of `systemd` calendar events.
                Proxmox VE: New in 8.0.
                Length: 0 to 128.
                Format: ``pve-calendar-event``.
            comment: Description for the Job.
                Proxmox VE: New in 8.0.
                Length: 0 to 512.
            delete: A list of settings you want to delete.
                Proxmox VE: New in 8.0.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            enable_new: Enable newly synced users immediately.
                Proxmox VE: New in 8.0.
                Default: 1.
            enabled: Determines if the job is enabled.
                Proxmox VE: New in 8.0.
                Default: ``1``.
            remove_vanished: A semicolon-separated list of things to remove when they or the user vanishes during a sync. The following values are possible: 'entry' removes the user/group when not returned from the sync. 'properties' removes the set properties on existing user/group that do not appear in the source (even custom ones). 'acl' removes acls when the user/group is not returned from the sync. Instead of a list it also can be 'none' (the default).
                Proxmox VE: New in 8.0.
                Pattern: ``^(?:(?:(?:acl|properties|entry);)*(?:acl|properties|entry))|none$``.
                Default: ``none``.
            scope: Select what to sync.
                Proxmox VE: New in 8.0.

        Returns:
            ``None``

        Permissions:
            'Realm.AllocateUser' on '/access/realm/<realm>' and 'User.Modify' permissions to '/access/groups/'.
            Check: ``[and, [perm, /access/realm/{realm}, [Realm.AllocateUser]], [perm, /access/groups, [User.Modify]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.0.

        Proxmox: ``PUT /cluster/jobs/realm-sync/{id}`` (``update_job``)."""
        params = {
            "schedule": schedule,
            "comment": comment,
            "delete": _join(delete),
            "enable-new": enable_new,
            "enabled": enabled,
            "remove-vanished": remove_vanished,
            "scope": scope,
        }
        return self._client._call("PUT", self._path, params, _R4)

    def delete(self) -> None:
        """Delete realm-sync job definition.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.0.

        Proxmox: ``DELETE /cluster/jobs/realm-sync/{id}`` (``delete_job``)."""
        return self._client._call("DELETE", self._path, {}, _R5)


class ClusterJobsScheduleAnalyze(SyncPath):
    """``/cluster/jobs/schedule-analyze`` (schedule-analyze)

    ``GET``: Returns a list of future schedule runtimes."""

    __slots__ = ()

    def get(
        self,
        *,
        schedule: str,
        iterations: int | None = None,
        starttime: int | None = None,
    ) -> list[ClusterJobsScheduleAnalyzeGetResultItem]:
        """Returns a list of future schedule runtimes.

        Args:
            schedule: Job schedule. The format is a subset of `systemd` calendar events.
                Length: 0 to 128.
                Format: ``pve-calendar-event``.
            iterations: Number of event-iteration to simulate and return.
                Range: 1 to 100.
                Default: ``10``.
            starttime: UNIX timestamp to start the calculation from. Defaults to the current time.

        Returns:
            ``list[ClusterJobsScheduleAnalyzeGetResultItem]``: An array of the next <iterations> events since <starttime>.

        Permissions:
            User: all

        Proxmox: ``GET /cluster/jobs/schedule-analyze`` (``schedule-analyze``)."""
        params = {
            "schedule": schedule,
            "iterations": iterations,
            "starttime": starttime,
        }
        return self._client._call("GET", self._path, params, _R6)
