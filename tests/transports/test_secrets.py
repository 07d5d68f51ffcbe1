"""Secrets never show: planted passwords, token secrets, OTPs, tickets and CSRF tokens are looked
for in the repr of every client-side object that holds one and in tracebacks printed with their
locals (``traceback`` with ``capture_locals``, pytest's ``--showlocals``)."""

from __future__ import annotations

import asyncio
import traceback
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest

import pvesdk
from pvesdk import AsyncPveClient, PveClient, TicketAuth, TokenAuth
from pvesdk.auth import Secret
from pvesdk.transport import Request
from pvesdk.transports.https import AsyncHttpsTransport, HttpsTransport

from ..support.fakepve import PASSWORD, TFA_USER, USER, FakePve, fake_pve

TOKEN_SECRET = "00000000-0000-4000-8000-000000000000"
WRONG_PASSWORD = "planted-Wr0ng-passw0rd"
WRONG_OTP = "987654"
HEADER_SECRET = "planted-header-secret"


@pytest.fixture
def pve(tmp_path: Path) -> Iterator[FakePve]:
    with fake_pve(tmp_path) as server:
        yield server


def failure(action: Callable[[], Any]) -> BaseException:
    """The exception ``action`` raises (the traceback starts here, not in the test's frame)."""
    try:
        action()
    except BaseException as exc:
        return exc
    raise AssertionError("expected a failure")


def renderings(exc: BaseException) -> str:
    """The exception as people see it: message, repr, traceback with locals, pytest's view."""
    with_locals = "".join(
        traceback.TracebackException.from_exception(exc, capture_locals=True).format()
    )
    pytest_view = str(pytest.ExceptionInfo.from_exception(exc).getrepr(showlocals=True))
    return "\n".join([str(exc), repr(exc), with_locals, pytest_view])


def assert_hidden(text: str, *secrets: str) -> None:
    for secret in secrets:
        assert secret not in text, f"secret {secret[:3]}… shown"


def https(pve: FakePve, auth: Any, **options: Any) -> HttpsTransport:
    return HttpsTransport("127.0.0.1", port=pve.port, auth=auth, verify=str(pve.cert), **options)


def test_request_repr_names_parameters_without_values() -> None:
    request = Request("POST", "/access/ticket", [("username", USER), ("password", PASSWORD)])
    assert repr(request) == "Request('POST', '/access/ticket', params=['username', 'password'])"


def test_secret_reprs_as_stars_and_sends_as_itself() -> None:
    secret = Secret(PASSWORD)
    assert repr(secret) == "'***'" and repr([("password", secret)]) == "[('password', '***')]"
    assert secret == PASSWORD and f"{secret}" == PASSWORD


def test_logged_in_objects_show_no_password_ticket_or_csrf(pve: FakePve) -> None:
    auth = TicketAuth(USER, PASSWORD)
    client = PveClient(transport=https(pve, auth))
    client.version.get()
    ticket, csrf = next(iter(pve.state.tickets.items()))
    call = client.transport._call(Request("PUT", "/x"), auth, None)  # type: ignore[attr-defined]
    objects = [auth, client, client.transport, client.transport.backend, call]  # type: ignore[attr-defined]
    assert_hidden(" ".join(map(repr, objects)) + repr(auth.__dict__), PASSWORD, ticket, csrf)


def test_token_objects_show_no_token_secret() -> None:
    client = PveClient("pve.test", user=USER, token_name="ci", token_value=TOKEN_SECRET,
                       headers={"X-Auth": HEADER_SECRET})  # fmt: skip
    transport = client.transport
    auth = transport.auth  # type: ignore[attr-defined]
    texts = [repr(client), repr(transport), repr(auth), repr(auth.headers("GET"))]
    texts.append(repr(transport._headers))  # type: ignore[attr-defined]
    assert_hidden(" ".join(texts), TOKEN_SECRET, HEADER_SECRET)


def test_failed_password_login_traceback_with_locals_shows_no_password(pve: FakePve) -> None:
    client = PveClient(transport=https(pve, TicketAuth(USER, WRONG_PASSWORD)))
    exc = failure(client.version.get)
    assert isinstance(exc, pvesdk.AuthenticationError)
    assert_hidden(renderings(exc), WRONG_PASSWORD)


def test_rejected_second_factor_traceback_shows_no_password_or_otp(pve: FakePve) -> None:
    auth = TicketAuth(TFA_USER, PASSWORD, otp=WRONG_OTP)
    exc = failure(PveClient(transport=https(pve, auth)).version.get)
    assert isinstance(exc, pvesdk.AuthenticationError)
    assert_hidden(renderings(exc), PASSWORD, WRONG_OTP)


def test_failed_call_after_login_traceback_shows_no_ticket_or_csrf(pve: FakePve) -> None:
    client = PveClient(transport=https(pve, TicketAuth(USER, PASSWORD)))
    client.version.get()
    pve.state.fail_next = [(500, "planted failure")]
    exc = failure(partial(client.nodes.node("pve1").qemu.vmid(100).config.put, cores=2))
    ticket, csrf = next(iter(pve.state.tickets.items()))
    assert isinstance(exc, pvesdk.ServerError)
    assert_hidden(renderings(exc), PASSWORD, ticket, csrf)


def test_connection_failure_traceback_shows_no_token_secret() -> None:
    client = PveClient("127.0.0.1", port=1, user=USER, token_name="ci", token_value=TOKEN_SECRET,
                       headers={"X-Auth": HEADER_SECRET})  # fmt: skip
    client.transport.retries = 0  # type: ignore[attr-defined]
    exc = failure(client.version.get)
    assert isinstance(exc, pvesdk.PveConnectionError)
    assert_hidden(renderings(exc), TOKEN_SECRET, HEADER_SECRET)


def construct_with_a_bad_host() -> None:
    PveClient("not a host", user=USER, password=PASSWORD, otp=WRONG_OTP,
              headers={"X-Auth": HEADER_SECRET})  # fmt: skip


def construct_token_without_realm() -> None:
    TokenAuth("no-realm", "ci", TOKEN_SECRET)


def test_refused_construction_traceback_shows_no_credential() -> None:
    exc = failure(construct_with_a_bad_host)
    assert isinstance(exc, ValueError)
    assert_hidden(renderings(exc), PASSWORD, WRONG_OTP, HEADER_SECRET)


def test_refused_token_construction_traceback_shows_no_token_secret() -> None:
    exc = failure(construct_token_without_realm)
    assert isinstance(exc, ValueError)
    assert_hidden(renderings(exc), TOKEN_SECRET)


def test_async_failed_login_traceback_shows_no_password(pve: FakePve) -> None:
    transport = AsyncHttpsTransport("127.0.0.1", port=pve.port, verify=str(pve.cert),
                                    auth=TicketAuth(USER, WRONG_PASSWORD))  # fmt: skip

    async def run(client: AsyncPveClient) -> None:
        async with client:
            await client.version.get()

    exc = failure(partial(asyncio.run, run(AsyncPveClient(transport=transport))))
    assert isinstance(exc, pvesdk.AuthenticationError)
    assert_hidden(renderings(exc), WRONG_PASSWORD)


# -- reprs of half-built objects (a traceback with locals asks for them) and of ssh transports


@pytest.mark.parametrize(
    "cls",
    [
        "pvesdk.transports.ssh.SshTransport",
        "pvesdk.transports.ssh.OpensshTransport",
        "pvesdk.transports.pvesh.PveshTransport",
        "pvesdk.upload.MultipartFile",
        "pvesdk.transports.https.HttpsTransport",
        "pvesdk.PveClient",
    ],
)
def test_a_half_built_object_still_has_a_repr(cls: str) -> None:
    import importlib

    module, _, name = cls.rpartition(".")
    kind = getattr(importlib.import_module(module), name)
    assert name in repr(kind.__new__(kind))


def test_a_multipart_file_of_a_missing_path_fails_with_a_repr_in_its_traceback(
    tmp_path: Path,
) -> None:
    from pvesdk.upload import MultipartFile

    exc = failure(lambda: MultipartFile([], "filename", tmp_path / "missing.iso"))
    assert isinstance(exc, FileNotFoundError)
    assert "MultipartFile" in renderings(exc)


def test_ssh_transport_shows_no_password_in_repr_or_attributes() -> None:
    from pvesdk.transports.ssh import SshTransport

    transport = SshTransport("pve.test", password=WRONG_PASSWORD)
    assert_hidden(repr(transport) + repr(vars(transport)), WRONG_PASSWORD)
