"""The mock's firewall keeps pve-firewall's rules: positions, digests, aliases, IP sets, groups."""

from __future__ import annotations

import pytest

import pvesdk
from pvesdk import PveClient


@pytest.fixture
def client() -> PveClient:
    return PveClient.mock()


def test_a_new_rule_goes_to_position_zero_disabled(client: PveClient) -> None:
    rules = client.cluster.firewall.rules
    rules.post(type="in", action="ACCEPT", proto="tcp", dport="22")
    rules.post(type="in", action="DROP", enable=1)
    listed = rules.get()
    assert [(r.pos, r.action, r.enable) for r in listed] == [(0, "DROP", 1), (1, "ACCEPT", 0)]


def test_every_listed_rule_carries_the_list_digest(client: PveClient) -> None:
    rules = client.cluster.firewall.rules
    rules.post(type="in", action="ACCEPT")
    first = {r.digest for r in rules.get()}
    rules.post(type="out", action="DROP")
    second = {r.digest for r in rules.get()}
    assert len(first) == 1 and len(second) == 1 and first != second


def test_moveto_puts_the_rule_before_that_position(client: PveClient) -> None:
    rules = client.cluster.firewall.rules
    for action in ("ACCEPT", "DROP", "REJECT"):
        rules.post(type="in", action=action)
    # now REJECT, DROP, ACCEPT; move REJECT before position 2 (ACCEPT)
    rules.pos(0).put(moveto=2)
    assert [r.action for r in rules.get()] == ["DROP", "REJECT", "ACCEPT"]
    rules.pos(0).put(moveto=99)
    assert [r.action for r in rules.get()] == ["REJECT", "ACCEPT", "DROP"]


def test_delete_by_position_and_missing_position(client: PveClient) -> None:
    rules = client.cluster.firewall.rules
    rules.post(type="in", action="ACCEPT")
    rules.pos(0).delete()
    assert rules.get() == []
    with pytest.raises(pvesdk.ServerError, match="no rule at position 0"):
        rules.pos(0).get()


def test_a_stale_digest_is_refused(client: PveClient) -> None:
    rules = client.cluster.firewall.rules
    rules.post(type="in", action="ACCEPT")
    stale = rules.get()[0].digest
    rules.post(type="in", action="DROP")
    with pytest.raises(pvesdk.ServerError, match="detected modified configuration"):
        rules.pos(0).put(comment="x", digest=stale)


def test_dport_needs_a_protocol(client: PveClient) -> None:
    with pytest.raises(pvesdk.ParameterError) as err:
        client.cluster.firewall.rules.post(type="in", action="ACCEPT", dport="22")
    assert err.value.errors == {"proto": "missing property - 'dport' requires this property"}


def test_icmp_has_no_source_port(client: PveClient) -> None:
    with pytest.raises(pvesdk.ParameterError) as err:
        client.cluster.firewall.rules.post(type="in", action="ACCEPT", proto="icmp", sport="22")
    assert err.value.errors == {"sport": "protocol 'icmp' does not support ports"}


def test_guest_rules_need_netN_interfaces(client: PveClient) -> None:
    rules = client.nodes.node("pve1").qemu.vmid(100).firewall.rules
    with pytest.raises(pvesdk.ParameterError) as err:
        rules.post(type="in", action="ACCEPT", iface="eth0")
    assert err.value.errors == {"iface": "value does not match the regex pattern 'net\\d+'"}
    rules.post(type="in", action="ACCEPT", iface="net0")
    assert rules.get()[0].iface == "net0"


def test_guests_do_not_take_forward_rules(client: PveClient) -> None:
    with pytest.raises(pvesdk.ParameterError) as err:
        client.nodes.node("pve1").lxc.vmid(200).firewall.rules.post(type="forward", action="DROP")
    assert err.value.errors == {"type": "invalid rule type 'forward' for rule_env 'ct'"}


def test_unknown_action_and_macro_are_refused(client: PveClient) -> None:
    rules = client.cluster.firewall.rules
    with pytest.raises(pvesdk.ParameterError) as err:
        rules.post(type="in", action="ALLOW")
    assert err.value.errors == {"action": "unknown action 'ALLOW'"}
    with pytest.raises(pvesdk.ParameterError) as err:
        rules.post(type="in", action="ACCEPT", macro="Nope")
    assert err.value.errors == {"macro": "unknown macro 'Nope'"}


def test_macro_names_are_stored_as_proxmox_spells_them(client: PveClient) -> None:
    client.cluster.firewall.rules.post(type="in", action="ACCEPT", macro="ssh")
    assert client.cluster.firewall.rules.get()[0].macro == "SSH"


def test_sources_must_name_existing_ipsets_and_aliases(client: PveClient) -> None:
    rules = client.cluster.firewall.rules
    with pytest.raises(pvesdk.ParameterError) as err:
        rules.post(type="in", action="ACCEPT", source="+nosuch")
    assert err.value.errors == {"source": "no such ipset 'nosuch'"}
    with pytest.raises(pvesdk.ParameterError) as err:
        rules.post(type="in", action="ACCEPT", source="office")
    assert err.value.errors == {"source": "no such alias 'office'"}
    client.cluster.firewall.aliases.post(name="office", cidr="192.0.2.0/24")
    rules.post(type="in", action="ACCEPT", source="office")
    assert rules.get()[0].ipversion == 4


@pytest.mark.parametrize(
    ("source", "version"),
    [("10.0/16", 4), ("10.0.0.1 + 3", 4), ("10.0.0.1 - 10.0.0.9", 4), ("fd00::/64", 6)],
)
def test_rule_addresses_are_what_net_ip_takes(client: PveClient, source: str, version: int) -> None:
    # pve-firewall's parse_address_list hands each entry to Perl's Net::IP, which takes short
    # dotted forms, `A + N` and spaced ranges that Python's ipaddress refuses.
    rules = client.cluster.firewall.rules
    rules.post(type="in", action="ACCEPT", source=source)
    assert (rules.get()[0].source, rules.get()[0].ipversion) == (source, version)


def test_rule_address_lists_refuse_mixed_versions_and_bad_entries(client: PveClient) -> None:
    rules = client.cluster.firewall.rules
    with pytest.raises(pvesdk.ParameterError) as err:
        rules.post(type="in", action="ACCEPT", source="10.0.0.1,fd00::1")
    # the format check (pve-fw-addr-spec) refuses it first, as JSONSchema words a format's die
    assert err.value.errors == {
        "source": "invalid format - detected mixed ipv4/ipv6 addresses in address list "
        "'10.0.0.1,fd00::1'"
    }
    with pytest.raises(pvesdk.ParameterError) as err:
        rules.post(type="in", action="ACCEPT", source="10.0.0.300")
    assert err.value.errors["source"].startswith("invalid format - invalid IP address: ")
    assert rules.get() == []


def test_rules_on_a_missing_guest_are_refused(client: PveClient) -> None:
    with pytest.raises(pvesdk.ServerError, match=r"999\.conf' does not exist"):
        client.nodes.node("pve1").qemu.vmid(999).firewall.rules.get()


def test_aliases_are_unique_case_insensitively_and_sorted(client: PveClient) -> None:
    aliases = client.cluster.firewall.aliases
    aliases.post(name="web", cidr="10.0.0.2")
    aliases.post(name="Db", cidr="10.0.0.3", comment="database")
    with pytest.raises(pvesdk.ParameterError) as err:
        aliases.post(name="WEB", cidr="10.0.0.4")
    assert err.value.errors == {"name": "alias 'WEB' already exists"}
    assert [(a.name, a.cidr) for a in aliases.get()] == [("Db", "10.0.0.3"), ("web", "10.0.0.2")]


def test_alias_rename(client: PveClient) -> None:
    aliases = client.cluster.firewall.aliases
    aliases.post(name="old", cidr="10.0.0.2")
    aliases.name("old").put(cidr="10.0.0.9", rename="new")
    assert [(a.name, a.cidr) for a in aliases.get()] == [("new", "10.0.0.9")]


def test_ipset_entries_are_normalized_and_sorted(client: PveClient) -> None:
    ipset = client.cluster.firewall.ipset
    ipset.post(name="mgmt", comment="admins")
    ipset.name("mgmt").post(cidr="10.9.0.0/16")
    ipset.name("mgmt").post(cidr="10.1.2.3/32")
    ipset.name("mgmt").post(cidr="192.168.7.9/24", nomatch=True)
    entries = ipset.name("mgmt").get()
    assert [(e.cidr, bool(e.nomatch)) for e in entries] == [
        ("10.1.2.3", False),
        ("10.9.0.0/16", False),
        ("192.168.7.0/24", True),
    ]


def test_ipset_refuses_duplicates_and_zero_prefixes(client: PveClient) -> None:
    ipset = client.cluster.firewall.ipset
    ipset.post(name="s1")
    ipset.name("s1").post(cidr="10.0.0.1")
    with pytest.raises(pvesdk.ParameterError) as err:
        ipset.name("s1").post(cidr="10.0.0.1/32")
    assert err.value.errors == {"cidr": "address '10.0.0.1' already exists"}
    with pytest.raises(pvesdk.ParameterError) as err:
        ipset.name("s1").post(cidr="0.0.0.0/0")
    assert err.value.errors == {"cidr": "a zero prefix is not allowed in ipset entries"}


def test_a_non_empty_ipset_needs_force_to_go(client: PveClient) -> None:
    ipset = client.cluster.firewall.ipset
    ipset.post(name="s1")
    ipset.name("s1").post(cidr="10.0.0.1")
    with pytest.raises(pvesdk.ServerError, match="IPSet 's1' is not empty"):
        ipset.name("s1").delete()
    ipset.name("s1").delete(force=True)
    assert ipset.get() == []


def test_security_groups_hold_rules_and_refuse_delete_while_not_empty(client: PveClient) -> None:
    groups = client.cluster.firewall.groups
    groups.post(group="webserver", comment="http")
    groups.group("webserver").post(type="in", action="ACCEPT", macro="HTTP")
    assert [(g.group, g.comment) for g in groups.get()] == [("webserver", "http")]
    with pytest.raises(pvesdk.ServerError, match="Security group 'webserver' is not empty"):
        groups.group("webserver").delete()
    client.nodes.node("pve1").qemu.vmid(100).firewall.rules.post(type="group", action="webserver")
    groups.group("webserver").pos(0).delete()
    groups.group("webserver").delete()
    assert groups.get() == []


def test_a_group_rule_must_name_an_existing_group(client: PveClient) -> None:
    with pytest.raises(pvesdk.ParameterError) as err:
        client.cluster.firewall.rules.post(type="group", action="nosuch")
    assert err.value.errors == {"action": "no such security group 'nosuch'"}


def test_options_keep_what_is_set_with_a_digest(client: PveClient) -> None:
    options = client.nodes.node("pve1").qemu.vmid(100).firewall.options
    options.put(enable=True, policy_in="DROP")
    got = options.get()
    assert got.enable is True and got.policy_in == "DROP" and got.digest
    options.put(delete="policy_in")
    assert options.get().policy_in is None


def test_firewall_state_is_in_the_snapshot(client: PveClient) -> None:
    client.cluster.firewall.rules.post(type="in", action="ACCEPT")
    engine = client.transport.engine  # type: ignore[attr-defined]
    snap = engine.snapshot()
    copy = PveClient.mock(seed=snap)
    assert [r.action for r in copy.cluster.firewall.rules.get()] == ["ACCEPT"]
