# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Crs`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._propstr import PropertyString

__all__ = ["Crs"]


class Crs(PropertyString):
    """Cluster resource scheduling settings.

    Syntax: ``[ha=<basic|static|dynamic>] [,ha-auto-rebalance=<1|0>] [,ha-auto-rebalance-hold-duration=<number>] [,ha-auto-rebalance-margin=<number>] [,ha-auto-rebalance-method=<bruteforce|topsis>] [,ha-auto-rebalance-threshold=<number>] [,ha-rebalance-on-start=<1|0>]``"""

    ha: Literal["basic", "static", "dynamic"] | None = None
    """Use this resource scheduler mode for HA.
    Default: ``basic``."""

    ha_auto_rebalance: bool | None = Field(default=None, alias="ha-auto-rebalance")
    """Whether to use CRS for balancing HA resources automatically depending on the current node imbalance.
    Default: ``0``."""

    ha_auto_rebalance_hold_duration: float | None = Field(
        default=None, alias="ha-auto-rebalance-hold-duration"
    )
    """The number of HA rounds for which the cluster node imbalance threshold must be exceeded before triggering an automatic resource balancing migration.
    Range: 0 to inf.
    Default: ``3``."""

    ha_auto_rebalance_margin: float | None = Field(default=None, alias="ha-auto-rebalance-margin")
    """The minimum relative improvement in cluster node imbalance, in percent, to commit to a resource balancing migration.
    Range: 0 to 100.
    Default: ``10``."""

    ha_auto_rebalance_method: Literal["bruteforce", "topsis"] | None = Field(
        default=None, alias="ha-auto-rebalance-method"
    )
    """The method to use for the scoring of balancing migrations.
    Default: ``bruteforce``."""

    ha_auto_rebalance_threshold: float | None = Field(
        default=None, alias="ha-auto-rebalance-threshold"
    )
    """The cluster node imbalance, in percent, which will trigger the automatic resource balancing system if exceeded.
    Range: 0 to 100.
    Default: ``30``."""

    ha_rebalance_on_start: bool | None = Field(default=None, alias="ha-rebalance-on-start")
    """Set to use CRS for selecting a suited node when a HA services request-state changes from stop to start.
    Default: ``0``."""
