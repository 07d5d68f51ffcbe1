# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Match`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pvesdk._propstr import PropertyString

__all__ = ["Match"]


class Match(PropertyString):
    """Property string ``Match``."""

    __pve_required__: ClassVar[tuple[str, ...]] = ("key",)

    key: Literal[
        "route-type",
        "vni",
        "ip-address-prefix-list",
        "ip6-address-prefix-list",
        "ip-next-hop-prefix-list",
        "ip6-next-hop-prefix-list",
        "ip-next-hop-address",
        "ip6-next-hop-address",
        "metric",
        "local-preference",
        "peer",
        "tag",
    ]

    value: str | None = None
    """Value that the field <key> should be matched on."""
