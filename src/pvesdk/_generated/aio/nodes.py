# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``nodes`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import AsyncPath, Returns
from pvesdk._runtime import bind_async_task as _task
from pvesdk._runtime import bind_async_task_or_text as _task_or_text
from pvesdk._runtime import checked as _checked
from pvesdk._runtime import family as _family
from pvesdk._runtime import join as _join
from pvesdk._runtime import secret as _secret
from pvesdk._runtime import segment as _segment
from pvesdk._runtime import sequence as _sequence

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from pvesdk.tasks import AsyncTask

    from ..models.nodes.nodes_config_get import NodesConfigGetResult
    from ..models.nodes.nodes_dns_get import NodesDnsGetResult
    from ..models.nodes.nodes_get import NodesGetResultItem
    from ..models.nodes.nodes_hosts_get import NodesHostsGetResult
    from ..models.nodes.nodes_node_network_get import NodesNodeNetworkGetResultItem
    from ..models.nodes.nodes_node_network_iface_get import (
        NodesNodeNetworkIfaceGetResult,
    )
    from ..models.nodes.nodes_query_url_metadata_get import (
        NodesQueryUrlMetadataGetResult,
    )
    from ..models.nodes.nodes_rrd_get import NodesRrdGetResult
    from ..models.nodes.nodes_spiceshell_post import NodesSpiceshellPostResult
    from ..models.nodes.nodes_status_get import NodesStatusGetResult
    from ..models.nodes.nodes_subscription_get import NodesSubscriptionGetResult
    from ..models.nodes.nodes_syslog_get import NodesSyslogGetResultItem
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
    from . import nodes_apt as _nodes_apt
    from . import nodes_capabilities as _nodes_capabilities
    from . import nodes_ceph as _nodes_ceph
    from . import nodes_certificates as _nodes_certificates
    from . import nodes_disks as _nodes_disks
    from . import nodes_firewall as _nodes_firewall
    from . import nodes_hardware as _nodes_hardware
    from . import nodes_lxc as _nodes_lxc
    from . import nodes_qemu as _nodes_qemu
    from . import nodes_replication as _nodes_replication
    from . import nodes_scan as _nodes_scan
    from . import nodes_sdn as _nodes_sdn
    from . import nodes_services as _nodes_services
    from . import nodes_storage as _nodes_storage
    from . import nodes_tasks as _nodes_tasks

_R0: Returns[list[NodesGetResultItem]] = Returns(
    "list[NodesGetResultItem]", "GET /nodes", "models.nodes.nodes_get"
)
_R1: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /nodes/{node}")
_R2: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /nodes/{node}/aplinfo")
_R3: Returns[str] = Returns("str", "POST /nodes/{node}/aplinfo")
_R4: Returns[NodesConfigGetResult] = Returns(
    "NodesConfigGetResult", "GET /nodes/{node}/config", "models.nodes.nodes_config_get"
)
_R5: Returns[None] = Returns("None", "PUT /nodes/{node}/config")
_R6: Returns[NodesDnsGetResult] = Returns(
    "NodesDnsGetResult", "GET /nodes/{node}/dns", "models.nodes.nodes_dns_get"
)
_R7: Returns[None] = Returns("None", "PUT /nodes/{node}/dns")
_R8: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "POST /nodes/{node}/execute")
_R9: Returns[NodesHostsGetResult] = Returns(
    "NodesHostsGetResult", "GET /nodes/{node}/hosts", "models.nodes.nodes_hosts_get"
)
_R10: Returns[None] = Returns("None", "POST /nodes/{node}/hosts")
_R11: Returns[list[str]] = Returns("list[str]", "GET /nodes/{node}/journal")
_R12: Returns[str] = Returns("str", "POST /nodes/{node}/migrateall")
_R13: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /nodes/{node}/netstat")
_R14: Returns[list[NodesNodeNetworkGetResultItem]] = Returns(
    "list[NodesNodeNetworkGetResultItem]",
    "GET /nodes/{node}/network",
    "models.nodes.nodes_node_network_get",
)
_R15: Returns[None] = Returns("None", "POST /nodes/{node}/network")
_R16: Returns[str] = Returns("str", "PUT /nodes/{node}/network")
_R17: Returns[None] = Returns("None", "DELETE /nodes/{node}/network")
_R18: Returns[NodesNodeNetworkIfaceGetResult] = Returns(
    "NodesNodeNetworkIfaceGetResult",
    "GET /nodes/{node}/network/{iface}",
    "models.nodes.nodes_node_network_iface_get",
)
_R19: Returns[None] = Returns("None", "PUT /nodes/{node}/network/{iface}")
_R20: Returns[None] = Returns("None", "DELETE /nodes/{node}/network/{iface}")
_R21: Returns[list[str]] = Returns("list[str]", "GET /nodes/{node}/query-oci-repo-tags")
_R22: Returns[NodesQueryUrlMetadataGetResult] = Returns(
    "NodesQueryUrlMetadataGetResult",
    "GET /nodes/{node}/query-url-metadata",
    "models.nodes.nodes_query_url_metadata_get",
)
_R23: Returns[str] = Returns("str", "GET /nodes/{node}/report")
_R24: Returns[NodesRrdGetResult] = Returns(
    "NodesRrdGetResult", "GET /nodes/{node}/rrd", "models.nodes.nodes_rrd_get"
)
_R25: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /nodes/{node}/rrddata")
_R26: Returns[NodesSpiceshellPostResult] = Returns(
    "NodesSpiceshellPostResult",
    "POST /nodes/{node}/spiceshell",
    "models.nodes.nodes_spiceshell_post",
)
_R27: Returns[str] = Returns("str", "POST /nodes/{node}/startall")
_R28: Returns[NodesStatusGetResult] = Returns(
    "NodesStatusGetResult", "GET /nodes/{node}/status", "models.nodes.nodes_status_get"
)
_R29: Returns[None] = Returns("None", "POST /nodes/{node}/status")
_R30: Returns[str] = Returns("str", "POST /nodes/{node}/stopall")
_R31: Returns[NodesSubscriptionGetResult] = Returns(
    "NodesSubscriptionGetResult",
    "GET /nodes/{node}/subscription",
    "models.nodes.nodes_subscription_get",
)
_R32: Returns[None] = Returns("None", "POST /nodes/{node}/subscription")
_R33: Returns[None] = Returns("None", "PUT /nodes/{node}/subscription")
_R34: Returns[None] = Returns("None", "DELETE /nodes/{node}/subscription")
_R35: Returns[str] = Returns("str", "POST /nodes/{node}/suspendall")
_R36: Returns[list[NodesSyslogGetResultItem]] = Returns(
    "list[NodesSyslogGetResultItem]", "GET /nodes/{node}/syslog", "models.nodes.nodes_syslog_get"
)
_R37: Returns[NodesTermproxyPostResult] = Returns(
    "NodesTermproxyPostResult", "POST /nodes/{node}/termproxy", "models.nodes.nodes_termproxy_post"
)
_R38: Returns[NodesTimeGetResult] = Returns(
    "NodesTimeGetResult", "GET /nodes/{node}/time", "models.nodes.nodes_time_get"
)
_R39: Returns[None] = Returns("None", "PUT /nodes/{node}/time")
_R40: Returns[NodesVersionGetResult] = Returns(
    "NodesVersionGetResult", "GET /nodes/{node}/version", "models.nodes.nodes_version_get"
)
_R41: Returns[NodesVncshellPostResult] = Returns(
    "NodesVncshellPostResult", "POST /nodes/{node}/vncshell", "models.nodes.nodes_vncshell_post"
)
_R42: Returns[NodesVncwebsocketGetResult] = Returns(
    "NodesVncwebsocketGetResult",
    "GET /nodes/{node}/vncwebsocket",
    "models.nodes.nodes_vncwebsocket_get",
)
_R43: Returns[str] = Returns("str", "POST /nodes/{node}/vzdump")
_R44: Returns[NodesVzdumpDefaultsGetResult] = Returns(
    "NodesVzdumpDefaultsGetResult",
    "GET /nodes/{node}/vzdump/defaults",
    "models.nodes.nodes_vzdump_defaults_get",
)
_R45: Returns[str] = Returns("str", "GET /nodes/{node}/vzdump/extractconfig")
_R46: Returns[str] = Returns("str", "POST /nodes/{node}/wakeonlan")


class Nodes(AsyncPath):
    """``/nodes`` (nodes)

    ``GET``: Cluster node index."""

    __slots__ = ()

    def node(self, node: str) -> NodesNode:
        """The cluster node name."""
        return NodesNode(self._client, self._path + "/" + _segment(node))

    async def get(self) -> list[NodesGetResultItem]:
        """Cluster node index.

        Returns:
            ``list[NodesGetResultItem]``

        Permissions:
            User: all

        Proxmox: ``GET /nodes`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R0)


class NodesNode(AsyncPath):
    """``/nodes/{node}`` ({node})

    ``GET``: Node index."""

    __slots__ = ()

    @property
    def aplinfo(self) -> NodesNodeAplinfo:
        """Get list of appliances."""
        return NodesNodeAplinfo(self._client, self._path + "/aplinfo")

    @property
    def apt(self) -> _nodes_apt.NodesNodeApt:
        """Directory index for apt (Advanced Package Tool)."""
        from . import nodes_apt as _nodes_apt

        return _nodes_apt.NodesNodeApt(self._client, self._path + "/apt")

    @property
    def capabilities(self) -> _nodes_capabilities.NodesNodeCapabilities:
        """Node capabilities index."""
        from . import nodes_capabilities as _nodes_capabilities

        return _nodes_capabilities.NodesNodeCapabilities(self._client, self._path + "/capabilities")

    @property
    def ceph(self) -> _nodes_ceph.NodesNodeCeph:
        """Directory index."""
        from . import nodes_ceph as _nodes_ceph

        return _nodes_ceph.NodesNodeCeph(self._client, self._path + "/ceph")

    @property
    def certificates(self) -> _nodes_certificates.NodesNodeCertificates:
        """Node index."""
        from . import nodes_certificates as _nodes_certificates

        return _nodes_certificates.NodesNodeCertificates(self._client, self._path + "/certificates")

    @property
    def config(self) -> NodesNodeConfig:
        """Get node configuration options."""
        return NodesNodeConfig(self._client, self._path + "/config")

    @property
    def disks(self) -> _nodes_disks.NodesNodeDisks:
        """Node index."""
        from . import nodes_disks as _nodes_disks

        return _nodes_disks.NodesNodeDisks(self._client, self._path + "/disks")

    @property
    def dns(self) -> NodesNodeDns:
        """Read DNS settings."""
        return NodesNodeDns(self._client, self._path + "/dns")

    @property
    def execute(self) -> NodesNodeExecute:
        """Execute multiple commands in order, root only."""
        return NodesNodeExecute(self._client, self._path + "/execute")

    @property
    def firewall(self) -> _nodes_firewall.NodesNodeFirewall:
        """Directory index."""
        from . import nodes_firewall as _nodes_firewall

        return _nodes_firewall.NodesNodeFirewall(self._client, self._path + "/firewall")

    @property
    def hardware(self) -> _nodes_hardware.NodesNodeHardware:
        """Index of hardware types"""
        from . import nodes_hardware as _nodes_hardware

        return _nodes_hardware.NodesNodeHardware(self._client, self._path + "/hardware")

    @property
    def hosts(self) -> NodesNodeHosts:
        """Get the content of /etc/hosts."""
        return NodesNodeHosts(self._client, self._path + "/hosts")

    @property
    def journal(self) -> NodesNodeJournal:
        """Read Journal"""
        return NodesNodeJournal(self._client, self._path + "/journal")

    @property
    def lxc(self) -> _nodes_lxc.NodesNodeLxc:
        """LXC container index (per node)."""
        from . import nodes_lxc as _nodes_lxc

        return _nodes_lxc.NodesNodeLxc(self._client, self._path + "/lxc")

    @property
    def migrateall(self) -> NodesNodeMigrateall:
        """Migrate all VMs and Containers."""
        return NodesNodeMigrateall(self._client, self._path + "/migrateall")

    @property
    def netstat(self) -> NodesNodeNetstat:
        """Read tap/vm network device interface counters"""
        return NodesNodeNetstat(self._client, self._path + "/netstat")

    @property
    def network(self) -> NodesNodeNetwork:
        """List available networks"""
        return NodesNodeNetwork(self._client, self._path + "/network")

    @property
    def qemu(self) -> _nodes_qemu.NodesNodeQemu:
        """Virtual machine index (per node)."""
        from . import nodes_qemu as _nodes_qemu

        return _nodes_qemu.NodesNodeQemu(self._client, self._path + "/qemu")

    @property
    def query_oci_repo_tags(self) -> NodesNodeQueryOciRepoTags:
        """List all tags for an OCI repository reference."""
        return NodesNodeQueryOciRepoTags(self._client, self._path + "/query-oci-repo-tags")

    @property
    def query_url_metadata(self) -> NodesNodeQueryUrlMetadata:
        """Query metadata of an URL: file size, file name and mime type."""
        return NodesNodeQueryUrlMetadata(self._client, self._path + "/query-url-metadata")

    @property
    def replication(self) -> _nodes_replication.NodesNodeReplication:
        """List status of all replication jobs on this node."""
        from . import nodes_replication as _nodes_replication

        return _nodes_replication.NodesNodeReplication(self._client, self._path + "/replication")

    @property
    def report(self) -> NodesNodeReport:
        """Gather various systems information about a node"""
        return NodesNodeReport(self._client, self._path + "/report")

    @property
    def rrd(self) -> NodesNodeRrd:
        """Read node RRD statistics (returns PNG)"""
        return NodesNodeRrd(self._client, self._path + "/rrd")

    @property
    def rrddata(self) -> NodesNodeRrddata:
        """Read node RRD statistics"""
        return NodesNodeRrddata(self._client, self._path + "/rrddata")

    @property
    def scan(self) -> _nodes_scan.NodesNodeScan:
        """Index of available scan methods"""
        from . import nodes_scan as _nodes_scan

        return _nodes_scan.NodesNodeScan(self._client, self._path + "/scan")

    @property
    def sdn(self) -> _nodes_sdn.NodesNodeSdn:
        """SDN index."""
        from . import nodes_sdn as _nodes_sdn

        return _nodes_sdn.NodesNodeSdn(self._client, self._path + "/sdn")

    @property
    def services(self) -> _nodes_services.NodesNodeServices:
        """Service list."""
        from . import nodes_services as _nodes_services

        return _nodes_services.NodesNodeServices(self._client, self._path + "/services")

    @property
    def spiceshell(self) -> NodesNodeSpiceshell:
        """Creates a SPICE shell."""
        return NodesNodeSpiceshell(self._client, self._path + "/spiceshell")

    @property
    def startall(self) -> NodesNodeStartall:
        """Start all VMs and containers located on this node (by default only those with onboot=1)."""
        return NodesNodeStartall(self._client, self._path + "/startall")

    @property
    def status(self) -> NodesNodeStatus:
        """Read node status"""
        return NodesNodeStatus(self._client, self._path + "/status")

    @property
    def stopall(self) -> NodesNodeStopall:
        """Stop all VMs and Containers."""
        return NodesNodeStopall(self._client, self._path + "/stopall")

    @property
    def storage(self) -> _nodes_storage.NodesNodeStorage:
        """Get status for all datastores."""
        from . import nodes_storage as _nodes_storage

        return _nodes_storage.NodesNodeStorage(self._client, self._path + "/storage")

    @property
    def subscription(self) -> NodesNodeSubscription:
        """Read subscription info."""
        return NodesNodeSubscription(self._client, self._path + "/subscription")

    @property
    def suspendall(self) -> NodesNodeSuspendall:
        """Suspend all VMs."""
        return NodesNodeSuspendall(self._client, self._path + "/suspendall")

    @property
    def syslog(self) -> NodesNodeSyslog:
        """Read system log"""
        return NodesNodeSyslog(self._client, self._path + "/syslog")

    @property
    def tasks(self) -> _nodes_tasks.NodesNodeTasks:
        """Read task list for one node (finished tasks)."""
        from . import nodes_tasks as _nodes_tasks

        return _nodes_tasks.NodesNodeTasks(self._client, self._path + "/tasks")

    @property
    def termproxy(self) -> NodesNodeTermproxy:
        """Creates a VNC Shell proxy."""
        return NodesNodeTermproxy(self._client, self._path + "/termproxy")

    @property
    def time(self) -> NodesNodeTime:
        """Read server time and time zone settings."""
        return NodesNodeTime(self._client, self._path + "/time")

    @property
    def version(self) -> NodesNodeVersion:
        """API version details"""
        return NodesNodeVersion(self._client, self._path + "/version")

    @property
    def vncshell(self) -> NodesNodeVncshell:
        """Creates a VNC Shell proxy."""
        return NodesNodeVncshell(self._client, self._path + "/vncshell")

    @property
    def vncwebsocket(self) -> NodesNodeVncwebsocket:
        """Opens a websocket for VNC traffic."""
        return NodesNodeVncwebsocket(self._client, self._path + "/vncwebsocket")

    @property
    def vzdump(self) -> NodesNodeVzdump:
        """Create backup."""
        return NodesNodeVzdump(self._client, self._path + "/vzdump")

    @property
    def wakeonlan(self) -> NodesNodeWakeonlan:
        """Try to wake a node via 'wake on LAN' network packet."""
        return NodesNodeWakeonlan(self._client, self._path + "/wakeonlan")

    async def get(self) -> list[dict[str, Any]]:
        """Node index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /nodes/{node}`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R1)


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
        return await self._client._call("GET", self._path, {}, _R2)

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
        return _task(await self._client._call("POST", self._path, params, _R3), self._client)


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
        return await self._client._call("GET", self._path, params, _R4)

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
        return await self._client._call("PUT", self._path, params, _R5)


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
        return await self._client._call("GET", self._path, {}, _R6)

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
        return await self._client._call("PUT", self._path, params, _R7)


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
        return await self._client._call("POST", self._path, params, _R8)


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
        return await self._client._call("GET", self._path, {}, _R9)

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
        return await self._client._call("POST", self._path, params, _R10)


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
        return await self._client._call("GET", self._path, params, _R11)


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
        return _task(await self._client._call("POST", self._path, params, _R12), self._client)


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
        return await self._client._call("GET", self._path, {}, _R13)


class NodesNodeNetwork(AsyncPath):
    """``/nodes/{node}/network`` (network)

    ``GET``: List available networks
    ``POST``: Create network device configuration
    ``PUT``: Reload network configuration
    ``DELETE``: Revert network configuration changes."""

    __slots__ = ()

    def iface(self, iface: str) -> NodesNodeNetworkIface:
        """Network interface name."""
        return NodesNodeNetworkIface(self._client, self._path + "/" + _segment(iface))

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
        return await self._client._call("GET", self._path, params, _R14)

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
        return await self._client._call("POST", self._path, params, _R15)

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
        return _task(await self._client._call("PUT", self._path, params, _R16), self._client)

    async def delete(self) -> None:
        """Revert network configuration changes.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/network`` (``revert_network_changes``)."""
        return await self._client._call("DELETE", self._path, {}, _R17)


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
        return await self._client._call("GET", self._path, {}, _R18)

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
        return await self._client._call("PUT", self._path, params, _R19)

    async def delete(self) -> None:
        """Delete network device configuration

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/network/{iface}`` (``delete_network``)."""
        return await self._client._call("DELETE", self._path, {}, _R20)


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
        return await self._client._call("GET", self._path, params, _R21)


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
        return await self._client._call("GET", self._path, params, _R22)


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
        return await self._client._call("GET", self._path, {}, _R23)


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
        return await self._client._call("GET", self._path, params, _R24)


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
        return await self._client._call("GET", self._path, params, _R25)


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
        return await self._client._call("POST", self._path, params, _R26)


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
        return _task(await self._client._call("POST", self._path, params, _R27), self._client)


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
        return await self._client._call("GET", self._path, {}, _R28)

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
        return await self._client._call("POST", self._path, params, _R29)


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
        return _task(await self._client._call("POST", self._path, params, _R30), self._client)


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
        return await self._client._call("GET", self._path, {}, _R31)

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
        return await self._client._call("POST", self._path, params, _R32)

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
        key = _secret(key)
        params = {
            "key": key,
        }
        return await self._client._call("PUT", self._path, params, _R33)

    async def delete(self) -> None:
        """Delete subscription key of this node.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/subscription`` (``delete``)."""
        return await self._client._call("DELETE", self._path, {}, _R34)


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
        return _task(await self._client._call("POST", self._path, params, _R35), self._client)


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
        return await self._client._call("GET", self._path, params, _R36)


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
        return await self._client._call("POST", self._path, params, _R37)


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
        return await self._client._call("GET", self._path, {}, _R38)

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
        return await self._client._call("PUT", self._path, params, _R39)


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
        return await self._client._call("GET", self._path, {}, _R40)


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
        return await self._client._call("POST", self._path, params, _R41)


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
        vncticket = _secret(vncticket)
        params = {
            "port": port,
            "vncticket": vncticket,
        }
        return await self._client._call("GET", self._path, params, _R42)


class NodesNodeVzdump(AsyncPath):
    """``/nodes/{node}/vzdump`` (vzdump)

    ``POST``: Create backup."""

    __slots__ = ()

    @property
    def defaults(self) -> NodesNodeVzdumpDefaults:
        """Get the currently configured vzdump defaults."""
        return NodesNodeVzdumpDefaults(self._client, self._path + "/defaults")

    @property
    def extractconfig(self) -> NodesNodeVzdumpExtractconfig:
        """Extract configuration from vzdump backup archive."""
        return NodesNodeVzdumpExtractconfig(self._client, self._path + "/extractconfig")

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
        return _task_or_text(
            await self._client._call("POST", self._path, params, _R43), self._client
        )


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
        return await self._client._call("GET", self._path, params, _R44)


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
        return await self._client._call("GET", self._path, params, _R45)


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
        return await self._client._call("POST", self._path, {}, _R46)
