# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Property-string models: ``QemuNet.parse("virtio=BC:24:11:00:00:01,bridge=vmbr0")`` and back with
``str(net)``. Parameters that take a property string accept these or a plain ``str``.

One module per model, each imported on first use (PEP 562): a call that reads a VM config
builds the models it needs, not all 69."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .acme import Acme as Acme
    from .acmedomain import Acmedomain as Acmedomain
    from .agent import Agent as Agent
    from .amd_sev import AmdSev as AmdSev
    from .audio0 import Audio0 as Audio0
    from .boot import Boot as Boot
    from .bwlimit import Bwlimit as Bwlimit
    from .cicustom import Cicustom as Cicustom
    from .cpu import Cpu as Cpu
    from .crs import Crs as Crs
    from .dev import Dev as Dev
    from .dir_map import DirMap as DirMap
    from .draid_config import DraidConfig as DraidConfig
    from .efidisk0 import Efidisk0 as Efidisk0
    from .erasure_coding import ErasureCoding as ErasureCoding
    from .exit_action import ExitAction as ExitAction
    from .features import Features as Features
    from .fleecing import Fleecing as Fleecing
    from .ha import Ha as Ha
    from .hostpci import Hostpci as Hostpci
    from .ide import Ide as Ide
    from .intel_tdx import IntelTdx as IntelTdx
    from .ipconfig import Ipconfig as Ipconfig
    from .ivshmem import Ivshmem as Ivshmem
    from .link import Link as Link
    from .location import Location as Location
    from .log_ratelimit import LogRatelimit as LogRatelimit
    from .lxc_net import LxcNet as LxcNet
    from .lxc_unused import LxcUnused as LxcUnused
    from .machine import Machine as Machine
    from .match import Match as Match
    from .memory import Memory as Memory
    from .migration import Migration as Migration
    from .mp import Mp as Mp
    from .next_id import NextId as NextId
    from .notify import Notify as Notify
    from .numa import Numa as Numa
    from .pci_map import PciMap as PciMap
    from .peers import Peers as Peers
    from .performance import Performance as Performance
    from .prefix_lists_entries import PrefixListsEntries as PrefixListsEntries
    from .prefix_lists_entries2 import PrefixListsEntries2 as PrefixListsEntries2
    from .prune_backups import PruneBackups as PruneBackups
    from .qemu_net import QemuNet as QemuNet
    from .qemu_unused import QemuUnused as QemuUnused
    from .replication import Replication as Replication
    from .rng0 import Rng0 as Rng0
    from .rootfs import Rootfs as Rootfs
    from .sata import Sata as Sata
    from .scsi import Scsi as Scsi
    from .set import Set as Set
    from .smbios1 import Smbios1 as Smbios1
    from .spice_enhancements import SpiceEnhancements as SpiceEnhancements
    from .startup import Startup as Startup
    from .sync_defaults_options import SyncDefaultsOptions as SyncDefaultsOptions
    from .tag_style import TagStyle as TagStyle
    from .target_endpoint import TargetEndpoint as TargetEndpoint
    from .tfa import Tfa as Tfa
    from .tpmstate0 import Tpmstate0 as Tpmstate0
    from .u2f import U2f as U2f
    from .usb import Usb as Usb
    from .usb_map import UsbMap as UsbMap
    from .user_tag_access import UserTagAccess as UserTagAccess
    from .vga import Vga as Vga
    from .virtio import Virtio as Virtio
    from .virtiofs import Virtiofs as Virtiofs
    from .wakeonlan import Wakeonlan as Wakeonlan
    from .watchdog import Watchdog as Watchdog
    from .webauthn import Webauthn as Webauthn

__all__ = [
    "Acme",
    "Acmedomain",
    "Agent",
    "AmdSev",
    "Audio0",
    "Boot",
    "Bwlimit",
    "Cicustom",
    "Cpu",
    "Crs",
    "Dev",
    "DirMap",
    "DraidConfig",
    "Efidisk0",
    "ErasureCoding",
    "ExitAction",
    "Features",
    "Fleecing",
    "Ha",
    "Hostpci",
    "Ide",
    "IntelTdx",
    "Ipconfig",
    "Ivshmem",
    "Link",
    "Location",
    "LogRatelimit",
    "LxcNet",
    "LxcUnused",
    "Machine",
    "Match",
    "Memory",
    "Migration",
    "Mp",
    "NextId",
    "Notify",
    "Numa",
    "PciMap",
    "Peers",
    "Performance",
    "PrefixListsEntries",
    "PrefixListsEntries2",
    "PruneBackups",
    "QemuNet",
    "QemuUnused",
    "Replication",
    "Rng0",
    "Rootfs",
    "Sata",
    "Scsi",
    "Set",
    "Smbios1",
    "SpiceEnhancements",
    "Startup",
    "SyncDefaultsOptions",
    "TagStyle",
    "TargetEndpoint",
    "Tfa",
    "Tpmstate0",
    "U2f",
    "Usb",
    "UsbMap",
    "UserTagAccess",
    "Vga",
    "Virtio",
    "Virtiofs",
    "Wakeonlan",
    "Watchdog",
    "Webauthn",
]

_INDEX: dict[str, str] = {
    "Acme": "acme",
    "Acmedomain": "acmedomain",
    "Agent": "agent",
    "AmdSev": "amd_sev",
    "Audio0": "audio0",
    "Boot": "boot",
    "Bwlimit": "bwlimit",
    "Cicustom": "cicustom",
    "Cpu": "cpu",
    "Crs": "crs",
    "Dev": "dev",
    "DirMap": "dir_map",
    "DraidConfig": "draid_config",
    "Efidisk0": "efidisk0",
    "ErasureCoding": "erasure_coding",
    "ExitAction": "exit_action",
    "Features": "features",
    "Fleecing": "fleecing",
    "Ha": "ha",
    "Hostpci": "hostpci",
    "Ide": "ide",
    "IntelTdx": "intel_tdx",
    "Ipconfig": "ipconfig",
    "Ivshmem": "ivshmem",
    "Link": "link",
    "Location": "location",
    "LogRatelimit": "log_ratelimit",
    "LxcNet": "lxc_net",
    "LxcUnused": "lxc_unused",
    "Machine": "machine",
    "Match": "match",
    "Memory": "memory",
    "Migration": "migration",
    "Mp": "mp",
    "NextId": "next_id",
    "Notify": "notify",
    "Numa": "numa",
    "PciMap": "pci_map",
    "Peers": "peers",
    "Performance": "performance",
    "PrefixListsEntries": "prefix_lists_entries",
    "PrefixListsEntries2": "prefix_lists_entries2",
    "PruneBackups": "prune_backups",
    "QemuNet": "qemu_net",
    "QemuUnused": "qemu_unused",
    "Replication": "replication",
    "Rng0": "rng0",
    "Rootfs": "rootfs",
    "Sata": "sata",
    "Scsi": "scsi",
    "Set": "set",
    "Smbios1": "smbios1",
    "SpiceEnhancements": "spice_enhancements",
    "Startup": "startup",
    "SyncDefaultsOptions": "sync_defaults_options",
    "TagStyle": "tag_style",
    "TargetEndpoint": "target_endpoint",
    "Tfa": "tfa",
    "Tpmstate0": "tpmstate0",
    "U2f": "u2f",
    "Usb": "usb",
    "UsbMap": "usb_map",
    "UserTagAccess": "user_tag_access",
    "Vga": "vga",
    "Virtio": "virtio",
    "Virtiofs": "virtiofs",
    "Wakeonlan": "wakeonlan",
    "Watchdog": "watchdog",
    "Webauthn": "webauthn",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
