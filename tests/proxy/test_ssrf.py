"""The SSRF guard of the codegen endpoints: targets are refused after DNS resolution by the
class of every address they resolve to, redirects are checked again, and an explicit allow-list
opens lab networks."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pvesdk_server.proxy.ssrf import SsrfError, check_address, fetch, parse_allow_list


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("fd12:3456::1", "unique-local"),
        ("::ffff:127.0.0.1", "IPv4-mapped"),
        ("::ffff:8.8.8.8", "IPv4-mapped"),
        ("2002:7f00:1::1", "6to4"),
        ("2001:0:4136:e378:8000:63bf:3fff:fdd2", "Teredo"),
        ("64:ff9b::7f00:1", "NAT64"),
        ("100.64.0.1", "shared"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
    ],
)
def test_internal_address_classes_are_refused(address: str, why: str) -> None:
    reason = check_address(address)
    assert reason is not None and why in reason


@pytest.mark.parametrize("address", ["93.184.215.14", "2606:4700:4700::1111"])
def test_public_addresses_pass(address: str) -> None:
    assert check_address(address) is None


def test_the_allow_list_opens_a_lab_network_and_nothing_else() -> None:
    allow = parse_allow_list("10.20.0.0/16, 192.168.5.7")
    assert check_address("10.20.3.4", allow) is None
    assert check_address("192.168.5.7", allow) is None
    assert check_address("10.21.0.1", allow) is not None
    assert check_address("127.0.0.1", allow) is not None


def test_a_malformed_allow_list_entry_is_named() -> None:
    with pytest.raises(ValueError, match="'lab-net'"):
        parse_allow_list("10.0.0.0/8,lab-net")


def test_a_name_resolving_to_loopback_is_refused_after_dns() -> None:
    with pytest.raises(SsrfError, match=r"localhost resolves to .*loopback"):
        asyncio.run(fetch("http://localhost:1/apidoc.js"))


def test_a_public_looking_name_resolving_to_a_private_address_is_refused() -> None:
    async def resolver(host: str, port: int) -> list[str]:
        return ["93.184.215.14", "10.0.0.5"]  # one bad address in the answer is enough

    with pytest.raises(SsrfError, match=r"pve\.example\.com resolves to 10\.0\.0\.5"):
        asyncio.run(fetch("https://pve.example.com/apidoc.js", resolver=resolver))


def test_only_http_and_https_are_fetched() -> None:
    with pytest.raises(SsrfError, match="only http and https"):
        asyncio.run(fetch("file:///etc/passwd"))


@pytest.fixture
def redirecting() -> Iterator[str]:
    """A loopback HTTP server: /ok answers, /away redirects to a private address."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/away":
                self.send_response(302)
                self.send_header("Location", "http://10.0.0.1/metadata")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body = b"const apiSchema = [];"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_an_allowed_address_is_fetched(redirecting: str) -> None:
    body = asyncio.run(fetch(redirecting + "/ok", allow=parse_allow_list("127.0.0.1")))
    assert body == b"const apiSchema = [];"


def test_a_redirect_to_a_private_address_is_refused(redirecting: str) -> None:
    with pytest.raises(SsrfError, match=r"10\.0\.0\.1 resolves to 10\.0\.0\.1, a private address"):
        asyncio.run(fetch(redirecting + "/away", allow=parse_allow_list("127.0.0.1")))
