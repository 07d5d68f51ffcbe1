from __future__ import annotations

from collections.abc import Iterator

import pytest
import respx

from pvesdk import AsyncPveClient, PveClient

HOST = "pve.test"
BASE = f"https://{HOST}:8006/api2/json"
SECRET = "5f0e1c2a-0000-4000-8000-00000000beef"


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        yield router


@pytest.fixture
def client() -> Iterator[PveClient]:
    with PveClient(
        HOST, user="root@pam", token_name="ci", token_value=SECRET, backend="httpx"
    ) as c:
        yield c


@pytest.fixture
def aclient() -> AsyncPveClient:
    return AsyncPveClient(
        HOST, user="root@pam", token_name="ci", token_value=SECRET, backend="httpx"
    )
