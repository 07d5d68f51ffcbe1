"""Names of guest images as pve-storage's plugins give them (``PVE/Storage/Plugin.pm`` and the
block-storage plugins): new images, base images of templates, linked clones.

Proxmox's facts carried over:

* file storages (dir, nfs, cifs, btrfs, cephfs) keep an image as ``<vmid>/vm-<vmid>-disk-<n>.<fmt>``
  (``local:100/vm-100-disk-0.raw``); block storages (lvm, lvmthin, zfspool, rbd, …) as
  ``vm-<vmid>-disk-<n>``; a new image takes the lowest ``n`` that no ``vm-``/``base-`` image of
  the guest holds (``get_next_vm_diskname``; on storages that can hold subvolumes whatever the
  format, elsewhere only images of the same format count);
* ``create_base`` renames ``vm-`` to ``base-`` in place (``100/base-100-disk-0.raw``); a linked
  clone of a base is ``<base volname>/<name>`` on block storages
  (``base-100-disk-0/vm-101-disk-0``) and ``<base volname>/<vmid>/vm-<vmid>-disk-<n>.qcow2`` on
  file storages (``clone_image``: always qcow2); LVM-thin makes a linked clone's base a plain
  ``base-101-disk-0``, ZFS and RBD keep the chain.
"""

from __future__ import annotations

import re

from .core import Engine

__all__ = ["FILE_TYPES", "base_image", "is_base", "linked_image", "new_image"]

FILE_TYPES = {"dir", "nfs", "cifs", "btrfs", "cephfs", "glusterfs"}
# Plugins whose formats include subvol (their disk numbers ignore the format suffix).
_SUBVOL_TYPES = {"dir", "btrfs", "zfspool"}


def _storage_type(engine: Engine, storage: str) -> str:
    return str(engine.state.storages.get(storage, {}).get("type", ""))


def _next_name(engine: Engine, storage: str, vmid: int, fmt: str, file_based: bool) -> str:
    suffix = f".{fmt}" if file_based else ""
    if _storage_type(engine, storage) in _SUBVOL_TYPES:
        numbered = re.compile(rf"^(?:vm|base|subvol|basevol)-{vmid}-disk-(\d+)")
    else:
        numbered = re.compile(rf"^(?:vm|base)-{vmid}-disk-(\d+){re.escape(suffix)}$")
    taken = set()
    for volid in engine.state.volumes:
        if volid.startswith(storage + ":"):
            match = numbered.match(volid.split(":", 1)[1].split("/")[-1])
            if match:
                taken.add(int(match.group(1)))
    n = 0
    while n in taken:
        n += 1
    prefix = "subvol" if fmt == "subvol" else "vm"
    return f"{prefix}-{vmid}-disk-{n}{suffix}"


def new_image(engine: Engine, storage: str, vmid: int, fmt: str | None = None) -> str:
    """The volume ID a new image of ``vmid`` gets on ``storage`` (raw unless ``fmt``)."""
    file_based = _storage_type(engine, storage) in FILE_TYPES
    name = _next_name(engine, storage, vmid, fmt or "raw", file_based)
    return f"{storage}:{vmid}/{name}" if file_based else f"{storage}:{name}"


def is_base(volid: str) -> bool:
    """Whether the volume is a base image (its own name, past any chain, starts ``base-``)."""
    return volid.split(":", 1)[-1].split("/")[-1].startswith(("base-", "basevol-"))


def base_image(engine: Engine, volid: str) -> str:
    """The volume ID ``create_base`` gives ``volid``."""
    storage, volname = volid.split(":", 1)
    parts = volname.split("/")
    parts[-1] = re.sub(r"^vm-", "base-", re.sub(r"^subvol-", "basevol-", parts[-1]))
    if _storage_type(engine, storage) == "lvmthin":
        return f"{storage}:{parts[-1]}"
    return f"{storage}:{'/'.join(parts)}"


def linked_image(engine: Engine, base: str, vmid: int) -> tuple[str, str]:
    """(volume ID, format) of a linked clone of the base image ``base`` for ``vmid``."""
    storage, volname = base.split(":", 1)
    if _storage_type(engine, storage) in FILE_TYPES:
        name = _next_name(engine, storage, vmid, "qcow2", True)
        return f"{storage}:{volname}/{vmid}/{name}", "qcow2"
    name = _next_name(engine, storage, vmid, "raw", False)
    return f"{storage}:{volname}/{name}", "raw"
