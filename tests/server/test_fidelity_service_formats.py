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
