"""``python -m pvesdk``: the ``pvesdk`` command line (needs ``pip install 'pvesdk[cli]'``)."""

from pvesdk._scripts import pvesdk

pvesdk()
