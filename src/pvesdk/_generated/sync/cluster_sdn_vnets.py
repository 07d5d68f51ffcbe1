# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``cluster_sdn_vnets`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import checked as _checked
from pvesdk._runtime import join as _join
from pvesdk._runtime import segment as _segment
from pvesdk._runtime import sequence as _sequence

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.cluster_sdn_vnets.cluster_sdn_vnets_firewall_options_get import (
        ClusterSdnVnetsFirewallOptionsGetResult,
    )
    from ..models.cluster_sdn_vnets.cluster_sdn_vnets_get import (
        ClusterSdnVnetsGetResultItem,
    )
    from ..models.cluster_sdn_vnets.cluster_sdn_vnets_vnet_firewall_rules_get import (
        ClusterSdnVnetsVnetFirewallRulesGetResultItem,
    )
    from ..models.cluster_sdn_vnets.cluster_sdn_vnets_vnet_firewall_rules_pos_get import (
        ClusterSdnVnetsVnetFirewallRulesPosGetResult,
    )
    from ..models.cluster_sdn_vnets.cluster_sdn_vnets_vnet_get import (
        ClusterSdnVnetsVnetGetResult,
    )

_R0: Returns[list[ClusterSdnVnetsGetResultItem]] = Returns(
    "list[ClusterSdnVnetsGetResultItem]",
    "GET /cluster/sdn/vnets",
    "models.cluster_sdn_vnets.cluster_sdn_vnets_get",
)
_R1: Returns[None] = Returns("None", "POST /cluster/sdn/vnets")
_R2: Returns[ClusterSdnVnetsVnetGetResult] = Returns(
    "ClusterSdnVnetsVnetGetResult",
    "GET /cluster/sdn/vnets/{vnet}",
    "models.cluster_sdn_vnets.cluster_sdn_vnets_vnet_get",
)
_R3: Returns[None] = Returns("None", "PUT /cluster/sdn/vnets/{vnet}")
_R4: Returns[None] = Returns("None", "DELETE /cluster/sdn/vnets/{vnet}")
_R5: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /cluster/sdn/vnets/{vnet}/firewall"
)
_R6: Returns[ClusterSdnVnetsFirewallOptionsGetResult] = Returns(
    "ClusterSdnVnetsFirewallOptionsGetResult",
    "GET /cluster/sdn/vnets/{vnet}/firewall/options",
    "models.cluster_sdn_vnets.cluster_sdn_vnets_firewall_options_get",
)
_R7: Returns[None] = Returns("None", "PUT /cluster/sdn/vnets/{vnet}/firewall/options")
_R8: Returns[list[ClusterSdnVnetsVnetFirewallRulesGetResultItem]] = Returns(
    "list[ClusterSdnVnetsVnetFirewallRulesGetResultItem]",
    "GET /cluster/sdn/vnets/{vnet}/firewall/rules",
    "models.cluster_sdn_vnets.cluster_sdn_vnets_vnet_firewall_rules_get",
)
_R9: Returns[None] = Returns("None", "POST /cluster/sdn/vnets/{vnet}/firewall/rules")
_R10: Returns[ClusterSdnVnetsVnetFirewallRulesPosGetResult] = Returns(
    "ClusterSdnVnetsVnetFirewallRulesPosGetResult",
    "GET /cluster/sdn/vnets/{vnet}/firewall/rules/{pos}",
    "models.cluster_sdn_vnets.cluster_sdn_vnets_vnet_firewall_rules_pos_get",
)
_R11: Returns[None] = Returns("None", "PUT /cluster/sdn/vnets/{vnet}/firewall/rules/{pos}")
_R12: Returns[None] = Returns("None", "DELETE /cluster/sdn/vnets/{vnet}/firewall/rules/{pos}")
_R13: Returns[None] = Returns("None", "POST /cluster/sdn/vnets/{vnet}/ips")
_R14: Returns[None] = Returns("None", "PUT /cluster/sdn/vnets/{vnet}/ips")
_R15: Returns[None] = Returns("None", "DELETE /cluster/sdn/vnets/{vnet}/ips")
_R16: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /cluster/sdn/vnets/{vnet}/subnets"
)
_R17: Returns[None] = Returns("None", "POST /cluster/sdn/vnets/{vnet}/subnets")
_R18: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /cluster/sdn/vnets/{vnet}/subnets/{subnet}"
)
_R19: Returns[None] = Returns("None", "PUT /cluster/sdn/vnets/{vnet}/subnets/{subnet}")
_R20: Returns[None] = Returns("None", "DELETE /cluster/sdn/vnets/{vnet}/subnets/{subnet}")


class ClusterSdnVnets(SyncPath):
    """``/cluster/sdn/vnets`` (vnets)

    ``GET``: SDN vnets index.
    ``POST``: Create a new sdn vnet object."""

    __slots__ = ()

    def vnet(self, vnet: str) -> ClusterSdnVnetsVnet:
        """The SDN vnet object identifier."""
        return ClusterSdnVnetsVnet(self._client, self._path + "/" + _segment(vnet))

    def get(
        self,
        *,
        pending: bool | None = None,
        running: bool | None = None,
    ) -> list[ClusterSdnVnetsGetResultItem]:
        """SDN vnets index.

        Args:
            pending: Display pending config.
            running: Display running config.

        Returns:
            ``list[ClusterSdnVnetsGetResultItem]``

        Permissions:
            Only list entries where you have 'SDN.Audit' or 'SDN.Allocate' permissions on '/sdn/zones/<zone>/<vnet>'
            User: all

        Proxmox: ``GET /cluster/sdn/vnets`` (``index``)."""
        params = {
            "pending": pending,
            "running": running,
        }
        return self._client._call("GET", self._path, params, _R0)

    def post(
        self,
        *,
        vnet: str,
        zone: str,
        alias: str | None = None,
        isolate_ports: bool | None = None,
        lock_token: str | None = None,
        tag: int | None = None,
        type: Literal["vnet"] | None = None,
        vlanaware: bool | None = None,
    ) -> None:
        """Create a new sdn vnet object.

        Args:
            vnet: The SDN vnet object identifier.
                Length: 2 to 8.
                Pattern: ``^[a-zA-Z][a-zA-Z0-9]*[a-zA-Z0-9]$``.
            zone: Name of the zone this VNet belongs to.
            alias: Alias name of the VNet.
                Length: 0 to 256.
                Pattern: ``^(?i:[\\(\\)-_.\\w\\d\\s]{0,256})$``.
            isolate_ports: If true, sets the isolated property for all interfaces on the bridge of this VNet.
                Proxmox VE: New in 8.2.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.
            tag: VLAN Tag (for VLAN or QinQ zones) or VXLAN VNI (for VXLAN or EVPN zones).
                Range: 1 to 16777215.
            type: Type of the VNet.
            vlanaware: Allow VLANs to pass through this vnet.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/zones/{zone}, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/sdn/vnets`` (``create``)."""
        params = {
            "vnet": vnet,
            "zone": zone,
            "alias": alias,
            "isolate-ports": isolate_ports,
            "lock-token": lock_token,
            "tag": tag,
            "type": type,
            "vlanaware": vlanaware,
        }
        return self._client._call("POST", self._path, params, _R1)


class ClusterSdnVnetsVnet(SyncPath):
    """``/cluster/sdn/vnets/{vnet}`` ({vnet})

    ``GET``: Read sdn vnet configuration.
    ``PUT``: Update sdn vnet object configuration.
    ``DELETE``: Delete sdn vnet object configuration."""

    __slots__ = ()

    @property
    def firewall(self) -> ClusterSdnVnetsVnetFirewall:
        """Directory index."""
        return ClusterSdnVnetsVnetFirewall(self._client, self._path + "/firewall")

    @property
    def ips(self) -> ClusterSdnVnetsVnetIps:
        """Create IP Mapping in a VNet"""
        return ClusterSdnVnetsVnetIps(self._client, self._path + "/ips")

    @property
    def subnets(self) -> ClusterSdnVnetsVnetSubnets:
        """SDN subnets index."""
        return ClusterSdnVnetsVnetSubnets(self._client, self._path + "/subnets")

    def get(
        self,
        *,
        pending: bool | None = None,
        running: bool | None = None,
    ) -> ClusterSdnVnetsVnetGetResult:
        """Read sdn vnet configuration.

        Args:
            pending: Display pending config.
            running: Display running config.

        Returns:
            ``ClusterSdnVnetsVnetGetResult``

        Permissions:
            Require 'SDN.Audit' or 'SDN.Allocate' permissions on '/sdn/zones/<zone>/<vnet>'
            User: all

        Proxmox: ``GET /cluster/sdn/vnets/{vnet}`` (``read``)."""
        params = {
            "pending": pending,
            "running": running,
        }
        return self._client._call("GET", self._path, params, _R2)

    def put(
        self,
        *,
        alias: str | None = None,
        delete: str | Sequence[str] | None = None,
        digest: str | None = None,
        isolate_ports: bool | None = None,
        lock_token: str | None = None,
        tag: int | None = None,
        vlanaware: bool | None = None,
        zone: str | None = None,
    ) -> None:
        """Update sdn vnet object configuration.

        Args:
            alias: Alias name of the VNet.
                Length: 0 to 256.
                Pattern: ``^(?i:[\\(\\)-_.\\w\\d\\s]{0,256})$``.
            delete: A list of settings you want to delete.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            isolate_ports: If true, sets the isolated property for all interfaces on the bridge of this VNet.
                Proxmox VE: New in 8.2.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.
            tag: VLAN Tag (for VLAN or QinQ zones) or VXLAN VNI (for VXLAN or EVPN zones).
                Range: 1 to 16777215.
            vlanaware: Allow VLANs to pass through this vnet.
            zone: Name of the zone this VNet belongs to.

        Returns:
            ``None``

        Permissions:
            Require 'SDN.Allocate' permission on '/sdn/zones/<zone>/<vnet>'
            User: all

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /cluster/sdn/vnets/{vnet}`` (``update``)."""
        params = {
            "alias": alias,
            "delete": _join(delete),
            "digest": digest,
            "isolate-ports": isolate_ports,
            "lock-token": lock_token,
            "tag": tag,
            "vlanaware": vlanaware,
            "zone": zone,
        }
        return self._client._call("PUT", self._path, params, _R3)

    def delete(
        self,
        *,
        lock_token: str | None = None,
    ) -> None:
        """Delete sdn vnet object configuration.

        Args:
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.

        Returns:
            ``None``

        Permissions:
            Require 'SDN.Allocate' permission on '/sdn/zones/<zone>/<vnet>'
            User: all

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /cluster/sdn/vnets/{vnet}`` (``delete``)."""
        params = {
            "lock-token": lock_token,
        }
        return self._client._call("DELETE", self._path, params, _R4)


class ClusterSdnVnetsVnetFirewall(SyncPath):
    """``/cluster/sdn/vnets/{vnet}/firewall`` (firewall)

    ``GET``: Directory index."""

    __slots__ = ()

    @property
    def options(self) -> ClusterSdnVnetsVnetFirewallOptions:
        """Get vnet firewall options."""
        return ClusterSdnVnetsVnetFirewallOptions(self._client, self._path + "/options")

    @property
    def rules(self) -> ClusterSdnVnetsVnetFirewallRules:
        """List rules."""
        return ClusterSdnVnetsVnetFirewallRules(self._client, self._path + "/rules")

    def get(self) -> list[dict[str, Any]]:
        """Directory index.

        Returns:
            ``list[dict[str, Any]]``

        Proxmox VE: New in 8.3.

        Proxmox: ``GET /cluster/sdn/vnets/{vnet}/firewall`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R5)


class ClusterSdnVnetsVnetFirewallOptions(SyncPath):
    """``/cluster/sdn/vnets/{vnet}/firewall/options`` (options)

    ``GET``: Get vnet firewall options.
    ``PUT``: Set Firewall options."""

    __slots__ = ()

    def get(self) -> ClusterSdnVnetsFirewallOptionsGetResult:
        """Get vnet firewall options.

        Returns:
            ``ClusterSdnVnetsFirewallOptionsGetResult``

        Permissions:
            Needs SDN.Audit or SDN.Allocate permissions on '/sdn/zones/<zone>/<vnet>'
            User: all

        Proxmox VE: New in 8.3.

        Proxmox: ``GET /cluster/sdn/vnets/{vnet}/firewall/options`` (``get_options``)."""
        return self._client._call("GET", self._path, {}, _R6)

    def put(
        self,
        *,
        delete: str | Sequence[str] | None = None,
        digest: str | None = None,
        enable: bool | None = None,
        log_level_forward: Literal[
            "emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"
        ]
        | None = None,
        policy_forward: Literal["ACCEPT", "DROP"] | None = None,
    ) -> None:
        """Set Firewall options.

        Args:
            delete: A list of settings you want to delete.
                Proxmox VE: New in 8.3.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 8.3.
                Length: 0 to 64.
            enable: Enable/disable firewall rules.
                Proxmox VE: New in 8.3.
                Default: ``0``.
            log_level_forward: Log level for forwarded traffic.
                Proxmox VE: New in 8.3.
            policy_forward: Forward policy.
                Proxmox VE: New in 8.3.

        Returns:
            ``None``

        Permissions:
            Needs SDN.Allocate permissions on '/sdn/zones/<zone>/<vnet>'
            User: all

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.3.

        Proxmox: ``PUT /cluster/sdn/vnets/{vnet}/firewall/options`` (``set_options``)."""
        params = {
            "delete": _join(delete),
            "digest": digest,
            "enable": enable,
            "log_level_forward": log_level_forward,
            "policy_forward": policy_forward,
        }
        return self._client._call("PUT", self._path, params, _R7)


class ClusterSdnVnetsVnetFirewallRules(SyncPath):
    """``/cluster/sdn/vnets/{vnet}/firewall/rules`` (rules)

    ``GET``: List rules.
    ``POST``: Create new rule."""

    __slots__ = ()

    def pos(self, pos: int) -> ClusterSdnVnetsVnetFirewallRulesPos:
        """Update rule at position <pos>."""
        return ClusterSdnVnetsVnetFirewallRulesPos(self._client, self._path + "/" + _segment(pos))

    def get(self) -> list[ClusterSdnVnetsVnetFirewallRulesGetResultItem]:
        """List rules.

        Returns:
            ``list[ClusterSdnVnetsVnetFirewallRulesGetResultItem]``

        Permissions:
            Needs SDN.Audit or SDN.Allocate permissions on '/sdn/zones/<zone>/<vnet>'
            User: all

        Proxmox VE: New in 8.3.

        Proxmox: ``GET /cluster/sdn/vnets/{vnet}/firewall/rules`` (``get_rules``)."""
        return self._client._call("GET", self._path, {}, _R8)

    def post(
        self,
        *,
        action: str,
        type: Literal["in", "out", "forward", "group"],
        comment: str | None = None,
        dest: str | None = None,
        digest: str | None = None,
        dport: str | None = None,
        enable: int | None = None,
        icmp_type: str | None = None,
        iface: str | None = None,
        log: Literal["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"]
        | None = None,
        macro: str | None = None,
        pos: int | None = None,
        proto: str | None = None,
        source: str | None = None,
        sport: str | None = None,
    ) -> None:
        """Create new rule.

        Args:
            action: Rule action ('ACCEPT', 'DROP', 'REJECT') or security group name.
                Proxmox VE: New in 8.3.
                Length: 2 to 20.
                Pattern: ``^[A-Za-z][A-Za-z0-9\\-\\_]+$``.
            type: Rule type.
                Proxmox VE: New in 8.3.
            comment: Descriptive comment.
                Proxmox VE: New in 8.3.
            dest: Restrict packet destination address. This can refer to a single IP address, an IP set ('+ipsetname') or an IP alias definition. You can also specify an address range like '20.34.101.207-201.3.9.99', or a list of IP addresses and networks (entries are separated by comma). Please do not mix IPv4 and IPv6 addresses inside such lists.
                Proxmox VE: New in 8.3.
                Length: 0 to 512.
                Format: ``pve-fw-addr-spec``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 8.3.
                Length: 0 to 64.
            dport: Restrict TCP/UDP destination port. You can use service names or simple numbers (0-65535), as defined in '/etc/services'. Port ranges can be specified with '\\d+:\\d+', for example '80:85', and you can use comma separated list to match several ports or ranges.
                Proxmox VE: New in 8.3.
                Format: ``pve-fw-dport-spec``.
            enable: Flag to enable/disable a rule.
                Proxmox VE: New in 8.3.
                Range: 0 to inf.
            icmp_type: Specify icmp-type. Only valid if proto equals 'icmp' or 'icmpv6'/'ipv6-icmp'.
                Proxmox VE: New in 8.3.
                Format: ``pve-fw-icmp-type-spec``.
            iface: Network interface name. You have to use network configuration key names for VMs and containers ('net\\d+'). Host related rules can use arbitrary strings.
                Proxmox VE: New in 8.3.
                Length: 2 to 20.
                Format: ``pve-iface``.
            log: Log level for firewall rule.
                Proxmox VE: New in 8.3.
            macro: Use predefined standard macro.
                Proxmox VE: New in 8.3.
                Length: 0 to 128.
            pos: Update rule at position <pos>.
                Proxmox VE: New in 8.3.
                Range: 0 to inf.
            proto: IP protocol. You can use protocol names ('tcp'/'udp') or simple numbers, as defined in '/etc/protocols'.
                Proxmox VE: New in 8.3.
                Format: ``pve-fw-protocol-spec``.
            source: Restrict packet source address. This can refer to a single IP address, an IP set ('+ipsetname') or an IP alias definition. You can also specify an address range like '20.34.101.207-201.3.9.99', or a list of IP addresses and networks (entries are separated by comma). Please do not mix IPv4 and IPv6 addresses inside such lists.
                Proxmox VE: New in 8.3.
                Length: 0 to 512.
                Format: ``pve-fw-addr-spec``.
            sport: Restrict TCP/UDP source port. You can use service names or simple numbers (0-65535), as defined in '/etc/services'. Port ranges can be specified with '\\d+:\\d+', for example '80:85', and you can use comma separated list to match several ports or ranges.
                Proxmox VE: New in 8.3.
                Format: ``pve-fw-sport-spec``.

        Returns:
            ``None``

        Permissions:
            Needs SDN.Allocate permissions on '/sdn/zones/<zone>/<vnet>'
            User: all

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.3.

        Proxmox: ``POST /cluster/sdn/vnets/{vnet}/firewall/rules`` (``create_rule``)."""
        params = {
            "action": action,
            "type": type,
            "comment": comment,
            "dest": dest,
            "digest": digest,
            "dport": dport,
            "enable": enable,
            "icmp-type": _checked("pve-fw-icmp-type-spec", "icmp-type", icmp_type),
            "iface": iface,
            "log": log,
            "macro": macro,
            "pos": pos,
            "proto": proto,
            "source": source,
            "sport": sport,
        }
        return self._client._call("POST", self._path, params, _R9)


class ClusterSdnVnetsVnetFirewallRulesPos(SyncPath):
    """``/cluster/sdn/vnets/{vnet}/firewall/rules/{pos}`` ({pos})

    ``GET``: Get single rule data.
    ``PUT``: Modify rule data.
    ``DELETE``: Delete rule."""

    __slots__ = ()

    def get(self) -> ClusterSdnVnetsVnetFirewallRulesPosGetResult:
        """Get single rule data.

        Returns:
            ``ClusterSdnVnetsVnetFirewallRulesPosGetResult``

        Permissions:
            Needs SDN.Audit or SDN.Allocate permissions on '/sdn/zones/<zone>/<vnet>'
            User: all

        Proxmox VE: New in 8.3.

        Proxmox: ``GET /cluster/sdn/vnets/{vnet}/firewall/rules/{pos}`` (``get_rule``)."""
        return self._client._call("GET", self._path, {}, _R10)

    def put(
        self,
        *,
        action: str | None = None,
        comment: str | None = None,
        delete: str | Sequence[str] | None = None,
        dest: str | None = None,
        digest: str | None = None,
        dport: str | None = None,
        enable: int | None = None,
        icmp_type: str | None = None,
        iface: str | None = None,
        log: Literal["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"]
        | None = None,
        macro: str | None = None,
        moveto: int | None = None,
        proto: str | None = None,
        source: str | None = None,
        sport: str | None = None,
        type: Literal["in", "out", "forward", "group"] | None = None,
    ) -> None:
        """Modify rule data.

        Args:
            action: Rule action ('ACCEPT', 'DROP', 'REJECT') or security group name.
                Proxmox VE: New in 8.3.
                Length: 2 to 20.
                Pattern: ``^[A-Za-z][A-Za-z0-9\\-\\_]+$``.
            comment: Descriptive comment.
                Proxmox VE: New in 8.3.
            delete: A list of settings you want to delete.
                Proxmox VE: New in 8.3.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            dest: Restrict packet destination address. This can refer to a single IP address, an IP set ('+ipsetname') or an IP alias definition. You can also specify an address range like '20.34.101.207-201.3.9.99', or a list of IP addresses and networks (entries are separated by comma). Please do not mix IPv4 and IPv6 addresses inside such lists.
                Proxmox VE: New in 8.3.
                Length: 0 to 512.
                Format: ``pve-fw-addr-spec``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 8.3.
                Length: 0 to 64.
            dport: Restrict TCP/UDP destination port. You can use service names or simple numbers (0-65535), as defined in '/etc/services'. Port ranges can be specified with '\\d+:\\d+', for example '80:85', and you can use comma separated list to match several ports or ranges.
                Proxmox VE: New in 8.3.
                Format: ``pve-fw-dport-spec``.
            enable: Flag to enable/disable a rule.
                Proxmox VE: New in 8.3.
                Range: 0 to inf.
            icmp_type: Specify icmp-type. Only valid if proto equals 'icmp' or 'icmpv6'/'ipv6-icmp'.
                Proxmox VE: New in 8.3.
                Format: ``pve-fw-icmp-type-spec``.
            iface: Network interface name. You have to use network configuration key names for VMs and containers ('net\\d+'). Host related rules can use arbitrary strings.
                Proxmox VE: New in 8.3.
                Length: 2 to 20.
                Format: ``pve-iface``.
            log: Log level for firewall rule.
                Proxmox VE: New in 8.3.
            macro: Use predefined standard macro.
                Proxmox VE: New in 8.3.
                Length: 0 to 128.
            moveto: Move rule to new position <moveto>. Other arguments are ignored.
                Proxmox VE: New in 8.3.
                Range: 0 to inf.
            proto: IP protocol. You can use protocol names ('tcp'/'udp') or simple numbers, as defined in '/etc/protocols'.
                Proxmox VE: New in 8.3.
                Format: ``pve-fw-protocol-spec``.
            source: Restrict packet source address. This can refer to a single IP address, an IP set ('+ipsetname') or an IP alias definition. You can also specify an address range like '20.34.101.207-201.3.9.99', or a list of IP addresses and networks (entries are separated by comma). Please do not mix IPv4 and IPv6 addresses inside such lists.
                Proxmox VE: New in 8.3.
                Length: 0 to 512.
                Format: ``pve-fw-addr-spec``.
            sport: Restrict TCP/UDP source port. You can use service names or simple numbers (0-65535), as defined in '/etc/services'. Port ranges can be specified with '\\d+:\\d+', for example '80:85', and you can use comma separated list to match several ports or ranges.
                Proxmox VE: New in 8.3.
                Format: ``pve-fw-sport-spec``.
            type: Rule type.
                Proxmox VE: New in 8.3.

        Returns:
            ``None``

        Permissions:
            Needs SDN.Allocate permissions on '/sdn/zones/<zone>/<vnet>'
            User: all

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.3.

        Proxmox: ``PUT /cluster/sdn/vnets/{vnet}/firewall/rules/{pos}`` (``update_rule``)."""
        params = {
            "action": action,
            "comment": comment,
            "delete": _join(delete),
            "dest": dest,
            "digest": digest,
            "dport": dport,
            "enable": enable,
            "icmp-type": _checked("pve-fw-icmp-type-spec", "icmp-type", icmp_type),
            "iface": iface,
            "log": log,
            "macro": macro,
            "moveto": moveto,
            "proto": proto,
            "source": source,
            "sport": sport,
            "type": type,
        }
        return self._client._call("PUT", self._path, params, _R11)

    def delete(
        self,
        *,
        digest: str | None = None,
    ) -> None:
        """Delete rule.

        Args:
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 8.3.
                Length: 0 to 64.

        Returns:
            ``None``

        Permissions:
            Needs SDN.Allocate permissions on '/sdn/zones/<zone>/<vnet>'
            User: all

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.3.

        Proxmox: ``DELETE /cluster/sdn/vnets/{vnet}/firewall/rules/{pos}`` (``delete_rule``)."""
        params = {
            "digest": digest,
        }
        return self._client._call("DELETE", self._path, params, _R12)


class ClusterSdnVnetsVnetIps(SyncPath):
    """``/cluster/sdn/vnets/{vnet}/ips`` (ips)

    ``POST``: Create IP Mapping in a VNet
    ``PUT``: Update IP Mapping in a VNet
    ``DELETE``: Delete IP Mappings in a VNet"""

    __slots__ = ()

    def post(
        self,
        *,
        ip: str,
        zone: str,
        mac: str | None = None,
    ) -> None:
        """Create IP Mapping in a VNet

        Args:
            ip: The IP address to associate with the given MAC address
                Proxmox VE: New in 8.1.
                Format: ``ip``.
            zone: The SDN zone object identifier.
                Proxmox VE: New in 8.1.
                Length: 2 to 8.
                Pattern: ``^[a-zA-Z][a-zA-Z0-9]*[a-zA-Z0-9]$``.
            mac: Unicast MAC address.
                Proxmox VE: New in 8.1.
                Format: ``mac-addr``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/zones/{zone}/{vnet}, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``POST /cluster/sdn/vnets/{vnet}/ips`` (``ipcreate``)."""
        params = {
            "ip": _checked("ip", "ip", ip),
            "zone": zone,
            "mac": _checked("mac-addr", "mac", mac),
        }
        return self._client._call("POST", self._path, params, _R13)

    def put(
        self,
        *,
        ip: str,
        zone: str,
        mac: str | None = None,
        vmid: int | None = None,
    ) -> None:
        """Update IP Mapping in a VNet

        Args:
            ip: The IP address to associate with the given MAC address
                Proxmox VE: New in 8.1.
                Format: ``ip``.
            zone: The SDN zone object identifier.
                Proxmox VE: New in 8.1.
                Length: 2 to 8.
                Pattern: ``^[a-zA-Z][a-zA-Z0-9]*[a-zA-Z0-9]$``.
            mac: Unicast MAC address.
                Proxmox VE: New in 8.1.
                Format: ``mac-addr``.
            vmid: The (unique) ID of the VM.
                Proxmox VE: New in 8.1.
                Range: 100 to 999999999.
                Format: ``pve-vmid``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/zones/{zone}/{vnet}, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``PUT /cluster/sdn/vnets/{vnet}/ips`` (``ipupdate``)."""
        params = {
            "ip": _checked("ip", "ip", ip),
            "zone": zone,
            "mac": _checked("mac-addr", "mac", mac),
            "vmid": vmid,
        }
        return self._client._call("PUT", self._path, params, _R14)

    def delete(
        self,
        *,
        ip: str,
        zone: str,
        mac: str | None = None,
    ) -> None:
        """Delete IP Mappings in a VNet

        Args:
            ip: The IP address to delete
                Proxmox VE: New in 8.1.
                Format: ``ip``.
            zone: The SDN zone object identifier.
                Proxmox VE: New in 8.1.
                Length: 2 to 8.
                Pattern: ``^[a-zA-Z][a-zA-Z0-9]*[a-zA-Z0-9]$``.
            mac: Unicast MAC address.
                Proxmox VE: New in 8.1.
                Format: ``mac-addr``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/zones/{zone}/{vnet}, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``DELETE /cluster/sdn/vnets/{vnet}/ips`` (``ipdelete``)."""
        params = {
            "ip": _checked("ip", "ip", ip),
            "zone": zone,
            "mac": _checked("mac-addr", "mac", mac),
        }
        return self._client._call("DELETE", self._path, params, _R15)


class ClusterSdnVnetsVnetSubnets(SyncPath):
    """``/cluster/sdn/vnets/{vnet}/subnets`` (subnets)

    ``GET``: SDN subnets index.
    ``POST``: Create a new sdn subnet object."""

    __slots__ = ()

    def subnet(self, subnet: str) -> ClusterSdnVnetsVnetSubnetsSubnet:
        """The SDN subnet object identifier."""
        return ClusterSdnVnetsVnetSubnetsSubnet(self._client, self._path + "/" + _segment(subnet))

    def get(
        self,
        *,
        pending: bool | None = None,
        running: bool | None = None,
    ) -> list[dict[str, Any]]:
        """SDN subnets index.

        Args:
            pending: Display pending config.
            running: Display running config.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            Only list entries where you have 'SDN.Audit' or 'SDN.Allocate' permissions on '/sdn/zones/<zone>/<vnet>'
            User: all

        Proxmox: ``GET /cluster/sdn/vnets/{vnet}/subnets`` (``index``)."""
        params = {
            "pending": pending,
            "running": running,
        }
        return self._client._call("GET", self._path, params, _R16)

    def post(
        self,
        *,
        subnet: str,
        type: Literal["subnet"],
        dhcp_dns_server: str | None = None,
        dhcp_range: list[str] | tuple[str, ...] | None = None,
        dnszoneprefix: str | None = None,
        gateway: str | None = None,
        lock_token: str | None = None,
        snat: bool | None = None,
    ) -> None:
        """Create a new sdn subnet object.

        Args:
            subnet: The SDN subnet object identifier.
                Format: ``pve-sdn-subnet-id``.
            type: (no description in the schema)
            dhcp_dns_server: IP address for the DNS server
                Proxmox VE: New in 8.1.
                Format: ``ip``.
            dhcp_range: A list of DHCP ranges for this subnet
                Proxmox VE: New in 8.1.
            dnszoneprefix: dns domain zone prefix  ex: 'adm' -> <hostname>.adm.mydomain.com
                Format: ``dns-name``.
            gateway: Subnet Gateway: Will be assign on vnet for layer3 zones
                Format: ``ip``.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.
            snat: enable masquerade for this subnet if pve-firewall

        Returns:
            ``None``

        Permissions:
            Require 'SDN.Allocate' permission on '/sdn/zones/<zone>/<vnet>'
            User: all

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/sdn/vnets/{vnet}/subnets`` (``create``)."""
        params = {
            "subnet": _checked("pve-sdn-subnet-id", "subnet", subnet),
            "type": type,
            "dhcp-dns-server": _checked("ip", "dhcp-dns-server", dhcp_dns_server),
            "dhcp-range": _sequence("dhcp-range", dhcp_range),
            "dnszoneprefix": dnszoneprefix,
            "gateway": _checked("ip", "gateway", gateway),
            "lock-token": lock_token,
            "snat": snat,
        }
        return self._client._call("POST", self._path, params, _R17)


class ClusterSdnVnetsVnetSubnetsSubnet(SyncPath):
    """``/cluster/sdn/vnets/{vnet}/subnets/{subnet}`` ({subnet})

    ``GET``: Read sdn subnet configuration.
    ``PUT``: Update sdn subnet object configuration.
    ``DELETE``: Delete sdn subnet object configuration."""

    __slots__ = ()

    def get(
        self,
        *,
        pending: bool | None = None,
        running: bool | None = None,
    ) -> dict[str, Any]:
        """Read sdn subnet configuration.

        Args:
            pending: Display pending config.
            running: Display running config.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Require 'SDN.Audit' or 'SDN.Allocate' permissions on '/sdn/zones/<zone>/<vnet>'
            User: all

        Proxmox: ``GET /cluster/sdn/vnets/{vnet}/subnets/{subnet}`` (``read``)."""
        params = {
            "pending": pending,
            "running": running,
        }
        return self._client._call("GET", self._path, params, _R18)

    def put(
        self,
        *,
        delete: str | Sequence[str] | None = None,
        dhcp_dns_server: str | None = None,
        dhcp_range: list[str] | tuple[str, ...] | None = None,
        digest: str | None = None,
        dnszoneprefix: str | None = None,
        gateway: str | None = None,
        lock_token: str | None = None,
        snat: bool | None = None,
    ) -> None:
        """Update sdn subnet object configuration.

        Args:
            delete: A list of settings you want to delete.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            dhcp_dns_server: IP address for the DNS server
                Proxmox VE: New in 8.1.
                Format: ``ip``.
            dhcp_range: A list of DHCP ranges for this subnet
                Proxmox VE: New in 8.1.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            dnszoneprefix: dns domain zone prefix  ex: 'adm' -> <hostname>.adm.mydomain.com
                Format: ``dns-name``.
            gateway: Subnet Gateway: Will be assign on vnet for layer3 zones
                Format: ``ip``.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.
            snat: enable masquerade for this subnet if pve-firewall

        Returns:
            ``None``

        Permissions:
            Require 'SDN.Allocate' permission on '/sdn/zones/<zone>/<vnet>'
            User: all

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /cluster/sdn/vnets/{vnet}/subnets/{subnet}`` (``update``)."""
        params = {
            "delete": _join(delete),
            "dhcp-dns-server": _checked("ip", "dhcp-dns-server", dhcp_dns_server),
            "dhcp-range": _sequence("dhcp-range", dhcp_range),
            "digest": digest,
            "dnszoneprefix": dnszoneprefix,
            "gateway": _checked("ip", "gateway", gateway),
            "lock-token": lock_token,
            "snat": snat,
        }
        return self._client._call("PUT", self._path, params, _R19)

    def delete(
        self,
        *,
        lock_token: str | None = None,
    ) -> None:
        """Delete sdn subnet object configuration.

        Args:
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.0.

        Returns:
            ``None``

        Permissions:
            Require 'SDN.Allocate' permission on '/sdn/zones/<zone>/<vnet>'
            User: all

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /cluster/sdn/vnets/{vnet}/subnets/{subnet}`` (``delete``)."""
        params = {
            "lock-token": lock_token,
        }
        return self._client._call("DELETE", self._path, params, _R20)
