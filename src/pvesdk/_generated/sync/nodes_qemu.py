# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``nodes_qemu`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import bind_task as _task
from pvesdk._runtime import bind_task_or_none as _task_or_none
from pvesdk._runtime import checked as _checked
from pvesdk._runtime import family as _family
from pvesdk._runtime import join as _join
from pvesdk._runtime import secret as _secret
from pvesdk._runtime import segment as _segment
from pvesdk._runtime import urlencoded as _urlencoded

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from pvesdk.tasks import Task

    from ..models.nodes_qemu.nodes_node_qemu_get import NodesNodeQemuGetResultItem
    from ..models.nodes_qemu.nodes_node_qemu_vmid_get import (
        NodesNodeQemuVmidGetResultItem,
    )
    from ..models.nodes_qemu.nodes_qemu_cloudinit_get import (
        NodesQemuCloudinitGetResultItem,
    )
    from ..models.nodes_qemu.nodes_qemu_config_get import NodesQemuConfigGetResult
    from ..models.nodes_qemu.nodes_qemu_feature_get import NodesQemuFeatureGetResult
    from ..models.nodes_qemu.nodes_qemu_migrate_get import NodesQemuMigrateGetResult
    from ..models.nodes_qemu.nodes_qemu_mtunnel_post import NodesQemuMtunnelPostResult
    from ..models.nodes_qemu.nodes_qemu_mtunnelwebsocket_get import (
        NodesQemuMtunnelwebsocketGetResult,
    )
    from ..models.nodes_qemu.nodes_qemu_pending_get import NodesQemuPendingGetResultItem
    from ..models.nodes_qemu.nodes_qemu_rrd_get import NodesQemuRrdGetResult
    from ..models.nodes_qemu.nodes_qemu_spiceproxy_post import (
        NodesQemuSpiceproxyPostResult,
    )
    from ..models.nodes_qemu.nodes_qemu_termproxy_post import (
        NodesQemuTermproxyPostResult,
    )
    from ..models.nodes_qemu.nodes_qemu_vncproxy_post import NodesQemuVncproxyPostResult
    from ..models.nodes_qemu.nodes_qemu_vncwebsocket_get import (
        NodesQemuVncwebsocketGetResult,
    )
    from ..propstr.agent import Agent
    from ..propstr.amd_sev import AmdSev
    from ..propstr.audio0 import Audio0
    from ..propstr.boot import Boot
    from ..propstr.cicustom import Cicustom
    from ..propstr.cpu import Cpu
    from ..propstr.efidisk0 import Efidisk0
    from ..propstr.hostpci import Hostpci
    from ..propstr.ide import Ide
    from ..propstr.intel_tdx import IntelTdx
    from ..propstr.ipconfig import Ipconfig
    from ..propstr.ivshmem import Ivshmem
    from ..propstr.machine import Machine
    from ..propstr.memory import Memory
    from ..propstr.numa import Numa
    from ..propstr.qemu_net import QemuNet
    from ..propstr.qemu_unused import QemuUnused
    from ..propstr.rng0 import Rng0
    from ..propstr.sata import Sata
    from ..propstr.scsi import Scsi
    from ..propstr.smbios1 import Smbios1
    from ..propstr.spice_enhancements import SpiceEnhancements
    from ..propstr.startup import Startup
    from ..propstr.target_endpoint import TargetEndpoint
    from ..propstr.tpmstate0 import Tpmstate0
    from ..propstr.usb import Usb
    from ..propstr.vga import Vga
    from ..propstr.virtio import Virtio
    from ..propstr.virtiofs import Virtiofs
    from ..propstr.watchdog import Watchdog
    from . import nodes_qemu_agent as _nodes_qemu_agent
    from . import nodes_qemu_firewall as _nodes_qemu_firewall
    from . import nodes_qemu_snapshot as _nodes_qemu_snapshot
    from . import nodes_qemu_status as _nodes_qemu_status

_R0: Returns[list[NodesNodeQemuGetResultItem]] = Returns(
    "list[NodesNodeQemuGetResultItem]",
    "GET /nodes/{node}/qemu",
    "models.nodes_qemu.nodes_node_qemu_get",
)
_R1: Returns[str] = Returns("str", "POST /nodes/{node}/qemu")
_R2: Returns[list[NodesNodeQemuVmidGetResultItem]] = Returns(
    "list[NodesNodeQemuVmidGetResultItem]",
    "GET /nodes/{node}/qemu/{vmid}",
    "models.nodes_qemu.nodes_node_qemu_vmid_get",
)
_R3: Returns[str] = Returns("str", "DELETE /nodes/{node}/qemu/{vmid}")
_R4: Returns[str] = Returns("str", "POST /nodes/{node}/qemu/{vmid}/clone")
_R5: Returns[list[NodesQemuCloudinitGetResultItem]] = Returns(
    "list[NodesQemuCloudinitGetResultItem]",
    "GET /nodes/{node}/qemu/{vmid}/cloudinit",
    "models.nodes_qemu.nodes_qemu_cloudinit_get",
)
_R6: Returns[None] = Returns("None", "PUT /nodes/{node}/qemu/{vmid}/cloudinit")
_R7: Returns[str] = Returns("str", "GET /nodes/{node}/qemu/{vmid}/cloudinit/dump")
_R8: Returns[NodesQemuConfigGetResult] = Returns(
    "NodesQemuConfigGetResult",
    "GET /nodes/{node}/qemu/{vmid}/config",
    "models.nodes_qemu.nodes_qemu_config_get",
)
_R9: Returns[str | None] = Returns("str | None", "POST /nodes/{node}/qemu/{vmid}/config")
_R10: Returns[None] = Returns("None", "PUT /nodes/{node}/qemu/{vmid}/config")
_R11: Returns[None] = Returns("None", "POST /nodes/{node}/qemu/{vmid}/dbus-vmstate")
_R12: Returns[NodesQemuFeatureGetResult] = Returns(
    "NodesQemuFeatureGetResult",
    "GET /nodes/{node}/qemu/{vmid}/feature",
    "models.nodes_qemu.nodes_qemu_feature_get",
)
_R13: Returns[NodesQemuMigrateGetResult] = Returns(
    "NodesQemuMigrateGetResult",
    "GET /nodes/{node}/qemu/{vmid}/migrate",
    "models.nodes_qemu.nodes_qemu_migrate_get",
)
_R14: Returns[str] = Returns("str", "POST /nodes/{node}/qemu/{vmid}/migrate")
_R15: Returns[str] = Returns("str", "POST /nodes/{node}/qemu/{vmid}/monitor")
_R16: Returns[str] = Returns("str", "POST /nodes/{node}/qemu/{vmid}/move_disk")
_R17: Returns[NodesQemuMtunnelPostResult] = Returns(
    "NodesQemuMtunnelPostResult",
    "POST /nodes/{node}/qemu/{vmid}/mtunnel",
    "models.nodes_qemu.nodes_qemu_mtunnel_post",
)
_R18: Returns[NodesQemuMtunnelwebsocketGetResult] = Returns(
    "NodesQemuMtunnelwebsocketGetResult",
    "GET /nodes/{node}/qemu/{vmid}/mtunnelwebsocket",
    "models.nodes_qemu.nodes_qemu_mtunnelwebsocket_get",
)
_R19: Returns[list[NodesQemuPendingGetResultItem]] = Returns(
    "list[NodesQemuPendingGetResultItem]",
    "GET /nodes/{node}/qemu/{vmid}/pending",
    "models.nodes_qemu.nodes_qemu_pending_get",
)
_R20: Returns[str] = Returns("str", "POST /nodes/{node}/qemu/{vmid}/remote_migrate")
_R21: Returns[str] = Returns("str", "PUT /nodes/{node}/qemu/{vmid}/resize")
_R22: Returns[NodesQemuRrdGetResult] = Returns(
    "NodesQemuRrdGetResult",
    "GET /nodes/{node}/qemu/{vmid}/rrd",
    "models.nodes_qemu.nodes_qemu_rrd_get",
)
_R23: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/qemu/{vmid}/rrddata"
)
_R24: Returns[None] = Returns("None", "PUT /nodes/{node}/qemu/{vmid}/sendkey")
_R25: Returns[NodesQemuSpiceproxyPostResult] = Returns(
    "NodesQemuSpiceproxyPostResult",
    "POST /nodes/{node}/qemu/{vmid}/spiceproxy",
    "models.nodes_qemu.nodes_qemu_spiceproxy_post",
)
_R26: Returns[str] = Returns("str", "POST /nodes/{node}/qemu/{vmid}/template")
_R27: Returns[NodesQemuTermproxyPostResult] = Returns(
    "NodesQemuTermproxyPostResult",
    "POST /nodes/{node}/qemu/{vmid}/termproxy",
    "models.nodes_qemu.nodes_qemu_termproxy_post",
)
_R28: Returns[None] = Returns("None", "PUT /nodes/{node}/qemu/{vmid}/unlink")
_R29: Returns[NodesQemuVncproxyPostResult] = Returns(
    "NodesQemuVncproxyPostResult",
    "POST /nodes/{node}/qemu/{vmid}/vncproxy",
    "models.nodes_qemu.nodes_qemu_vncproxy_post",
)
_R30: Returns[NodesQemuVncwebsocketGetResult] = Returns(
    "NodesQemuVncwebsocketGetResult",
    "GET /nodes/{node}/qemu/{vmid}/vncwebsocket",
    "models.nodes_qemu.nodes_qemu_vncwebsocket_get",
)


class NodesNodeQemu(SyncPath):
    """``/nodes/{node}/qemu`` (qemu)

    ``GET``: Virtual machine index (per node).
    ``POST``: Create or restore a virtual machine."""

    __slots__ = ()

    def vmid(self, vmid: int) -> NodesNodeQemuVmid:
        """The (unique) ID of the VM."""
        return NodesNodeQemuVmid(self._client, self._path + "/" + _segment(vmid))

    def get(
        self,
        *,
        full: bool | None = None,
    ) -> list[NodesNodeQemuGetResultItem]:
        """Virtual machine index (per node).

        Args:
            full: Determine the full status of active VMs.

        Returns:
            ``list[NodesNodeQemuGetResultItem]``

        Permissions:
            Only list VMs where you have VM.Audit permissions on /vms/<vmid>.
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/qemu`` (``vmlist``)."""
        params = {
            "full": full,
        }
        return self._client._call("GET", self._path, params, _R0)

    def post(
        self,
        *,
        vmid: int,
        acpi: bool | None = None,
        affinity: str | None = None,
        agent: Agent | str | None = None,
        allow_ksm: bool | None = None,
        amd_sev: AmdSev | str | None = None,
        arch: Literal["x86_64", "aarch64"] | None = None,
        archive: str | None = None,
        args: str | None = None,
        audio0: Audio0 | str | None = None,
        autostart: bool | None = None,
        balloon: int | None = None,
        bios: Literal["seabios", "ovmf"] | None = None,
        boot: Boot | str | None = None,
        bootdisk: str | None = None,
        bwlimit: int | None = None,
        cdrom: str | None = None,
        cicustom: Cicustom | str | None = None,
        cipassword: str | None = None,
        citype: Literal["configdrive2", "nocloud", "opennebula"] | None = None,
        ciupgrade: bool | None = None,
        ciuser: str | None = None,
        cores: int | None = None,
        cpu: Cpu | str | None = None,
        cpulimit: float | None = None,
        cpuunits: int | None = None,
        description: str | None = None,
        efidisk0: Efidisk0 | str | None = None,
        force: bool | None = None,
        freeze: bool | None = None,
        ha_managed: bool | None = None,
        hookscript: str | None = None,
        hotplug: str | None = None,
        hugepages: Literal["any", "2", "1024"] | None = None,
        import_working_storage: str | None = None,
        intel_tdx: IntelTdx | str | None = None,
        ivshmem: Ivshmem | str | None = None,
        keephugepages: bool | None = None,
        keyboard: Literal[
            "de",
            "de-ch",
            "da",
            "en-gb",
            "en-us",
            "es",
            "fi",
            "fr",
            "fr-be",
            "fr-ca",
            "fr-ch",
            "hu",
            "is",
            "it",
            "ja",
            "lt",
            "mk",
            "nl",
            "no",
            "pl",
            "pt",
            "pt-br",
            "sv",
            "sl",
            "tr",
        ]
        | None = None,
        kvm: bool | None = None,
        live_restore: bool | None = None,
        localtime: bool | None = None,
        lock: Literal[
            "backup",
            "clone",
            "create",
            "migrate",
            "rollback",
            "snapshot",
            "snapshot-delete",
            "suspending",
            "suspended",
        ]
        | None = None,
        machine: Machine | str | None = None,
        memory: Memory | str | None = None,
        migrate_downtime: float | None = None,
        migrate_speed: int | None = None,
        name: str | None = None,
        nameserver: str | Sequence[str] | None = None,
        numa: bool | None = None,
        onboot: bool | None = None,
        ostype: Literal[
            "other",
            "wxp",
            "w2k",
            "w2k3",
            "w2k8",
            "wvista",
            "win7",
            "win8",
            "win10",
            "win11",
            "l24",
            "l26",
            "solaris",
        ]
        | None = None,
        pool: str | None = None,
        protection: bool | None = None,
        reboot: bool | None = None,
        rng0: Rng0 | str | None = None,
        scsihw: Literal[
            "lsi", "lsi53c810", "virtio-scsi-pci", "virtio-scsi-single", "megasas", "pvscsi"
        ]
        | None = None,
        searchdomain: str | None = None,
        shares: int | None = None,
        smbios1: Smbios1 | str | None = None,
        smp: int | None = None,
        sockets: int | None = None,
        spice_enhancements: SpiceEnhancements | str | None = None,
        sshkeys: str | None = None,
        start: bool | None = None,
        startdate: str | None = None,
        startup: Startup | str | None = None,
        storage: str | None = None,
        tablet: bool | None = None,
        tags: str | Sequence[str] | None = None,
        tdf: bool | None = None,
        template: bool | None = None,
        tpmstate0: Tpmstate0 | str | None = None,
        unique: bool | None = None,
        vcpus: int | None = None,
        vga: Vga | str | None = None,
        vmgenid: str | None = None,
        vmstatestorage: str | None = None,
        watchdog: Watchdog | str | None = None,
        hostpci: Mapping[int, Hostpci | str] | None = None,
        ide: Mapping[int, Ide | str] | None = None,
        ipconfig: Mapping[int, Ipconfig | str] | None = None,
        net: Mapping[int, QemuNet | str] | None = None,
        numa_n: Mapping[int, Numa | str] | None = None,
        parallel: Mapping[int, str] | None = None,
        sata: Mapping[int, Sata | str] | None = None,
        scsi: Mapping[int, Scsi | str] | None = None,
        serial: Mapping[int, str] | None = None,
        unused: Mapping[int, QemuUnused | str] | None = None,
        usb: Mapping[int, Usb | str] | None = None,
        virtio: Mapping[int, Virtio | str] | None = None,
        virtiofs: Mapping[int, Virtiofs | str] | None = None,
    ) -> Task:
        """Create or restore a virtual machine.

        Args:
            vmid: The (unique) ID of the VM.
                Range: 100 to 999999999.
                Format: ``pve-vmid``.
            acpi: Enable/disable ACPI.
                Default: ``1``.
            affinity: List of host cores used to execute guest processes, for example: 0,5,8-11
                Format: ``pve-cpuset``.
            agent: Enable/disable communication with the QEMU Guest Agent and its properties.
                Syntax: ``[enabled=]<1|0> [,freeze-fs=<1|0>] [,fstrim_cloned_disks=<1|0>] [,type=<virtio|isa>]``.
            allow_ksm: Allow memory pages of this guest to be merged via KSM (Kernel Samepage Merging).
                Proxmox VE: New in 9.1.
                Default: ``1``.
            amd_sev: Secure Encrypted Virtualization (SEV) features by AMD CPUs
                Proxmox VE: New in 8.2.
                Format: ``pve-qemu-sev-fmt``.
            arch: Virtual processor architecture. Defaults to the host architecture.
            archive: The backup archive. Either the file system path to a .tar or .vma file (use '-' to pipe data from stdin) or a proxmox storage backup volume identifier.
                Length: 0 to 255.
            args: Arbitrary arguments passed to kvm.
            audio0: Configure a audio device, useful in combination with QXL/Spice.
                Syntax: ``device=<ich9-intel-hda|intel-hda|AC97> [,driver=<spice|none>]``.
            autostart: Automatic restart after crash (currently ignored).
                Default: ``0``.
            balloon: Amount of target RAM for the VM in MiB. The balloon driver is enabled by default, unless it is explicitly disabled by setting the value to zero.
                Range: 0 to inf.
            bios: Select BIOS implementation.
                Default: ``seabios``.
            boot: Specify guest boot order. Use the 'order=' sub-property as usage with no key or 'legacy=' is deprecated.
                Format: ``pve-qm-boot``.
            bootdisk: Enable booting from specified disk. Deprecated: Use 'boot: order=foo;bar' instead.
                Pattern: ``^(ide|sata|scsi|virtio)\\d+$``.
                Format: ``pve-qm-bootdisk``.
            bwlimit: Override I/O bandwidth limit (in KiB/s).
                Default: restore limit from datacenter or storage config.
            cdrom: This is an alias for option -ide2
                Format: ``pve-qm-ide``.
            cicustom: cloud-init: Specify custom files to replace the automatically generated ones at start.
                Format: ``pve-qm-cicustom``.
            cipassword: cloud-init: Password to assign the user. Using this is generally not recommended. Use ssh keys instead. Also note that older cloud-init versions do not support hashed passwords.
            citype: Specifies the cloud-init configuration format. The default depends on the configured operating system type (`ostype`. We use the `nocloud` format for Linux, and `configdrive2` for windows.
            ciupgrade: cloud-init: do an automatic package upgrade after the first boot.
                Proxmox VE: New in 8.0.
                Default: ``1``.
            ciuser: cloud-init: User name to change ssh keys and password for instead of the image's configured default user.
            cores: The number of cores per socket.
                Range: 1 to inf.
                Default: ``1``.
            cpu: Emulated CPU type.
                Format: ``pve-vm-cpu-conf``.
            cpulimit: Limit of CPU usage.
                Range: 0 to 128.
                Default: ``0``.
            cpuunits: CPU weight for a VM, will be clamped to [1, 10000] in cgroup v2.
                Range: 1 to 262144.
                Default: cgroup v1: 1024, cgroup v2: 100.
            description: Description for the VM. Shown in the web-interface VM's summary. This is saved as comment inside the configuration file.
                Length: 0 to 8192.
            efidisk0: Configure a disk for storing EFI vars. Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume. Note that SIZE_IN_GiB is ignored here and that the default EFI vars are copied to the volume instead. Use STORAGE_ID:0 and the 'import-from' parameter to import from an existing volume.
                Syntax: ``[file=]<volume> [,efitype=<2m|4m>] [,format=<enum>] [,import-from=<source volume>] [,ms-cert=<enum>] [,pre-enrolled-keys=<1|0>] [,size=<DiskSize>]``.
            force: Allow to overwrite existing VM.
            freeze: Freeze CPU at startup (use 'c' monitor command to start execution).
            ha_managed: Add the VM as a HA resource after it was created.
                Proxmox VE: New in 9.1.
                Default: ``0``.
            hookscript: Script that will be executed during various steps in the vms lifetime.
                Format: ``pve-volume-id``.
            hotplug: Selectively enable hotplug features. This is a comma separated list of hotplug features: 'network', 'disk', 'cpu', 'memory', 'usb' and 'cloudinit'. Use '0' to disable hotplug completely. Using '1' as value is an alias for the default `network,disk,usb`. USB hotplugging is possible for guests with machine version >= 7.1 and ostype l26 or windows > 7.
                Format: ``pve-hotplug-features``.
                Default: ``network,disk,usb``.
            hugepages: Enables hugepages memory.

                Sets the size of hugepages in MiB. If the value is set to 'any' then 1 GiB hugepages will be used if possible, otherwise the size will fall back to 2 MiB.
            import_working_storage: A file-based storage with 'images' content-type enabled, which is used as an intermediary extraction storage during import. Defaults to the source storage.
                Proxmox VE: New in 8.2.
                Format: ``pve-storage-id``.
            intel_tdx: Trusted Domain Extension (TDX) features by Intel CPUs
                Proxmox VE: New in 9.1.
                Format: ``pve-qemu-tdx-fmt``.
            ivshmem: Inter-VM shared memory. Useful for direct communication between VMs, or to the host.
                Syntax: ``size=<integer> [,name=<string>]``.
            keephugepages: Use together with hugepages. If enabled, hugepages will not not be deleted after VM shutdown and can be used for subsequent starts.
                Default: ``0``.
            keyboard: Keyboard layout for VNC server. This option is generally not required and is often better handled from within the guest OS.
                Default: None.
            kvm: Enable/disable KVM hardware virtualization.
                Default: ``1``.
            live_restore: Start the VM immediately while importing or restoring in the background.
            localtime: Set the real time clock (RTC) to local time. This is enabled by default if the `ostype` indicates a Microsoft Windows OS.
            lock: Lock/unlock the VM.
            machine: Specify the QEMU machine.
                Syntax: ``[[type=]<machine type>] [,aw-bits=<number>] [,enable-s3=<1|0>] [,enable-s4=<1|0>] [,viommu=<intel|virtio>]``.
            memory: Memory properties.
                Syntax: ``[current=]<integer>``.
            migrate_downtime: Set maximum tolerated downtime (in seconds) for migrations. Should the migration not be able to converge in the very end, because too much newly dirtied RAM needs to be transferred, the limit will be increased automatically step-by-step until migration can converge. Will be capped to 2000 seconds (maximum in QEMU).
                Range: 0 to inf.
                Default: ``0.1``.
            migrate_speed: Set maximum speed (in MB/s) for migrations. Value 0 is no limit.
                Range: 0 to inf.
                Default: ``0``.
            name: Set a name for the VM. Only used on the configuration web interface.
                Format: ``dns-name``.
            nameserver: cloud-init: Sets DNS server IP address for a container. Create will automatically use the setting from the host if neither searchdomain nor nameserver are set.
                Format: ``address-list``.
                Syntax: ``<string>``.
            numa: Enable/disable NUMA.
                Default: ``0``.
            onboot: Specifies whether a VM will be started during system bootup.
                Default: ``0``.
            ostype: Specify guest operating system.
                Default: ``other``.
            pool: Add the VM to the specified pool.
                Format: ``pve-poolid``.
            protection: Sets the protection flag of the VM. This will disable the remove VM and remove disk operations.
                Default: ``0``.
            reboot: Allow reboot. If set to '0' the VM exit on reboot.
                Default: ``1``.
            rng0: Configure a VirtIO-based Random Number Generator.
                Format: ``pve-qm-rng``.
            scsihw: SCSI controller model
                Default: ``lsi``.
            searchdomain: cloud-init: Sets DNS search domains for a container. Create will automatically use the setting from the host if neither searchdomain nor nameserver are set.
            shares: Amount of memory shares for auto-ballooning. The larger the number is, the more memory this VM gets. Number is relative to weights of all other running VMs. Using zero disables auto-ballooning. Auto-ballooning is done by pvestatd.
                Range: 0 to 50000.
                Default: ``1000``.
            smbios1: Specify SMBIOS type 1 fields.
                Length: 0 to 512.
                Format: ``pve-qm-smbios1``.
            smp: The number of CPUs. Please use option -sockets instead.
                Range: 1 to inf.
                Default: ``1``.
            sockets: The number of CPU sockets.
                Range: 1 to inf.
                Default: ``1``.
            spice_enhancements: Configure additional enhancements for SPICE.
                Syntax: ``[foldersharing=<1|0>] [,videostreaming=<off|all|filter>]``.
            sshkeys: cloud-init: Setup public SSH keys (one key per line, OpenSSH format).
                Format: ``urlencoded``.
                Pass plain text: pvesdk percent-encodes it as Proxmox expects.
            start: Start VM after it was created successfully.
                Default: ``0``.
            startdate: Set the initial date of the real time clock. Valid format for date are:'now' or '2006-06-17T16:01:21' or '2006-06-17'.
                Pattern: ``^(now|\\d{4}-\\d{1,2}-\\d{1,2}(T\\d{1,2}:\\d{1,2}:\\d{1,2})?)$``.
                Default: ``now``.
            startup: Startup and shutdown behavior. Order is a non-negative number defining the general startup order. Shutdown in done with reverse ordering. Additionally you can set the 'up' or 'down' delay in seconds, which specifies a delay to wait before the next VM is started or stopped.
                Format: ``pve-startup-order``.
            storage: Default storage.
                Format: ``pve-storage-id``.
            tablet: Enable/disable the USB tablet device.
                Default: ``1``.
            tags: Tags of the VM. This is only meta information.
                Format: ``pve-tag-list``.
                Syntax: ``<string>``.
            tdf: Enable/disable time drift fix.
                Default: ``0``.
            template: Enable/disable Template.
                Default: ``0``.
            tpmstate0: Configure a Disk for storing TPM state. The format is fixed to 'raw'. Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume. Note that SIZE_IN_GiB is ignored here and 4 MiB will be used instead. Use STORAGE_ID:0 and the 'import-from' parameter to import from an existing volume.
                Syntax: ``[file=]<volume> [,format=<raw|qcow2|vmdk>] [,import-from=<source volume>] [,size=<DiskSize>] [,version=<v1.2|v2.0>]``.
            unique: Assign a unique random ethernet address.
            vcpus: Number of hotplugged vcpus.
                Range: 1 to inf.
                Default: ``0``.
            vga: Configure the VGA hardware.
                Syntax: ``[[type=]<enum>] [,clipboard=<vnc>] [,memory=<integer>]``.
            vmgenid: Set VM Generation ID. Use '1' to autogenerate on create or update, pass '0' to disable explicitly.
                Pattern: ``^(?:[a-fA-F0-9]{8}(?:-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}|[01])$``.
                Default: ``1 (autogenerated)``.
            vmstatestorage: Default storage for VM state volumes/files.
                Format: ``pve-storage-id``.
            watchdog: Create a virtual hardware watchdog device.
                Format: ``pve-qm-watchdog``.
            hostpci: Map host PCI devices into guest.
                Format: ``pve-qm-hostpci``.
                Indexed: ``{0: …, …}`` sends ``hostpci0`` … ``hostpci15``; where the operation deletes, ``None`` deletes a member (``delete=hostpci0``).
            ide: Use volume as IDE hard disk or CD-ROM (n is 0 to 3). Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume. Use STORAGE_ID:0 and the 'import-from' parameter to import from an existing volume.
                Syntax: ``[file=]<volume> [,aio=<native|threads|io_uring>] [,backup=<1|0>] [,bps=<bps>] [,bps_max_length=<seconds>] [,bps_rd=<bps>] [,bps_rd_max_length=<seconds>] [,bps_wr=<bps>] [,bps_wr_max_length=<seconds>] [,cache=<enum>] [,detect_zeroes=<1|0>] [,discard=<ignore|on>] [,format=<enum>] [,import-from=<source volume>] [,iops=<iops>] [,iops_max=<iops>] [,iops_max_length=<seconds>] [,iops_rd=<iops>] [,iops_rd_max=<iops>] [,iops_rd_max_length=<seconds>] [,iops_wr=<iops>] [,iops_wr_max=<iops>] [,iops_wr_max_length=<seconds>] [,mbps=<mbps>] [,mbps_max=<mbps>] [,mbps_rd=<mbps>] [,mbps_rd_max=<mbps>] [,mbps_wr=<mbps>] [,mbps_wr_max=<mbps>] [,media=<cdrom|disk>] [,model=<model>] [,replicate=<1|0>] [,rerror=<ignore|report|stop>] [,serial=<serial>] [,shared=<1|0>] [,size=<DiskSize>] [,snapshot=<1|0>] [,ssd=<1|0>] [,werror=<enum>] [,wwn=<wwn>]``.
                Indexed: ``{0: …, …}`` sends ``ide0`` … ``ide3``; where the operation deletes, ``None`` deletes a member (``delete=ide0``).
            ipconfig: cloud-init: Specify IP addresses and gateways for the corresponding interface.

                IP addresses use CIDR notation, gateways are optional but need an IP of the same type specified.

                The special string 'dhcp' can be used for IP addresses to use DHCP, in which case no explicit
                gateway should be provided.
                For IPv6 the special string 'auto' can be used to use stateless autoconfiguration. This requires
                cloud-init 19.4 or newer.

                If cloud-init is enabled and neither an IPv4 nor an IPv6 address is specified, it defaults to using
                dhcp on IPv4.
                Format: ``pve-qm-ipconfig``.
                Indexed: ``{0: …, …}`` sends ``ipconfig0`` … ``ipconfig31``; where the operation deletes, ``None`` deletes a member (``delete=ipconfig0``).
            net: Specify network devices.
                Syntax: ``[model=]<enum> [,bridge=<bridge>] [,firewall=<1|0>] [,link_down=<1|0>] [,macaddr=<XX:XX:XX:XX:XX:XX>] [,mtu=<integer>] [,queues=<integer>] [,rate=<number>] [,tag=<integer>] [,trunks=<vlanid[;vlanid...]>] [,<model>=<macaddr>]``.
                Indexed: ``{0: …, …}`` sends ``net0`` … ``net31``; where the operation deletes, ``None`` deletes a member (``delete=net0``).
            numa_n: NUMA topology.
                Syntax: ``cpus=<id[-id];...> [,hostnodes=<id[-id];...>] [,memory=<number>] [,policy=<preferred|bind|interleave>]``.
                Indexed: ``{0: …, …}`` sends ``numa0`` … ``numa7``; where the operation deletes, ``None`` deletes a member (``delete=numa0``).
            parallel: Map host parallel devices (n is 0 to 2).
                Pattern: ``^/dev/parport\\d+|/dev/usb/lp\\d+$``.
                Indexed: ``{0: …, …}`` sends ``parallel0`` … ``parallel2``; where the operation deletes, ``None`` deletes a member (``delete=parallel0``).
            sata: Use volume as SATA hard disk or CD-ROM (n is 0 to 5). Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume. Use STORAGE_ID:0 and the 'import-from' parameter to import from an existing volume.
                Syntax: ``[file=]<volume> [,aio=<native|threads|io_uring>] [,backup=<1|0>] [,bps=<bps>] [,bps_max_length=<seconds>] [,bps_rd=<bps>] [,bps_rd_max_length=<seconds>] [,bps_wr=<bps>] [,bps_wr_max_length=<seconds>] [,cache=<enum>] [,detect_zeroes=<1|0>] [,discard=<ignore|on>] [,format=<enum>] [,import-from=<source volume>] [,iops=<iops>] [,iops_max=<iops>] [,iops_max_length=<seconds>] [,iops_rd=<iops>] [,iops_rd_max=<iops>] [,iops_rd_max_length=<seconds>] [,iops_wr=<iops>] [,iops_wr_max=<iops>] [,iops_wr_max_length=<seconds>] [,mbps=<mbps>] [,mbps_max=<mbps>] [,mbps_rd=<mbps>] [,mbps_rd_max=<mbps>] [,mbps_wr=<mbps>] [,mbps_wr_max=<mbps>] [,media=<cdrom|disk>] [,replicate=<1|0>] [,rerror=<ignore|report|stop>] [,serial=<serial>] [,shared=<1|0>] [,size=<DiskSize>] [,snapshot=<1|0>] [,ssd=<1|0>] [,werror=<enum>] [,wwn=<wwn>]``.
                Indexed: ``{0: …, …}`` sends ``sata0`` … ``sata5``; where the operation deletes, ``None`` deletes a member (``delete=sata0``).
            scsi: Use volume as SCSI hard disk or CD-ROM (n is 0 to 30). Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume. Use STORAGE_ID:0 and the 'import-from' parameter to import from an existing volume.
                Syntax: ``[file=]<volume> [,aio=<native|threads|io_uring>] [,backup=<1|0>] [,bps=<bps>] [,bps_max_length=<seconds>] [,bps_rd=<bps>] [,bps_rd_max_length=<seconds>] [,bps_wr=<bps>] [,bps_wr_max_length=<seconds>] [,cache=<enum>] [,detect_zeroes=<1|0>] [,discard=<ignore|on>] [,format=<enum>] [,import-from=<source volume>] [,iops=<iops>] [,iops_max=<iops>] [,iops_max_length=<seconds>] [,iops_rd=<iops>] [,iops_rd_max=<iops>] [,iops_rd_max_length=<seconds>] [,iops_wr=<iops>] [,iops_wr_max=<iops>] [,iops_wr_max_length=<seconds>] [,iothread=<1|0>] [,mbps=<mbps>] [,mbps_max=<mbps>] [,mbps_rd=<mbps>] [,mbps_rd_max=<mbps>] [,mbps_wr=<mbps>] [,mbps_wr_max=<mbps>] [,media=<cdrom|disk>] [,product=<product>] [,queues=<integer>] [,replicate=<1|0>] [,rerror=<ignore|report|stop>] [,ro=<1|0>] [,scsiblock=<1|0>] [,serial=<serial>] [,shared=<1|0>] [,size=<DiskSize>] [,snapshot=<1|0>] [,ssd=<1|0>] [,vendor=<vendor>] [,werror=<enum>] [,wwn=<wwn>]``.
                Indexed: ``{0: …, …}`` sends ``scsi0`` … ``scsi30``; where the operation deletes, ``None`` deletes a member (``delete=scsi0``).
            serial: Create a serial device inside the VM (n is 0 to 3)
                Pattern: ``^(/dev/[^,]+|socket)$``.
                Indexed: ``{0: …, …}`` sends ``serial0`` … ``serial3``; where the operation deletes, ``None`` deletes a member (``delete=serial0``).
            unused: Reference to unused volumes. This is used internally, and should not be modified manually.
                Syntax: ``[file=]<volume>``.
                Indexed: ``{0: …, …}`` sends ``unused0`` … ``unused255``; where the operation deletes, ``None`` deletes a member (``delete=unused0``).
            usb: Configure an USB device (n is 0 to 4, for machine version >= 7.1 and ostype l26 or windows > 7, n can be up to 14).
                Syntax: ``[[host=]<HOSTUSBDEVICE|spice>] [,mapping=<mapping-id>] [,usb3=<1|0>]``.
                Indexed: ``{0: …, …}`` sends ``usb0`` … ``usb13``; where the operation deletes, ``None`` deletes a member (``delete=usb0``).
            virtio: Use volume as VIRTIO hard disk (n is 0 to 15). Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume. Use STORAGE_ID:0 and the 'import-from' parameter to import from an existing volume.
                Syntax: ``[file=]<volume> [,aio=<native|threads|io_uring>] [,backup=<1|0>] [,bps=<bps>] [,bps_max_length=<seconds>] [,bps_rd=<bps>] [,bps_rd_max_length=<seconds>] [,bps_wr=<bps>] [,bps_wr_max_length=<seconds>] [,cache=<enum>] [,detect_zeroes=<1|0>] [,discard=<ignore|on>] [,format=<enum>] [,import-from=<source volume>] [,iops=<iops>] [,iops_max=<iops>] [,iops_max_length=<seconds>] [,iops_rd=<iops>] [,iops_rd_max=<iops>] [,iops_rd_max_length=<seconds>] [,iops_wr=<iops>] [,iops_wr_max=<iops>] [,iops_wr_max_length=<seconds>] [,iothread=<1|0>] [,mbps=<mbps>] [,mbps_max=<mbps>] [,mbps_rd=<mbps>] [,mbps_rd_max=<mbps>] [,mbps_wr=<mbps>] [,mbps_wr_max=<mbps>] [,media=<cdrom|disk>] [,replicate=<1|0>] [,rerror=<ignore|report|stop>] [,ro=<1|0>] [,serial=<serial>] [,shared=<1|0>] [,size=<DiskSize>] [,snapshot=<1|0>] [,werror=<enum>]``.
                Indexed: ``{0: …, …}`` sends ``virtio0`` … ``virtio15``; where the operation deletes, ``None`` deletes a member (``delete=virtio0``).
            virtiofs: Configuration for sharing a directory between host and guest using Virtio-fs.
                Proxmox VE: New in 8.3.
                Syntax: ``[dirid=]<mapping-id> [,cache=<enum>] [,direct-io=<1|0>] [,expose-acl=<1|0>] [,expose-xattr=<1|0>]``.
                Indexed: ``{0: …, …}`` sends ``virtiofs0`` … ``virtiofs9``; where the operation deletes, ``None`` deletes a member (``delete=virtiofs0``).

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            You need 'VM.Allocate' permissions on /vms/{vmid} or on the VM pool /pool/{pool}. For restore (option 'archive'), it is enough if the user has 'VM.Backup' permission and the VM already exists. If you create disks you need 'Datastore.AllocateSpace' on any used storage.If you use a bridge/vlan, you need 'SDN.Use' on any used bridge/vlan.
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu`` (``create_vm``)."""
        cipassword = _secret(cipassword)
        params = {
            "vmid": vmid,
            "acpi": acpi,
            "affinity": affinity,
            "agent": agent,
            "allow-ksm": allow_ksm,
            "amd-sev": amd_sev,
            "arch": arch,
            "archive": archive,
            "args": args,
            "audio0": audio0,
            "autostart": autostart,
            "balloon": balloon,
            "bios": bios,
            "boot": boot,
            "bootdisk": bootdisk,
            "bwlimit": bwlimit,
            "cdrom": cdrom,
            "cicustom": cicustom,
            "cipassword": cipassword,
            "citype": citype,
            "ciupgrade": ciupgrade,
            "ciuser": ciuser,
            "cores": cores,
            "cpu": cpu,
            "cpulimit": cpulimit,
            "cpuunits": cpuunits,
            "description": description,
            "efidisk0": efidisk0,
            "force": force,
            "freeze": freeze,
            "ha-managed": ha_managed,
            "hookscript": _checked("pve-volume-id", "hookscript", hookscript),
            "hotplug": hotplug,
            "hugepages": hugepages,
            "import-working-storage": _checked(
                "pve-storage-id", "import-working-storage", import_working_storage
            ),
            "intel-tdx": intel_tdx,
            "ivshmem": ivshmem,
            "keephugepages": keephugepages,
            "keyboard": keyboard,
            "kvm": kvm,
            "live-restore": live_restore,
            "localtime": localtime,
            "lock": lock,
            "machine": machine,
            "memory": memory,
            "migrate_downtime": migrate_downtime,
            "migrate_speed": migrate_speed,
            "name": name,
            "nameserver": _join(nameserver),
            "numa": numa,
            "onboot": onboot,
            "ostype": ostype,
            "pool": pool,
            "protection": protection,
            "reboot": reboot,
            "rng0": rng0,
            "scsihw": scsihw,
            "searchdomain": searchdomain,
            "shares": shares,
            "smbios1": smbios1,
            "smp": smp,
            "sockets": sockets,
            "spice_enhancements": spice_enhancements,
            "sshkeys": _urlencoded(sshkeys),
            "start": start,
            "startdate": startdate,
            "startup": startup,
            "storage": _checked("pve-storage-id", "storage", storage),
            "tablet": tablet,
            "tags": _join(tags),
            "tdf": tdf,
            "template": template,
            "tpmstate0": tpmstate0,
            "unique": unique,
            "vcpus": vcpus,
            "vga": vga,
            "vmgenid": vmgenid,
            "vmstatestorage": _checked("pve-storage-id", "vmstatestorage", vmstatestorage),
            "watchdog": watchdog,
            "hostpci[n]": _family(hostpci, 0, 15),
            "ide[n]": _family(ide, 0, 3),
            "ipconfig[n]": _family(ipconfig, 0, 31),
            "net[n]": _family(net, 0, 31),
            "numa[n]": _family(numa_n, 0, 7),
            "parallel[n]": _family(parallel, 0, 2),
            "sata[n]": _family(sata, 0, 5),
            "scsi[n]": _family(scsi, 0, 30),
            "serial[n]": _family(serial, 0, 3),
            "unused[n]": _family(unused, 0, 255),
            "usb[n]": _family(usb, 0, 13),
            "virtio[n]": _family(virtio, 0, 15),
            "virtiofs[n]": _family(virtiofs, 0, 9),
        }
        return _task(self._client._call("POST", self._path, params, _R1), self._client)


class NodesNodeQemuVmid(SyncPath):
    """``/nodes/{node}/qemu/{vmid}`` ({vmid})

    ``GET``: Directory index
    ``DELETE``: Destroy the VM and  all used/owned volumes. Removes any VM specific permissions and firewall rules"""

    __slots__ = ()

    @property
    def agent(self) -> _nodes_qemu_agent.NodesNodeQemuVmidAgent:
        """QEMU Guest Agent command index."""
        from . import nodes_qemu_agent as _nodes_qemu_agent

        return _nodes_qemu_agent.NodesNodeQemuVmidAgent(self._client, self._path + "/agent")

    @property
    def clone(self) -> NodesNodeQemuVmidClone:
        """Create a copy of virtual machine/template."""
        return NodesNodeQemuVmidClone(self._client, self._path + "/clone")

    @property
    def cloudinit(self) -> NodesNodeQemuVmidCloudinit:
        """Get the cloudinit configuration with both current and pending values."""
        return NodesNodeQemuVmidCloudinit(self._client, self._path + "/cloudinit")

    @property
    def config(self) -> NodesNodeQemuVmidConfig:
        """Get the virtual machine configuration with pending configuration changes applied. Set the 'current' parameter to get the current configuration instead."""
        return NodesNodeQemuVmidConfig(self._client, self._path + "/config")

    @property
    def dbus_vmstate(self) -> NodesNodeQemuVmidDbusVmstate:
        """Control the dbus-vmstate helper for a given running VM."""
        return NodesNodeQemuVmidDbusVmstate(self._client, self._path + "/dbus-vmstate")

    @property
    def feature(self) -> NodesNodeQemuVmidFeature:
        """Check if feature for virtual machine is available."""
        return NodesNodeQemuVmidFeature(self._client, self._path + "/feature")

    @property
    def firewall(self) -> _nodes_qemu_firewall.NodesNodeQemuVmidFirewall:
        """Directory index."""
        from . import nodes_qemu_firewall as _nodes_qemu_firewall

        return _nodes_qemu_firewall.NodesNodeQemuVmidFirewall(
            self._client, self._path + "/firewall"
        )

    @property
    def migrate(self) -> NodesNodeQemuVmidMigrate:
        """Get preconditions for migration."""
        return NodesNodeQemuVmidMigrate(self._client, self._path + "/migrate")

    @property
    def monitor(self) -> NodesNodeQemuVmidMonitor:
        """Execute QEMU monitor commands."""
        return NodesNodeQemuVmidMonitor(self._client, self._path + "/monitor")

    @property
    def move_disk(self) -> NodesNodeQemuVmidMoveDisk:
        """Move volume to different storage or to a different VM."""
        return NodesNodeQemuVmidMoveDisk(self._client, self._path + "/move_disk")

    @property
    def mtunnel(self) -> NodesNodeQemuVmidMtunnel:
        """Migration tunnel endpoint - only for internal use by VM migration."""
        return NodesNodeQemuVmidMtunnel(self._client, self._path + "/mtunnel")

    @property
    def mtunnelwebsocket(self) -> NodesNodeQemuVmidMtunnelwebsocket:
        """Migration tunnel endpoint for websocket upgrade - only for internal use by VM migration."""
        return NodesNodeQemuVmidMtunnelwebsocket(self._client, self._path + "/mtunnelwebsocket")

    @property
    def pending(self) -> NodesNodeQemuVmidPending:
        """Get the virtual machine configuration with both current and pending values."""
        return NodesNodeQemuVmidPending(self._client, self._path + "/pending")

    @property
    def remote_migrate(self) -> NodesNodeQemuVmidRemoteMigrate:
        """Migrate virtual machine to a remote cluster. Creates a new migration task. EXPERIMENTAL feature!"""
        return NodesNodeQemuVmidRemoteMigrate(self._client, self._path + "/remote_migrate")

    @property
    def resize(self) -> NodesNodeQemuVmidResize:
        """Extend volume size."""
        return NodesNodeQemuVmidResize(self._client, self._path + "/resize")

    @property
    def rrd(self) -> NodesNodeQemuVmidRrd:
        """Read VM RRD statistics (returns PNG)"""
        return NodesNodeQemuVmidRrd(self._client, self._path + "/rrd")

    @property
    def rrddata(self) -> NodesNodeQemuVmidRrddata:
        """Read VM RRD statistics"""
        return NodesNodeQemuVmidRrddata(self._client, self._path + "/rrddata")

    @property
    def sendkey(self) -> NodesNodeQemuVmidSendkey:
        """Send key event to virtual machine."""
        return NodesNodeQemuVmidSendkey(self._client, self._path + "/sendkey")

    @property
    def snapshot(self) -> _nodes_qemu_snapshot.NodesNodeQemuVmidSnapshot:
        """List all snapshots."""
        from . import nodes_qemu_snapshot as _nodes_qemu_snapshot

        return _nodes_qemu_snapshot.NodesNodeQemuVmidSnapshot(
            self._client, self._path + "/snapshot"
        )

    @property
    def spiceproxy(self) -> NodesNodeQemuVmidSpiceproxy:
        """Returns a SPICE configuration to connect to the VM."""
        return NodesNodeQemuVmidSpiceproxy(self._client, self._path + "/spiceproxy")

    @property
    def status(self) -> _nodes_qemu_status.NodesNodeQemuVmidStatus:
        """Directory index"""
        from . import nodes_qemu_status as _nodes_qemu_status

        return _nodes_qemu_status.NodesNodeQemuVmidStatus(self._client, self._path + "/status")

    @property
    def template(self) -> NodesNodeQemuVmidTemplate:
        """Create a Template."""
        return NodesNodeQemuVmidTemplate(self._client, self._path + "/template")

    @property
    def termproxy(self) -> NodesNodeQemuVmidTermproxy:
        """Creates a TCP proxy connections."""
        return NodesNodeQemuVmidTermproxy(self._client, self._path + "/termproxy")

    @property
    def unlink(self) -> NodesNodeQemuVmidUnlink:
        """Unlink/delete disk images."""
        return NodesNodeQemuVmidUnlink(self._client, self._path + "/unlink")

    @property
    def vncproxy(self) -> NodesNodeQemuVmidVncproxy:
        """Creates a TCP VNC proxy connections."""
        return NodesNodeQemuVmidVncproxy(self._client, self._path + "/vncproxy")

    @property
    def vncwebsocket(self) -> NodesNodeQemuVmidVncwebsocket:
        """Opens a websocket for VNC traffic."""
        return NodesNodeQemuVmidVncwebsocket(self._client, self._path + "/vncwebsocket")

    def get(self) -> list[NodesNodeQemuVmidGetResultItem]:
        """Directory index

        Returns:
            ``list[NodesNodeQemuVmidGetResultItem]``

        Permissions:
            User: all

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/qemu/{vmid}`` (``vmdiridx``)."""
        return self._client._call("GET", self._path, {}, _R2)

    def delete(
        self,
        *,
        destroy_unreferenced_disks: bool | None = None,
        purge: bool | None = None,
        skiplock: bool | None = None,
    ) -> Task:
        """Destroy the VM and  all used/owned volumes. Removes any VM specific permissions and firewall rules

        Args:
            destroy_unreferenced_disks: If set, destroy additionally all disks not referenced in the config but with a matching VMID from all enabled storages.
                Default: ``0``.
            purge: Remove VMID from configurations, like backup & replication jobs and HA.
            skiplock: Ignore locks - only root is allowed to use this option.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Allocate]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/qemu/{vmid}`` (``destroy_vm``)."""
        params = {
            "destroy-unreferenced-disks": destroy_unreferenced_disks,
            "purge": purge,
            "skiplock": skiplock,
        }
        return _task(self._client._call("DELETE", self._path, params, _R3), self._client)


class NodesNodeQemuVmidClone(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/clone`` (clone)

    ``POST``: Create a copy of virtual machine/template."""

    __slots__ = ()

    def post(
        self,
        *,
        newid: int,
        bwlimit: int | None = None,
        description: str | None = None,
        format: Literal["raw", "qcow2", "vmdk"] | None = None,
        full: bool | None = None,
        name: str | None = None,
        pool: str | None = None,
        snapname: str | None = None,
        storage: str | None = None,
        target: str | None = None,
    ) -> Task:
        """Create a copy of virtual machine/template.

        Args:
            newid: VMID for the clone.
                Range: 100 to 999999999.
                Format: ``pve-vmid``.
            bwlimit: Override I/O bandwidth limit (in KiB/s).
                Default: clone limit from datacenter or storage config.
            description: Description for the new VM.
            format: Target format for file storage. Only valid for full clone.
            full: Create a full copy of all disks. This is always done when you clone a normal VM. For VM templates, we try to create a linked clone by default.
            name: Set a name for the new VM.
                Format: ``dns-name``.
            pool: Add the new VM to the specified pool.
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
            You need 'VM.Clone' permissions on /vms/{vmid}, and 'VM.Allocate' permissions on /vms/{newid} (or on the VM pool /pool/{pool}). You also need 'Datastore.AllocateSpace' on any used storage and 'SDN.Use' on any used bridge/vnet
            Check: ``[and, [perm, /vms/{vmid}, [VM.Clone]], [or, [perm, /vms/{newid}, [VM.Allocate]], [perm, /pool/{pool}, [VM.Allocate], require_param, pool]]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/clone`` (``clone_vm``)."""
        params = {
            "newid": newid,
            "bwlimit": bwlimit,
            "description": description,
            "format": format,
            "full": full,
            "name": name,
            "pool": pool,
            "snapname": snapname,
            "storage": _checked("pve-storage-id", "storage", storage),
            "target": target,
        }
        return _task(self._client._call("POST", self._path, params, _R4), self._client)


class NodesNodeQemuVmidCloudinit(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/cloudinit`` (cloudinit)

    ``GET``: Get the cloudinit configuration with both current and pending values.
    ``PUT``: Regenerate and change cloudinit config drive."""

    __slots__ = ()

    @property
    def dump(self) -> NodesNodeQemuVmidCloudinitDump:
        """Get automatically generated cloudinit config."""
        return NodesNodeQemuVmidCloudinitDump(self._client, self._path + "/dump")

    def get(self) -> list[NodesQemuCloudinitGetResultItem]:
        """Get the cloudinit configuration with both current and pending values.

        Returns:
            ``list[NodesQemuCloudinitGetResultItem]``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Audit]]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/qemu/{vmid}/cloudinit`` (``cloudinit_pending``)."""
        return self._client._call("GET", self._path, {}, _R5)

    def put(self) -> None:
        """Regenerate and change cloudinit config drive.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Config.Cloudinit]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/qemu/{vmid}/cloudinit`` (``cloudinit_update``)."""
        return self._client._call("PUT", self._path, {}, _R6)


class NodesNodeQemuVmidCloudinitDump(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/cloudinit/dump`` (dump)

    ``GET``: Get automatically generated cloudinit config."""

    __slots__ = ()

    def get(
        self,
        *,
        type: Literal["user", "network", "meta"],
    ) -> str:
        """Get automatically generated cloudinit config.

        Args:
            type: Config type.

        Returns:
            ``str``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Audit]]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/qemu/{vmid}/cloudinit/dump`` (``cloudinit_generated_config_dump``)."""
        params = {
            "type": type,
        }
        return self._client._call("GET", self._path, params, _R7)


class NodesNodeQemuVmidConfig(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/config`` (config)

    ``GET``: Get the virtual machine configuration with pending configuration changes applied. Set the 'current' parameter to get the current configuration instead.
    ``POST``: Set virtual machine options (asynchronous API).
    ``PUT``: Set virtual machine options (synchronous API) - You should consider using the POST method instead for any actions involving hotplug or storage allocation."""

    __slots__ = ()

    def get(
        self,
        *,
        current: bool | None = None,
        snapshot: str | None = None,
    ) -> NodesQemuConfigGetResult:
        """Get the virtual machine configuration with pending configuration changes applied. Set the 'current' parameter to get the current configuration instead.

        Args:
            current: Get current values (instead of pending values).
                Default: ``0``.
            snapshot: Fetch config values from given snapshot.
                Length: 0 to 40.
                Format: ``pve-configid``.

        Returns:
            ``NodesQemuConfigGetResult``: The VM configuration.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Audit]]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/qemu/{vmid}/config`` (``vm_config``)."""
        params = {
            "current": current,
            "snapshot": snapshot,
        }
        return self._client._call("GET", self._path, params, _R8)

    def post(
        self,
        *,
        acpi: bool | None = None,
        affinity: str | None = None,
        agent: Agent | str | None = None,
        allow_ksm: bool | None = None,
        amd_sev: AmdSev | str | None = None,
        arch: Literal["x86_64", "aarch64"] | None = None,
        args: str | None = None,
        audio0: Audio0 | str | None = None,
        autostart: bool | None = None,
        background_delay: int | None = None,
        balloon: int | None = None,
        bios: Literal["seabios", "ovmf"] | None = None,
        boot: Boot | str | None = None,
        bootdisk: str | None = None,
        cdrom: str | None = None,
        cicustom: Cicustom | str | None = None,
        cipassword: str | None = None,
        citype: Literal["configdrive2", "nocloud", "opennebula"] | None = None,
        ciupgrade: bool | None = None,
        ciuser: str | None = None,
        cores: int | None = None,
        cpu: Cpu | str | None = None,
        cpulimit: float | None = None,
        cpuunits: int | None = None,
        delete: str | Sequence[str] | None = None,
        description: str | None = None,
        digest: str | None = None,
        efidisk0: Efidisk0 | str | None = None,
        force: bool | None = None,
        freeze: bool | None = None,
        hookscript: str | None = None,
        hotplug: str | None = None,
        hugepages: Literal["any", "2", "1024"] | None = None,
        import_working_storage: str | None = None,
        intel_tdx: IntelTdx | str | None = None,
        ivshmem: Ivshmem | str | None = None,
        keephugepages: bool | None = None,
        keyboard: Literal[
            "de",
            "de-ch",
            "da",
            "en-gb",
            "en-us",
            "es",
            "fi",
            "fr",
            "fr-be",
            "fr-ca",
            "fr-ch",
            "hu",
            "is",
            "it",
            "ja",
            "lt",
            "mk",
            "nl",
            "no",
            "pl",
            "pt",
            "pt-br",
            "sv",
            "sl",
            "tr",
        ]
        | None = None,
        kvm: bool | None = None,
        localtime: bool | None = None,
        lock: Literal[
            "backup",
            "clone",
            "create",
            "migrate",
            "rollback",
            "snapshot",
            "snapshot-delete",
            "suspending",
            "suspended",
        ]
        | None = None,
        machine: Machine | str | None = None,
        memory: Memory | str | None = None,
        migrate_downtime: float | None = None,
        migrate_speed: int | None = None,
        name: str | None = None,
        nameserver: str | Sequence[str] | None = None,
        numa: bool | None = None,
        onboot: bool | None = None,
        ostype: Literal[
            "other",
            "wxp",
            "w2k",
            "w2k3",
            "w2k8",
            "wvista",
            "win7",
            "win8",
            "win10",
            "win11",
            "l24",
            "l26",
            "solaris",
        ]
        | None = None,
        protection: bool | None = None,
        reboot: bool | None = None,
        revert: str | Sequence[str] | None = None,
        rng0: Rng0 | str | None = None,
        scsihw: Literal[
            "lsi", "lsi53c810", "virtio-scsi-pci", "virtio-scsi-single", "megasas", "pvscsi"
        ]
        | None = None,
        searchdomain: str | None = None,
        shares: int | None = None,
        skiplock: bool | None = None,
        smbios1: Smbios1 | str | None = None,
        smp: int | None = None,
        sockets: int | None = None,
        spice_enhancements: SpiceEnhancements | str | None = None,
        sshkeys: str | None = None,
        startdate: str | None = None,
        startup: Startup | str | None = None,
        tablet: bool | None = None,
        tags: str | Sequence[str] | None = None,
        tdf: bool | None = None,
        template: bool | None = None,
        tpmstate0: Tpmstate0 | str | None = None,
        vcpus: int | None = None,
        vga: Vga | str | None = None,
        vmgenid: str | None = None,
        vmstatestorage: str | None = None,
        watchdog: Watchdog | str | None = None,
        hostpci: Mapping[int, Hostpci | str | None] | None = None,
        ide: Mapping[int, Ide | str | None] | None = None,
        ipconfig: Mapping[int, Ipconfig | str | None] | None = None,
        net: Mapping[int, QemuNet | str | None] | None = None,
        numa_n: Mapping[int, Numa | str | None] | None = None,
        parallel: Mapping[int, str | None] | None = None,
        sata: Mapping[int, Sata | str | None] | None = None,
        scsi: Mapping[int, Scsi | str | None] | None = None,
        serial: Mapping[int, str | None] | None = None,
        unused: Mapping[int, QemuUnused | str | None] | None = None,
        usb: Mapping[int, Usb | str | None] | None = None,
        virtio: Mapping[int, Virtio | str | None] | None = None,
        virtiofs: Mapping[int, Virtiofs | str | None] | None = None,
    ) -> Task | None:
        """Set virtual machine options (asynchronous API).

        Args:
            acpi: Enable/disable ACPI.
                Default: ``1``.
            affinity: List of host cores used to execute guest processes, for example: 0,5,8-11
                Format: ``pve-cpuset``.
            agent: Enable/disable communication with the QEMU Guest Agent and its properties.
                Syntax: ``[enabled=]<1|0> [,freeze-fs=<1|0>] [,fstrim_cloned_disks=<1|0>] [,type=<virtio|isa>]``.
            allow_ksm: Allow memory pages of this guest to be merged via KSM (Kernel Samepage Merging).
                Proxmox VE: New in 9.1.
                Default: ``1``.
            amd_sev: Secure Encrypted Virtualization (SEV) features by AMD CPUs
                Proxmox VE: New in 8.2.
                Format: ``pve-qemu-sev-fmt``.
            arch: Virtual processor architecture. Defaults to the host architecture.
            args: Arbitrary arguments passed to kvm.
            audio0: Configure a audio device, useful in combination with QXL/Spice.
                Syntax: ``device=<ich9-intel-hda|intel-hda|AC97> [,driver=<spice|none>]``.
            autostart: Automatic restart after crash (currently ignored).
                Default: ``0``.
            background_delay: Time to wait for the task to finish. We return 'null' if the task finish within that time.
                Range: 1 to 30.
            balloon: Amount of target RAM for the VM in MiB. The balloon driver is enabled by default, unless it is explicitly disabled by setting the value to zero.
                Range: 0 to inf.
            bios: Select BIOS implementation.
                Default: ``seabios``.
            boot: Specify guest boot order. Use the 'order=' sub-property as usage with no key or 'legacy=' is deprecated.
                Format: ``pve-qm-boot``.
            bootdisk: Enable booting from specified disk. Deprecated: Use 'boot: order=foo;bar' instead.
                Pattern: ``^(ide|sata|scsi|virtio)\\d+$``.
                Format: ``pve-qm-bootdisk``.
            cdrom: This is an alias for option -ide2
                Format: ``pve-qm-ide``.
            cicustom: cloud-init: Specify custom files to replace the automatically generated ones at start.
                Format: ``pve-qm-cicustom``.
            cipassword: cloud-init: Password to assign the user. Using this is generally not recommended. Use ssh keys instead. Also note that older cloud-init versions do not support hashed passwords.
            citype: Specifies the cloud-init configuration format. The default depends on the configured operating system type (`ostype`. We use the `nocloud` format for Linux, and `configdrive2` for windows.
            ciupgrade: cloud-init: do an automatic package upgrade after the first boot.
                Proxmox VE: New in 8.0.
                Default: ``1``.
            ciuser: cloud-init: User name to change ssh keys and password for instead of the image's configured default user.
            cores: The number of cores per socket.
                Range: 1 to inf.
                Default: ``1``.
            cpu: Emulated CPU type.
                Format: ``pve-vm-cpu-conf``.
            cpulimit: Limit of CPU usage.
                Range: 0 to 128.
                Default: ``0``.
            cpuunits: CPU weight for a VM, will be clamped to [1, 10000] in cgroup v2.
                Range: 1 to 262144.
                Default: cgroup v1: 1024, cgroup v2: 100.
            delete: A list of settings you want to delete.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            description: Description for the VM. Shown in the web-interface VM's summary. This is saved as comment inside the configuration file.
                Length: 0 to 8192.
            digest: Prevent changes if current configuration file has different SHA1 digest. This can be used to prevent concurrent modifications.
                Length: 0 to 40.
            efidisk0: Configure a disk for storing EFI vars. Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume. Note that SIZE_IN_GiB is ignored here and that the default EFI vars are copied to the volume instead. Use STORAGE_ID:0 and the 'import-from' parameter to import from an existing volume.
                Syntax: ``[file=]<volume> [,efitype=<2m|4m>] [,format=<enum>] [,import-from=<source volume>] [,ms-cert=<enum>] [,pre-enrolled-keys=<1|0>] [,size=<DiskSize>]``.
            force: Force physical removal. Without this, we simple remove the disk from the config file and create an additional configuration entry called 'unused[n]', which contains the volume ID. Unlink of unused[n] always cause physical removal.
            freeze: Freeze CPU at startup (use 'c' monitor command to start execution).
            hookscript: Script that will be executed during various steps in the vms lifetime.
                Format: ``pve-volume-id``.
            hotplug: Selectively enable hotplug features. This is a comma separated list of hotplug features: 'network', 'disk', 'cpu', 'memory', 'usb' and 'cloudinit'. Use '0' to disable hotplug completely. Using '1' as value is an alias for the default `network,disk,usb`. USB hotplugging is possible for guests with machine version >= 7.1 and ostype l26 or windows > 7.
                Format: ``pve-hotplug-features``.
                Default: ``network,disk,usb``.
            hugepages: Enables hugepages memory.

                Sets the size of hugepages in MiB. If the value is set to 'any' then 1 GiB hugepages will be used if possible, otherwise the size will fall back to 2 MiB.
            import_working_storage: A file-based storage with 'images' content-type enabled, which is used as an intermediary extraction storage during import. Defaults to the source storage.
                Proxmox VE: New in 8.2.
                Format: ``pve-storage-id``.
            intel_tdx: Trusted Domain Extension (TDX) features by Intel CPUs
                Proxmox VE: New in 9.1.
                Format: ``pve-qemu-tdx-fmt``.
            ivshmem: Inter-VM shared memory. Useful for direct communication between VMs, or to the host.
                Syntax: ``size=<integer> [,name=<string>]``.
            keephugepages: Use together with hugepages. If enabled, hugepages will not not be deleted after VM shutdown and can be used for subsequent starts.
                Default: ``0``.
            keyboard: Keyboard layout for VNC server. This option is generally not required and is often better handled from within the guest OS.
                Default: None.
            kvm: Enable/disable KVM hardware virtualization.
                Default: ``1``.
            localtime: Set the real time clock (RTC) to local time. This is enabled by default if the `ostype` indicates a Microsoft Windows OS.
            lock: Lock/unlock the VM.
            machine: Specify the QEMU machine.
                Syntax: ``[[type=]<machine type>] [,aw-bits=<number>] [,enable-s3=<1|0>] [,enable-s4=<1|0>] [,viommu=<intel|virtio>]``.
            memory: Memory properties.
                Syntax: ``[current=]<integer>``.
            migrate_downtime: Set maximum tolerated downtime (in seconds) for migrations. Should the migration not be able to converge in the very end, because too much newly dirtied RAM needs to be transferred, the limit will be increased automatically step-by-step until migration can converge. Will be capped to 2000 seconds (maximum in QEMU).
                Range: 0 to inf.
                Default: ``0.1``.
            migrate_speed: Set maximum speed (in MB/s) for migrations. Value 0 is no limit.
                Range: 0 to inf.
                Default: ``0``.
            name: Set a name for the VM. Only used on the configuration web interface.
                Format: ``dns-name``.
            nameserver: cloud-init: Sets DNS server IP address for a container. Create will automatically use the setting from the host if neither searchdomain nor nameserver are set.
                Format: ``address-list``.
                Syntax: ``<string>``.
            numa: Enable/disable NUMA.
                Default: ``0``.
            onboot: Specifies whether a VM will be started during system bootup.
                Default: ``0``.
            ostype: Specify guest operating system.
                Default: ``other``.
            protection: Sets the protection flag of the VM. This will disable the remove VM and remove disk operations.
                Default: ``0``.
            reboot: Allow reboot. If set to '0' the VM exit on reboot.
                Default: ``1``.
            revert: Revert a pending change.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            rng0: Configure a VirtIO-based Random Number Generator.
                Format: ``pve-qm-rng``.
            scsihw: SCSI controller model
                Default: ``lsi``.
            searchdomain: cloud-init: Sets DNS search domains for a container. Create will automatically use the setting from the host if neither searchdomain nor nameserver are set.
            shares: Amount of memory shares for auto-ballooning. The larger the number is, the more memory this VM gets. Number is relative to weights of all other running VMs. Using zero disables auto-ballooning. Auto-ballooning is done by pvestatd.
                Range: 0 to 50000.
                Default: ``1000``.
            skiplock: Ignore locks - only root is allowed to use this option.
            smbios1: Specify SMBIOS type 1 fields.
                Length: 0 to 512.
                Format: ``pve-qm-smbios1``.
            smp: The number of CPUs. Please use option -sockets instead.
                Range: 1 to inf.
                Default: ``1``.
            sockets: The number of CPU sockets.
                Range: 1 to inf.
                Default: ``1``.
            spice_enhancements: Configure additional enhancements for SPICE.
                Syntax: ``[foldersharing=<1|0>] [,videostreaming=<off|all|filter>]``.
            sshkeys: cloud-init: Setup public SSH keys (one key per line, OpenSSH format).
                Format: ``urlencoded``.
                Pass plain text: pvesdk percent-encodes it as Proxmox expects.
            startdate: Set the initial date of the real time clock. Valid format for date are:'now' or '2006-06-17T16:01:21' or '2006-06-17'.
                Pattern: ``^(now|\\d{4}-\\d{1,2}-\\d{1,2}(T\\d{1,2}:\\d{1,2}:\\d{1,2})?)$``.
                Default: ``now``.
            startup: Startup and shutdown behavior. Order is a non-negative number defining the general startup order. Shutdown in done with reverse ordering. Additionally you can set the 'up' or 'down' delay in seconds, which specifies a delay to wait before the next VM is started or stopped.
                Format: ``pve-startup-order``.
            tablet: Enable/disable the USB tablet device.
                Default: ``1``.
            tags: Tags of the VM. This is only meta information.
                Format: ``pve-tag-list``.
                Syntax: ``<string>``.
            tdf: Enable/disable time drift fix.
                Default: ``0``.
            template: Enable/disable Template.
                Default: ``0``.
            tpmstate0: Configure a Disk for storing TPM state. The format is fixed to 'raw'. Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume. Note that SIZE_IN_GiB is ignored here and 4 MiB will be used instead. Use STORAGE_ID:0 and the 'import-from' parameter to import from an existing volume.
                Syntax: ``[file=]<volume> [,format=<raw|qcow2|vmdk>] [,import-from=<source volume>] [,size=<DiskSize>] [,version=<v1.2|v2.0>]``.
            vcpus: Number of hotplugged vcpus.
                Range: 1 to inf.
                Default: ``0``.
            vga: Configure the VGA hardware.
                Syntax: ``[[type=]<enum>] [,clipboard=<vnc>] [,memory=<integer>]``.
            vmgenid: Set VM Generation ID. Use '1' to autogenerate on create or update, pass '0' to disable explicitly.
                Pattern: ``^(?:[a-fA-F0-9]{8}(?:-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}|[01])$``.
                Default: ``1 (autogenerated)``.
            vmstatestorage: Default storage for VM state volumes/files.
                Format: ``pve-storage-id``.
            watchdog: Create a virtual hardware watchdog device.
                Format: ``pve-qm-watchdog``.
            hostpci: Map host PCI devices into guest.
                Format: ``pve-qm-hostpci``.
                Indexed: ``{0: …, …}`` sends ``hostpci0`` … ``hostpci15``; where the operation deletes, ``None`` deletes a member (``delete=hostpci0``).
            ide: Use volume as IDE hard disk or CD-ROM (n is 0 to 3). Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume. Use STORAGE_ID:0 and the 'import-from' parameter to import from an existing volume.
                Syntax: ``[file=]<volume> [,aio=<native|threads|io_uring>] [,backup=<1|0>] [,bps=<bps>] [,bps_max_length=<seconds>] [,bps_rd=<bps>] [,bps_rd_max_length=<seconds>] [,bps_wr=<bps>] [,bps_wr_max_length=<seconds>] [,cache=<enum>] [,detect_zeroes=<1|0>] [,discard=<ignore|on>] [,format=<enum>] [,import-from=<source volume>] [,iops=<iops>] [,iops_max=<iops>] [,iops_max_length=<seconds>] [,iops_rd=<iops>] [,iops_rd_max=<iops>] [,iops_rd_max_length=<seconds>] [,iops_wr=<iops>] [,iops_wr_max=<iops>] [,iops_wr_max_length=<seconds>] [,mbps=<mbps>] [,mbps_max=<mbps>] [,mbps_rd=<mbps>] [,mbps_rd_max=<mbps>] [,mbps_wr=<mbps>] [,mbps_wr_max=<mbps>] [,media=<cdrom|disk>] [,model=<model>] [,replicate=<1|0>] [,rerror=<ignore|report|stop>] [,serial=<serial>] [,shared=<1|0>] [,size=<DiskSize>] [,snapshot=<1|0>] [,ssd=<1|0>] [,werror=<enum>] [,wwn=<wwn>]``.
                Indexed: ``{0: …, …}`` sends ``ide0`` … ``ide3``; where the operation deletes, ``None`` deletes a member (``delete=ide0``).
            ipconfig: cloud-init: Specify IP addresses and gateways for the corresponding interface.

                IP addresses use CIDR notation, gateways are optional but need an IP of the same type specified.

                The special string 'dhcp' can be used for IP addresses to use DHCP, in which case no explicit
                gateway should be provided.
                For IPv6 the special string 'auto' can be used to use stateless autoconfiguration. This requires
                cloud-init 19.4 or newer.

                If cloud-init is enabled and neither an IPv4 nor an IPv6 address is specified, it defaults to using
                dhcp on IPv4.
                Format: ``pve-qm-ipconfig``.
                Indexed: ``{0: …, …}`` sends ``ipconfig0`` … ``ipconfig31``; where the operation deletes, ``None`` deletes a member (``delete=ipconfig0``).
            net: Specify network devices.
                Syntax: ``[model=]<enum> [,bridge=<bridge>] [,firewall=<1|0>] [,link_down=<1|0>] [,macaddr=<XX:XX:XX:XX:XX:XX>] [,mtu=<integer>] [,queues=<integer>] [,rate=<number>] [,tag=<integer>] [,trunks=<vlanid[;vlanid...]>] [,<model>=<macaddr>]``.
                Indexed: ``{0: …, …}`` sends ``net0`` … ``net31``; where the operation deletes, ``None`` deletes a member (``delete=net0``).
            numa_n: NUMA topology.
                Syntax: ``cpus=<id[-id];...> [,hostnodes=<id[-id];...>] [,memory=<number>] [,policy=<preferred|bind|interleave>]``.
                Indexed: ``{0: …, …}`` sends ``numa0`` … ``numa7``; where the operation deletes, ``None`` deletes a member (``delete=numa0``).
            parallel: Map host parallel devices (n is 0 to 2).
                Pattern: ``^/dev/parport\\d+|/dev/usb/lp\\d+$``.
                Indexed: ``{0: …, …}`` sends ``parallel0`` … ``parallel2``; where the operation deletes, ``None`` deletes a member (``delete=parallel0``).
            sata: Use volume as SATA hard disk or CD-ROM (n is 0 to 5). Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume. Use STORAGE_ID:0 and the 'import-from' parameter to import from an existing volume.
                Syntax: ``[file=]<volume> [,aio=<native|threads|io_uring>] [,backup=<1|0>] [,bps=<bps>] [,bps_max_length=<seconds>] [,bps_rd=<bps>] [,bps_rd_max_length=<seconds>] [,bps_wr=<bps>] [,bps_wr_max_length=<seconds>] [,cache=<enum>] [,detect_zeroes=<1|0>] [,discard=<ignore|on>] [,format=<enum>] [,import-from=<source volume>] [,iops=<iops>] [,iops_max=<iops>] [,iops_max_length=<seconds>] [,iops_rd=<iops>] [,iops_rd_max=<iops>] [,iops_rd_max_length=<seconds>] [,iops_wr=<iops>] [,iops_wr_max=<iops>] [,iops_wr_max_length=<seconds>] [,mbps=<mbps>] [,mbps_max=<mbps>] [,mbps_rd=<mbps>] [,mbps_rd_max=<mbps>] [,mbps_wr=<mbps>] [,mbps_wr_max=<mbps>] [,media=<cdrom|disk>] [,replicate=<1|0>] [,rerror=<ignore|report|stop>] [,serial=<serial>] [,shared=<1|0>] [,size=<DiskSize>] [,snapshot=<1|0>] [,ssd=<1|0>] [,werror=<enum>] [,wwn=<wwn>]``.
                Indexed: ``{0: …, …}`` sends ``sata0`` … ``sata5``; where the operation deletes, ``None`` deletes a member (``delete=sata0``).
            scsi: Use volume as SCSI hard disk or CD-ROM (n is 0 to 30). Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume. Use STORAGE_ID:0 and the 'import-from' parameter to import from an existing volume.
                Syntax: ``[file=]<volume> [,aio=<native|threads|io_uring>] [,backup=<1|0>] [,bps=<bps>] [,bps_max_length=<seconds>] [,bps_rd=<bps>] [,bps_rd_max_length=<seconds>] [,bps_wr=<bps>] [,bps_wr_max_length=<seconds>] [,cache=<enum>] [,detect_zeroes=<1|0>] [,discard=<ignore|on>] [,format=<enum>] [,import-from=<source volume>] [,iops=<iops>] [,iops_max=<iops>] [,iops_max_length=<seconds>] [,iops_rd=<iops>] [,iops_rd_max=<iops>] [,iops_rd_max_length=<seconds>] [,iops_wr=<iops>] [,iops_wr_max=<iops>] [,iops_wr_max_length=<seconds>] [,iothread=<1|0>] [,mbps=<mbps>] [,mbps_max=<mbps>] [,mbps_rd=<mbps>] [,mbps_rd_max=<mbps>] [,mbps_wr=<mbps>] [,mbps_wr_max=<mbps>] [,media=<cdrom|disk>] [,product=<product>] [,queues=<integer>] [,replicate=<1|0>] [,rerror=<ignore|report|stop>] [,ro=<1|0>] [,scsiblock=<1|0>] [,serial=<serial>] [,shared=<1|0>] [,size=<DiskSize>] [,snapshot=<1|0>] [,ssd=<1|0>] [,vendor=<vendor>] [,werror=<enum>] [,wwn=<wwn>]``.
                Indexed: ``{0: …, …}`` sends ``scsi0`` … ``scsi30``; where the operation deletes, ``None`` deletes a member (``delete=scsi0``).
            serial: Create a serial device inside the VM (n is 0 to 3)
                Pattern: ``^(/dev/[^,]+|socket)$``.
                Indexed: ``{0: …, …}`` sends ``serial0`` … ``serial3``; where the operation deletes, ``None`` deletes a member (``delete=serial0``).
            unused: Reference to unused volumes. This is used internally, and should not be modified manually.
                Syntax: ``[file=]<volume>``.
                Indexed: ``{0: …, …}`` sends ``unused0`` … ``unused255``; where the operation deletes, ``None`` deletes a member (``delete=unused0``).
            usb: Configure an USB device (n is 0 to 4, for machine version >= 7.1 and ostype l26 or windows > 7, n can be up to 14).
                Syntax: ``[[host=]<HOSTUSBDEVICE|spice>] [,mapping=<mapping-id>] [,usb3=<1|0>]``.
                Indexed: ``{0: …, …}`` sends ``usb0`` … ``usb13``; where the operation deletes, ``None`` deletes a member (``delete=usb0``).
            virtio: Use volume as VIRTIO hard disk (n is 0 to 15). Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume. Use STORAGE_ID:0 and the 'import-from' parameter to import from an existing volume.
                Syntax: ``[file=]<volume> [,aio=<native|threads|io_uring>] [,backup=<1|0>] [,bps=<bps>] [,bps_max_length=<seconds>] [,bps_rd=<bps>] [,bps_rd_max_length=<seconds>] [,bps_wr=<bps>] [,bps_wr_max_length=<seconds>] [,cache=<enum>] [,detect_zeroes=<1|0>] [,discard=<ignore|on>] [,format=<enum>] [,import-from=<source volume>] [,iops=<iops>] [,iops_max=<iops>] [,iops_max_length=<seconds>] [,iops_rd=<iops>] [,iops_rd_max=<iops>] [,iops_rd_max_length=<seconds>] [,iops_wr=<iops>] [,iops_wr_max=<iops>] [,iops_wr_max_length=<seconds>] [,iothread=<1|0>] [,mbps=<mbps>] [,mbps_max=<mbps>] [,mbps_rd=<mbps>] [,mbps_rd_max=<mbps>] [,mbps_wr=<mbps>] [,mbps_wr_max=<mbps>] [,media=<cdrom|disk>] [,replicate=<1|0>] [,rerror=<ignore|report|stop>] [,ro=<1|0>] [,serial=<serial>] [,shared=<1|0>] [,size=<DiskSize>] [,snapshot=<1|0>] [,werror=<enum>]``.
                Indexed: ``{0: …, …}`` sends ``virtio0`` … ``virtio15``; where the operation deletes, ``None`` deletes a member (``delete=virtio0``).
            virtiofs: Configuration for sharing a directory between host and guest using Virtio-fs.
                Proxmox VE: New in 8.3.
                Syntax: ``[dirid=]<mapping-id> [,cache=<enum>] [,direct-io=<1|0>] [,expose-acl=<1|0>] [,expose-xattr=<1|0>]``.
                Indexed: ``{0: …, …}`` sends ``virtiofs0`` … ``virtiofs9``; where the operation deletes, ``None`` deletes a member (``delete=virtiofs0``).

        Returns:
            ``Task | None`` / ``AsyncTask | None`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Config.Disk, VM.Config.CDROM, VM.Config.CPU, VM.Config.Memory, VM.Config.Network, VM.Config.HWType, VM.Config.Options, VM.Config.Cloudinit], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/config`` (``update_vm_async``)."""
        cipassword = _secret(cipassword)
        params = {
            "acpi": acpi,
            "affinity": affinity,
            "agent": agent,
            "allow-ksm": allow_ksm,
            "amd-sev": amd_sev,
            "arch": arch,
            "args": args,
            "audio0": audio0,
            "autostart": autostart,
            "background_delay": background_delay,
            "balloon": balloon,
            "bios": bios,
            "boot": boot,
            "bootdisk": bootdisk,
            "cdrom": cdrom,
            "cicustom": cicustom,
            "cipassword": cipassword,
            "citype": citype,
            "ciupgrade": ciupgrade,
            "ciuser": ciuser,
            "cores": cores,
            "cpu": cpu,
            "cpulimit": cpulimit,
            "cpuunits": cpuunits,
            "delete": _join(delete),
            "description": description,
            "digest": digest,
            "efidisk0": efidisk0,
            "force": force,
            "freeze": freeze,
            "hookscript": _checked("pve-volume-id", "hookscript", hookscript),
            "hotplug": hotplug,
            "hugepages": hugepages,
            "import-working-storage": _checked(
                "pve-storage-id", "import-working-storage", import_working_storage
            ),
            "intel-tdx": intel_tdx,
            "ivshmem": ivshmem,
            "keephugepages": keephugepages,
            "keyboard": keyboard,
            "kvm": kvm,
            "localtime": localtime,
            "lock": lock,
            "machine": machine,
            "memory": memory,
            "migrate_downtime": migrate_downtime,
            "migrate_speed": migrate_speed,
            "name": name,
            "nameserver": _join(nameserver),
            "numa": numa,
            "onboot": onboot,
            "ostype": ostype,
            "protection": protection,
            "reboot": reboot,
            "revert": _join(revert),
            "rng0": rng0,
            "scsihw": scsihw,
            "searchdomain": searchdomain,
            "shares": shares,
            "skiplock": skiplock,
            "smbios1": smbios1,
            "smp": smp,
            "sockets": sockets,
            "spice_enhancements": spice_enhancements,
            "sshkeys": _urlencoded(sshkeys),
            "startdate": startdate,
            "startup": startup,
            "tablet": tablet,
            "tags": _join(tags),
            "tdf": tdf,
            "template": template,
            "tpmstate0": tpmstate0,
            "vcpus": vcpus,
            "vga": vga,
            "vmgenid": vmgenid,
            "vmstatestorage": _checked("pve-storage-id", "vmstatestorage", vmstatestorage),
            "watchdog": watchdog,
            "hostpci[n]": _family(hostpci, 0, 15),
            "ide[n]": _family(ide, 0, 3),
            "ipconfig[n]": _family(ipconfig, 0, 31),
            "net[n]": _family(net, 0, 31),
            "numa[n]": _family(numa_n, 0, 7),
            "parallel[n]": _family(parallel, 0, 2),
            "sata[n]": _family(sata, 0, 5),
            "scsi[n]": _family(scsi, 0, 30),
            "serial[n]": _family(serial, 0, 3),
            "unused[n]": _family(unused, 0, 255),
            "usb[n]": _family(usb, 0, 13),
            "virtio[n]": _family(virtio, 0, 15),
            "virtiofs[n]": _family(virtiofs, 0, 9),
        }
        return _task_or_none(self._client._call("POST", self._path, params, _R9), self._client)

    def put(
        self,
        *,
        acpi: bool | None = None,
        affinity: str | None = None,
        agent: Agent | str | None = None,
        allow_ksm: bool | None = None,
        amd_sev: AmdSev | str | None = None,
        arch: Literal["x86_64", "aarch64"] | None = None,
        args: str | None = None,
        audio0: Audio0 | str | None = None,
        autostart: bool | None = None,
        balloon: int | None = None,
        bios: Literal["seabios", "ovmf"] | None = None,
        boot: Boot | str | None = None,
        bootdisk: str | None = None,
        cdrom: str | None = None,
        cicustom: Cicustom | str | None = None,
        cipassword: str | None = None,
        citype: Literal["configdrive2", "nocloud", "opennebula"] | None = None,
        ciupgrade: bool | None = None,
        ciuser: str | None = None,
        cores: int | None = None,
        cpu: Cpu | str | None = None,
        cpulimit: float | None = None,
        cpuunits: int | None = None,
        delete: str | Sequence[str] | None = None,
        description: str | None = None,
        digest: str | None = None,
        efidisk0: Efidisk0 | str | None = None,
        force: bool | None = None,
        freeze: bool | None = None,
        hookscript: str | None = None,
        hotplug: str | None = None,
        hugepages: Literal["any", "2", "1024"] | None = None,
        intel_tdx: IntelTdx | str | None = None,
        ivshmem: Ivshmem | str | None = None,
        keephugepages: bool | None = None,
        keyboard: Literal[
            "de",
            "de-ch",
            "da",
            "en-gb",
            "en-us",
            "es",
            "fi",
            "fr",
            "fr-be",
            "fr-ca",
            "fr-ch",
            "hu",
            "is",
            "it",
            "ja",
            "lt",
            "mk",
            "nl",
            "no",
            "pl",
            "pt",
            "pt-br",
            "sv",
            "sl",
            "tr",
        ]
        | None = None,
        kvm: bool | None = None,
        localtime: bool | None = None,
        lock: Literal[
            "backup",
            "clone",
            "create",
            "migrate",
            "rollback",
            "snapshot",
            "snapshot-delete",
            "suspending",
            "suspended",
        ]
        | None = None,
        machine: Machine | str | None = None,
        memory: Memory | str | None = None,
        migrate_downtime: float | None = None,
        migrate_speed: int | None = None,
        name: str | None = None,
        nameserver: str | Sequence[str] | None = None,
        numa: bool | None = None,
        onboot: bool | None = None,
        ostype: Literal[
            "other",
            "wxp",
            "w2k",
            "w2k3",
            "w2k8",
            "wvista",
            "win7",
            "win8",
            "win10",
            "win11",
            "l24",
            "l26",
            "solaris",
        ]
        | None = None,
        protection: bool | None = None,
        reboot: bool | None = None,
        revert: str | Sequence[str] | None = None,
        rng0: Rng0 | str | None = None,
        scsihw: Literal[
            "lsi", "lsi53c810", "virtio-scsi-pci", "virtio-scsi-single", "megasas", "pvscsi"
        ]
        | None = None,
        searchdomain: str | None = None,
        shares: int | None = None,
        skiplock: bool | None = None,
        smbios1: Smbios1 | str | None = None,
        smp: int | None = None,
        sockets: int | None = None,
        spice_enhancements: SpiceEnhancements | str | None = None,
        sshkeys: str | None = None,
        startdate: str | None = None,
        startup: Startup | str | None = None,
        tablet: bool | None = None,
        tags: str | Sequence[str] | None = None,
        tdf: bool | None = None,
        template: bool | None = None,
        tpmstate0: Tpmstate0 | str | None = None,
        vcpus: int | None = None,
        vga: Vga | str | None = None,
        vmgenid: str | None = None,
        vmstatestorage: str | None = None,
        watchdog: Watchdog | str | None = None,
        hostpci: Mapping[int, Hostpci | str | None] | None = None,
        ide: Mapping[int, Ide | str | None] | None = None,
        ipconfig: Mapping[int, Ipconfig | str | None] | None = None,
        net: Mapping[int, QemuNet | str | None] | None = None,
        numa_n: Mapping[int, Numa | str | None] | None = None,
        parallel: Mapping[int, str | None] | None = None,
        sata: Mapping[int, Sata | str | None] | None = None,
        scsi: Mapping[int, Scsi | str | None] | None = None,
        serial: Mapping[int, str | None] | None = None,
        unused: Mapping[int, QemuUnused | str | None] | None = None,
        usb: Mapping[int, Usb | str | None] | None = None,
        virtio: Mapping[int, Virtio | str | None] | None = None,
        virtiofs: Mapping[int, Virtiofs | str | None] | None = None,
    ) -> None:
        """Set virtual machine options (synchronous API) - You should consider using the POST method instead for any actions involving hotplug or storage allocation.

        Args:
            acpi: Enable/disable ACPI.
                Default: ``1``.
            affinity: List of host cores used to execute guest processes, for example: 0,5,8-11
                Format: ``pve-cpuset``.
            agent: Enable/disable communication with the QEMU Guest Agent and its properties.
                Syntax: ``[enabled=]<1|0> [,freeze-fs=<1|0>] [,fstrim_cloned_disks=<1|0>] [,type=<virtio|isa>]``.
            allow_ksm: Allow memory pages of this guest to be merged via KSM (Kernel Samepage Merging).
                Proxmox VE: New in 9.1.
                Default: ``1``.
            amd_sev: Secure Encrypted Virtualization (SEV) features by AMD CPUs
                Proxmox VE: New in 8.2.
                Format: ``pve-qemu-sev-fmt``.
            arch: Virtual processor architecture. Defaults to the host architecture.
            args: Arbitrary arguments passed to kvm.
            audio0: Configure a audio device, useful in combination with QXL/Spice.
                Syntax: ``device=<ich9-intel-hda|intel-hda|AC97> [,driver=<spice|none>]``.
            autostart: Automatic restart after crash (currently ignored).
                Default: ``0``.
            balloon: Amount of target RAM for the VM in MiB. The balloon driver is enabled by default, unless it is explicitly disabled by setting the value to zero.
                Range: 0 to inf.
            bios: Select BIOS implementation.
                Default: ``seabios``.
            boot: Specify guest boot order. Use the 'order=' sub-property as usage with no key or 'legacy=' is deprecated.
                Format: ``pve-qm-boot``.
            bootdisk: Enable booting from specified disk. Deprecated: Use 'boot: order=foo;bar' instead.
                Pattern: ``^(ide|sata|scsi|virtio)\\d+$``.
                Format: ``pve-qm-bootdisk``.
            cdrom: This is an alias for option -ide2
                Format: ``pve-qm-ide``.
            cicustom: cloud-init: Specify custom files to replace the automatically generated ones at start.
                Format: ``pve-qm-cicustom``.
            cipassword: cloud-init: Password to assign the user. Using this is generally not recommended. Use ssh keys instead. Also note that older cloud-init versions do not support hashed passwords.
            citype: Specifies the cloud-init configuration format. The default depends on the configured operating system type (`ostype`. We use the `nocloud` format for Linux, and `configdrive2` for windows.
            ciupgrade: cloud-init: do an automatic package upgrade after the first boot.
                Proxmox VE: New in 8.0.
                Default: ``1``.
            ciuser: cloud-init: User name to change ssh keys and password for instead of the image's configured default user.
            cores: The number of cores per socket.
                Range: 1 to inf.
                Default: ``1``.
            cpu: Emulated CPU type.
                Format: ``pve-vm-cpu-conf``.
            cpulimit: Limit of CPU usage.
                Range: 0 to 128.
                Default: ``0``.
            cpuunits: CPU weight for a VM, will be clamped to [1, 10000] in cgroup v2.
                Range: 1 to 262144.
                Default: cgroup v1: 1024, cgroup v2: 100.
            delete: A list of settings you want to delete.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            description: Description for the VM. Shown in the web-interface VM's summary. This is saved as comment inside the configuration file.
                Length: 0 to 8192.
            digest: Prevent changes if current configuration file has different SHA1 digest. This can be used to prevent concurrent modifications.
                Length: 0 to 40.
            efidisk0: Configure a disk for storing EFI vars. Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume. Note that SIZE_IN_GiB is ignored here and that the default EFI vars are copied to the volume instead. Use STORAGE_ID:0 and the 'import-from' parameter to import from an existing volume.
                Syntax: ``[file=]<volume> [,efitype=<2m|4m>] [,format=<enum>] [,import-from=<source volume>] [,ms-cert=<enum>] [,pre-enrolled-keys=<1|0>] [,size=<DiskSize>]``.
            force: Force physical removal. Without this, we simple remove the disk from the config file and create an additional configuration entry called 'unused[n]', which contains the volume ID. Unlink of unused[n] always cause physical removal.
            freeze: Freeze CPU at startup (use 'c' monitor command to start execution).
            hookscript: Script that will be executed during various steps in the vms lifetime.
                Format: ``pve-volume-id``.
            hotplug: Selectively enable hotplug features. This is a comma separated list of hotplug features: 'network', 'disk', 'cpu', 'memory', 'usb' and 'cloudinit'. Use '0' to disable hotplug completely. Using '1' as value is an alias for the default `network,disk,usb`. USB hotplugging is possible for guests with machine version >= 7.1 and ostype l26 or windows > 7.
                Format: ``pve-hotplug-features``.
                Default: ``network,disk,usb``.
            hugepages: Enables hugepages memory.

                Sets the size of hugepages in MiB. If the value is set to 'any' then 1 GiB hugepages will be used if possible, otherwise the size will fall back to 2 MiB.
            intel_tdx: Trusted Domain Extension (TDX) features by Intel CPUs
                Proxmox VE: New in 9.1.
                Format: ``pve-qemu-tdx-fmt``.
            ivshmem: Inter-VM shared memory. Useful for direct communication between VMs, or to the host.
                Syntax: ``size=<integer> [,name=<string>]``.
            keephugepages: Use together with hugepages. If enabled, hugepages will not not be deleted after VM shutdown and can be used for subsequent starts.
                Default: ``0``.
            keyboard: Keyboard layout for VNC server. This option is generally not required and is often better handled from within the guest OS.
                Default: None.
            kvm: Enable/disable KVM hardware virtualization.
                Default: ``1``.
            localtime: Set the real time clock (RTC) to local time. This is enabled by default if the `ostype` indicates a Microsoft Windows OS.
            lock: Lock/unlock the VM.
            machine: Specify the QEMU machine.
                Syntax: ``[[type=]<machine type>] [,aw-bits=<number>] [,enable-s3=<1|0>] [,enable-s4=<1|0>] [,viommu=<intel|virtio>]``.
            memory: Memory properties.
                Syntax: ``[current=]<integer>``.
            migrate_downtime: Set maximum tolerated downtime (in seconds) for migrations. Should the migration not be able to converge in the very end, because too much newly dirtied RAM needs to be transferred, the limit will be increased automatically step-by-step until migration can converge. Will be capped to 2000 seconds (maximum in QEMU).
                Range: 0 to inf.
                Default: ``0.1``.
            migrate_speed: Set maximum speed (in MB/s) for migrations. Value 0 is no limit.
                Range: 0 to inf.
                Default: ``0``.
            name: Set a name for the VM. Only used on the configuration web interface.
                Format: ``dns-name``.
            nameserver: cloud-init: Sets DNS server IP address for a container. Create will automatically use the setting from the host if neither searchdomain nor nameserver are set.
                Format: ``address-list``.
                Syntax: ``<string>``.
            numa: Enable/disable NUMA.
                Default: ``0``.
            onboot: Specifies whether a VM will be started during system bootup.
                Default: ``0``.
            ostype: Specify guest operating system.
                Default: ``other``.
            protection: Sets the protection flag of the VM. This will disable the remove VM and remove disk operations.
                Default: ``0``.
            reboot: Allow reboot. If set to '0' the VM exit on reboot.
                Default: ``1``.
            revert: Revert a pending change.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            rng0: Configure a VirtIO-based Random Number Generator.
                Format: ``pve-qm-rng``.
            scsihw: SCSI controller model
                Default: ``lsi``.
            searchdomain: cloud-init: Sets DNS search domains for a container. Create will automatically use the setting from the host if neither searchdomain nor nameserver are set.
            shares: Amount of memory shares for auto-ballooning. The larger the number is, the more memory this VM gets. Number is relative to weights of all other running VMs. Using zero disables auto-ballooning. Auto-ballooning is done by pvestatd.
                Range: 0 to 50000.
                Default: ``1000``.
            skiplock: Ignore locks - only root is allowed to use this option.
            smbios1: Specify SMBIOS type 1 fields.
                Length: 0 to 512.
                Format: ``pve-qm-smbios1``.
            smp: The number of CPUs. Please use option -sockets instead.
                Range: 1 to inf.
                Default: ``1``.
            sockets: The number of CPU sockets.
                Range: 1 to inf.
                Default: ``1``.
            spice_enhancements: Configure additional enhancements for SPICE.
                Syntax: ``[foldersharing=<1|0>] [,videostreaming=<off|all|filter>]``.
            sshkeys: cloud-init: Setup public SSH keys (one key per line, OpenSSH format).
                Format: ``urlencoded``.
                Pass plain text: pvesdk percent-encodes it as Proxmox expects.
            startdate: Set the initial date of the real time clock. Valid format for date are:'now' or '2006-06-17T16:01:21' or '2006-06-17'.
                Pattern: ``^(now|\\d{4}-\\d{1,2}-\\d{1,2}(T\\d{1,2}:\\d{1,2}:\\d{1,2})?)$``.
                Default: ``now``.
            startup: Startup and shutdown behavior. Order is a non-negative number defining the general startup order. Shutdown in done with reverse ordering. Additionally you can set the 'up' or 'down' delay in seconds, which specifies a delay to wait before the next VM is started or stopped.
                Format: ``pve-startup-order``.
            tablet: Enable/disable the USB tablet device.
                Default: ``1``.
            tags: Tags of the VM. This is only meta information.
                Format: ``pve-tag-list``.
                Syntax: ``<string>``.
            tdf: Enable/disable time drift fix.
                Default: ``0``.
            template: Enable/disable Template.
                Default: ``0``.
            tpmstate0: Configure a Disk for storing TPM state. The format is fixed to 'raw'. Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume. Note that SIZE_IN_GiB is ignored here and 4 MiB will be used instead. Use STORAGE_ID:0 and the 'import-from' parameter to import from an existing volume.
                Syntax: ``[file=]<volume> [,format=<raw|qcow2|vmdk>] [,import-from=<source volume>] [,size=<DiskSize>] [,version=<v1.2|v2.0>]``.
            vcpus: Number of hotplugged vcpus.
                Range: 1 to inf.
                Default: ``0``.
            vga: Configure the VGA hardware.
                Syntax: ``[[type=]<enum>] [,clipboard=<vnc>] [,memory=<integer>]``.
            vmgenid: Set VM Generation ID. Use '1' to autogenerate on create or update, pass '0' to disable explicitly.
                Pattern: ``^(?:[a-fA-F0-9]{8}(?:-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}|[01])$``.
                Default: ``1 (autogenerated)``.
            vmstatestorage: Default storage for VM state volumes/files.
                Format: ``pve-storage-id``.
            watchdog: Create a virtual hardware watchdog device.
                Format: ``pve-qm-watchdog``.
            hostpci: Map host PCI devices into guest.
                Format: ``pve-qm-hostpci``.
                Indexed: ``{0: …, …}`` sends ``hostpci0`` … ``hostpci15``; where the operation deletes, ``None`` deletes a member (``delete=hostpci0``).
            ide: Use volume as IDE hard disk or CD-ROM (n is 0 to 3). Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume. Use STORAGE_ID:0 and the 'import-from' parameter to import from an existing volume.
                Syntax: ``[file=]<volume> [,aio=<native|threads|io_uring>] [,backup=<1|0>] [,bps=<bps>] [,bps_max_length=<seconds>] [,bps_rd=<bps>] [,bps_rd_max_length=<seconds>] [,bps_wr=<bps>] [,bps_wr_max_length=<seconds>] [,cache=<enum>] [,detect_zeroes=<1|0>] [,discard=<ignore|on>] [,format=<enum>] [,import-from=<source volume>] [,iops=<iops>] [,iops_max=<iops>] [,iops_max_length=<seconds>] [,iops_rd=<iops>] [,iops_rd_max=<iops>] [,iops_rd_max_length=<seconds>] [,iops_wr=<iops>] [,iops_wr_max=<iops>] [,iops_wr_max_length=<seconds>] [,mbps=<mbps>] [,mbps_max=<mbps>] [,mbps_rd=<mbps>] [,mbps_rd_max=<mbps>] [,mbps_wr=<mbps>] [,mbps_wr_max=<mbps>] [,media=<cdrom|disk>] [,model=<model>] [,replicate=<1|0>] [,rerror=<ignore|report|stop>] [,serial=<serial>] [,shared=<1|0>] [,size=<DiskSize>] [,snapshot=<1|0>] [,ssd=<1|0>] [,werror=<enum>] [,wwn=<wwn>]``.
                Indexed: ``{0: …, …}`` sends ``ide0`` … ``ide3``; where the operation deletes, ``None`` deletes a member (``delete=ide0``).
            ipconfig: cloud-init: Specify IP addresses and gateways for the corresponding interface.

                IP addresses use CIDR notation, gateways are optional but need an IP of the same type specified.

                The special string 'dhcp' can be used for IP addresses to use DHCP, in which case no explicit
                gateway should be provided.
                For IPv6 the special string 'auto' can be used to use stateless autoconfiguration. This requires
                cloud-init 19.4 or newer.

                If cloud-init is enabled and neither an IPv4 nor an IPv6 address is specified, it defaults to using
                dhcp on IPv4.
                Format: ``pve-qm-ipconfig``.
                Indexed: ``{0: …, …}`` sends ``ipconfig0`` … ``ipconfig31``; where the operation deletes, ``None`` deletes a member (``delete=ipconfig0``).
            net: Specify network devices.
                Syntax: ``[model=]<enum> [,bridge=<bridge>] [,firewall=<1|0>] [,link_down=<1|0>] [,macaddr=<XX:XX:XX:XX:XX:XX>] [,mtu=<integer>] [,queues=<integer>] [,rate=<number>] [,tag=<integer>] [,trunks=<vlanid[;vlanid...]>] [,<model>=<macaddr>]``.
                Indexed: ``{0: …, …}`` sends ``net0`` … ``net31``; where the operation deletes, ``None`` deletes a member (``delete=net0``).
            numa_n: NUMA topology.
                Syntax: ``cpus=<id[-id];...> [,hostnodes=<id[-id];...>] [,memory=<number>] [,policy=<preferred|bind|interleave>]``.
                Indexed: ``{0: …, …}`` sends ``numa0`` … ``numa7``; where the operation deletes, ``None`` deletes a member (``delete=numa0``).
            parallel: Map host parallel devices (n is 0 to 2).
                Pattern: ``^/dev/parport\\d+|/dev/usb/lp\\d+$``.
                Indexed: ``{0: …, …}`` sends ``parallel0`` … ``parallel2``; where the operation deletes, ``None`` deletes a member (``delete=parallel0``).
            sata: Use volume as SATA hard disk or CD-ROM (n is 0 to 5). Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume. Use STORAGE_ID:0 and the 'import-from' parameter to import from an existing volume.
                Syntax: ``[file=]<volume> [,aio=<native|threads|io_uring>] [,backup=<1|0>] [,bps=<bps>] [,bps_max_length=<seconds>] [,bps_rd=<bps>] [,bps_rd_max_length=<seconds>] [,bps_wr=<bps>] [,bps_wr_max_length=<seconds>] [,cache=<enum>] [,detect_zeroes=<1|0>] [,discard=<ignore|on>] [,format=<enum>] [,import-from=<source volume>] [,iops=<iops>] [,iops_max=<iops>] [,iops_max_length=<seconds>] [,iops_rd=<iops>] [,iops_rd_max=<iops>] [,iops_rd_max_length=<seconds>] [,iops_wr=<iops>] [,iops_wr_max=<iops>] [,iops_wr_max_length=<seconds>] [,mbps=<mbps>] [,mbps_max=<mbps>] [,mbps_rd=<mbps>] [,mbps_rd_max=<mbps>] [,mbps_wr=<mbps>] [,mbps_wr_max=<mbps>] [,media=<cdrom|disk>] [,replicate=<1|0>] [,rerror=<ignore|report|stop>] [,serial=<serial>] [,shared=<1|0>] [,size=<DiskSize>] [,snapshot=<1|0>] [,ssd=<1|0>] [,werror=<enum>] [,wwn=<wwn>]``.
                Indexed: ``{0: …, …}`` sends ``sata0`` … ``sata5``; where the operation deletes, ``None`` deletes a member (``delete=sata0``).
            scsi: Use volume as SCSI hard disk or CD-ROM (n is 0 to 30). Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume. Use STORAGE_ID:0 and the 'import-from' parameter to import from an existing volume.
                Syntax: ``[file=]<volume> [,aio=<native|threads|io_uring>] [,backup=<1|0>] [,bps=<bps>] [,bps_max_length=<seconds>] [,bps_rd=<bps>] [,bps_rd_max_length=<seconds>] [,bps_wr=<bps>] [,bps_wr_max_length=<seconds>] [,cache=<enum>] [,detect_zeroes=<1|0>] [,discard=<ignore|on>] [,format=<enum>] [,import-from=<source volume>] [,iops=<iops>] [,iops_max=<iops>] [,iops_max_length=<seconds>] [,iops_rd=<iops>] [,iops_rd_max=<iops>] [,iops_rd_max_length=<seconds>] [,iops_wr=<iops>] [,iops_wr_max=<iops>] [,iops_wr_max_length=<seconds>] [,iothread=<1|0>] [,mbps=<mbps>] [,mbps_max=<mbps>] [,mbps_rd=<mbps>] [,mbps_rd_max=<mbps>] [,mbps_wr=<mbps>] [,mbps_wr_max=<mbps>] [,media=<cdrom|disk>] [,product=<product>] [,queues=<integer>] [,replicate=<1|0>] [,rerror=<ignore|report|stop>] [,ro=<1|0>] [,scsiblock=<1|0>] [,serial=<serial>] [,shared=<1|0>] [,size=<DiskSize>] [,snapshot=<1|0>] [,ssd=<1|0>] [,vendor=<vendor>] [,werror=<enum>] [,wwn=<wwn>]``.
                Indexed: ``{0: …, …}`` sends ``scsi0`` … ``scsi30``; where the operation deletes, ``None`` deletes a member (``delete=scsi0``).
            serial: Create a serial device inside the VM (n is 0 to 3)
                Pattern: ``^(/dev/[^,]+|socket)$``.
                Indexed: ``{0: …, …}`` sends ``serial0`` … ``serial3``; where the operation deletes, ``None`` deletes a member (``delete=serial0``).
            unused: Reference to unused volumes. This is used internally, and should not be modified manually.
                Syntax: ``[file=]<volume>``.
                Indexed: ``{0: …, …}`` sends ``unused0`` … ``unused255``; where the operation deletes, ``None`` deletes a member (``delete=unused0``).
            usb: Configure an USB device (n is 0 to 4, for machine version >= 7.1 and ostype l26 or windows > 7, n can be up to 14).
                Syntax: ``[[host=]<HOSTUSBDEVICE|spice>] [,mapping=<mapping-id>] [,usb3=<1|0>]``.
                Indexed: ``{0: …, …}`` sends ``usb0`` … ``usb13``; where the operation deletes, ``None`` deletes a member (``delete=usb0``).
            virtio: Use volume as VIRTIO hard disk (n is 0 to 15). Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume. Use STORAGE_ID:0 and the 'import-from' parameter to import from an existing volume.
                Syntax: ``[file=]<volume> [,aio=<native|threads|io_uring>] [,backup=<1|0>] [,bps=<bps>] [,bps_max_length=<seconds>] [,bps_rd=<bps>] [,bps_rd_max_length=<seconds>] [,bps_wr=<bps>] [,bps_wr_max_length=<seconds>] [,cache=<enum>] [,detect_zeroes=<1|0>] [,discard=<ignore|on>] [,format=<enum>] [,import-from=<source volume>] [,iops=<iops>] [,iops_max=<iops>] [,iops_max_length=<seconds>] [,iops_rd=<iops>] [,iops_rd_max=<iops>] [,iops_rd_max_length=<seconds>] [,iops_wr=<iops>] [,iops_wr_max=<iops>] [,iops_wr_max_length=<seconds>] [,iothread=<1|0>] [,mbps=<mbps>] [,mbps_max=<mbps>] [,mbps_rd=<mbps>] [,mbps_rd_max=<mbps>] [,mbps_wr=<mbps>] [,mbps_wr_max=<mbps>] [,media=<cdrom|disk>] [,replicate=<1|0>] [,rerror=<ignore|report|stop>] [,ro=<1|0>] [,serial=<serial>] [,shared=<1|0>] [,size=<DiskSize>] [,snapshot=<1|0>] [,werror=<enum>]``.
                Indexed: ``{0: …, …}`` sends ``virtio0`` … ``virtio15``; where the operation deletes, ``None`` deletes a member (``delete=virtio0``).
            virtiofs: Configuration for sharing a directory between host and guest using Virtio-fs.
                Proxmox VE: New in 8.3.
                Syntax: ``[dirid=]<mapping-id> [,cache=<enum>] [,direct-io=<1|0>] [,expose-acl=<1|0>] [,expose-xattr=<1|0>]``.
                Indexed: ``{0: …, …}`` sends ``virtiofs0`` … ``virtiofs9``; where the operation deletes, ``None`` deletes a member (``delete=virtiofs0``).

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Config.Disk, VM.Config.CDROM, VM.Config.CPU, VM.Config.Memory, VM.Config.Network, VM.Config.HWType, VM.Config.Options, VM.Config.Cloudinit], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/qemu/{vmid}/config`` (``update_vm``)."""
        cipassword = _secret(cipassword)
        params = {
            "acpi": acpi,
            "affinity": affinity,
            "agent": agent,
            "allow-ksm": allow_ksm,
            "amd-sev": amd_sev,
            "arch": arch,
            "args": args,
            "audio0": audio0,
            "autostart": autostart,
            "balloon": balloon,
            "bios": bios,
            "boot": boot,
            "bootdisk": bootdisk,
            "cdrom": cdrom,
            "cicustom": cicustom,
            "cipassword": cipassword,
            "citype": citype,
            "ciupgrade": ciupgrade,
            "ciuser": ciuser,
            "cores": cores,
            "cpu": cpu,
            "cpulimit": cpulimit,
            "cpuunits": cpuunits,
            "delete": _join(delete),
            "description": description,
            "digest": digest,
            "efidisk0": efidisk0,
            "force": force,
            "freeze": freeze,
            "hookscript": _checked("pve-volume-id", "hookscript", hookscript),
            "hotplug": hotplug,
            "hugepages": hugepages,
            "intel-tdx": intel_tdx,
            "ivshmem": ivshmem,
            "keephugepages": keephugepages,
            "keyboard": keyboard,
            "kvm": kvm,
            "localtime": localtime,
            "lock": lock,
            "machine": machine,
            "memory": memory,
            "migrate_downtime": migrate_downtime,
            "migrate_speed": migrate_speed,
            "name": name,
            "nameserver": _join(nameserver),
            "numa": numa,
            "onboot": onboot,
            "ostype": ostype,
            "protection": protection,
            "reboot": reboot,
            "revert": _join(revert),
            "rng0": rng0,
            "scsihw": scsihw,
            "searchdomain": searchdomain,
            "shares": shares,
            "skiplock": skiplock,
            "smbios1": smbios1,
            "smp": smp,
            "sockets": sockets,
            "spice_enhancements": spice_enhancements,
            "sshkeys": _urlencoded(sshkeys),
            "startdate": startdate,
            "startup": startup,
            "tablet": tablet,
            "tags": _join(tags),
            "tdf": tdf,
            "template": template,
            "tpmstate0": tpmstate0,
            "vcpus": vcpus,
            "vga": vga,
            "vmgenid": vmgenid,
            "vmstatestorage": _checked("pve-storage-id", "vmstatestorage", vmstatestorage),
            "watchdog": watchdog,
            "hostpci[n]": _family(hostpci, 0, 15),
            "ide[n]": _family(ide, 0, 3),
            "ipconfig[n]": _family(ipconfig, 0, 31),
            "net[n]": _family(net, 0, 31),
            "numa[n]": _family(numa_n, 0, 7),
            "parallel[n]": _family(parallel, 0, 2),
            "sata[n]": _family(sata, 0, 5),
            "scsi[n]": _family(scsi, 0, 30),
            "serial[n]": _family(serial, 0, 3),
            "unused[n]": _family(unused, 0, 255),
            "usb[n]": _family(usb, 0, 13),
            "virtio[n]": _family(virtio, 0, 15),
            "virtiofs[n]": _family(virtiofs, 0, 9),
        }
        return self._client._call("PUT", self._path, params, _R10)


class NodesNodeQemuVmidDbusVmstate(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/dbus-vmstate`` (dbus-vmstate)

    ``POST``: Control the dbus-vmstate helper for a given running VM."""

    __slots__ = ()

    def post(
        self,
        *,
        action: Literal["start", "stop"],
    ) -> None:
        """Control the dbus-vmstate helper for a given running VM.

        Args:
            action: Action to perform on the DBus VMState helper.
                Proxmox VE: New in 9.0.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Migrate]]``

        Forwarded to the node given by ``node``.

        Proxmox VE: New in 9.0.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/dbus-vmstate`` (``dbus_vmstate``)."""
        params = {
            "action": action,
        }
        return self._client._call("POST", self._path, params, _R11)


class NodesNodeQemuVmidFeature(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/feature`` (feature)

    ``GET``: Check if feature for virtual machine is available."""

    __slots__ = ()

    def get(
        self,
        *,
        feature: Literal["snapshot", "clone", "copy"],
        snapname: str | None = None,
    ) -> NodesQemuFeatureGetResult:
        """Check if feature for virtual machine is available.

        Args:
            feature: Feature to check.
            snapname: The name of the snapshot.
                Length: 0 to 40.
                Format: ``pve-configid``.

        Returns:
            ``NodesQemuFeatureGetResult``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Audit]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/qemu/{vmid}/feature`` (``vm_feature``)."""
        params = {
            "feature": feature,
            "snapname": snapname,
        }
        return self._client._call("GET", self._path, params, _R12)


class NodesNodeQemuVmidMigrate(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/migrate`` (migrate)

    ``GET``: Get preconditions for migration.
    ``POST``: Migrate virtual machine. Creates a new migration task."""

    __slots__ = ()

    def get(
        self,
        *,
        target: str | None = None,
    ) -> NodesQemuMigrateGetResult:
        """Get preconditions for migration.

        Args:
            target: Target node.
                Format: ``pve-node``.

        Returns:
            ``NodesQemuMigrateGetResult``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Migrate]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/qemu/{vmid}/migrate`` (``migrate_vm_precondition``)."""
        params = {
            "target": target,
        }
        return self._client._call("GET", self._path, params, _R13)

    def post(
        self,
        *,
        target: str,
        bwlimit: int | None = None,
        force: bool | None = None,
        migration_network: str | None = None,
        migration_type: Literal["secure", "insecure"] | None = None,
        online: bool | None = None,
        targetstorage: str | Sequence[str] | None = None,
        with_conntrack_state: bool | None = None,
        with_local_disks: bool | None = None,
    ) -> Task:
        """Migrate virtual machine. Creates a new migration task.

        Args:
            target: Target node.
                Format: ``pve-node``.
            bwlimit: Override I/O bandwidth limit (in KiB/s).
                Default: migrate limit from datacenter or storage config.
            force: Allow to migrate VMs which use local devices. Only root may use this option.
            migration_network: CIDR of the (sub) network that is used for migration.
                Format: ``CIDR``.
            migration_type: Migration traffic is encrypted using an SSH tunnel by default. On secure, completely private networks this can be disabled to increase performance.
            online: Use online/live migration if VM is running. Ignored if VM is stopped.
            targetstorage: Mapping from source to target storages. Providing only a single storage ID maps all source storages to that storage. Providing the special value '1' will map each source storage to itself.
                Format: ``storage-pair-list``.
                Syntax: ``<string>``.
            with_conntrack_state: Whether to migrate conntrack entries for running VMs.
                Proxmox VE: New in 9.0.
                Default: ``0``.
            with_local_disks: Enable live storage migration for local disk

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client): the task ID.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Migrate]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/migrate`` (``migrate_vm``)."""
        params = {
            "target": target,
            "bwlimit": bwlimit,
            "force": force,
            "migration_network": _checked("CIDR", "migration_network", migration_network),
            "migration_type": migration_type,
            "online": online,
            "targetstorage": _join(targetstorage),
            "with-conntrack-state": with_conntrack_state,
            "with-local-disks": with_local_disks,
        }
        return _task(self._client._call("POST", self._path, params, _R14), self._client)


class NodesNodeQemuVmidMonitor(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/monitor`` (monitor)

    ``POST``: Execute QEMU monitor commands."""

    __slots__ = ()

    def post(
        self,
        *,
        command: str,
    ) -> str:
        """Execute QEMU monitor commands.

        Args:
            command: The monitor command.

        Returns:
            ``str``

        Permissions:
            The following commands do not require any additional privilege: ?, help, info

            The following commands require 'Sys.Modify': announce_self, backup_cancel, balloon, block_job_cancel, block_job_complete, block_job_pause, block_job_resume, block_job_set_speed, block_resize, block_set_io_throttle, boot_set, c, calc_dirty_rate, cancel_vcpu_dirty_limit, chardev-send-break, closefd, commit, cont, cpu, delvm, eject, exit_preconfig, expire_password, getfd, gpa2hpa, gpa2hva, gva2gpa, i, loadvm, log, migrate_cancel, migrate_continue, migrate_pause, migrate_set_capability, migrate_set_parameter, migrate_start_postcopy, mouse_button, mouse_move, mouse_set, one-insn-per-tb, p, print, q, qemu-io, qom-get, qom-list, quit, replay_break, replay_delete_break, replay_seek, ringbuf_read, ringbuf_write, s, savevm, sendkey, set_link, set_password, set_vcpu_dirty_limit, snapshot_blkdev_internal, snapshot_delete_blkdev_internal, stop, stopcapture, sum, sync-profile, system_powerdown, system_reset, system_wakeup, trace-event, x, x_colo_lost_heartbeat, xp

            The following commands are root-only: backup, block_stream, change, chardev-add, chardev-change, chardev-remove, client_migrate_info, device_add, device_del, drive_add, drive_backup, drive_del, drive_mirror, dump-guest-memory, dumpdtb, gdbserver, hostfwd_add, hostfwd_remove, logfile, mce, memsave, migrate, migrate_incoming, migrate_recover, nbd_server_add, nbd_server_remove, nbd_server_start, nbd_server_stop, netdev_add, netdev_del, nmi, o, object_add, object_del, pcie_aer_inject_error, pmemsave, qom-set, savevm-end, savevm-start, screendump, snapshot_blkdev, watchdog_action, wavcapture, xen-event-inject, xen-event-list

            The following commands are deprecated: stopcapture, wavcapture
            Check: ``[perm, /vms/{vmid}, [Sys.Audit, Sys.Modify], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/monitor`` (``monitor``)."""
        params = {
            "command": command,
        }
        return self._client._call("POST", self._path, params, _R15)


class NodesNodeQemuVmidMoveDisk(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/move_disk`` (move_disk)

    ``POST``: Move volume to different storage or to a different VM."""

    __slots__ = ()

    def post(
        self,
        *,
        disk: Literal[
            "ide0",
            "ide1",
            "ide2",
            "ide3",
            "scsi0",
            "scsi1",
            "scsi2",
            "scsi3",
            "scsi4",
            "scsi5",
            "scsi6",
            "scsi7",
            "scsi8",
            "scsi9",
            "scsi10",
            "scsi11",
            "scsi12",
            "scsi13",
            "scsi14",
            "scsi15",
            "scsi16",
            "scsi17",
            "scsi18",
            "scsi19",
            "scsi20",
            "scsi21",
            "scsi22",
            "scsi23",
            "scsi24",
            "scsi25",
            "scsi26",
            "scsi27",
            "scsi28",
            "scsi29",
            "scsi30",
            "virtio0",
            "virtio1",
            "virtio2",
            "virtio3",
            "virtio4",
            "virtio5",
            "virtio6",
            "virtio7",
            "virtio8",
            "virtio9",
            "virtio10",
            "virtio11",
            "virtio12",
            "virtio13",
            "virtio14",
            "virtio15",
            "sata0",
            "sata1",
            "sata2",
            "sata3",
            "sata4",
            "sata5",
            "efidisk0",
            "tpmstate0",
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
        bwlimit: int | None = None,
        delete: bool | None = None,
        digest: str | None = None,
        format: Literal["raw", "qcow2", "vmdk"] | None = None,
        storage: str | None = None,
        target_digest: str | None = None,
        target_disk: Literal[
            "ide0",
            "ide1",
            "ide2",
            "ide3",
            "scsi0",
            "scsi1",
            "scsi2",
            "scsi3",
            "scsi4",
            "scsi5",
            "scsi6",
            "scsi7",
            "scsi8",
            "scsi9",
            "scsi10",
            "scsi11",
            "scsi12",
            "scsi13",
            "scsi14",
            "scsi15",
            "scsi16",
            "scsi17",
            "scsi18",
            "scsi19",
            "scsi20",
            "scsi21",
            "scsi22",
            "scsi23",
            "scsi24",
            "scsi25",
            "scsi26",
            "scsi27",
            "scsi28",
            "scsi29",
            "scsi30",
            "virtio0",
            "virtio1",
            "virtio2",
            "virtio3",
            "virtio4",
            "virtio5",
            "virtio6",
            "virtio7",
            "virtio8",
            "virtio9",
            "virtio10",
            "virtio11",
            "virtio12",
            "virtio13",
            "virtio14",
            "virtio15",
            "sata0",
            "sata1",
            "sata2",
            "sata3",
            "sata4",
            "sata5",
            "efidisk0",
            "tpmstate0",
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
        target_vmid: int | None = None,
    ) -> Task:
        """Move volume to different storage or to a different VM.

        Args:
            disk: The disk you want to move.
            bwlimit: Override I/O bandwidth limit (in KiB/s).
                Default: move limit from datacenter or storage config.
            delete: Delete the original disk after successful copy. By default the original disk is kept as unused disk.
                Default: ``0``.
            digest: Prevent changes if current configuration file has different SHA1 digest. This can be used to prevent concurrent modifications.
                Length: 0 to 40.
            format: Target Format.
            storage: Target storage.
                Format: ``pve-storage-id``.
            target_digest: Prevent changes if the current config file of the target VM has a different SHA1 digest. This can be used to detect concurrent modifications.
                Length: 0 to 40.
            target_disk: The config key the disk will be moved to on the target VM (for example, ide0 or scsi1). Default is the source disk key.
            target_vmid: The (unique) ID of the VM.
                Range: 100 to 999999999.
                Format: ``pve-vmid``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client): the task ID.

        Permissions:
            You need 'VM.Config.Disk' permissions on /vms/{vmid}, and 'Datastore.AllocateSpace' permissions on the storage. To move a disk to another VM, you need the permissions on the target VM as well.
            Check: ``[perm, /vms/{vmid}, [VM.Config.Disk]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/move_disk`` (``move_vm_disk``)."""
        params = {
            "disk": disk,
            "bwlimit": bwlimit,
            "delete": delete,
            "digest": digest,
            "format": format,
            "storage": _checked("pve-storage-id", "storage", storage),
            "target-digest": target_digest,
            "target-disk": target_disk,
            "target-vmid": target_vmid,
        }
        return _task(self._client._call("POST", self._path, params, _R16), self._client)


class NodesNodeQemuVmidMtunnel(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/mtunnel`` (mtunnel)

    ``POST``: Migration tunnel endpoint - only for internal use by VM migration."""

    __slots__ = ()

    def post(
        self,
        *,
        bridges: str | Sequence[str] | None = None,
        storages: str | Sequence[str] | None = None,
    ) -> NodesQemuMtunnelPostResult:
        """Migration tunnel endpoint - only for internal use by VM migration.

        Args:
            bridges: List of network bridges to check availability. Will be checked again for actually used bridges during migration.
                Format: ``pve-bridge-id-list``.
                Syntax: ``<string>``.
            storages: List of storages to check permission and availability. Will be checked again for all actually used storages during migration.
                Format: ``pve-storage-id-list``.
                Syntax: ``<string>``.

        Returns:
            ``NodesQemuMtunnelPostResult``

        Permissions:
            You need 'VM.Allocate' permissions on '/vms/{vmid}' and Sys.Incoming on '/'. Further permission checks happen during the actual migration.
            Check: ``[and, [perm, /vms/{vmid}, [VM.Allocate]], [perm, /, [Sys.Incoming]]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/mtunnel`` (``mtunnel``)."""
        params = {
            "bridges": _join(bridges),
            "storages": _join(storages),
        }
        return self._client._call("POST", self._path, params, _R17)


class NodesNodeQemuVmidMtunnelwebsocket(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/mtunnelwebsocket`` (mtunnelwebsocket)

    ``GET``: Migration tunnel endpoint for websocket upgrade - only for internal use by VM migration."""

    __slots__ = ()

    def get(
        self,
        *,
        socket: str,
        ticket: str,
    ) -> NodesQemuMtunnelwebsocketGetResult:
        """Migration tunnel endpoint for websocket upgrade - only for internal use by VM migration.

        Args:
            socket: unix socket to forward to
            ticket: ticket return by initial 'mtunnel' API call, or retrieved via 'ticket' tunnel command

        Returns:
            ``NodesQemuMtunnelwebsocketGetResult``

        Permissions:
            You need to pass a ticket valid for the selected socket. Tickets can be created via the mtunnel API call, which will check permissions accordingly.
            User: all

        Proxmox: ``GET /nodes/{node}/qemu/{vmid}/mtunnelwebsocket`` (``mtunnelwebsocket``)."""
        ticket = _secret(ticket)
        params = {
            "socket": socket,
            "ticket": ticket,
        }
        return self._client._call("GET", self._path, params, _R18)


class NodesNodeQemuVmidPending(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/pending`` (pending)

    ``GET``: Get the virtual machine configuration with both current and pending values."""

    __slots__ = ()

    def get(self) -> list[NodesQemuPendingGetResultItem]:
        """Get the virtual machine configuration with both current and pending values.

        Returns:
            ``list[NodesQemuPendingGetResultItem]``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Audit]]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/qemu/{vmid}/pending`` (``vm_pending``)."""
        return self._client._call("GET", self._path, {}, _R19)


class NodesNodeQemuVmidRemoteMigrate(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/remote_migrate`` (remote_migrate)

    ``POST``: Migrate virtual machine to a remote cluster. Creates a new migration task. EXPERIMENTAL feature!"""

    __slots__ = ()

    def post(
        self,
        *,
        target_bridge: str | Sequence[str],
        target_endpoint: TargetEndpoint | str,
        target_storage: str | Sequence[str],
        bwlimit: int | None = None,
        delete: bool | None = None,
        online: bool | None = None,
        target_vmid: int | None = None,
    ) -> Task:
        """Migrate virtual machine to a remote cluster. Creates a new migration task. EXPERIMENTAL feature!

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
            delete: Delete the original VM and related data after successful migration. By default the original VM is kept on the source cluster in a stopped state.
                Default: ``0``.
            online: Use online/live migration if VM is running. Ignored if VM is stopped.
            target_vmid: The (unique) ID of the VM.
                Range: 100 to 999999999.
                Format: ``pve-vmid``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client): the task ID.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Migrate]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/remote_migrate`` (``remote_migrate_vm``)."""
        params = {
            "target-bridge": _join(target_bridge),
            "target-endpoint": target_endpoint,
            "target-storage": _join(target_storage),
            "bwlimit": bwlimit,
            "delete": delete,
            "online": online,
            "target-vmid": target_vmid,
        }
        return _task(self._client._call("POST", self._path, params, _R20), self._client)


class NodesNodeQemuVmidResize(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/resize`` (resize)

    ``PUT``: Extend volume size."""

    __slots__ = ()

    def put(
        self,
        *,
        disk: Literal[
            "ide0",
            "ide1",
            "ide2",
            "ide3",
            "scsi0",
            "scsi1",
            "scsi2",
            "scsi3",
            "scsi4",
            "scsi5",
            "scsi6",
            "scsi7",
            "scsi8",
            "scsi9",
            "scsi10",
            "scsi11",
            "scsi12",
            "scsi13",
            "scsi14",
            "scsi15",
            "scsi16",
            "scsi17",
            "scsi18",
            "scsi19",
            "scsi20",
            "scsi21",
            "scsi22",
            "scsi23",
            "scsi24",
            "scsi25",
            "scsi26",
            "scsi27",
            "scsi28",
            "scsi29",
            "scsi30",
            "virtio0",
            "virtio1",
            "virtio2",
            "virtio3",
            "virtio4",
            "virtio5",
            "virtio6",
            "virtio7",
            "virtio8",
            "virtio9",
            "virtio10",
            "virtio11",
            "virtio12",
            "virtio13",
            "virtio14",
            "virtio15",
            "sata0",
            "sata1",
            "sata2",
            "sata3",
            "sata4",
            "sata5",
            "efidisk0",
            "tpmstate0",
        ],
        size: str,
        digest: str | None = None,
        skiplock: bool | None = None,
    ) -> Task:
        """Extend volume size.

        Args:
            disk: The disk you want to resize.
            size: The new size. With the `+` sign the value is added to the actual size of the volume and without it, the value is taken as an absolute one. Shrinking disk size is not supported.
                Pattern: ``^\\+?\\d+(\\.\\d+)?[KMGT]?$``.
            digest: Prevent changes if current configuration file has different SHA1 digest. This can be used to prevent concurrent modifications.
                Length: 0 to 40.
            skiplock: Ignore locks - only root is allowed to use this option.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client): the task ID.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Config.Disk]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/qemu/{vmid}/resize`` (``resize_vm``)."""
        params = {
            "disk": disk,
            "size": size,
            "digest": digest,
            "skiplock": skiplock,
        }
        return _task(self._client._call("PUT", self._path, params, _R21), self._client)


class NodesNodeQemuVmidRrd(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/rrd`` (rrd)

    ``GET``: Read VM RRD statistics (returns PNG)"""

    __slots__ = ()

    def get(
        self,
        *,
        ds: str | Sequence[str],
        timeframe: Literal["hour", "day", "week", "month", "year"],
        cf: Literal["AVERAGE", "MAX"] | None = None,
    ) -> NodesQemuRrdGetResult:
        """Read VM RRD statistics (returns PNG)

        Args:
            ds: The list of datasources you want to display.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            timeframe: Specify the time frame you are interested in.
            cf: The RRD consolidation function

        Returns:
            ``NodesQemuRrdGetResult``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Audit]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/qemu/{vmid}/rrd`` (``rrd``)."""
        params = {
            "ds": _join(ds),
            "timeframe": timeframe,
            "cf": cf,
        }
        return self._client._call("GET", self._path, params, _R22)


class NodesNodeQemuVmidRrddata(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/rrddata`` (rrddata)

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

        Proxmox: ``GET /nodes/{node}/qemu/{vmid}/rrddata`` (``rrddata``)."""
        params = {
            "timeframe": timeframe,
            "cf": cf,
        }
        return self._client._call("GET", self._path, params, _R23)


class NodesNodeQemuVmidSendkey(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/sendkey`` (sendkey)

    ``PUT``: Send key event to virtual machine."""

    __slots__ = ()

    def put(
        self,
        *,
        key: str,
        skiplock: bool | None = None,
    ) -> None:
        """Send key event to virtual machine.

        Args:
            key: The key (qemu monitor encoding).
            skiplock: Ignore locks - only root is allowed to use this option.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Console]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/qemu/{vmid}/sendkey`` (``vm_sendkey``)."""
        key = _secret(key)
        params = {
            "key": key,
            "skiplock": skiplock,
        }
        return self._client._call("PUT", self._path, params, _R24)


class NodesNodeQemuVmidSpiceproxy(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/spiceproxy`` (spiceproxy)

    ``POST``: Returns a SPICE configuration to connect to the VM."""

    __slots__ = ()

    def post(
        self,
        *,
        proxy: str | None = None,
    ) -> NodesQemuSpiceproxyPostResult:
        """Returns a SPICE configuration to connect to the VM.

        Args:
            proxy: SPICE proxy server. This can be used by the client to specify the proxy server. All nodes in a cluster runs 'spiceproxy', so it is up to the client to choose one. By default, we return the node where the VM is currently running. As reasonable setting is to use same node you use to connect to the API (This is window.location.hostname for the JS GUI).
                Format: ``address``.

        Returns:
            ``NodesQemuSpiceproxyPostResult``: Returned values can be directly passed to the 'remote-viewer' application.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Console]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/spiceproxy`` (``spiceproxy``)."""
        params = {
            "proxy": proxy,
        }
        return self._client._call("POST", self._path, params, _R25)


class NodesNodeQemuVmidTemplate(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/template`` (template)

    ``POST``: Create a Template."""

    __slots__ = ()

    def post(
        self,
        *,
        disk: Literal[
            "ide0",
            "ide1",
            "ide2",
            "ide3",
            "scsi0",
            "scsi1",
            "scsi2",
            "scsi3",
            "scsi4",
            "scsi5",
            "scsi6",
            "scsi7",
            "scsi8",
            "scsi9",
            "scsi10",
            "scsi11",
            "scsi12",
            "scsi13",
            "scsi14",
            "scsi15",
            "scsi16",
            "scsi17",
            "scsi18",
            "scsi19",
            "scsi20",
            "scsi21",
            "scsi22",
            "scsi23",
            "scsi24",
            "scsi25",
            "scsi26",
            "scsi27",
            "scsi28",
            "scsi29",
            "scsi30",
            "virtio0",
            "virtio1",
            "virtio2",
            "virtio3",
            "virtio4",
            "virtio5",
            "virtio6",
            "virtio7",
            "virtio8",
            "virtio9",
            "virtio10",
            "virtio11",
            "virtio12",
            "virtio13",
            "virtio14",
            "virtio15",
            "sata0",
            "sata1",
            "sata2",
            "sata3",
            "sata4",
            "sata5",
            "efidisk0",
            "tpmstate0",
        ]
        | None = None,
    ) -> Task:
        """Create a Template.

        Args:
            disk: If you want to convert only 1 disk to base image.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client): the task ID.

        Permissions:
            You need 'VM.Allocate' permissions on /vms/{vmid}
            Check: ``[perm, /vms/{vmid}, [VM.Allocate]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/template`` (``template``)."""
        params = {
            "disk": disk,
        }
        return _task(self._client._call("POST", self._path, params, _R26), self._client)


class NodesNodeQemuVmidTermproxy(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/termproxy`` (termproxy)

    ``POST``: Creates a TCP proxy connections."""

    __slots__ = ()

    def post(
        self,
        *,
        serial: Literal["serial0", "serial1", "serial2", "serial3"] | None = None,
    ) -> NodesQemuTermproxyPostResult:
        """Creates a TCP proxy connections.

        Args:
            serial: opens a serial terminal (defaults to display)

        Returns:
            ``NodesQemuTermproxyPostResult``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Console]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/termproxy`` (``termproxy``)."""
        params = {
            "serial": serial,
        }
        return self._client._call("POST", self._path, params, _R27)


class NodesNodeQemuVmidUnlink(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/unlink`` (unlink)

    ``PUT``: Unlink/delete disk images."""

    __slots__ = ()

    def put(
        self,
        *,
        idlist: str | Sequence[str],
        force: bool | None = None,
    ) -> None:
        """Unlink/delete disk images.

        Args:
            idlist: A list of disk IDs you want to delete.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            force: Force physical removal. Without this, we simple remove the disk from the config file and create an additional configuration entry called 'unused[n]', which contains the volume ID. Unlink of unused[n] always cause physical removal.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Config.Disk]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/qemu/{vmid}/unlink`` (``unlink``)."""
        params = {
            "idlist": _join(idlist),
            "force": force,
        }
        return self._client._call("PUT", self._path, params, _R28)


class NodesNodeQemuVmidVncproxy(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/vncproxy`` (vncproxy)

    ``POST``: Creates a TCP VNC proxy connections."""

    __slots__ = ()

    def post(
        self,
        *,
        generate_password: bool | None = None,
        websocket: bool | None = None,
    ) -> NodesQemuVncproxyPostResult:
        """Creates a TCP VNC proxy connections.

        Args:
            generate_password: Deprecated, do not use. Password is generated when required.
                Default: ``0``.
            websocket: Prepare for websocket upgrade (only required when using serial terminal, otherwise upgrade is always possible).

        Returns:
            ``NodesQemuVncproxyPostResult``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Console]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/vncproxy`` (``vncproxy``)."""
        params = {
            "generate-password": generate_password,
            "websocket": websocket,
        }
        return self._client._call("POST", self._path, params, _R29)


class NodesNodeQemuVmidVncwebsocket(SyncPath):
    """``/nodes/{node}/qemu/{vmid}/vncwebsocket`` (vncwebsocket)

    ``GET``: Opens a websocket for VNC traffic."""

    __slots__ = ()

    def get(
        self,
        *,
        port: int,
        vncticket: str,
    ) -> NodesQemuVncwebsocketGetResult:
        """Opens a websocket for VNC traffic.

        Args:
            port: Port number returned by previous vncproxy call.
                Range: 5900 to 5999.
            vncticket: Ticket from previous call to vncproxy.
                Length: 0 to 512.

        Returns:
            ``NodesQemuVncwebsocketGetResult``

        Permissions:
            You also need to pass a valid ticket (vncticket).
            Check: ``[perm, /vms/{vmid}, [VM.Console]]``

        Proxmox: ``GET /nodes/{node}/qemu/{vmid}/vncwebsocket`` (``vncwebsocket``)."""
        vncticket = _secret(vncticket)
        params = {
            "port": port,
            "vncticket": vncticket,
        }
        return self._client._call("GET", self._path, params, _R30)
