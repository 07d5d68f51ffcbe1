"""The proxy's part of ``pvesdk-server``'s command line: settings from options, the rate-limit
syntax, and a uvicorn logging configuration whose every handler redacts secrets."""

from __future__ import annotations

import os
from typing import Any, Literal, cast

import click

from .settings import ProxySettings

__all__ = ["log_config", "parse_rate_limit", "proxy_settings"]

Unit = Literal["second", "minute", "hour", "day"]
PROXY_RATE_LIMIT: tuple[Unit, int] = ("minute", 1200)


def proxy_settings(
    upstream: tuple[str, ...],
    user: str | None,
    password: str | None,
    token_name: str | None,
    token_value: str | None,
    fingerprint: str | None,
    ca_file: str | None,
) -> ProxySettings | None:
    """ProxySettings from the ``--upstream*`` options, None without ``--upstream``.

    Raises:
        click.UsageError: inconsistent options (the message names them, never a secret).
    """
    if not upstream:
        given = [user, password, token_name, token_value, fingerprint, ca_file]
        if any(v is not None for v in given):
            raise click.UsageError("--upstream-* options need --upstream URL")
        return None
    token_user = None
    if token_name is not None and "!" in token_name:
        token_user, _, token_name = token_name.partition("!")
    try:
        return ProxySettings(
            upstreams=tuple(upstream),
            user=user,
            password=password,
            token_user=token_user,
            token_name=token_name,
            token_value=token_value,
            fingerprint=fingerprint,
            ca_file=ca_file,
            admin_key=os.environ.get("PVESDK_ADMIN_KEY") or None,
        )
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None


def parse_rate_limit(text: str | None, proxy: bool) -> tuple[Unit, int] | None:
    """``"600/minute"`` → ``("minute", 600)``; ``off`` → None; unset → on for the proxy only.

    Raises:
        click.BadParameter: not ``N/unit``.
    """
    if text is None:
        return PROXY_RATE_LIMIT if proxy else None
    if text.strip().lower() == "off":
        return None
    count, _, unit = text.partition("/")
    if not count.strip().isdigit() or unit.strip() not in ("second", "minute", "hour", "day"):
        raise click.BadParameter(f"expected N/second|minute|hour|day or off, got {text!r}")
    return cast(Unit, unit.strip()), int(count)


def log_config(level: str, secrets: list[str]) -> dict[str, Any]:
    """uvicorn's ``log_config``: one stderr handler, redacting, for every logger we log through."""
    handler = {
        "class": "logging.StreamHandler",
        "stream": "ext://sys.stderr",
        "formatter": "plain",
        "filters": ["redact"],
    }
    loggers = ("uvicorn", "uvicorn.error", "uvicorn.access", "pvesdk", "pvesdk_server", "litestar")
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {
            "redact": {"()": "pvesdk_server.proxy.redact.RedactingFilter", "literals": secrets}
        },
        "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
        "handlers": {"stderr": handler},
        "root": {"handlers": ["stderr"], "level": level.upper()},
        "loggers": {name: {"level": level.upper(), "propagate": True} for name in loggers},
    }
