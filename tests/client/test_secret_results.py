"""Results that hold a secret (a login ticket, a CSRF token, a new token's secret, a console
password) never show it in repr() or str(): a failing test's traceback with locals prints them."""

from __future__ import annotations

import pytest

from pvesdk import PveClient
from pvesdk.models import NodesQemuSpiceproxyPostResult, StoragePostResult, VersionGetResult

PBS_KEY = {"encryption-key": "pl4nted"}
SPICE = {"host": "h", "password": "", "proxy": "http://h:3128", "tls-port": 61000, "type": "spice"}


@pytest.fixture
def mock() -> PveClient:
    return PveClient.mock()


def test_login_answer_shows_neither_ticket_nor_csrf_token(mock: PveClient) -> None:
    answer = mock.access.ticket.post(username="root@pam", password="pvesdk")
    for text in (repr(answer), str(answer)):
        assert answer.ticket not in text
        assert answer.CSRFPreventionToken not in text
        assert "ticket='***'" in text and "root@pam" in text
    assert answer.ticket.startswith("PVE:root@pam:")  # the value itself is untouched


def test_new_api_token_secret_is_hidden(mock: PveClient) -> None:
    token = mock.access.users.userid("root@pam").token.tokenid("ci").post()
    assert token.value and token.value not in repr(token) and token.value not in str(token)
    assert "root@pam!ci" in repr(token)


@pytest.mark.parametrize(
    ("model", "data", "secret"),
    [
        (NodesQemuSpiceproxyPostResult, {**SPICE, "password": "pl4nted"}, "pl4nted"),
        (StoragePostResult, {"storage": "s", "type": "pbs", "config": PBS_KEY}, "pl4nted"),
    ],
)  # fmt: skip
def test_other_secret_fields_are_hidden(model: type, data: dict[str, object], secret: str) -> None:
    parsed = model.model_validate(data)  # type: ignore[attr-defined]
    assert secret not in repr(parsed) and secret not in str(parsed)


def test_unknown_key_with_a_secret_name_is_hidden_too() -> None:
    parsed = VersionGetResult.model_validate(
        {"version": "9.2.0", "release": "9.2", "repoid": "x", "ticket": "pl4nted"}
    )
    assert "pl4nted" not in repr(parsed)
    assert "ticket='***'" in repr(parsed)
