"""File upload over https: multipart streamed from disk with a Content-Length, flat memory."""

from __future__ import annotations

import hashlib
import itertools
import os
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from pvesdk import PveClient, TicketAuth
from pvesdk.transports.https import HttpsTransport
from pvesdk.transports.pvesh import PveshTransport

from ..support.fakepve import PASSWORD, USER, FakePve, fake_pve

MIB = 1 << 20


@pytest.fixture
def pve(tmp_path: Path) -> Iterator[FakePve]:
    with fake_pve(tmp_path) as server:
        yield server


def make_file(path: Path, mib: int) -> str:
    block = os.urandom(MIB)
    digest = hashlib.sha256()
    with path.open("wb") as fh:
        for i in range(mib):
            chunk = block[i % 251 :] + block[: i % 251]  # no two MiB alike
            fh.write(chunk)
            digest.update(chunk)
    return digest.hexdigest()


def client_for(pve: FakePve) -> PveClient:
    return PveClient("127.0.0.1", port=pve.port, user=USER, token_name="ci",
                     token_value="00000000-0000-4000-8000-000000000000",
                     verify_ssl=str(pve.cert))  # fmt: skip


def test_200_mib_upload_streams_in_flat_memory(pve: FakePve, tmp_path: Path) -> None:
    source = tmp_path / "big.iso"
    expected = make_file(source, 200)
    seen: list[tuple[int, int]] = []
    client = client_for(pve)
    tracemalloc.start()
    try:
        upid = client.upload("pve1", "local", source, content="iso",
                             progress=lambda sent, total: seen.append((sent, total)))  # fmt: skip
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert upid.startswith("UPID:pve1:")
    (upload,) = pve.state.uploads
    assert upload["size"] == 200 * MIB and upload["sha256"] == expected
    assert upload["filename"] == "big.iso" and upload["fields"] == {"content": "iso"}
    assert upload["chunked"] is False
    assert peak < 16 * MIB, f"peak Python memory {peak / MIB:.1f} MiB"
    assert seen[-1][0] == seen[-1][1] and all(a[0] < b[0] for a, b in itertools.pairwise(seen))


def test_upload_with_checksum_and_another_name(pve: FakePve, tmp_path: Path) -> None:
    source = tmp_path / "tmpl.tar.zst"
    source.write_bytes(b"template bytes" * 1000)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    client_for(pve).upload("pve1", "local", source, content="vztmpl", filename="debian 12.tar.zst",
                           checksum=digest, checksum_algorithm="sha256")  # fmt: skip
    (upload,) = pve.state.uploads
    assert upload["filename"] == "debian 12.tar.zst"
    assert upload["fields"] == {"content": "vztmpl", "checksum-algorithm": "sha256",
                                "checksum": digest}  # fmt: skip
    assert upload["sha256"] == digest


def test_upload_with_ticket_auth_carries_csrf(pve: FakePve, tmp_path: Path) -> None:
    source = tmp_path / "x.iso"
    source.write_bytes(b"x" * 1000)
    transport = HttpsTransport("127.0.0.1", port=pve.port, verify=str(pve.cert),
                               auth=TicketAuth(USER, PASSWORD))  # fmt: skip
    assert PveClient(transport=transport).upload("pve1", "local", source, content="iso")
    assert pve.state.uploads[0]["size"] == 1000


def test_missing_source_file_is_named(pve: FakePve, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"nope\.iso"):
        client_for(pve).upload("pve1", "local", tmp_path / "nope.iso", content="iso")
    assert pve.state.requests == []


def test_checksum_needs_its_algorithm(pve: FakePve, tmp_path: Path) -> None:
    source = tmp_path / "x.iso"
    source.write_bytes(b"x")
    with pytest.raises(ValueError, match="checksum_algorithm"):
        client_for(pve).upload("pve1", "local", source, content="iso", checksum="abc")


def test_upload_over_pvesh_says_to_use_https(tmp_path: Path) -> None:
    source = tmp_path / "x.iso"
    source.write_bytes(b"x")
    client = PveClient(transport=PveshTransport(pvesh=("/bin/false",)))
    with pytest.raises(ValueError, match="use https"):
        client.upload("pve1", "local", source, content="iso")


def test_async_upload_streams_too(pve: FakePve, tmp_path: Path) -> None:
    import asyncio

    from pvesdk import AsyncPveClient

    source = tmp_path / "mid.iso"
    expected = make_file(source, 20)

    async def run() -> str:
        client = AsyncPveClient("127.0.0.1", port=pve.port, user=USER, token_name="ci",
                                token_value="00000000-0000-4000-8000-000000000000",
                                verify_ssl=str(pve.cert))  # fmt: skip
        try:
            return await client.upload("pve1", "local", source, content="iso")
        finally:
            await client.aclose()

    assert asyncio.run(run()).startswith("UPID:")
    assert pve.state.uploads[0]["sha256"] == expected
    assert pve.state.uploads[0]["size"] == 20 * MIB
