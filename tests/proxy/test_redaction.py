"""No secret in any log line: full flows (ticket login with CSRF, tokens, proxy keys, an
upstream password) through a proxy logging at debug level, then every captured line of both
processes scanned for every secret that travelled."""

from __future__ import annotations

import logging
import re
import ssl
from pathlib import Path

import httpx
from proxmoxer import ProxmoxAPI

from pvesdk_server.proxy.redact import RedactingFilter, redact

from ..server.test_server import proxmoxer_flow
from .conftest import PASSWORD, TOKEN, mock_upstream, proxy_for

ADMIN = "admin-key-0d9b7a"


def test_full_flows_leave_no_secret_in_any_log_line(tmp_path: Path) -> None:
    seen: list[str] = [PASSWORD, TOKEN, ADMIN]
    with (
        mock_upstream(tmp_path / "upstream") as upstream,
        proxy_for(tmp_path / "pass", upstream) as passing,
        proxy_for(
            tmp_path / "keyed",
            upstream,
            "--upstream-user",
            "root@pam",
            "--upstream-password",
            PASSWORD,
            env={"PVESDK_ADMIN_KEY": ADMIN},
        ) as keyed,  # fmt: skip
    ):
        api = ProxmoxAPI("127.0.0.1", port=passing.port, user="root@pam", password=PASSWORD,
                         verify_ssl=str(passing.cert))  # fmt: skip
        proxmoxer_flow(api, 501)
        ticket = api.get_tokens()
        seen += [t for t in ticket if t]
        api = ProxmoxAPI("127.0.0.1", port=passing.port, user="root@pam", token_name="ci",
                         token_value=TOKEN, verify_ssl=str(passing.cert))  # fmt: skip
        proxmoxer_flow(api, 502)
        # a password in a query string, as careless callers send it
        query = f"username=root@pam&password={PASSWORD}"
        with httpx.Client(verify=ssl.create_default_context(cafile=str(passing.cert))) as client:
            client.get(passing.url + "/api2/json/access/ticket?" + query)
        admin = {"Authorization": f"Bearer {ADMIN}"}
        with httpx.Client(verify=ssl.create_default_context(cafile=str(keyed.cert))) as client:
            issued = client.post(keyed.url + "/pvesdk/keys/bot", headers=admin).json()["data"]
            seen.append(issued["value"])
        api = ProxmoxAPI("127.0.0.1", port=keyed.port, user="proxy@pvesdk", token_name="bot",
                         token_value=issued["value"], verify_ssl=str(keyed.cert))  # fmt: skip
        proxmoxer_flow(api, 503)
    logs = (
        {p.name: p.logs() for p in (upstream, passing, keyed)}
        if False
        else {
            "upstream": upstream.logs(),
            "pass-through proxy": passing.logs(),
            "keyed proxy": keyed.logs(),
        }
    )
    assert "GET /api2/json/nodes" in logs["pass-through proxy"]  # the logs are not empty
    assert "headers" in logs["keyed proxy"]
    for name, text in logs.items():
        for secret in seen:
            assert secret not in text, f"a secret leaked into the {name} log"
        assert not re.search(r"PVE:root@pam:[0-9A-F]{8}::\w", text), name


def record(message: str, *args: object) -> logging.LogRecord:
    return logging.LogRecord("t", logging.INFO, __file__, 1, message, args, None)


def test_filter_masks_authorization_and_cookie_headers() -> None:
    entry = record(
        "headers %s",
        {
            "authorization": "PVEAPIToken=a@pam!t=s3cr3t",
            "cookie": "PVEAuthCookie=PVE:a@pam:6745D2C3::c2ln",
        },
    )
    RedactingFilter().filter(entry)
    assert "s3cr3t" not in entry.getMessage() and "c2ln" not in entry.getMessage()


def test_filter_masks_literal_secrets_it_was_given() -> None:
    entry = record("login with %s failed", "hunter2-xyz")
    RedactingFilter(["hunter2-xyz"]).filter(entry)
    assert entry.getMessage() == "login with *** failed"


def test_filter_masks_secrets_in_exception_text() -> None:
    try:
        raise ValueError("bad ticket PVE:root@pam:6745D2C3::abcdef")
    except ValueError:
        import sys

        entry = logging.LogRecord("t", logging.ERROR, __file__, 1, "boom", None, sys.exc_info())
    RedactingFilter().filter(entry)
    assert entry.exc_text is not None and "abcdef" not in entry.exc_text


def test_redact_masks_form_query_and_json_secrets() -> None:
    text = redact(
        'password=pw1&user=a {"ticket": "t1", "CSRFPreventionToken": "6745D2C3:c1"} Bearer b1'
    )
    assert not any(s in text for s in ("pw1", "t1", "c1", "b1"))
    assert "user=a" in text
