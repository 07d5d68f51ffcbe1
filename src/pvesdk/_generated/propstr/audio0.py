# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Audio0`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pvesdk._propstr import PropertyString

__all__ = ["Audio0"]


class Audio0(PropertyString):
    """Configure a audio device, useful in combination with QXL/Spice.

    Syntax: ``device=<ich9-intel-hda|intel-hda|AC97> [,driver=<spice|none>]``"""

    __pve_required__: ClassVar[tuple[str, ...]] = ("device",)

    device: Literal["ich9-intel-hda", "intel-hda", "AC97"]
    """Configure an audio device."""

    driver: Literal["spice", "none"] | None = None
    """Driver backend for the audio device.
    Default: ``spice``."""
