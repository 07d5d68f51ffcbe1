# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``ErasureCoding`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from pvesdk._propstr import PropertyString

__all__ = ["ErasureCoding"]


class ErasureCoding(PropertyString):
    """Create an erasure coded pool for RBD with an accompaning replicated pool for metadata storage. With EC, the common ceph options 'size', 'min_size' and 'crush_rule' parameters will be applied to the metadata pool.

    Syntax: ``k=<integer> ,m=<integer> [,device-class=<class>] [,failure-domain=<domain>] [,profile=<profile>]``"""

    __pve_required__: ClassVar[tuple[str, ...]] = (
        "k",
        "m",
    )

    k: int
    """Number of data chunks. Will create an erasure coded pool plus a replicated pool for metadata.
    Range: 2 to inf."""

    m: int
    """Number of coding chunks. Will create an erasure coded pool plus a replicated pool for metadata.
    Range: 1 to inf."""

    device_class: str | None = Field(default=None, alias="device-class")
    """CRUSH device class. Will create an erasure coded pool plus a replicated pool for metadata."""

    failure_domain: str | None = Field(default=None, alias="failure-domain")
    """CRUSH failure domain. Default is 'host'. Will create an erasure coded pool plus a replicated pool for metadata.
    Default: ``host``."""

    profile: str | None = None
    """Override the erasure code (EC) profile to use. Will create an erasure coded pool plus a replicated pool for metadata."""
