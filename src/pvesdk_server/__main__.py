"""``python -m pvesdk_server`` is ``pvesdk-server``."""

from .cli import main

main()
