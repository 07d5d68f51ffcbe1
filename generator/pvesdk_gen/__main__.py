"""``python -m pvesdk_gen`` is ``pvesdk-gen``."""

from .cli import main

main()
