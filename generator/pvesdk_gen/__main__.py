"""``python -m pvesdk_gen`` is ``pvesdk-gen``."""

from pvesdk._scripts import pvesdk_gen

pvesdk_gen()
