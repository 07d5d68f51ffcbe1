"""Credentials and how they go on a request. Secrets are never part of a repr or a message.

Only API tokens live here for now; ticket (password) auth with renewal and TFA plugs in at the
same seam: an object the https transport asks for headers before each request.
"""

from __future__ import annotations

from typing import Protocol

__all__ = ["Auth", "TokenAuth"]


class Auth(Protocol):
    def headers(self, method: str) -> dict[str, str]:
        """Headers that authenticate one request with HTTP method ``method``."""
        ...


class TokenAuth:
    """An API token: ``Authorization: PVEAPIToken=USER@REALM!TOKENID=SECRET`` (no CSRF needed)."""

    __slots__ = ("_header", "token_name", "user")

    def __init__(self, user: str, token_name: str, token_value: str) -> None:
        if "@" not in user:
            raise ValueError(f"user must be USER@REALM (e.g. root@pam), got {user!r}")
        if not token_name or "!" in token_name:
            raise ValueError(f"token_name must be the token id without '!', got {token_name!r}")
        if not token_value:
            raise ValueError("token_value is empty")
        self.user = user
        self.token_name = token_name
        self._header = {"Authorization": f"PVEAPIToken={user}!{token_name}={token_value}"}

    def headers(self, method: str) -> dict[str, str]:
        return self._header

    def __repr__(self) -> str:
        return f"TokenAuth(user={self.user!r}, token_name={self.token_name!r}, token_value=***)"
