"""Hostile parameter values answered as Proxmox answers them, never with a crash of the mock:
numbers of any length (Perl reads thousands of digits as a huge number; Python refuses to read
more than 4300 digits), JSON nested deeper than JSON::XS's ``max_depth`` (512; Python's
parser recurses), and long blank runs in firewall addresses (in linear time)."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pvesdk._net_ip import _around
from pvesdk.formats import decimal, verify
from pvesdk_server.engine import Engine, Reply
from pvesdk_server.engine.spec import load_spec
from pvesdk_server.engine.validate import _regex

TOKEN = "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"
HUGE = "1" * 5000
DECODE_AT = "at /usr/share/perl5/PVE/API2/Nodes.pm line 99."
_OCI = load_spec()["paths"]["/nodes/{node}/storage/{storage}/oci-registry-pull"]["post"]
_OCI_PATTERNS = [
    prop["pattern"]
    for prop in _OCI["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"][
        "properties"
    ].values()
    if "[-]*)" in prop.get("pattern", "")
]
NESTING = "json text or perl structure exceeds maximum nesting level (max_depth set too low?)"


@pytest.fixture
def engine() -> Engine:
    return Engine(task_seconds=0)


def send(engine: Engine, method: str, path: str, **params: str) -> Reply:
    wire = {k.replace("_", "-"): [v] for k, v in params.items()}
    if path.endswith("/execute"):
        ticket, csrf = engine.issue_ticket("root@pam")
        return engine.handle(method, path, wire, ticket=ticket, csrf=csrf)
    return engine.handle(method, path, wire, authorization=TOKEN)


@pytest.mark.parametrize(
    ("method", "path", "params", "field", "message"),
    [
        (
            "POST",
            "/cluster/firewall/rules",
            {"action": "ACCEPT", "type": "in", "proto": "tcp", "dport": HUGE},
            "dport",
            f"invalid format - invalid port '{HUGE}'\n",
        ),
        (
            "POST",
            "/cluster/sdn/zones",
            {"zone": "z1", "type": "evpn", "controller": "c", "vrf_vxlan": HUGE},
            "vrf-vxlan",
            "value must have a maximum value of 16777215",
        ),
        (
            "PUT",
            "/nodes/pve1/qemu/100/config",
            {"net0": f"virtio,bridge=vmbr0,tag={HUGE}"},
            "net0",
            "invalid format - format error\nnet0.tag: value must have a maximum value of 4094\n",
        ),
        (
            "POST",
            "/cluster/sdn/vnets/v/subnets",
            {"subnet": f"10.0.0.0/{HUGE}", "type": "subnet"},
            "subnet",
            "invalid format - value does not look like a valid CIDR network\n",
        ),
    ],
)
def test_a_number_of_thousands_of_digits_is_a_parameter_error(
    engine: Engine, method: str, path: str, params: dict[str, str], field: str, message: str
) -> None:
    reply = send(engine, method, path, **params)
    assert (reply.status, reply.reason) == (400, "Parameter verification failed.")
    assert (reply.errors or {}).get(field) == message


def test_leading_zeros_do_not_make_a_number_large(engine: Engine) -> None:
    # Perl numifies 000…01 to 1: within cores' 1..16384
    reply = send(engine, "PUT", "/nodes/pve1/qemu/100/config", cores="0" * 5000 + "2")
    assert reply.status == 200, reply.errors


def test_a_schedule_of_thousands_of_digits_is_no_calendar_event(engine: Engine) -> None:
    reply = send(engine, "POST", "/cluster/backup", schedule=HUGE, all="1", storage="local")
    assert reply.status == 400
    assert (reply.errors or {})["schedule"].startswith(
        f"invalid format - invalid calendar event '{HUGE}'"
    )


@pytest.mark.parametrize(
    "fmt",
    ["CIDR", "pve-vlan-id-or-range", "pve-fw-sport-spec", "pve-fw-addr-spec", "pve-sdn-bgp-rt"],
)
def test_a_format_check_reads_any_number_of_digits(fmt: str) -> None:
    for value in ("0" * 10000, f"1.2.3.4/{HUGE}", f"{HUGE}:1", f"1-{HUGE}"):
        verify(fmt, value)  # a message or None, no ValueError
    assert verify(fmt, f"1.2.3.4/{HUGE}") is not None


def test_decimal_keeps_sign_and_order() -> None:
    assert decimal("-" + HUGE) < -(10**4000) < 10**4000 < decimal(HUGE)
    assert decimal("0" * 9000 + "42") == 42 and decimal("17") == 17


@pytest.mark.parametrize(
    ("commands", "offset", "before"),
    [
        ("[" * 513 + "]" * 513, 513, "]" * 20 + "..."),
        ('[{"a":' * 300 + "1" + "}]" * 300, 1537, '{"a":[{"a":[{"a":[{"...'),
        ("[" * 20000, 513, "[" * 20 + "..."),
    ],
)
def test_commands_nested_past_json_xs_max_depth_are_refused(
    engine: Engine, commands: str, offset: int, before: str
) -> None:
    started = time.perf_counter()
    reply = send(engine, "POST", "/nodes/pve1/execute", commands=commands)
    assert time.perf_counter() - started < 0.5
    assert reply.status == 400
    assert (reply.errors or {})["commands"] == (
        f"invalid format - commands param did not contain valid JSON: {NESTING}, "
        f'at character offset {offset} (before "{before}") {DECODE_AT}\n'
    )


def test_512_levels_are_still_json(engine: Engine) -> None:
    reply = send(engine, "POST", "/nodes/pve1/execute", commands="[" * 512 + "]" * 512)
    assert "did not contain valid JSON" not in str((reply.errors or {}).get("commands"))


def test_a_fault_before_the_deep_part_is_the_one_named(engine: Engine) -> None:
    reply = send(engine, "POST", "/nodes/pve1/execute", commands="[1 2" + "[" * 600)
    assert (reply.errors or {})["commands"] == (
        "invalid format - commands param did not contain valid JSON: , or ] expected while "
        f'parsing array, at character offset 3 (before "2{"[" * 19}...") {DECODE_AT}\n'
    )


@pytest.mark.parametrize(
    "value",
    [
        " " * 10000,
        " " * 10000 + "-",
        "\t" * 10000 + "-",
        "1.2.3.4" + " " * 10000 + "+",
        "/" * 10000 + " x",
        "a/" * 5000 + " ",
        "mon," * 2500 + "x",
    ],
)
def test_firewall_addresses_and_ports_take_linear_time(value: str) -> None:
    # Net::IP's ip_normalize regexes, as Python runs them, retried every blank of a long blank
    # run (half a second for 10 KB); the service names were rebuilt for every port entry
    for fmt in ("pve-fw-addr-spec", "pve-fw-dport-spec"):
        started = time.perf_counter()
        assert verify(fmt, value) is not None
        assert time.perf_counter() - started < 0.05, fmt


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=" \t\n-+a1/", max_size=12))
def test_ip_normalize_splits_as_its_regexes_do(data: str) -> None:
    for sign, blank, pattern in (
        ("-", 0, r"^(.+?)\s*\-\s*(.+)$"),
        ("+", 1, r"^(.+?)\s+\+\s+(.+)$"),
    ):
        found = re.search(pattern, data)
        assert _around(data, sign, blank) == (found.groups() if found else None)


@pytest.mark.parametrize(
    ("sid", "message"),
    [
        (HUGE, f"unable to detect SID from VMID - VM/CT {HUGE} does not exist"),
        ("0100", "unable to detect SID from VMID - VM/CT 0100 does not exist"),
    ],
    ids=["5000-digits", "leading-zero"],
)
def test_an_ha_sid_is_looked_up_as_written(engine: Engine, sid: str, message: str) -> None:
    # parse_sid looks the VMID up in the vmlist by its text
    reply = send(engine, "POST", "/cluster/ha/resources", sid=sid)
    assert (reply.status, reply.reason) == (500, message)


def test_commands_may_hold_a_number_of_any_length(engine: Engine) -> None:
    reply = send(engine, "POST", "/nodes/pve1/execute", commands=HUGE)
    assert (reply.errors or {})["commands"] == (
        "invalid format - commands is not a valid array of commands: 400 Parameter verification "
        "failed.\n_root: type check ('array') failed\n"
    )


@pytest.mark.parametrize("reference", ["x" * 30, "a-" * 5000 + "!", "x" * 10000])
def test_an_oci_reference_is_refused_in_linear_time(engine: Engine, reference: str) -> None:
    # the Docker reference pattern's '(?:[._]|__|[-]*)' separator made Python backtrack
    # exponentially (seconds for 25 characters)
    started = time.perf_counter()
    reply = send(engine, "POST", "/nodes/pve1/storage/local/oci-registry-pull", reference=reference)
    assert time.perf_counter() - started < 0.5
    assert (reply.errors or {}).get("reference") == "value does not match the regex pattern"


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="a1-._/:Z", max_size=10))
def test_the_oci_reference_pattern_keeps_its_language(value: str) -> None:
    for pattern in _OCI_PATTERNS:
        assert bool(re.search(pattern, value)) == bool(_regex(pattern).search(value))
