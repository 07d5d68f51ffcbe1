"""Which strings Perl's Net::IP (1.26, Debian's libnet-ip-perl) takes as an address, prefix or
range, and the text of ``Net::IP::Error()`` when it refuses one: pve-firewall checks every entry
of a ``pve-fw-addr-spec`` list with ``Net::IP->new`` and dies with that text. See
:func:`pvesdk._service_formats.firewall_addresses`.

Net::IP keeps its last error in a module global (``$Net::IP::ERROR``) and some refusals leave it
as it was (an IPv6-looking string with eight or more colons); :class:`NetIP` keeps it per
instance, starting empty as in a fresh worker, where Proxmox's text would carry whatever error
that worker saw last.
"""

from __future__ import annotations

import re

from ._format_rules import decimal

_V6_GROUP = re.compile(r"^[a-f\d]{1,4}$", re.IGNORECASE)


def _split(separator: str, text: str) -> list[str]:
    """Perl's ``split``: trailing empty fields are dropped."""
    parts = re.split(separator, text)
    while parts and not parts[-1]:
        parts.pop()
    return parts


def _number(text: str) -> int:
    """A string as Perl numifies it: its leading ASCII digits, else 0."""
    found = re.match(r"[0-9]+", text)
    return decimal(found.group()) if found else 0


def _around(data: str, sign: str, blank: int) -> tuple[str, str] | None:
    r"""The groups of ``^(.+?)\s*SIGN\s*(.+)$`` (``blank`` 0) or ``^(.+?)\s+SIGN\s+(.+)$``
    (``blank`` 1), found in linear time: Python's regex engine retries every blank of a long
    blank run and takes seconds over a few kilobytes.

    The lazy first group ends where the blank run before the first workable SIGN starts (one
    character at least, no newline); the second is what the greedy blanks after SIGN leave of
    the last line (``$`` also matches before a final newline).
    """
    start = 1
    while (at := data.find(sign, start)) >= 0:
        start = at + 1
        begin = at
        while begin > 1 and data[begin - 1].isspace():
            begin -= 1
        if "\n" in data[:begin]:
            return None  # '.' stops at a newline: no later SIGN can do better
        if at - begin < blank:
            continue
        tail = data[at + 1 :]
        core = tail[:-1] if tail.endswith("\n") else tail
        run = len(tail) - len(tail.lstrip())
        width = min(run, len(core) - 1)
        if width >= max(core.rfind("\n") + 1, blank):
            return data[:begin], core[width:]
    return None


def _bits(version: int) -> int:
    return 32 if version == 4 else 128


def _bin_to_ip(binary: str, version: int) -> str:
    """``ip_bintoip``: a bit string (padded with leading zeros) as an address."""
    binary = "0" * (_bits(version) - len(binary)) + binary
    if version == 4:
        return ".".join(str(int(binary[at : at + 8], 2)) for at in range(0, 32, 8))
    return ":".join(f"{int(binary[at : at + 16], 2):04x}" for at in range(0, 128, 16))


class NetIP:
    """One Perl process's Net::IP: :meth:`new` and the global error it leaves."""

    def __init__(self) -> None:
        self.error = ""

    def _fail(self, message: str) -> None:
        self.error = message

    def is_ipv4(self, ip: str) -> bool:
        """``ip_is_ipv4``: one to four dotted decimal quads below 256."""
        if not re.search(r"^[\d\.]+$", ip):
            self._fail(f"Invalid chars in IP {ip}")
            return False
        if ip.startswith("."):
            self._fail(f"Invalid IP {ip} - starts with a dot")
            return False
        if re.search(r"\.$", ip):
            self._fail(f"Invalid IP {ip} - ends with a dot")
            return False
        single = re.search(r"^(\d+)$", ip)
        if single and _number(single.group(1)) < 256:
            return True
        if ip.count(".") >= 4:
            self._fail(f"Invalid IP address {ip}")
            return False
        if ".." in ip:
            self._fail(f"Empty quad in IP address {ip}")
            return False
        for quad in _split(r"\.", ip):
            if _number(quad) >= 256:
                self._fail(f"Invalid quad in IP address {ip} - {quad}")
                return False
        return True

    def is_ipv6(self, ip: str) -> bool:
        """``ip_is_ipv6``. With no colon or eight and more it refuses without an error."""
        colons = ip.count(":")
        if not 0 < colons < 8:
            return False
        for index, group in enumerate(_split(":", ip), start=1):
            if group == "" or _V6_GROUP.search(group):
                continue
            if index == colons + 1 and self.is_ipv4(group):
                colons += 1  # an embedded IPv4 address is two groups
                continue
            self._fail(f"Invalid IP address {ip}")
            return False
        if re.search(r"^:[^:]", ip):
            self._fail(f"Invalid address {ip} (starts with :)")
            return False
        if re.search(r"[^:]:$", ip):
            self._fail(f"Invalid address {ip} (ends with :)")
            return False
        if len(re.findall(r":(?=:)", ip)) > 1:
            self._fail(f"Invalid address {ip} (More than one :: pattern)")
            return False
        if colons != 7 and "::" not in ip:
            self._fail(f"Invalid number of octets {ip}")
            return False
        return True

    def version(self, ip: str) -> int:
        """``ip_get_version``: 4, 6 or 0 (unknown)."""
        if ":" not in ip and self.is_ipv4(ip):
            return 4
        return 6 if self.is_ipv6(ip) else 0

    def expand(self, ip: str | None, version: int) -> str | None:
        """``ip_expand_address``: missing IPv4 quads as zeros, IPv6 groups as four digits."""
        if ip is None:
            return None
        if version == 4:
            quads = _split(r"\.", ip)
            if len(quads) > 4:
                self._fail(f"Not a valid IPv address {ip}")
                return None
            if any(not re.search(r"^\d{1,3}$", quad) for quad in quads):
                self._fail(f"Not a valid IPv4 address {ip}")
                return None
            return ".".join(str(_number(quad)) for quad in [*quads, "0", "0", "0", "0"][:4])
        if ip.count("::") > 1:
            self._fail("Too many :: in ip")
            return None
        groups = _split(":", ip.replace("::", ":!:"))
        count = len(groups)
        for index, group in enumerate(groups):
            if "." in group:
                binary = self.to_bin(self.expand(group, 4), 4) or ""
                groups[index] = _bin_to_ip(binary, 6)[-9:]
                count += 1
            else:
                groups[index] = "0" * (4 - len(group)) + group
        if "000!" in groups:
            groups[groups.index("000!")] = ":".join(["0000"] * min(8, 9 - count))
        return ":".join(groups).lower()

    def to_bin(self, ip: str | None, version: int) -> str | None:
        """``ip_iptobin``: an expanded address as a bit string."""
        if version == 4:
            octets = bytes(_number(quad) & 0xFF for quad in _split(r"\.", ip or ""))
            return "".join(f"{octet:08b}" for octet in octets[:4])
        digits = (ip or "").replace(":", "")
        if len(digits) != 32 or not re.fullmatch(r"[0-9a-fA-F]+", digits):
            self._fail(f"Bad IP address {digits}")
            return None
        return f"{int(digits, 16):0128b}"

    def _check_prefix(self, binary: str, length: str, version: int) -> bool:
        """``ip_check_prefix``: the bits past the prefix are zero."""
        if decimal(length) > len(binary):
            self._fail(f"Prefix length {length} is longer than IP address ({len(binary)})")
            return False
        rest = binary[decimal(length) :]
        if not re.search(r"^0*$", rest):
            self._fail(f"Invalid prefix {binary}/{length}")
            return False
        if len(rest) + decimal(length) != _bits(version):
            self._fail(f"Invalid prefix length /{length}")
            return False
        return True

    def _normalize(self, data: str) -> tuple[str, str | None] | None:
        """``ip_normalize``: a prefix, a range, an address plus a number, or one address."""
        # ^(\S+?)(/\S+)$ matches only blank-free text (a final newline aside): checked first, as
        # the regex retries every '/' of a long text that has a blank further on
        solid = not re.search(r"\s", data[:-1] if data.endswith("\n") else data)
        prefix = re.search(r"^(\S+?)(/\S+)$", data) if solid else None
        if prefix:
            ip, lengths = prefix.groups()
            version = self.version(ip)
            begin = self.expand(ip, version) if version else None
            current = self.to_bin(begin, version) if begin else None
            if begin is None or current is None:
                return None
            while lengths not in ("", "0"):
                step = re.search(r"^/(\d+)(,|$)", lengths)
                if step is None:
                    break
                lengths = lengths[step.end() :]
                if not self._check_prefix(current, step.group(1), version):
                    return None
                size = decimal(step.group(1))
                current = current[:size] + "1" * (_bits(version) - size)
                if step.group(2):
                    current = f"{(int(current, 2) + 1) % (1 << _bits(version)):0{_bits(version)}b}"
            return begin, _bin_to_ip(current, version)
        span = _around(data, "-", 0)  # ^(.+?)\s*\-\s*(.+)$
        if span:
            version = self.version(span[0])
            begin = self.expand(span[0], version) if version else None
            end = self.expand(span[1], version) if begin else None
            return (begin, end) if begin and end else None
        plus = _around(data, "+", 1)  # ^(.+?)\s+\+\s+(.+)$
        if plus:
            version = self.version(plus[0])
            begin = self.expand(plus[0], version) if version else None
            binary = self.to_bin(begin, version) if begin else None
            if begin is None or binary is None:
                return None
            count = re.fullmatch(r"\s*\+?(\d+)\s*", plus[1])
            if count is None:
                # Math::BigInt makes NaN or a negative of it; Net::IP adds that text's bits
                # without checking them. Not modelled: taken as it stands.
                return begin, begin
            added = f"{decimal(count.group(1)):b}"
            if len(added) > _bits(version):
                self._fail("IP addresses of different length\n")
                return None
            total = (int(binary, 2) + int(added, 2)) % (1 << _bits(version))
            return begin, _bin_to_ip(f"{total:b}", version)
        version = self.version(data)
        begin = self.expand(data, version) if version else None
        return (begin, None) if begin else None

    def new(self, data: str) -> str | None:
        """``Net::IP->new``: the first address (expanded), or ``None`` with :attr:`error` set."""
        normalized = self._normalize(data)
        if normalized is None:
            return None
        begin, end = normalized
        version = self.version(begin)
        binary = self.to_bin(begin, version) if version else None
        if binary is None:
            return None
        end = end if end not in (None, "", "0") else begin
        end_version = self.version(end)
        if not end_version:
            return None
        if end_version != version:
            self._fail(f"Begin and End addresses have different IP versions - {begin} - {end}")
            return None
        last = self.to_bin(end, version)
        if last is None:
            return None
        if int(binary, 2) > int(last, 2):
            self._fail(f"Begin address is greater than End address {begin} - {end}")
            return None
        return begin
