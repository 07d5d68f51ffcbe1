"""The async client: same tree, same names, same wire form, same errors."""

from __future__ import annotations

import asyncio
from urllib.parse import parse_qsl

import httpx
import pytest
import respx

import pvesdk
from pvesdk import AsyncPveClient

from .conftest import SECRET


def test_async_get_returns_the_typed_model(api: respx.MockRouter, aclient: AsyncPveClient) -> None:
    route = api.get("/nodes/pve1/qemu/100/config").mock(
        return_value=httpx.Response(200, json={"data": {"digest": "d", "cores": "2"}})
    )

    async def run() -> int | None:
        async with aclient:
            cfg = await aclient.nodes.node("pve1").qemu.vmid(100).config.get(current=True)
            return cfg.cores

    assert asyncio.run(run()) == 2
    request = route.calls.last.request
    assert request.url.query == b"current=1"
    assert request.headers["authorization"] == f"PVEAPIToken=root@pam!ci={SECRET}"


def test_async_post_sends_the_same_form(api: respx.MockRouter, aclient: AsyncPveClient) -> None:
    route = api.post("/nodes/pve1/qemu").mock(
        return_value=httpx.Response(200, json={"data": "UPID:pve1:1:2:3:qmcreate:101:root@pam:"})
    )
    upid = asyncio.run(
        aclient.nodes.node("pve1").qemu.post(vmid=101, net={0: "virtio"}, start=True)
    )
    assert upid.startswith("UPID:pve1:")
    sent = parse_qsl(route.calls.last.request.content.decode())
    assert sorted(sent) == [("net0", "virtio"), ("start", "1"), ("vmid", "101")]


def test_async_errors_use_the_same_hierarchy(
    api: respx.MockRouter, aclient: AsyncPveClient
) -> None:
    body = b'{"data":null,"errors":{"cores":"value must have a minimum value of 1"}}'
    api.put("/nodes/pve1/qemu/100/config").mock(
        return_value=httpx.Response(
            400, content=body, extensions={"reason_phrase": b"Parameter verification failed."}
        )
    )
    with pytest.raises(pvesdk.ParameterError) as err:
        asyncio.run(aclient.nodes.node("pve1").qemu.vmid(100).config.put(cores=0))
    assert err.value.errors == {"cores": "value must have a minimum value of 1"}


def test_async_per_call_timeout(api: respx.MockRouter, aclient: AsyncPveClient) -> None:
    route = api.get("/version").mock(
        return_value=httpx.Response(
            200, json={"data": {"version": "9", "release": "9", "repoid": "x"}}
        )
    )
    asyncio.run(aclient.with_options(timeout=3.0).version.get())
    assert route.calls.last.request.extensions["timeout"]["read"] == 3.0
