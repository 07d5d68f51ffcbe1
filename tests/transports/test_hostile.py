"""Every shipped backend (sync and async, httpcore and httpx) against raw TLS servers that answer
oddly: nothing mutating is sent twice, framing oddities never leak into the next call, the
timeout is a deadline for the whole call, and a pinned fingerprint is checked before a byte of
the request leaves, through a proxy as well. "Sent once" is counted on the server."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

import pvesdk
from pvesdk.transport import Request, Response

from ..support.proxy import connect_proxy
from .hostile import (
    ENGINES,
    Conn,
    Hostile,
    Scenario,
    Seen,
    answer,
    data,
    exchange,
    hostile_server,
    silent_tls_server,
    trickling_proxy,
)

GET = Request("GET", "/version")
POST = Request("POST", "/nodes/pve1/qemu", [("vmid", "100")])


@pytest.fixture(params=ENGINES)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


Serve = Callable[[Scenario], Hostile]


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[Serve]:
    with ExitStack() as stack:
        yield lambda scenario: stack.enter_context(hostile_server(tmp_path, scenario))


def ok_then(final: Scenario) -> Scenario:
    """Answer the first request normally (the connection stays open), then play ``final``."""

    def scenario(conn: Conn, seen: Seen, number: int) -> bool:
        if number == 1:
            conn.send(answer(200, data("first")))
            return True
        return final(conn, seen, number)

    return scenario


def response(outcome: object) -> Response:
    assert isinstance(outcome, Response), outcome
    return outcome


# -- nothing mutating is sent twice


def test_post_read_then_closed_with_fin_is_an_error_and_sent_once(
    backend: str, serve: Serve
) -> None:
    def drop(conn: Conn, seen: Seen, number: int) -> bool:
        conn.close_fin()
        return False

    server = serve(ok_then(drop))
    first, second = exchange(backend, server, [GET, POST])
    response(first)
    assert isinstance(second, pvesdk.PveConnectionError)
    assert server.count("POST") == 1


def test_post_read_then_reset_is_an_error_and_sent_once(backend: str, serve: Serve) -> None:
    def reset(conn: Conn, seen: Seen, number: int) -> bool:
        conn.close_rst()
        return False

    server = serve(ok_then(reset))
    _, second = exchange(backend, server, [GET, POST])
    assert isinstance(second, pvesdk.PveConnectionError)
    assert server.count("POST") == 1


def test_a_post_that_reached_the_server_is_an_error_marked_sent(backend: str, serve: Serve) -> None:
    def reset(conn: Conn, seen: Seen, number: int) -> bool:
        conn.close_rst()
        return False

    server = serve(ok_then(reset))
    _, second = exchange(backend, server, [GET, POST])
    assert isinstance(second, pvesdk.PveConnectionError) and second.sent is True


def test_post_dropped_after_a_partial_answer_is_sent_once(backend: str, serve: Serve) -> None:
    def partial(conn: Conn, seen: Seen, number: int) -> bool:
        conn.send(b'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{"data"')
        conn.close_fin()
        return False

    server = serve(ok_then(partial))
    _, second = exchange(backend, server, [GET, POST])
    assert isinstance(second, pvesdk.PveConnectionError)
    assert server.count("POST") == 1


def test_post_on_a_connection_closed_while_idle_goes_out_once_on_a_new_one(
    backend: str,
    serve: Serve,
) -> None:
    def close_idle(conn: Conn, seen: Seen, number: int) -> bool:
        conn.send(answer(200, data(seen.method)))
        conn.close_fin()  # no TLS close_notify, no Connection: close
        return False

    server = serve(close_idle)
    first, second = exchange(backend, server, [GET, POST], pause=0.3)
    assert response(first).content == data("GET")
    assert response(second).content == data("POST")
    assert server.count("POST") == 1


# -- framing oddities stay inside their own call


def test_early_hints_before_the_answer_never_shift_answers(backend: str, serve: Serve) -> None:
    def hints(conn: Conn, seen: Seen, number: int) -> bool:
        conn.send(b"HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n")
        conn.send(answer(200, data(seen.path)))
        return True

    server = serve(hints)
    one, two = exchange(backend, server, [Request("GET", "/one"), Request("GET", "/two")])
    assert response(one).content == data("/api2/json/one")
    assert response(two).content == data("/api2/json/two")


def test_100_continue_before_the_answer_is_skipped(backend: str, serve: Serve) -> None:
    def continue_first(conn: Conn, seen: Seen, number: int) -> bool:
        conn.send(b"HTTP/1.1 100 Continue\r\n\r\n" + answer(200, data("done")))
        return True

    server = serve(continue_first)
    (outcome,) = exchange(backend, server, [POST], timeout=5)
    assert response(outcome).content == data("done")


@pytest.mark.parametrize("status", [204, 304])
def test_bodyless_status_without_length_keeps_the_connection_usable(
    backend: str,
    serve: Serve,
    status: int,
) -> None:
    def bodyless(conn: Conn, seen: Seen, number: int) -> bool:
        if number == 1:
            conn.send(f"HTTP/1.1 {status} Nothing\r\n\r\n".encode())
        else:
            conn.send(answer(200, data("after")))
        return True

    server = serve(bodyless)
    started = time.monotonic()
    first, second = exchange(backend, server, [GET, GET], timeout=10)
    assert response(first).status == status
    assert response(second).content == data("after")
    assert time.monotonic() - started < 8
    assert len(server.requests) == 2


def test_chunked_with_extensions_and_trailers_leaves_the_connection_clean(
    backend: str,
    serve: Serve,
) -> None:
    def chunked(conn: Conn, seen: Seen, number: int) -> bool:
        if number == 1:
            conn.send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                      b"5;name=value\r\n{\"dat\r\n8\r\na\": \"x\"}\r\n"
                      b"0\r\nX-Trailer: one\r\nX-Other: two\r\n\r\n")  # fmt: skip
        else:
            conn.send(answer(200, data("created")))
        return True

    server = serve(chunked)
    first, second = exchange(backend, server, [GET, POST])
    assert response(first).content == b'{"data": "x"}'
    assert response(second).content == data("created")
    assert server.count("POST") == 1 and server.connections == 1


def test_two_different_content_lengths_are_refused(backend: str, serve: Serve) -> None:
    def conflicting(conn: Conn, seen: Seen, number: int) -> bool:
        conn.send(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 13\r\n\r\n"
                  + data("x"))  # fmt: skip
        return False

    server = serve(conflicting)
    (outcome,) = exchange(backend, server, [GET])
    assert isinstance(outcome, pvesdk.PveConnectionError)


def test_twenty_thousand_header_lines_are_refused(backend: str, serve: Serve) -> None:
    def flood(conn: Conn, seen: Seen, number: int) -> bool:
        lines = b"X-Flood: 1\r\n" * 20_000
        conn.send(b"HTTP/1.1 200 OK\r\n" + lines + b"Content-Length: 0\r\n\r\n")
        return False

    server = serve(flood)
    (outcome,) = exchange(backend, server, [GET])
    assert isinstance(outcome, pvesdk.PveConnectionError)


# -- the timeout is a deadline for the whole call


def test_a_trickling_server_cannot_stretch_the_call_past_its_timeout(
    backend: str,
    serve: Serve,
) -> None:
    def trickle(conn: Conn, seen: Seen, number: int) -> bool:
        for byte in answer(200, data("x" * 200)):
            conn.send(bytes([byte]))
            time.sleep(0.25)
        return False

    server = serve(trickle)
    started = time.monotonic()
    (outcome,) = exchange(backend, server, [GET], timeout=1.5, retries=2, backoff=0.1)
    elapsed = time.monotonic() - started
    assert isinstance(outcome, pvesdk.PveTimeoutError)
    assert elapsed < 4.5, elapsed


def test_a_post_read_and_never_answered_times_out_marked_sent_and_sent_once(
    backend: str, serve: Serve
) -> None:
    def mute(conn: Conn, seen: Seen, number: int) -> bool:
        time.sleep(4)
        return False

    server = serve(mute)
    started = time.monotonic()
    (outcome,) = exchange(backend, server, [POST], timeout=1.0, retries=2, backoff=0.1)
    assert isinstance(outcome, pvesdk.PveTimeoutError) and outcome.sent is True
    assert time.monotonic() - started < 3
    assert server.count("POST") == 1


def test_a_tls_handshake_never_answered_ends_at_the_timeout_not_the_connect_timeout(
    backend: str, serve: Serve
) -> None:
    server = serve(lambda conn, seen, number: False)  # for its certificate
    with silent_tls_server() as port:
        server.port, started = port, time.monotonic()
        (outcome,) = exchange(backend, server, [POST], timeout=1.0, connect_timeout=10, retries=2)
    assert isinstance(outcome, pvesdk.PveTimeoutError) and outcome.sent is False
    assert time.monotonic() - started < 3


def test_a_proxy_trickling_its_connect_answer_cannot_stretch_the_call(
    backend: str, serve: Serve
) -> None:
    server = serve(lambda conn, seen, number: False)
    started = time.monotonic()
    with trickling_proxy(seconds_per_byte=0.25) as proxy:
        (outcome,) = exchange(backend, server, [GET], proxy=proxy, timeout=1.0, retries=2,
                              backoff=0.1, verify=True, fingerprint=server.fingerprint)  # fmt: skip
    assert isinstance(outcome, pvesdk.PveTimeoutError)
    assert time.monotonic() - started < 3
    assert server.requests == []


# -- pinning before credentials, through a proxy too


def test_wrong_pin_through_a_proxy_fails_before_a_request_byte(backend: str, serve: Serve) -> None:
    server = serve(lambda conn, seen, number: False)
    wrong = ":".join(["AB"] * 32)
    with connect_proxy() as (proxy, tunnels):
        (outcome,) = exchange(backend, server, [POST], proxy=proxy, verify=True, fingerprint=wrong)
    assert isinstance(outcome, pvesdk.PveConnectionError)
    assert server.fingerprint in str(outcome)  # names the certificate the server presented
    assert tunnels == [f"127.0.0.1:{server.port}"]
    assert server.requests == []


def test_right_pin_through_a_proxy_gets_the_answer(backend: str, serve: Serve) -> None:
    def ok(conn: Conn, seen: Seen, number: int) -> bool:
        conn.send(answer(200, data("pinned")))
        return True

    server = serve(ok)
    with connect_proxy() as (proxy, _):
        (outcome,) = exchange(
            backend, server, [GET], proxy=proxy, verify=True, fingerprint=server.fingerprint
        )
    assert response(outcome).content == data("pinned")


def test_wrong_pin_fails_before_a_request_byte(backend: str, serve: Serve) -> None:
    server = serve(lambda conn, seen, number: False)
    (outcome,) = exchange(backend, server, [POST], verify=True, fingerprint=":".join(["00"] * 32))
    assert isinstance(outcome, pvesdk.PveConnectionError) and "pinned" in str(outcome)
    assert server.requests == []


def test_a_wrong_pin_is_a_certificate_error_marked_not_sent(backend: str, serve: Serve) -> None:
    server = serve(lambda conn, seen, number: False)
    (outcome,) = exchange(backend, server, [POST], verify=True, fingerprint=":".join(["00"] * 32))
    assert isinstance(outcome, pvesdk.PveCertificateError) and outcome.sent is False


# -- what the server hands back never reaches the wire unchecked


def test_ticket_with_a_line_break_from_the_server_is_refused(backend: str, serve: Serve) -> None:
    def poisoned_login(conn: Conn, seen: Seen, number: int) -> bool:
        ticket = "PVE:root@pam:1::sig\\r\\nX-Injected: 1"
        conn.send(answer(200, b'{"data": {"ticket": "' + ticket.encode() + b'"}}'))
        return True

    server = serve(poisoned_login)
    auth = pvesdk.TicketAuth("root@pam", "pw")
    (outcome,) = exchange(backend, server, [GET], auth=auth)
    assert isinstance(outcome, pvesdk.AuthenticationError)
    assert "malformed ticket" in str(outcome)
    assert [r.path for r in server.requests] == ["/api2/json/access/ticket"]
