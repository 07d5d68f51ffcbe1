# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``nodes_lxc`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import bind_task as _task
from pvesdk._runtime import checked as _checked
from pvesdk._runtime import family as _family
from pvesdk._runtime import join as _join
from pvesdk._runtime import secret as _secret
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from pvesdk.tasks import Task

    from ..models.nodes_lxc.nodes_lxc_config_get import NodesLxcConfigGetResult
    from ..models.nodes_lxc.nodes_lxc_feature_get import NodesLxcFeatureGetResult
    from ..models.nodes_lxc.nodes_lxc_interfaces_get import (
        NodesLxcInterfacesGetResultItem,
    )
    from ..models.nodes_lxc.nodes_lxc_migrate_get import NodesLxcMigrateGetResult
    from ..models.nodes_lxc.nodes_lxc_mtunnel_post import NodesLxcMtunnelPostResult
    from ..models.nodes_lxc.nodes_lxc_mtunnelwebsocket_get import (
        NodesLxcMtunnelwebsocketGetResult,
    )
    from ..models.nodes_lxc.nodes_lxc_pending_get import NodesLxcPendingGetResultItem
    from ..models.nodes_lxc.nodes_lxc_rrd_get import NodesLxcRrdGetResult
    from ..models.nodes_lxc.nodes_lxc_spiceproxy_post import (
        NodesLxcSpiceproxyPostResult,
    )
    from ..models.nodes_lxc.nodes_lxc_termproxy_post import NodesLxcTermproxyPostResult
    from ..models.nodes_lxc.nodes_lxc_vncproxy_post import NodesLxcVncproxyPostResult
    from ..models.nodes_lxc.nodes_lxc_vncwebsocket_get import (
        NodesLxcVncwebsocketGetResult,
    )
    from ..models.nodes_lxc.nodes_node_lxc_get import NodesNodeLxcGetResultItem
    from ..models.nodes_lxc.nodes_node_lxc_vmid_get import NodesNodeLxcVmidGetResultItem
    from ..propstr.dev import Dev
    from ..propstr.features import Features
    from ..propstr.lxc_net import LxcNet
    from ..propstr.lxc_unused import LxcUnused
    from ..propstr.mp import Mp
    from ..propstr.rootfs import Rootfs
    from ..propstr.startup import Startup
    from ..propstr.target_endpoint import TargetEndpoint
    from . import nodes_lxc_firewall as _nodes_lxc_firewall
    from . import nodes_lxc_snapshot as _nodes_lxc_snapshot
    from . import nodes_lxc_status as _nodes_lxc_status

_R0: Returns[list[NodesNodeLxcGetResultItem]] = Returns(
    "list[NodesNodeLxcGetResultItem]",
    "GET /nodes/{node}/lxc",
    "models.nodes_lxc.nodes_node_lxc_get",
)
_R1: Returns[str] = Returns("str", "POST /nodes/{node}/lxc")
_R2: Returns[list[NodesNodeLxcVmidGetResultItem]] = Returns(
    "list[NodesNodeLxcVmidGetResultItem]",
    "GET /nodes/{node}/lxc/{vmid}",
    "models.nodes_lxc.nodes_node_lxc_vmid_get",
)
_R3: Returns[str] = Returns("str", "DELETE /nodes/{node}/lxc/{vmid}")
_R4: Returns[str] = Returns("str", "POST /nodes/{node}/lxc/{vmid}/clone")
_R5: Returns[NodesLxcConfigGetResult] = Returns(
    "NodesLxcConfigGetResult",
    "GET /nodes/{node}/lxc/{vmid}/config",
    "models.nodes_lxc.nodes_lxc_config_get",
)
_R6: Returns[None] = Returns("None", "PUT /nodes/{node}/lxc/{vmid}/config")
_R7: Returns[NodesLxcFeatureGetResult] = Returns(
    "NodesLxcFeatureGetResult",
    "GET /nodes/{node}/lxc/{vmid}/feature",
    "models.nodes_lxc.nodes_lxc_feature_get",
)
_R8: Returns[list[NodesLxcInterfacesGetResultItem]] = Returns(
    "list[NodesLxcInterfacesGetResultItem]",
    "GET /nodes/{node}/lxc/{vmid}/interfaces",
    "models.nodes_lxc.nodes_lxc_interfaces_get",
)
_R9: Returns[NodesLxcMigrateGetResult] = Returns(
    "NodesLxcMigrateGetResult",
    "GET /nodes/{node}/lxc/{vmid}/migrate",
    "models.nodes_lxc.nodes_lxc_migrate_get",
)
_R10: Returns[str] = Returns("str", "POST /nodes/{node}/lxc/{vmid}/migrate")
_R11: Returns[str] = Returns("str", "POST /nodes/{node}/lxc/{vmid}/move_volume")
_R12: Returns[NodesLxcMtunnelPostResult] = Returns(
    "NodesLxcMtunnelPostResult",
    "POST /nodes/{node}/lxc/{vmid}/mtunnel",
    "models.nodes_lxc.nodes_lxc_mtunnel_post",
)
_R13: Returns[NodesLxcMtunnelwebsocketGetResult] = Returns(
    "NodesLxcMtunnelwebsocketGetResult",
    "GET /nodes/{node}/lxc/{vmid}/mtunnelwebsocket",
    "models.nodes_lxc.nodes_lxc_mtunnelwebsocket_get",
)
_R14: Returns[list[NodesLxcPendingGetResultItem]] = Returns(
    "list[NodesLxcPendingGetResultItem]",
    "GET /nodes/{node}/lxc/{vmid}/pending",
    "models.nodes_lxc.nodes_lxc_pending_get",
)
_R15: Returns[str] = Returns("str", "POST /nodes/{node}/lxc/{vmid}/remote_migrate")
_R16: Returns[str] = Returns("str", "PUT /nodes/{node}/lxc/{vmid}/resize")
_R17: Returns[NodesLxcRrdGetResult] = Returns(
    "NodesLxcRrdGetResult", "GET /nodes/{node}/lxc/{vmid}/rrd", "models.nodes_lxc.nodes_lxc_rrd_get"
)
_R18: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/lxc/{vmid}/rrddata"
)
_R19: Returns[NodesLxcSpiceproxyPostResult] = Returns(
    "NodesLxcSpiceproxyPostResult",
    "POST /nodes/{node}/lxc/{vmid}/spiceproxy",
    "models.nodes_lxc.nodes_lxc_spiceproxy_post",
)
_R20: Returns[None] = Returns("None", "POST /nodes/{node}/lxc/{vmid}/template")
_R21: Returns[NodesLxcTermproxyPostResult] = Returns(
    "NodesLxcTermproxyPostResult",
    "POST /nodes/{node}/lxc/{vmid}/termproxy",
    "models.nodes_lxc.nodes_lxc_termproxy_post",
)
_R22: Returns[NodesLxcVncproxyPostResult] = Returns(
    "NodesLxcVncproxyPostResult",
    "POST /nodes/{node}/lxc/{vmid}/vncproxy",
    "models.nodes_lxc.nodes_lxc_vncproxy_post",
)
_R23: Returns[NodesLxcVncwebsocketGetResult] = Returns(
    "NodesLxcVncwebsocketGetResult",
    "GET /nodes/{node}/lxc/{vmid}/vncwebsocket",
    "models.nodes_lxc.nodes_lxc_vncwebsocket_get",
)


class NodesNodeLxc(SyncPath):
    """``/nodes/{node}/lxc`` (lxc)

    ``GET``: LXC container index (per node).
    ``POST``: Create or restore a container."""

    __slots__ = ()

    def vmid(self, vmid: int) -> NodesNodeLxcVmid:
        """The (unique) ID of the VM."""
        return NodesNodeLxcVmid(self._client, self._path + "/" + _segment(vmid))

    def get(self) -> list[NodesNodeLxcGetResultItem]:
        """LXC container index (per node).

        Returns:
            ``list[NodesNodeLxcGetResultItem]``

        Permissions:
            Only list CTs where you have VM.Audit permission on /vms/<vmid>.
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/lxc`` (``vmlist``)."""
        return self._client._call("GET", self._path, {}, _R0)

    def post(
        self,
        *,
        ostemplate: str,
        vmid: int,
        arch: Literal["amd64", "i386", "arm64", "armhf", "riscv32", "riscv64"] | None = None,
        bwlimit: float | None = None,
        cmode: Literal["shell", "console", "tty"] | None = None,
        console: bool | None = None,
        cores: int | None = None,
        cpulimit: float | None = None,
        cpuunits: int | None = None,
        debug: bool | None = None,
        description: str | None = None,
        entrypoint: str | None = None,
        env: str | None = None,
        features: Features | str | None = None,
        force: bool | None = None,
        ha_managed: bool | None = None,
        hookscript: str | None = None,
        hostname: str | None = None,
        ignore_unpack_errors: bool | None = None,
        lock: Literal[
            "backup",
            "create",
            "destroyed",
            "disk",
            "fstrim",
            "migrate",
            "mounted",
            "rollback",
            "snapshot",
            "snapshot-delete",
        ]
        | None = None,
        memory: int | None = None,
        nameserver: str | Sequence[str] | None = None,
        onboot: bool | None = None,
        ostype: Literal[
            "debian",
            "devuan",
            "ubuntu",
            "centos",
            "fedora",
            "opensuse",
            "archlinux",
            "alpine",
            "gentoo",
            "nixos",
            "unmanaged",
        ]
        | None = None,
        password: str | None = None,
        pool: str | None = None,
        protection: bool | None = None,
        restore: bool | None = None,
        rootfs: Rootfs | str | None = None,
        searchdomain: str | Sequence[str] | None = None,
        ssh_public_keys: str | None = None,
        start: bool | None = None,
        startup: Startup | str | None = None,
        storage: str | None = None,
        swap: int | None = None,
        tags: str | Sequence[str] | None = None,
        template: bool | None = None,
        timezone: str | None = None,
        tty: int | None = None,
        unique: bool | None = None,
        unprivileged: bool | None = None,
        dev: Mapping[int, Dev | str] | None = None,
        mp: Mapping[int, Mp | str] | None = None,
        net: Mapping[int, LxcNet | str] | None = None,
        unused: Mapping[int, LxcUnused | str] | None = None,
    ) -> Task:
        """Create or restore a container.

        Args:
            ostemplate: The OS template or backup file.
                Length: 0 to 255.
            vmid: The (unique) ID of the VM.
                Range: 100 to 999999999.
                Format: ``pve-vmid``.
            arch: OS architecture type.
                Default: ``amd64``.
            bwlimit: Override I/O bandwidth limit (in KiB/s).
                Default: restore limit from datacenter or storage config.
            cmode: Console mode. By default, the console command tries to open a connection to one of the available tty devices. By setting cmode to 'console' it tries to attach to /dev/console instead. If you set cmode to 'shell', it simply invokes a shell inside the container (no login).
                Default: ``tty``.
            console: Attach a console device (/dev/console) to the container.
                Default: ``1``.
            cores: The number of cores assigned to the container. A container can use all available cores by default.
                Range: 1 to 8192.
            cpulimit: Limit of CPU usage.

                NOTE: If the computer has 2 CPUs, it has a total of '2' CPU time. Value '0' indicates no CPU limit.
                Range: 0 to 8192.
                Default: ``0``.
            cpuunits: CPU weight for a container, will be clamped to [1, 10000] in cgroup v2.
                Range: 0 to 500000.
                Default: cgroup v1: 1024, cgroup v2: 100.
            debug: Try to be more verbose. For now this only enables debug log-level on start.
                Default: ``0``.
            description: Description for the Container. Shown in the web-interface CT's summary. This is saved as comment inside the configuration file.
                Length: 0 to 8192.
            entrypoint: Command to run as init, optionally with arguments; may start with an absolute path, relative path, or a binary in $PATH.
                Proxmox VE: New in 9.1.
                Pattern: ``^(?:[^\\x00-\\x08\\x0a-\\x1F\\x7F]+)$``.
                Default: ``/sbin/init``.
            env: The container runtime environment as NUL-separated list. Replaces any lxc.environment.runtime entries in the config.
                Proxmox VE: New in 9.1.
                Pattern: ``^(?:(?:\\w+=[^\\x00-\\x08\\x0a-\\x1F\\x7F]*)(?:\\0\\w+=[^\\x00-\\x08\\x0a-\\x1F\\x7F]*)*)$``.
            features: Allow containers access to advanced features.
                Syntax: ``[force_rw_sys=<1|0>] [,fuse=<1|0>] [,keyctl=<1|0>] [,mknod=<1|0>] [,mount=<fstype;fstype;...>] [,nesting=<1|0>]``.
            force: Allow to overwrite existing container.
            ha_managed: Add the CT as a HA resource after it was created.
                Proxmox VE: New in 9.1.
                Default: ``0``.
            hookscript: Script that will be executed during various steps in the containers lifetime.
                Format: ``pve-volume-id``.
            hostname: Set a host name for the container.
                Length: 0 to 255.
                Format: ``dns-name``.
            ignore_unpack_errors: Ignore errors when extracting the template.
            lock: Lock/unlock the container.
            memory: Amount of RAM for the container in MB.
                Range: 16 to inf.
                Default: ``512``.
            nameserver: Sets DNS server IP address for a container. Create will automatically use the setting from the host if you neither set searchdomain nor nameserver.
                Format: ``lxc-ip-with-ll-iface-list``.
                Syntax: ``<string>``.
            onboot: Specifies whether a container will be started during system bootup.
                Default: ``0``.
            ostype: OS type. This is used to setup configuration inside the container, and corresponds to lxc setup scripts in /usr/share/lxc/config/<ostype>.common.conf. Value 'unmanaged' can be used to skip and OS specific setup.
            password: Sets root password inside container.
                Length: 5 to any.
            pool: Add the VM to the specified pool.
                Format: ``pve-poolid``.
            protection: Sets the protection flag of the container. This will prevent the CT or CT's disk remove/update operation.
                Default: ``0``.
            restore: Mark this as restore task.
            rootfs: Use volume as container root.
                Syntax: ``[volume=]<volume> [,acl=<1|0>] [,idmap=<type:container:disk:range-size[;type:container:disk:range-size;...]>] [,mountoptions=<opt[;opt...]>] [,quota=<1|0>] [,replicate=<1|0>] [,ro=<1|0>] [,shared=<1|0>] [,size=<DiskSize>]``.
            searchdomain: Sets DNS search domains for a container. Create will automatically use the setting from the host if you neither set searchdomain nor nameserver.
                Format: ``dns-name-list``.
                Syntax: ``<string>``.
            ssh_public_keys: Setup public SSH keys (one key per line, OpenSSH format).
            start: Start the CT after its creation finished successfully.
                Default: ``0``.
            startup: Startup and shutdown behavior. Order is a non-negative number defining the general startup order. Shutdown in done with reverse ordering. Additionally you can set the 'up' or 'down' delay in seconds, which specifies a delay to wait before the next VM is started or stopped.
                Format: ``pve-startup-order``.
            storage: Default Storage.
                Format: ``pve-storage-id``.
                Default: ``local``.
            swap: Amount of SWAP for the container in MB.
                Range: 0 to inf.
                Default: ``512``.
            tags: Tags of the Container. This is only meta information.
                Format: ``pve-tag-list``.
                Syntax: ``<string>``.
            template: Enable/disable Template.
                Default: ``0``.
            timezone: Time zone to use in the container. If option isn't set, then nothing will be done. Can be set to 'host' to match the host time zone, or an arbitrary time zone option from /usr/share/zoneinfo/zone.tab
                Format: ``pve-ct-timezone``.
            tty: Specify the number of tty available to the container
                Range: 0 to 6.
                Default: ``2``.
            unique: Assign a unique random ethernet address.
            unprivileged: Makes the container run as unprivileged user. For creation, the default is 1. For restore, the default is the value from the backup. (Should not be modified manually.)
                Default: ``0``.
            dev: Device to pass through to the container
                Proxmox VE: New in 8.1.
                Syntax: ``[[path=]<Path>] [,deny-write=<1|0>] [,gid=<integer>] [,mode=<Octal access mode>] [,uid=<integer>]``.
                Indexed: ``{0: …, …}`` sends ``dev0`` … ``dev255``; where the operation deletes, ``None`` deletes a member (``delete=dev0``).
            mp: Use volume as container mount point. Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume.
                Syntax: ``[volume=]<volume> ,mp=<Path> [,acl=<1|0>] [,backup=<1|0>] [,idmap=<type:container:disk:range-size[;type:container:disk:range-size;...]>] [,keepattrs=<1|0>] [,mountoptions=<opt[;opt...]>] [,quota=<1|0>] [,replicate=<1|0>] [,ro=<1|0>] [,shared=<1|0>] [,size=<DiskSize>]``.
                Indexed: ``{0: …, …}`` sends ``mp0`` … ``mp255``; where the operation deletes, ``None`` deletes a member (``delete=mp0``).
            net: Specifies network interfaces for the container.
                Syntax: ``name=<string> [,bridge=<bridge>] [,firewall=<1|0>] [,gw=<GatewayIPv4>] [,gw6=<GatewayIPv6>] [,host-managed=<1|0>] [,hwaddr=<XX:XX:XX:XX:XX:XX>] [,ip=<(IPv4/CIDR|dhcp|manual)>] [,ip6=<(IPv6/CIDR|auto|dhcp|manual)>] [,link_down=<1|0>] [,mtu=<integer>] [,rate=<mbps>] [,tag=<integer>] [,trunks=<vlanid[;vlanid...]>] [,type=<veth>]``.
                Indexed: ``{0: …, …}`` sends ``net0`` … ``net31``; where the operation deletes, ``None`` deletes a member (``delete=net0``).
            unused: Reference to unused volumes. This is used internally, and should not be modified manually.
                Syntax: ``[volume=]<volume>``.
                Indexed: ``{0: …, …}`` sends ``unused0`` … ``unused255``; where the operation deletes, ``None`` deletes a member (``delete=unused0``).

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            You need 'VM.Allocate' permission on /vms/{vmid} or on the VM pool /pool/{pool}. For restore, it is enough if the user has 'VM.Backup' permission and the VM already exists. You also need 'Datastore.AllocateSpace' permissions on the storage. For privileged containers, 'Sys.Modify' permissions on '/' are required.
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/lxc`` (``create_vm``)."""
        password = _secret(password)
        params = {
            "ostemplate": ostemplate,
            "vmid": vmid,
            "arch": arch,
            "bwlimit": bwlimit,
            "cmode": cmode,
            "console": console,
            "cores": cores,
            "cpulimit": cpulimit,
            "cpuunits": cpuunits,
            "debug": debug,
            "description": description,
            "entrypoint": entrypoint,
            "env": env,
            "features": features,
            "force": force,
            "ha-managed": ha_managed,
            "hookscript": _checked("pve-volume-id", "hookscript", hookscript),
            "hostname": hostname,
            "ignore-unpack-errors": ignore_unpack_errors,
            "lock": lock,
            "memory": memory,
            "nameserver": _join(nameserver),
            "onboot": onboot,
            "ostype": ostype,
            "password": password,
            "pool": pool,
            "protection": protection,
            "restore": restore,
            "rootfs": rootfs,
            "searchdomain": _join(searchdomain),
            "ssh-public-keys": ssh_public_keys,
            "start": start,
            "startup": startup,
            "storage": _checked("pve-storage-id", "storage", storage),
            "swap": swap,
            "tags": _join(tags),
            "template": template,
            "timezone": timezone,
            "tty": tty,
            "unique": unique,
            "unprivileged": unprivileged,
            "dev[n]": _family(dev, 0, 255),
            "mp[n]": _family(mp, 0, 255),
            "net[n]": _family(net, 0, 31),
            "unused[n]": _family(unused, 0, 255),
        }
        return _task(self._client._call("POST", self._path, params, _R1), self._client)


class NodesNodeLxcVmid(SyncPath):
    """``/nodes/{node}/lxc/{vmid}`` ({vmid})

    ``GET``: Directory index
    ``DELETE``: Destroy the container (also delete all uses files)."""

    __slots__ = ()

    @property
    def clone(self) -> NodesNodeLxcVmidClone:
        """Create a container clone/copy"""
        return NodesNodeLxcVmidClone(self._client, self._path + "/clone")

    @property
    def config(self) -> NodesNodeLxcVmidConfig:
        """Get container configuration."""
        return NodesNodeLxcVmidConfig(self._client, self._path + "/config")

    @property
    def feature(self) -> NodesNodeLxcVmidFeature:
        """Check if feature for virtual machine is available."""
        return NodesNodeLxcVmidFeature(self._client, self._path + "/feature")

    @property
    def firewall(self) -> _nodes_lxc_firewall.NodesNodeLxcVmidFirewall:
        """Directory index."""
        from . import nodes_lxc_firewall as _nodes_lxc_firewall

        return _nodes_lxc_firewall.NodesNodeLxcVmidFirewall(self._client, self._path + "/firewall")

    @property
    def interfaces(self) -> NodesNodeLxcVmidInterfaces:
        """Get IP addresses of the specified container interface."""
        return NodesNodeLxcVmidInterfaces(self._client, self._path + "/interfaces")

    @property
    def migrate(self) -> NodesNodeLxcVmidMigrate:
        """Get preconditions for migration."""
        return NodesNodeLxcVmidMigrate(self._client, self._path + "/migrate")

    @property
    def move_volume(self) -> NodesNodeLxcVmidMoveVolume:
        """Move a rootfs-/mp-volume to a different storage or to a different container."""
        return NodesNodeLxcVmidMoveVolume(self._client, self._path + "/move_volume")

    @property
    def mtunnel(self) -> NodesNodeLxcVmidMtunnel:
        """Migration tunnel endpoint - only for internal use by CT migration."""
        return NodesNodeLxcVmidMtunnel(self._client, self._path + "/mtunnel")

    @property
    def mtunnelwebsocket(self) -> NodesNodeLxcVmidMtunnelwebsocket:
        """Migration tunnel endpoint for websocket upgrade - only for internal use by VM migration."""
        return NodesNodeLxcVmidMtunnelwebsocket(self._client, self._path + "/mtunnelwebsocket")

    @property
    def pending(self) -> NodesNodeLxcVmidPending:
        """Get container configuration, including pending changes."""
        return NodesNodeLxcVmidPending(self._client, self._path + "/pending")

    @property
    def remote_migrate(self) -> NodesNodeLxcVmidRemoteMigrate:
        """Migrate the container to another cluster. Creates a new migration task. EXPERIMENTAL feature!"""
        return NodesNodeLxcVmidRemoteMigrate(self._client, self._path + "/remote_migrate")

    @property
    def resize(self) -> NodesNodeLxcVmidResize:
        """Resize a container mount point."""
        return NodesNodeLxcVmidResize(self._client, self._path + "/resize")

    @property
    def rrd(self) -> NodesNodeLxcVmidRrd:
        """Read VM RRD statistics (returns PNG)"""
        return NodesNodeLxcVmidRrd(self._client, self._path + "/rrd")

    @property
    def rrddata(self) -> NodesNodeLxcVmidRrddata:
        """Read VM RRD statistics"""
        return NodesNodeLxcVmidRrddata(self._client, self._path + "/rrddata")

    @property
    def snapshot(self) -> _nodes_lxc_snapshot.NodesNodeLxcVmidSnapshot:
        """List all snapshots."""
        from . import nodes_lxc_snapshot as _nodes_lxc_snapshot

        return _nodes_lxc_snapshot.NodesNodeLxcVmidSnapshot(self._client, self._path + "/snapshot")

    @property
    def spiceproxy(self) -> NodesNodeLxcVmidSpiceproxy:
        """Returns a SPICE configuration to connect to the CT."""
        return NodesNodeLxcVmidSpiceproxy(self._client, self._path + "/spiceproxy")

    @property
    def status(self) -> _nodes_lxc_status.NodesNodeLxcVmidStatus:
        """Directory index"""
        from . import nodes_lxc_status as _nodes_lxc_status

        return _nodes_lxc_status.NodesNodeLxcVmidStatus(self._client, self._path + "/status")

    @property
    def template(self) -> NodesNodeLxcVmidTemplate:
        """Create a Template."""
        return NodesNodeLxcVmidTemplate(self._client, self._path + "/template")

    @property
    def termproxy(self) -> NodesNodeLxcVmidTermproxy:
        """Creates a TCP proxy connection."""
        return NodesNodeLxcVmidTermproxy(self._client, self._path + "/termproxy")

    @property
    def vncproxy(self) -> NodesNodeLxcVmidVncproxy:
        """Creates a TCP VNC proxy connections."""
        return NodesNodeLxcVmidVncproxy(self._client, self._path + "/vncproxy")

    @property
    def vncwebsocket(self) -> NodesNodeLxcVmidVncwebsocket:
        """Opens a websocket for VNC traffic."""
        return NodesNodeLxcVmidVncwebsocket(self._client, self._path + "/vncwebsocket")

    def get(self) -> list[NodesNodeLxcVmidGetResultItem]:
        """Directory index

        Returns:
            ``list[NodesNodeLxcVmidGetResultItem]``

        Permissions:
            User: all

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/lxc/{vmid}`` (``vmdiridx``)."""
        return self._client._call("GET", self._path, {}, _R2)

    def delete(
        self,
        *,
        destroy_unreferenced_disks: bool | None = None,
        force: bool | None = None,
        purge: bool | None = None,
    ) -> Task:
        """Destroy the container (also delete all uses files).

        Args:
            destroy_unreferenced_disks: If set, destroy additionally all disks with the VMID from all enabled storages which are not referenced in the config.
            force: Force destroy, even if running.
                Default: ``0``.
            purge: Remove container from all related configurations. For example, backup jobs, replication jobs or HA. Related ACLs and Firewall entries will *always* be removed.
                Default: ``0``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Allocate]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/lxc/{vmid}`` (``destroy_vm``)."""
        params = {
            "destroy-unreferenced-disks": destroy_unreferenced_disks,
            "force": force,
            "purge": purge,
        }
        return _task(self._client._call("DELETE", self._path, params, _R3), self._client)


class NodesNodeLxcVmidClone(SyncPath):
    """``/nodes/{node}/lxc/{vmid}/clone`` (clone)

    ``POST``: Create a container clone/copy"""

    __slots__ = ()

    def post(
        self,
        *,
        newid: int,
        bwlimit: float | None = None,
        description: str | None = None,
        full: bool | None = None,
        hostname: str | None = None,
        pool: str | None = None,
        snapname: str | None = None,
        storage: str | None = None,
        target: str | None = None,
    ) -> Task:
        """Create a container clone/copy

        Args:
            newid: VMID for the clone.
                Range: 100 to 999999999.
                Format: ``pve-vmid``.
            bwlimit: Override I/O bandwidth limit (in KiB/s).
                Default: clone limit from datacenter or storage config.
            description: Description for the new CT.
            full: Create a full copy of all disks. This is always done when you clone a normal CT. For CT templates, we try to create a linked clone by default.
            hostname: Set a hostname for the new CT.
                Format: ``dns-name``.
            pool: Add the new CT to the specified pool.
                Format: ``pve-poolid``.
            snapname: The name of the snapshot.
                Length: 0 to 40.
                Format: ``pve-configid``.
            storage: Target storage for full clone.
                Format: ``pve-storage-id``.
            target: Target node. Only allowed if the original VM is on shared storage.
                Format: ``pve-node``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            You need 'VM.Clone' permissions on /vms/{vmid}, and 'VM.Allocate' permissions on /vms/{newid} (or on the VM pool /pool/{pool}). You also need 'Datastore.AllocateSpace' on any used storage, and 'SDN.Use' on any bridge.
            Check: ``[and, [perm, /vms/{vmid}, [VM.Clone]], [or, [perm, /vms/{newid}, [VM.Allocate]], [perm, /pool/{pool}, [VM.Allocate], require_param, pool]]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/lxc/{vmid}/clone`` (``clone_vm``)."""
        params = {
            "newid": newid,
            "bwlimit": bwlimit,
            "description": description,
            "full": full,
            "hostname": hostname,
            "pool": pool,
            "snapname": snapname,
            "storage": _checked("pve-storage-id", "storage", storage),
            "target": target,
        }
        return _task(self._client._call("POST", self._path, params, _R4), self._client)


class NodesNodeLxcVmidConfig(SyncPath):
    """``/nodes/{node}/lxc/{vmid}/config`` (config)

    ``GET``: Get container configuration.
    ``PUT``: Set container options."""

    __slots__ = ()

    def get(
        self,
        *,
        current: bool | None = None,
        snapshot: str | None = None,
    ) -> NodesLxcConfigGetResult:
        """Get container configuration.

        Args:
            current: Get current values (instead of pending values).
                Default: ``0``.
            snapshot: Fetch config values from given snapshot.
                Length: 0 to 40.
                Format: ``pve-configid``.

        Returns:
            ``NodesLxcConfigGetResult``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Audit]]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/lxc/{vmid}/config`` (``vm_config``)."""
        params = {
            "current": current,
            "snapshot": snapshot,
        }
        return self._client._call("GET", self._path, params, _R5)

    def put(
        self,
        *,
        arch: Literal["amd64", "i386", "arm64", "armhf", "riscv32", "riscv64"] | None = None,
        cmode: Literal["shell", "console", "tty"] | None = None,
        console: bool | None = None,
        cores: int | None = None,
        cpulimit: float | None = None,
        cpuunits: int | None = None,
        debug: bool | None = None,
        delete: str | Sequence[str] | None = None,
        description: str | None = None,
        digest: str | None = None,
        entrypoint: str | None = None,
        env: str | None = None,
        features: Features | str | None = None,
        hookscript: str | None = None,
        hostname: str | None = None,
        lock: Literal[
            "backup",
            "create",
            "destroyed",
            "disk",
            "fstrim",
            "migrate",
            "mounted",
            "rollback",
            "snapshot",
            "snapshot-delete",
        ]
        | None = None,
        memory: int | None = None,
        nameserver: str | Sequence[str] | None = None,
        onboot: bool | None = None,
        ostype: Literal[
            "debian",
            "devuan",
            "ubuntu",
            "centos",
            "fedora",
            "opensuse",
            "archlinux",
            "alpine",
            "gentoo",
            "nixos",
            "unmanaged",
        ]
        | None = None,
        protection: bool | None = None,
        revert: str | Sequence[str] | None = None,
        rootfs: Rootfs | str | None = None,
        searchdomain: str | Sequence[str] | None = None,
        startup: Startup | str | None = None,
        swap: int | None = None,
        tags: str | Sequence[str] | None = None,
        template: bool | None = None,
        timezone: str | None = None,
        tty: int | None = None,
        unprivileged: bool | None = None,
        dev: Mapping[int, Dev | str | None] | None = None,
        mp: Mapping[int, Mp | str | None] | None = None,
        net: Mapping[int, LxcNet | str | None] | None = None,
        unused: Mapping[int, LxcUnused | str | None] | None = None,
    ) -> None:
        """Set container options.

        Args:
            arch: OS architecture type.
                Default: ``amd64``.
            cmode: Console mode. By default, the console command tries to open a connection to one of the available tty devices. By setting cmode to 'console' it tries to attach to /dev/console instead. If you set cmode to 'shell', it simply invokes a shell inside the container (no login).
                Default: ``tty``.
            console: Attach a console device (/dev/console) to the container.
                Default: ``1``.
            cores: The number of cores assigned to the container. A container can use all available cores by default.
                Range: 1 to 8192.
            cpulimit: Limit of CPU usage.

                NOTE: If the computer has 2 CPUs, it has a total of '2' CPU time. Value '0' indicates no CPU limit.
                Range: 0 to 8192.
                Default: ``0``.
            cpuunits: CPU weight for a container, will be clamped to [1, 10000] in cgroup v2.
                Range: 0 to 500000.
                Default: cgroup v1: 1024, cgroup v2: 100.
            debug: Try to be more verbose. For now this only enables debug log-level on start.
                Default: ``0``.
            delete: A list of settings you want to delete.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            description: Description for the Container. Shown in the web-interface CT's summary. This is saved as comment inside the configuration file.
                Length: 0 to 8192.
            digest: Prevent changes if current configuration file has different SHA1 digest. This can be used to prevent concurrent modifications.
                Length: 0 to 40.
            entrypoint: Command to run as init, optionally with arguments; may start with an absolute path, relative path, or a binary in $PATH.
                Proxmox VE: New in 9.1.
                Pattern: ``^(?:[^\\x00-\\x08\\x0a-\\x1F\\x7F]+)$``.
                Default: ``/sbin/init``.
            env: The container runtime environment as NUL-separated list. Replaces any lxc.environment.runtime entries in the config.
                Proxmox VE: New in 9.1.
                Pattern: ``^(?:(?:\\w+=[^\\x00-\\x08\\x0a-\\x1F\\x7F]*)(?:\\0\\w+=[^\\x00-\\x08\\x0a-\\x1F\\x7F]*)*)$``.
            features: Allow containers access to advanced features.
                Syntax: ``[force_rw_sys=<1|0>] [,fuse=<1|0>] [,keyctl=<1|0>] [,mknod=<1|0>] [,mount=<fstype;fstype;...>] [,nesting=<1|0>]``.
            hookscript: Script that will be executed during various steps in the containers lifetime.
                Format: ``pve-volume-id``.
            hostname: Set a host name for the container.
                Length: 0 to 255.
                Format: ``dns-name``.
            lock: Lock/unlock the container.
            memory: Amount of RAM for the container in MB.
                Range: 16 to inf.
                Default: ``512``.
            nameserver: Sets DNS server IP address for a container. Create will automatically use the setting from the host if you neither set searchdomain nor nameserver.
                Format: ``lxc-ip-with-ll-iface-list``.
                Syntax: ``<string>``.
            onboot: Specifies whether a container will be started during system bootup.
                Default: ``0``.
            ostype: OS type. This is used to setup configuration inside the container, and corresponds to lxc setup scripts in /usr/share/lxc/config/<ostype>.common.conf. Value 'unmanaged' can be used to skip and OS specific setup.
            protection: Sets the protection flag of the container. This will prevent the CT or CT's disk remove/update operation.
                Default: ``0``.
            revert: Revert a pending change.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            rootfs: Use volume as container root.
                Syntax: ``[volume=]<volume> [,acl=<1|0>] [,idmap=<type:container:disk:range-size[;type:container:disk:range-size;...]>] [,mountoptions=<opt[;opt...]>] [,quota=<1|0>] [,replicate=<1|0>] [,ro=<1|0>] [,shared=<1|0>] [,size=<DiskSize>]``.
            searchdomain: Sets DNS search domains for a container. Create will automatically use the setting from the host if you neither set searchdomain nor nameserver.
                Format: ``dns-name-list``.
                Syntax: ``<string>``.
            startup: Startup and shutdown behavior. Order is a non-negative number defining the general startup order. Shutdown in done with reverse ordering. Additionally you can set the 'up' or 'down' delay in seconds, which specifies a delay to wait before the next VM is started or stopped.
                Format: ``pve-startup-order``.
            swap: Amount of SWAP for the container in MB.
                Range: 0 to inf.
                Default: ``512``.
            tags: Tags of the Container. This is only meta information.
                Format: ``pve-tag-list``.
                Syntax: ``<string>``.
            template: Enable/disable Template.
                Default: ``0``.
            timezone: Time zone to use in the container. If option isn't set, then nothing will be done. Can be set to 'host' to match the host time zone, or an arbitrary time zone option from /usr/share/zoneinfo/zone.tab
                Format: ``pve-ct-timezone``.
            tty: Specify the number of tty available to the container
                Range: 0 to 6.
                Default: ``2``.
            unprivileged: Makes the container run as unprivileged user. For creation, the default is 1. For restore, the default is the value from the backup. (Should not be modified manually.)
                Default: ``0``.
            dev: Device to pass through to the container
                Proxmox VE: New in 8.1.
                Syntax: ``[[path=]<Path>] [,deny-write=<1|0>] [,gid=<integer>] [,mode=<Octal access mode>] [,uid=<integer>]``.
                Indexed: ``{0: …, …}`` sends ``dev0`` … ``dev255``; where the operation deletes, ``None`` deletes a member (``delete=dev0``).
            mp: Use volume as container mount point. Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume.
                Syntax: ``[volume=]<volume> ,mp=<Path> [,acl=<1|0>] [,backup=<1|0>] [,idmap=<type:container:disk:range-size[;type:container:disk:range-size;...]>] [,keepattrs=<1|0>] [,mountoptions=<opt[;opt...]>] [,quota=<1|0>] [,replicate=<1|0>] [,ro=<1|0>] [,shared=<1|0>] [,size=<DiskSize>]``.
                Indexed: ``{0: …, …}`` sends ``mp0`` … ``mp255``; where the operation deletes, ``None`` deletes a member (``delete=mp0``).
            net: Specifies network interfaces for the container.
                Syntax: ``name=<string> [,bridge=<bridge>] [,firewall=<1|0>] [,gw=<GatewayIPv4>] [,gw6=<GatewayIPv6>] [,host-managed=<1|0>] [,hwaddr=<XX:XX:XX:XX:XX:XX>] [,ip=<(IPv4/CIDR|dhcp|manual)>] [,ip6=<(IPv6/CIDR|auto|dhcp|manual)>] [,link_down=<1|0>] [,mtu=<integer>] [,rate=<mbps>] [,tag=<integer>] [,trunks=<vlanid[;vlanid...]>] [,type=<veth>]``.
                Indexed: ``{0: …, …}`` sends ``net0`` … ``net31``; where the operation deletes, ``None`` deletes a member (``delete=net0``).
            unused: Reference to unused volumes. This is used internally, and should not be modified manually.
                Syntax: ``[volume=]<volume>``.
                Indexed: ``{0: …, …}`` sends ``unused0`` … ``unused255``; where the operation deletes, ``None`` deletes a member (``delete=unused0``).

        Returns:
            ``None``

        Permissions:
            non-volume mount points in rootfs and mp[n] are restricted to root@pam
            Check: ``[perm, /vms/{vmid}, [VM.Config.Disk, VM.Config.CPU, VM.Config.Memory, VM.Config.Network, VM.Config.Options], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/lxc/{vmid}/config`` (``update_vm``)."""
        params = {
            "arch": arch,
            "cmode": cmode,
            "console": console,
            "cores": cores,
            "cpulimit": cpulimit,
            "cpuunits": cpuunits,
            "debug": debug,
            "delete": _join(delete),
            "description": description,
            "digest": digest,
            "entrypoint": entrypoint,
            "env": env,
            "features": features,
            "hookscript": _checked("pve-volume-id", "hookscript", hookscript),
            "hostname": hostname,
            "lock": lock,
            "memory": memory,
            "nameserver": _join(nameserver),
            "onboot": onboot,
            "ostype": ostype,
            "protection": protection,
            "revert": _join(revert),
            "rootfs": rootfs,
            "searchdomain": _join(searchdomain),
            "startup": startup,
            "swap": swap,
            "tags": _join(tags),
            "template": template,
            "timezone": timezone,
            "tty": tty,
            "unprivileged": unprivileged,
            "dev[n]": _family(dev, 0, 255),
            "mp[n]": _family(mp, 0, 255),
            "net[n]": _family(net, 0, 31),
            "unused[n]": _family(unused, 0, 255),
        }
        return self._client._call("PUT", self._path, params, _R6)


class NodesNodeLxcVmidFeature(SyncPath):
    """``/nodes/{node}/lxc/{vmid}/feature`` (feature)

    ``GET``: Check if feature for virtual machine is available."""

    __slots__ = ()

    def get(
        self,
        *,
        feature: Literal["snapshot", "clone", "copy"],
        snapname: str | None = None,
    ) -> NodesLxcFeatureGetResult:
        """Check if feature for virtual machine is available.

        Args:
            feature: Feature to check.
            snapname: The name of the snapshot.
                Length: 0 to 40.
                Format: ``pve-configid``.

        Returns:
            ``NodesLxcFeatureGetResult``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Audit]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/lxc/{vmid}/feature`` (``vm_feature``)."""
        params = {
            "feature": feature,
            "snapname": snapname,
        }
        return self._client._call("GET", self._path, params, _R7)


class NodesNodeLxcVmidInterfaces(SyncPath):
    """``/nodes/{node}/lxc/{vmid}/interfaces`` (interfaces)

    ``GET``: Get IP addresses of the specified container interface."""

    __slots__ = ()

    def get(self) -> list[NodesLxcInterfacesGetResultItem]:
        """Get IP addresses of the specified container interface.

        Returns:
            ``list[NodesLxcInterfacesGetResultItem]``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Audit]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``GET /nodes/{node}/lxc/{vmid}/interfaces`` (``ip``)."""
        return self._client._call("GET", self._path, {}, _R8)


class NodesNodeLxcVmidMigrate(SyncPath):
    """``/nodes/{node}/lxc/{vmid}/migrate`` (migrate)

    ``GET``: Get preconditions for migration.
    ``POST``: Migrate the container to another node. Creates a new migration task."""

    __slots__ = ()

    def get(
        self,
        *,
        target: str | None = None,
    ) -> NodesLxcMigrateGetResult:
        """Get preconditions for migration.

        Args:
            target: Target node.
                Proxmox VE: New in 9.0.
                Format: ``pve-node``.

        Returns:
            ``NodesLxcMigrateGetResult``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Migrate]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.0.

        Proxmox: ``GET /nodes/{node}/lxc/{vmid}/migrate`` (``migrate_vm_precondition``)."""
        params = {
            "target": target,
        }
        return self._client._call("GET", self._path, params, _R9)

    def post(
        self,
        *,
        target: str,
        bwlimit: float | None = None,
        online: bool | None = None,
        restart: bool | None = None,
        target_storage: str | Sequence[str] | None = None,
        timeout: int | None = None,
    ) -> Task:
        """Migrate the container to another node. Creates a new migration task.

        Args:
            target: Target node.
                Format: ``pve-node``.
            bwlimit: Override I/O bandwidth limit (in KiB/s).
                Default: migrate limit from datacenter or storage config.
            online: Use online/live migration.
            restart: Use restart migration
            target_storage: Mapping from source to target storages. Providing only a single storage ID maps all source storages to that storage. Providing the special value '1' will map each source storage to itself.
                Format: ``storage-pair-list``.
                Syntax: ``<string>``.
            timeout: Timeout in seconds for shutdown for restart migration
                Default: ``180``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client): the task ID.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Migrate]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/lxc/{vmid}/migrate`` (``migrate_vm``)."""
        params = {
            "target": target,
            "bwlimit": bwlimit,
            "online": online,
            "restart": restart,
            "target-storage": _join(target_storage),
            "timeout": timeout,
        }
        return _task(self._client._call("POST", self._path, params, _R10), self._client)


class NodesNodeLxcVmidMoveVolume(SyncPath):
    """``/nodes/{node}/lxc/{vmid}/move_volume`` (move_volume)

    ``POST``: Move a rootfs-/mp-volume to a different storage or to a different container."""

    __slots__ = ()

    def post(
        self,
        *,
        volume: Literal[
            "rootfs",
            "mp0",
            "mp1",
            "mp2",
            "mp3",
            "mp4",
            "mp5",
            "mp6",
            "mp7",
            "mp8",
            "mp9",
            "mp10",
            "mp11",
            "mp12",
            "mp13",
            "mp14",
            "mp15",
            "mp16",
            "mp17",
            "mp18",
            "mp19",
            "mp20",
            "mp21",
            "mp22",
            "mp23",
            "mp24",
            "mp25",
            "mp26",
            "mp27",
            "mp28",
            "mp29",
            "mp30",
            "mp31",
            "mp32",
            "mp33",
            "mp34",
            "mp35",
            "mp36",
            "mp37",
            "mp38",
            "mp39",
            "mp40",
            "mp41",
            "mp42",
            "mp43",
            "mp44",
            "mp45",
            "mp46",
            "mp47",
            "mp48",
            "mp49",
            "mp50",
            "mp51",
            "mp52",
            "mp53",
            "mp54",
            "mp55",
            "mp56",
            "mp57",
            "mp58",
            "mp59",
            "mp60",
            "mp61",
            "mp62",
            "mp63",
            "mp64",
            "mp65",
            "mp66",
            "mp67",
            "mp68",
            "mp69",
            "mp70",
            "mp71",
            "mp72",
            "mp73",
            "mp74",
            "mp75",
            "mp76",
            "mp77",
            "mp78",
            "mp79",
            "mp80",
            "mp81",
            "mp82",
            "mp83",
            "mp84",
            "mp85",
            "mp86",
            "mp87",
            "mp88",
            "mp89",
            "mp90",
            "mp91",
            "mp92",
            "mp93",
            "mp94",
            "mp95",
            "mp96",
            "mp97",
            "mp98",
            "mp99",
            "mp100",
            "mp101",
            "mp102",
            "mp103",
            "mp104",
            "mp105",
            "mp106",
            "mp107",
            "mp108",
            "mp109",
            "mp110",
            "mp111",
            "mp112",
            "mp113",
            "mp114",
            "mp115",
            "mp116",
            "mp117",
            "mp118",
            "mp119",
            "mp120",
            "mp121",
            "mp122",
            "mp123",
            "mp124",
            "mp125",
            "mp126",
            "mp127",
            "mp128",
            "mp129",
            "mp130",
            "mp131",
            "mp132",
            "mp133",
            "mp134",
            "mp135",
            "mp136",
            "mp137",
            "mp138",
            "mp139",
            "mp140",
            "mp141",
            "mp142",
            "mp143",
            "mp144",
            "mp145",
            "mp146",
            "mp147",
            "mp148",
            "mp149",
            "mp150",
            "mp151",
            "mp152",
            "mp153",
            "mp154",
            "mp155",
            "mp156",
            "mp157",
            "mp158",
            "mp159",
            "mp160",
            "mp161",
            "mp162",
            "mp163",
            "mp164",
            "mp165",
            "mp166",
            "mp167",
            "mp168",
            "mp169",
            "mp170",
            "mp171",
            "mp172",
            "mp173",
            "mp174",
            "mp175",
            "mp176",
            "mp177",
            "mp178",
            "mp179",
            "mp180",
            "mp181",
            "mp182",
            "mp183",
            "mp184",
            "mp185",
            "mp186",
            "mp187",
            "mp188",
            "mp189",
            "mp190",
            "mp191",
            "mp192",
            "mp193",
            "mp194",
            "mp195",
            "mp196",
            "mp197",
            "mp198",
            "mp199",
            "mp200",
            "mp201",
            "mp202",
            "mp203",
            "mp204",
            "mp205",
            "mp206",
            "mp207",
            "mp208",
            "mp209",
            "mp210",
            "mp211",
            "mp212",
            "mp213",
            "mp214",
            "mp215",
            "mp216",
            "mp217",
            "mp218",
            "mp219",
            "mp220",
            "mp221",
            "mp222",
            "mp223",
            "mp224",
            "mp225",
            "mp226",
            "mp227",
            "mp228",
            "mp229",
            "mp230",
            "mp231",
            "mp232",
            "mp233",
            "mp234",
            "mp235",
            "mp236",
            "mp237",
            "mp238",
            "mp239",
            "mp240",
            "mp241",
            "mp242",
            "mp243",
            "mp244",
            "mp245",
            "mp246",
            "mp247",
            "mp248",
            "mp249",
            "mp250",
            "mp251",
            "mp252",
            "mp253",
            "mp254",
            "mp255",
            "unused0",
            "unused1",
            "unused2",
            "unused3",
            "unused4",
            "unused5",
            "unused6",
            "unused7",
            "unused8",
            "unused9",
            "unused10",
            "unused11",
            "unused12",
            "unused13",
            "unused14",
            "unused15",
            "unused16",
            "unused17",
            "unused18",
            "unused19",
            "unused20",
            "unused21",
            "unused22",
            "unused23",
            "unused24",
            "unused25",
            "unused26",
            "unused27",
            "unused28",
            "unused29",
            "unused30",
            "unused31",
            "unused32",
            "unused33",
            "unused34",
            "unused35",
            "unused36",
            "unused37",
            "unused38",
            "unused39",
            "unused40",
            "unused41",
            "unused42",
            "unused43",
            "unused44",
            "unused45",
            "unused46",
            "unused47",
            "unused48",
            "unused49",
            "unused50",
            "unused51",
            "unused52",
            "unused53",
            "unused54",
            "unused55",
            "unused56",
            "unused57",
            "unused58",
            "unused59",
            "unused60",
            "unused61",
            "unused62",
            "unused63",
            "unused64",
            "unused65",
            "unused66",
            "unused67",
            "unused68",
            "unused69",
            "unused70",
            "unused71",
            "unused72",
            "unused73",
            "unused74",
            "unused75",
            "unused76",
            "unused77",
            "unused78",
            "unused79",
            "unused80",
            "unused81",
            "unused82",
            "unused83",
            "unused84",
            "unused85",
            "unused86",
            "unused87",
            "unused88",
            "unused89",
            "unused90",
            "unused91",
            "unused92",
            "unused93",
            "unused94",
            "unused95",
            "unused96",
            "unused97",
            "unused98",
            "unused99",
            "unused100",
            "unused101",
            "unused102",
            "unused103",
            "unused104",
            "unused105",
            "unused106",
            "unused107",
            "unused108",
            "unused109",
            "unused110",
            "unused111",
            "unused112",
            "unused113",
            "unused114",
            "unused115",
            "unused116",
            "unused117",
            "unused118",
            "unused119",
            "unused120",
            "unused121",
            "unused122",
            "unused123",
            "unused124",
            "unused125",
            "unused126",
            "unused127",
            "unused128",
            "unused129",
            "unused130",
            "unused131",
            "unused132",
            "unused133",
            "unused134",
            "unused135",
            "unused136",
            "unused137",
            "unused138",
            "unused139",
            "unused140",
            "unused141",
            "unused142",
            "unused143",
            "unused144",
            "unused145",
            "unused146",
            "unused147",
            "unused148",
            "unused149",
            "unused150",
            "unused151",
            "unused152",
            "unused153",
            "unused154",
            "unused155",
            "unused156",
            "unused157",
            "unused158",
            "unused159",
            "unused160",
            "unused161",
            "unused162",
            "unused163",
            "unused164",
            "unused165",
            "unused166",
            "unused167",
            "unused168",
            "unused169",
            "unused170",
            "unused171",
            "unused172",
            "unused173",
            "unused174",
            "unused175",
            "unused176",
            "unused177",
            "unused178",
            "unused179",
            "unused180",
            "unused181",
            "unused182",
            "unused183",
            "unused184",
            "unused185",
            "unused186",
            "unused187",
            "unused188",
            "unused189",
            "unused190",
            "unused191",
            "unused192",
            "unused193",
            "unused194",
            "unused195",
            "unused196",
            "unused197",
            "unused198",
            "unused199",
            "unused200",
            "unused201",
            "unused202",
            "unused203",
            "unused204",
            "unused205",
            "unused206",
            "unused207",
            "unused208",
            "unused209",
            "unused210",
            "unused211",
            "unused212",
            "unused213",
            "unused214",
            "unused215",
            "unused216",
            "unused217",
            "unused218",
            "unused219",
            "unused220",
            "unused221",
            "unused222",
            "unused223",
            "unused224",
            "unused225",
            "unused226",
            "unused227",
            "unused228",
            "unused229",
            "unused230",
            "unused231",
            "unused232",
            "unused233",
            "unused234",
            "unused235",
            "unused236",
            "unused237",
            "unused238",
            "unused239",
            "unused240",
            "unused241",
            "unused242",
            "unused243",
            "unused244",
            "unused245",
            "unused246",
            "unused247",
            "unused248",
            "unused249",
            "unused250",
            "unused251",
            "unused252",
            "unused253",
            "unused254",
            "unused255",
        ],
        bwlimit: float | None = None,
        delete: bool | None = None,
        digest: str | None = None,
        storage: str | None = None,
        target_digest: str | None = None,
        target_vmid: int | None = None,
        target_volume: Literal[
            "rootfs",
            "mp0",
            "mp1",
            "mp2",
            "mp3",
            "mp4",
            "mp5",
            "mp6",
            "mp7",
            "mp8",
            "mp9",
            "mp10",
            "mp11",
            "mp12",
            "mp13",
            "mp14",
            "mp15",
            "mp16",
            "mp17",
            "mp18",
            "mp19",
            "mp20",
            "mp21",
            "mp22",
            "mp23",
            "mp24",
            "mp25",
            "mp26",
            "mp27",
            "mp28",
            "mp29",
            "mp30",
            "mp31",
            "mp32",
            "mp33",
            "mp34",
            "mp35",
            "mp36",
            "mp37",
            "mp38",
            "mp39",
            "mp40",
            "mp41",
            "mp42",
            "mp43",
            "mp44",
            "mp45",
            "mp46",
            "mp47",
            "mp48",
            "mp49",
            "mp50",
            "mp51",
            "mp52",
            "mp53",
            "mp54",
            "mp55",
            "mp56",
            "mp57",
            "mp58",
            "mp59",
            "mp60",
            "mp61",
            "mp62",
            "mp63",
            "mp64",
            "mp65",
            "mp66",
            "mp67",
            "mp68",
            "mp69",
            "mp70",
            "mp71",
            "mp72",
            "mp73",
            "mp74",
            "mp75",
            "mp76",
            "mp77",
            "mp78",
            "mp79",
            "mp80",
            "mp81",
            "mp82",
            "mp83",
            "mp84",
            "mp85",
            "mp86",
            "mp87",
            "mp88",
            "mp89",
            "mp90",
            "mp91",
            "mp92",
            "mp93",
            "mp94",
            "mp95",
            "mp96",
            "mp97",
            "mp98",
            "mp99",
            "mp100",
            "mp101",
            "mp102",
            "mp103",
            "mp104",
            "mp105",
            "mp106",
            "mp107",
            "mp108",
            "mp109",
            "mp110",
            "mp111",
            "mp112",
            "mp113",
            "mp114",
            "mp115",
            "mp116",
            "mp117",
            "mp118",
            "mp119",
            "mp120",
            "mp121",
            "mp122",
            "mp123",
            "mp124",
            "mp125",
            "mp126",
            "mp127",
            "mp128",
            "mp129",
            "mp130",
            "mp131",
            "mp132",
            "mp133",
            "mp134",
            "mp135",
            "mp136",
            "mp137",
            "mp138",
            "mp139",
            "mp140",
            "mp141",
            "mp142",
            "mp143",
            "mp144",
            "mp145",
            "mp146",
            "mp147",
            "mp148",
            "mp149",
            "mp150",
            "mp151",
            "mp152",
            "mp153",
            "mp154",
            "mp155",
            "mp156",
            "mp157",
            "mp158",
            "mp159",
            "mp160",
            "mp161",
            "mp162",
            "mp163",
            "mp164",
            "mp165",
            "mp166",
            "mp167",
            "mp168",
            "mp169",
            "mp170",
            "mp171",
            "mp172",
            "mp173",
            "mp174",
            "mp175",
            "mp176",
            "mp177",
            "mp178",
            "mp179",
            "mp180",
            "mp181",
            "mp182",
            "mp183",
            "mp184",
            "mp185",
            "mp186",
            "mp187",
            "mp188",
            "mp189",
            "mp190",
            "mp191",
            "mp192",
            "mp193",
            "mp194",
            "mp195",
            "mp196",
            "mp197",
            "mp198",
            "mp199",
            "mp200",
            "mp201",
            "mp202",
            "mp203",
            "mp204",
            "mp205",
            "mp206",
            "mp207",
            "mp208",
            "mp209",
            "mp210",
            "mp211",
            "mp212",
            "mp213",
            "mp214",
            "mp215",
            "mp216",
            "mp217",
            "mp218",
            "mp219",
            "mp220",
            "mp221",
            "mp222",
            "mp223",
            "mp224",
            "mp225",
            "mp226",
            "mp227",
            "mp228",
            "mp229",
            "mp230",
            "mp231",
            "mp232",
            "mp233",
            "mp234",
            "mp235",
            "mp236",
            "mp237",
            "mp238",
            "mp239",
            "mp240",
            "mp241",
            "mp242",
            "mp243",
            "mp244",
            "mp245",
            "mp246",
            "mp247",
            "mp248",
            "mp249",
            "mp250",
            "mp251",
            "mp252",
            "mp253",
            "mp254",
            "mp255",
            "unused0",
            "unused1",
            "unused2",
            "unused3",
            "unused4",
            "unused5",
            "unused6",
            "unused7",
            "unused8",
            "unused9",
            "unused10",
            "unused11",
            "unused12",
            "unused13",
            "unused14",
            "unused15",
            "unused16",
            "unused17",
            "unused18",
            "unused19",
            "unused20",
            "unused21",
            "unused22",
            "unused23",
            "unused24",
            "unused25",
            "unused26",
            "unused27",
            "unused28",
            "unused29",
            "unused30",
            "unused31",
            "unused32",
            "unused33",
            "unused34",
            "unused35",
            "unused36",
            "unused37",
            "unused38",
            "unused39",
            "unused40",
            "unused41",
            "unused42",
            "unused43",
            "unused44",
            "unused45",
            "unused46",
            "unused47",
            "unused48",
            "unused49",
            "unused50",
            "unused51",
            "unused52",
            "unused53",
            "unused54",
            "unused55",
            "unused56",
            "unused57",
            "unused58",
            "unused59",
            "unused60",
            "unused61",
            "unused62",
            "unused63",
            "unused64",
            "unused65",
            "unused66",
            "unused67",
            "unused68",
            "unused69",
            "unused70",
            "unused71",
            "unused72",
            "unused73",
            "unused74",
            "unused75",
            "unused76",
            "unused77",
            "unused78",
            "unused79",
            "unused80",
            "unused81",
            "unused82",
            "unused83",
            "unused84",
            "unused85",
            "unused86",
            "unused87",
            "unused88",
            "unused89",
            "unused90",
            "unused91",
            "unused92",
            "unused93",
            "unused94",
            "unused95",
            "unused96",
            "unused97",
            "unused98",
            "unused99",
            "unused100",
            "unused101",
            "unused102",
            "unused103",
            "unused104",
            "unused105",
            "unused106",
            "unused107",
            "unused108",
            "unused109",
            "unused110",
            "unused111",
            "unused112",
            "unused113",
            "unused114",
            "unused115",
            "unused116",
            "unused117",
            "unused118",
            "unused119",
            "unused120",
            "unused121",
            "unused122",
            "unused123",
            "unused124",
            "unused125",
            "unused126",
            "unused127",
            "unused128",
            "unused129",
            "unused130",
            "unused131",
            "unused132",
            "unused133",
            "unused134",
            "unused135",
            "unused136",
            "unused137",
            "unused138",
            "unused139",
            "unused140",
            "unused141",
            "unused142",
            "unused143",
            "unused144",
            "unused145",
            "unused146",
            "unused147",
            "unused148",
            "unused149",
            "unused150",
            "unused151",
            "unused152",
            "unused153",
            "unused154",
            "unused155",
            "unused156",
            "unused157",
            "unused158",
            "unused159",
            "unused160",
            "unused161",
            "unused162",
            "unused163",
            "unused164",
            "unused165",
            "unused166",
            "unused167",
            "unused168",
            "unused169",
            "unused170",
            "unused171",
            "unused172",
            "unused173",
            "unused174",
            "unused175",
            "unused176",
            "unused177",
            "unused178",
            "unused179",
            "unused180",
            "unused181",
            "unused182",
            "unused183",
            "unused184",
            "unused185",
            "unused186",
            "unused187",
            "unused188",
            "unused189",
            "unused190",
            "unused191",
            "unused192",
            "unused193",
            "unused194",
            "unused195",
            "unused196",
            "unused197",
            "unused198",
            "unused199",
            "unused200",
            "unused201",
            "unused202",
            "unused203",
            "unused204",
            "unused205",
            "unused206",
            "unused207",
            "unused208",
            "unused209",
            "unused210",
            "unused211",
            "unused212",
            "unused213",
            "unused214",
            "unused215",
            "unused216",
            "unused217",
            "unused218",
            "unused219",
            "unused220",
            "unused221",
            "unused222",
            "unused223",
            "unused224",
            "unused225",
            "unused226",
            "unused227",
            "unused228",
            "unused229",
            "unused230",
            "unused231",
            "unused232",
            "unused233",
            "unused234",
            "unused235",
            "unused236",
            "unused237",
            "unused238",
            "unused239",
            "unused240",
            "unused241",
            "unused242",
            "unused243",
            "unused244",
            "unused245",
            "unused246",
            "unused247",
            "unused248",
            "unused249",
            "unused250",
            "unused251",
            "unused252",
            "unused253",
            "unused254",
            "unused255",
        ]
        | None = None,
    ) -> Task:
        """Move a rootfs-/mp-volume to a different storage or to a different container.

        Args:
            volume: Volume which will be moved.
            bwlimit: Override I/O bandwidth limit (in KiB/s).
                Default: clone limit from datacenter or storage config.
            delete: Delete the original volume after successful copy. By default the original is kept as an unused volume entry.
                Default: ``0``.
            digest: Prevent changes if current configuration file has different SHA1 " .
                                    "digest. This can be used to prevent concurrent modifications.
                Length: 0 to 40.
            storage: Target Storage.
                Format: ``pve-storage-id``.
            target_digest: Prevent changes if current configuration file of the target " .
                                    "container has a different SHA1 digest. This can be used to prevent " .
                                    "concurrent modifications.
                Length: 0 to 40.
            target_vmid: The (unique) ID of the VM.
                Range: 100 to 999999999.
                Format: ``pve-vmid``.
            target_volume: The config key the volume will be moved to. Default is the source volume key.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            You need 'VM.Config.Disk' permissions on /vms/{vmid}, and 'Datastore.AllocateSpace' permissions on the storage. To move a volume to another container, you need the permissions on the target container as well.
            Check: ``[perm, /vms/{vmid}, [VM.Config.Disk]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/lxc/{vmid}/move_volume`` (``move_volume``)."""
        params = {
            "volume": volume,
            "bwlimit": bwlimit,
            "delete": delete,
            "digest": digest,
            "storage": _checked("pve-storage-id", "storage", storage),
            "target-digest": target_digest,
            "target-vmid": target_vmid,
            "target-volume": target_volume,
        }
        return _task(self._client._call("POST", self._path, params, _R11), self._client)


class NodesNodeLxcVmidMtunnel(SyncPath):
    """``/nodes/{node}/lxc/{vmid}/mtunnel`` (mtunnel)

    ``POST``: Migration tunnel endpoint - only for internal use by CT migration."""

    __slots__ = ()

    def post(
        self,
        *,
        bridges: str | Sequence[str] | None = None,
        storages: str | Sequence[str] | None = None,
    ) -> NodesLxcMtunnelPostResult:
        """Migration tunnel endpoint - only for internal use by CT migration.

        Args:
            bridges: List of network bridges to check availability. Will be checked again for actually used bridges during migration.
                Format: ``pve-bridge-id-list``.
                Syntax: ``<string>``.
            storages: List of storages to check permission and availability. Will be checked again for all actually used storages during migration.
                Format: ``pve-storage-id-list``.
                Syntax: ``<string>``.

        Returns:
            ``NodesLxcMtunnelPostResult``

        Permissions:
            You need 'VM.Allocate' permissions on '/vms/{vmid}' and Sys.Incoming on '/'. Further permission checks happen during the actual migration.
            Check: ``[and, [perm, /vms/{vmid}, [VM.Allocate]], [perm, /, [Sys.Incoming]]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/lxc/{vmid}/mtunnel`` (``mtunnel``)."""
        params = {
            "bridges": _join(bridges),
            "storages": _join(storages),
        }
        return self._client._call("POST", self._path, params, _R12)


class NodesNodeLxcVmidMtunnelwebsocket(SyncPath):
    """``/nodes/{node}/lxc/{vmid}/mtunnelwebsocket`` (mtunnelwebsocket)

    ``GET``: Migration tunnel endpoint for websocket upgrade - only for internal use by VM migration."""

    __slots__ = ()

    def get(
        self,
        *,
        socket: str,
        ticket: str,
    ) -> NodesLxcMtunnelwebsocketGetResult:
        """Migration tunnel endpoint for websocket upgrade - only for internal use by VM migration.

        Args:
            socket: unix socket to forward to
            ticket: ticket return by initial 'mtunnel' API call, or retrieved via 'ticket' tunnel command

        Returns:
            ``NodesLxcMtunnelwebsocketGetResult``

        Permissions:
            You need to pass a ticket valid for the selected socket. Tickets can be created via the mtunnel API call, which will check permissions accordingly.
            User: all

        Proxmox: ``GET /nodes/{node}/lxc/{vmid}/mtunnelwebsocket`` (``mtunnelwebsocket``)."""
        ticket = _secret(ticket)
        params = {
            "socket": socket,
            "ticket": ticket,
        }
        return self._client._call("GET", self._path, params, _R13)


class NodesNodeLxcVmidPending(SyncPath):
    """``/nodes/{node}/lxc/{vmid}/pending`` (pending)

    ``GET``: Get container configuration, including pending changes."""

    __slots__ = ()

    def get(self) -> list[NodesLxcPendingGetResultItem]:
        """Get container configuration, including pending changes.

        Returns:
            ``list[NodesLxcPendingGetResultItem]``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Audit]]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/lxc/{vmid}/pending`` (``vm_pending``)."""
        return self._client._call("GET", self._path, {}, _R14)


class NodesNodeLxcVmidRemoteMigrate(SyncPath):
    """``/nodes/{node}/lxc/{vmid}/remote_migrate`` (remote_migrate)

    ``POST``: Migrate the container to another cluster. Creates a new migration task. EXPERIMENTAL feature!"""

    __slots__ = ()

    def post(
        self,
        *,
        target_bridge: str | Sequence[str],
        target_endpoint: TargetEndpoint | str,
        target_storage: str | Sequence[str],
        bwlimit: float | None = None,
        delete: bool | None = None,
        online: bool | None = None,
        restart: bool | None = None,
        target_vmid: int | None = None,
        timeout: int | None = None,
    ) -> Task:
        """Migrate the container to another cluster. Creates a new migration task. EXPERIMENTAL feature!

        Args:
            target_bridge: Mapping from source to target bridges. Providing only a single bridge ID maps all source bridges to that bridge. Providing the special value '1' will map each source bridge to itself.
                Format: ``bridge-pair-list``.
                Syntax: ``<string>``.
            target_endpoint: Remote target endpoint
                Format: ``proxmox-remote``.
            target_storage: Mapping from source to target storages. Providing only a single storage ID maps all source storages to that storage. Providing the special value '1' will map each source storage to itself.
                Format: ``storage-pair-list``.
                Syntax: ``<string>``.
            bwlimit: Override I/O bandwidth limit (in KiB/s).
                Default: migrate limit from datacenter or storage config.
            delete: Delete the original CT and related data after successful migration. By default the original CT is kept on the source cluster in a stopped state.
                Default: ``0``.
            online: Use online/live migration.
            restart: Use restart migration
            target_vmid: The (unique) ID of the VM.
                Range: 100 to 999999999.
                Format: ``pve-vmid``.
            timeout: Timeout in seconds for shutdown for restart migration
                Default: ``180``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client): the task ID.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Migrate]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/lxc/{vmid}/remote_migrate`` (``remote_migrate_vm``)."""
        params = {
            "target-bridge": _join(target_bridge),
            "target-endpoint": target_endpoint,
            "target-storage": _join(target_storage),
            "bwlimit": bwlimit,
            "delete": delete,
            "online": online,
            "restart": restart,
            "target-vmid": target_vmid,
            "timeout": timeout,
        }
        return _task(self._client._call("POST", self._path, params, _R15), self._client)


class NodesNodeLxcVmidResize(SyncPath):
    """``/nodes/{node}/lxc/{vmid}/resize`` (resize)

    ``PUT``: Resize a container mount point."""

    __slots__ = ()

    def put(
        self,
        *,
        disk: Literal[
            "rootfs",
            "mp0",
            "mp1",
            "mp2",
            "mp3",
            "mp4",
            "mp5",
            "mp6",
            "mp7",
            "mp8",
            "mp9",
            "mp10",
            "mp11",
            "mp12",
            "mp13",
            "mp14",
            "mp15",
            "mp16",
            "mp17",
            "mp18",
            "mp19",
            "mp20",
            "mp21",
            "mp22",
            "mp23",
            "mp24",
            "mp25",
            "mp26",
            "mp27",
            "mp28",
            "mp29",
            "mp30",
            "mp31",
            "mp32",
            "mp33",
            "mp34",
            "mp35",
            "mp36",
            "mp37",
            "mp38",
            "mp39",
            "mp40",
            "mp41",
            "mp42",
            "mp43",
            "mp44",
            "mp45",
            "mp46",
            "mp47",
            "mp48",
            "mp49",
            "mp50",
            "mp51",
            "mp52",
            "mp53",
            "mp54",
            "mp55",
            "mp56",
            "mp57",
            "mp58",
            "mp59",
            "mp60",
            "mp61",
            "mp62",
            "mp63",
            "mp64",
            "mp65",
            "mp66",
            "mp67",
            "mp68",
            "mp69",
            "mp70",
            "mp71",
            "mp72",
            "mp73",
            "mp74",
            "mp75",
            "mp76",
            "mp77",
            "mp78",
            "mp79",
            "mp80",
            "mp81",
            "mp82",
            "mp83",
            "mp84",
            "mp85",
            "mp86",
            "mp87",
            "mp88",
            "mp89",
            "mp90",
            "mp91",
            "mp92",
            "mp93",
            "mp94",
            "mp95",
            "mp96",
            "mp97",
            "mp98",
            "mp99",
            "mp100",
            "mp101",
            "mp102",
            "mp103",
            "mp104",
            "mp105",
            "mp106",
            "mp107",
            "mp108",
            "mp109",
            "mp110",
            "mp111",
            "mp112",
            "mp113",
            "mp114",
            "mp115",
            "mp116",
            "mp117",
            "mp118",
            "mp119",
            "mp120",
            "mp121",
            "mp122",
            "mp123",
            "mp124",
            "mp125",
            "mp126",
            "mp127",
            "mp128",
            "mp129",
            "mp130",
            "mp131",
            "mp132",
            "mp133",
            "mp134",
            "mp135",
            "mp136",
            "mp137",
            "mp138",
            "mp139",
            "mp140",
            "mp141",
            "mp142",
            "mp143",
            "mp144",
            "mp145",
            "mp146",
            "mp147",
            "mp148",
            "mp149",
            "mp150",
            "mp151",
            "mp152",
            "mp153",
            "mp154",
            "mp155",
            "mp156",
            "mp157",
            "mp158",
            "mp159",
            "mp160",
            "mp161",
            "mp162",
            "mp163",
            "mp164",
            "mp165",
            "mp166",
            "mp167",
            "mp168",
            "mp169",
            "mp170",
            "mp171",
            "mp172",
            "mp173",
            "mp174",
            "mp175",
            "mp176",
            "mp177",
            "mp178",
            "mp179",
            "mp180",
            "mp181",
            "mp182",
            "mp183",
            "mp184",
            "mp185",
            "mp186",
            "mp187",
            "mp188",
            "mp189",
            "mp190",
            "mp191",
            "mp192",
            "mp193",
            "mp194",
            "mp195",
            "mp196",
            "mp197",
            "mp198",
            "mp199",
            "mp200",
            "mp201",
            "mp202",
            "mp203",
            "mp204",
            "mp205",
            "mp206",
            "mp207",
            "mp208",
            "mp209",
            "mp210",
            "mp211",
            "mp212",
            "mp213",
            "mp214",
            "mp215",
            "mp216",
            "mp217",
            "mp218",
            "mp219",
            "mp220",
            "mp221",
            "mp222",
            "mp223",
            "mp224",
            "mp225",
            "mp226",
            "mp227",
            "mp228",
            "mp229",
            "mp230",
            "mp231",
            "mp232",
            "mp233",
            "mp234",
            "mp235",
            "mp236",
            "mp237",
            "mp238",
            "mp239",
            "mp240",
            "mp241",
            "mp242",
            "mp243",
            "mp244",
            "mp245",
            "mp246",
            "mp247",
            "mp248",
            "mp249",
            "mp250",
            "mp251",
            "mp252",
            "mp253",
            "mp254",
            "mp255",
        ],
        size: str,
        digest: str | None = None,
    ) -> Task:
        """Resize a container mount point.

        Args:
            disk: The disk you want to resize.
            size: The new size. With the '+' sign the value is added to the actual size of the volume and without it, the value is taken as an absolute one. Shrinking disk size is not supported.
                Pattern: ``^\\+?\\d+(\\.\\d+)?[KMGT]?$``.
            digest: Prevent changes if current configuration file has different SHA1 digest. This can be used to prevent concurrent modifications.
                Length: 0 to 40.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client): the task ID.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Config.Disk], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/lxc/{vmid}/resize`` (``resize_vm``)."""
        params = {
            "disk": disk,
            "size": size,
            "digest": digest,
        }
        return _task(self._client._call("PUT", self._path, params, _R16), self._client)


class NodesNodeLxcVmidRrd(SyncPath):
    """``/nodes/{node}/lxc/{vmid}/rrd`` (rrd)

    ``GET``: Read VM RRD statistics (returns PNG)"""

    __slots__ = ()

    def get(
        self,
        *,
        ds: str | Sequence[str],
        timeframe: Literal["hour", "day", "week", "month", "year"],
        cf: Literal["AVERAGE", "MAX"] | None = None,
    ) -> NodesLxcRrdGetResult:
        """Read VM RRD statistics (returns PNG)

        Args:
            ds: The list of datasources you want to display.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            timeframe: Specify the time frame you are interested in.
            cf: The RRD consolidation function

        Returns:
            ``NodesLxcRrdGetResult``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Audit]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/lxc/{vmid}/rrd`` (``rrd``)."""
        params = {
            "ds": _join(ds),
            "timeframe": timeframe,
            "cf": cf,
        }
        return self._client._call("GET", self._path, params, _R17)


class NodesNodeLxcVmidRrddata(SyncPath):
    """``/nodes/{node}/lxc/{vmid}/rrddata`` (rrddata)

    ``GET``: Read VM RRD statistics"""

    __slots__ = ()

    def get(
        self,
        *,
        timeframe: Literal["hour", "day", "week", "month", "year"],
        cf: Literal["AVERAGE", "MAX"] | None = None,
    ) -> list[dict[str, Any]]:
        """Read VM RRD statistics

        Args:
            timeframe: Specify the time frame you are interested in.
            cf: The RRD consolidation function

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Audit]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/lxc/{vmid}/rrddata`` (``rrddata``)."""
        params = {
            "timeframe": timeframe,
            "cf": cf,
        }
        return self._client._call("GET", self._path, params, _R18)


class NodesNodeLxcVmidSpiceproxy(SyncPath):
    """``/nodes/{node}/lxc/{vmid}/spiceproxy`` (spiceproxy)

    ``POST``: Returns a SPICE configuration to connect to the CT."""

    __slots__ = ()

    def post(
        self,
        *,
        proxy: str | None = None,
    ) -> NodesLxcSpiceproxyPostResult:
        """Returns a SPICE configuration to connect to the CT.

        Args:
            proxy: SPICE proxy server. This can be used by the client to specify the proxy server. All nodes in a cluster runs 'spiceproxy', so it is up to the client to choose one. By default, we return the node where the VM is currently running. As reasonable setting is to use same node you use to connect to the API (This is window.location.hostname for the JS GUI).
                Format: ``address``.

        Returns:
            ``NodesLxcSpiceproxyPostResult``: Returned values can be directly passed to the 'remote-viewer' application.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Console]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/lxc/{vmid}/spiceproxy`` (``spiceproxy``)."""
        params = {
            "proxy": proxy,
        }
        return self._client._call("POST", self._path, params, _R19)


class NodesNodeLxcVmidTemplate(SyncPath):
    """``/nodes/{node}/lxc/{vmid}/template`` (template)

    ``POST``: Create a Template."""

    __slots__ = ()

    def post(self) -> None:
        """Create a Template.

        Returns:
            ``None``

        Permissions:
            You need 'VM.Allocate' permissions on /vms/{vmid}
            Check: ``[perm, /vms/{vmid}, [VM.Allocate]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/lxc/{vmid}/template`` (``template``)."""
        return self._client._call("POST", self._path, {}, _R20)


class NodesNodeLxcVmidTermproxy(SyncPath):
    """``/nodes/{node}/lxc/{vmid}/termproxy`` (termproxy)

    ``POST``: Creates a TCP proxy connection."""

    __slots__ = ()

    def post(self) -> NodesLxcTermproxyPostResult:
        """Creates a TCP proxy connection.

        Returns:
            ``NodesLxcTermproxyPostResult``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Console]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/lxc/{vmid}/termproxy`` (``termproxy``)."""
        return self._client._call("POST", self._path, {}, _R21)


class NodesNodeLxcVmidVncproxy(SyncPath):
    """``/nodes/{node}/lxc/{vmid}/vncproxy`` (vncproxy)

    ``POST``: Creates a TCP VNC proxy connections."""

    __slots__ = ()

    def post(
        self,
        *,
        height: int | None = None,
        websocket: bool | None = None,
        width: int | None = None,
    ) -> NodesLxcVncproxyPostResult:
        """Creates a TCP VNC proxy connections.

        Args:
            height: sets the height of the console in pixels.
                Range: 16 to 2160.
            websocket: use websocket instead of standard VNC.
            width: sets the width of the console in pixels.
                Range: 16 to 4096.

        Returns:
            ``NodesLxcVncproxyPostResult``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Console]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/lxc/{vmid}/vncproxy`` (``vncproxy``)."""
        params = {
            "height": height,
            "websocket": websocket,
            "width": width,
        }
        return self._client._call("POST", self._path, params, _R22)


class NodesNodeLxcVmidVncwebsocket(SyncPath):
    """``/nodes/{node}/lxc/{vmid}/vncwebsocket`` (vncwebsocket)

    ``GET``: Opens a websocket for VNC traffic."""

    __slots__ = ()

    def get(
        self,
        *,
        port: int,
        vncticket: str,
    ) -> NodesLxcVncwebsocketGetResult:
        """Opens a websocket for VNC traffic.

        Args:
            port: Port number returned by previous vncproxy call.
                Range: 5900 to 5999.
            vncticket: Ticket from previous call to vncproxy.
                Length: 0 to 512.

        Returns:
            ``NodesLxcVncwebsocketGetResult``

        Permissions:
            You also need to pass a valid ticket (vncticket).
            Check: ``[perm, /vms/{vmid}, [VM.Console]]``

        Proxmox: ``GET /nodes/{node}/lxc/{vmid}/vncwebsocket`` (``vncwebsocket``)."""
        vncticket = _secret(vncticket)
        params = {
            "port": port,
            "vncticket": vncticket,
        }
        return self._client._call("GET", self._path, params, _R23)
