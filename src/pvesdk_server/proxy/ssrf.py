"""Fetching a URL a caller named, without letting the caller reach the server's own network.

The host is resolved first and every address it resolves to must be a public unicast address:
loopback, private (RFC 1918), shared (100.64/10), link-local, unique-local (fc00::/7),
multicast, reserved and unspecified addresses are refused, and so are IPv4-mapped IPv6
(``::ffff:127.0.0.1``), 6to4 (``2002::/16``), Teredo and NAT64 addresses, which embed an IPv4
address the checks above would otherwise not see. The connection then goes to the address that
was checked (so a second DNS answer cannot change it), with the original name for SNI and
``Host``. Redirects are followed by hand, each hop checked again. An explicit allow-list of
networks (lab clusters on private addresses) overrides the refusal for addresses inside it.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Sequence
from urllib.parse import urljoin, urlsplit

__all__ = ["SsrfError", "check_address", "fetch", "parse_allow_list", "resolve"]

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Awaitable[list[str]]]

_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_SHARED = ipaddress.ip_network("100.64.0.0/10")


class SsrfError(ValueError):
    """A URL the guard refuses; the message names the host and why (never a credential)."""


def parse_allow_list(text: str | None) -> list[Network]:
    """``"10.0.0.0/8, 192.168.1.10"`` → networks.

    Raises:
        ValueError: an entry is not an address or network.
    """
    if not text:
        return []
    networks: list[Network] = []
    for entry in text.split(","):
        entry = entry.strip()
        if entry:
            try:
                networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                raise ValueError(
                    f"allow-list entry is not an address or network: {entry!r}"
                ) from None
    return networks


def check_address(address: str, allow: Sequence[Network] = ()) -> str | None:
    """Why ``address`` may not be fetched from, or None when it may."""
    ip: Address = ipaddress.ip_address(address.split("%", 1)[0])
    if any(ip.version == net.version and ip in net for net in allow):
        return None
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return "an IPv4-mapped IPv6 address"
        if ip.sixtofour is not None:
            return "a 6to4 address"
        if ip.teredo is not None:
            return "a Teredo address"
        if ip in _NAT64:
            return "a NAT64 address"
    checks = [
        ("loopback", ip.is_loopback),
        ("unspecified", ip.is_unspecified),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("shared (CGNAT)", ip.version == 4 and ip in _SHARED),
        ("unique-local" if ip.version == 6 else "private", ip.is_private),
        ("reserved", ip.is_reserved),
    ]
    for name, hit in checks:
        if hit:
            return f"a {name} address"
    if not ip.is_global:
        return "not a public address"
    return None


async def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (getaddrinfo, in a worker thread)."""
    infos = await asyncio.to_thread(socket.getaddrinfo, host, port, 0, socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


async def _target(url: str, allow: Sequence[Network], resolver: Resolver) -> tuple[str, str, int]:
    """(checked address, host name, port) of ``url``, or SsrfError."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise SsrfError(f"{url!r}: only http and https URLs can be fetched")
    host = parts.hostname
    if not host:
        raise SsrfError(f"{url!r}: no host")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        addresses = await resolver(host, port)
    except OSError as exc:
        raise SsrfError(f"{host}: does not resolve ({exc.strerror or exc})") from None
    if not addresses:
        raise SsrfError(f"{host}: does not resolve")
    for address in addresses:
        why = check_address(address, allow)
        if why is not None:
            raise SsrfError(f"{host} resolves to {address}, {why}: refused")
    return addresses[0], host, port


async def fetch(
    url: str,
    *,
    allow: Sequence[Network] = (),
    resolver: Resolver = resolve,
    max_redirects: int = 5,
    max_bytes: int = 64 * 1024**2,
    timeout: float = 30.0,
) -> bytes:
    """The body of ``url`` (status 200), every hop checked by the guard.

    Raises:
        SsrfError: a hop's host resolves to a refused address, too many redirects, or the body
            is larger than ``max_bytes``.
        httpx.HTTPError: the fetch itself failed.
    """
    import httpx

    async with httpx.AsyncClient(
        timeout=timeout, follow_redirects=False, trust_env=False
    ) as client:
        for _ in range(max_redirects + 1):
            address, host, port = await _target(url, allow, resolver)
            parts = urlsplit(url)
            literal = f"[{address}]" if ":" in address else address
            pinned = parts._replace(netloc=f"{literal}:{port}").geturl()
            headers = {"Host": parts.netloc.rsplit("@", 1)[-1]}
            extensions = {"sni_hostname": host} if parts.scheme == "https" else {}
            request = client.build_request("GET", pinned, headers=headers, extensions=extensions)
            response = await client.send(request, stream=True)
            try:
                if response.status_code in (301, 302, 303, 307, 308):
                    location = response.headers.get("location", "")
                    url = urljoin(url, location)
                    continue
                if response.status_code != 200:
                    raise SsrfError(f"{host}: HTTP {response.status_code}")
                body = bytearray()
                async for chunk in response.aiter_bytes():
                    body.extend(chunk)
                    if len(body) > max_bytes:
                        raise SsrfError(f"{host}: answer larger than {max_bytes} bytes")
                return bytes(body)
            finally:
                await response.aclose()
    raise SsrfError(f"more than {max_redirects} redirects")
