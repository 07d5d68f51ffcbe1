"""Checks for the value formats Proxmox names in its schema (``mac-addr``, ``disk-size``,
``pve-volume-id``, ``CIDR``, ``pve-storage-id``, …): a clear error before a request leaves,
instead of a config Proxmox refuses or, worse, accepts wrongly. Formats not listed here pass."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable

__all__ = ["CHECKS", "check", "checked"]

_MAC = re.compile(r"^[0-9a-f]{2}(?::[0-9a-f]{2}){5}$", re.IGNORECASE)
_SIZE = re.compile(r"^\d+(?:\.\d+)?[KMGT]?$")
_STORAGE = re.compile(r"^[a-z][a-z0-9\-_.]*[a-z0-9]$", re.IGNORECASE)


def _mac(value: str) -> str | None:
    if not _MAC.match(value):
        return "is not a MAC address (XX:XX:XX:XX:XX:XX)"
    if int(value[:2], 16) & 1:
        return "is a multicast MAC address (the I/G bit is set)"
    return None


def _volume(value: str) -> str | None:
    storage, sep, name = value.partition(":")
    if not sep or not _STORAGE.match(storage) or not name:
        return "is not a volume id (STORAGE:VOLUME, e.g. local-lvm:vm-100-disk-0)"
    if ".." in name.split("/"):
        return "contains '..' (a volume name cannot leave its storage)"
    return None


def _volume_or_path(value: str) -> str | None:
    if value.startswith("/"):
        return "contains '..'" if ".." in value.split("/") else None
    if value in ("none", "cdrom"):
        return None
    return _volume(value)


def _network(version: int | None) -> Callable[[str], str | None]:
    def check(value: str) -> str | None:
        if "/" not in value:
            return "needs a prefix length (address/prefix, e.g. 10.0.0.5/24)"
        try:
            network = ipaddress.ip_interface(value)
        except ValueError:
            return "is not an address/prefix (CIDR)"
        if version is not None and network.version != version:
            return f"is not an IPv{version} address/prefix"
        return None

    return check


def _address(version: int | None) -> Callable[[str], str | None]:
    def check(value: str) -> str | None:
        try:
            address = ipaddress.ip_address(value)
        except ValueError:
            return "is not an IP address"
        if version is not None and address.version != version:
            return f"is not an IPv{version} address"
        return None

    return check


def _regex(pattern: re.Pattern[str], what: str) -> Callable[[str], str | None]:
    return lambda value: None if pattern.match(value) else f"is not a valid {what}"


CHECKS: dict[str, Callable[[str], str | None]] = {
    "mac-addr": _mac,
    "disk-size": _regex(_SIZE, "disk size (e.g. 32G, 512M, 1.5T)"),
    "pve-storage-id": _regex(_STORAGE, "storage id"),
    "pve-volume-id": _volume,
    "pve-volume-id-or-qm-path": _volume_or_path,
    "pve-volume-id-or-absolute-path": _volume_or_path,
    "CIDR": _network(None),
    "CIDRv4": _network(4),
    "CIDRv6": _network(6),
    "ip": _address(None),
    "ipv4": _address(4),
    "ipv6": _address(6),
}


def checked(fmt: str, name: str, value: object) -> object:
    """``value``, after :func:`check` (for generated parameter lists)."""
    check(fmt, name, value)
    return value


def check(fmt: str, name: str, value: object) -> None:
    """Raise ``ValueError`` naming ``name`` and the value when ``value`` breaks format ``fmt``."""
    checker = CHECKS.get(fmt)
    if checker is None or not isinstance(value, str):
        return
    problem = checker(value)
    if problem is not None:
        raise ValueError(f"{name}: {value!r} {problem}")
