"""Uploads whose callers stall: each waiting body is awaited on the proxy's event loop, so slow
callers hold no worker thread and the proxy keeps serving everybody else (two real processes,
TLS both sides)."""

from __future__ import annotations

import os
import socket
import ssl
import time
from pathlib import Path

import pytest

from pvesdk import PveClient

from .conftest import TOKEN, Proc

BOUNDARY = "pvesdk-stall"


def stalled_upload(proxy: Proc, context: ssl.SSLContext, name: str) -> ssl.SSLSocket:
    """A connection that sent an upload's headers and the start of its body, then nothing."""
    head = (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="content"\r\n\r\niso\r\n'
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="filename"; '
        f'filename="{name}"\r\nContent-Type: application/octet-stream\r\n\r\n'
    ).encode()
    length = len(head) + 8 * 1024 * 1024 + len(f"\r\n--{BOUNDARY}--\r\n")
    request = (
        "POST /api2/json/nodes/pve1/storage/local/upload HTTP/1.1\r\n"
        f"Host: 127.0.0.1:{proxy.port}\r\n"
        f"Authorization: PVEAPIToken=root@pam!ci={TOKEN}\r\n"
        f"Content-Type: multipart/form-data; boundary={BOUNDARY}\r\n"
        f"Content-Length: {length}\r\n\r\n"
    ).encode()
    conn = context.wrap_socket(
        socket.create_connection(("127.0.0.1", proxy.port), timeout=10),
        server_hostname="127.0.0.1",
    )
    conn.sendall(request + head + b"\x00" * 65536)
    return conn


def test_stalled_uploads_do_not_stop_another_upload(proxy: Proc, tmp_path: Path) -> None:
    # More stalled uploads than asyncio's default executor has threads on this machine: when a
    # waiting body held a thread, the next upload's first read queued behind them.
    count = min(32, (os.cpu_count() or 1) + 4) + 2
    context = ssl.create_default_context(cafile=str(proxy.cert))
    stalled = [stalled_upload(proxy, context, f"stall{i}.iso") for i in range(count)]
    try:
        time.sleep(1.0)  # the proxy has opened the upstream upload of each
        source = tmp_path / "small.iso"
        source.write_bytes(b"\x07" * 1_000_000)
        client = PveClient("127.0.0.1", port=proxy.port, user="root@pam", token_name="ci",
                           token_value=TOKEN, verify_ssl=str(proxy.cert), timeout=20)  # fmt: skip
        started = time.monotonic()
        upid = client.upload("pve1", "local", source, content="iso")
        client.task(upid).wait(interval=0.05, timeout=20)
        took = time.monotonic() - started
        content = client.nodes.node("pve1").storage.storage("local").content.get(content="iso")
        assert ("local:iso/small.iso", 1_000_000) in {(c.volid, c.size) for c in content}
        assert took < 15, f"an upload beside {count} stalled ones took {took:.1f} s"
        # The stalled ones are still waiting, not failed: the proxy did not drop them to cope.
        for conn in stalled:
            conn.setblocking(False)
            with pytest.raises(ssl.SSLWantReadError):
                conn.recv(1)  # no answer and no close while its body has not ended
    finally:
        for conn in stalled:
            conn.close()
