"""The server's security controls: per-client rate limits (off for the mock by default),
request size limits, injection refused before anything is forwarded, and loopback + TLS by
default."""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from pvesdk_server.tls import self_signed

from .conftest import Fake, Proc, fake_upstream, server

VERSION = {"data": {"version": "9.2.0", "release": "9.2", "repoid": "fake"}}
AUTH = {"Authorization": "PVEAPIToken=root@pam!ci=secret"}
TABLE = {
    "GET /version": VERSION,
    "GET /nodes": {"data": []},
    "GET /cluster/tasks": ["not", "an", "envelope"],
}


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Fake, Proc]]:
    tmp = tmp_path_factory.mktemp("guarded")
    cert, key = self_signed(tmp / "upstream-tls")
    with (
        fake_upstream(tmp / "fake", TABLE, cert, key) as fake,
        server(tmp / "proxy", "--upstream", fake.url, "--upstream-ca", str(cert)) as proxy,
    ):
        yield fake, proxy


def client_for(proc: Proc) -> httpx.Client:
    return httpx.Client(verify=ssl.create_default_context(cafile=str(proc.cert)), timeout=60)


def raw_request(proc: Proc, head: bytes) -> bytes:
    """Bytes straight onto a TLS socket (what an HTTP client library would refuse to send)."""
    context = ssl.create_default_context(cafile=str(proc.cert))
    with (
        socket.create_connection(("127.0.0.1", proc.port), timeout=30) as sock,
        context.wrap_socket(sock, server_hostname="127.0.0.1") as tls,
    ):
        tls.sendall(head)
        data = b""
        while chunk := tls.recv(65536):
            data += chunk
        return data


def test_rate_limit_answers_429_once_a_client_used_its_allowance(tmp_path: Path) -> None:
    cert, key = self_signed(tmp_path / "tls")
    with (
        fake_upstream(tmp_path / "fake", TABLE, cert, key) as fake,
        server(
            tmp_path / "proxy",
            "--upstream",
            fake.url,
            "--upstream-ca",
            str(cert),
            "--rate-limit",
            "5/minute",
        ) as proxy,  # fmt: skip
        client_for(proxy) as client,
    ):
        statuses = [client.get(proxy.url + "/api2/json/nodes", headers=AUTH).status_code
                    for _ in range(7)]  # fmt: skip
        refused = client.get(proxy.url + "/api2/json/nodes", headers=AUTH)
    assert statuses[:5] == [200] * 5 and statuses[5:] == [429, 429]
    assert (refused.reason_phrase, refused.json()) == ("too many requests", {"data": None})
    assert fake.requests().count("GET /nodes") == 5


def test_the_mock_has_no_rate_limit_by_default(tmp_path: Path) -> None:
    with server(tmp_path / "mock") as mock, client_for(mock) as client:
        statuses = {client.get(mock.url + "/api2/json/version").status_code for _ in range(60)}
    assert statuses == {401}  # no credentials: refused by auth, never by a limit


def test_an_oversized_body_is_413_and_not_forwarded(guarded: tuple[Fake, Proc]) -> None:
    fake, proxy = guarded
    body = b"description=" + b"x" * (17 * 1024 * 1024)
    form = {**AUTH, "Content-Type": "application/x-www-form-urlencoded"}
    with client_for(proxy) as client:
        answer = client.put(proxy.url + "/api2/json/nodes/pve1/qemu/100/config", content=body,
                            headers=form)  # fmt: skip
    assert answer.status_code == 413
    assert not any(line.startswith("PUT") for line in fake.requests())


@pytest.mark.parametrize(
    "header",
    [
        "Authorization: PVEAPIToken=root@pam!ci=secret, PVEAPIToken=other@pam!x=y",
        "Cookie: PVEAuthCookie=PVE:root@pam:6745D2C3::sig nature",
        "CSRFPreventionToken: 6745D2C3:abc;injected",
    ],
)
def test_malformed_credential_headers_are_refused_before_forwarding(
    guarded: tuple[Fake, Proc], header: str
) -> None:
    fake, proxy = guarded
    before = len(fake.requests())
    head = f"GET /api2/json/nodes HTTP/1.1\r\nHost: x\r\n{header}\r\nConnection: close\r\n\r\n"
    answer = raw_request(proxy, head.encode())
    assert answer.startswith(b"HTTP/1.1 400 Parameter verification failed.")
    assert len(fake.requests()) == before


@pytest.mark.parametrize(
    "path",
    [
        "/api2/json/nodes/%2e%2e/version",
        "/api2/json/nodes/pve1%0d%0aX-Injected:%201/qemu",
        "/api2/json/nodes//qemu",
        "/api2/json/nodes/pve1%00/qemu",
        "/api2/json/nodes/pve1/../../version",
        "/api2/json/nodes/pve1/storage/local/content/local:iso%2f..%2f..%2f..%2fversion",
        "/api2/json/nodes/pve1/storage/local/content/..%2F..%2F..%2Faccess%2Fusers",
        "/api2/json/nodes/pve1/storage/local/content/local:iso%2f.",
    ],
)
def test_path_injection_is_refused_before_forwarding(guarded: tuple[Fake, Proc], path: str) -> None:
    fake, proxy = guarded
    before = len(fake.requests())
    head = f"GET {path} HTTP/1.1\r\nHost: x\r\nAuthorization: {AUTH['Authorization']}\r\n"
    answer = raw_request(proxy, (head + "Connection: close\r\n\r\n").encode())
    assert answer.startswith(b"HTTP/1.1 400 Parameter verification failed.")
    assert len(fake.requests()) == before


def test_a_volume_id_with_an_encoded_slash_is_forwarded(guarded: tuple[Fake, Proc]) -> None:
    fake, proxy = guarded
    before = len(fake.requests())
    path = "/api2/json/nodes/pve1/storage/local/content/local%3Aiso%2Fdebian-12.iso"
    head = f"GET {path} HTTP/1.1\r\nHost: x\r\nAuthorization: {AUTH['Authorization']}\r\n"
    raw_request(proxy, (head + "Connection: close\r\n\r\n").encode())
    assert fake.requests()[before:] == [
        "GET /nodes/pve1/storage/local/content/local%3Aiso%2Fdebian-12.iso"
    ]


def test_the_server_listens_on_loopback_with_tls_by_default(guarded: tuple[Fake, Proc]) -> None:
    _, proxy = guarded
    with socket.create_connection(("127.0.0.1", proxy.port), timeout=10) as sock:
        sock.sendall(b"GET /versions HTTP/1.1\r\nHost: x\r\n\r\n")
        plain = sock.recv(100)
    assert not plain.startswith(b"HTTP/1.1 200")  # plain HTTP is not served
    from pvesdk_server.cli import main

    host = next(p for p in main.params if p.name == "host")
    assert host.default == "127.0.0.1"


@pytest.mark.parametrize(
    "url", ["https://root:planted-up-pw@127.0.0.1:8006", "http://root:planted-up-pw@127.0.0.1"]
)
def test_upstream_url_with_credentials_is_refused_without_repeating_them(url: str) -> None:
    from pvesdk_server.proxy.settings import ProxySettings

    with pytest.raises(ValueError, match="must not hold credentials") as err:
        ProxySettings(upstreams=(url,))
    assert "planted-up-pw" not in str(err.value)
    assert "--upstream-user" in str(err.value)


def test_an_upstream_task_list_that_is_not_one_is_a_pve_shaped_502(
    guarded: tuple[Fake, Proc],
) -> None:
    _, proxy = guarded
    with client_for(proxy) as http:
        answer = http.get(f"{proxy.url}/pvesdk/events", headers=AUTH)
    assert answer.status_code == 502
    assert answer.json() == {"data": None}
    assert answer.reason_phrase == "upstream: /cluster/tasks did not answer a task list"


def test_a_501_names_an_encoded_slash_as_it_was_sent(guarded: tuple[Fake, Proc]) -> None:
    _, proxy = guarded
    with client_for(proxy) as http:
        answer = http.get(f"{proxy.url}/api2/json/nodes/pve1%2Fqemu/100/config", headers=AUTH)
    assert answer.status_code == 501
    assert answer.reason_phrase == "Method 'GET /nodes/pve1%2Fqemu/100/config' not implemented"
