"""One transport contract: base classes with a default close/aclose and context managers."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from pvesdk import PveClient
from pvesdk.transport import AsyncBaseTransport, BaseTransport, Request, Response
from pvesdk.transports.https import AsyncHttpsTransport, HttpsTransport

from ..support.fakepve import FakePve, fake_pve


@pytest.fixture
def pve(tmp_path: Path) -> Iterator[FakePve]:
    with fake_pve(tmp_path) as server:
        yield server


class Answering(BaseTransport):
    def handle_request(self, request: Request) -> Response:
        return Response(200, "OK", b'{"data": {"version": "9", "release": "9", "repoid": "x"}}')


def test_own_transport_on_the_base_class_closes_through_the_client() -> None:
    with PveClient(transport=Answering()) as client:
        assert client.version.get().release == "9"


def test_base_transport_without_handle_request_says_so() -> None:
    with pytest.raises(NotImplementedError):
        BaseTransport().handle_request(Request("GET", "/version"))


def test_https_transport_closes_its_connections_on_leaving_with(pve: FakePve) -> None:
    with HttpsTransport("127.0.0.1", port=pve.port, verify=pve.cert) as transport:
        assert (
            transport.handle_request(Request("GET", "/version")).status == 401
        )  # answered: no auth
        pool = transport.engine._pool  # type: ignore[attr-defined]
        assert len(pool.connections) == 1
    assert pool.connections == []


def test_async_https_transport_closes_its_connections_on_leaving_async_with(
    pve: FakePve,
) -> None:
    async def run() -> list[object]:
        transport = AsyncHttpsTransport("127.0.0.1", port=pve.port, verify=pve.cert)
        async with transport:
            assert (
                await transport.handle_async_request(Request("GET", "/version"))
            ).status == 401  # answered: no auth
            pool = transport.engine._pool  # type: ignore[attr-defined]
            assert len(pool.connections) == 1
        return list(pool.connections)

    assert asyncio.run(run()) == []


def test_async_base_transport_has_a_default_aclose() -> None:
    async def run() -> None:
        async with AsyncBaseTransport():
            pass

    asyncio.run(run())
