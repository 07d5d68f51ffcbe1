"""How the proxy reaches the upstream: failover across ``--upstream`` hosts, a pinned
certificate (``--upstream-fingerprint``), and uploads streamed through in flat memory. Each test
runs its own proxy process in front of the module's mock upstream."""

from __future__ import annotations

import ssl
from pathlib import Path

import httpx

from ..support.server import free_port
from .conftest import TOKEN, Proc, server

AUTH = {"Authorization": f"PVEAPIToken=root@pam!ci={TOKEN}"}


def client_for(proxy: Proc) -> httpx.Client:
    context = ssl.create_default_context(cafile=str(proxy.cert))
    return httpx.Client(base_url=proxy.url, verify=context, headers=AUTH, timeout=60)


def test_calls_fail_over_from_a_closed_port_to_the_next_upstream(
    tmp_path: Path, upstream: Proc
) -> None:
    closed = f"https://127.0.0.1:{free_port()}"
    hosts = ["--upstream", closed, "--upstream", upstream.url]
    with (
        server(tmp_path, *hosts, "--upstream-ca", str(upstream.cert)) as proxy,
        client_for(proxy) as client,
    ):
        read = client.get("/api2/json/nodes/pve1/qemu/100/config")
        assert read.status_code == 200 and read.json()["data"]["name"]
        path, note = "/api2/json/nodes/pve1/qemu/100/config", "written via failover"
        assert client.put(path, data={"description": note}).status_code == 200
    with client_for(upstream) as direct:  # the write landed on the second upstream
        assert direct.get(path).json()["data"]["description"] == note


def test_a_pinned_upstream_with_its_fingerprint_is_reached(tmp_path: Path, upstream: Proc) -> None:
    pin = ["--upstream-fingerprint", upstream.fingerprint]
    with (
        server(tmp_path, "--upstream", upstream.url, *pin) as proxy,
        client_for(proxy) as client,
    ):
        assert client.get("/api2/json/nodes/pve1/qemu/100/config").status_code == 200


def test_a_wrong_pin_is_a_5xx_naming_the_mismatch_and_nothing_is_forwarded(
    tmp_path: Path, upstream: Proc
) -> None:
    wrong = ":".join(["AB"] * 32)
    path, note = "/api2/json/nodes/pve1/qemu/100/config", "must not arrive"
    with (
        server(tmp_path, "--upstream", upstream.url, "--upstream-fingerprint", wrong) as proxy,
        client_for(proxy) as client,
    ):
        answer = client.put(path, data={"description": note})
    reason = answer.headers.get("x-pve-reason") or answer.reason_phrase
    assert answer.status_code == 502 and answer.json() == {"data": None}
    assert f"fingerprint {upstream.fingerprint} does not match the pinned one" in reason
    assert TOKEN not in reason + answer.text
    with client_for(upstream) as direct:
        assert direct.get(path).json()["data"].get("description") != note


def peak_rss(pid: int) -> int:
    """The process's peak resident memory so far (``VmHWM``), bytes."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise AssertionError(f"no VmHWM in /proc/{pid}/status")


def test_an_upload_passes_through_the_proxy_in_flat_memory(tmp_path: Path, upstream: Proc) -> None:
    """The proxy's peak RSS (a high-water mark, so no sampling race on a loaded machine) grows
    by far less than the file: the body is never held whole on its way through."""
    from pvesdk import PveClient

    size = 48 * 1024**2
    small, big = tmp_path / "warm.iso", tmp_path / "big.iso"
    small.write_bytes(b"\x01" * 300_000)
    with big.open("wb") as out:
        out.truncate(size)  # sparse: nothing of it written to the disk here
    with server(tmp_path / "proxy", "--upstream", upstream.url,
                "--upstream-ca", str(upstream.cert)) as proxy:  # fmt: skip
        client = PveClient("127.0.0.1", port=proxy.port, user="root@pam", token_name="ci",
                           token_value=TOKEN, verify_ssl=str(proxy.cert), timeout=120)  # fmt: skip
        client.upload("pve1", "local", small, content="iso")  # every code path loaded once
        before = peak_rss(proxy.process.pid)
        upid = client.upload("pve1", "local", big, content="iso")
        growth = peak_rss(proxy.process.pid) - before
        client.task(upid).wait(interval=0.05)
    assert growth < size // 4, f"proxy peak RSS grew by {growth} bytes for a {size}-byte upload"
    with client_for(upstream) as direct:  # and the whole file arrived
        listed = direct.get("/api2/json/nodes/pve1/storage/local/content").json()["data"]
    assert {c["volid"]: c["size"] for c in listed}.get("local:iso/big.iso") == size
