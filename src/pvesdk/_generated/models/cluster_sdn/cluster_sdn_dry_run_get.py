# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/sdn/dry-run``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "ClusterSdnDryRunGetResult",
]


class ClusterSdnDryRunGetResult(PveModel):
    """Result object ``ClusterSdnDryRunGetResult``."""

    frr_diff: str | None = Field(default=None, alias="frr-diff")
    """The difference between the current and pending FRR configuration."""

    interfaces_diff: str | None = Field(default=None, alias="interfaces-diff")
    """The difference between the current and pending /etc/network/interfaces.d/sdn configuration."""
