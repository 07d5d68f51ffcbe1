"""A minimal HTTP CONNECT proxy on 127.0.0.1 that records the tunnels it opened."""

from __future__ import annotations

import select
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager


def _relay(a: socket.socket, b: socket.socket) -> None:
    sockets = [a, b]
    try:
        while True:
            readable, _, _ = select.select(sockets, [], [], 5)
            if not readable:
                return
            for sock in readable:
                data = sock.recv(65536)
                if not data:
                    return
                (b if sock is a else a).sendall(data)
    except OSError:
        return
    finally:
        a.close()
        b.close()


@contextmanager
def connect_proxy(heads: list[bytes] | None = None) -> Iterator[tuple[str, list[str]]]:
    """Yields (proxy URL, list of ``host:port`` tunnels requested so far); each CONNECT request's
    head is appended to ``heads`` when given."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    tunnels: list[str] = []
    stop = threading.Event()

    def serve() -> None:
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                client, _ = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = client.recv(4096)
                if not chunk:
                    break
                head += chunk
            if heads is not None:
                heads.append(head)
            line = head.split(b"\r\n", 1)[0].decode()
            method, target, _ = [*line.split(" "), "", "", ""][:3]
            if method != "CONNECT":
                client.sendall(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n")
                client.close()
                continue
            host, _, port = target.rpartition(":")
            tunnels.append(target)
            upstream = socket.create_connection((host, int(port)))
            client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            threading.Thread(target=_relay, args=(client, upstream), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.getsockname()[1]}", tunnels
    finally:
        stop.set()
        server.close()
        thread.join(timeout=2)
