# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/ceph/pool/{name}/status``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "NodesCephPoolStatusGetResult",
]


class NodesCephPoolStatusGetResult(PveModel):
    """Result object ``NodesCephPoolStatusGetResult``."""

    fast_read: bool
    """Set if the pool uses fast-read for erasure-coded reads."""

    hashpspool: bool
    """Set if the pool hashes pool id into its CRUSH placement-seed."""

    id: int
    """Numeric pool id assigned by Ceph."""

    name: str
    """The name of the pool. It must be unique."""

    nodeep_scrub: bool = Field(alias="nodeep-scrub")
    """Set if deep-scrubbing is disabled for this pool."""

    nodelete: bool
    """Set if pool delete is blocked."""

    nopgchange: bool
    """Set if changing the placement-group count is blocked."""

    noscrub: bool
    """Set if scrubbing is disabled for this pool."""

    nosizechange: bool
    """Set if changing the replication size is blocked."""

    pgp_num: int
    """Placement-group-for-placement count."""

    use_gmt_hitset: bool
    """Set if hitsets use GMT timestamps (for cache-tier pools)."""

    write_fadvise_dontneed: bool
    """Set if the pool sets the FADV_DONTNEED hint on writes."""

    application: Literal["rbd", "cephfs", "rgw"] | str | None = None
    """The application of the pool."""

    application_list: list[str] | None = None
    """Names of applications currently associated with the pool."""

    autoscale_status: dict[str, Any] | None = None
    """Raw pg_autoscaler status object for this pool; shape varies between Ceph releases."""

    crush_rule: str | None = None
    """The rule to use for mapping object placement in the cluster."""

    min_size: int | None = None
    """Minimum number of replicas per object"""

    pg_autoscale_mode: Literal["on", "off", "warn"] | str | None = None
    """The automatic PG scaling mode of the pool."""

    pg_num: int | None = None
    """Number of placement groups."""

    pg_num_min: int | None = None
    """Minimal number of placement groups."""

    size: int | None = None
    """Number of replicas per object"""

    statistics: dict[str, Any] | None = None
    """Optional pool usage and IO statistics (only present when verbose=1 is requested)."""

    target_size: str | None = None
    """The estimated target size of the pool for the PG autoscaler."""

    target_size_ratio: float | None = None
    """The estimated target ratio of the pool for the PG autoscaler."""
