"""pvesdk.formats: Proxmox's named formats, their rules and messages (shared by the client's
pre-flight checks and the mock server)."""

from __future__ import annotations

import os

import pytest

from pvesdk.formats import FORMATS, check, split_list, verify


@pytest.mark.parametrize(
    ("fmt", "value", "message"),
    [
        ("pve-vmid", "99", "value does not look like a valid VM ID"),
        ("pve-vmid", "1000000000", "value does not look like a valid VM ID"),
        ("pve-userid", "ab", "user name 'ab' is too short"),
        ("pve-userid", "alice", "value 'alice' does not look like a valid user name"),
        ("pve-poolid", "a/b/c/d", "pool name 'a/b/c/d' nested too deeply (max levels = 3)"),
        ("pve-poolid", "a b", "pool name 'a b' contains invalid characters"),
        ("pve-storage-id", "l", "storage ID 'l' cannot be shorter than 2 characters"),
        ("pve-storage-id", "1local", "storage ID '1local' contains illegal characters"),
        ("CIDRv4", "10.0.0.0/4", "value does not look like a valid IPv4 CIDR network"),
        ("CIDR", "10.0.0.5", "value does not look like a valid CIDR network"),
        ("ipv6", "2001:db8::g", "value does not look like a valid IPv6 address"),
        ("pve-vlan-id-or-range", "1", "invalid VLAN tag '1'"),
        ("pve-vlan-id-or-range", "20-10", "VLAN range must go from lower to higher tag '20-10'"),
        ("pve-startup-order", "0", "unable to parse startup options"),
        ("pve-volume-id", "vm-100-disk-0", "unable to parse volume ID 'vm-100-disk-0'"),
        ("pve-qm-bootdisk", "scsi31", "invalid boot disk 'scsi31'"),
        ("pve-phys-bits", "65", "value must be an integer between 8 and 64 or 'host'"),
        ("pve-tag-list", "ok;bad tag!", "invalid characters in tag"),
        ("pve-hotplug-features", "disk,gpu", "invalid hotplug feature 'gpu'"),
    ],
)
def test_a_value_breaking_a_format_gets_proxmox_message(fmt: str, value: str, message: str) -> None:
    assert verify(fmt, value) == message


@pytest.mark.parametrize(
    ("fmt", "value"),
    [
        ("pve-vmid", "100"),
        ("pve-userid", "root@pam"),
        ("pve-tokenid", "root@pam!ci"),
        ("pve-poolid", "prod/web/eu"),
        ("CIDRv4", "10.0.0.0/8"),
        ("CIDRv6", "2001:db8::/64"),
        ("ip", "::ffff:10.0.0.1"),
        ("mac-addr", "BC:24:11:00:00:01"),
        ("disk-size", "1.5TiB"),
        ("pve-startup-order", "order=1,up=30"),
        ("pve-volume-id-or-qm-path", "cdrom"),
        ("pve-configid-list", "net0, ide2;scsi1"),
        ("pve-ipv4-config", "dhcp"),
        ("urlencoded", "ssh-ed25519%20AAAA"),
    ],
)
def test_a_valid_value_passes(fmt: str, value: str) -> None:
    assert verify(fmt, value) is None


def test_an_opt_format_lets_an_empty_value_pass() -> None:
    assert verify("pve-vmid-opt", "") is None
    assert verify("pve-vmid-opt", "1") == "value does not look like a valid VM ID"


def test_a_format_not_modelled_passes() -> None:
    # pve-network's WireGuard interface names: used by the 9.2 schema, not modelled yet
    assert "pve-sdn-fabric-wireguard-interface" not in FORMATS
    assert verify("pve-sdn-fabric-wireguard-interface", "not an interface!") is None


def test_lists_split_like_proxmox() -> None:
    assert split_list(" a,b;c  d ") == ["a", "b", "c", "d"]
    assert split_list("a b\0c") == ["a b", "c"]


def test_client_check_names_the_parameter_and_gives_proxmox_message() -> None:
    with pytest.raises(ValueError, match=r"^cidr: '10\.0\.0\.0/4': value does not look like a"):
        check("CIDR", "cidr", "10.0.0.0/4")


_CERT = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\nAAAA==\n-----END CERTIFICATE-----\n"


@pytest.mark.parametrize(
    ("fmt", "value", "message"),
    [
        # pve-firewall pve_verify_ip_or_cidr, pve_verify_ip_or_cidr_or_alias
        ("IPorCIDR", "host1", "value does not look like a valid IP address or CIDR network"),
        ("IPorCIDRorAlias", "1bad", "value does not look like a valid IP address or CIDR network"),
        # pve-firewall pve_fw_verify_conntrack_helper (a die without newline: Perl adds the place)
        ("pve-fw-conntrack-helper", "ftp,", "extraneous commas in list"),
        (
            "pve-fw-conntrack-helper",
            "ftp,http",
            "unknown helper http at /usr/share/perl5/PVE/Firewall.pm line 1167.",
        ),
        # pve-manager PVE::API2::Backup::verify_day_of_week
        ("pve-day-of-week-list", "mon,sunday", "invalid day 'sunday'"),
        # pve-ha-manager PVE::HA::Tools::pve_verify_ha_node
        ("pve-ha-node-list", "pve1:2,pve_2", "value does not look like a valid ha node"),
        # pve-guest-common PVE::ReplicationConfig::parse_replication_job_id
        ("pve-replication-job-id", "100", "invalid replication job id '100'"),
        (
            "pve-replication-job-id",
            "99-1",
            "invalid replication job id '99-1' (guest IDs < 100 are reserved)",
        ),
        # pve-storage verify_portal_dns (pve-common PVE::Tools::parse_host_and_port)
        (
            "pve-storage-portal-dns-list",
            "10.0.0.1 a:b",
            "value does not look like a valid portal address",
        ),
        # pve-storage PVE::Storage::ZFSPoolPlugin::verify_zfs_blocksize
        (
            "pve-storage-zfs-blocksize",
            "08k",
            "invalid ZFS blocksize format '08k'. Use a positive number "
            "(no leading zeros) with an optional 'k' or 'm' suffix.",
        ),
        (
            "pve-storage-zfs-blocksize",
            "32m",
            "value '32m' is not a valid ZFS blocksize. Must be a power of 2 "
            "between 512B and 16MiB (e.g., 4k, 8k, 16k, 64k, 1m).",
        ),
        # pve-network SubnetPlugin::parse_sdn_subnet_id, EvpnPlugin::pve_verify_sdn_bgp_rt,
        # PVE::Network::SDN::Fabrics
        ("pve-sdn-subnet-id", "zone1-10.0.0.0", "value does not look like a valid CIDR network"),
        (
            "pve-sdn-bgp-rt-list",
            "65000:4294967296",
            "value does not look like a valid bgp route-target",
        ),
        ("pve-sdn-fabric-id", "fabric-one", "Fabric ID 'fabric-one' contains illegal characters"),
        # pve-common PVE::JSONSchema::verify_ldap_simple_attr
        (
            "ldap-simple-attr-list",
            "uid,mail-x",
            "value 'mail-x' does not look like a simple ldap attribute name",
        ),
        # pve-manager PVE::Status::Graphite::pve_verify_graphite_path
        ("graphite-path", "a..b", "value does not look like a valid graphite path"),
        # pve-manager PVE::NodeConfig ('pve-acme-domain', 'pve-acme-alias')
        (
            "pve-acme-domain-list",
            "localhost",
            "value 'localhost' does not look like a valid domain name!",
        ),
        ("pve-acme-alias", "_acme", "value '_acme' does not look like a valid alias name!"),
        # pve-common PVE::Certificate::check_pem
        ("pem-certificate-chain", _CERT + "junk", "not a valid PEM-formatted string."),
        ("pem-string", "MIIBszCC", "not a valid PEM-formatted string."),
    ],
)
def test_a_service_format_gets_proxmox_message(fmt: str, value: str, message: str) -> None:
    assert verify(fmt, value) == message


@pytest.mark.parametrize(
    ("fmt", "value"),
    [
        ("IPorCIDR", "2001:db8::/64"),
        ("IPorCIDRorAlias", "guest/web_1"),
        ("pve-fw-conntrack-helper", "ftp,netbios-ns"),
        ("pve-day-of-week-list", "mon,tue;sun"),
        ("pve-ha-node-list", "pve1:2 pve2"),
        ("pve-replication-job-id", "100-3"),
        ("pve-storage-portal-dns-list", "10.0.0.1:6789;[::1]:6789,mon.example"),
        ("pve-storage-zfs-blocksize", "1M"),
        ("pve-storage-zfs-blocksize", "512"),
        ("pve-sdn-subnet-id", "zone1-2001:db8::-64"),
        ("pve-sdn-subnet-id", "10.0.0.0/24"),
        ("pve-sdn-bgp-rt-list", "65000:1,65000:2"),
        ("pve-sdn-fabric-id", "fab1"),
        ("ldap-simple-attr", "sAMAccountName"),
        ("graphite-path", "proxmox.pve"),
        ("pve-acme-domain-list", "pve.example.com;mail.example.com"),
        ("pve-acme-alias", "_acme-challenge.example.org"),
        ("pem-certificate-chain", _CERT + "\n" + _CERT),
        ("pem-string", "key:\n" + _CERT.replace("CERTIFICATE", "PRIVATE KEY")),
        ("email-opt", ""),
    ],
)
def test_a_value_in_a_service_format_passes(fmt: str, value: str) -> None:
    assert verify(fmt, value) is None


_NETBASE = pytest.mark.skipif(
    not (os.path.exists("/etc/services") and os.path.exists("/etc/protocols")),
    reason="service and protocol names come from the host's /etc/services and /etc/protocols",
)


@pytest.mark.parametrize(
    ("fmt", "value", "message"),
    [
        # pve-firewall parse_port_name_number_or_range (pve_fw_verify_sport_spec, _dport_spec)
        ("pve-fw-sport-spec", "80,", "extraneous commas in list"),
        ("pve-fw-sport-spec", "70000", "invalid port '70000'"),
        ("pve-fw-sport-spec", "1:65536", "invalid port '65536'"),
        (
            "pve-fw-dport-spec",
            "90:80",
            "backwards range '90:80' not allowed, did you mean '80:90'?",
        ),
        ("pve-fw-sport-spec", "echo-request", "invalid port 'echo-request'"),
        ("pve-fw-dport-spec", "no-such-service", "invalid port 'no-such-service'"),
        ("pve-fw-dport-spec", "echo-request,22", "ICMP ports not allowed in port range"),
        (
            "pve-fw-dport-spec",
            ",".join(str(port) for port in range(1, 17)),
            "too many entries in port list (> 15 numbers)",
        ),
        # pve-firewall pve_fw_verify_protocol_spec
        ("pve-fw-protocol-spec", "tcpx", "unknown protocol 'tcpx'"),
        # pve-firewall pve_fw_verify_icmp_type_spec
        ("pve-fw-icmp-type-spec", "8", "invalid icmp-type value '8'"),
    ],
)
@_NETBASE
def test_a_firewall_spec_gets_proxmox_message(fmt: str, value: str, message: str) -> None:
    assert verify(fmt, value) == message


@pytest.mark.parametrize(
    ("fmt", "value"),
    [
        ("pve-fw-sport-spec", "1024:65535"),
        ("pve-fw-dport-spec", "22,80:90,https"),
        ("pve-fw-dport-spec", "echo-request"),
        ("pve-fw-protocol-spec", "tcp"),
        ("pve-fw-protocol-spec", "17"),
        ("pve-fw-protocol-spec", "icmpv6"),
        ("pve-fw-icmp-type-spec", "neighbour-solicitation"),
    ],
)
@_NETBASE
def test_a_value_in_a_firewall_spec_passes(fmt: str, value: str) -> None:
    assert verify(fmt, value) is None


@pytest.mark.parametrize(
    ("fmt", "value", "message"),
    [
        # pve-storage verify_dir_override (and verify_content)
        ("pve-dir-override-list", "backup=dumps,iso=../isos", "invalid override 'iso=../isos'"),
        ("pve-dir-override", "backup=dumps.", "invalid override 'backup=dumps.'"),
        ("pve-dir-override", "video=clips", "invalid content type 'video'"),
        ("pve-dir-override", "iso=" + "a" * 255, "invalid override 'iso=" + "a" * 255 + "'"),
        # pve-network PVE::Network::SDN::Controllers::IsisPlugin::pve_verify_sdn_isis_net
        ("pve-sdn-isis-net", "49.0001.00", "value does not look like a valid isis net"),
    ],
)
def test_a_storage_or_sdn_format_gets_proxmox_message(fmt: str, value: str, message: str) -> None:
    assert verify(fmt, value) == message


@pytest.mark.skipif(
    not os.path.exists("/usr/share/zoneinfo/zone.tab"),
    reason="time zones come from the host's zone.tab, as pve-common reads them",
)
def test_a_container_time_zone_is_one_of_zone_tab() -> None:
    """pve-container verify_ct_timezone over pve-common pve_verify_timezone."""
    assert verify("pve-ct-timezone", "Europe/Vienna") is None
    assert verify("pve-ct-timezone", "host") is None
    assert verify("pve-ct-timezone", "UTC") is None
    assert verify("pve-ct-timezone", "Mars/Base") == "invalid time zone 'Mars/Base'"


@pytest.mark.parametrize(
    ("fmt", "value"),
    [
        ("pve-dir-override-list", "backup=dumps,iso=.isos/linux"),
        ("pve-sdn-isis-net", "49.0001.1921.6800.1002.00"),
    ],
)
def test_a_value_in_a_storage_or_sdn_format_passes(fmt: str, value: str) -> None:
    assert verify(fmt, value) is None


@pytest.mark.parametrize(
    ("value", "message"),
    [
        # pve-firewall parse_address_list
        ("10.0.0.1,", "extraneous commas in list"),
        ("10.0.0.1,::1", "detected mixed ipv4/ipv6 addresses in address list '10.0.0.1,::1'"),
        ("10.0.0.1-10.0.0.9,10.0.1.1", "you can't use a range in a list"),
        ("+" + "s" * 65, "ipset name too long"),
        ("dc/" + "a" * 62, "alias name too long"),
        # ... and the Net::IP error it carries
        ("web server", "invalid IP address: Invalid chars in IP web server"),
        ("10.0.0.256", "invalid IP address: Invalid quad in IP address 10.0.0.256 - 256"),
        ("10.0.0.0/33", "invalid IP address: Prefix length 33 is longer than IP address (32)"),
        (
            "10.0.0.1/24",
            "invalid IP address: Invalid prefix 00001010000000000000000000000001/24",
        ),
        (
            "10.0.0.9-10.0.0.1",
            "invalid IP address: Begin address is greater than End address 10.0.0.9 - 10.0.0.1",
        ),
        (
            "10.0.0.1-5",
            "invalid IP address: Begin address is greater than End address 10.0.0.1 - 5.0.0.0",
        ),
        (
            "10.0.0.1-::1",
            "invalid IP address: Not a valid IPv4 address ::1",
        ),
        (
            "2001:db8:::1",
            "invalid IP address: Invalid address 2001:db8:::1 (More than one :: pattern)",
        ),
        ("1:2:3:4:5:6:7", "invalid IP address: Invalid number of octets 1:2:3:4:5:6:7"),
        ("2001:db8::g", "invalid IP address: Invalid IP address 2001:db8::g"),
    ],
)
def test_a_firewall_address_list_gets_proxmox_message(value: str, message: str) -> None:
    assert verify("pve-fw-addr-spec", value) == message


@pytest.mark.parametrize(
    "value",
    [
        "10.0.0.1",
        "192.168.0.0/16",
        "10.0.0.1,10.0.0.2,172.16.0.0/12",
        "10.0.0.1-10.0.0.50",
        "2001:db8::/32",
        "2001:db8::1,fe80::1",
        "::ffff:192.0.2.1",
        "10.0/16",  # Net::IP fills missing quads with zeros
        "office",
        "dc/office_net",
        "guest/web-1",
        "+trusted",
        "+dc/trusted",
        "+guest/local-set",
    ],
)
def test_a_firewall_address_list_passes(value: str) -> None:
    assert verify("pve-fw-addr-spec", value) is None


def _calendar_refusal(value: str, where: str, why: str) -> str:
    return (
        f"invalid calendar event '{value}' - unable to parse calendar event at '{where}' - {why}\n"
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [
        # pve-common test/calendar_event_test.pl's refused events, as proxmox-time refuses them
        ("61", _calendar_refusal("61", "61", 'Context("date or time specification")')),
        ("*/61", _calendar_refusal("*/61", "*/61", 'Context("date or time specification")')),
        ("0..80", _calendar_refusal("0..80", "..80", "Nom(Eof)")),
        (" mon 0 0 0", _calendar_refusal(" mon 0 0 0", " 0 0", "Nom(Eof)")),
        (" mon 0 0", _calendar_refusal(" mon 0 0", " 0", "Nom(Eof)")),
        ("", "invalid calendar event '' - unable to parse calendar event - event is empty\n"),
        ("  ", "invalid calendar event '  ' - unable to parse calendar event - event is empty\n"),
        ("every tuesday", _calendar_refusal("every tuesday", "every", 'Context("weekday")')),
        ("daily 02:00", _calendar_refusal("daily 02:00", "daily", 'Context("weekday")')),
        ("mon,xyz", _calendar_refusal("mon,xyz", ",xyz", "Nom(Eof)")),
        ("2:30pm", _calendar_refusal("2:30pm", "pm", "Nom(Eof)")),
        ("25:61", _calendar_refusal("25:61", ":61", "Nom(Eof)")),
        ("UTC", _calendar_refusal("UTC", "", 'Context("date or time specification")')),
        ("5..3", _calendar_refusal("5..3", "5..3", 'Context("date or time specification")')),
    ],
)
def test_a_calendar_event_gets_proxmox_message(value: str, message: str) -> None:
    assert verify("pve-calendar-event", value) == message


@pytest.mark.parametrize(
    "value",
    [
        # pve-common test/calendar_event_test.pl's parsed events
        "*", "*/10", "*/12:0", "1/12:0/15", "1,4,6", "0..3", "23..23:0..3", "Mon", "sat..sun",
        "sun..sat", "Fri..Mon", "wed,mon..tue,fri", "mon */15", "22/1:0", "*/2:*", "20..22:*/30",
        "0,1,3..5", "2,4:0,1,3..5", "mon..fri", "mon..fri UTC",
        # the named events, weekdays written out, dates (proxmox-time's own tests and docs)
        "minutely", "hourly", "daily", "weekly", "monthly", "yearly", "annually", "quarterly",
        "semiannually", "semi-annually", "daily UTC", "monday,Wednesday..friday 21:00",
        "sat 18:15", "mon..fri 02:30", "2:30", "*:0/5", "12:05:30", "*-*-01 00:00",
        "2024-12-24", "12-24 18:00", "*-1..6-1/7 04:00", "2025-*-* 00:00:00", " daily ",
        "24:00",  # no hour 24: proxmox-time reads minute 24, second 0
        # proxmox-time src/test.rs
        "0", "*:*:*", "*:3:5", "mon *:*", "mon 2:*", "4..10/2:0", "5,10:4,8", "6,4..10:23,5/5",
        "4..10,6:5/5,23", "5/2:0", "1:0", "2020-07-31", "02-28", "02-29", "1965/5-01-01",
        "2020-7..9-2/2", "2020,2021-12-31", "2021-02-29", "02-30", "mon,wed..fri", "fri..mon",
        "MON", "monDay", "Tuesday", "mon,tue..wednesday,fri..sat",
    ],
)  # fmt: skip
def test_a_calendar_event_passes(value: str) -> None:
    assert verify("pve-calendar-event", value) is None


_BATCH_INVALID = "commands is not a valid array of commands: 400 Parameter verification failed.\n"
_NODES_PM = "at /usr/share/perl5/PVE/API2/Nodes.pm line 99."


@pytest.mark.parametrize(
    ("value", "message"),
    [
        # pve-manager verify_command_batch: pve-common validate's exception as Perl prints it
        ("{}", _BATCH_INVALID + "_root: type check ('array') failed"),
        ("null", _BATCH_INVALID + "_root: property is missing and it is not optional"),
        ('["/version"]', _BATCH_INVALID + "[0]: type check ('object') failed"),
        (
            '[{"path": "/version"}]',
            _BATCH_INVALID + "[0].method: property is missing and it is not optional",
        ),
        (
            '[{"path": "/version", "method": "get"}]',
            _BATCH_INVALID + "[0].method: value does not match the regex pattern",
        ),
        (
            '[{"path": ["/version"], "method": "GET", "args": "vmid=100"}]',
            _BATCH_INVALID
            + "[0].args: type check ('object') failed\n"
            + "[0].path: type check ('string') failed - got ARRAY",
        ),
        # JSON::XS' decode_json, croaking at the line that calls it
        (
            "",
            "commands param did not contain valid JSON: malformed JSON string, neither tag, array,"
            ' object, number, string or atom, at character offset 0 (before "(end of string)") '
            + _NODES_PM,
        ),
        (
            "GET /version",
            "commands param did not contain valid JSON: malformed JSON string, neither tag, array,"
            ' object, number, string or atom, at character offset 0 (before "GET /version") '
            + _NODES_PM,
        ),
        (
            '[{"path": "/version", "method": "GET"}',
            "commands param did not contain valid JSON: , or ] expected while parsing array,"
            ' at character offset 38 (before "(end of string)") ' + _NODES_PM,
        ),
        (
            "[] []",
            "commands param did not contain valid JSON: garbage after JSON object,"
            ' at character offset 3 (before "[]") ' + _NODES_PM,
        ),
    ],
)
def test_a_command_batch_gets_proxmox_message(value: str, message: str) -> None:
    assert verify("pve-command-batch", value) == message


@pytest.mark.parametrize(
    "value",
    [
        "[]",
        '[{"path": "/version", "method": "GET"}]',
        '[{"path": "qemu/100/status/start", "method": "POST", "args": {}, "note": 1},'
        ' {"path": 5, "method": "DELETE", "args": null}]',
    ],
)
def test_a_command_batch_passes(value: str) -> None:
    assert verify("pve-command-batch", value) is None


def test_a_mac_prefix_is_the_start_of_a_unicast_address() -> None:
    """pve-cluster src/test/test_mac_prefix.pl: every start of ``00:00:00:00:00:00`` from two to
    ten characters is a prefix, nothing shorter or longer; the unicast bit must be clear."""
    full = "00:00:00:00:00:00"
    message = "value is not a valid unicast MAC address prefix"
    for length in range(len(full) + 1):
        expected = None if 2 <= length <= 10 else message
        assert verify("mac-prefix", full[:length]) == expected, full[:length]
    for unicast in ("00", "02", "04", "06", "08", "0a", "0c", "0e", "BC:24:11", "bc:24:11:f"):
        assert verify("mac-prefix", unicast if ":" in unicast else unicast + ":00:00") is None
    for multicast in ("01", "03", "05", "07", "09", "0b", "0d", "0f"):
        assert verify("mac-prefix", multicast + ":00:00") == message
    assert verify("mac-prefix", "bc:24:11:0g") == message


@pytest.mark.parametrize(
    ("fmt", "value", "message"),
    [
        # pve-network PVE::Network::SDN::PrefixLists ('pve-sdn-prefix-list-id')
        (
            "pve-sdn-prefix-list-id",
            "only_default_v6",
            "prefix list ID 'only_default_v6' is currently reserved and cannot be used",
        ),
        (
            "pve-sdn-prefix-list-id",
            "bad.name",
            "prefix list ID 'bad.name' contains illegal characters",
        ),
        (
            "pve-sdn-prefix-list-id",
            "p" * 33,
            f"prefix list ID '{'p' * 33}' contains illegal characters",
        ),
        # pve-network PVE::Network::SDN::RouteMaps ('pve-sdn-route-map-id')
        (
            "pve-sdn-route-map-id",
            "pve_evpn_in",
            "route map ID 'pve_evpn_in' is currently reserved and cannot be used",
        ),
        (
            "pve-sdn-route-map-id",
            "MAP_VTEP_OUT",
            "route map ID 'MAP_VTEP_OUT' is currently reserved and cannot be used",
        ),
        ("pve-sdn-route-map-id", "-in", "route map ID '-in' contains illegal characters"),
        # FullRangeCIDR: a CIDR network with any prefix length
        ("FullRangeCIDR", "10.0.0.1", "value does not look like a valid CIDR network"),
        ("FullRangeCIDR", "10.0.0.0/33", "value does not look like a valid CIDR network"),
        ("FullRangeCIDR", "2001:db8::/129", "value does not look like a valid CIDR network"),
    ],
)
def test_an_sdn_policy_format_gets_proxmox_message(fmt: str, value: str, message: str) -> None:
    assert verify(fmt, value) == message


@pytest.mark.parametrize(
    ("fmt", "value"),
    [
        ("pve-sdn-prefix-list-id", "p"),
        ("pve-sdn-prefix-list-id", "only_default2"),
        ("pve-sdn-prefix-list-id", "Loopbacks-v4_" + "x" * 19),
        ("pve-sdn-route-map-id", "rm_in-1"),
        ("pve-sdn-route-map-id", "PVE_in"),  # the reserved prefix is lower case
        ("FullRangeCIDR", "0.0.0.0/0"),
        ("FullRangeCIDR", "::/0"),
        ("FullRangeCIDR", "192.0.2.0/24"),
        ("FullRangeCIDR", "2001:db8::/128"),
    ],
)
def test_a_value_in_an_sdn_policy_format_passes(fmt: str, value: str) -> None:
    assert verify(fmt, value) is None
