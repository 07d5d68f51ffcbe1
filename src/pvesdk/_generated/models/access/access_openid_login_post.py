# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``POST /access/openid/login``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Any

from pvesdk._model import PveModel

__all__ = [
    "AccessOpenidLoginPostResult",
]


class AccessOpenidLoginPostResult(PveModel):
    """Result object ``AccessOpenidLoginPostResult``."""

    CSRFPreventionToken: str

    cap: dict[str, Any]

    ticket: str

    username: str

    clustername: str | None = None
