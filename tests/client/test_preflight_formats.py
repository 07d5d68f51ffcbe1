"""The client's pre-flight checks of the service formats (pve-firewall, pve-storage, pve-network,
pve-manager, pve-guest-common, pve-common ``PVE::Certificate``, LDAP attributes): a value
Proxmox would refuse raises ``ValueError`` with Proxmox's message before any request leaves."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import respx

from pvesdk import PveClient
from pvesdk._generated.propstr.acmedomain import Acmedomain

Call = Callable[[PveClient], Any]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        # pve-firewall pve_verify_ip_or_cidr
        (
            lambda c: c.cluster.firewall.aliases.post(cidr="web-server", name="web"),
            "cidr: 'web-server': value does not look like a valid IP address or CIDR network",
        ),
        # pve-firewall pve_verify_ip_or_cidr_or_alias
        (
            lambda c: c.cluster.firewall.ipset.name("trusted").post(cidr="1host"),
            "cidr: '1host': value does not look like a valid IP address or CIDR network",
        ),
        # pve-firewall pve_fw_verify_icmp_type_spec
        (
            lambda c: c.cluster.firewall.rules.post(action="ACCEPT", type="in", icmp_type="8"),
            "icmp-type: '8': invalid icmp-type value '8'",
        ),
        # pve-storage PVE::Storage::ZFSPoolPlugin::verify_zfs_blocksize
        (
            lambda c: c.storage.post(storage="tank", type="zfs", blocksize="3k"),
            "blocksize: '3k': value '3k' is not a valid ZFS blocksize.",
        ),
        # pve-storage verify_portal_dns
        (
            lambda c: c.storage.post(storage="san", type="iscsi", portal="a b"),
            "portal: 'a b': value does not look like a valid portal address",
        ),
        # pve-manager PVE::Status::Graphite::pve_verify_graphite_path
        (
            lambda c: c.cluster.metrics.server.id("g").post(
                type="graphite", server="10.0.0.1", port=2003, path="a..b"
            ),
            "path: 'a..b': value does not look like a valid graphite path",
        ),
        # pve-network PVE::Network::SDN::Controllers::IsisPlugin::pve_verify_sdn_isis_net
        (
            lambda c: c.cluster.sdn.controllers.post(
                controller="isis1", type="isis", isis_net="49.0001.00"
            ),
            "isis-net: '49.0001.00': value does not look like a valid isis net",
        ),
        # pve-common PVE::Certificate::check_pem
        (
            lambda c: c.nodes.node("pve1").certificates.custom.post(certificates="MIIB"),
            "certificates: 'MIIB': not a valid PEM-formatted string.",
        ),
    ],
)
def test_a_value_breaking_a_service_format_never_leaves_the_client(
    client: PveClient, api: respx.MockRouter, call: Call, message: str
) -> None:
    with pytest.raises(ValueError) as raised:
        call(client)
    assert str(raised.value).startswith(message)
    assert not api.calls


def test_an_acme_domain_property_string_is_checked() -> None:
    """pve-manager PVE::NodeConfig ('pve-acme-domain')."""
    with pytest.raises(ValueError, match="value 'localhost' does not look like a valid domain"):
        Acmedomain(domain="localhost")
    assert Acmedomain(domain="pve.example.com").domain == "pve.example.com"
