"""The mock's fast request path: /api2/json goes straight to the engine's handler unless
Litestar middleware (a rate limit) must see it; bodies are compact JSON as Proxmox writes them."""

from __future__ import annotations

import pytest
from litestar.testing import TestClient

from pvesdk_server.app import ServerSettings, create_app
from pvesdk_server.engine import spec

AUTH = {"Authorization": "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"}


def test_answers_are_compact_json_like_pve_api_daemon() -> None:
    with TestClient(create_app()) as client:
        answer = client.get("/api2/json/version", headers=AUTH)
    assert answer.status_code == 200
    assert answer.content.startswith(b'{"data":{"') and b'": ' not in answer.content


def test_a_mock_with_a_rate_limit_still_limits_api_requests() -> None:
    app = create_app(ServerSettings(rate_limit=("minute", 3)))
    with TestClient(app) as client:
        statuses = [client.get("/api2/json/version", headers=AUTH).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]


def test_the_newest_release_is_served_without_reading_the_older_ones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def unreadable(product: str) -> dict[str, object]:
        raise AssertionError("read the older releases' file")

    monkeypatch.setattr(spec, "_older", unreadable)
    assert spec.serves("pve", "9.2")
