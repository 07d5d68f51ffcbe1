# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``TagStyle`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._propstr import PropertyString

__all__ = ["TagStyle"]


class TagStyle(PropertyString):
    """Tag style options.

    Syntax: ``[case-sensitive=<1|0>] [,color-map=<tag>:<hex-color>[:<hex-color-for-text>][;<tag>=...]] [,ordering=<config|alphabetical>] [,shape=<enum>]``"""

    case_sensitive: bool | None = Field(default=None, alias="case-sensitive")
    """Controls if filtering for unique tags on update should check case-sensitive.
    Default: ``0``."""

    color_map: str | None = Field(default=None, alias="color-map")
    """Manual color mapping for tags (semicolon separated).
    Pattern: ``^(?:(?i:[a-z0-9_][a-z0-9_\\-\\+\\.]*):[0-9a-fA-F]{6}(?::[0-9a-fA-F]{6})?)(?:;(?:(?i:[a-z0-9_][a-z0-9_\\-\\+\\.]*):[0-9a-fA-F]{6}(?::[0-9a-fA-F]{6})?))*$``."""

    ordering: Literal["config", "alphabetical"] | None = None
    """Controls the sorting of the tags in the web-interface and the API update.
    Default: ``alphabetical``."""

    shape: Literal["full", "circle", "dense", "none"] | None = None
    """Tag shape for the web ui tree. 'full' draws the full tag. 'circle' draws only a circle with the background color. 'dense' only draws a small rectancle (useful when many tags are assigned to each guest).'none' disables showing the tags.
    Default: ``circle``."""
