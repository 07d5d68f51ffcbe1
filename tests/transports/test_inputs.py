"""What a user writes when connecting: hosts with ports, CA files as paths, and credentials or
headers with control characters, which are refused at construction naming the field only."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from pvesdk import PveClient, TicketAuth, TokenAuth

from ..support.fakepve import USER, FakePve, fake_pve

TOKEN_SECRET = "00000000-0000-4000-8000-000000000000"


@pytest.fixture
def pve(tmp_path: Path) -> Iterator[FakePve]:
    with fake_pve(tmp_path) as server:
        yield server


def token(host: str, **options: object) -> PveClient:
    return PveClient(host, user=USER, token_name="ci", token_value=TOKEN_SECRET, **options)  # type: ignore[arg-type]


# -- hosts


@pytest.mark.parametrize(
    ("host", "origin"),
    [
        ("pve1:8006", "https://pve1:8006"),
        ("pve1:9006", "https://pve1:9006"),
        ("[2001:db8::1]:8006", "https://[2001:db8::1]:8006"),
        ("[2001:db8::1]", "https://[2001:db8::1]:8006"),
        ("2001:db8::1", "https://[2001:db8::1]:8006"),
        ("10.0.0.1", "https://10.0.0.1:8006"),
        ("https://pve1", "https://pve1:8006"),
        ("https://pve1:443/", "https://pve1:443"),
    ],
)
def test_host_forms_proxmoxer_accepts_are_accepted(host: str, origin: str) -> None:
    assert token(host).transport.origins == [origin]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("host", "named"),
    [("pve1:https", "port after ':'"), ("pve 1", "not a host"), ("pve1:99999", "out of range"),
     ("http://pve1", "https://"), ("[2001:db8::1]:x", "port after ']:'")],
)  # fmt: skip
def test_malformed_host_is_refused_naming_it(host: str, named: str) -> None:
    with pytest.raises(ValueError, match=named) as err:
        token(host)
    assert repr(host) in str(err.value) or host in str(err.value)


@pytest.mark.parametrize(
    "host", ["root:s3cret-pw@pve1", "https://root:s3cret-pw@pve1:8006", "root@pve1:8006"]
)
def test_credentials_in_the_host_are_refused_without_repeating_them(host: str) -> None:
    with pytest.raises(ValueError, match="must not hold credentials") as err:
        token(host)
    assert "s3cret-pw" not in str(err.value) and host not in str(err.value)


def test_port_inside_the_host_is_used_on_the_wire(pve: FakePve) -> None:
    with token(f"127.0.0.1:{pve.port}", port=1, verify_ssl=str(pve.cert)) as client:
        assert client.version.get().release == "9.2"


def test_a_whole_token_id_as_the_user_is_refused_naming_token_name() -> None:
    with pytest.raises(ValueError, match="without the token id") as err:
        PveClient("pve1", user="root@pam!ci", token_name="ci", token_value=TOKEN_SECRET)
    assert TOKEN_SECRET not in str(err.value)


def test_a_token_id_cannot_log_in_with_a_password() -> None:
    with pytest.raises(ValueError, match="is an API token id") as err:
        PveClient("pve1", user="root@pam!ci", password="s3cret-pw")
    assert "s3cret-pw" not in str(err.value)


# -- CA files


def test_ca_file_given_as_a_path_is_used_as_a_ca_file(pve: FakePve) -> None:
    with token("127.0.0.1", port=pve.port, verify_ssl=Path(pve.cert)) as client:
        assert client.version.get().release == "9.2"


def test_missing_ca_file_is_named_at_construction(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-ca.pem"
    with pytest.raises(FileNotFoundError, match=r"no-such-ca\.pem"):
        token("pve1", verify_ssl=missing)


def test_ca_file_that_holds_no_certificate_is_named_at_construction(tmp_path: Path) -> None:
    not_pem = tmp_path / "not-a-ca.pem"
    not_pem.write_text("hello\n")
    with pytest.raises(ValueError, match=r"not-a-ca\.pem: no PEM certificate"):
        token("pve1", verify_ssl=not_pem)


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl for c_rehash's hash")
def test_a_directory_of_hashed_ca_files_is_trusted_as_requests_does(
    pve: FakePve, tmp_path: Path
) -> None:
    # OpenSSL finds a CA in a directory by the hash of its subject name (c_rehash's file names).
    name_hash = subprocess.run(
        ["openssl", "x509", "-noout", "-subject_hash", "-in", str(pve.cert)],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    ca_dir = tmp_path / "certs"
    ca_dir.mkdir()
    (ca_dir / f"{name_hash}.0").write_bytes(Path(pve.cert).read_bytes())
    with token("127.0.0.1", port=pve.port, verify_ssl=ca_dir) as client:
        assert client.version.get().release == "9.2"


def test_ca_file_under_the_home_directory_may_start_with_a_tilde(
    pve: FakePve, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(Path(pve.cert).parent))
    with token("127.0.0.1", port=pve.port, verify_ssl=f"~/{Path(pve.cert).name}") as client:
        assert client.version.get().release == "9.2"


# -- control characters are refused at construction, naming the field and never the value


@pytest.mark.parametrize("value", ["abc\r\nX-Injected: 1", "abc\n", "abc\x00def", "a\x7f"])
def test_control_character_in_token_secret_is_refused(value: str) -> None:
    with pytest.raises(ValueError, match="token_value contains a control character") as err:
        TokenAuth(USER, "ci", value)
    assert value not in str(err.value)


def test_control_character_in_password_is_refused() -> None:
    with pytest.raises(ValueError, match="password contains a control character") as err:
        PveClient("pve1", user=USER, password="pw\r\nX-Injected: 1")
    assert "X-Injected" not in str(err.value)


def test_control_character_in_user_is_refused() -> None:
    with pytest.raises(ValueError, match="user contains a control character"):
        TicketAuth("root@pam\r\nX: 1", "pw")


def test_control_character_in_otp_is_refused() -> None:
    with pytest.raises(ValueError, match="otp contains a control character"):
        TicketAuth(USER, "pw", otp="123\n456")


def test_control_character_in_a_custom_header_is_refused_naming_the_header() -> None:
    with pytest.raises(ValueError, match="header 'X-Job' contains a control character") as err:
        token("pve1", headers={"X-Job": "42\r\nX-Injected: 1"})
    assert "X-Injected" not in str(err.value)


def test_custom_header_name_that_is_not_a_token_is_refused() -> None:
    with pytest.raises(ValueError, match="not a valid HTTP header name"):
        token("pve1", headers={"X Job": "42"})


def test_non_ascii_token_secret_is_refused_without_quoting_it() -> None:
    with pytest.raises(ValueError, match="must be ASCII") as err:
        TokenAuth(USER, "ci", "sécret")
    assert "sécret" not in str(err.value)
