# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models of ``GET /nodes/{node}/tasks/{upid}/log``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesTasksLogGetResultItem",
]


class NodesTasksLogGetResultItem(PveModel):
    """Result object ``NodesTasksLogGetResultItem``."""

    n: int
    """Line number"""

    t: str
    """Line text"""
