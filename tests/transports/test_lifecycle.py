"""One transport contract: base classes with a default close/aclose and context managers."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from pvesdk import AsyncPveClient, PveClient
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
        pool = transport.backend._pool  # type: ignore[attr-defined]
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
            pool = transport.backend._pool  # type: ignore[attr-defined]
            assert len(pool.connections) == 1
        return list(pool.connections)

    assert asyncio.run(run()) == []


def test_async_base_transport_has_a_default_aclose() -> None:
    async def run() -> None:
        async with AsyncBaseTransport():
            pass

    asyncio.run(run())


# -- every shipped transport closes the same way


def test_every_shipped_transport_is_a_base_transport() -> None:
    from pvesdk.transports.mock import MockTransport
    from pvesdk.transports.pvesh import PveshTransport
    from pvesdk.transports.ssh import OpensshTransport, SshTransport

    shipped = [HttpsTransport, SshTransport, OpensshTransport, PveshTransport, MockTransport]
    assert [cls for cls in shipped if not issubclass(cls, BaseTransport)] == []


def test_every_shipped_async_transport_is_an_async_base_transport() -> None:
    from pvesdk.transports.mock import MockTransport
    from pvesdk.transports.pvesh import PveshTransport
    from pvesdk.transports.ssh import OpensshTransport, SshTransport

    shipped = [AsyncHttpsTransport, SshTransport, OpensshTransport, PveshTransport, MockTransport]
    assert [cls for cls in shipped if not issubclass(cls, AsyncBaseTransport)] == []


class Counting(BaseTransport):
    def __init__(self) -> None:
        self.closed = 0

    def handle_request(self, request: Request) -> Response:
        return Response(200, "OK", b'{"data": null}')

    def close(self) -> None:
        self.closed += 1


def test_leaving_the_client_closes_its_transport_once() -> None:
    transport = Counting()
    with PveClient(transport=transport):
        pass
    assert transport.closed == 1


class OnlySends:
    def handle_request(self, request: Request) -> Response:
        return Response(200, "OK", b'{"data": null}')


def test_a_transport_without_close_is_refused_naming_close() -> None:
    with pytest.raises(TypeError, match=r"OnlySends lacks close\(\).*BaseTransport"):
        PveClient(transport=OnlySends())  # type: ignore[arg-type]


def test_a_sync_only_transport_is_refused_by_the_async_client() -> None:
    with pytest.raises(TypeError, match=r"handle_async_request, aclose\(\)"):
        AsyncPveClient(transport=Counting())  # type: ignore[arg-type]


def test_the_async_client_closes_a_threaded_transport_in_a_worker_thread() -> None:
    import threading

    from pvesdk.transports.pvesh import Threaded

    closed_in: list[str] = []

    class Recording(Threaded):
        def close(self) -> None:
            closed_in.append(threading.current_thread().name)

    async def run() -> None:
        async with AsyncPveClient(transport=Recording()):
            pass

    asyncio.run(run())
    assert len(closed_in) == 1 and closed_in[0] != threading.main_thread().name


def test_engine_keyword_still_chooses_the_backend_with_a_deprecation_warning() -> None:
    from pvesdk.transports._http import HttpxBackend

    with pytest.warns(DeprecationWarning, match="backend=") as record:
        client = PveClient(
            "127.0.0.1", token_name="t", user="u@pam", token_value="v", engine="httpx"
        )
    assert record[0].filename == __file__  # the warning points at the caller's line
    with client:
        assert isinstance(client.transport.backend, HttpxBackend)  # type: ignore[attr-defined]


def test_an_unknown_backend_name_is_refused_naming_it() -> None:
    with pytest.raises(ValueError, match="backend must be 'httpcore' or 'httpx', got 'curl'"):
        HttpsTransport("127.0.0.1", backend="curl")  # type: ignore[arg-type]


def test_a_misspelt_client_keyword_is_refused_naming_it() -> None:
    with pytest.raises(TypeError, match=r"unexpected keyword argument.*: tokn_name"):
        PveClient("127.0.0.1", tokn_name="x")  # type: ignore[call-arg]
