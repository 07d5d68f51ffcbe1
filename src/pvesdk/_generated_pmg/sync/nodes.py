# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Path classes for ``nodes`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import bind_task as _task
from pvesdk._runtime import checked as _checked
from pvesdk._runtime import join as _join
from pvesdk._runtime import secret as _secret
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from pvesdk.tasks import Task

    from ..models.nodes.nodes_clamav_database_get import (
        NodesClamavDatabaseGetResultItem,
    )
    from ..models.nodes.nodes_dns_get import NodesDnsGetResult
    from ..models.nodes.nodes_node_backup_get import NodesNodeBackupGetResultItem
    from ..models.nodes.nodes_node_network_iface_get import (
        NodesNodeNetworkIfaceGetResult,
    )
    from ..models.nodes.nodes_node_tracker_get import NodesNodeTrackerGetResultItem
    from ..models.nodes.nodes_node_tracker_id_get import NodesNodeTrackerIdGetResult
    from ..models.nodes.nodes_spamassassin_rules_get import (
        NodesSpamassassinRulesGetResultItem,
    )
    from ..models.nodes.nodes_status_get import NodesStatusGetResult
    from ..models.nodes.nodes_syslog_get import NodesSyslogGetResultItem
    from ..models.nodes.nodes_termproxy_post import NodesTermproxyPostResult
    from ..models.nodes.nodes_time_get import NodesTimeGetResult
    from ..models.nodes.nodes_vncwebsocket_get import NodesVncwebsocketGetResult
    from . import nodes_apt as _nodes_apt
    from . import nodes_pbs as _nodes_pbs
    from . import nodes_postfix as _nodes_postfix
    from . import nodes_services as _nodes_services
    from . import nodes_tasks as _nodes_tasks

_R0: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes", package="pvesdk._generated_pmg"
)
_R1: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}", package="pvesdk._generated_pmg"
)
_R2: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/clamav", package="pvesdk._generated_pmg"
)
_R3: Returns[list[NodesClamavDatabaseGetResultItem]] = Returns(
    "list[NodesClamavDatabaseGetResultItem]",
    "GET /nodes/{node}/clamav/database",
    "models.nodes.nodes_clamav_database_get",
    package="pvesdk._generated_pmg",
)
_R4: Returns[str] = Returns(
    "str", "POST /nodes/{node}/clamav/database", package="pvesdk._generated_pmg"
)
_R5: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/spamassassin", package="pvesdk._generated_pmg"
)
_R6: Returns[list[NodesSpamassassinRulesGetResultItem]] = Returns(
    "list[NodesSpamassassinRulesGetResultItem]",
    "GET /nodes/{node}/spamassassin/rules",
    "models.nodes.nodes_spamassassin_rules_get",
    package="pvesdk._generated_pmg",
)
_R7: Returns[str] = Returns(
    "str", "POST /nodes/{node}/spamassassin/rules", package="pvesdk._generated_pmg"
)
_R8: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/network", package="pvesdk._generated_pmg"
)
_R9: Returns[None] = Returns("None", "POST /nodes/{node}/network", package="pvesdk._generated_pmg")
_R10: Returns[None] = Returns(
    "None", "DELETE /nodes/{node}/network", package="pvesdk._generated_pmg"
)
_R11: Returns[NodesNodeNetworkIfaceGetResult] = Returns(
    "NodesNodeNetworkIfaceGetResult",
    "GET /nodes/{node}/network/{iface}",
    "models.nodes.nodes_node_network_iface_get",
    package="pvesdk._generated_pmg",
)
_R12: Returns[None] = Returns(
    "None", "PUT /nodes/{node}/network/{iface}", package="pvesdk._generated_pmg"
)
_R13: Returns[None] = Returns(
    "None", "DELETE /nodes/{node}/network/{iface}", package="pvesdk._generated_pmg"
)
_R14: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /nodes/{node}/subscription", package="pvesdk._generated_pmg"
)
_R15: Returns[None] = Returns(
    "None", "POST /nodes/{node}/subscription", package="pvesdk._generated_pmg"
)
_R16: Returns[None] = Returns(
    "None", "PUT /nodes/{node}/subscription", package="pvesdk._generated_pmg"
)
_R17: Returns[None] = Returns(
    "None", "DELETE /nodes/{node}/subscription", package="pvesdk._generated_pmg"
)
_R18: Returns[list[NodesNodeTrackerGetResultItem]] = Returns(
    "list[NodesNodeTrackerGetResultItem]",
    "GET /nodes/{node}/tracker",
    "models.nodes.nodes_node_tracker_get",
    package="pvesdk._generated_pmg",
)
_R19: Returns[NodesNodeTrackerIdGetResult] = Returns(
    "NodesNodeTrackerIdGetResult",
    "GET /nodes/{node}/tracker/{id}",
    "models.nodes.nodes_node_tracker_id_get",
    package="pvesdk._generated_pmg",
)
_R20: Returns[list[NodesNodeBackupGetResultItem]] = Returns(
    "list[NodesNodeBackupGetResultItem]",
    "GET /nodes/{node}/backup",
    "models.nodes.nodes_node_backup_get",
    package="pvesdk._generated_pmg",
)
_R21: Returns[str] = Returns("str", "POST /nodes/{node}/backup", package="pvesdk._generated_pmg")
_R22: Returns[str] = Returns(
    "str", "GET /nodes/{node}/backup/{filename}", package="pvesdk._generated_pmg"
)
_R23: Returns[str] = Returns(
    "str", "POST /nodes/{node}/backup/{filename}", package="pvesdk._generated_pmg"
)
_R24: Returns[None] = Returns(
    "None", "DELETE /nodes/{node}/backup/{filename}", package="pvesdk._generated_pmg"
)
_R25: Returns[str] = Returns("str", "GET /nodes/{node}/report", package="pvesdk._generated_pmg")
_R26: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/rrddata", package="pvesdk._generated_pmg"
)
_R27: Returns[list[NodesSyslogGetResultItem]] = Returns(
    "list[NodesSyslogGetResultItem]",
    "GET /nodes/{node}/syslog",
    "models.nodes.nodes_syslog_get",
    package="pvesdk._generated_pmg",
)
_R28: Returns[list[str]] = Returns(
    "list[str]", "GET /nodes/{node}/journal", package="pvesdk._generated_pmg"
)
_R29: Returns[NodesTermproxyPostResult] = Returns(
    "NodesTermproxyPostResult",
    "POST /nodes/{node}/termproxy",
    "models.nodes.nodes_termproxy_post",
    package="pvesdk._generated_pmg",
)
_R30: Returns[NodesVncwebsocketGetResult] = Returns(
    "NodesVncwebsocketGetResult",
    "GET /nodes/{node}/vncwebsocket",
    "models.nodes.nodes_vncwebsocket_get",
    package="pvesdk._generated_pmg",
)
_R31: Returns[NodesDnsGetResult] = Returns(
    "NodesDnsGetResult",
    "GET /nodes/{node}/dns",
    "models.nodes.nodes_dns_get",
    package="pvesdk._generated_pmg",
)
_R32: Returns[None] = Returns("None", "PUT /nodes/{node}/dns", package="pvesdk._generated_pmg")
_R33: Returns[NodesTimeGetResult] = Returns(
    "NodesTimeGetResult",
    "GET /nodes/{node}/time",
    "models.nodes.nodes_time_get",
    package="pvesdk._generated_pmg",
)
_R34: Returns[None] = Returns("None", "PUT /nodes/{node}/time", package="pvesdk._generated_pmg")
_R35: Returns[NodesStatusGetResult] = Returns(
    "NodesStatusGetResult",
    "GET /nodes/{node}/status",
    "models.nodes.nodes_status_get",
    package="pvesdk._generated_pmg",
)
_R36: Returns[None] = Returns("None", "POST /nodes/{node}/status", package="pvesdk._generated_pmg")


class Nodes(SyncPath):
    """``/nodes`` (nodes)

    ``GET``: Cluster node index."""

    __slots__ = ()

    def node(self, node: str) -> NodesNode:
        """The cluster node name."""
        return NodesNode(self._client, self._path + "/" + _segment(node))

    def get(self) -> list[dict[str, Any]]:
        """Cluster node index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /nodes`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R0)


class NodesNode(SyncPath):
    """``/nodes/{node}`` ({node})

    ``GET``: Node index."""

    __slots__ = ()

    @property
    def postfix(self) -> _nodes_postfix.NodesNodePostfix:
        """Directory index."""
        from . import nodes_postfix as _nodes_postfix

        return _nodes_postfix.NodesNodePostfix(self._client, self._path + "/postfix")

    @property
    def clamav(self) -> NodesNodeClamav:
        """Directory index."""
        return NodesNodeClamav(self._client, self._path + "/clamav")

    @property
    def spamassassin(self) -> NodesNodeSpamassassin:
        """Directory index."""
        return NodesNodeSpamassassin(self._client, self._path + "/spamassassin")

    @property
    def network(self) -> NodesNodeNetwork:
        """List available networks"""
        return NodesNodeNetwork(self._client, self._path + "/network")

    @property
    def tasks(self) -> _nodes_tasks.NodesNodeTasks:
        """Read task list for one node (finished tasks)."""
        from . import nodes_tasks as _nodes_tasks

        return _nodes_tasks.NodesNodeTasks(self._client, self._path + "/tasks")

    @property
    def services(self) -> _nodes_services.NodesNodeServices:
        """Service list."""
        from . import nodes_services as _nodes_services

        return _nodes_services.NodesNodeServices(self._client, self._path + "/services")

    @property
    def subscription(self) -> NodesNodeSubscription:
        """Read subscription info."""
        return NodesNodeSubscription(self._client, self._path + "/subscription")

    @property
    def apt(self) -> _nodes_apt.NodesNodeApt:
        """Directory index for apt (Advanced Package Tool)."""
        from . import nodes_apt as _nodes_apt

        return _nodes_apt.NodesNodeApt(self._client, self._path + "/apt")

    @property
    def tracker(self) -> NodesNodeTracker:
        """Read mail list."""
        return NodesNodeTracker(self._client, self._path + "/tracker")

    @property
    def backup(self) -> NodesNodeBackup:
        """List all stored backups (files named proxmox-backup_{DATE}.tgz)."""
        return NodesNodeBackup(self._client, self._path + "/backup")

    @property
    def pbs(self) -> _nodes_pbs.NodesNodePbs:
        """List all configured Proxmox Backup Server jobs."""
        from . import nodes_pbs as _nodes_pbs

        return _nodes_pbs.NodesNodePbs(self._client, self._path + "/pbs")

    @property
    def report(self) -> NodesNodeReport:
        """Gather various system information about a node"""
        return NodesNodeReport(self._client, self._path + "/report")

    @property
    def rrddata(self) -> NodesNodeRrddata:
        """Read node RRD statistics"""
        return NodesNodeRrddata(self._client, self._path + "/rrddata")

    @property
    def syslog(self) -> NodesNodeSyslog:
        """Read system log"""
        return NodesNodeSyslog(self._client, self._path + "/syslog")

    @property
    def journal(self) -> NodesNodeJournal:
        """Read Journal"""
        return NodesNodeJournal(self._client, self._path + "/journal")

    @property
    def termproxy(self) -> NodesNodeTermproxy:
        """Creates a Terminal proxy."""
        return NodesNodeTermproxy(self._client, self._path + "/termproxy")

    @property
    def vncwebsocket(self) -> NodesNodeVncwebsocket:
        """Opens a weksocket for VNC traffic."""
        return NodesNodeVncwebsocket(self._client, self._path + "/vncwebsocket")

    @property
    def dns(self) -> NodesNodeDns:
        """Read DNS settings."""
        return NodesNodeDns(self._client, self._path + "/dns")

    @property
    def time(self) -> NodesNodeTime:
        """Read server time and time zone settings."""
        return NodesNodeTime(self._client, self._path + "/time")

    @property
    def status(self) -> NodesNodeStatus:
        """Read server status. This is used by the cluster manager to test the node health."""
        return NodesNodeStatus(self._client, self._path + "/status")

    def get(self) -> list[dict[str, Any]]:
        """Node index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /nodes/{node}`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R1)


class NodesNodeClamav(SyncPath):
    """``/nodes/{node}/clamav`` (clamav)

    ``GET``: Directory index."""

    __slots__ = ()

    @property
    def database(self) -> NodesNodeClamavDatabase:
        """ClamAV virus database status."""
        return NodesNodeClamavDatabase(self._client, self._path + "/database")

    def get(self) -> list[dict[str, Any]]:
        """Directory index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            Check: ``[admin, audit]``

        Proxmox: ``GET /nodes/{node}/clamav`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R2)


class NodesNodeClamavDatabase(SyncPath):
    """``/nodes/{node}/clamav/database`` (database)

    ``GET``: ClamAV virus database status.
    ``POST``: Update ClamAV virus databases."""

    __slots__ = ()

    def get(self) -> list[NodesClamavDatabaseGetResultItem]:
        """ClamAV virus database status.

        Returns:
            ``list[NodesClamavDatabaseGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/clamav/database`` (``database_status``)."""
        return self._client._call("GET", self._path, {}, _R3)

    def post(self) -> Task:
        """Update ClamAV virus databases.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/clamav/database`` (``update_database``)."""
        return _task(self._client._call("POST", self._path, {}, _R4), self._client)


class NodesNodeSpamassassin(SyncPath):
    """``/nodes/{node}/spamassassin`` (spamassassin)

    ``GET``: Directory index."""

    __slots__ = ()

    @property
    def rules(self) -> NodesNodeSpamassassinRules:
        """SpamAssassin rules status."""
        return NodesNodeSpamassassinRules(self._client, self._path + "/rules")

    def get(self) -> list[dict[str, Any]]:
        """Directory index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            Check: ``[admin, audit]``

        Proxmox: ``GET /nodes/{node}/spamassassin`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R5)


class NodesNodeSpamassassinRules(SyncPath):
    """``/nodes/{node}/spamassassin/rules`` (rules)

    ``GET``: SpamAssassin rules status.
    ``POST``: Update SpamAssassin rules."""

    __slots__ = ()

    def get(self) -> list[NodesSpamassassinRulesGetResultItem]:
        """SpamAssassin rules status.

        Returns:
            ``list[NodesSpamassassinRulesGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/spamassassin/rules`` (``rules_status``)."""
        return self._client._call("GET", self._path, {}, _R6)

    def post(self) -> Task:
        """Update SpamAssassin rules.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/spamassassin/rules`` (``update_rules``)."""
        return _task(self._client._call("POST", self._path, {}, _R7), self._client)


class NodesNodeNetwork(SyncPath):
    """``/nodes/{node}/network`` (network)

    ``GET``: List available networks
    ``POST``: Create network device configuration
    ``DELETE``: Revert network configuration changes."""

    __slots__ = ()

    def iface(self, iface: str) -> NodesNodeNetworkIface:
        """Network interface name."""
        return NodesNodeNetworkIface(self._client, self._path + "/" + _segment(iface))

    def get(
        self,
        *,
        type: Literal[
            "bridge",
            "bond",
            "eth",
            "alias",
            "vlan",
            "OVSBridge",
            "OVSBond",
            "OVSPort",
            "OVSIntPort",
            "any_bridge",
        ]
        | None = None,
    ) -> list[dict[str, Any]]:
        """List available networks

        Args:
            type: Only list specific interface types.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/network`` (``index``)."""
        params = {
            "type": type,
        }
        return self._client._call("GET", self._path, params, _R8)

    def post(
        self,
        *,
        iface: str,
        type: Literal[
            "bridge",
            "bond",
            "eth",
            "alias",
            "vlan",
            "OVSBridge",
            "OVSBond",
            "OVSPort",
            "OVSIntPort",
            "unknown",
        ],
        address: str | None = None,
        address6: str | None = None,
        autostart: bool | None = None,
        bond_primary: str | None = None,
        bond_mode: Literal[
            "balance-rr",
            "active-backup",
            "balance-xor",
            "broadcast",
            "802.3ad",
            "balance-tlb",
            "balance-alb",
            "balance-slb",
            "lacp-balance-slb",
            "lacp-balance-tcp",
        ]
        | None = None,
        bond_xmit_hash_policy: Literal["layer2", "layer2+3", "layer3+4"] | None = None,
        bridge_ports: str | Sequence[str] | None = None,
        bridge_vlan_aware: bool | None = None,
        cidr: str | None = None,
        cidr6: str | None = None,
        comments: str | None = None,
        comments6: str | None = None,
        gateway: str | None = None,
        gateway6: str | None = None,
        mtu: int | None = None,
        netmask: str | None = None,
        netmask6: int | None = None,
        ovs_bonds: str | Sequence[str] | None = None,
        ovs_bridge: str | None = None,
        ovs_options: str | None = None,
        ovs_ports: str | Sequence[str] | None = None,
        ovs_tag: int | None = None,
        slaves: str | Sequence[str] | None = None,
        vlan_id: int | None = None,
        vlan_raw_device: str | None = None,
    ) -> None:
        """Create network device configuration

        Args:
            iface: Network interface name.
                Length: 2 to 20.
                Format: ``pve-iface``.
            type: Network interface type
            address: IP address.
                Format: ``ipv4``.
            address6: IP address.
                Format: ``ipv6``.
            autostart: Automatically start interface on boot.
            bond_primary: Specify the primary interface for active-backup bond.
                Format: ``pve-iface``.
            bond_mode: Bonding mode.
            bond_xmit_hash_policy: Selects the transmit hash policy to use for slave selection in balance-xor and 802.3ad modes.
            bridge_ports: Specify the iterfaces you want to add to your bridge.
                Format: ``pve-iface-list``.
                Syntax: ``<string>``.
            bridge_vlan_aware: Enable bridge vlan support.
            cidr: IPv4 CIDR.
                Format: ``CIDRv4``.
            cidr6: IPv6 CIDR.
                Format: ``CIDRv6``.
            comments: Comments
            comments6: Comments
            gateway: Default gateway address.
                Format: ``ipv4``.
            gateway6: Default ipv6 gateway address.
                Format: ``ipv6``.
            mtu: MTU.
                Range: 1280 to 65520.
            netmask: Network mask.
                Format: ``ipv4mask``.
            netmask6: Network mask.
                Range: 0 to 128.
            ovs_bonds: Specify the interfaces used by the bonding device.
                Format: ``pve-iface-list``.
                Syntax: ``<string>``.
            ovs_bridge: The OVS bridge associated with a OVS port. This is required when you create an OVS port.
                Format: ``pve-iface``.
            ovs_options: OVS interface options.
                Length: 0 to 1024.
            ovs_ports: Specify the iterfaces you want to add to your bridge.
                Format: ``pve-iface-list``.
                Syntax: ``<string>``.
            ovs_tag: Specify a VLan tag (used by OVSPort, OVSIntPort, OVSBond)
                Range: 1 to 4094.
            slaves: Specify the interfaces used by the bonding device.
                Format: ``pve-iface-list``.
                Syntax: ``<string>``.
            vlan_id: vlan-id for a custom named vlan interface (ifupdown2 only).
                Range: 1 to 4094.
            vlan_raw_device: Specify the raw interface for the vlan interface.
                Format: ``pve-iface``.

        Returns:
            ``None``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/network`` (``create_network``)."""
        params = {
            "iface": iface,
            "type": type,
            "address": _checked("ipv4", "address", address),
            "address6": _checked("ipv6", "address6", address6),
            "autostart": autostart,
            "bond-primary": bond_primary,
            "bond_mode": bond_mode,
            "bond_xmit_hash_policy": bond_xmit_hash_policy,
            "bridge_ports": _join(bridge_ports),
            "bridge_vlan_aware": bridge_vlan_aware,
            "cidr": _checked("CIDRv4", "cidr", cidr),
            "cidr6": _checked("CIDRv6", "cidr6", cidr6),
            "comments": comments,
            "comments6": comments6,
            "gateway": _checked("ipv4", "gateway", gateway),
            "gateway6": _checked("ipv6", "gateway6", gateway6),
            "mtu": mtu,
            "netmask": netmask,
            "netmask6": netmask6,
            "ovs_bonds": _join(ovs_bonds),
            "ovs_bridge": ovs_bridge,
            "ovs_options": ovs_options,
            "ovs_ports": _join(ovs_ports),
            "ovs_tag": ovs_tag,
            "slaves": _join(slaves),
            "vlan-id": vlan_id,
            "vlan-raw-device": vlan_raw_device,
        }
        return self._client._call("POST", self._path, params, _R9)

    def delete(self) -> None:
        """Revert network configuration changes.

        Returns:
            ``None``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/network`` (``revert_network_changes``)."""
        return self._client._call("DELETE", self._path, {}, _R10)


class NodesNodeNetworkIface(SyncPath):
    """``/nodes/{node}/network/{iface}`` ({iface})

    ``GET``: Read network device configuration
    ``PUT``: Update network device configuration
    ``DELETE``: Delete network device configuration"""

    __slots__ = ()

    def get(self) -> NodesNodeNetworkIfaceGetResult:
        """Read network device configuration

        Returns:
            ``NodesNodeNetworkIfaceGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/network/{iface}`` (``network_config``)."""
        return self._client._call("GET", self._path, {}, _R11)

    def put(
        self,
        *,
        type: Literal[
            "bridge",
            "bond",
            "eth",
            "alias",
            "vlan",
            "OVSBridge",
            "OVSBond",
            "OVSPort",
            "OVSIntPort",
            "unknown",
        ],
        address: str | None = None,
        address6: str | None = None,
        autostart: bool | None = None,
        bond_primary: str | None = None,
        bond_mode: Literal[
            "balance-rr",
            "active-backup",
            "balance-xor",
            "broadcast",
            "802.3ad",
            "balance-tlb",
            "balance-alb",
            "balance-slb",
            "lacp-balance-slb",
            "lacp-balance-tcp",
        ]
        | None = None,
        bond_xmit_hash_policy: Literal["layer2", "layer2+3", "layer3+4"] | None = None,
        bridge_ports: str | Sequence[str] | None = None,
        bridge_vlan_aware: bool | None = None,
        cidr: str | None = None,
        cidr6: str | None = None,
        comments: str | None = None,
        comments6: str | None = None,
        delete: str | Sequence[str] | None = None,
        gateway: str | None = None,
        gateway6: str | None = None,
        mtu: int | None = None,
        netmask: str | None = None,
        netmask6: int | None = None,
        ovs_bonds: str | Sequence[str] | None = None,
        ovs_bridge: str | None = None,
        ovs_options: str | None = None,
        ovs_ports: str | Sequence[str] | None = None,
        ovs_tag: int | None = None,
        slaves: str | Sequence[str] | None = None,
        vlan_id: int | None = None,
        vlan_raw_device: str | None = None,
    ) -> None:
        """Update network device configuration

        Args:
            type: Network interface type
            address: IP address.
                Format: ``ipv4``.
            address6: IP address.
                Format: ``ipv6``.
            autostart: Automatically start interface on boot.
            bond_primary: Specify the primary interface for active-backup bond.
                Format: ``pve-iface``.
            bond_mode: Bonding mode.
            bond_xmit_hash_policy: Selects the transmit hash policy to use for slave selection in balance-xor and 802.3ad modes.
            bridge_ports: Specify the iterfaces you want to add to your bridge.
                Format: ``pve-iface-list``.
                Syntax: ``<string>``.
            bridge_vlan_aware: Enable bridge vlan support.
            cidr: IPv4 CIDR.
                Format: ``CIDRv4``.
            cidr6: IPv6 CIDR.
                Format: ``CIDRv6``.
            comments: Comments
            comments6: Comments
            delete: A list of settings you want to delete.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            gateway: Default gateway address.
                Format: ``ipv4``.
            gateway6: Default ipv6 gateway address.
                Format: ``ipv6``.
            mtu: MTU.
                Range: 1280 to 65520.
            netmask: Network mask.
                Format: ``ipv4mask``.
            netmask6: Network mask.
                Range: 0 to 128.
            ovs_bonds: Specify the interfaces used by the bonding device.
                Format: ``pve-iface-list``.
                Syntax: ``<string>``.
            ovs_bridge: The OVS bridge associated with a OVS port. This is required when you create an OVS port.
                Format: ``pve-iface``.
            ovs_options: OVS interface options.
                Length: 0 to 1024.
            ovs_ports: Specify the iterfaces you want to add to your bridge.
                Format: ``pve-iface-list``.
                Syntax: ``<string>``.
            ovs_tag: Specify a VLan tag (used by OVSPort, OVSIntPort, OVSBond)
                Range: 1 to 4094.
            slaves: Specify the interfaces used by the bonding device.
                Format: ``pve-iface-list``.
                Syntax: ``<string>``.
            vlan_id: vlan-id for a custom named vlan interface (ifupdown2 only).
                Range: 1 to 4094.
            vlan_raw_device: Specify the raw interface for the vlan interface.
                Format: ``pve-iface``.

        Returns:
            ``None``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/network/{iface}`` (``update_network``)."""
        params = {
            "type": type,
            "address": _checked("ipv4", "address", address),
            "address6": _checked("ipv6", "address6", address6),
            "autostart": autostart,
            "bond-primary": bond_primary,
            "bond_mode": bond_mode,
            "bond_xmit_hash_policy": bond_xmit_hash_policy,
            "bridge_ports": _join(bridge_ports),
            "bridge_vlan_aware": bridge_vlan_aware,
            "cidr": _checked("CIDRv4", "cidr", cidr),
            "cidr6": _checked("CIDRv6", "cidr6", cidr6),
            "comments": comments,
            "comments6": comments6,
            "delete": _join(delete),
            "gateway": _checked("ipv4", "gateway", gateway),
            "gateway6": _checked("ipv6", "gateway6", gateway6),
            "mtu": mtu,
            "netmask": netmask,
            "netmask6": netmask6,
            "ovs_bonds": _join(ovs_bonds),
            "ovs_bridge": ovs_bridge,
            "ovs_options": ovs_options,
            "ovs_ports": _join(ovs_ports),
            "ovs_tag": ovs_tag,
            "slaves": _join(slaves),
            "vlan-id": vlan_id,
            "vlan-raw-device": vlan_raw_device,
        }
        return self._client._call("PUT", self._path, params, _R12)

    def delete(self) -> None:
        """Delete network device configuration

        Returns:
            ``None``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/network/{iface}`` (``delete_network``)."""
        return self._client._call("DELETE", self._path, {}, _R13)


class NodesNodeSubscription(SyncPath):
    """``/nodes/{node}/subscription`` (subscription)

    ``GET``: Read subscription info.
    ``POST``: Update subscription info.
    ``PUT``: Set subscription key.
    ``DELETE``: Delete subscription key."""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Read subscription info.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[admin, qmanager, audit, quser]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/subscription`` (``get``)."""
        return self._client._call("GET", self._path, {}, _R14)

    def post(
        self,
        *,
        force: bool | None = None,
    ) -> None:
        """Update subscription info.

        Args:
            force: Always connect to server, even if we have up to date info inside local cache.
                Default: ``0``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/subscription`` (``update``)."""
        params = {
            "force": force,
        }
        return self._client._call("POST", self._path, params, _R15)

    def put(
        self,
        *,
        key: str,
    ) -> None:
        """Set subscription key.

        Args:
            key: Proxmox Mail Gateway subscription key
                Length: 0 to 32.
                Pattern: ``^pmg([cbsp])-[0-9a-f]{10}$``.

        Returns:
            ``None``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/subscription`` (``set``)."""
        key = _secret(key)
        params = {
            "key": key,
        }
        return self._client._call("PUT", self._path, params, _R16)

    def delete(self) -> None:
        """Delete subscription key.

        Returns:
            ``None``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/subscription`` (``delete``)."""
        return self._client._call("DELETE", self._path, {}, _R17)


class NodesNodeTracker(SyncPath):
    """``/nodes/{node}/tracker`` (tracker)

    ``GET``: Read mail list."""

    __slots__ = ()

    def id(self, id: str) -> NodesNodeTrackerId:
        """Mail ID (as returend by the list API)."""
        return NodesNodeTrackerId(self._client, self._path + "/" + _segment(id))

    def get(
        self,
        *,
        endtime: int | None = None,
        from_: str | None = None,
        greylist: bool | None = None,
        ndr: bool | None = None,
        starttime: int | None = None,
        target: str | None = None,
        xfilter: str | None = None,
    ) -> list[NodesNodeTrackerGetResultItem]:
        """Read mail list.

        Args:
            endtime: Only consider entries older than 'endtime' (unix epoch). This is set to '<start> + 1day' by default.
                Range: 1 to inf.
            from_: Sender email address filter.
                Length: 1 to 256.
            greylist: Include Greylisted entries.
                Default: ``0``.
            ndr: Include NDRs (non delivery reports).
                Default: ``0``.
            starttime: Only consider entries newer than 'starttime' (unix epoch). Default is 'now - 1day'.
                Range: 0 to inf.
            target: Receiver email address filter.
                Length: 1 to 256.
            xfilter: Only include mails containing this filter string.
                Length: 1 to 256.

        Returns:
            ``list[NodesNodeTrackerGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/tracker`` (``list_mails``)."""
        params = {
            "endtime": endtime,
            "from": from_,
            "greylist": greylist,
            "ndr": ndr,
            "starttime": starttime,
            "target": target,
            "xfilter": xfilter,
        }
        return self._client._call("GET", self._path, params, _R18)


class NodesNodeTrackerId(SyncPath):
    """``/nodes/{node}/tracker/{id}`` ({id})

    ``GET``: Get the detailed syslog entries for a specific mail ID."""

    __slots__ = ()

    def get(
        self,
        *,
        endtime: int | None = None,
        starttime: int | None = None,
    ) -> NodesNodeTrackerIdGetResult:
        """Get the detailed syslog entries for a specific mail ID.

        Args:
            endtime: Only consider entries older than 'endtime' (unix epoch). This is set to '<start> + 1day' by default.
                Range: 1 to inf.
            starttime: Only consider entries newer than 'starttime' (unix epoch). Default is 'now - 1day'.
                Range: 0 to inf.

        Returns:
            ``NodesNodeTrackerIdGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/tracker/{id}`` (``maillog``)."""
        params = {
            "endtime": endtime,
            "starttime": starttime,
        }
        return self._client._call("GET", self._path, params, _R19)


class NodesNodeBackup(SyncPath):
    """``/nodes/{node}/backup`` (backup)

    ``GET``: List all stored backups (files named proxmox-backup_{DATE}.tgz).
    ``POST``: Backup the system configuration."""

    __slots__ = ()

    def filename(self, filename: str) -> NodesNodeBackupFilename:
        """The backup file name."""
        return NodesNodeBackupFilename(self._client, self._path + "/" + _segment(filename))

    def get(self) -> list[NodesNodeBackupGetResultItem]:
        """List all stored backups (files named proxmox-backup_{DATE}.tgz).

        Returns:
            ``list[NodesNodeBackupGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/backup`` (``list``)."""
        return self._client._call("GET", self._path, {}, _R20)

    def post(
        self,
        *,
        statistic: bool | None = None,
    ) -> Task:
        """Backup the system configuration.

        Args:
            statistic: Backup statistic databases.
                Default: ``1``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/backup`` (``backup``)."""
        params = {
            "statistic": statistic,
        }
        return _task(self._client._call("POST", self._path, params, _R21), self._client)


class NodesNodeBackupFilename(SyncPath):
    """``/nodes/{node}/backup/{filename}`` ({filename})

    ``GET``: Download a backup file.
    ``POST``: Restore the system configuration.
    ``DELETE``: Delete a backup file."""

    __slots__ = ()

    def get(self) -> str:
        """Download a backup file.

        Returns:
            ``str``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/backup/{filename}`` (``download``)."""
        return self._client._call("GET", self._path, {}, _R22)

    def post(
        self,
        *,
        config: bool | None = None,
        database: bool | None = None,
        statistic: bool | None = None,
    ) -> Task:
        """Restore the system configuration.

        Args:
            config: Restore system configuration.
                Default: ``0``.
            database: Restore the rule database. This is the default.
                Default: ``1``.
            statistic: Restore statistic databases. Only considered when you restore the 'database'.
                Default: ``0``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/backup/{filename}`` (``restore``)."""
        params = {
            "config": config,
            "database": database,
            "statistic": statistic,
        }
        return _task(self._client._call("POST", self._path, params, _R23), self._client)

    def delete(self) -> None:
        """Delete a backup file.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/backup/{filename}`` (``delete``)."""
        return self._client._call("DELETE", self._path, {}, _R24)


class NodesNodeReport(SyncPath):
    """``/nodes/{node}/report`` (report)

    ``GET``: Gather various system information about a node"""

    __slots__ = ()

    def get(self) -> str:
        """Gather various system information about a node

        Returns:
            ``str``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/report`` (``report``)."""
        return self._client._call("GET", self._path, {}, _R25)


class NodesNodeRrddata(SyncPath):
    """``/nodes/{node}/rrddata`` (rrddata)

    ``GET``: Read node RRD statistics"""

    __slots__ = ()

    def get(
        self,
        *,
        timeframe: Literal["hour", "day", "week", "month", "year"],
        cf: Literal["AVERAGE", "MAX"] | None = None,
    ) -> list[dict[str, Any]]:
        """Read node RRD statistics

        Args:
            timeframe: Specify the time frame you are interested in.
            cf: The RRD consolidation function

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/rrddata`` (``rrddata``)."""
        params = {
            "timeframe": timeframe,
            "cf": cf,
        }
        return self._client._call("GET", self._path, params, _R26)


class NodesNodeSyslog(SyncPath):
    """``/nodes/{node}/syslog`` (syslog)

    ``GET``: Read system log"""

    __slots__ = ()

    def get(
        self,
        *,
        limit: int | None = None,
        service: str | None = None,
        since: str | None = None,
        start: int | None = None,
        until: str | None = None,
    ) -> list[NodesSyslogGetResultItem]:
        """Read system log

        Args:
            limit: (no description in the schema)
                Range: 0 to inf.
            service: Service ID
                Length: 0 to 128.
            since: Display all log since this date-time string.
                Pattern: ``^^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}(:\\d{2})?)?$$``.
            start: (no description in the schema)
                Range: 0 to inf.
            until: Display all log until this date-time string.
                Pattern: ``^^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}(:\\d{2})?)?$$``.

        Returns:
            ``list[NodesSyslogGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/syslog`` (``syslog``)."""
        params = {
            "limit": limit,
            "service": service,
            "since": since,
            "start": start,
            "until": until,
        }
        return self._client._call("GET", self._path, params, _R27)


class NodesNodeJournal(SyncPath):
    """``/nodes/{node}/journal`` (journal)

    ``GET``: Read Journal"""

    __slots__ = ()

    def get(
        self,
        *,
        endcursor: str | None = None,
        lastentries: int | None = None,
        since: int | None = None,
        startcursor: str | None = None,
        until: int | None = None,
    ) -> list[str]:
        """Read Journal

        Args:
            endcursor: End before the given Cursor. Conflicts with 'until'.
            lastentries: Limit to the last X lines. Conflicts with a range.
                Range: 0 to inf.
            since: Display all log since this UNIX epoch. Conflicts with 'startcursor'.
                Range: 0 to inf.
            startcursor: Start after the given Cursor. Conflicts with 'since'.
            until: Display all log until this UNIX epoch. Conflicts with 'endcursor'.
                Range: 0 to inf.

        Returns:
            ``list[str]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/journal`` (``journal``)."""
        params = {
            "endcursor": endcursor,
            "lastentries": lastentries,
            "since": since,
            "startcursor": startcursor,
            "until": until,
        }
        return self._client._call("GET", self._path, params, _R28)


class NodesNodeTermproxy(SyncPath):
    """``/nodes/{node}/termproxy`` (termproxy)

    ``POST``: Creates a Terminal proxy."""

    __slots__ = ()

    def post(
        self,
        *,
        upgrade: bool | None = None,
    ) -> NodesTermproxyPostResult:
        """Creates a Terminal proxy.

        Args:
            upgrade: Run 'apt-get dist-upgrade' instead of normal shell.
                Default: ``0``.

        Returns:
            ``NodesTermproxyPostResult``

        Permissions:
            Check: ``[admin]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/termproxy`` (``termproxy``)."""
        params = {
            "upgrade": upgrade,
        }
        return self._client._call("POST", self._path, params, _R29)


class NodesNodeVncwebsocket(SyncPath):
    """``/nodes/{node}/vncwebsocket`` (vncwebsocket)

    ``GET``: Opens a weksocket for VNC traffic."""

    __slots__ = ()

    def get(
        self,
        *,
        port: int,
        vncticket: str,
    ) -> NodesVncwebsocketGetResult:
        """Opens a weksocket for VNC traffic.

        Args:
            port: Port number returned by previous vncproxy call.
                Range: 5900 to 5999.
            vncticket: Ticket from previous call to vncproxy.
                Length: 0 to 512.

        Returns:
            ``NodesVncwebsocketGetResult``

        Permissions:
            Check: ``[admin]``

        Proxmox: ``GET /nodes/{node}/vncwebsocket`` (``vncwebsocket``)."""
        vncticket = _secret(vncticket)
        params = {
            "port": port,
            "vncticket": vncticket,
        }
        return self._client._call("GET", self._path, params, _R30)


class NodesNodeDns(SyncPath):
    """``/nodes/{node}/dns`` (dns)

    ``GET``: Read DNS settings.
    ``PUT``: Write DNS settings."""

    __slots__ = ()

    def get(self) -> NodesDnsGetResult:
        """Read DNS settings.

        Returns:
            ``NodesDnsGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/dns`` (``dns``)."""
        return self._client._call("GET", self._path, {}, _R31)

    def put(
        self,
        *,
        search: str,
        dns1: str | None = None,
        dns2: str | None = None,
        dns3: str | None = None,
    ) -> None:
        """Write DNS settings.

        Args:
            search: Search domain for host-name lookup.
            dns1: First name server IP address.
                Format: ``ip``.
            dns2: Second name server IP address.
                Format: ``ip``.
            dns3: Third name server IP address.
                Format: ``ip``.

        Returns:
            ``None``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/dns`` (``update_dns``)."""
        params = {
            "search": search,
            "dns1": _checked("ip", "dns1", dns1),
            "dns2": _checked("ip", "dns2", dns2),
            "dns3": _checked("ip", "dns3", dns3),
        }
        return self._client._call("PUT", self._path, params, _R32)


class NodesNodeTime(SyncPath):
    """``/nodes/{node}/time`` (time)

    ``GET``: Read server time and time zone settings.
    ``PUT``: Set time zone."""

    __slots__ = ()

    def get(self) -> NodesTimeGetResult:
        """Read server time and time zone settings.

        Returns:
            ``NodesTimeGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/time`` (``time``)."""
        return self._client._call("GET", self._path, {}, _R33)

    def put(
        self,
        *,
        timezone: str,
    ) -> None:
        """Set time zone.

        Args:
            timezone: Time zone. The file '/usr/share/zoneinfo/zone.tab' contains the list of valid names.

        Returns:
            ``None``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/time`` (``set_timezone``)."""
        params = {
            "timezone": timezone,
        }
        return self._client._call("PUT", self._path, params, _R34)


class NodesNodeStatus(SyncPath):
    """``/nodes/{node}/status`` (status)

    ``GET``: Read server status. This is used by the cluster manager to test the node health.
    ``POST``: Reboot or shutdown a node."""

    __slots__ = ()

    def get(self) -> NodesStatusGetResult:
        """Read server status. This is used by the cluster manager to test the node health.

        Returns:
            ``NodesStatusGetResult``

        Permissions:
            Check: ``[admin, qmanager, audit]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/status`` (``status``)."""
        return self._client._call("GET", self._path, {}, _R35)

    def post(
        self,
        *,
        command: Literal["reboot", "shutdown"],
    ) -> None:
        """Reboot or shutdown a node.

        Args:
            command: Specify the command.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/status`` (``node_cmd``)."""
        params = {
            "command": command,
        }
        return self._client._call("POST", self._path, params, _R36)
