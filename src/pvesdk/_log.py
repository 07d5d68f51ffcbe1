"""Debug logging under the ``pvesdk`` logger, free when the application does not use logging.

Messages name methods, paths, hosts and statuses; never headers, parameters or credentials.
"""

from __future__ import annotations

import sys
from typing import Any

__all__ = ["debug"]


def debug(message: str, *args: Any) -> None:
    # An application that never imported `logging` has no handler to show this to.
    logging = sys.modules.get("logging")
    if logging is not None:
        logging.getLogger("pvesdk").debug(message, *args)
