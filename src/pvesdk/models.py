"""Every result model, by name: ``from pvesdk.models import NodesQemuConfigGetResult``.

Re-exports the generated models lazily (see ``pvesdk/_generated/models``).
"""

from typing import TYPE_CHECKING

from pvesdk._generated.models import __dir__ as __dir__
from pvesdk._generated.models import __getattr__ as __getattr__

if TYPE_CHECKING:
    from pvesdk._generated.models import *  # noqa: F403
