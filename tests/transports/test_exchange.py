"""The I/O-free core both https transports drive (:class:`~pvesdk.transports.https.Exchange`):
scripted sends, no sockets, so each decision is checked on its own."""

from __future__ import annotations

import threading

import pytest

from pvesdk import AuthenticationError, PveConnectionError, TicketAuth
from pvesdk.transport import Request
from pvesdk.transports._http import BackendError, Call, RawResponse
from pvesdk.transports.https import Exchange, HttpsCore


class Script:
    """A backend's ``send`` that plays a list of answers (RawResponse or BackendError)."""

    def __init__(self, *answers: RawResponse | BackendError) -> None:
        self.answers = list(answers)
        self.calls: list[str] = []

    def __call__(self, call: Call) -> RawResponse:
        self.calls.append(f"{call.method} {call.origin}{call.target}")
        answer = self.answers.pop(0)
        if isinstance(answer, BackendError):
            raise answer
        return answer


def run(core: HttpsCore, request: Request, send: Script, lock: threading.Lock | None = None,
        slept: list[float] | None = None) -> object:  # fmt: skip
    naps = slept if slept is not None else []
    with Exchange(core.flow(request), send, naps.append, lock) as exchange:
        for step in exchange:
            with exchange.outcome_of():
                exchange.outcome = step()
    return exchange.result()


def ok(body: bytes = b'{"data": null}', status: int = 200) -> RawResponse:
    return RawResponse(status, "OK", {}, body)


def test_a_get_answered_503_sleeps_then_tries_again() -> None:
    send, slept = Script(ok(status=503), ok()), []
    response = run(HttpsCore("pve1", backoff=0.5), Request("GET", "/version"), send, slept=slept)
    assert getattr(response, "status", None) == 200
    assert slept == [0.5] and len(send.calls) == 2


def test_a_post_that_may_have_left_is_raised_not_sent_again() -> None:
    send = Script(BackendError("reset", sent=True), ok())
    with pytest.raises(PveConnectionError) as err:
        run(HttpsCore(["pve1", "pve2"]), Request("POST", "/nodes"), send)
    assert err.value.sent is True and send.calls == ["POST https://pve1:8006/api2/json/nodes"]


def test_a_refused_login_leaves_the_login_lock_free() -> None:
    auth, lock = TicketAuth("root@pam", "pw"), threading.Lock()
    send = Script(RawResponse(401, "authentication failure", {}, b""))
    with pytest.raises(AuthenticationError):
        run(HttpsCore("pve1", auth=auth), Request("GET", "/version"), send, lock)
    assert not lock.locked()


def test_a_login_takes_and_gives_back_the_lock_around_the_ticket_request() -> None:
    ticket = b'{"data": {"ticket": "PVE:root@pam:1::sig", "CSRFPreventionToken": "1:x"}}'
    auth, lock = TicketAuth("root@pam", "pw"), threading.Lock()
    send = Script(ok(ticket), ok())
    run(HttpsCore("pve1", auth=auth), Request("GET", "/version"), send, lock)
    assert [call.rsplit("/", 1)[-1] for call in send.calls] == ["ticket", "version"]
    assert not lock.locked() and not auth.needs_login()
