"""Server-side objects that hold the mock's passwords, token secrets, tickets or CSRF tokens
never show them: reprs, tracebacks with locals (pytest -l, Sentry) and a failing user test that
uses the ``pve_mock_server`` fixture are scanned for planted values."""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import Any

import pytest

from pvesdk_server.app import ServerSettings
from pvesdk_server.engine import Engine
from pvesdk_server.engine.state import State
from pvesdk_server.pytest_plugin import MockServer

PASSWORD = "planted-Password-91c2"
TOKEN = "planted-token-0b7d4e"
SEED: dict[str, Any] = {
    "users": {"root@pam": {"password": PASSWORD, "enable": 1}},
    "tokens": {"root@pam!ci": {"value": TOKEN, "privsep": 0}},
}


def login(engine: Engine) -> tuple[Any, str, str]:
    reply = engine.handle(
        "POST", "/access/ticket", {"username": ["root@pam"], "password": [PASSWORD]}
    )
    assert reply.status == 200
    return reply, reply.data["ticket"], reply.data["CSRFPreventionToken"]


def holders() -> tuple[dict[str, object], list[str]]:
    """Every server-side object that holds a secret, and the secrets they hold."""
    engine = Engine(SEED)
    reply, ticket, csrf = login(engine)
    token_reply = engine.handle(
        "POST",
        "/access/users/root@pam/token/new",
        {},
        authorization=f"PVEAPIToken=root@pam!ci={TOKEN}",
    )
    console = engine.handle(
        "POST",
        "/nodes/pve1/qemu/100/vncproxy",
        {"generate-password": ["1"]},
        authorization=f"PVEAPIToken=root@pam!ci={TOKEN}",
    )
    objects: dict[str, object] = {
        "engine": engine,
        "state": engine.state,
        "login reply": reply,
        "token reply": token_reply,
        "console reply": console,
        "settings": ServerSettings(seed=SEED),
        "settings with a redis store": ServerSettings(store=f"redis://:{PASSWORD}@127.0.0.1/0"),
        "fixture server": MockServer(
            "https://127.0.0.1:1", 1, Path("c"), "AA", "root@pam", PASSWORD, "ci", TOKEN
        ),
    }
    console_secrets = [console.data["password"], console.data["ticket"]]
    return objects, [PASSWORD, TOKEN, ticket, csrf, token_reply.data["value"], *console_secrets]


@pytest.mark.parametrize("name", list(holders()[0]))
def test_repr_shows_no_secret(name: str) -> None:
    objects, secrets = holders()
    text = repr(objects[name])
    assert not [s for s in secrets if s in text], text


def test_state_repr_still_says_what_it_holds() -> None:
    assert repr(State.from_seed(SEED)).startswith("State(cluster='pvesdk-mock', nodes=2")


def traceback_with_locals(objects: dict[str, object]) -> str:
    """A traceback through a frame holding ``objects`` as locals, as pytest -l or Sentry show."""

    def fail(**held: object) -> None:
        raise RuntimeError("boom")

    try:
        fail(**objects)
    except RuntimeError as exc:
        return "".join(
            traceback.TracebackException.from_exception(exc, capture_locals=True).format()
        )
    raise AssertionError("fail() did not raise")


def test_traceback_with_locals_shows_no_secret() -> None:
    objects, secrets = holders()
    text = traceback_with_locals(objects)
    assert "Reply(status=200" in text  # the holders were printed…
    assert not [s for s in secrets if s in text]  # …without what they hold


pytest_plugins = ["pytester"]


def test_failing_user_test_with_pve_mock_server_shows_no_credentials(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(
        """
        def test_user(pve_mock_server):
            server = pve_mock_server
            assert server.port == 0
        """
    )
    result = pytester.runpytest_subprocess("-l")  # the plugin comes from its entry point
    result.assert_outcomes(failed=1)
    output = result.stdout.str()
    assert "MockServer(" in output  # the local was printed…
    assert "00000000-0000-4000-8000-000000000000" not in output  # …without the token secret
    assert "password=" not in output
