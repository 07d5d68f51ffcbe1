"""Secret parameters (passwords, OTPs, tokens, keys) never show in the frames of a failed typed
call: the generated method rebinds each to a ``Secret`` before anything else runs, so a
traceback printed with its locals (pytest's ``--showlocals``, Sentry) shows ``'***'``. The text
sent is unchanged: the password set through the typed call logs in."""

from __future__ import annotations

import asyncio
import traceback
from collections.abc import Callable
from typing import Any

import pytest

from pvesdk import AsyncPveClient, PveApiError, PveClient
from pvesdk.auth import Secret

PLANTED = "planted-Secr3t-pw"


def failure(action: Callable[[], Any]) -> BaseException:
    try:
        action()
    except BaseException as exc:
        return exc
    raise AssertionError("expected a failure")


def renderings(exc: BaseException) -> str:
    with_locals = "".join(
        traceback.TracebackException.from_exception(exc, capture_locals=True).format()
    )
    pytest_view = str(pytest.ExceptionInfo.from_exception(exc).getrepr(showlocals=True))
    return "\n".join([str(exc), repr(exc), with_locals, pytest_view])


def test_a_refused_user_create_shows_no_password_in_its_frames() -> None:
    client = PveClient.mock()
    users = client.access.users
    users.post(userid="alice@pve", password=PLANTED)
    exc = failure(lambda: users.post(userid="alice@pve", password=PLANTED))  # exists already
    text = renderings(exc)
    assert "password = '***'" in text  # the generated frame is there, its secret hidden
    assert PLANTED not in text


def test_a_refused_password_change_shows_neither_password() -> None:
    client = PveClient.mock()
    change = client.access.password.put
    exc = failure(
        lambda: change(userid="nobody@pve", password=PLANTED, confirmation_password=PLANTED + "x")
    )
    assert PLANTED not in renderings(exc)


def test_a_refused_async_call_shows_no_secret() -> None:
    client = AsyncPveClient.mock()

    async def twice() -> None:
        await client.access.users.post(userid="bob@pve", password=PLANTED)
        await client.access.users.post(userid="bob@pve", password=PLANTED)

    exc = failure(lambda: asyncio.run(twice()))
    assert isinstance(exc, PveApiError)
    assert PLANTED not in renderings(exc)


def test_the_secret_is_sent_as_given() -> None:
    client = PveClient.mock()
    client.access.users.post(userid="carol@pve", password=PLANTED)
    ticket = client.access.ticket.post(username="carol@pve", password=PLANTED)
    assert ticket.username == "carol@pve"


def test_only_text_is_wrapped() -> None:
    from pvesdk._runtime import secret

    assert isinstance(secret("x"), Secret) and secret("x") == "x"
    assert secret(None) is None and secret(5) == 5


def test_pvesh_arguments_holding_a_secret_show_no_secret() -> None:
    from pvesdk.transport import Request
    from pvesdk.transports.pvesh import pvesh_argv, shell_command

    request = Request("POST", "/access/users", [("userid", "x@pve"), ("password", Secret(PLANTED))])
    argv = pvesh_argv(request)
    assert f"--password={PLANTED}" in argv  # sent as given
    assert PLANTED not in repr(argv) and "--userid=x@pve" in repr(argv)
    command = shell_command(argv)
    assert PLANTED in command and PLANTED not in repr(command)
