"""``python -m pvesdk_server`` is ``pvesdk-server``."""

from pvesdk._scripts import pvesdk_server

pvesdk_server()
