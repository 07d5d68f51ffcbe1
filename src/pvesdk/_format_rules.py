"""The pieces every format module shares: the check type, Proxmox's IP address regexes
(pve-common ``PVE::ParseUtils``) and its CIDR rule. See :mod:`pvesdk.formats`."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable

#: A format check: Proxmox's message (without its trailing newline) or ``None`` when valid.
Check = Callable[[str], str | None]


def decimal(text: str) -> int:
    """``int(text)`` for a decimal number (sign, digits) of any length. Python refuses to read
    more digits than ``sys.get_int_max_str_digits()`` (4300, leading zeros counted) and Perl
    reads such a number as a huge float: past the limit the number is the largest one the
    limit allows, sign kept, which every bound a check compares it with finds as large as Perl
    does."""
    limit = sys.get_int_max_str_digits()
    if not limit or len(text) <= limit:
        return int(text)
    stripped = text.strip()
    sign = -1 if stripped.startswith("-") else 1
    digits = stripped.lstrip("+-").lstrip("0") or "0"
    if len(digits) <= limit:
        return sign * int(digits)
    huge: int = 10**limit - 1
    return sign * huge


# pve-common PVE::ParseUtils
_V4_OCTET = r"(?:25[0-5]|(?:2[0-4]|1[0-9]|[1-9])?[0-9])"
IPV4_RE = rf"(?:(?:{_V4_OCTET}\.){{3}}{_V4_OCTET})"
_H16 = r"(?:[0-9a-fA-F]{1,4})"
_LS32 = rf"(?:(?:{IPV4_RE}|{_H16}:{_H16}))"
IPV6_RE = (
    "(?:"
    rf"(?:(?:(?:{_H16}:){{6}}){_LS32})|"
    rf"(?:(?:::(?:{_H16}:){{5}}){_LS32})|"
    rf"(?:(?:(?:{_H16})?::(?:{_H16}:){{4}}){_LS32})|"
    rf"(?:(?:(?:(?:{_H16}:){{0,1}}{_H16})?::(?:{_H16}:){{3}}){_LS32})|"
    rf"(?:(?:(?:(?:{_H16}:){{0,2}}{_H16})?::(?:{_H16}:){{2}}){_LS32})|"
    rf"(?:(?:(?:(?:{_H16}:){{0,3}}{_H16})?::(?:{_H16}:){{1}}){_LS32})|"
    rf"(?:(?:(?:(?:{_H16}:){{0,4}}{_H16})?::){_LS32})|"
    rf"(?:(?:(?:(?:{_H16}:){{0,5}}{_H16})?::){_H16})|"
    rf"(?:(?:(?:(?:{_H16}:){{0,6}}{_H16})?::))"
    ")"
)


def cidr(version: int, value: str) -> bool:
    """pve-common ``pve_verify_cidrv4``/``v6``: an address and a prefix (8 to 32, or to 128)."""
    address, high = (IPV4_RE, 32) if version == 4 else (IPV6_RE, 128)
    found = re.search(rf"^(?:{address})(?:/(\d+))$", value)
    return found is not None and 7 < decimal(found.group(1)) <= high


# pve-storage DirPlugin: a directory storage takes every content type, so the format does too.
STORAGE_CONTENT_TYPES = frozenset(
    {"images", "rootdir", "vztmpl", "iso", "backup", "snippets", "import", "none"}
)


def content(value: str) -> str | None:
    """pve-storage ``pve-storage-content``: one content type."""
    return None if value in STORAGE_CONTENT_TYPES else f"invalid content type '{value}'"
