# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models of ``GET /config/fetchmail``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "ConfigFetchmailGetResultItem",
]


class ConfigFetchmailGetResultItem(PveModel):
    """Result object ``ConfigFetchmailGetResultItem``."""

    id: str
    """Unique ID"""

    enable: bool | None = None
    """Flag to enable or disable polling."""

    interval: int | None = None
    """Only check this site every <interval> poll cycles. A poll cycle is 5 minutes."""

    keep: bool | None = None
    """Keep retrieved messages on the remote mailserver."""

    pass_: str | None = Field(default=None, alias="pass")
    """The password used for server login."""

    port: int | None = None
    """Port number."""

    protocol: Literal["pop3", "imap"] | str | None = None
    """Specify the protocol to use when communicating with the remote mailserver"""

    server: str | None = None
    """Server address (IP or DNS name)."""

    ssl: bool | None = None
    """Use SSL."""

    target: str | None = None
    """The target email address (where to deliver fetched mails)."""

    user: str | None = None
    """The user identification to be used when logging in to the server"""
