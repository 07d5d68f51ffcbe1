"""Named formats only the server checks: property strings whose keys Proxmox registers as a
named format (so the schema carries only the name), and formats over server data.

* ``pve-vm-cpu-conf`` (qemu-server ``PVE::QemuServer::CPUConfig``: ``$cpu_fmt`` and
  ``validate_vm_cpu_conf``): ``cputype`` is required (``CPU is missing cputype``) and must be a
  QEMU model or a built-in ``x86-64-v*`` one (``Built-in cputype 'x' is not defined (missing
  'custom-' prefix?)``); VM-specific ``flags`` only from the supported set; no
  ``reported-model``;
* ``pve-qm-hostpci`` (``PVE::QemuServer::PCI``), ``pve-qm-ipconfig``
  (``PVE::QemuServer::Network``: a gateway requires its address), ``pve-qm-smbios1``
  (``PVE::QemuServer``: text values match the base64 alphabet whether or not ``base64`` is set);
* ``pve-qemu-sev-fmt`` and ``pve-qemu-tdx-fmt`` (qemu-server ``PVE::QemuServer::CPUConfig``:
  a TDX guest must say ``attestation``);
* ``pve-tfa-config`` (pve-access-control), ``proxmox-remote`` (pve-common: ``host`` and
  ``apitoken`` required) and ``pve-sdn-dhcp-range`` (pve-network: both addresses required);
* ``backup-fleecing`` (``storage`` when ``enabled``), ``backup-performance``
  (pve-guest-common ``PVE::VZDump::Common``), ``prune-backups`` (pve-storage: ``keep-all``
  alone) and ``realm-sync-options`` (pve-access-control ``PVE::Auth::Plugin``);
* ``pve-priv`` (pve-access-control ``verify_privname``) and the HA resource IDs
  (pve-ha-manager ``PVE::HA::Tools``: ``value does not look like a valid ha resource id``).

``custom-`` CPU models are accepted as they are: the mock keeps no ``cpu-models.conf``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pvesdk.formats import split_list
from pvesdk.formats import verify as verify_client_format

__all__ = ["STRUCTURES", "verify_format"]

_B64 = r"[A-Za-z0-9+\/]+={0,2}"
_PCI = r"(?:[a-f0-9]{4,}:)?[a-f0-9]{2}:[a-f0-9]{2}(?:\.[a-f0-9])?"
_ANY_FLAG = r"[+-][a-zA-Z0-9\-_\.]+"
_HEX_ID = {"type": "string", "pattern": r"^0x[0-9a-fA-F]{4}$"}

#: QEMU's CPU models as qemu-server knows them (its list for hosts without QEMU's model files).
CPU_MODELS = frozenset(
    [
        "486", "pentium", "pentium2", "pentium3", "coreduo", "core2duo", "Conroe", "Penryn",
        "Nehalem", "Nehalem-IBRS", "Westmere", "Westmere-IBRS", "SandyBridge", "SandyBridge-IBRS",
        "IvyBridge", "IvyBridge-IBRS", "Haswell", "Haswell-IBRS", "Haswell-noTSX",
        "Haswell-noTSX-IBRS", "Broadwell", "Broadwell-IBRS", "Broadwell-noTSX",
        "Broadwell-noTSX-IBRS", "Skylake-Client", "Skylake-Client-IBRS",
        "Skylake-Client-noTSX-IBRS",
        "Skylake-Client-v4", "Skylake-Server", "Skylake-Server-IBRS", "Skylake-Server-noTSX-IBRS",
        "Skylake-Server-v4", "Skylake-Server-v5", "Cascadelake-Server", "Cascadelake-Server-v2",
        "Cascadelake-Server-noTSX", "Cascadelake-Server-v4", "Cascadelake-Server-v5", "Cooperlake",
        "Cooperlake-v2", "KnightsMill", "Icelake-Client", "Icelake-Client-noTSX", "Icelake-Server",
        "Icelake-Server-noTSX", "Icelake-Server-v3", "Icelake-Server-v4", "Icelake-Server-v5",
        "Icelake-Server-v6", "Icelake-Server-v7", "SapphireRapids", "SapphireRapids-v2",
        "SapphireRapids-v3", "SapphireRapids-v4", "GraniteRapids", "GraniteRapids-v2",
        "GraniteRapids-v3", "SierraForest", "SierraForest-v2", "SierraForest-v3",
        "ClearwaterForest",
        "athlon", "phenom", "Opteron_G1", "Opteron_G2", "Opteron_G3", "Opteron_G4", "Opteron_G5",
        "EPYC", "EPYC-IBPB", "EPYC-v3", "EPYC-v4", "EPYC-v5", "EPYC-Rome", "EPYC-Rome-v2",
        "EPYC-Rome-v3", "EPYC-Rome-v4", "EPYC-Rome-v5", "EPYC-Milan", "EPYC-Milan-v2",
        "EPYC-Milan-v3", "EPYC-Genoa", "EPYC-Genoa-v2", "EPYC-Turin", "kvm32", "kvm64", "qemu32",
        "qemu64", "max", "host", "a64fx", "cortex-a35", "cortex-a53", "cortex-a55", "cortex-a57",
        "cortex-a710", "cortex-a72", "cortex-a76", "neoverse-n1", "neoverse-n2", "neoverse-v1",
        "x86-64-v2", "x86-64-v2-AES", "x86-64-v3", "x86-64-v4",
    ]
)  # fmt: skip
#: The flags a VM's own ``cpu`` may set (``PVE::QemuServer::CPUFlags``), sorted.
VM_CPU_FLAGS = sorted(
    [
        "nested-virt", "md-clear", "pcid", "spec-ctrl", "ssbd", "ibpb", "virt-ssbd", "amd-ssbd",
        "amd-no-ssb", "pdpe1gb", "hv-tlbflush", "hv-evmcs", "aes",
    ]
)  # fmt: skip
_VM_FLAG = rf"[+-](?:{'|'.join(re.escape(f) for f in VM_CPU_FLAGS)})"


def _optional(kind: str = "string", **more: Any) -> dict[str, Any]:
    return {"type": kind, **more}


_DEFAULT_KEY: dict[str, Any] = {"x-pve-default-key": True}


#: Property-string structures of named formats, in the spec's ``x-pve-property-string`` shape.
STRUCTURES: dict[str, dict[str, Any]] = {
    "pve-vm-cpu-conf": {
        "type": "object",
        "properties": {
            "cputype": _optional(**_DEFAULT_KEY),
            "reported-model": _optional(),
            "hidden": _optional("boolean"),
            "hv-vendor-id": _optional(pattern=r"^(?:[a-zA-Z0-9]{1,12})$"),
            "flags": _optional(pattern=rf"^(?:{_ANY_FLAG}(;{_ANY_FLAG})*)$"),
            "guest-phys-bits": _optional("integer", minimum=32, maximum=64),
            "phys-bits": _optional(format="pve-phys-bits"),
            "level": _optional("integer", minimum=0, maximum=4294967295),
        },
    },
    "pve-qm-hostpci": {
        "type": "object",
        "properties": {
            "host": _optional(pattern=rf"^(?:{_PCI}(;{_PCI})*)$", **_DEFAULT_KEY),
            "mapping": _optional(format="pve-configid"),
            "rombar": _optional("boolean"),
            "romfile": _optional(pattern=r"^(?:[^,;]+)$"),
            "pcie": _optional("boolean"),
            "x-vga": _optional("boolean"),
            "legacy-igd": _optional("boolean"),
            "mdev": _optional(pattern=r"^(?:[^/\.:]+)$"),
            "vendor-id": _HEX_ID,
            "device-id": _HEX_ID,
            "sub-vendor-id": _HEX_ID,
            "sub-device-id": _HEX_ID,
            "driver": _optional(enum=["vfio", "keep"]),
        },
    },
    "pve-qm-ipconfig": {
        "type": "object",
        "properties": {
            "ip": _optional(format="pve-ipv4-config"),
            "gw": _optional(format="ipv4", **{"x-pve-requires": "ip"}),
            "ip6": _optional(format="pve-ipv6-config"),
            "gw6": _optional(format="ipv6", **{"x-pve-requires": "ip6"}),
        },
    },
    # qemu-server PVE::QemuServer ``$boot_fmt``, ``$watchdog_fmt``, ``$cicustom_fmt`` and
    # PVE::QemuServer::RNG ``$rng_fmt``
    "pve-qm-boot": {
        "type": "object",
        "properties": {
            "legacy": _optional(pattern=r"^(?:[acdn]{1,4})$", **_DEFAULT_KEY),
            "order": _optional(format="pve-qm-bootdev-list"),
        },
    },
    "pve-qm-watchdog": {
        "type": "object",
        "properties": {
            "model": _optional(enum=["i6300esb", "ib700"], **_DEFAULT_KEY),
            "action": _optional(enum=["reset", "shutdown", "poweroff", "pause", "debug", "none"]),
        },
    },
    "pve-qm-rng": {
        "type": "object",
        "properties": {
            "source": _optional(enum=["/dev/urandom", "/dev/random", "/dev/hwrng"], **_DEFAULT_KEY),
            "max_bytes": _optional("integer"),
            "period": _optional("integer"),
        },
        "required": ["source"],
    },
    "pve-qm-cicustom": {
        "type": "object",
        "properties": {
            key: _optional(format="pve-volume-id") for key in ("meta", "network", "user", "vendor")
        },
    },
    "pve-qm-smbios1": {
        "type": "object",
        "properties": {
            "uuid": _optional(
                pattern=r"^(?:[a-fA-F0-9]{8}(?:-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12})$"
            ),
            **{
                key: _optional(pattern=rf"^(?:{_B64})$")
                for key in ("version", "serial", "manufacturer", "product", "sku", "family")
            },
            "base64": _optional("boolean"),
        },
    },
    # qemu-server PVE::QemuServer::CPUConfig ``$sev_fmt`` and ``$tdx_fmt``
    "pve-qemu-sev-fmt": {
        "type": "object",
        "properties": {
            "type": _optional(enum=["std", "es", "snp"], maxLength=3, **_DEFAULT_KEY),
            **{
                key: _optional("boolean")
                for key in ("no-debug", "no-key-sharing", "allow-smt", "kernel-hashes")
            },
        },
        "required": ["type"],
    },
    "pve-qemu-tdx-fmt": {
        "type": "object",
        "properties": {
            "type": _optional(enum=["tdx"], **_DEFAULT_KEY),
            "attestation": _optional("boolean"),
            "vsock-cid": _optional("integer", minimum=2),
            "vsock-port": _optional("integer", minimum=0),
        },
        "required": ["type", "attestation"],
    },
    # pve-access-control PVE::Auth::Plugin ``$tfa_format``
    "pve-tfa-config": {
        "type": "object",
        "properties": {
            "type": _optional(enum=["yubico", "oath"]),
            "id": _optional(),
            "key": _optional(),
            "url": _optional(),
            "digits": _optional("integer", minimum=6, maximum=8),
            "step": _optional("integer", minimum=10),
        },
        "required": ["type"],
    },
    # pve-common PVE::JSONSchema ``$remote_format``
    "proxmox-remote": {
        "type": "object",
        "properties": {
            "host": _optional(),
            "port": _optional("integer"),
            "apitoken": _optional(),
            "fingerprint": _optional(pattern=r"^(?:([A-Fa-f0-9]{2}:){31}[A-Fa-f0-9]{2})$"),
        },
        "required": ["host", "apitoken"],
    },
    # pve-network PVE::Network::SDN::SubnetPlugin ``$dhcp_range_fmt``: its keys' type ``ip`` is
    # not a JSON type, which check_type lets pass
    "pve-sdn-dhcp-range": {
        "type": "object",
        "properties": {"start-address": _optional(), "end-address": _optional()},
        "required": ["start-address", "end-address"],
    },
    # pve-guest-common PVE::VZDump::Common ``backup-fleecing`` and ``backup-performance``
    "backup-fleecing": {
        "type": "object",
        "properties": {
            "enabled": _optional("boolean", **_DEFAULT_KEY),
            "storage": _optional(format="pve-storage-id"),
        },
    },
    "backup-performance": {
        "type": "object",
        "properties": {
            "max-workers": _optional("integer", minimum=1, maximum=256),
            "pbs-entries-max": _optional("integer", minimum=1),
        },
    },
    # pve-storage PVE::Storage::Plugin ``$prune_backups_format``
    "prune-backups": {
        "type": "object",
        "properties": {
            "keep-all": _optional("boolean"),
            **{
                f"keep-{period}": _optional("integer", minimum=0)
                for period in ("last", "hourly", "daily", "weekly", "monthly", "yearly")
            },
        },
    },
    # pve-access-control PVE::Auth::Plugin ``$realm_sync_options_desc``
    "realm-sync-options": {
        "type": "object",
        "properties": {
            "scope": _optional(enum=["users", "groups", "both"]),
            "remove-vanished": _optional(
                pattern=r"^(?:(?:(?:acl|properties|entry);)*(?:acl|properties|entry)|none)$"
            ),
            "full": _optional("boolean"),
            "enable-new": _optional("boolean"),
            "purge": _optional("boolean"),
        },
    },
}


def _backup_fleecing(parsed: dict[str, str]) -> str | None:
    """pve-guest-common ``verify_backup_fleecing``."""
    if parsed.get("enabled") == "1" and not parsed.get("storage"):
        return "'storage' parameter is required when 'enabled' is set"
    return None


def _prune_backups(parsed: dict[str, str]) -> str | None:
    """pve-storage ``validate_prune_backups``: ``keep-all`` alone or not at all."""
    keeps = [int(value) for key, value in parsed.items() if key != "keep-all"]
    if parsed.get("keep-all") == "1" and any(keep > 0 for keep in keeps):
        return "keep-all cannot be set together with other options."
    return None


def _vm_cpu(parsed: dict[str, str]) -> str | None:
    """``validate_vm_cpu_conf``: what a VM's own ``cpu`` may say."""
    cputype = parsed.get("cputype")
    if not cputype:
        return "CPU is missing cputype"
    if not cputype.startswith("custom-") and cputype not in CPU_MODELS:
        return f"Built-in cputype '{cputype}' is not defined (missing 'custom-' prefix?)"
    flags = parsed.get("flags")
    if flags and not re.fullmatch(rf"{_VM_FLAG}(;{_VM_FLAG})*", flags):
        return "VM-specific CPU flags must be a subset of: " + ", ".join(VM_CPU_FLAGS)
    if "reported-model" in parsed:
        return "Property 'reported-model' not allowed in VM-specific CPU config."
    return None


#: Checks run on a parsed structure once its keys passed (Proxmox's format validators).
VALIDATORS: dict[str, Callable[[dict[str, str]], str | None]] = {
    "pve-vm-cpu-conf": _vm_cpu,
    "backup-fleecing": _backup_fleecing,
    "prune-backups": _prune_backups,
}


def _privilege(value: str) -> str | None:
    from .permissions import PRIVILEGES  # permissions imports core, core imports validate

    return None if value in PRIVILEGES else f"invalid privilege '{value}'"


# qemu-server ``verify_bootdev``: a drive (but not an EFI or TPM disk), a NIC, USB or PCI device.
_BOOT_DEVICE = re.compile(
    r"^(?:ide[0-3]|sata[0-5]|scsi(?:[0-9]|[12][0-9]|30)|virtio(?:[0-9]|1[0-5])"
    r"|net(?:[0-9]|[12][0-9]|3[01])|usb(?:[0-9]|1[0-3])|hostpci(?:[0-9]|1[0-5]))$"
)


def _boot_device(value: str) -> str | None:
    return None if _BOOT_DEVICE.match(value) else f"invalid boot device '{value}'"


_HA_MESSAGE = "value does not look like a valid ha resource id"
_NAMED: dict[str, Callable[[str], str | None]] = {
    "pve-priv": _privilege,
    "pve-qm-bootdev": _boot_device,
    "pve-ha-resource-id": lambda v: None if re.fullmatch(r"[a-z]+:\S+", v) else _HA_MESSAGE,
    "pve-ha-resource-or-vm-id": lambda v: (
        None if re.fullmatch(r"[a-z]+:\S+|\d+", v) else _HA_MESSAGE
    ),
}


def verify_format(fmt: str, value: str) -> str | None:
    """Proxmox's message for ``value`` breaking the plain (non-structured) format ``fmt``
    (``NAME``, ``NAME-list``, ``NAME-opt``), or ``None``; the client's formats
    (:func:`pvesdk.formats.verify`) and the server's own ones above."""
    name, _, kind = fmt.rpartition("-")
    check = _NAMED.get(fmt)
    if check is None and kind in ("list", "opt"):
        check = _NAMED.get(name)
        if check is not None and kind == "opt":
            return check(value) if value else None
        if check is not None:
            for entry in split_list(value):
                problem = check(entry)
                if problem is not None:
                    return problem
            return None
    if check is not None:
        return check(value)
    return verify_client_format(fmt, value)
