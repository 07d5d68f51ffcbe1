"""Named formats of the firewall, backup, HA, replication, storage, SDN, realm, metrics and
certificate parameters, refused through the mock server with Proxmox's message (a 400
``Parameter verification failed.``). Each row cites the Proxmox function carrying the rule."""

from __future__ import annotations

import os
from typing import Any

import pytest

from pvesdk_server.engine import Engine

TOKEN = "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"


@pytest.fixture
def engine() -> Engine:
    return Engine(task_seconds=0)


def field_error(engine: Engine, method: str, path: str, field: str, value: str) -> str | None:
    if path.endswith("/execute"):
        # `user == root@pam` only (pve-manager Nodes.pm execute): a token of root is another
        # user, refused before its parameters are read
        ticket, csrf = engine.issue_ticket("root@pam")
        reply = engine.handle(method, path, {field: [value]}, ticket=ticket, csrf=csrf)
    else:
        reply = engine.handle(method, path, {field: [value]}, authorization=TOKEN)
    errors: dict[str, Any] = reply.errors or {}
    if field not in errors:
        return None
    assert reply.status == 400
    assert reply.reason == "Parameter verification failed."
    return str(errors[field])


@pytest.mark.parametrize(
    ("method", "path", "field", "value", "message"),
    [
        # pve-firewall pve_verify_ip_or_cidr
        (
            "POST",
            "/cluster/firewall/aliases",
            "cidr",
            "web-server",
            "value does not look like a valid IP address or CIDR network",
        ),
        # pve-firewall pve_verify_ip_or_cidr_or_alias
        (
            "POST",
            "/cluster/firewall/ipset/trusted",
            "cidr",
            "1host",
            "value does not look like a valid IP address or CIDR network",
        ),
        # pve-firewall pve_fw_verify_conntrack_helper
        (
            "PUT",
            "/nodes/pve1/firewall/options",
            "nf_conntrack_helpers",
            "ftp,http",
            "unknown helper http at /usr/share/perl5/PVE/Firewall.pm line 1167.",
        ),
        # pve-firewall parse_port_name_number_or_range, pve_fw_verify_protocol_spec,
        # pve_fw_verify_icmp_type_spec
        (
            "POST",
            "/cluster/firewall/rules",
            "dport",
            "90:80",
            ("backwards range '90:80' not allowed, did you mean '80:90'?"),
        ),
        ("POST", "/cluster/firewall/rules", "sport", "70000", "invalid port '70000'"),
        ("POST", "/cluster/firewall/rules", "proto", "tcpx", "unknown protocol 'tcpx'"),
        ("POST", "/cluster/firewall/rules", "icmp-type", "8", "invalid icmp-type value '8'"),
        # pve-manager PVE::API2::Backup::verify_day_of_week
        ("POST", "/cluster/backup", "dow", "mon,sunday", "invalid day 'sunday'"),
        # pve-ha-manager PVE::HA::Tools::pve_verify_ha_node
        (
            "POST",
            "/cluster/ha/groups",
            "nodes",
            "pve1:2,pve_2",
            "value does not look like a valid ha node",
        ),
        # pve-guest-common PVE::ReplicationConfig::parse_replication_job_id
        (
            "POST",
            "/cluster/replication",
            "id",
            "99-0",
            "invalid replication job id '99-0' (guest IDs < 100 are reserved)",
        ),
        # pve-storage verify_portal_dns
        (
            "POST",
            "/storage",
            "portal",
            "iscsi host",
            "value does not look like a valid portal address",
        ),
        (
            "POST",
            "/storage",
            "monhost",
            "10.0.0.1 mon_2!",
            "value does not look like a valid portal address",
        ),
        # pve-storage PVE::Storage::ZFSPoolPlugin::verify_zfs_blocksize
        (
            "POST",
            "/storage",
            "blocksize",
            "3k",
            "value '3k' is not a valid ZFS blocksize. Must be a power of 2 "
            "between 512B and 16MiB (e.g., 4k, 8k, 16k, 64k, 1m).",
        ),
        # pve-storage verify_dir_override
        ("POST", "/storage", "content-dirs", "iso=../isos", "invalid override 'iso=../isos'"),
        # pve-network PVE::Network::SDN::Controllers::IsisPlugin::pve_verify_sdn_isis_net
        (
            "POST",
            "/cluster/sdn/controllers",
            "isis-net",
            "49.0001.00",
            "value does not look like a valid isis net",
        ),
        # pve-network PVE::Network::SDN::Zones::EvpnPlugin::pve_verify_sdn_bgp_rt
        (
            "POST",
            "/cluster/sdn/zones",
            "rt-import",
            "65000:1,65000",
            "value does not look like a valid bgp route-target",
        ),
        # pve-network PVE::Network::SDN::Fabrics ('pve-sdn-fabric-id')
        (
            "POST",
            "/cluster/sdn/controllers",
            "fabric",
            "fabric_1",
            "Fabric ID 'fabric_1' contains illegal characters",
        ),
        # pve-common PVE::JSONSchema::verify_ldap_simple_attr
        (
            "POST",
            "/access/domains",
            "user_classes",
            "inetOrgPerson,posix-account",
            "value 'posix-account' does not look like a simple ldap attribute name",
        ),
        # pve-manager PVE::Status::Graphite::pve_verify_graphite_path
        (
            "POST",
            "/cluster/metrics/server/graphite1",
            "path",
            "proxmox..pve",
            "value does not look like a valid graphite path",
        ),
        # pve-common PVE::Certificate::check_pem
        (
            "POST",
            "/nodes/pve1/certificates/custom",
            "certificates",
            "MIIBszCCAVmgAwIBAgIU",
            "not a valid PEM-formatted string.",
        ),
        # pve-firewall pve_fw_verify_addr_spec (parse_address_list, Net::IP's reason)
        (
            "POST",
            "/cluster/firewall/rules",
            "source",
            "10.0.0.1,2001:db8::1",
            "detected mixed ipv4/ipv6 addresses in address list '10.0.0.1,2001:db8::1'",
        ),
        (
            "POST",
            "/nodes/pve1/qemu/100/firewall/rules",
            "dest",
            "192.168.1.1/24",
            "invalid IP address: Invalid prefix 11000000101010000000000100000001/24",
        ),
        # pve-common pve_verify_calendar_event (proxmox-time's parser; two newlines)
        (
            "POST",
            "/cluster/backup",
            "schedule",
            "every tuesday",
            "invalid calendar event 'every tuesday' - "
            "unable to parse calendar event at 'every' - Context(\"weekday\")\n",
        ),
        (
            "POST",
            "/cluster/replication",
            "schedule",
            "*/90",
            "invalid calendar event '*/90' - "
            "unable to parse calendar event at '*/90' - "
            'Context("date or time specification")\n',
        ),
        # pve-manager PVE::API2::Nodes::verify_command_batch
        (
            "POST",
            "/nodes/pve1/execute",
            "commands",
            '[{"path": "/version", "method": "HEAD"}]',
            "commands is not a valid array of commands: 400 Parameter verification failed.\n"
            "[0].method: value does not match the regex pattern",
        ),
        # pve-cluster PVE::DataCenterConfig::pve_verify_mac_prefix
        (
            "PUT",
            "/cluster/options",
            "mac_prefix",
            "BD:24:11",
            "value is not a valid unicast MAC address prefix",
        ),
        # pve-network PVE::Network::SDN::PrefixLists, RouteMaps
        (
            "POST",
            "/cluster/sdn/prefix-lists",
            "id",
            "loopbacks_ips",
            "prefix list ID 'loopbacks_ips' is currently reserved and cannot be used",
        ),
        (
            "POST",
            "/cluster/sdn/route-maps/entries",
            "route-map-id",
            "MAP_VTEP_IN",
            "route map ID 'MAP_VTEP_IN' is currently reserved and cannot be used",
        ),
        (
            "POST",
            "/cluster/sdn/controllers",
            "route-map-in",
            "in.map",
            "route map ID 'in.map' contains illegal characters",
        ),
        # FullRangeCIDR (SDN prefix list entries)
        (
            "POST",
            "/cluster/sdn/prefix-lists/pl1/entries",
            "prefix",
            "10.0.0.0/40",
            "value does not look like a valid CIDR network",
        ),
    ],
)
def test_a_value_breaking_the_format_is_refused_with_proxmox_message(
    engine: Engine, method: str, path: str, field: str, value: str, message: str
) -> None:
    assert field_error(engine, method, path, field, value) == f"invalid format - {message}\n"


@pytest.mark.parametrize(
    ("method", "path", "field", "value"),
    [
        ("POST", "/cluster/firewall/aliases", "cidr", "10.0.0.0/24"),
        ("POST", "/cluster/firewall/ipset/trusted", "cidr", "dc/office"),
        ("PUT", "/nodes/pve1/firewall/options", "nf_conntrack_helpers", "ftp,tftp"),
        ("POST", "/cluster/firewall/rules", "dport", "22,8000:8080"),
        ("POST", "/cluster/firewall/rules", "proto", "17"),
        ("POST", "/cluster/firewall/rules", "icmp-type", "echo-request"),
        ("POST", "/cluster/backup", "dow", "mon,sat"),
        ("POST", "/cluster/ha/groups", "nodes", "pve1:2,pve2"),
        ("POST", "/cluster/replication", "id", "100-0"),
        ("POST", "/storage", "portal", "[2001:db8::1]:3260"),
        ("POST", "/storage", "blocksize", "16k"),
        ("POST", "/cluster/sdn/zones", "rt-import", "65000:1,65000:2"),
        ("POST", "/access/domains", "user_classes", "inetOrgPerson,posixAccount"),
        ("POST", "/cluster/metrics/server/graphite1", "path", "proxmox.pve"),
        ("POST", "/cluster/firewall/rules", "source", "10.0.0.0/8,192.168.0.0/16"),
        ("POST", "/nodes/pve1/qemu/100/firewall/rules", "dest", "2001:db8::1-2001:db8::9"),
        ("POST", "/cluster/backup", "schedule", "mon..fri 02:30"),
        ("POST", "/cluster/replication", "schedule", "*/15"),
        ("POST", "/nodes/pve1/execute", "commands", '[{"path": "/version", "method": "GET"}]'),
        ("PUT", "/cluster/options", "mac_prefix", "BC:24:11:A"),
        ("POST", "/cluster/sdn/prefix-lists", "id", "only_default_v4"),
        ("POST", "/cluster/sdn/route-maps/entries", "route-map-id", "rm-in_1"),
        ("POST", "/cluster/sdn/prefix-lists/pl1/entries", "prefix", "::/0"),
    ],
)
def test_a_value_in_the_format_passes_its_check(
    engine: Engine, method: str, path: str, field: str, value: str
) -> None:
    assert field_error(engine, method, path, field, value) is None


@pytest.mark.skipif(
    not os.path.exists("/usr/share/zoneinfo/zone.tab"),
    reason="time zones come from the host's zone.tab, as pve-common reads them",
)
def test_a_container_time_zone_outside_zone_tab_is_refused(engine: Engine) -> None:
    """pve-container verify_ct_timezone over pve-common pve_verify_timezone."""
    message = field_error(engine, "POST", "/nodes/pve1/lxc", "timezone", "Mars/Base")
    assert message == "invalid format - invalid time zone 'Mars/Base'\n"
    assert field_error(engine, "POST", "/nodes/pve1/lxc", "timezone", "Europe/Vienna") is None


@pytest.mark.parametrize(
    ("method", "path", "field", "value", "message"),
    [
        # pve-guest-common PVE::VZDump::Common::verify_backup_fleecing
        (
            "POST",
            "/cluster/backup",
            "fleecing",
            "1",
            "'storage' parameter is required when 'enabled' is set\n",
        ),
        # pve-guest-common PVE::VZDump::Common ('backup-performance')
        (
            "POST",
            "/cluster/backup",
            "performance",
            "max-workers=0",
            "format error\nperformance.max-workers: value must have a minimum value of 1\n",
        ),
        # pve-storage PVE::Storage::Plugin::validate_prune_backups
        (
            "POST",
            "/cluster/backup",
            "prune-backups",
            "keep-all=1,keep-last=2",
            "keep-all cannot be set together with other options.\n",
        ),
        (
            "POST",
            "/cluster/backup",
            "prune-backups",
            "keep-weekly=2,keep-forever=1",
            "invalid key in comma-separated list property: keep-forever\n",
        ),
        # pve-access-control PVE::Auth::Plugin ('realm-sync-options')
        (
            "POST",
            "/access/domains",
            "sync-defaults-options",
            "remove-vanished=all",
            "format error\nsync-defaults-options.remove-vanished: "
            "value does not match the regex pattern\n",
        ),
    ],
)
def test_a_property_string_format_is_refused_with_proxmox_message(
    engine: Engine, method: str, path: str, field: str, value: str, message: str
) -> None:
    assert field_error(engine, method, path, field, value) == f"invalid format - {message}"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("fleecing", "1,storage=local"),
        ("performance", "max-workers=4,pbs-entries-max=2097152"),
        ("prune-backups", "keep-all=1,keep-last=0"),
        ("prune-backups", "keep-daily=7,keep-weekly=4"),
    ],
)
def test_a_valid_backup_property_string_passes(engine: Engine, field: str, value: str) -> None:
    assert field_error(engine, "POST", "/cluster/backup", field, value) is None


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        # qemu-server PVE::QemuServer::CPUConfig ($sev_fmt)
        ("amd-sev", "allow-smt=1", "amd-sev.type: property is missing and it is not optional"),
        (
            "amd-sev",
            "sev",
            "amd-sev.type: value 'sev' does not have a value in the enumeration 'std, es, snp'",
        ),
        # qemu-server PVE::QemuServer::CPUConfig ($tdx_fmt)
        (
            "intel-tdx",
            "tdx",
            "intel-tdx.attestation: property is missing and it is not optional",
        ),
        (
            "intel-tdx",
            "tdx,attestation=1,vsock-cid=1",
            "intel-tdx.vsock-cid: value must have a minimum value of 2",
        ),
    ],
)
def test_a_confidential_computing_setting_is_checked_key_by_key(
    engine: Engine, field: str, value: str, message: str
) -> None:
    error = field_error(engine, "PUT", "/nodes/pve1/qemu/100/config", field, value)
    assert error == f"invalid format - format error\n{message}\n"


@pytest.mark.parametrize(
    ("field", "value"),
    [("amd-sev", "type=snp,allow-smt=0"), ("intel-tdx", "tdx,attestation=0,vsock-port=4050")],
)
def test_a_valid_confidential_computing_setting_passes_its_format(
    engine: Engine, field: str, value: str
) -> None:
    assert field_error(engine, "PUT", "/nodes/pve1/qemu/100/config", field, value) is None


@pytest.mark.parametrize(
    ("path", "field", "value", "message"),
    [
        # pve-access-control PVE::Auth::Plugin ($tfa_format)
        (
            "/access/domains",
            "tfa",
            "digits=6",
            "tfa.type: property is missing and it is not optional",
        ),
        (
            "/access/domains",
            "tfa",
            "type=oath,digits=9",
            "tfa.digits: value must have a maximum value of 8",
        ),
        # pve-common PVE::JSONSchema ($remote_format)
        (
            "/nodes/pve1/qemu/100/remote_migrate",
            "target-endpoint",
            "host=10.0.0.2",
            "target-endpoint.apitoken: property is missing and it is not optional",
        ),
        # pve-network PVE::Network::SDN::SubnetPlugin ($dhcp_range_fmt)
        (
            "/cluster/sdn/vnets/v1/subnets",
            "dhcp-range",
            "start-address=10.0.0.10",
            "dhcp-range.end-address: property is missing and it is not optional",
        ),
    ],
)
def test_a_required_key_or_bound_of_a_property_string_format_is_checked(
    engine: Engine, path: str, field: str, value: str, message: str
) -> None:
    error = field_error(engine, "POST", path, field, value)
    assert error == f"invalid format - format error\n{message}\n"


@pytest.mark.parametrize(
    ("path", "field", "value"),
    [
        ("/access/domains", "tfa", "type=oath,step=30,digits=8"),
        (
            "/nodes/pve1/qemu/100/remote_migrate",
            "target-endpoint",
            "host=10.0.0.2,port=8006,apitoken=PVEAPIToken=root@pam!mig=00000000-0000",
        ),
        (
            "/cluster/sdn/vnets/v1/subnets",
            "dhcp-range",
            "start-address=10.0.0.10,end-address=10.0.0.20",
        ),
    ],
)
def test_a_complete_property_string_format_passes(
    engine: Engine, path: str, field: str, value: str
) -> None:
    assert field_error(engine, "POST", path, field, value) is None


def test_the_typed_client_meets_the_formats_refusals_and_their_stored_values() -> None:
    """Through PveClient: each refusal is a ParameterError naming the parameter with Proxmox's
    message, and the valid value is taken and stored."""
    from pvesdk import ParameterError, PveClient
    from pvesdk.auth import TicketAuth
    from pvesdk.transports.mock import MockTransport

    client = PveClient(transport=MockTransport(auth=TicketAuth("root@pam", "pvesdk")))
    cluster = client.cluster

    with pytest.raises(ParameterError) as err:
        cluster.backup.post(id="nightly", schedule="daily 02:00", all=True)
    assert err.value.errors == {
        "schedule": "invalid format - invalid calendar event 'daily 02:00' - "
        "unable to parse calendar event at 'daily' - Context(\"weekday\")"
    }
    cluster.backup.post(id="nightly", schedule="sat 02:00", all=True)
    assert cluster.backup.id("nightly").get().schedule == "sat 02:00"

    with pytest.raises(ParameterError) as err:
        cluster.options.put(mac_prefix="BC:24:11:00")
    assert err.value.errors == {
        "mac_prefix": "invalid format - value is not a valid unicast MAC address prefix"
    }
    cluster.options.put(mac_prefix="BC:24:11:0")
    assert cluster.options.get()["mac_prefix"] == "BC:24:11:0"

    with pytest.raises(ParameterError) as err:
        cluster.firewall.rules.post(type="in", action="ACCEPT", source="10.0.0.1-10.0.0.9,10.1.0.1")
    assert err.value.errors == {"source": "invalid format - you can't use a range in a list"}
    cluster.firewall.rules.post(type="in", action="ACCEPT", source="10.0.0.1-10.0.0.9")
    assert cluster.firewall.rules.get()[0].source == "10.0.0.1-10.0.0.9"

    with pytest.raises(ParameterError) as err:
        client.nodes.node("pve1").execute.post(commands='{"path": "/version"}')
    assert err.value.errors == {
        "commands": "invalid format - commands is not a valid array of commands: "
        "400 Parameter verification failed.\n_root: type check ('array') failed"
    }
    assert client.nodes.node("pve1").execute.post(commands="[]") == []

    with pytest.raises(ParameterError) as err:
        cluster.sdn.prefix_lists.post(id="only_default")
    assert err.value.errors == {
        "id": "invalid format - prefix list ID 'only_default' is currently reserved and cannot "
        "be used"
    }
    cluster.sdn.prefix_lists.post(id="pl1")
    with pytest.raises(ParameterError) as err:
        cluster.sdn.prefix_lists.id("pl1").entries.post(prefix="10.0.0.1", action="permit")
    assert err.value.errors == {
        "prefix": "invalid format - value does not look like a valid CIDR network"
    }
    cluster.sdn.prefix_lists.id("pl1").entries.post(prefix="0.0.0.0/0", action="permit")

    with pytest.raises(ParameterError) as err:
        cluster.sdn.route_maps.entries.post(route_map_id="pve_rm", order=1, action="permit")
    assert err.value.errors == {
        "route-map-id": "invalid format - route map ID 'pve_rm' is currently reserved and "
        "cannot be used"
    }
    cluster.sdn.route_maps.entries.post(route_map_id="rm1", order=1, action="permit")
