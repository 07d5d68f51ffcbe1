"""Secrets out of every log line: passwords, tickets, CSRF tokens, API token secrets, proxy
keys, and the values of ``Authorization``, ``Cookie`` and ``CSRFPreventionToken`` headers.

:class:`RedactingFilter` is attached to every handler the server logs through (root and
uvicorn's), so it sees each record whatever logger produced it, including formatted
exceptions. Literal secrets the process holds (upstream password or token, admin keys) are
replaced wherever they appear; the patterns catch the ones it has never seen (callers' tickets).
"""

from __future__ import annotations

import logging
import re
import traceback
from collections.abc import Iterable, Mapping

__all__ = ["RedactingFilter", "redact", "redact_headers"]

MASK = "***"
_SECRET_HEADERS = frozenset({"authorization", "cookie", "set-cookie", "csrfpreventiontoken"})
_SECRET_KEYS = (
    r"password|new-password|ticket|tfa-challenge|otp|csrfpreventiontoken|token[_-]?value"
    r"|value|secret|key"
)
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # header lines and dict entries: `Authorization: …`, `'cookie': '…'`
    (
        re.compile(
            r"(?i)\b(authorization|cookie|set-cookie|csrfpreventiontoken)(['\"]?\s*[:=]\s*['\"]?)[^'\"\r\n,}]+"
        ),
        rf"\1\2{MASK}",
    ),
    (
        re.compile(r"PVEAPIToken=([^!\s'\"]+)!([^=:\s'\"]+)[=:][^\s'\",;&]+"),
        rf"PVEAPIToken=\1!\2={MASK}",
    ),
    (re.compile(r"PVEAuthCookie=[^;\s'\",&]+"), f"PVEAuthCookie={MASK}"),
    (re.compile(r"PVE(?:QUARANTINE)?:[^:\s'\"]+:[0-9A-Fa-f]{8}::[^\s'\",;&]+"), f"PVE:{MASK}"),
    (re.compile(r"(?i)\bbearer\s+[^\s'\",;]+"), f"Bearer {MASK}"),
    # CSRF tokens: `6745D2C3:<signature>`
    (re.compile(r"\b[0-9A-F]{8}:[A-Za-z0-9+/_-]{20,}={0,2}"), MASK),
    # form and query values, JSON members
    (re.compile(rf"(?i)\b({_SECRET_KEYS})=[^&\s'\",;]*"), rf"\1={MASK}"),
    (re.compile(rf"(?i)([\"']({_SECRET_KEYS})[\"']\s*:\s*)[\"'][^\"']*[\"']"), rf"\1'{MASK}'"),
]


def redact(text: str, literals: Iterable[str] = ()) -> str:
    """``text`` with every secret the patterns know (and every literal given) masked."""
    for literal in literals:
        if literal:
            text = text.replace(literal, MASK)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """A copy of ``headers`` fit for a log line: secret-bearing values masked."""
    return {k: MASK if k.lower() in _SECRET_HEADERS else v for k, v in headers.items()}


class RedactingFilter(logging.Filter):
    """A handler filter that rewrites each record's message (and exception text) redacted.

    Args:
        literals: Secrets this process holds, masked wherever they appear.
    """

    def __init__(self, literals: Iterable[str] = ()) -> None:
        super().__init__()
        self.literals = [s for s in literals if s]

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite ``record`` with every credential redacted; always keeps it (returns True)."""
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = str(record.msg)
        record.msg = redact(message, self.literals)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip()
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self.literals)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, self.literals)
        return True


def install(literals: Iterable[str] = ()) -> RedactingFilter:
    """Attach one :class:`RedactingFilter` to every handler of the root and uvicorn loggers."""
    flt = RedactingFilter(literals)
    for name in ("", "uvicorn", "uvicorn.error", "uvicorn.access", "litestar", "pvesdk"):
        for handler in logging.getLogger(name).handlers:
            if flt not in handler.filters:
                handler.addFilter(flt)
    return flt
