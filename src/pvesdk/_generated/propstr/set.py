# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Set`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pvesdk._propstr import PropertyString

__all__ = ["Set"]


class Set(PropertyString):
    """Property string ``Set``."""

    __pve_required__: ClassVar[tuple[str, ...]] = ("key",)

    key: Literal[
        "ip-next-hop-peer-address",
        "ip-next-hop",
        "ip-next-hop-unchanged",
        "ip6-next-hop-peer-address",
        "ip6-next-hop-prefer-global",
        "ip6-next-hop",
        "local-preference",
        "tag",
        "weight",
        "metric",
        "src",
    ]

    value: str | None = None
    """Value that the field <key> should be set to."""
