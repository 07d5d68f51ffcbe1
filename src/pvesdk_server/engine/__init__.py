"""The mock cluster engine (plain Python; no web framework): see :class:`Engine`."""

from . import handlers as _handlers  # noqa: F401  (registers the routes)
from .core import Engine, Reply
from .handlers import store_upload
from .state import DEFAULT_SEED

__all__ = ["DEFAULT_SEED", "Engine", "Reply", "store_upload"]
