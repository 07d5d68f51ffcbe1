# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``nodes`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import AsyncPath, Returns
from pvesdk._runtime import checked as _checked
from pvesdk._runtime import family as _family
from pvesdk._runtime import join as _join
from pvesdk._runtime import segment as _segment
from pvesdk._runtime import sequence as _sequence
from pvesdk.tasks import AsyncTask
from pvesdk.tasks import bind_async_task as _task
from pvesdk.tasks import bind_async_task_or_text as _task_or_text

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.nodes.nodes_apt_get import NodesAptGetResultItem
    from ..models.nodes.nodes_apt_repositories_get import NodesAptRepositoriesGetResult
    from ..models.nodes.nodes_apt_update_get import NodesAptUpdateGetResultItem
    from ..models.nodes.nodes_apt_versions_get import NodesAptVersionsGetResultItem
    from ..models.nodes.nodes_capabilities_qemu_cpu_flags_get import (
        NodesCapabilitiesQemuCpuFlagsGetResultItem,
    )
    from ..models.nodes.nodes_capabilities_qemu_cpu_get import (
        NodesCapabilitiesQemuCpuGetResultItem,
    )
    from ..models.nodes.nodes_capabilities_qemu_machines_get import (
        NodesCapabilitiesQemuMachinesGetResultItem,
    )
    from ..models.nodes.nodes_capabilities_qemu_migration_get import (
        NodesCapabilitiesQemuMigrationGetResult,
    )
    from ..models.nodes.nodes_certificates_custom_post import (
        NodesCertificatesCustomPostResult,
    )
    from ..models.nodes.nodes_certificates_info_get import (
        NodesCertificatesInfoGetResultItem,
    )
    from ..models.nodes.nodes_config_get import NodesConfigGetResult
    from ..models.nodes.nodes_dns_get import NodesDnsGetResult
    from ..models.nodes.nodes_firewall_log_get import NodesFirewallLogGetResultItem
    from ..models.nodes.nodes_firewall_options_get import NodesFirewallOptionsGetResult
    from ..models.nodes.nodes_get import NodesGetResultItem
    from ..models.nodes.nodes_hardware_get import NodesHardwareGetResultItem
    from ..models.nodes.nodes_hardware_pci_mdev_get import (
        NodesHardwarePciMdevGetResultItem,
    )
    from ..models.nodes.nodes_hardware_usb_get import NodesHardwareUsbGetResultItem
    from ..models.nodes.nodes_hosts_get import NodesHostsGetResult
    from ..models.nodes.nodes_node_firewall_rules_get import (
        NodesNodeFirewallRulesGetResultItem,
    )
    from ..models.nodes.nodes_node_firewall_rules_pos_get import (
        NodesNodeFirewallRulesPosGetResult,
    )
    from ..models.nodes.nodes_node_hardware_pci_get import (
        NodesNodeHardwarePciGetResultItem,
    )
    from ..models.nodes.nodes_node_hardware_pci_pci_id_or_mapping_get import (
        NodesNodeHardwarePciPciIdOrMappingGetResultItem,
    )
    from ..models.nodes.nodes_node_network_get import NodesNodeNetworkGetResultItem
    from ..models.nodes.nodes_node_network_iface_get import (
        NodesNodeNetworkIfaceGetResult,
    )
    from ..models.nodes.nodes_node_replication_get import (
        NodesNodeReplicationGetResultItem,
    )
    from ..models.nodes.nodes_node_services_get import NodesNodeServicesGetResultItem
    from ..models.nodes.nodes_node_services_service_get import (
        NodesNodeServicesServiceGetResultItem,
    )
    from ..models.nodes.nodes_node_tasks_get import NodesNodeTasksGetResultItem
    from ..models.nodes.nodes_query_url_metadata_get import (
        NodesQueryUrlMetadataGetResult,
    )
    from ..models.nodes.nodes_replication_log_get import (
        NodesReplicationLogGetResultItem,
    )
    from ..models.nodes.nodes_rrd_get import NodesRrdGetResult
    from ..models.nodes.nodes_services_state_get import NodesServicesStateGetResult
    from ..models.nodes.nodes_spiceshell_post import NodesSpiceshellPostResult
    from ..models.nodes.nodes_status_get import NodesStatusGetResult
    from ..models.nodes.nodes_subscription_get import NodesSubscriptionGetResult
    from ..models.nodes.nodes_syslog_get import NodesSyslogGetResultItem
    from ..models.nodes.nodes_tasks_log_get import NodesTasksLogGetResultItem
    from ..models.nodes.nodes_tasks_status_get import NodesTasksStatusGetResult
    from ..models.nodes.nodes_termproxy_post import NodesTermproxyPostResult
    from ..models.nodes.nodes_time_get import NodesTimeGetResult
    from ..models.nodes.nodes_version_get import NodesVersionGetResult
    from ..models.nodes.nodes_vncshell_post import NodesVncshellPostResult
    from ..models.nodes.nodes_vncwebsocket_get import NodesVncwebsocketGetResult
    from ..models.nodes.nodes_vzdump_defaults_get import NodesVzdumpDefaultsGetResult
    from ..propstr.acme import Acme
    from ..propstr.acmedomain import Acmedomain
    from ..propstr.fleecing import Fleecing
    from ..propstr.location import Location
    from ..propstr.performance import Performance
    from ..propstr.prune_backups import PruneBackups
    from ..propstr.wakeonlan import Wakeonlan
    from . import nodes_ceph as _nodes_ceph
    from . import nodes_disks as _nodes_disks
    from . import nodes_lxc as _nodes_lxc
    from . import nodes_qemu as _nodes_qemu
    from . import nodes_scan as _nodes_scan
    from . import nodes_sdn as _nodes_sdn
    from . import nodes_storage as _nodes_storage

_R0: Returns[list[NodesGetResultItem]] = Returns(
    "list[NodesGetResultItem]", "GET /nodes", "models.nodes.nodes_get"
)
_R1: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /nodes/{node}")
_R2: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /nodes/{node}/aplinfo")
_R3: Returns[str] = Returns("str", "POST /nodes/{node}/aplinfo")
_R4: Returns[list[NodesAptGetResultItem]] = Returns(
    "list[NodesAptGetResultItem]", "GET /nodes/{node}/apt", "models.nodes.nodes_apt_get"
)
_R5: Returns[str] = Returns("str", "GET /nodes/{node}/apt/changelog")
_R6: Returns[NodesAptRepositoriesGetResult] = Returns(
    "NodesAptRepositoriesGetResult",
    "GET /nodes/{node}/apt/repositories",
    "models.nodes.nodes_apt_repositories_get",
)
_R7: Returns[None] = Returns("None", "POST /nodes/{node}/apt/repositories")
_R8: Returns[None] = Returns("None", "PUT /nodes/{node}/apt/repositories")
_R9: Returns[list[NodesAptUpdateGetResultItem]] = Returns(
    "list[NodesAptUpdateGetResultItem]",
    "GET /nodes/{node}/apt/update",
    "models.nodes.nodes_apt_update_get",
)
_R10: Returns[str] = Returns("str", "POST /nodes/{node}/apt/update")
_R11: Returns[list[NodesAptVersionsGetResultItem]] = Returns(
    "list[NodesAptVersionsGetResultItem]",
    "GET /nodes/{node}/apt/versions",
    "models.nodes.nodes_apt_versions_get",
)
_R12: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/capabilities"
)
_R13: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/capabilities/qemu"
)
_R14: Returns[list[NodesCapabilitiesQemuCpuGetResultItem]] = Returns(
    "list[NodesCapabilitiesQemuCpuGetResultItem]",
    "GET /nodes/{node}/capabilities/qemu/cpu",
    "models.nodes.nodes_capabilities_qemu_cpu_get",
)
_R15: Returns[list[NodesCapabilitiesQemuCpuFlagsGetResultItem]] = Returns(
    "list[NodesCapabilitiesQemuCpuFlagsGetResultItem]",
    "GET /nodes/{node}/capabilities/qemu/cpu-flags",
    "models.nodes.nodes_capabilities_qemu_cpu_flags_get",
)
_R16: Returns[list[NodesCapabilitiesQemuMachinesGetResultItem]] = Returns(
    "list[NodesCapabilitiesQemuMachinesGetResultItem]",
    "GET /nodes/{node}/capabilities/qemu/machines",
    "models.nodes.nodes_capabilities_qemu_machines_get",
)
_R17: Returns[NodesCapabilitiesQemuMigrationGetResult] = Returns(
    "NodesCapabilitiesQemuMigrationGetResult",
    "GET /nodes/{node}/capabilities/qemu/migration",
    "models.nodes.nodes_capabilities_qemu_migration_get",
)
_R18: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/certificates"
)
_R19: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/certificates/acme"
)
_R20: Returns[str] = Returns("str", "POST /nodes/{node}/certificates/acme/certificate")
_R21: Returns[str] = Returns("str", "PUT /nodes/{node}/certificates/acme/certificate")
_R22: Returns[str] = Returns("str", "DELETE /nodes/{node}/certificates/acme/certificate")
_R23: Returns[NodesCertificatesCustomPostResult] = Returns(
    "NodesCertificatesCustomPostResult",
    "POST /nodes/{node}/certificates/custom",
    "models.nodes.nodes_certificates_custom_post",
)
_R24: Returns[None] = Returns("None", "DELETE /nodes/{node}/certificates/custom")
_R25: Returns[list[NodesCertificatesInfoGetResultItem]] = Returns(
    "list[NodesCertificatesInfoGetResultItem]",
    "GET /nodes/{node}/certificates/info",
    "models.nodes.nodes_certificates_info_get",
)
_R26: Returns[NodesConfigGetResult] = Returns(
    "NodesConfigGetResult", "GET /nodes/{node}/config", "models.nodes.nodes_config_get"
)
_R27: Returns[None] = Returns("None", "PUT /nodes/{node}/config")
_R28: Returns[NodesDnsGetResult] = Returns(
    "NodesDnsGetResult", "GET /nodes/{node}/dns", "models.nodes.nodes_dns_get"
)
_R29: Returns[None] = Returns("None", "PUT /nodes/{node}/dns")
_R30: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "POST /nodes/{node}/execute")
_R31: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /nodes/{node}/firewall")
_R32: Returns[list[NodesFirewallLogGetResultItem]] = Returns(
    "list[NodesFirewallLogGetResultItem]",
    "GET /nodes/{node}/firewall/log",
    "models.nodes.nodes_firewall_log_get",
)
_R33: Returns[NodesFirewallOptionsGetResult] = Returns(
    "NodesFirewallOptionsGetResult",
    "GET /nodes/{node}/firewall/options",
    "models.nodes.nodes_firewall_options_get",
)
_R34: Returns[None] = Returns("None", "PUT /nodes/{node}/firewall/options")
_R35: Returns[list[NodesNodeFirewallRulesGetResultItem]] = Returns(
    "list[NodesNodeFirewallRulesGetResultItem]",
    "GET /nodes/{node}/firewall/rules",
    "models.nodes.nodes_node_firewall_rules_get",
)
_R36: Returns[None] = Returns("None", "POST /nodes/{node}/firewall/rules")
_R37: Returns[NodesNodeFirewallRulesPosGetResult] = Returns(
    "NodesNodeFirewallRulesPosGetResult",
    "GET /nodes/{node}/firewall/rules/{pos}",
    "models.nodes.nodes_node_firewall_rules_pos_get",
)
_R38: Returns[None] = Returns("None", "PUT /nodes/{node}/firewall/rules/{pos}")
_R39: Returns[None] = Returns("None", "DELETE /nodes/{node}/firewall/rules/{pos}")
_R40: Returns[list[NodesHardwareGetResultItem]] = Returns(
    "list[NodesHardwareGetResultItem]",
    "GET /nodes/{node}/hardware",
    "models.nodes.nodes_hardware_get",
)
_R41: Returns[list[NodesNodeHardwarePciGetResultItem]] = Returns(
    "list[NodesNodeHardwarePciGetResultItem]",
    "GET /nodes/{node}/hardware/pci",
    "models.nodes.nodes_node_hardware_pci_get",
)
_R42: Returns[list[NodesNodeHardwarePciPciIdOrMappingGetResultItem]] = Returns(
    "list[NodesNodeHardwarePciPciIdOrMappingGetResultItem]",
    "GET /nodes/{node}/hardware/pci/{pci-id-or-mapping}",
    "models.nodes.nodes_node_hardware_pci_pci_id_or_mapping_get",
)
_R43: Returns[list[NodesHardwarePciMdevGetResultItem]] = Returns(
    "list[NodesHardwarePciMdevGetResultItem]",
    "GET /nodes/{node}/hardware/pci/{pci-id-or-mapping}/mdev",
    "models.nodes.nodes_hardware_pci_mdev_get",
)
_R44: Returns[list[NodesHardwareUsbGetResultItem]] = Returns(
    "list[NodesHardwareUsbGetResultItem]",
    "GET /nodes/{node}/hardware/usb",
    "models.nodes.nodes_hardware_usb_get",
)
_R45: Returns[NodesHostsGetResult] = Returns(
    "NodesHostsGetResult", "GET /nodes/{node}/hosts", "models.nodes.nodes_hosts_get"
)
_R46: Returns[None] = Returns("None", "POST /nodes/{node}/hosts")
_R47: Returns[list[str]] = Returns("list[str]", "GET /nodes/{node}/journal")
_R48: Returns[str] = Returns("str", "POST /nodes/{node}/migrateall")
_R49: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /nodes/{node}/netstat")
_R50: Returns[list[NodesNodeNetworkGetResultItem]] = Returns(
    "list[NodesNodeNetworkGetResultItem]",
    "GET /nodes/{node}/network",
    "models.nodes.nodes_node_network_get",
)
_R51: Returns[None] = Returns("None", "POST /nodes/{node}/network")
_R52: Returns[str] = Returns("str", "PUT /nodes/{node}/network")
_R53: Returns[None] = Returns("None", "DELETE /nodes/{node}/network")
_R54: Returns[NodesNodeNetworkIfaceGetResult] = Returns(
    "NodesNodeNetworkIfaceGetResult",
    "GET /nodes/{node}/network/{iface}",
    "models.nodes.nodes_node_network_iface_get",
)
_R55: Returns[None] = Returns("None", "PUT /nodes/{node}/network/{iface}")
_R56: Returns[None] = Returns("None", "DELETE /nodes/{node}/network/{iface}")
_R57: Returns[list[str]] = Returns("list[str]", "GET /nodes/{node}/query-oci-repo-tags")
_R58: Returns[NodesQueryUrlMetadataGetResult] = Returns(
    "NodesQueryUrlMetadataGetResult",
    "GET /nodes/{node}/query-url-metadata",
    "models.nodes.nodes_query_url_metadata_get",
)
_R59: Returns[list[NodesNodeReplicationGetResultItem]] = Returns(
    "list[NodesNodeReplicationGetResultItem]",
    "GET /nodes/{node}/replication",
    "models.nodes.nodes_node_replication_get",
)
_R60: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/replication/{id}"
)
_R61: Returns[list[NodesReplicationLogGetResultItem]] = Returns(
    "list[NodesReplicationLogGetResultItem]",
    "GET /nodes/{node}/replication/{id}/log",
    "models.nodes.nodes_replication_log_get",
)
_R62: Returns[str] = Returns("str", "POST /nodes/{node}/replication/{id}/schedule_now")
_R63: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /nodes/{node}/replication/{id}/status"
)
_R64: Returns[str] = Returns("str", "GET /nodes/{node}/report")
_R65: Returns[NodesRrdGetResult] = Returns(
    "NodesRrdGetResult", "GET /nodes/{node}/rrd", "models.nodes.nodes_rrd_get"
)
_R66: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /nodes/{node}/rrddata")
_R67: Returns[list[NodesNodeServicesGetResultItem]] = Returns(
    "list[NodesNodeServicesGetResultItem]",
    "GET /nodes/{node}/services",
    "models.nodes.nodes_node_services_get",
)
_R68: Returns[list[NodesNodeServicesServiceGetResultItem]] = Returns(
    "list[NodesNodeServicesServiceGetResultItem]",
    "GET /nodes/{node}/services/{service}",
    "models.nodes.nodes_node_services_service_get",
)
_R69: Returns[str] = Returns("str", "POST /nodes/{node}/services/{service}/reload")
_R70: Returns[str] = Returns("str", "POST /nodes/{node}/services/{service}/restart")
_R71: Returns[str] = Returns("str", "POST /nodes/{node}/services/{service}/start")
_R72: Returns[NodesServicesStateGetResult] = Returns(
    "NodesServicesStateGetResult",
    "GET /nodes/{node}/services/{service}/state",
    "models.nodes.nodes_services_state_get",
)
_R73: Returns[str] = Returns("str", "POST /nodes/{node}/services/{service}/stop")
_R74: Returns[NodesSpiceshellPostResult] = Returns(
    "NodesSpiceshellPostResult",
    "POST /nodes/{node}/spiceshell",
    "models.nodes.nodes_spiceshell_post",
)
_R75: Returns[str] = Returns("str", "POST /nodes/{node}/startall")
_R76: Returns[NodesStatusGetResult] = Returns(
    "NodesStatusGetResult", "GET /nodes/{node}/status", "models.nodes.nodes_status_get"
)
_R77: Returns[None] = Returns("None", "POST /nodes/{node}/status")
_R78: Returns[str] = Returns("str", "POST /nodes/{node}/stopall")
_R79: Returns[NodesSubscriptionGetResult] = Returns(
    "NodesSubscriptionGetResult",
    "GET /nodes/{node}/subscription",
    "models.nodes.nodes_subscription_get",
)
_R80: Returns[None] = Returns("None", "POST /nodes/{node}/subscription")
_R81: Returns[None] = Returns("None", "PUT /nodes/{node}/subscription")
_R82: Returns[None] = Returns("None", "DELETE /nodes/{node}/subscription")
_R83: Returns[str] = Returns("str", "POST /nodes/{node}/suspendall")
_R84: Returns[list[NodesSyslogGetResultItem]] = Returns(
    "list[NodesSyslogGetResultItem]", "GET /nodes/{node}/syslog", "models.nodes.nodes_syslog_get"
)
_R85: Returns[list[NodesNodeTasksGetResultItem]] = Returns(
    "list[NodesNodeTasksGetResultItem]",
    "GET /nodes/{node}/tasks",
    "models.nodes.nodes_node_tasks_get",
)
_R86: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/tasks/{upid}"
)
_R87: Returns[None] = Returns("None", "DELETE /nodes/{node}/tasks/{upid}")
_R88: Returns[list[NodesTasksLogGetResultItem]] = Returns(
    "list[NodesTasksLogGetResultItem]",
    "GET /nodes/{node}/tasks/{upid}/log",
    "models.nodes.nodes_tasks_log_get",
)
_R89: Returns[NodesTasksStatusGetResult] = Returns(
    "NodesTasksStatusGetResult",
    "GET /nodes/{node}/tasks/{upid}/status",
    "models.nodes.nodes_tasks_status_get",
)
_R90: Returns[NodesTermproxyPostResult] = Returns(
    "NodesTermproxyPostResult", "POST /nodes/{node}/termproxy", "models.nodes.nodes_termproxy_post"
)
_R91: Returns[NodesTimeGetResult] = Returns(
    "NodesTimeGetResult", "GET /nodes/{node}/time", "models.nodes.nodes_time_get"
)
_R92: Returns[None] = Returns("None", "PUT /nodes/{node}/time")
_R93: Returns[NodesVersionGetResult] = Returns(
    "NodesVersionGetResult", "GET /nodes/{node}/version", "models.nodes.nodes_version_get"
)
_R94: Returns[NodesVncshellPostResult] = Returns(
    "NodesVncshellPostResult", "POST /nodes/{node}/vncshell", "models.nodes.nodes_vncshell_post"
)
_R95: Returns[NodesVncwebsocketGetResult] = Returns(
    "NodesVncwebsocketGetResult",
    "GET /nodes/{node}/vncwebsocket",
    "models.nodes.nodes_vncwebsocket_get",
)
_R96: Returns[str] = Returns("str", "POST /nodes/{node}/vzdump")
_R97: Returns[NodesVzdumpDefaultsGetResult] = Returns(
    "NodesVzdumpDefaultsGetResult",
    "GET /nodes/{node}/vzdump/defaults",
    "models.nodes.nodes_vzdump_defaults_get",
)
_R98: Returns[str] = Returns("str", "GET /nodes/{node}/vzdump/extractconfig")
_R99: Returns[str] = Returns("str", "POST /nodes/{node}/wakeonlan")


class Nodes(AsyncPath):
    """``/nodes`` (nodes)

    ``GET``: Cluster node index."""

    __slots__ = ()

    def node(self, node: str) -> NodesNode:
        """The cluster node name."""
        return NodesNode(self._c, self._p + "/" + _segment(node))

    async def get(self) -> list[NodesGetResultItem]:
        """Cluster node index.

        Returns:
            ``list[NodesGetResultItem]``

        Permissions:
            User: all

        Proxmox: ``GET /nodes`` (``index``)."""
        return await self._c._call("GET", self._p, {}, _R0)


class NodesNode(AsyncPath):
    """``/nodes/{node}`` ({node})

    ``GET``: Node index."""

    __slots__ = ()

    @property
    def aplinfo(self) -> NodesNodeAplinfo:
        """Get list of appliances."""
        return NodesNodeAplinfo(self._c, self._p + "/aplinfo")

    @property
    def apt(self) -> NodesNodeApt:
        """Directory index for apt (Advanced Package Tool)."""
        return NodesNodeApt(self._c, self._p + "/apt")

    @property
    def capabilities(self) -> NodesNodeCapabilities:
        """Node capabilities index."""
        return NodesNodeCapabilities(self._c, self._p + "/capabilities")

    @property
    def ceph(self) -> _nodes_ceph.NodesNodeCeph:
        """Directory index."""
        from . import nodes_ceph as _nodes_ceph

        return _nodes_ceph.NodesNodeCeph(self._c, self._p + "/ceph")

    @property
    def certificates(self) -> NodesNodeCertificates:
        """Node index."""
        return NodesNodeCertificates(self._c, self._p + "/certificates")

    @property
    def config(self) -> NodesNodeConfig:
        """Get node configuration options."""
        return NodesNodeConfig(self._c, self._p + "/config")

    @property
    def disks(self) -> _nodes_disks.NodesNodeDisks:
        """Node index."""
        from . import nodes_disks as _nodes_disks

        return _nodes_disks.NodesNodeDisks(self._c, self._p + "/disks")

    @property
    def dns(self) -> NodesNodeDns:
        """Read DNS settings."""
        return NodesNodeDns(self._c, self._p + "/dns")

    @property
    def execute(self) -> NodesNodeExecute:
        """Execute multiple commands in order, root only."""
        return NodesNodeExecute(self._c, self._p + "/execute")

    @property
    def firewall(self) -> NodesNodeFirewall:
        """Directory index."""
        return NodesNodeFirewall(self._c, self._p + "/firewall")

    @property
    def hardware(self) -> NodesNodeHardware:
        """Index of hardware types"""
        return NodesNodeHardware(self._c, self._p + "/hardware")

    @property
    def hosts(self) -> NodesNodeHosts:
        """Get the content of /etc/hosts."""
        return NodesNodeHosts(self._c, self._p + "/hosts")

    @property
    def journal(self) -> NodesNodeJournal:
        """Read Journal"""
        return NodesNodeJournal(self._c, self._p + "/journal")

    @property
    def lxc(self) -> _nodes_lxc.NodesNodeLxc:
        """LXC container index (per node)."""
        from . import nodes_lxc as _nodes_lxc

        return _nodes_lxc.NodesNodeLxc(self._c, self._p + "/lxc")

    @property
    def migrateall(self) -> NodesNodeMigrateall:
        """Migrate all VMs and Containers."""
        return NodesNodeMigrateall(self._c, self._p + "/migrateall")

    @property
    def netstat(self) -> NodesNodeNetstat:
        """Read tap/vm network device interface counters"""
        return NodesNodeNetstat(self._c, self._p + "/netstat")

    @property
    def network(self) -> NodesNodeNetwork:
        """List available networks"""
        return NodesNodeNetwork(self._c, self._p + "/network")

    @property
    def qemu(self) -> _nodes_qemu.NodesNodeQemu:
        """Virtual machine index (per node)."""
        from . import nodes_qemu as _nodes_qemu

        return _nodes_qemu.NodesNodeQemu(self._c, self._p + "/qemu")

    @property
    def query_oci_repo_tags(self) -> NodesNodeQueryOciRepoTags:
        """List all tags for an OCI repository reference."""
        return NodesNodeQueryOciRepoTags(self._c, self._p + "/query-oci-repo-tags")

    @property
    def query_url_metadata(self) -> NodesNodeQueryUrlMetadata:
        """Query metadata of an URL: file size, file name and mime type."""
        return NodesNodeQueryUrlMetadata(self._c, self._p + "/query-url-metadata")

    @property
    def replication(self) -> NodesNodeReplication:
        """List status of all replication jobs on this node."""
        return NodesNodeReplication(self._c, self._p + "/replication")

    @property
    def report(self) -> NodesNodeReport:
        """Gather various systems information about a node"""
        return NodesNodeReport(self._c, self._p + "/report")

    @property
    def rrd(self) -> NodesNodeRrd:
        """Read node RRD statistics (returns PNG)"""
        return NodesNodeRrd(self._c, self._p + "/rrd")

    @property
    def rrddata(self) -> NodesNodeRrddata:
        """Read node RRD statistics"""
        return NodesNodeRrddata(self._c, self._p + "/rrddata")

    @property
    def scan(self) -> _nodes_scan.NodesNodeScan:
        """Index of available scan methods"""
        from . import nodes_scan as _nodes_scan

        return _nodes_scan.NodesNodeScan(self._c, self._p + "/scan")

    @property
    def sdn(self) -> _nodes_sdn.NodesNodeSdn:
        """SDN index."""
        from . import nodes_sdn as _nodes_sdn

        return _nodes_sdn.NodesNodeSdn(self._c, self._p + "/sdn")

    @property
    def services(self) -> NodesNodeServices:
        """Service list."""
        return NodesNodeServices(self._c, self._p + "/services")

    @property
    def spiceshell(self) -> NodesNodeSpiceshell:
        """Creates a SPICE shell."""
        return NodesNodeSpiceshell(self._c, self._p + "/spiceshell")

    @property
    def startall(self) -> NodesNodeStartall:
        """Start all VMs and containers located on this node (by default only those with onboot=1)."""
        return NodesNodeStartall(self._c, self._p + "/startall")

    @property
    def status(self) -> NodesNodeStatus:
        """Read node status"""
        return NodesNodeStatus(self._c, self._p + "/status")

    @property
    def stopall(self) -> NodesNodeStopall:
        """Stop all VMs and Containers."""
        return NodesNodeStopall(self._c, self._p + "/stopall")

    @property
    def storage(self) -> _nodes_storage.NodesNodeStorage:
        """Get status for all datastores."""
        from . import nodes_storage as _nodes_storage

        return _nodes_storage.NodesNodeStorage(self._c, self._p + "/storage")

    @property
    def subscription(self) -> NodesNodeSubscription:
        """Read subscription info."""
        return NodesNodeSubscription(self._c, self._p + "/subscription")

    @property
    def suspendall(self) -> NodesNodeSuspendall:
        """Suspend all VMs."""
        return NodesNodeSuspendall(self._c, self._p + "/suspendall")

    @property
    def syslog(self) -> NodesNodeSyslog:
        """Read system log"""
        return NodesNodeSyslog(self._c, self._p + "/syslog")

    @property
    def tasks(self) -> NodesNodeTasks:
        """Read task list for one node (finished tasks)."""
        return NodesNodeTasks(self._c, self._p + "/tasks")

    @property
    def termproxy(self) -> NodesNodeTermproxy:
        """Creates a VNC Shell proxy."""
        return NodesNodeTermproxy(self._c, self._p + "/termproxy")

    @property
    def time(self) -> NodesNodeTime:
        """Read server time and time zone settings."""
        return NodesNodeTime(self._c, self._p + "/time")

    @property
    def version(self) -> NodesNodeVersion:
        """API version details"""
        return NodesNodeVersion(self._c, self._p + "/version")

    @property
    def vncshell(self) -> NodesNodeVncshell:
        """Creates a VNC Shell proxy."""
        return NodesNodeVncshell(self._c, self._p + "/vncshell")

    @property
    def vncwebsocket(self) -> NodesNodeVncwebsocket:
        """Opens a websocket for VNC traffic."""
        return NodesNodeVncwebsocket(self._c, self._p + "/vncwebsocket")

    @property
    def vzdump(self) -> NodesNodeVzdump:
        """Create backup."""
        return NodesNodeVzdump(self._c, self._p + "/vzdump")

    @property
    def wakeonlan(self) -> NodesNodeWakeonlan:
        """Try to wake a node via 'wake on LAN' network packet."""
        return NodesNodeWakeonlan(self._c, self._p + "/wakeonlan")

    async def get(self) -> list[dict[str, Any]]:
        """Node index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /nodes/{node}`` (``index``)."""
        return await self._c._call("GET", self._p, {}, _R1)


class NodesNodeAplinfo(AsyncPath):
    """``/nodes/{node}/aplinfo`` (aplinfo)

    ``GET``: Get list of appliances.
    ``POST``: Download appliance templates."""

    __slots__ = ()

    async def get(self) -> list[dict[str, Any]]:
        """Get list of appliances.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/aplinfo`` (``aplinfo``)."""
        return await self._c._call("GET", self._p, {}, _R2)

    async def post(
        self,
        *,
        storage: str,
        template: str,
    ) -> AsyncTask:
        """Download appliance templates.

        Args:
            storage: The storage where the template will be stored
                Format: ``pve-storage-id``.
            template: The template which will downloaded
                Length: 0 to 255.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /storage/{storage}, [Datastore.AllocateTemplate]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/aplinfo`` (``apl_download``)."""
        params = {
            "storage": _checked("pve-storage-id", "storage", storage),
            "template": template,
        }
        return _task(await self._c._call("POST", self._p, params, _R3), self._c)


class NodesNodeApt(AsyncPath):
    """``/nodes/{node}/apt`` (apt)

    ``GET``: Directory index for apt (Advanced Package Tool)."""

    __slots__ = ()

    @property
    def changelog(self) -> NodesNodeAptChangelog:
        """Get package changelogs."""
        return NodesNodeAptChangelog(self._c, self._p + "/changelog")

    @property
    def repositories(self) -> NodesNodeAptRepositories:
        """Get APT repository information."""
        return NodesNodeAptRepositories(self._c, self._p + "/repositories")

    @property
    def update(self) -> NodesNodeAptUpdate:
        """List available updates."""
        return NodesNodeAptUpdate(self._c, self._p + "/update")

    @property
    def versions(self) -> NodesNodeAptVersions:
        """Get package information for important Proxmox packages."""
        return NodesNodeAptVersions(self._c, self._p + "/versions")

    async def get(self) -> list[NodesAptGetResultItem]:
        """Directory index for apt (Advanced Package Tool).

        Returns:
            ``list[NodesAptGetResultItem]``

        Permissions:
            User: all

        Proxmox: ``GET /nodes/{node}/apt`` (``index``)."""
        return await self._c._call("GET", self._p, {}, _R4)


class NodesNodeAptChangelog(AsyncPath):
    """``/nodes/{node}/apt/changelog`` (changelog)

    ``GET``: Get package changelogs."""

    __slots__ = ()

    async def get(
        self,
        *,
        name: str,
        version: str | None = None,
    ) -> str:
        """Get package changelogs.

        Args:
            name: Package name.
                Pattern: ``^(?:[a-z0-9][-+.a-z0-9:]+)$``.
            version: Package version.

        Returns:
            ``str``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/apt/changelog`` (``changelog``)."""
        params = {
            "name": name,
            "version": version,
        }
        return await self._c._call("GET", self._p, params, _R5)


class NodesNodeAptRepositories(AsyncPath):
    """``/nodes/{node}/apt/repositories`` (repositories)

    ``GET``: Get APT repository information.
    ``POST``: Change the properties of a repository. Currently only allows enabling/disabling.
    ``PUT``: Add a standard repository to the configuration"""

    __slots__ = ()

    async def get(self) -> NodesAptRepositoriesGetResult:
        """Get APT repository information.

        Returns:
            ``NodesAptRepositoriesGetResult``: Result from parsing the APT repository files in /etc/apt/.

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Audit]]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/apt/repositories`` (``repositories``)."""
        return await self._c._call("GET", self._p, {}, _R6)

    async def post(
        self,
        *,
        index: int,
        path: str,
        digest: str | None = None,
        enabled: bool | None = None,
    ) -> None:
        """Change the properties of a repository. Currently only allows enabling/disabling.

        Args:
            index: Index within the file (starting from 0).
            path: Path to the containing file.
            digest: Digest to detect modifications.
                Length: 0 to 80.
            enabled: Whether the repository should be enabled or not.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/apt/repositories`` (``change_repository``)."""
        params = {
            "index": index,
            "path": path,
            "digest": digest,
            "enabled": enabled,
        }
        return await self._c._call("POST", self._p, params, _R7)

    async def put(
        self,
        *,
        handle: str,
        digest: str | None = None,
    ) -> None:
        """Add a standard repository to the configuration

        Args:
            handle: Handle that identifies a repository.
            digest: Digest to detect modifications.
                Length: 0 to 80.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/apt/repositories`` (``add_repository``)."""
        params = {
            "handle": handle,
            "digest": digest,
        }
        return await self._c._call("PUT", self._p, params, _R8)


class NodesNodeAptUpdate(AsyncPath):
    """``/nodes/{node}/apt/update`` (update)

    ``GET``: List available updates.
    ``POST``: This is used to resynchronize the package index files from their sources (apt-get update)."""

    __slots__ = ()

    async def get(self) -> list[NodesAptUpdateGetResultItem]:
        """List available updates.

        Returns:
            ``list[NodesAptUpdateGetResultItem]``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/apt/update`` (``list_updates``)."""
        return await self._c._call("GET", self._p, {}, _R9)

    async def post(
        self,
        *,
        notify: bool | None = None,
        quiet: bool | None = None,
    ) -> AsyncTask:
        """This is used to resynchronize the package index files from their sources (apt-get update).

        Args:
            notify: Send notification about new packages.
                Default: ``0``.
            quiet: Only produces output suitable for logging, omitting progress indicators.
                Default: ``0``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/apt/update`` (``update_database``)."""
        params = {
            "notify": notify,
            "quiet": quiet,
        }
        return _task(await self._c._call("POST", self._p, params, _R10), self._c)


class NodesNodeAptVersions(AsyncPath):
    """``/nodes/{node}/apt/versions`` (versions)

    ``GET``: Get package information for important Proxmox packages."""

    __slots__ = ()

    async def get(self) -> list[NodesAptVersionsGetResultItem]:
        """Get package information for important Proxmox packages.

        Returns:
            ``list[NodesAptVersionsGetResultItem]``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Audit]]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/apt/versions`` (``versions``)."""
        return await self._c._call("GET", self._p, {}, _R11)


class NodesNodeCapabilities(AsyncPath):
    """``/nodes/{node}/capabilities`` (capabilities)

    ``GET``: Node capabilities index."""

    __slots__ = ()

    @property
    def qemu(self) -> NodesNodeCapabilitiesQemu:
        """QEMU capabilities index."""
        return NodesNodeCapabilitiesQemu(self._c, self._p + "/qemu")

    async def get(self) -> list[dict[str, Any]]:
        """Node capabilities index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/capabilities`` (``index``)."""
        return await self._c._call("GET", self._p, {}, _R12)


class NodesNodeCapabilitiesQemu(AsyncPath):
    """``/nodes/{node}/capabilities/qemu`` (qemu)

    ``GET``: QEMU capabilities index."""

    __slots__ = ()

    @property
    def cpu(self) -> NodesNodeCapabilitiesQemuCpu:
        """List all custom and default CPU models."""
        return NodesNodeCapabilitiesQemuCpu(self._c, self._p + "/cpu")

    @property
    def cpu_flags(self) -> NodesNodeCapabilitiesQemuCpuFlags:
        """List of available VM-specific CPU flags. Returns an empty list for 'aarch64' as no VM-specific flags are defined for it yet."""
        return NodesNodeCapabilitiesQemuCpuFlags(self._c, self._p + "/cpu-flags")

    @property
    def machines(self) -> NodesNodeCapabilitiesQemuMachines:
        """Get available QEMU/KVM machine types."""
        return NodesNodeCapabilitiesQemuMachines(self._c, self._p + "/machines")

    @property
    def migration(self) -> NodesNodeCapabilitiesQemuMigration:
        """Get node-specific QEMU migration capabilities of the node. Requires the 'Sys.Audit' permission on '/nodes/<node>'."""
        return NodesNodeCapabilitiesQemuMigration(self._c, self._p + "/migration")

    async def get(self) -> list[dict[str, Any]]:
        """QEMU capabilities index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/capabilities/qemu`` (``qemu_caps_index``)."""
        return await self._c._call("GET", self._p, {}, _R13)


class NodesNodeCapabilitiesQemuCpu(AsyncPath):
    """``/nodes/{node}/capabilities/qemu/cpu`` (cpu)

    ``GET``: List all custom and default CPU models."""

    __slots__ = ()

    async def get(
        self,
        *,
        arch: Literal["x86_64", "aarch64"] | None = None,
    ) -> list[NodesCapabilitiesQemuCpuGetResultItem]:
        """List all custom and default CPU models.

        Args:
            arch: Virtual processor architecture. Defaults to the host architecture.
                Proxmox VE: New in 9.1.

        Returns:
            ``list[NodesCapabilitiesQemuCpuGetResultItem]``

        Permissions:
            Custom models are filtered to those the current user has any of Mapping.{Audit,Use,Modify} on /mapping/cpu/<name>; Sys.Audit on /nodes continues to grant visibility of all custom models for back-compat.
            User: all

        Proxmox: ``GET /nodes/{node}/capabilities/qemu/cpu`` (``index``)."""
        params = {
            "arch": arch,
        }
        return await self._c._call("GET", self._p, params, _R14)


class NodesNodeCapabilitiesQemuCpuFlags(AsyncPath):
    """``/nodes/{node}/capabilities/qemu/cpu-flags`` (cpu-flags)

    ``GET``: List of available VM-specific CPU flags. Returns an empty list for 'aarch64' as no VM-specific flags are defined for it yet."""

    __slots__ = ()

    async def get(
        self,
        *,
        accel: Literal["kvm", "tcg"] | None = None,
        arch: Literal["x86_64", "aarch64"] | None = None,
    ) -> list[NodesCapabilitiesQemuCpuFlagsGetResultItem]:
        """List of available VM-specific CPU flags. Returns an empty list for 'aarch64' as no VM-specific flags are defined for it yet.

        Args:
            accel: Acceleration type to check node compatibility for.
                Proxmox VE: New in 9.2.
                Default: ``kvm``.
            arch: Virtual processor architecture. Defaults to the host architecture.
                Proxmox VE: New in 9.1.

        Returns:
            ``list[NodesCapabilitiesQemuCpuFlagsGetResultItem]``

        Permissions:
            User: all

        Proxmox VE: New in 9.1.

        Proxmox: ``GET /nodes/{node}/capabilities/qemu/cpu-flags`` (``index``)."""
        params = {
            "accel": accel,
            "arch": arch,
        }
        return await self._c._call("GET", self._p, params, _R15)


class NodesNodeCapabilitiesQemuMachines(AsyncPath):
    """``/nodes/{node}/capabilities/qemu/machines`` (machines)

    ``GET``: Get available QEMU/KVM machine types."""

    __slots__ = ()

    async def get(
        self,
        *,
        arch: Literal["x86_64", "aarch64"] | None = None,
    ) -> list[NodesCapabilitiesQemuMachinesGetResultItem]:
        """Get available QEMU/KVM machine types.

        Args:
            arch: Virtual processor architecture. Defaults to the host architecture.
                Proxmox VE: New in 9.1.

        Returns:
            ``list[NodesCapabilitiesQemuMachinesGetResultItem]``

        Permissions:
            User: all

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/capabilities/qemu/machines`` (``types``)."""
        params = {
            "arch": arch,
        }
        return await self._c._call("GET", self._p, params, _R16)


class NodesNodeCapabilitiesQemuMigration(AsyncPath):
    """``/nodes/{node}/capabilities/qemu/migration`` (migration)

    ``GET``: Get node-specific QEMU migration capabilities of the node. Requires the 'Sys.Audit' permission on '/nodes/<node>'."""

    __slots__ = ()

    async def get(self) -> NodesCapabilitiesQemuMigrationGetResult:
        """Get node-specific QEMU migration capabilities of the node. Requires the 'Sys.Audit' permission on '/nodes/<node>'.

        Returns:
            ``NodesCapabilitiesQemuMigrationGetResult``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Audit]]``

        Forwarded to the node given by ``node``.

        Proxmox VE: New in 9.0.

        Proxmox: ``GET /nodes/{node}/capabilities/qemu/migration`` (``capabilities``)."""
        return await self._c._call("GET", self._p, {}, _R17)


class NodesNodeCertificates(AsyncPath):
    """``/nodes/{node}/certificates`` (certificates)

    ``GET``: Node index."""

    __slots__ = ()

    @property
    def acme(self) -> NodesNodeCertificatesAcme:
        """ACME index."""
        return NodesNodeCertificatesAcme(self._c, self._p + "/acme")

    @property
    def custom(self) -> NodesNodeCertificatesCustom:
        """Upload or update custom certificate chain and key."""
        return NodesNodeCertificatesCustom(self._c, self._p + "/custom")

    @property
    def info(self) -> NodesNodeCertificatesInfo:
        """Get information about node's certificates."""
        return NodesNodeCertificatesInfo(self._c, self._p + "/info")

    async def get(self) -> list[dict[str, Any]]:
        """Node index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /nodes/{node}/certificates`` (``index``)."""
        return await self._c._call("GET", self._p, {}, _R18)


class NodesNodeCertificatesAcme(AsyncPath):
    """``/nodes/{node}/certificates/acme`` (acme)

    ``GET``: ACME index."""

    __slots__ = ()

    @property
    def certificate(self) -> NodesNodeCertificatesAcmeCertificate:
        """Order a new certificate from ACME-compatible CA."""
        return NodesNodeCertificatesAcmeCertificate(self._c, self._p + "/certificate")

    async def get(self) -> list[dict[str, Any]]:
        """ACME index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /nodes/{node}/certificates/acme`` (``index``)."""
        return await self._c._call("GET", self._p, {}, _R19)


class NodesNodeCertificatesAcmeCertificate(AsyncPath):
    """``/nodes/{node}/certificates/acme/certificate`` (certificate)

    ``POST``: Order a new certificate from ACME-compatible CA.
    ``PUT``: Renew existing certificate from CA.
    ``DELETE``: Revoke existing certificate from CA."""

    __slots__ = ()

    async def post(
        self,
        *,
        force: bool | None = None,
    ) -> AsyncTask:
        """Order a new certificate from ACME-compatible CA.

        Args:
            force: Overwrite existing custom certificate.
                Default: ``0``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/certificates/acme/certificate`` (``new_certificate``)."""
        params = {
            "force": force,
        }
        return _task(await self._c._call("POST", self._p, params, _R20), self._c)

    async def put(
        self,
        *,
        force: bool | None = None,
    ) -> AsyncTask:
        """Renew existing certificate from CA.

        Args:
            force: Force renewal even if expiry is more than 30 days away.
                Default: ``0``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/certificates/acme/certificate`` (``renew_certificate``)."""
        params = {
            "force": force,
        }
        return _task(await self._c._call("PUT", self._p, params, _R21), self._c)

    async def delete(self) -> AsyncTask:
        """Revoke existing certificate from CA.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/certificates/acme/certificate`` (``revoke_certificate``)."""
        return _task(await self._c._call("DELETE", self._p, {}, _R22), self._c)


class NodesNodeCertificatesCustom(AsyncPath):
    """``/nodes/{node}/certificates/custom`` (custom)

    ``POST``: Upload or update custom certificate chain and key.
    ``DELETE``: DELETE custom certificate chain and key."""

    __slots__ = ()

    async def post(
        self,
        *,
        certificates: str,
        force: bool | None = None,
        key: str | None = None,
        restart: bool | None = None,
    ) -> NodesCertificatesCustomPostResult:
        """Upload or update custom certificate chain and key.

        Args:
            certificates: PEM encoded certificate (chain).
                Format: ``pem-certificate-chain``.
            force: Overwrite existing custom or ACME certificate files.
                Default: ``0``.
            key: PEM encoded private key.
                Format: ``pem-string``.
            restart: Restart pveproxy.
                Default: ``0``.

        Returns:
            ``NodesCertificatesCustomPostResult``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/certificates/custom`` (``upload_custom_cert``)."""
        params = {
            "certificates": certificates,
            "force": force,
            "key": key,
            "restart": restart,
        }
        return await self._c._call("POST", self._p, params, _R23)

    async def delete(
        self,
        *,
        restart: bool | None = None,
    ) -> None:
        """DELETE custom certificate chain and key.

        Args:
            restart: Restart pveproxy.
                Default: ``0``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/certificates/custom`` (``remove_custom_cert``)."""
        params = {
            "restart": restart,
        }
        return await self._c._call("DELETE", self._p, params, _R24)


class NodesNodeCertificatesInfo(AsyncPath):
    """``/nodes/{node}/certificates/info`` (info)

    ``GET``: Get information about node's certificates."""

    __slots__ = ()

    async def get(self) -> list[NodesCertificatesInfoGetResultItem]:
        """Get information about node's certificates.

        Returns:
            ``list[NodesCertificatesInfoGetResultItem]``

        Permissions:
            User: all

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/certificates/info`` (``info``)."""
        return await self._c._call("GET", self._p, {}, _R25)


class NodesNodeConfig(AsyncPath):
    """``/nodes/{node}/config`` (config)

    ``GET``: Get node configuration options.
    ``PUT``: Set node configuration options."""

    __slots__ = ()

    async def get(
        self,
        *,
        property: Literal[
            "acme",
            "acmedomain0",
            "acmedomain1",
            "acmedomain2",
            "acmedomain3",
            "acmedomain4",
            "acmedomain5",
            "ballooning-target",
            "description",
            "location",
            "startall-onboot-delay",
            "wakeonlan",
        ]
        | None = None,
    ) -> NodesConfigGetResult:
        """Get node configuration options.

        Args:
            property: Return only a specific property from the node configuration.
                Default: ``all``.

        Returns:
            ``NodesConfigGetResult``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/config`` (``get_config``)."""
        params = {
            "property": property,
        }
        return await self._c._call("GET", self._p, params, _R26)

    async def put(
        self,
        *,
        acme: Acme | str | None = None,
        ballooning_target: int | None = None,
        delete: str | Sequence[str] | None = None,
        description: str | None = None,
        digest: str | None = None,
        location: Location | str | None = None,
        startall_onboot_delay: int | None = None,
        wakeonlan: Wakeonlan | str | None = None,
        acmedomain: Mapping[int, Acmedomain | str | None] | None = None,
    ) -> None:
        """Set node configuration options.

        Args:
            acme: Node specific ACME settings.
                Syntax: ``[account=<name>] [,domains=<domain[;domain;...]>]``.
            ballooning_target: RAM usage target for ballooning (in percent of total memory)
                Proxmox VE: New in 8.3.
                Range: 0 to 100.
                Default: ``80``.
            delete: A list of settings you want to delete.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            description: Description for the Node. Shown in the web-interface node notes panel. This is saved as comment inside the configuration file.
                Length: 0 to 65536.
            digest: Prevent changes if current configuration file has different SHA1 digest. This can be used to prevent concurrent modifications.
                Length: 0 to 40.
            location: The location of the node. Overrides the default from the datacenter config.
                Proxmox VE: New in 9.2.
                Syntax: ``latitude=<number> ,longitude=<number> [,name=<name>]``.
            startall_onboot_delay: Initial delay in seconds, before starting all the Virtual Guests with on-boot enabled.
                Range: 0 to 300.
                Default: ``0``.
            wakeonlan: Node specific wake on LAN settings.
                Syntax: ``[mac=]<MAC address> [,bind-interface=<bind interface>] [,broadcast-address=<IPv4 broadcast address>]``.
            acmedomain: ACME domain and validation plugin
                Syntax: ``[domain=]<domain> [,alias=<domain>] [,plugin=<name of the plugin configuration>]``.
                Indexed: ``{0: …, …}`` sends ``acmedomain0`` … ``acmedomain5``; where the operation deletes, ``None`` deletes a member (``delete=acmedomain0``).

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/config`` (``set_options``)."""
        params = {
            "acme": acme,
            "ballooning-target": ballooning_target,
            "delete": _join(delete),
            "description": description,
            "digest": digest,
            "location": location,
            "startall-onboot-delay": startall_onboot_delay,
            "wakeonlan": wakeonlan,
            "acmedomain[n]": _family(acmedomain, 0, 5),
        }
        return await self._c._call("PUT", self._p, params, _R27)


class NodesNodeDns(AsyncPath):
    """``/nodes/{node}/dns`` (dns)

    ``GET``: Read DNS settings.
    ``PUT``: Write DNS settings."""

    __slots__ = ()

    async def get(self) -> NodesDnsGetResult:
        """Read DNS settings.

        Returns:
            ``NodesDnsGetResult``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Audit]]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/dns`` (``dns``)."""
        return await self._c._call("GET", self._p, {}, _R28)

    async def put(
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

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/dns`` (``update_dns``)."""
        params = {
            "search": search,
            "dns1": _checked("ip", "dns1", dns1),
            "dns2": _checked("ip", "dns2", dns2),
            "dns3": _checked("ip", "dns3", dns3),
        }
        return await self._c._call("PUT", self._p, params, _R29)


class NodesNodeExecute(AsyncPath):
    """``/nodes/{node}/execute`` (execute)

    ``POST``: Execute multiple commands in order, root only."""

    __slots__ = ()

    async def post(
        self,
        *,
        commands: str,
    ) -> list[dict[str, Any]]:
        """Execute multiple commands in order, root only.

        Args:
            commands: JSON encoded array of commands.
                Format: ``pve-command-batch``.

        Returns:
            ``list[dict[str, Any]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/execute`` (``execute``)."""
        params = {
            "commands": commands,
        }
        return await self._c._call("POST", self._p, params, _R30)


class NodesNodeFirewall(AsyncPath):
    """``/nodes/{node}/firewall`` (firewall)

    ``GET``: Directory index."""

    __slots__ = ()

    @property
    def log(self) -> NodesNodeFirewallLog:
        """Read firewall log"""
        return NodesNodeFirewallLog(self._c, self._p + "/log")

    @property
    def options(self) -> NodesNodeFirewallOptions:
        """Get host firewall options."""
        return NodesNodeFirewallOptions(self._c, self._p + "/options")

    @property
    def rules(self) -> NodesNodeFirewallRules:
        """List rules."""
        return NodesNodeFirewallRules(self._c, self._p + "/rules")

    async def get(self) -> list[dict[str, Any]]:
        """Directory index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /nodes/{node}/firewall`` (``index``)."""
        return await self._c._call("GET", self._p, {}, _R31)


class NodesNodeFirewallLog(AsyncPath):
    """``/nodes/{node}/firewall/log`` (log)

    ``GET``: Read firewall log"""

    __slots__ = ()

    async def get(
        self,
        *,
        limit: int | None = None,
        since: int | None = None,
        start: int | None = None,
        until: int | None = None,
    ) -> list[NodesFirewallLogGetResultItem]:
        """Read firewall log

        Args:
            limit: (no description in the schema)
                Range: 0 to inf.
            since: Display log since this UNIX epoch.
                Range: 0 to inf.
            start: (no description in the schema)
                Range: 0 to inf.
            until: Display log until this UNIX epoch.
                Range: 0 to inf.

        Returns:
            ``list[NodesFirewallLogGetResultItem]``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Syslog]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/firewall/log`` (``log``)."""
        params = {
            "limit": limit,
            "since": since,
            "start": start,
            "until": until,
        }
        return await self._c._call("GET", self._p, params, _R32)


class NodesNodeFirewallOptions(AsyncPath):
    """``/nodes/{node}/firewall/options`` (options)

    ``GET``: Get host firewall options.
    ``PUT``: Set Firewall options."""

    __slots__ = ()

    async def get(self) -> NodesFirewallOptionsGetResult:
        """Get host firewall options.

        Returns:
            ``NodesFirewallOptionsGetResult``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Audit]]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/firewall/options`` (``get_options``)."""
        return await self._c._call("GET", self._p, {}, _R33)

    async def put(
        self,
        *,
        delete: str | Sequence[str] | None = None,
        digest: str | None = None,
        enable: bool | None = None,
        log_level_forward: Literal[
            "emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"
        ]
        | None = None,
        log_level_in: Literal[
            "emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"
        ]
        | None = None,
        log_level_out: Literal[
            "emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"
        ]
        | None = None,
        log_nf_conntrack: bool | None = None,
        ndp: bool | None = None,
        nf_conntrack_allow_invalid: bool | None = None,
        nf_conntrack_helpers: str | None = None,
        nf_conntrack_max: int | None = None,
        nf_conntrack_tcp_timeout_established: int | None = None,
        nf_conntrack_tcp_timeout_syn_recv: int | None = None,
        nftables: bool | None = None,
        nosmurfs: bool | None = None,
        protection_synflood: bool | None = None,
        protection_synflood_burst: int | None = None,
        protection_synflood_rate: int | None = None,
        smurf_log_level: Literal[
            "emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"
        ]
        | None = None,
        tcp_flags_log_level: Literal[
            "emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"
        ]
        | None = None,
        tcpflags: bool | None = None,
    ) -> None:
        """Set Firewall options.

        Args:
            delete: A list of settings you want to delete.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            enable: Enable host firewall rules.
                Default: ``1``.
            log_level_forward: Log level for forwarded traffic.
                Proxmox VE: New in 8.3.
            log_level_in: Log level for incoming traffic.
            log_level_out: Log level for outgoing traffic.
            log_nf_conntrack: Enable logging of conntrack information.
                Default: ``0``.
            ndp: Enable NDP (Neighbor Discovery Protocol).
                Default: ``1``.
            nf_conntrack_allow_invalid: Allow invalid packets on connection tracking.
                Default: ``0``.
            nf_conntrack_helpers: Enable conntrack helpers for specific protocols. Supported protocols: amanda, ftp, irc, netbios-ns, pptp, sane, sip, snmp, tftp
                Format: ``pve-fw-conntrack-helper``.
                Default: ````.
            nf_conntrack_max: Maximum number of tracked connections.
                Range: 32768 to inf.
                Default: ``262144``.
            nf_conntrack_tcp_timeout_established: Conntrack established timeout.
                Range: 7875 to inf.
                Default: ``432000``.
            nf_conntrack_tcp_timeout_syn_recv: Conntrack syn recv timeout.
                Range: 30 to 60.
                Default: ``60``.
            nftables: Enable nftables based firewall (tech preview)
                Proxmox VE: New in 8.2.
                Default: ``0``.
            nosmurfs: Enable SMURFS filter.
            protection_synflood: Enable synflood protection
                Default: ``0``.
            protection_synflood_burst: Synflood protection rate burst by ip src.
                Default: ``1000``.
            protection_synflood_rate: Synflood protection rate syn/sec by ip src.
                Default: ``200``.
            smurf_log_level: Log level for SMURFS filter.
            tcp_flags_log_level: Log level for illegal tcp flags filter.
            tcpflags: Filter illegal combinations of TCP flags.
                Default: ``0``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/firewall/options`` (``set_options``)."""
        params = {
            "delete": _join(delete),
            "digest": digest,
            "enable": enable,
            "log_level_forward": log_level_forward,
            "log_level_in": log_level_in,
            "log_level_out": log_level_out,
            "log_nf_conntrack": log_nf_conntrack,
            "ndp": ndp,
            "nf_conntrack_allow_invalid": nf_conntrack_allow_invalid,
            "nf_conntrack_helpers": nf_conntrack_helpers,
            "nf_conntrack_max": nf_conntrack_max,
            "nf_conntrack_tcp_timeout_established": nf_conntrack_tcp_timeout_established,
            "nf_conntrack_tcp_timeout_syn_recv": nf_conntrack_tcp_timeout_syn_recv,
            "nftables": nftables,
            "nosmurfs": nosmurfs,
            "protection_synflood": protection_synflood,
            "protection_synflood_burst": protection_synflood_burst,
            "protection_synflood_rate": protection_synflood_rate,
            "smurf_log_level": smurf_log_level,
            "tcp_flags_log_level": tcp_flags_log_level,
            "tcpflags": tcpflags,
        }
        return await self._c._call("PUT", self._p, params, _R34)


class NodesNodeFirewallRules(AsyncPath):
    """``/nodes/{node}/firewall/rules`` (rules)

    ``GET``: List rules.
    ``POST``: Create new rule."""

    __slots__ = ()

    def pos(self, pos: int) -> NodesNodeFirewallRulesPos:
        """Update rule at position <pos>."""
        return NodesNodeFirewallRulesPos(self._c, self._p + "/" + _segment(pos))

    async def get(self) -> list[NodesNodeFirewallRulesGetResultItem]:
        """List rules.

        Returns:
            ``list[NodesNodeFirewallRulesGetResultItem]``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Audit]]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/firewall/rules`` (``get_rules``)."""
        return await self._c._call("GET", self._p, {}, _R35)

    async def post(
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
                Length: 2 to 20.
                Pattern: ``^[A-Za-z][A-Za-z0-9\\-\\_]+$``.
            type: Rule type.
            comment: Descriptive comment.
            dest: Restrict packet destination address. This can refer to a single IP address, an IP set ('+ipsetname') or an IP alias definition. You can also specify an address range like '20.34.101.207-201.3.9.99', or a list of IP addresses and networks (entries are separated by comma). Please do not mix IPv4 and IPv6 addresses inside such lists.
                Length: 0 to 512.
                Format: ``pve-fw-addr-spec``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            dport: Restrict TCP/UDP destination port. You can use service names or simple numbers (0-65535), as defined in '/etc/services'. Port ranges can be specified with '\\d+:\\d+', for example '80:85', and you can use comma separated list to match several ports or ranges.
                Format: ``pve-fw-dport-spec``.
            enable: Flag to enable/disable a rule.
                Range: 0 to inf.
            icmp_type: Specify icmp-type. Only valid if proto equals 'icmp' or 'icmpv6'/'ipv6-icmp'.
                Format: ``pve-fw-icmp-type-spec``.
            iface: Network interface name. You have to use network configuration key names for VMs and containers ('net\\d+'). Host related rules can use arbitrary strings.
                Length: 2 to 20.
                Format: ``pve-iface``.
            log: Log level for firewall rule.
            macro: Use predefined standard macro.
                Length: 0 to 128.
            pos: Update rule at position <pos>.
                Range: 0 to inf.
            proto: IP protocol. You can use protocol names ('tcp'/'udp') or simple numbers, as defined in '/etc/protocols'.
                Format: ``pve-fw-protocol-spec``.
            source: Restrict packet source address. This can refer to a single IP address, an IP set ('+ipsetname') or an IP alias definition. You can also specify an address range like '20.34.101.207-201.3.9.99', or a list of IP addresses and networks (entries are separated by comma). Please do not mix IPv4 and IPv6 addresses inside such lists.
                Length: 0 to 512.
                Format: ``pve-fw-addr-spec``.
            sport: Restrict TCP/UDP source port. You can use service names or simple numbers (0-65535), as defined in '/etc/services'. Port ranges can be specified with '\\d+:\\d+', for example '80:85', and you can use comma separated list to match several ports or ranges.
                Format: ``pve-fw-sport-spec``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/firewall/rules`` (``create_rule``)."""
        params = {
            "action": action,
            "type": type,
            "comment": comment,
            "dest": dest,
            "digest": digest,
            "dport": dport,
            "enable": enable,
            "icmp-type": icmp_type,
            "iface": iface,
            "log": log,
            "macro": macro,
            "pos": pos,
            "proto": proto,
            "source": source,
            "sport": sport,
        }
        return await self._c._call("POST", self._p, params, _R36)


class NodesNodeFirewallRulesPos(AsyncPath):
    """``/nodes/{node}/firewall/rules/{pos}`` ({pos})

    ``GET``: Get single rule data.
    ``PUT``: Modify rule data.
    ``DELETE``: Delete rule."""

    __slots__ = ()

    async def get(self) -> NodesNodeFirewallRulesPosGetResult:
        """Get single rule data.

        Returns:
            ``NodesNodeFirewallRulesPosGetResult``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Audit]]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/firewall/rules/{pos}`` (``get_rule``)."""
        return await self._c._call("GET", self._p, {}, _R37)

    async def put(
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
                Length: 2 to 20.
                Pattern: ``^[A-Za-z][A-Za-z0-9\\-\\_]+$``.
            comment: Descriptive comment.
            delete: A list of settings you want to delete.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            dest: Restrict packet destination address. This can refer to a single IP address, an IP set ('+ipsetname') or an IP alias definition. You can also specify an address range like '20.34.101.207-201.3.9.99', or a list of IP addresses and networks (entries are separated by comma). Please do not mix IPv4 and IPv6 addresses inside such lists.
                Length: 0 to 512.
                Format: ``pve-fw-addr-spec``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            dport: Restrict TCP/UDP destination port. You can use service names or simple numbers (0-65535), as defined in '/etc/services'. Port ranges can be specified with '\\d+:\\d+', for example '80:85', and you can use comma separated list to match several ports or ranges.
                Format: ``pve-fw-dport-spec``.
            enable: Flag to enable/disable a rule.
                Range: 0 to inf.
            icmp_type: Specify icmp-type. Only valid if proto equals 'icmp' or 'icmpv6'/'ipv6-icmp'.
                Format: ``pve-fw-icmp-type-spec``.
            iface: Network interface name. You have to use network configuration key names for VMs and containers ('net\\d+'). Host related rules can use arbitrary strings.
                Length: 2 to 20.
                Format: ``pve-iface``.
            log: Log level for firewall rule.
            macro: Use predefined standard macro.
                Length: 0 to 128.
            moveto: Move rule to new position <moveto>. Other arguments are ignored.
                Range: 0 to inf.
            proto: IP protocol. You can use protocol names ('tcp'/'udp') or simple numbers, as defined in '/etc/protocols'.
                Format: ``pve-fw-protocol-spec``.
            source: Restrict packet source address. This can refer to a single IP address, an IP set ('+ipsetname') or an IP alias definition. You can also specify an address range like '20.34.101.207-201.3.9.99', or a list of IP addresses and networks (entries are separated by comma). Please do not mix IPv4 and IPv6 addresses inside such lists.
                Length: 0 to 512.
                Format: ``pve-fw-addr-spec``.
            sport: Restrict TCP/UDP source port. You can use service names or simple numbers (0-65535), as defined in '/etc/services'. Port ranges can be specified with '\\d+:\\d+', for example '80:85', and you can use comma separated list to match several ports or ranges.
                Format: ``pve-fw-sport-spec``.
            type: Rule type.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/firewall/rules/{pos}`` (``update_rule``)."""
        params = {
            "action": action,
            "comment": comment,
            "delete": _join(delete),
            "dest": dest,
            "digest": digest,
            "dport": dport,
            "enable": enable,
            "icmp-type": icmp_type,
            "iface": iface,
            "log": log,
            "macro": macro,
            "moveto": moveto,
            "proto": proto,
            "source": source,
            "sport": sport,
            "type": type,
        }
        return await self._c._call("PUT", self._p, params, _R38)

    async def delete(
        self,
        *,
        digest: str | None = None,
    ) -> None:
        """Delete rule.

        Args:
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/firewall/rules/{pos}`` (``delete_rule``)."""
        params = {
            "digest": digest,
        }
        return await self._c._call("DELETE", self._p, params, _R39)


class NodesNodeHardware(AsyncPath):
    """``/nodes/{node}/hardware`` (hardware)

    ``GET``: Index of hardware types"""

    __slots__ = ()

    @property
    def pci(self) -> NodesNodeHardwarePci:
        """List local PCI devices."""
        return NodesNodeHardwarePci(self._c, self._p + "/pci")

    @property
    def usb(self) -> NodesNodeHardwareUsb:
        """List local USB devices."""
        return NodesNodeHardwareUsb(self._c, self._p + "/usb")

    async def get(self) -> list[NodesHardwareGetResultItem]:
        """Index of hardware types

        Returns:
            ``list[NodesHardwareGetResultItem]``

        Permissions:
            User: all

        Proxmox: ``GET /nodes/{node}/hardware`` (``index``)."""
        return await self._c._call("GET", self._p, {}, _R40)


class NodesNodeHardwarePci(AsyncPath):
    """``/nodes/{node}/hardware/pci`` (pci)

    ``GET``: List local PCI devices."""

    __slots__ = ()

    def pci_id_or_mapping(self, pci_id_or_mapping: str) -> NodesNodeHardwarePciPciIdOrMapping:
        """{pci-id-or-mapping}"""
        return NodesNodeHardwarePciPciIdOrMapping(
            self._c, self._p + "/" + _segment(pci_id_or_mapping)
        )

    async def get(
        self,
        *,
        pci_class_blacklist: str | Sequence[str] | None = None,
        verbose: bool | None = None,
    ) -> list[NodesNodeHardwarePciGetResultItem]:
        """List local PCI devices.

        Args:
            pci_class_blacklist: A list of blacklisted PCI classes, which will not be returned. Following are filtered by default: Memory Controller (05), Bridge (06) and Processor (0b).
                Format: ``string-list``.
                Default: ``05;06;0b``.
                Syntax: ``<string>``.
            verbose: If disabled, does only print the PCI IDs. Otherwise, additional information like vendor and device will be returned.
                Default: ``1``.

        Returns:
            ``list[NodesNodeHardwarePciGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit, Sys.Modify], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/hardware/pci`` (``pci_scan``)."""
        params = {
            "pci-class-blacklist": _join(pci_class_blacklist),
            "verbose": verbose,
        }
        return await self._c._call("GET", self._p, params, _R41)


class NodesNodeHardwarePciPciIdOrMapping(AsyncPath):
    """``/nodes/{node}/hardware/pci/{pci-id-or-mapping}`` ({pci-id-or-mapping})

    ``GET``: Index of available pci methods"""

    __slots__ = ()

    @property
    def mdev(self) -> NodesNodeHardwarePciPciIdOrMappingMdev:
        """List mediated device types for given PCI device."""
        return NodesNodeHardwarePciPciIdOrMappingMdev(self._c, self._p + "/mdev")

    async def get(self) -> list[NodesNodeHardwarePciPciIdOrMappingGetResultItem]:
        """Index of available pci methods

        Returns:
            ``list[NodesNodeHardwarePciPciIdOrMappingGetResultItem]``

        Permissions:
            User: all

        Proxmox VE: New in 8.2.

        Proxmox: ``GET /nodes/{node}/hardware/pci/{pci-id-or-mapping}`` (``pci_index``)."""
        return await self._c._call("GET", self._p, {}, _R42)


class NodesNodeHardwarePciPciIdOrMappingMdev(AsyncPath):
    """``/nodes/{node}/hardware/pci/{pci-id-or-mapping}/mdev`` (mdev)

    ``GET``: List mediated device types for given PCI device."""

    __slots__ = ()

    async def get(self) -> list[NodesHardwarePciMdevGetResultItem]:
        """List mediated device types for given PCI device.

        Returns:
            ``list[NodesHardwarePciMdevGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit, Sys.Modify], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.2.

        Proxmox: ``GET /nodes/{node}/hardware/pci/{pci-id-or-mapping}/mdev`` (``mdevscan``)."""
        return await self._c._call("GET", self._p, {}, _R43)


class NodesNodeHardwareUsb(AsyncPath):
    """``/nodes/{node}/hardware/usb`` (usb)

    ``GET``: List local USB devices."""

    __slots__ = ()

    async def get(self) -> list[NodesHardwareUsbGetResultItem]:
        """List local USB devices.

        Returns:
            ``list[NodesHardwareUsbGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/hardware/usb`` (``usbscan``)."""
        return await self._c._call("GET", self._p, {}, _R44)


class NodesNodeHosts(AsyncPath):
    """``/nodes/{node}/hosts`` (hosts)

    ``GET``: Get the content of /etc/hosts.
    ``POST``: Write /etc/hosts."""

    __slots__ = ()

    async def get(self) -> NodesHostsGetResult:
        """Get the content of /etc/hosts.

        Returns:
            ``NodesHostsGetResult``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/hosts`` (``get_etc_hosts``)."""
        return await self._c._call("GET", self._p, {}, _R45)

    async def post(
        self,
        *,
        data: str,
        digest: str | None = None,
    ) -> None:
        """Write /etc/hosts.

        Args:
            data: The target content of /etc/hosts.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/hosts`` (``write_etc_hosts``)."""
        params = {
            "data": data,
            "digest": digest,
        }
        return await self._c._call("POST", self._p, params, _R46)


class NodesNodeJournal(AsyncPath):
    """``/nodes/{node}/journal`` (journal)

    ``GET``: Read Journal"""

    __slots__ = ()

    async def get(
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
            endcursor: End before the given Cursor. Conflicts with 'until'
            lastentries: Limit to the last X lines. Conflicts with a range.
                Range: 0 to inf.
            since: Display all log since this UNIX epoch. Conflicts with 'startcursor'.
                Range: 0 to inf.
            startcursor: Start after the given Cursor. Conflicts with 'since'
            until: Display all log until this UNIX epoch. Conflicts with 'endcursor'.
                Range: 0 to inf.

        Returns:
            ``list[str]``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Syslog]]``

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
        return await self._c._call("GET", self._p, params, _R47)


class NodesNodeMigrateall(AsyncPath):
    """``/nodes/{node}/migrateall`` (migrateall)

    ``POST``: Migrate all VMs and Containers."""

    __slots__ = ()

    async def post(
        self,
        *,
        target: str,
        max_workers: int | None = None,
        maxworkers: int | None = None,
        vms: str | Sequence[str] | None = None,
        with_local_disks: bool | None = None,
    ) -> AsyncTask:
        """Migrate all VMs and Containers.

        Args:
            target: Target node.
                Format: ``pve-node``.
            max_workers: Maximal number of parallel migration job. If not set, uses'max_workers' from datacenter.cfg. One of both must be set!
                Proxmox VE: New in 9.1.
                Range: 1 to 64.
            maxworkers: Maximal number of parallel migration job. If not set, uses'max_workers' from datacenter.cfg. One of both must be set!Deprecated, use 'max-workers' instead.
                Range: 1 to 64.
            vms: Only consider Guests with these IDs.
                Format: ``pve-vmid-list``.
                Syntax: ``<string>``.
            with_local_disks: Enable live storage migration for local disk

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            The 'VM.Migrate' permission is required on '/' or on '/vms/<ID>' for each ID passed via the 'vms' parameter.
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/migrateall`` (``migrateall``)."""
        params = {
            "target": target,
            "max-workers": max_workers,
            "maxworkers": maxworkers,
            "vms": _join(vms),
            "with-local-disks": with_local_disks,
        }
        return _task(await self._c._call("POST", self._p, params, _R48), self._c)


class NodesNodeNetstat(AsyncPath):
    """``/nodes/{node}/netstat`` (netstat)

    ``GET``: Read tap/vm network device interface counters"""

    __slots__ = ()

    async def get(self) -> list[dict[str, Any]]:
        """Read tap/vm network device interface counters

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Audit]]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/netstat`` (``netstat``)."""
        return await self._c._call("GET", self._p, {}, _R49)


class NodesNodeNetwork(AsyncPath):
    """``/nodes/{node}/network`` (network)

    ``GET``: List available networks
    ``POST``: Create network device configuration
    ``PUT``: Reload network configuration
    ``DELETE``: Revert network configuration changes."""

    __slots__ = ()

    def iface(self, iface: str) -> NodesNodeNetworkIface:
        """Network interface name."""
        return NodesNodeNetworkIface(self._c, self._p + "/" + _segment(iface))

    async def get(
        self,
        *,
        type: Literal[
            "bridge",
            "bond",
            "eth",
            "alias",
            "vlan",
            "fabric",
            "OVSBridge",
            "OVSBond",
            "OVSPort",
            "OVSIntPort",
            "vnet",
            "any_bridge",
            "any_local_bridge",
            "include_sdn",
        ]
        | None = None,
    ) -> list[NodesNodeNetworkGetResultItem]:
        """List available networks

        Args:
            type: Only list specific interface types.

        Returns:
            ``list[NodesNodeNetworkGetResultItem]``

        Permissions:
            User: all

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/network`` (``index``)."""
        params = {
            "type": type,
        }
        return await self._c._call("GET", self._p, params, _R50)

    async def post(
        self,
        *,
        iface: str,
        type: Literal[
            "bridge",
            "bond",
            "eth",
            "alias",
            "vlan",
            "fabric",
            "OVSBridge",
            "OVSBond",
            "OVSPort",
            "OVSIntPort",
            "vnet",
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
        bridge_vids: str | Sequence[str] | None = None,
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
            bridge_ports: Specify the interfaces you want to add to your bridge.
                Format: ``pve-iface-list``.
                Syntax: ``<string>``.
            bridge_vids: Specify the allowed VLANs. For example: '2 4 100-200'. Only used if the bridge is VLAN aware.
                Proxmox VE: New in 8.2.
                Format: ``pve-vlan-id-or-range-list``.
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
            ovs_ports: Specify the interfaces you want to add to your bridge.
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

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

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
            "bridge_vids": _join(bridge_vids),
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
        return await self._c._call("POST", self._p, params, _R51)

    async def put(
        self,
        *,
        regenerate_frr: bool | None = None,
    ) -> AsyncTask:
        """Reload network configuration

        Args:
            regenerate_frr: Whether FRR config generation should get skipped or not.
                Proxmox VE: New in 9.0.
                Default: ``0``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/network`` (``reload_network_config``)."""
        params = {
            "regenerate-frr": regenerate_frr,
        }
        return _task(await self._c._call("PUT", self._p, params, _R52), self._c)

    async def delete(self) -> None:
        """Revert network configuration changes.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/network`` (``revert_network_changes``)."""
        return await self._c._call("DELETE", self._p, {}, _R53)


class NodesNodeNetworkIface(AsyncPath):
    """``/nodes/{node}/network/{iface}`` ({iface})

    ``GET``: Read network device configuration
    ``PUT``: Update network device configuration
    ``DELETE``: Delete network device configuration"""

    __slots__ = ()

    async def get(self) -> NodesNodeNetworkIfaceGetResult:
        """Read network device configuration

        Returns:
            ``NodesNodeNetworkIfaceGetResult``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Audit]]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/network/{iface}`` (``network_config``)."""
        return await self._c._call("GET", self._p, {}, _R54)

    async def put(
        self,
        *,
        type: Literal[
            "bridge",
            "bond",
            "eth",
            "alias",
            "vlan",
            "fabric",
            "OVSBridge",
            "OVSBond",
            "OVSPort",
            "OVSIntPort",
            "vnet",
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
        bridge_vids: str | Sequence[str] | None = None,
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
            bridge_ports: Specify the interfaces you want to add to your bridge.
                Format: ``pve-iface-list``.
                Syntax: ``<string>``.
            bridge_vids: Specify the allowed VLANs. For example: '2 4 100-200'. Only used if the bridge is VLAN aware.
                Proxmox VE: New in 8.2.
                Format: ``pve-vlan-id-or-range-list``.
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
            ovs_ports: Specify the interfaces you want to add to your bridge.
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

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

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
            "bridge_vids": _join(bridge_vids),
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
        return await self._c._call("PUT", self._p, params, _R55)

    async def delete(self) -> None:
        """Delete network device configuration

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/network/{iface}`` (``delete_network``)."""
        return await self._c._call("DELETE", self._p, {}, _R56)


class NodesNodeQueryOciRepoTags(AsyncPath):
    """``/nodes/{node}/query-oci-repo-tags`` (query-oci-repo-tags)

    ``GET``: List all tags for an OCI repository reference."""

    __slots__ = ()

    async def get(
        self,
        *,
        reference: str,
    ) -> list[str]:
        """List all tags for an OCI repository reference.

        Args:
            reference: The reference to the repository to query tags from.
                Proxmox VE: New in 9.1.
                Pattern: ``^^(?:(?:[a-zA-Z\\d]|[a-zA-Z\\d][a-zA-Z\\d-]*[a-zA-Z\\d])(?:\\.(?:[a-zA-Z\\d]|[a-zA-Z\\d][a-zA-Z\\d-]*[a-zA-Z\\d]))*(?::\\d+)?/)?[a-z\\d]+(?:(?:[._]|__|[-]*)[a-z\\d]+)*(?:/[a-z\\d]+(?:(?:[._]|__|[-]*)[a-z\\d]+)*)*$$``.

        Returns:
            ``list[str]``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.AccessNetwork]]``

        Forwarded to the node given by ``node``.

        Proxmox VE: New in 9.1.

        Proxmox: ``GET /nodes/{node}/query-oci-repo-tags`` (``query_oci_repo_tags``)."""
        params = {
            "reference": reference,
        }
        return await self._c._call("GET", self._p, params, _R57)


class NodesNodeQueryUrlMetadata(AsyncPath):
    """``/nodes/{node}/query-url-metadata`` (query-url-metadata)

    ``GET``: Query metadata of an URL: file size, file name and mime type."""

    __slots__ = ()

    async def get(
        self,
        *,
        url: str,
        verify_certificates: bool | None = None,
    ) -> NodesQueryUrlMetadataGetResult:
        """Query metadata of an URL: file size, file name and mime type.

        Args:
            url: The URL to query the metadata from.
                Pattern: ``^https?://.*$``.
            verify_certificates: If false, no SSL/TLS certificates will be verified.
                Default: ``1``.

        Returns:
            ``NodesQueryUrlMetadataGetResult``

        Permissions:
            Check: ``[or, [perm, /, [Sys.Audit, Sys.Modify]], [perm, /nodes/{node}, [Sys.AccessNetwork]]]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/query-url-metadata`` (``query_url_metadata``)."""
        params = {
            "url": url,
            "verify-certificates": verify_certificates,
        }
        return await self._c._call("GET", self._p, params, _R58)


class NodesNodeReplication(AsyncPath):
    """``/nodes/{node}/replication`` (replication)

    ``GET``: List status of all replication jobs on this node."""

    __slots__ = ()

    def id(self, id: str) -> NodesNodeReplicationId:
        """Replication Job ID. The ID is composed of a Guest ID and a job number, separated by a hyphen, i.e. '<GUEST>-<JOBNUM>'."""
        return NodesNodeReplicationId(self._c, self._p + "/" + _segment(id))

    async def get(
        self,
        *,
        guest: int | None = None,
    ) -> list[NodesNodeReplicationGetResultItem]:
        """List status of all replication jobs on this node.

        Args:
            guest: Only list replication jobs for this guest.
                Range: 100 to 999999999.
                Format: ``pve-vmid``.

        Returns:
            ``list[NodesNodeReplicationGetResultItem]``

        Permissions:
            Requires the VM.Audit permission on /vms/<vmid>.
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/replication`` (``status``)."""
        params = {
            "guest": guest,
        }
        return await self._c._call("GET", self._p, params, _R59)


class NodesNodeReplicationId(AsyncPath):
    """``/nodes/{node}/replication/{id}`` ({id})

    ``GET``: Directory index."""

    __slots__ = ()

    @property
    def log(self) -> NodesNodeReplicationIdLog:
        """Read replication job log."""
        return NodesNodeReplicationIdLog(self._c, self._p + "/log")

    @property
    def schedule_now(self) -> NodesNodeReplicationIdScheduleNow:
        """Schedule replication job to start as soon as possible."""
        return NodesNodeReplicationIdScheduleNow(self._c, self._p + "/schedule_now")

    @property
    def status(self) -> NodesNodeReplicationIdStatus:
        """Get replication job status."""
        return NodesNodeReplicationIdStatus(self._c, self._p + "/status")

    async def get(self) -> list[dict[str, Any]]:
        """Directory index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /nodes/{node}/replication/{id}`` (``index``)."""
        return await self._c._call("GET", self._p, {}, _R60)


class NodesNodeReplicationIdLog(AsyncPath):
    """``/nodes/{node}/replication/{id}/log`` (log)

    ``GET``: Read replication job log."""

    __slots__ = ()

    async def get(
        self,
        *,
        limit: int | None = None,
        start: int | None = None,
    ) -> list[NodesReplicationLogGetResultItem]:
        """Read replication job log.

        Args:
            limit: (no description in the schema)
                Range: 0 to inf.
            start: (no description in the schema)
                Range: 0 to inf.

        Returns:
            ``list[NodesReplicationLogGetResultItem]``

        Permissions:
            Requires the VM.Audit permission on /vms/<vmid>, or 'Sys.Audit' on '/nodes/<node>'
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/replication/{id}/log`` (``read_job_log``)."""
        params = {
            "limit": limit,
            "start": start,
        }
        return await self._c._call("GET", self._p, params, _R61)


class NodesNodeReplicationIdScheduleNow(AsyncPath):
    """``/nodes/{node}/replication/{id}/schedule_now`` (schedule_now)

    ``POST``: Schedule replication job to start as soon as possible."""

    __slots__ = ()

    async def post(self) -> str:
        """Schedule replication job to start as soon as possible.

        Returns:
            ``str``

        Permissions:
            Requires the VM.Replicate permission on /vms/<vmid>.
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/replication/{id}/schedule_now`` (``schedule_now``)."""
        return await self._c._call("POST", self._p, {}, _R62)


class NodesNodeReplicationIdStatus(AsyncPath):
    """``/nodes/{node}/replication/{id}/status`` (status)

    ``GET``: Get replication job status."""

    __slots__ = ()

    async def get(self) -> dict[str, Any]:
        """Get replication job status.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Requires the VM.Audit permission on /vms/<vmid>.
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/replication/{id}/status`` (``job_status``)."""
        return await self._c._call("GET", self._p, {}, _R63)


class NodesNodeReport(AsyncPath):
    """``/nodes/{node}/report`` (report)

    ``GET``: Gather various systems information about a node"""

    __slots__ = ()

    async def get(self) -> str:
        """Gather various systems information about a node

        Returns:
            ``str``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Audit]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/report`` (``report``)."""
        return await self._c._call("GET", self._p, {}, _R64)


class NodesNodeRrd(AsyncPath):
    """``/nodes/{node}/rrd`` (rrd)

    ``GET``: Read node RRD statistics (returns PNG)"""

    __slots__ = ()

    async def get(
        self,
        *,
        ds: str | Sequence[str],
        timeframe: Literal["hour", "day", "week", "month", "year", "decade"],
        cf: Literal["AVERAGE", "MAX"] | None = None,
    ) -> NodesRrdGetResult:
        """Read node RRD statistics (returns PNG)

        Args:
            ds: The list of datasources you want to display.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            timeframe: Specify the time frame you are interested in.
            cf: The RRD consolidation function

        Returns:
            ``NodesRrdGetResult``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Audit]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/rrd`` (``rrd``)."""
        params = {
            "ds": _join(ds),
            "timeframe": timeframe,
            "cf": cf,
        }
        return await self._c._call("GET", self._p, params, _R65)


class NodesNodeRrddata(AsyncPath):
    """``/nodes/{node}/rrddata`` (rrddata)

    ``GET``: Read node RRD statistics"""

    __slots__ = ()

    async def get(
        self,
        *,
        timeframe: Literal["hour", "day", "week", "month", "year", "decade"],
        cf: Literal["AVERAGE", "MAX"] | None = None,
    ) -> list[dict[str, Any]]:
        """Read node RRD statistics

        Args:
            timeframe: Specify the time frame you are interested in.
            cf: The RRD consolidation function

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Audit]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/rrddata`` (``rrddata``)."""
        params = {
            "timeframe": timeframe,
            "cf": cf,
        }
        return await self._c._call("GET", self._p, params, _R66)


class NodesNodeServices(AsyncPath):
    """``/nodes/{node}/services`` (services)

    ``GET``: Service list."""

    __slots__ = ()

    def service(self, service: str) -> NodesNodeServicesService:
        """Service ID"""
        return NodesNodeServicesService(self._c, self._p + "/" + _segment(service))

    async def get(self) -> list[NodesNodeServicesGetResultItem]:
        """Service list.

        Returns:
            ``list[NodesNodeServicesGetResultItem]``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Audit]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/services`` (``index``)."""
        return await self._c._call("GET", self._p, {}, _R67)


class NodesNodeServicesService(AsyncPath):
    """``/nodes/{node}/services/{service}`` ({service})

    ``GET``: Directory index"""

    __slots__ = ()

    @property
    def reload(self) -> NodesNodeServicesServiceReload:
        """Reload service. Falls back to restart if service cannot be reloaded."""
        return NodesNodeServicesServiceReload(self._c, self._p + "/reload")

    @property
    def restart(self) -> NodesNodeServicesServiceRestart:
        """Hard restart service. Use reload if you want to reduce interruptions."""
        return NodesNodeServicesServiceRestart(self._c, self._p + "/restart")

    @property
    def start(self) -> NodesNodeServicesServiceStart:
        """Start service."""
        return NodesNodeServicesServiceStart(self._c, self._p + "/start")

    @property
    def state(self) -> NodesNodeServicesServiceState:
        """Read service properties"""
        return NodesNodeServicesServiceState(self._c, self._p + "/state")

    @property
    def stop(self) -> NodesNodeServicesServiceStop:
        """Stop service."""
        return NodesNodeServicesServiceStop(self._c, self._p + "/stop")

    async def get(self) -> list[NodesNodeServicesServiceGetResultItem]:
        """Directory index

        Returns:
            ``list[NodesNodeServicesServiceGetResultItem]``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Audit]]``

        Proxmox: ``GET /nodes/{node}/services/{service}`` (``srvcmdidx``)."""
        return await self._c._call("GET", self._p, {}, _R68)


class NodesNodeServicesServiceReload(AsyncPath):
    """``/nodes/{node}/services/{service}/reload`` (reload)

    ``POST``: Reload service. Falls back to restart if service cannot be reloaded."""

    __slots__ = ()

    async def post(self) -> AsyncTask:
        """Reload service. Falls back to restart if service cannot be reloaded.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/services/{service}/reload`` (``service_reload``)."""
        return _task(await self._c._call("POST", self._p, {}, _R69), self._c)


class NodesNodeServicesServiceRestart(AsyncPath):
    """``/nodes/{node}/services/{service}/restart`` (restart)

    ``POST``: Hard restart service. Use reload if you want to reduce interruptions."""

    __slots__ = ()

    async def post(self) -> AsyncTask:
        """Hard restart service. Use reload if you want to reduce interruptions.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/services/{service}/restart`` (``service_restart``)."""
        return _task(await self._c._call("POST", self._p, {}, _R70), self._c)


class NodesNodeServicesServiceStart(AsyncPath):
    """``/nodes/{node}/services/{service}/start`` (start)

    ``POST``: Start service."""

    __slots__ = ()

    async def post(self) -> AsyncTask:
        """Start service.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/services/{service}/start`` (``service_start``)."""
        return _task(await self._c._call("POST", self._p, {}, _R71), self._c)


class NodesNodeServicesServiceState(AsyncPath):
    """``/nodes/{node}/services/{service}/state`` (state)

    ``GET``: Read service properties"""

    __slots__ = ()

    async def get(self) -> NodesServicesStateGetResult:
        """Read service properties

        Returns:
            ``NodesServicesStateGetResult``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Audit]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/services/{service}/state`` (``service_state``)."""
        return await self._c._call("GET", self._p, {}, _R72)


class NodesNodeServicesServiceStop(AsyncPath):
    """``/nodes/{node}/services/{service}/stop`` (stop)

    ``POST``: Stop service."""

    __slots__ = ()

    async def post(self) -> AsyncTask:
        """Stop service.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/services/{service}/stop`` (``service_stop``)."""
        return _task(await self._c._call("POST", self._p, {}, _R73), self._c)


class NodesNodeSpiceshell(AsyncPath):
    """``/nodes/{node}/spiceshell`` (spiceshell)

    ``POST``: Creates a SPICE shell."""

    __slots__ = ()

    async def post(
        self,
        *,
        cmd: Literal["ceph_install", "login", "upgrade"] | None = None,
        cmd_opts: str | None = None,
        proxy: str | None = None,
    ) -> NodesSpiceshellPostResult:
        """Creates a SPICE shell.

        Args:
            cmd: Run specific command or default to login (requires 'root@pam')
                Default: ``login``.
            cmd_opts: Add parameters to a command. Encoded as null terminated strings.
                Default: ````.
            proxy: SPICE proxy server. This can be used by the client to specify the proxy server. All nodes in a cluster runs 'spiceproxy', so it is up to the client to choose one. By default, we return the node where the VM is currently running. As reasonable setting is to use same node you use to connect to the API (This is window.location.hostname for the JS GUI).
                Format: ``address``.

        Returns:
            ``NodesSpiceshellPostResult``: Returned values can be directly passed to the 'remote-viewer' application.

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Console]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/spiceshell`` (``spiceshell``)."""
        params = {
            "cmd": cmd,
            "cmd-opts": cmd_opts,
            "proxy": proxy,
        }
        return await self._c._call("POST", self._p, params, _R74)


class NodesNodeStartall(AsyncPath):
    """``/nodes/{node}/startall`` (startall)

    ``POST``: Start all VMs and containers located on this node (by default only those with onboot=1)."""

    __slots__ = ()

    async def post(
        self,
        *,
        force: bool | None = None,
        max_workers: int | None = None,
        vms: str | Sequence[str] | None = None,
    ) -> AsyncTask:
        """Start all VMs and containers located on this node (by default only those with onboot=1).

        Args:
            force: Issue start command even if virtual guest have 'onboot' not set or set to off.
                Default: off.
            max_workers: Defines the maximum number of tasks running concurrently. If not set, uses 'max_workers' from datacenter.cfg, and if that's not set, the available CPU threads, clamped to a maximum of 8, are used.
                Proxmox VE: New in 9.1.
                Range: 1 to 64.
            vms: Only consider guests from this comma separated list of VMIDs.
                Format: ``pve-vmid-list``.
                Syntax: ``<string>``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            The 'VM.PowerMgmt' permission is required on '/' or on '/vms/<ID>' for each ID passed via the 'vms' parameter.
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/startall`` (``startall``)."""
        params = {
            "force": force,
            "max-workers": max_workers,
            "vms": _join(vms),
        }
        return _task(await self._c._call("POST", self._p, params, _R75), self._c)


class NodesNodeStatus(AsyncPath):
    """``/nodes/{node}/status`` (status)

    ``GET``: Read node status
    ``POST``: Reboot or shutdown a node."""

    __slots__ = ()

    async def get(self) -> NodesStatusGetResult:
        """Read node status

        Returns:
            ``NodesStatusGetResult``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Audit]]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/status`` (``status``)."""
        return await self._c._call("GET", self._p, {}, _R76)

    async def post(
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
            Check: ``[perm, /nodes/{node}, [Sys.PowerMgmt]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/status`` (``node_cmd``)."""
        params = {
            "command": command,
        }
        return await self._c._call("POST", self._p, params, _R77)


class NodesNodeStopall(AsyncPath):
    """``/nodes/{node}/stopall`` (stopall)

    ``POST``: Stop all VMs and Containers."""

    __slots__ = ()

    async def post(
        self,
        *,
        force_stop: bool | None = None,
        max_workers: int | None = None,
        timeout: int | None = None,
        vms: str | Sequence[str] | None = None,
    ) -> AsyncTask:
        """Stop all VMs and Containers.

        Args:
            force_stop: Force a hard-stop after the timeout.
                Default: ``1``.
            max_workers: Defines the maximum number of tasks running concurrently. If  not set, uses 'max_workers' from datacenter.cfg, and if that's not set, the available CPU threads, clamped to a maximum of 8, are used.
                Proxmox VE: New in 9.1.
                Range: 1 to 64.
            timeout: Timeout for each guest shutdown task. Depending on `force-stop`, the shutdown gets then simply aborted or a hard-stop is forced.
                Range: 0 to 7200.
                Default: ``180``.
            vms: Only consider Guests with these IDs.
                Format: ``pve-vmid-list``.
                Syntax: ``<string>``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            The 'VM.PowerMgmt' permission is required on '/' or on '/vms/<ID>' for each ID passed via the 'vms' parameter.
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/stopall`` (``stopall``)."""
        params = {
            "force-stop": force_stop,
            "max-workers": max_workers,
            "timeout": timeout,
            "vms": _join(vms),
        }
        return _task(await self._c._call("POST", self._p, params, _R78), self._c)


class NodesNodeSubscription(AsyncPath):
    """``/nodes/{node}/subscription`` (subscription)

    ``GET``: Read subscription info.
    ``POST``: Update subscription info.
    ``PUT``: Set subscription key.
    ``DELETE``: Delete subscription key of this node."""

    __slots__ = ()

    async def get(self) -> NodesSubscriptionGetResult:
        """Read subscription info.

        Returns:
            ``NodesSubscriptionGetResult``

        Permissions:
            User: all

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/subscription`` (``get``)."""
        return await self._c._call("GET", self._p, {}, _R79)

    async def post(
        self,
        *,
        force: bool | None = None,
    ) -> None:
        """Update subscription info.

        Args:
            force: Always connect to server, even if local cache is still valid.
                Default: ``0``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/subscription`` (``update``)."""
        params = {
            "force": force,
        }
        return await self._c._call("POST", self._p, params, _R80)

    async def put(
        self,
        *,
        key: str,
    ) -> None:
        """Set subscription key.

        Args:
            key: Proxmox VE subscription key
                Length: 0 to 32.
                Pattern: ``^\\s*pve([1248])([cbsp])-[0-9a-f]{10}\\s*$``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/subscription`` (``set``)."""
        params = {
            "key": key,
        }
        return await self._c._call("PUT", self._p, params, _R81)

    async def delete(self) -> None:
        """Delete subscription key of this node.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/subscription`` (``delete``)."""
        return await self._c._call("DELETE", self._p, {}, _R82)


class NodesNodeSuspendall(AsyncPath):
    """``/nodes/{node}/suspendall`` (suspendall)

    ``POST``: Suspend all VMs."""

    __slots__ = ()

    async def post(
        self,
        *,
        max_workers: int | None = None,
        vms: str | Sequence[str] | None = None,
    ) -> AsyncTask:
        """Suspend all VMs.

        Args:
            max_workers: Maximal number of parallel migration job. If not set, uses'max_workers' from datacenter.cfg, and if that's not set the available'
                                    .' CPU threads, clamped to a maximum of 8, are used.
                Proxmox VE: New in 9.1.
                Range: 1 to 64.
            vms: Only consider Guests with these IDs.
                Proxmox VE: New in 8.1.
                Format: ``pve-vmid-list``.
                Syntax: ``<string>``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            The 'VM.PowerMgmt' permission is required on '/' or on '/vms/<ID>' for each ID passed via the 'vms' parameter. Additionally, you need 'VM.Config.Disk' on the '/vms/{vmid}' path and 'Datastore.AllocateSpace' for the configured state-storage(s)
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``POST /nodes/{node}/suspendall`` (``suspendall``)."""
        params = {
            "max-workers": max_workers,
            "vms": _join(vms),
        }
        return _task(await self._c._call("POST", self._p, params, _R83), self._c)


class NodesNodeSyslog(AsyncPath):
    """``/nodes/{node}/syslog`` (syslog)

    ``GET``: Read system log"""

    __slots__ = ()

    async def get(
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
            Check: ``[perm, /nodes/{node}, [Sys.Syslog]]``

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
        return await self._c._call("GET", self._p, params, _R84)


class NodesNodeTasks(AsyncPath):
    """``/nodes/{node}/tasks`` (tasks)

    ``GET``: Read task list for one node (finished tasks)."""

    __slots__ = ()

    def upid(self, upid: str) -> NodesNodeTasksUpid:
        """{upid}"""
        return NodesNodeTasksUpid(self._c, self._p + "/" + _segment(upid))

    async def get(
        self,
        *,
        errors: bool | None = None,
        limit: int | None = None,
        since: int | None = None,
        source: Literal["archive", "active", "all"] | None = None,
        start: int | None = None,
        statusfilter: str | Sequence[str] | None = None,
        typefilter: str | None = None,
        until: int | None = None,
        userfilter: str | None = None,
        vmid: int | None = None,
    ) -> list[NodesNodeTasksGetResultItem]:
        """Read task list for one node (finished tasks).

        Args:
            errors: Only list tasks with a status of ERROR.
                Default: ``0``.
            limit: Only list this number of tasks.
                Range: 0 to inf.
                Default: ``50``.
            since: Only list tasks since this UNIX epoch.
            source: List archived, active or all tasks.
                Default: ``archive``.
            start: List tasks beginning from this offset.
                Range: 0 to inf.
                Default: ``0``.
            statusfilter: List of Task States that should be returned.
                Format: ``pve-task-status-type-list``.
                Syntax: ``<string>``.
            typefilter: Only list tasks of this type (e.g., vzstart, vzdump).
            until: Only list tasks until this UNIX epoch.
            userfilter: Only list tasks from this user.
            vmid: Only list tasks for this VM.
                Range: 100 to 999999999.
                Format: ``pve-vmid``.

        Returns:
            ``list[NodesNodeTasksGetResultItem]``

        Permissions:
            List task associated with the current user, or all task the user has 'Sys.Audit' permissions on /nodes/<node> (the <node> the task runs on).
            User: all

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/tasks`` (``node_tasks``)."""
        params = {
            "errors": errors,
            "limit": limit,
            "since": since,
            "source": source,
            "start": start,
            "statusfilter": _join(statusfilter),
            "typefilter": typefilter,
            "until": until,
            "userfilter": userfilter,
            "vmid": vmid,
        }
        return await self._c._call("GET", self._p, params, _R85)


class NodesNodeTasksUpid(AsyncPath):
    """``/nodes/{node}/tasks/{upid}`` ({upid})

    ``GET``: GET /nodes/{node}/tasks/{upid}
    ``DELETE``: Stop a task."""

    __slots__ = ()

    @property
    def log(self) -> NodesNodeTasksUpidLog:
        """Read task log."""
        return NodesNodeTasksUpidLog(self._c, self._p + "/log")

    @property
    def status(self) -> NodesNodeTasksUpidStatus:
        """Read task status."""
        return NodesNodeTasksUpidStatus(self._c, self._p + "/status")

    async def get(self) -> list[dict[str, Any]]:
        """GET /nodes/{node}/tasks/{upid}

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /nodes/{node}/tasks/{upid}`` (``upid_index``)."""
        return await self._c._call("GET", self._p, {}, _R86)

    async def delete(self) -> None:
        """Stop a task.

        Returns:
            ``None``

        Permissions:
            The user needs 'Sys.Modify' permissions on '/nodes/<node>' if they aren't the owner of the task.
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/tasks/{upid}`` (``stop_task``)."""
        return await self._c._call("DELETE", self._p, {}, _R87)


class NodesNodeTasksUpidLog(AsyncPath):
    """``/nodes/{node}/tasks/{upid}/log`` (log)

    ``GET``: Read task log."""

    __slots__ = ()

    async def get(
        self,
        *,
        download: bool | None = None,
        limit: int | None = None,
        start: int | None = None,
    ) -> list[NodesTasksLogGetResultItem]:
        """Read task log.

        Args:
            download: Whether the tasklog file should be downloaded. This parameter can't be used in conjunction with other parameters
            limit: The number of lines to read from the tasklog.
                Range: 0 to inf.
                Default: ``50``.
            start: Start at this line when reading the tasklog
                Range: 0 to inf.
                Default: ``0``.

        Returns:
            ``list[NodesTasksLogGetResultItem]``

        Permissions:
            The user needs 'Sys.Audit' permissions on '/nodes/<node>' if they aren't the owner of the task.
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/tasks/{upid}/log`` (``read_task_log``)."""
        params = {
            "download": download,
            "limit": limit,
            "start": start,
        }
        return await self._c._call("GET", self._p, params, _R88)


class NodesNodeTasksUpidStatus(AsyncPath):
    """``/nodes/{node}/tasks/{upid}/status`` (status)

    ``GET``: Read task status."""

    __slots__ = ()

    async def get(self) -> NodesTasksStatusGetResult:
        """Read task status.

        Returns:
            ``NodesTasksStatusGetResult``

        Permissions:
            The user needs 'Sys.Audit' permissions on '/nodes/<node>' if they are not the owner of the task.
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/tasks/{upid}/status`` (``read_task_status``)."""
        return await self._c._call("GET", self._p, {}, _R89)


class NodesNodeTermproxy(AsyncPath):
    """``/nodes/{node}/termproxy`` (termproxy)

    ``POST``: Creates a VNC Shell proxy."""

    __slots__ = ()

    async def post(
        self,
        *,
        cmd: Literal["ceph_install", "login", "upgrade"] | None = None,
        cmd_opts: str | None = None,
    ) -> NodesTermproxyPostResult:
        """Creates a VNC Shell proxy.

        Args:
            cmd: Run specific command or default to login (requires 'root@pam')
                Default: ``login``.
            cmd_opts: Add parameters to a command. Encoded as null terminated strings.
                Default: ````.

        Returns:
            ``NodesTermproxyPostResult``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Console]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/termproxy`` (``termproxy``)."""
        params = {
            "cmd": cmd,
            "cmd-opts": cmd_opts,
        }
        return await self._c._call("POST", self._p, params, _R90)


class NodesNodeTime(AsyncPath):
    """``/nodes/{node}/time`` (time)

    ``GET``: Read server time and time zone settings.
    ``PUT``: Set time zone."""

    __slots__ = ()

    async def get(self) -> NodesTimeGetResult:
        """Read server time and time zone settings.

        Returns:
            ``NodesTimeGetResult``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Audit]]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/time`` (``time``)."""
        return await self._c._call("GET", self._p, {}, _R91)

    async def put(
        self,
        *,
        timezone: str,
    ) -> None:
        """Set time zone.

        Args:
            timezone: Time zone. The file '/usr/share/zoneinfo/zone.tab' contains the list of valid names.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/time`` (``set_timezone``)."""
        params = {
            "timezone": timezone,
        }
        return await self._c._call("PUT", self._p, params, _R92)


class NodesNodeVersion(AsyncPath):
    """``/nodes/{node}/version`` (version)

    ``GET``: API version details"""

    __slots__ = ()

    async def get(self) -> NodesVersionGetResult:
        """API version details

        Returns:
            ``NodesVersionGetResult``

        Permissions:
            User: all

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/version`` (``version``)."""
        return await self._c._call("GET", self._p, {}, _R93)


class NodesNodeVncshell(AsyncPath):
    """``/nodes/{node}/vncshell`` (vncshell)

    ``POST``: Creates a VNC Shell proxy."""

    __slots__ = ()

    async def post(
        self,
        *,
        cmd: Literal["ceph_install", "login", "upgrade"] | None = None,
        cmd_opts: str | None = None,
        height: int | None = None,
        websocket: bool | None = None,
        width: int | None = None,
    ) -> NodesVncshellPostResult:
        """Creates a VNC Shell proxy.

        Args:
            cmd: Run specific command or default to login (requires 'root@pam')
                Default: ``login``.
            cmd_opts: Add parameters to a command. Encoded as null terminated strings.
                Default: ````.
            height: sets the height of the console in pixels.
                Range: 16 to 2160.
            websocket: use websocket instead of standard vnc.
            width: sets the width of the console in pixels.
                Range: 16 to 4096.

        Returns:
            ``NodesVncshellPostResult``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Console]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/vncshell`` (``vncshell``)."""
        params = {
            "cmd": cmd,
            "cmd-opts": cmd_opts,
            "height": height,
            "websocket": websocket,
            "width": width,
        }
        return await self._c._call("POST", self._p, params, _R94)


class NodesNodeVncwebsocket(AsyncPath):
    """``/nodes/{node}/vncwebsocket`` (vncwebsocket)

    ``GET``: Opens a websocket for VNC traffic."""

    __slots__ = ()

    async def get(
        self,
        *,
        port: int,
        vncticket: str,
    ) -> NodesVncwebsocketGetResult:
        """Opens a websocket for VNC traffic.

        Args:
            port: Port number returned by previous 'vncshell' call.
                Range: 5900 to 5999.
            vncticket: Ticket from previous call to 'vncshell'.
                Length: 0 to 512.

        Returns:
            ``NodesVncwebsocketGetResult``

        Permissions:
            You also need to pass a valid ticket (vncticket).
            Check: ``[perm, /nodes/{node}, [Sys.Console]]``

        Proxmox: ``GET /nodes/{node}/vncwebsocket`` (``vncwebsocket``)."""
        params = {
            "port": port,
            "vncticket": vncticket,
        }
        return await self._c._call("GET", self._p, params, _R95)


class NodesNodeVzdump(AsyncPath):
    """``/nodes/{node}/vzdump`` (vzdump)

    ``POST``: Create backup."""

    __slots__ = ()

    @property
    def defaults(self) -> NodesNodeVzdumpDefaults:
        """Get the currently configured vzdump defaults."""
        return NodesNodeVzdumpDefaults(self._c, self._p + "/defaults")

    @property
    def extractconfig(self) -> NodesNodeVzdumpExtractconfig:
        """Extract configuration from vzdump backup archive."""
        return NodesNodeVzdumpExtractconfig(self._c, self._p + "/extractconfig")

    async def post(
        self,
        *,
        all: bool | None = None,
        bwlimit: int | None = None,
        compress: Literal["0", "1", "gzip", "lzo", "zstd"] | None = None,
        dumpdir: str | None = None,
        exclude: str | Sequence[str] | None = None,
        exclude_path: list[str] | tuple[str, ...] | None = None,
        fleecing: Fleecing | str | None = None,
        ionice: int | None = None,
        job_id: str | None = None,
        lockwait: int | None = None,
        mailnotification: Literal["always", "failure"] | None = None,
        mailto: str | Sequence[str] | None = None,
        mode: Literal["snapshot", "suspend", "stop"] | None = None,
        notes_template: str | None = None,
        notification_mode: Literal["auto", "legacy-sendmail", "notification-system"] | None = None,
        pbs_change_detection_mode: Literal["legacy", "data", "metadata"] | None = None,
        performance: Performance | str | None = None,
        pigz: int | None = None,
        pool: str | None = None,
        protected: bool | None = None,
        prune_backups: PruneBackups | str | None = None,
        quiet: bool | None = None,
        remove: bool | None = None,
        script: str | None = None,
        stdexcludes: bool | None = None,
        stdout: bool | None = None,
        stop: bool | None = None,
        stopwait: int | None = None,
        storage: str | None = None,
        tmpdir: str | None = None,
        vmid: str | Sequence[str] | None = None,
        zstd: int | None = None,
    ) -> AsyncTask | str:
        """Create backup.

        Args:
            all: Backup all known guest systems on this host.
                Default: ``0``.
            bwlimit: Limit I/O bandwidth (in KiB/s).
                Range: 0 to inf.
                Default: ``0``.
            compress: Compress dump file.
                Default: ``0``.
            dumpdir: Store resulting files to specified directory.
            exclude: Exclude specified guest systems (assumes --all)
                Format: ``pve-vmid-list``.
                Syntax: ``<string>``.
            exclude_path: Exclude certain files/directories (shell globs). Paths starting with '/' are anchored to the container's root, other paths match relative to each subdirectory.
            fleecing: Options for backup fleecing (VM only).
                Proxmox VE: New in 8.2.
                Format: ``backup-fleecing``.
            ionice: Set IO priority when using the BFQ scheduler. For snapshot and suspend mode backups of VMs, this only affects the compressor. A value of 8 means the idle priority is used, otherwise the best-effort priority is used with the specified value.
                Range: 0 to 8.
                Default: ``7``.
            job_id: The ID of the backup job. If set, the 'backup-job' metadata field of the backup notification will be set to this value. Only root@pam can set this parameter.
                Proxmox VE: New in 8.2.
                Length: 0 to 50.
                Pattern: ``^\\S+$``.
            lockwait: Maximal time to wait for the global lock (minutes).
                Range: 0 to inf.
                Default: ``180``.
            mailnotification: Deprecated: use notification targets/matchers instead. Specify when to send a notification mail
                Default: ``always``.
            mailto: Deprecated: Use notification targets/matchers instead. Comma-separated list of email addresses or users that should receive email notifications.
                Format: ``email-or-username-list``.
                Syntax: ``<string>``.
            mode: Backup mode.
                Default: ``snapshot``.
            notes_template: Template string for generating notes for the backup(s). It can contain variables which will be replaced by their values. Currently supported are {{cluster}}, {{guestname}}, {{node}}, and {{vmid}}, but more might be added in the future. Needs to be a single line, newline and backslash need to be escaped as '\\n' and '\\\\' respectively.
                Length: 0 to 1024.
            notification_mode: Determine which notification system to use. If set to 'legacy-sendmail', vzdump will consider the mailto/mailnotification parameters and send emails to the specified address(es) via the 'sendmail' command. If set to 'notification-system', a notification will be sent via PVE's notification system, and the mailto and mailnotification will be ignored. If set to 'auto' (default setting), an email will be sent if mailto is set, and the notification system will be used if not.
                Proxmox VE: New in 8.1.
                Default: ``auto``.
            pbs_change_detection_mode: PBS mode used to detect file changes and switch encoding format for container backups.
                Proxmox VE: New in 8.2.
            performance: Other performance-related settings.
                Format: ``backup-performance``.
            pigz: Use pigz instead of gzip when N>0. N=1 uses half of cores, N>1 uses N as thread count.
                Default: ``0``.
            pool: Backup all known guest systems included in the specified pool.
            protected: If true, mark backup(s) as protected.
            prune_backups: Use these retention options instead of those from the storage configuration.
                Format: ``prune-backups``.
                Default: ``keep-all=1``.
            quiet: Be quiet.
                Default: ``0``.
            remove: Prune older backups according to 'prune-backups'.
                Default: ``1``.
            script: Use specified hook script.
            stdexcludes: Exclude temporary files and logs.
                Default: ``1``.
            stdout: Write tar to stdout, not to a file.
            stop: Stop running backup jobs on this host.
                Default: ``0``.
            stopwait: Maximal time to wait until a guest system is stopped (minutes).
                Range: 0 to inf.
                Default: ``10``.
            storage: Store resulting file to this storage.
                Format: ``pve-storage-id``.
            tmpdir: Store temporary files to specified directory.
            vmid: The ID of the guest system you want to backup.
                Format: ``pve-vmid-list``.
                Syntax: ``<string>``.
            zstd: Zstd threads. N=0 uses half of the available cores, if N is set to a value bigger than 0, N is used as thread count.
                Default: ``1``.

        Returns:
            ``Task | str`` / ``AsyncTask | str`` (the UPID, bound to the client)

        Permissions:
            The user needs 'VM.Backup' permissions on any VM, and 'Datastore.AllocateSpace' on the backup storage (and fleecing storage when fleecing is used). The 'tmpdir', 'dumpdir', 'script' and 'job-id' parameters are restricted to the 'root@pam' user. The 'prune-backups' setting requires 'Datastore.Allocate' on the backup storage. The 'bwlimit', 'performance' and 'ionice' parameters require 'Sys.Modify' on '/'.
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/vzdump`` (``vzdump``)."""
        params = {
            "all": all,
            "bwlimit": bwlimit,
            "compress": compress,
            "dumpdir": dumpdir,
            "exclude": _join(exclude),
            "exclude-path": _sequence("exclude-path", exclude_path),
            "fleecing": fleecing,
            "ionice": ionice,
            "job-id": job_id,
            "lockwait": lockwait,
            "mailnotification": mailnotification,
            "mailto": _join(mailto),
            "mode": mode,
            "notes-template": notes_template,
            "notification-mode": notification_mode,
            "pbs-change-detection-mode": pbs_change_detection_mode,
            "performance": performance,
            "pigz": pigz,
            "pool": pool,
            "protected": protected,
            "prune-backups": prune_backups,
            "quiet": quiet,
            "remove": remove,
            "script": script,
            "stdexcludes": stdexcludes,
            "stdout": stdout,
            "stop": stop,
            "stopwait": stopwait,
            "storage": _checked("pve-storage-id", "storage", storage),
            "tmpdir": tmpdir,
            "vmid": _join(vmid),
            "zstd": zstd,
        }
        return _task_or_text(await self._c._call("POST", self._p, params, _R96), self._c)


class NodesNodeVzdumpDefaults(AsyncPath):
    """``/nodes/{node}/vzdump/defaults`` (defaults)

    ``GET``: Get the currently configured vzdump defaults."""

    __slots__ = ()

    async def get(
        self,
        *,
        storage: str | None = None,
    ) -> NodesVzdumpDefaultsGetResult:
        """Get the currently configured vzdump defaults.

        Args:
            storage: The storage identifier.
                Format: ``pve-storage-id``.

        Returns:
            ``NodesVzdumpDefaultsGetResult``

        Permissions:
            The user needs 'Datastore.Audit' or 'Datastore.AllocateSpace' permissions for the specified storage (or default storage if none specified). Some properties are only returned when the user has 'Sys.Audit' permissions for the node.
            User: all

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/vzdump/defaults`` (``defaults``)."""
        params = {
            "storage": _checked("pve-storage-id", "storage", storage),
        }
        return await self._c._call("GET", self._p, params, _R97)


class NodesNodeVzdumpExtractconfig(AsyncPath):
    """``/nodes/{node}/vzdump/extractconfig`` (extractconfig)

    ``GET``: Extract configuration from vzdump backup archive."""

    __slots__ = ()

    async def get(
        self,
        *,
        volume: str,
    ) -> str:
        """Extract configuration from vzdump backup archive.

        Args:
            volume: Volume identifier

        Returns:
            ``str``

        Permissions:
            The user needs 'VM.Backup' permissions on the backed up guest ID, and 'Datastore.AllocateSpace' on the backup storage.
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/vzdump/extractconfig`` (``extractconfig``)."""
        params = {
            "volume": volume,
        }
        return await self._c._call("GET", self._p, params, _R98)


class NodesNodeWakeonlan(AsyncPath):
    """``/nodes/{node}/wakeonlan`` (wakeonlan)

    ``POST``: Try to wake a node via 'wake on LAN' network packet."""

    __slots__ = ()

    async def post(self) -> str:
        """Try to wake a node via 'wake on LAN' network packet.

        Returns:
            ``str``: MAC address used to assemble the WoL magic packet.

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.PowerMgmt]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/wakeonlan`` (``wakeonlan``)."""
        return await self._c._call("POST", self._p, {}, _R99)
