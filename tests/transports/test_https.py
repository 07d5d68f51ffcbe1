"""The https transport against a real TLS server on loopback: trust, auth, retries, failover."""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

import pvesdk
from pvesdk import PveClient, TicketAuth
from pvesdk.transports.https import HttpsTransport

from ..support.fakepve import PASSWORD, TFA_USER, TOTP, USER, FakePve, fake_pve

TOKEN_SECRET = "00000000-0000-4000-8000-000000000000"


@pytest.fixture
def pve(tmp_path: Path) -> Iterator[FakePve]:
    with fake_pve(tmp_path) as server:
        yield server


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def token_client(pve: FakePve, **kwargs: object) -> PveClient:
    options: dict[str, object] = {"verify_ssl": str(pve.cert), **kwargs}
    return PveClient("127.0.0.1", port=pve.port, user=USER, token_name="ci",
                     token_value=TOKEN_SECRET, **options)  # type: ignore[arg-type]  # fmt: skip


def ticket_client(pve: FakePve, auth: TicketAuth) -> PveClient:
    transport = HttpsTransport("127.0.0.1", port=pve.port, auth=auth, verify=str(pve.cert))
    return PveClient(transport=transport)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# -- TLS trust


def test_token_auth_with_a_ca_file(pve: FakePve) -> None:
    with token_client(pve) as client:
        assert client.version.get().release == "9.2"


def test_self_signed_certificate_is_rejected_by_default(pve: FakePve) -> None:
    client = PveClient("127.0.0.1", port=pve.port, user=USER, token_name="ci",
                       token_value=TOKEN_SECRET)  # fmt: skip
    with pytest.raises(pvesdk.PveConnectionError, match="certificate"):
        client.version.get()
    assert pve.state.requests == []


def test_pinned_fingerprint_replaces_verification(pve: FakePve) -> None:
    client = token_client(pve, verify_ssl=True, fingerprint=pve.fingerprint)
    assert client.version.get().version == "9.2.0"


def test_wrong_fingerprint_fails_before_credentials_are_sent(pve: FakePve) -> None:
    wrong = ":".join(["AB"] * 32)
    client = token_client(pve, verify_ssl=True, fingerprint=wrong)
    with pytest.raises(pvesdk.PveConnectionError, match="fingerprint"):
        client.version.get()
    assert pve.state.requests == []


def test_malformed_fingerprint_is_rejected_at_construction() -> None:
    with pytest.raises(ValueError, match="SHA-256"):
        PveClient("127.0.0.1", user=USER, token_name="ci", token_value="x", fingerprint="AB:CD")


# -- ticket auth


def test_password_login_then_cookie_on_every_call(pve: FakePve) -> None:
    client = ticket_client(pve, TicketAuth(USER, PASSWORD))
    client.version.get()
    client.version.get()
    assert len(pve.state.logins) == 1
    assert pve.state.logins[0]["password"] == PASSWORD
    assert [r[1] for r in pve.state.requests] == ["/access/ticket", "/version", "/version"]


def test_writes_carry_the_csrf_token(pve: FakePve) -> None:
    client = ticket_client(pve, TicketAuth(USER, PASSWORD))
    assert client.nodes.node("pve1").qemu.vmid(100).config.put(cores=2) is None


def test_wrong_password_is_a_clear_authentication_error(pve: FakePve) -> None:
    secret = "not-the-password"
    client = ticket_client(pve, TicketAuth(USER, secret))
    with pytest.raises(
        pvesdk.AuthenticationError, match="login failed: authentication failure"
    ) as err:
        client.version.get()
    assert secret not in str(err.value) and secret not in repr(client)


def test_tfa_is_completed_with_a_totp_code(pve: FakePve) -> None:
    client = ticket_client(pve, TicketAuth(TFA_USER, PASSWORD, otp=TOTP))
    client.version.get()
    first, second = pve.state.logins
    assert first["password"] == PASSWORD and "tfa-challenge" not in first
    assert second["password"] == f"totp:{TOTP}"
    assert second["tfa-challenge"].endswith("tfa-challenge")


def test_tfa_code_can_come_from_a_callable(pve: FakePve) -> None:
    asked: list[bool] = []

    def code() -> str:
        asked.append(True)
        return TOTP

    client = ticket_client(pve, TicketAuth(TFA_USER, PASSWORD, otp=code))
    client.version.get()
    assert asked == [True]


def test_tfa_without_a_code_says_so(pve: FakePve) -> None:
    client = ticket_client(pve, TicketAuth(TFA_USER, PASSWORD))
    with pytest.raises(pvesdk.AuthenticationError, match="second factor"):
        client.version.get()


def test_ticket_is_renewed_with_itself_before_it_expires(pve: FakePve) -> None:
    clock = Clock()
    auth = TicketAuth(USER, PASSWORD, clock=clock, renew_after=3600)
    client = ticket_client(pve, auth)
    client.version.get()
    clock.now += 3601
    client.version.get()
    assert len(pve.state.logins) == 2
    assert pve.state.logins[1]["password"].startswith("PVE:root@pam:")


def test_expired_ticket_is_replaced_by_a_password_login(pve: FakePve) -> None:
    clock = Clock()
    client = ticket_client(pve, TicketAuth(USER, PASSWORD, clock=clock))
    client.version.get()
    clock.now += 7300
    client.version.get()
    assert pve.state.logins[1]["password"] == PASSWORD


def test_a_401_triggers_one_new_login(pve: FakePve) -> None:
    client = ticket_client(pve, TicketAuth(USER, PASSWORD))
    client.version.get()
    pve.state.tickets.clear()  # the server forgot every ticket (restart, key rotation)
    assert client.version.get().release == "9.2"
    assert len(pve.state.logins) == 2


def test_a_second_401_is_raised(pve: FakePve) -> None:
    client = ticket_client(pve, TicketAuth(USER, PASSWORD))
    client.version.get()
    pve.state.fail_next = [(401, "permission denied - invalid PVE ticket")] * 3
    with pytest.raises(pvesdk.AuthenticationError):
        client.version.get()


# -- retries and failover


def test_get_is_retried_on_503(pve: FakePve) -> None:
    client = token_client(pve)
    client.transport.backoff = 0.0  # type: ignore[attr-defined]
    pve.state.fail_next = [(503, "Service Unavailable")]
    assert client.version.get().release == "9.2"
    assert len(pve.state.requests) == 2


def test_put_is_never_retried(pve: FakePve) -> None:
    client = token_client(pve)
    pve.state.fail_next = [(503, "Service Unavailable")]
    with pytest.raises(pvesdk.ServerError, match="503"):
        client.nodes.node("pve1").qemu.vmid(100).config.put(cores=2)
    assert len(pve.state.requests) == 1


def test_500_with_a_message_is_an_answer_not_an_outage(pve: FakePve) -> None:
    client = token_client(pve)
    pve.state.fail_next = [(500, "VM 100 already exists on node 'pve1'")]
    with pytest.raises(pvesdk.ServerError, match="already exists"):
        client.version.get()
    assert len(pve.state.requests) == 1


def test_failover_skips_a_dead_host_and_remembers_the_live_one(pve: FakePve) -> None:
    dead = f"https://127.0.0.1:{closed_port()}"
    transport = HttpsTransport([dead, pve.url], auth=None, verify=str(pve.cert))
    transport.auth = pvesdk.TokenAuth(USER, "ci", TOKEN_SECRET)
    client = PveClient(transport=transport)
    client.nodes.node("pve1").qemu.vmid(100).config.put(cores=1)  # a write may fail over too
    assert transport.origins[transport.current] == pve.url
    client.version.get()
    assert len(pve.state.requests) == 2


def test_all_hosts_down_is_a_connection_error() -> None:
    hosts = [f"https://127.0.0.1:{closed_port()}", f"https://127.0.0.1:{closed_port()}"]
    transport = HttpsTransport(hosts, backoff=0.0)
    with pytest.raises(pvesdk.PveConnectionError, match="refused"):
        PveClient(transport=transport).version.get()


def test_parameter_errors_come_back_with_fields(pve: FakePve) -> None:
    client = token_client(pve)
    config = client.nodes.node("pve1").qemu.vmid(100).config
    with pytest.raises(pvesdk.ParameterError) as err:
        config.put(cores="many")  # type: ignore[arg-type]
    assert err.value.errors == {"cores": "type check ('integer') failed - got 'many'"}


def test_unknown_path_is_501(pve: FakePve) -> None:
    with pytest.raises(pvesdk.MethodNotImplementedError, match="not implemented"):
        token_client(pve).cluster.status.get()


# -- secrets


def test_no_secret_reaches_logs_reprs_or_errors(
    pve: FakePve, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    auth = TicketAuth(USER, PASSWORD)
    client = ticket_client(pve, auth)
    client.version.get()
    ticket = next(iter(pve.state.tickets))
    for bad in (TicketAuth(USER, "wrong-password"), TicketAuth(TFA_USER, PASSWORD, otp="000000")):
        with pytest.raises(pvesdk.PveError) as err:
            ticket_client(pve, bad).version.get()
        texts += [str(err.value), repr(err.value), repr(bad)]
    token = token_client(pve)
    token.version.get()
    texts += [repr(client), repr(auth), repr(client.transport), repr(token), repr(token.transport)]
    texts.append(caplog.text)
    assert "ticket login for root@pam" in caplog.text and "GET /version → 200" in caplog.text
    for secret in (PASSWORD, "wrong-password", TOKEN_SECRET, ticket, "000000"):
        assert all(secret not in text for text in texts), secret


# -- construction


@pytest.mark.parametrize(
    ("service", "origin"), [("pve", "https://pve.test:8006"), ("pbs", "https://pve.test:8007")]
)
def test_service_sets_the_default_port(service: str, origin: str) -> None:
    client = PveClient("pve.test", service=service, user=USER, token_name="ci", token_value="x")
    assert client.transport.origins == [origin]  # type: ignore[attr-defined]


def test_unknown_service_is_named() -> None:
    with pytest.raises(ValueError, match="'pmx'"):
        PveClient("pve.test", service="pmx", user=USER, token_name="ci", token_value="x")


def test_ipv6_host_is_bracketed() -> None:
    client = PveClient("fd00::1", user=USER, token_name="ci", token_value="x")
    assert client.transport.origins == ["https://[fd00::1]:8006"]  # type: ignore[attr-defined]


# -- the async client on its asyncio backend


def test_async_ticket_login_csrf_and_renewal(pve: FakePve) -> None:
    import asyncio

    from pvesdk import AsyncPveClient
    from pvesdk.transports.https import AsyncHttpsTransport

    clock = Clock()
    auth = TicketAuth(USER, PASSWORD, clock=clock)
    transport = AsyncHttpsTransport("127.0.0.1", port=pve.port, auth=auth, verify=str(pve.cert))

    async def run() -> None:
        client = AsyncPveClient(transport=transport)
        assert (await client.version.get()).release == "9.2"
        await client.nodes.node("pve1").qemu.vmid(100).config.put(cores=2)
        clock.now += 3601
        await client.version.get()
        await client.aclose()

    asyncio.run(run())
    assert len(pve.state.logins) == 2 and pve.state.logins[1]["password"].startswith("PVE:")


def test_async_pinning_and_errors(pve: FakePve) -> None:
    import asyncio

    from pvesdk import AsyncPveClient

    async def run(fingerprint: str) -> str:
        client = AsyncPveClient("127.0.0.1", port=pve.port, user=USER, token_name="ci",
                                token_value=TOKEN_SECRET, fingerprint=fingerprint)  # fmt: skip
        try:
            return (await client.version.get()).release
        finally:
            await client.aclose()

    assert asyncio.run(run(pve.fingerprint)) == "9.2"
    with pytest.raises(pvesdk.PveConnectionError, match="fingerprint"):
        asyncio.run(run(":".join(["00"] * 32)))
    assert len(pve.state.requests) == 1


def test_async_parameter_error_over_asyncio(pve: FakePve) -> None:
    import asyncio

    from pvesdk import AsyncPveClient

    async def run() -> None:
        client = AsyncPveClient("127.0.0.1", port=pve.port, user=USER, token_name="ci",
                                token_value=TOKEN_SECRET, verify_ssl=str(pve.cert))  # fmt: skip
        try:
            await client.nodes.node("pve1").qemu.vmid(100).config.put(cores="x")  # type: ignore[arg-type]
        finally:
            await client.aclose()

    with pytest.raises(pvesdk.ParameterError) as err:
        asyncio.run(run())
    assert err.value.errors["cores"].startswith("type check")


# -- HTTP proxy and custom headers


def test_requests_go_through_an_http_proxy(pve: FakePve) -> None:
    from ..support.proxy import connect_proxy

    with connect_proxy() as (proxy, tunnels):
        client = token_client(pve, proxy=proxy)
        assert client.version.get().release == "9.2"
    assert tunnels == [f"127.0.0.1:{pve.port}"]


@pytest.mark.parametrize("backend", ["httpcore", "httpx"])
def test_proxy_credentials_in_the_url_are_sent_as_proxy_authorization(
    pve: FakePve, backend: str
) -> None:
    import base64

    from ..support.proxy import connect_proxy

    heads: list[bytes] = []
    with connect_proxy(heads) as (proxy, tunnels):
        authed = proxy.replace("http://", "http://squid:p%40ss@")
        client = token_client(pve, proxy=authed, backend=backend)
        assert client.version.get().release == "9.2"
        assert "p%40ss" not in repr(client) and "p@ss" not in repr(client)
    expected = b"Proxy-Authorization: Basic " + base64.b64encode(b"squid:p@ss")
    assert expected.lower() in heads[0].lower()
    assert tunnels == [f"127.0.0.1:{pve.port}"]


def test_custom_headers_are_sent(pve: FakePve) -> None:
    client = token_client(pve, headers={"X-Request-Source": "ci-job-42"})
    assert client.version.get().release == "9.2"
    assert pve.state.headers[-1]["X-Request-Source"] == "ci-job-42"


# -- timeouts


def test_connect_timeout_is_separate_from_the_read_timeout() -> None:
    import time as _time

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)  # accepts TCP in the kernel, never speaks TLS
    try:
        client = PveClient(
            "127.0.0.1",
            port=silent.getsockname()[1],
            user=USER,
            token_name="ci",
            token_value=TOKEN_SECRET,
            timeout=30,
            connect_timeout=0.3,
        )
        client.transport.retries = 0  # type: ignore[attr-defined]
        started = _time.monotonic()
        with pytest.raises(pvesdk.PveTimeoutError):
            client.version.get()
        assert _time.monotonic() - started < 5
    finally:
        silent.close()
