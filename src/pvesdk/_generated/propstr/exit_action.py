# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``ExitAction`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pvesdk._propstr import PropertyString

__all__ = ["ExitAction"]


class ExitAction(PropertyString):
    """Property string ``ExitAction``.

    Syntax: ``key=<on-match-goto|on-match-next|continue> [,value=<integer>]``"""

    __pve_required__: ClassVar[tuple[str, ...]] = ("key",)

    key: Literal["on-match-goto", "on-match-next", "continue"]

    value: int | None = None
    """The index of this route map entry
    Range: 0 to 65535."""
