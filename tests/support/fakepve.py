"""A small stand-in for a Proxmox API host over real TLS on 127.0.0.1, for transport tests:
ticket login (with TFA and renewal), CSRF on writes, API tokens, PVE-style errors with the
message in the HTTP reason phrase, and knobs to fail on purpose."""

from __future__ import annotations

import json
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from pvesdk_server.tls import fingerprint, self_signed

USER, PASSWORD = "root@pam", "s3cret-Passw0rd"
TFA_USER, TOTP = "tfa@pve", "123456"
TOKEN = "PVEAPIToken=root@pam!ci=00000000-0000-4000-8000-000000000000"


@dataclass
class State:
    tickets: dict[str, str] = field(default_factory=dict)  # ticket → csrf
    partial: dict[str, str] = field(default_factory=dict)  # TFA challenge ticket → user
    logins: list[dict[str, str]] = field(default_factory=list)
    requests: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)
    fail_next: list[tuple[int, str]] = field(default_factory=list)  # (status, reason) to answer
    uploads: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    counter: int = 0

    def issue(self) -> tuple[str, str]:
        self.counter += 1
        stamp = f"{int(time.time()):08X}"
        ticket = f"PVE:{USER}:{stamp}::sig{self.counter}"
        csrf = f"{stamp}:csrf{self.counter}"
        self.tickets[ticket] = csrf
        return ticket, csrf


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    state: State

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _answer(self, status: int, reason: str, data: Any = None, errors: Any = None) -> None:
        payload: dict[str, Any] = {"data": data}
        if errors:
            payload["errors"] = errors
        body = b"" if status == 401 else json.dumps(payload).encode()
        self.send_response(status, reason)
        self.send_header("Content-Type", "application/json;charset=UTF-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _upload(self) -> None:
        """Stream a multipart upload: parse the small head, hash the file part in chunks."""
        import hashlib

        kind = self.headers.get("Content-Type", "")
        boundary = kind.split("boundary=", 1)[1].encode()
        length = int(self.headers["Content-Length"])
        head = b""
        while b'filename="' not in head or b"\r\n\r\n" not in head.split(b'filename="', 1)[1]:
            head += self.rfile.read(min(4096, length - len(head)))
        marker = head.index(b"\r\n\r\n", head.index(b'filename="')) + 4
        fields = {}
        for part in head[:marker].split(b"--" + boundary)[1:-1]:
            name = part.split(b'name="', 1)[1].split(b'"', 1)[0].decode()
            fields[name] = part.split(b"\r\n\r\n", 1)[1].rstrip(b"\r\n").decode()
        filename = head[:marker].rsplit(b'filename="', 1)[1].split(b'"', 1)[0].decode()
        tail = len(b"\r\n--" + boundary + b"--\r\n")
        size = length - marker - tail
        digest = hashlib.sha256(head[marker : marker + size])
        remaining = size - len(head[marker : marker + size])
        while remaining > 0:
            chunk = self.rfile.read(min(1 << 18, remaining))
            if not chunk:
                break
            digest.update(chunk[:remaining])
            remaining -= len(chunk)
        leftover = length - len(head) - max(0, size - len(head[marker:]))
        self.rfile.read(max(0, min(leftover, tail)))
        self.state.uploads.append({"fields": fields, "filename": filename, "size": size,
                                   "sha256": digest.hexdigest(),
                                   "chunked": "Transfer-Encoding" in self.headers})  # fmt: skip
        self._answer(200, "OK", "UPID:pve1:00000001:00000002:6745D2C3:imgcopy::root@pam:")

    def _params(self) -> dict[str, str]:
        url = urlsplit(self.path)
        params = dict(parse_qsl(url.query))
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            params.update(parse_qsl(self.rfile.read(length).decode()))
        return params

    def _handle(self) -> None:
        path = urlsplit(self.path).path.removeprefix("/api2/json")
        if path.endswith("/upload") and self.command == "POST":
            authorized, csrf = self._authorized()
            if not authorized or (csrf and self.headers.get("CSRFPreventionToken") != csrf):
                self._answer(401, "No ticket")
            else:
                self._upload()
            return
        params = self._params()
        self.state.requests.append((self.command, path, params))
        self.state.headers.append(dict(self.headers.items()))
        if self.state.fail_next:
            status, reason = self.state.fail_next.pop(0)
            self._answer(status, reason)
            return
        if path == "/access/ticket" and self.command == "POST":
            self._login(params)
            return
        authorized, csrf = self._authorized()
        if not authorized:
            self._answer(401, "No ticket")
            return
        writes = self.command in ("POST", "PUT", "DELETE")
        if writes and csrf is not None and self.headers.get("CSRFPreventionToken") != csrf:
            self._answer(401, "Permission denied - invalid csrf token")
            return
        if path == "/version":
            self._answer(200, "OK", {"version": "9.2.0", "release": "9.2", "repoid": "fake"})
        elif path == "/nodes/pve1/qemu/100/config" and self.command == "PUT":
            if "cores" in params and not params["cores"].isdigit():
                errors = {"cores": f"type check ('integer') failed - got '{params['cores']}'"}
                self._answer(400, "Parameter verification failed.", errors=errors)
            else:
                self._answer(200, "OK", None)
        else:
            self._answer(501, f"Method '{self.command} {path}' not implemented")

    def _authorized(self) -> tuple[bool, str | None]:
        if self.headers.get("Authorization") == TOKEN:
            return True, None
        cookie = self.headers.get("Cookie", "")
        for part in cookie.split(";"):
            name, _, value = part.strip().partition("=")
            if name == "PVEAuthCookie" and value in self.state.tickets:
                return True, self.state.tickets[value]
        return False, None

    def _login(self, params: dict[str, str]) -> None:
        self.state.logins.append(params)
        user, password = params.get("username"), params.get("password", "")
        if "tfa-challenge" in params:
            if (
                self.state.partial.get(params["tfa-challenge"]) == user
                and password == f"totp:{TOTP}"
            ):
                ticket, csrf = self.state.issue()
                self._answer(200, "OK", {"username": user, "ticket": ticket,
                                         "CSRFPreventionToken": csrf})  # fmt: skip
            else:
                self._answer(401, "authentication failure")
            return
        if password in self.state.tickets:  # renewal: the ticket as password
            ticket, csrf = self.state.issue()
            self._answer(
                200, "OK", {"username": user, "ticket": ticket, "CSRFPreventionToken": csrf}
            )
        elif user == USER and password == PASSWORD:
            ticket, csrf = self.state.issue()
            data = {"username": user, "ticket": ticket, "CSRFPreventionToken": csrf,
                    "cap": {"vms": {"VM.Audit": 1}}, "clustername": "fake"}  # fmt: skip
            self._answer(200, "OK", data)
        elif user == TFA_USER and password == PASSWORD:
            challenge = f"PVE:{user}:00000000::tfa-challenge"
            self.state.partial[challenge] = user
            self._answer(200, "OK", {"username": user, "ticket": challenge, "NeedTFA": 1})
        else:
            self._answer(401, "authentication failure")

    do_GET = do_POST = do_PUT = do_DELETE = _handle


@dataclass
class FakePve:
    url: str
    port: int
    state: State
    cert: Path
    fingerprint: str


@contextmanager
def fake_pve(tmp: Path) -> Iterator[FakePve]:
    state = State()
    handler = type("BoundHandler", (Handler,), {"state": state})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    cert, key = self_signed(tmp / f"tls-{id(state)}")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    port = server.server_address[1]
    try:
        yield FakePve(f"https://127.0.0.1:{port}", port, state, cert, fingerprint(cert))
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
