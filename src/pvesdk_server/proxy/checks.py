"""Request checks done before anything is forwarded: header and path injection.

h11 already refuses raw CR/LF in header values; these checks catch what survives parsing and
would change meaning once re-sent: control characters or stray separators in the credential
headers the proxy passes on, and path segments that decode to ``.``/``..`` (alone or between
encoded slashes, ``..%2F``), contain control characters, or are empty (``//``).
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote

__all__ = ["check_headers", "split_path"]

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_FORWARDED = {
    "authorization": re.compile(r"^PVEAPIToken=[^\s,;]+$"),
    "csrfpreventiontoken": re.compile(r"^[^\s,;]+$"),
}


def check_headers(headers: dict[str, str]) -> dict[str, str]:
    """Per-header problems of a request (lower-case names in), empty when fine."""
    errors: dict[str, str] = {}
    for name, value in headers.items():
        if _CONTROL.search(value):
            errors[name] = "control characters are not allowed in header values"
    for name, shape in _FORWARDED.items():
        given = headers.get(name)
        if given is not None and name not in errors and not shape.match(given.strip()):
            errors[name] = "malformed value"
    cookie = headers.get("cookie", "")
    for part in cookie.split(";"):
        key, _, value = part.strip().partition("=")
        if key == "PVEAuthCookie" and (not value or re.search(r"[\s,]", value)):
            errors["cookie"] = "malformed PVEAuthCookie"
    return errors


def split_path(api_path: str) -> tuple[list[str], str] | str:
    """(decoded segments, the path re-encoded segment by segment) or the problem found."""
    stripped = api_path.strip("/")
    if not stripped:
        return [], ""
    segments = []
    for raw in stripped.split("/"):
        value = unquote(raw)
        if not value:
            return "empty path segment"
        # A `/` sent as %2F stays inside its segment here (volume ids hold one), but a server
        # that decodes a path before it splits it would see `..` as a segment of its own:
        # dot segments between encoded slashes are refused too.
        if _CONTROL.search(value) or any(part in (".", "..") for part in value.split("/")):
            return f"path segment {raw!r} is not allowed"
        segments.append(value)
    return segments, "/" + "/".join(quote(s, safe="") for s in segments)
