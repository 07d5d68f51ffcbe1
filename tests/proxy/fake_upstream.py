"""A tiny stand-in for a Proxmox host, run as its own process: it answers from a JSON table
(``{"GET /nodes": {"data": …}}``), appends every request it receives to a journal file, and
kills itself (SIGKILL, no answer) when a request matches ``--die-on``.

    python fake_upstream.py PORT CERT KEY TABLE JOURNAL [--die-on "POST /nodes/pve1/qemu"]
"""

from __future__ import annotations

import json
import os
import signal
import ssl
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def main() -> None:
    port, cert, key, table_path, journal = sys.argv[1:6]
    die_on = sys.argv[7] if len(sys.argv) > 7 and sys.argv[6] == "--die-on" else None
    with open(table_path) as fh:
        table = json.load(fh)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            path = self.path.split("?", 1)[0].removeprefix("/api2/json")
            where = f"{self.command} {path}"
            with open(journal, "a") as fh:
                fh.write(where + "\n")
            if where == die_on:
                os.kill(os.getpid(), signal.SIGKILL)
            body = json.dumps(table.get(where, {"data": None})).encode()
            status = 200 if where in table else 501
            self.send_response(
                status, "OK" if status == 200 else f"Method '{where}' not implemented"
            )
            self.send_header("Content-Type", "application/json;charset=UTF-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = do_DELETE = _answer

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", int(port)), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
