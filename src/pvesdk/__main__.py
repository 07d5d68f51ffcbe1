"""``python -m pvesdk``: the ``pvesdk`` command line (needs ``pip install 'pvesdk[cli]'``)."""

from pvesdk.cli import main

main()
