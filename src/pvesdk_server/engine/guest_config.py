"""Guest config writes as qemu-server and pve-container make them: options checked and
rewritten (NICs get their MAC, disks are allocated, tags normalised), deletes, ``revert``,
and pending changes of a running guest (``vmconfig_hotplug_pending`` of both)."""

from __future__ import annotations

import base64
import re
import urllib.parse
from typing import Any

from pvesdk.formats import split_list

from .core import PARAM_FAILED, ApiError, Caller, Engine, GiB, _wire
from .guest_perms import (
    check_bridge_access,
    check_lxc_options,
    check_qemu_options,
    check_qemu_storage,
    datacenter,
)
from .normalize import normalize
from .state import Guest, guest_digest
from .volumes import FILE_TYPES, new_image

_SIZE = re.compile(r"^(\d+(?:\.\d+)?)([KMGT]?)$")
_UNITS = {"": GiB, "K": 1 << 10, "M": 1 << 20, "G": GiB, "T": 1 << 40}
_DISK_KEY = re.compile(r"^(scsi|virtio|sata|ide|efidisk|tpmstate)\d+$|^(rootfs|mp\d+)$")
_NET_KEY = re.compile(r"^net\d+$")
_QEMU_MODELS = ("virtio", "e1000", "e1000e", "rtl8139", "vmxnet3")


def _size_text(size: int) -> str:
    for unit, factor in (("T", 1 << 40), ("G", GiB), ("M", 1 << 20), ("K", 1 << 10)):
        if size % factor == 0:
            return f"{size // factor}{unit}"
    return str(size)


def _mac(engine: Engine) -> str:
    engine.state.counter += 1
    n = engine.state.counter
    return f"BC:24:11:{(n >> 16) & 0xFF:02X}:{(n >> 8) & 0xFF:02X}:{n & 0xFF:02X}"


# Parameters of the create and config calls that are not config options.
_NOT_OPTIONS = frozenset(
    {
        "node", "vmid", "digest", "delete", "revert", "start", "storage", "pool", "force",
        "skiplock", "unique", "ostemplate", "password", "ssh-public-keys", "restore", "archive",
        "background_delay", "live-restore", "ignore-unpack-errors", "skip_cloud_init",
        "import-working-storage", "current", "snapshot",
    }
)  # fmt: skip
# qemu-server ``$fast_plug_option`` plus its cloud-init options: applied to a running VM at once.
_QEMU_FAST_PLUG = frozenset(
    {
        "description", "hookscript", "lock", "migrate_downtime", "migrate_speed", "name",
        "onboot", "protection", "shares", "startup", "tags", "vmstatestorage", "cicustom",
        "cipassword", "citype", "ciupgrade", "ciuser", "nameserver", "searchdomain", "sshkeys",
    }
)  # fmt: skip
_QEMU_HOTPLUG_DEFAULT = "network,disk,usb"
_QEMU_ALWAYS_LIVE = frozenset({"cpuunits", "cpulimit", "balloon"})
# pve-container ``PVE::LXC::Config``'s ``$LXC_FASTPLUG_OPTIONS``.
_LXC_FAST_PLUG = frozenset(
    {"description", "onboot", "startup", "protection", "hostname", "hookscript", "cores", "tags",
     "lock"}
)  # fmt: skip
# The wording differs between qemu-server and pve-container (quotes included).
_BOTH_SET = {
    "qemu": "you can't use '-{opt}' and -delete {opt}' at the same time",
    "lxc": "you can't use '-{opt}' and -delete {opt}' at the same time",
}
_REVERT_AND_SET = {
    "qemu": "you can't use '-{opt}' and -revert {opt}' at the same time",
    "lxc": "you can't use '-{opt}' and '-revert {opt}' at the same time",
}
_DELETE_AND_REVERT = {
    "qemu": "you can't use '-delete {opt}' and -revert {opt}' at the same time",
    "lxc": "you can't use '-delete {opt}' and '-revert {opt}' at the same time",
}


def _options(engine: Engine, kind: str) -> tuple[frozenset[str], tuple[tuple[str, int, int], ...]]:
    """The config options a guest kind has (``option_exists``): names and numbered families."""
    matched = engine.router.match(["nodes", "n", kind, "100", "config"])
    assert matched is not None
    op = matched[2]["PUT"]
    names = frozenset(op.properties) - _NOT_OPTIONS
    return names, tuple((base, low, high) for base, low, high, _ in op.families)


def _option_exists(engine: Engine, kind: str, key: str) -> bool:
    names, families = _options(engine, kind)
    if key in names:
        return True
    for base, low, high in families:
        suffix = key[len(base) :]
        if key.startswith(base) and suffix.isdigit() and low <= int(suffix) <= high:
            return True
    return False


def _ssh_key_line(line: str) -> bool:
    """Whether one line holds an OpenSSH public key (options before it allowed): a key type
    followed by base64 whose blob starts with that same type, which ``ssh-keygen -l`` needs."""
    words = line.split()
    for i, word in enumerate(words[:-1]):
        if not re.match(r"^(ssh-|ecdsa-|sk-)[\w.@-]+$", word):
            continue
        try:
            blob = base64.b64decode(words[i + 1], validate=True)
        except ValueError:
            return False
        size = int.from_bytes(blob[:4], "big")
        return len(blob) >= 4 + size and blob[4 : 4 + size] == word.encode()
    return False


def check_ssh_keys(text: str) -> None:
    """qemu-server: ``sshkeys`` (URL-decoded) is run through ``PVE::Tools::
    validate_ssh_public_keys``, which has ``ssh-keygen -l`` read every non-blank line.

    Raises:
        ApiError: 500 ``SSH public key validation error``.
    """
    for line in urllib.parse.unquote(text).split("\n"):
        if line.strip() and not _ssh_key_line(line):
            raise ApiError(500, "SSH public key validation error")


def _unique_tags(engine: Engine, text: str) -> str:
    """pve-guest-common ``get_unique_tags`` under the datacenter's ``tag-style``: lower-cased
    unless ``case-sensitive``, sorted (case-insensitively unless case-sensitive) unless
    ``ordering=config``, de-duplicated, joined with ``;``."""
    style = datacenter(engine, "tag-style")
    case_sensitive = style.get("case-sensitive") in ("1", "true", "yes", "on")
    tags = split_list(text)
    if style.get("ordering") != "config":
        tags = sorted(tags, key=None if case_sensitive else str.lower)
    seen: list[str] = []
    for tag in tags:
        tag = tag if case_sensitive else tag.lower()
        if tag not in seen:
            seen.append(tag)
    return ";".join(seen)


def _rewrite(engine: Engine, guest: Guest, key: str, text: str) -> str:
    """``text`` as qemu-server / pve-container store it under ``key``: NICs get their MAC and are
    printed again, disks are allocated and printed, ``boot`` orders and ``tags`` are rewritten;
    every other value is stored exactly as sent."""
    if _DISK_KEY.match(key):
        return normalize(guest.kind, key, _allocate(engine, guest, key, text))
    if _NET_KEY.match(key):
        nic = _qemu_nic(engine, text) if guest.kind == "qemu" else _lxc_nic(engine, text)
        return normalize(guest.kind, key, nic)
    if key == "tags":
        return _unique_tags(engine, text)
    if key == "vmgenid" and guest.kind == "qemu" and text == "1":
        engine.state.counter += 1  # qemu-server: '1' asks for a newly generated UUID
        return f"00000000-0000-4000-9000-{engine.state.counter:012d}"
    if key == "boot" and guest.kind == "qemu":
        return normalize(guest.kind, key, text)
    return text


def _text(raw: Any) -> str:
    value = _wire(raw)
    return ",".join(map(str, value)) if isinstance(value, list) else str(value)


def _apply_config(engine: Engine, guest: Guest, values: dict[str, Any], *, create: bool) -> None:
    """Write the options of a create call into a new guest's config."""
    for key, raw in values.items():
        if key not in _NOT_OPTIONS:
            guest.config[key] = _rewrite(engine, guest, key, _text(raw))


def _live(guest: Guest, key: str, *, delete: bool = False) -> bool:
    """Whether a change of ``key`` reaches a running guest at once (else it stays pending):
    qemu-server ``vmconfig_hotplug_pending`` with the VM's ``hotplug`` features, pve-container's
    ``vmconfig_hotplug_pending`` for a container."""
    if guest.status == "stopped":
        return True
    if guest.kind == "lxc":
        return _lxc_live(guest, key, delete=delete)
    features = guest.config.get("hotplug", _QEMU_HOTPLUG_DEFAULT)
    features = {"0": "", "1": _QEMU_HOTPLUG_DEFAULT}.get(features, features)
    hot = set(split_list(features))
    if key in _QEMU_FAST_PLUG or key in _QEMU_ALWAYS_LIVE or key.startswith("ipconfig"):
        return True
    if _NET_KEY.match(key):
        return "network" in hot
    if re.match(r"^(scsi|virtio)\d+$", key):
        return "disk" in hot
    if re.match(r"^usb\d+$", key) or key == "tablet":
        return "usb" in hot
    if key == "vcpus":
        return "cpu" in hot
    if key == "memory":
        return "memory" in hot
    return False


def _lxc_live(guest: Guest, key: str, *, delete: bool) -> bool:
    """pve-container: the ``$LXC_FASTPLUG_OPTIONS`` always; CPU limits, NICs and (for a
    change) memory too; a new mount point or device (never over an existing one); removing
    ``swap`` or an ``unusedN``; everything else waits for the next start."""
    if key in _LXC_FAST_PLUG or key in ("cpulimit", "cpuunits") or _NET_KEY.match(key):
        return True
    if delete:
        return key == "swap" or key.startswith("unused")
    if key in ("memory", "swap"):
        return True
    return bool(re.match(r"^(mp|dev)\d+$", key)) and key not in guest.config


def _detach(engine: Engine, guest: Guest, key: str, value: str, *, force: bool) -> None:
    """A deleted disk becomes ``unusedN`` (qemu-server keeps the volume) unless forced or a
    CD-ROM; deleting an ``unusedN`` frees its volume."""
    volid = value.split(",")[0].removeprefix("volume=")
    if key.startswith("unused") or force:
        _release_volume(engine, value)
        return
    if "media=cdrom" in value or volid in ("none", "cdrom") or volid not in engine.state.volumes:
        return
    n = 0
    while f"unused{n}" in guest.config:
        n += 1
    guest.config[f"unused{n}"] = volid


def _release_volume(engine: Engine, value: str) -> None:
    """Free the volume of a config value (a base volume linked clones use is refused)."""
    from .disks import free_volume

    volid = value.split(",")[0].removeprefix("volume=")
    if volid in engine.state.volumes and "media=cdrom" not in value:
        free_volume(engine, volid)


def _qemu_nic(engine: Engine, text: str) -> str:
    """A qemu NIC as Proxmox stores it: ``model=MAC`` first, a MAC allocated when none given."""
    from pvesdk.propstr import QemuNet

    try:
        nic = QemuNet.parse(text)
    except ValueError:
        return text
    if nic.macaddr is None:
        nic.macaddr = _mac(engine)
    return str(nic)


def _lxc_nic(engine: Engine, text: str) -> str:
    from pvesdk.propstr import LxcNet

    try:
        nic = LxcNet.parse(text)
    except ValueError:
        return text
    if nic.hwaddr is None:
        nic.hwaddr = _mac(engine)
    return str(nic)


def _allocate(engine: Engine, guest: Guest, key: str, text: str) -> str:
    """``local-lvm:32`` (STORAGE:SIZE_IN_GiB) allocates a new volume; anything else is kept."""
    head, _, rest = text.partition(",")
    storage, _, size = head.partition(":")
    if key.startswith(("rootfs", "mp")) and head.startswith("volume="):
        storage, _, size = head.removeprefix("volume=").partition(":")
    match = _SIZE.match(size)
    if storage not in engine.state.storages or not match or "/" in size:
        return text
    imported = re.search(r"(?:^|,)import-from=([^,]+)", rest)
    if imported:
        source = engine.state.volumes.get(imported.group(1))
        if source is None:
            raise ApiError(500, f"volume '{imported.group(1)}' does not exist")
        rest = ",".join(p for p in rest.split(",") if not p.startswith("import-from="))
        match = _SIZE.match(f"{max(1, int(source['size']) // 1024)}K")
        assert match is not None
    fmt = re.search(r"(?:^|,)format=(raw|qcow2|vmdk)(?:,|$)", rest)
    file_based = engine.state.storages[storage].get("type") in FILE_TYPES
    fmt_name = fmt.group(1) if fmt and file_based else "raw"
    # Perl reads the size as a float (infinite for hundreds of digits); the storage's alloc
    # command (lvcreate, qemu-img create, ...) refuses what no disk holds. Its wording differs
    # per storage; this text is the mock's.
    wanted = float(match.group(1)) * _UNITS[match.group(2)]
    if wanted >= 1 << 64:
        raise ApiError(500, f"unable to allocate an image on storage '{storage}': size too large")
    volid = new_image(engine, storage, guest.vmid, fmt_name)
    bytes_ = int(wanted)
    engine.state.volumes[volid] = {
        "size": bytes_,
        "format": fmt_name,
        "vmid": guest.vmid,
        "content": "images" if guest.kind == "qemu" else "rootdir",
    }
    extra = [p for p in rest.split(",") if p and not p.startswith("size=")]
    return ",".join([volid, *extra, f"size={_size_text(bytes_)}"])


def _config_get(engine: Engine, guest: Guest, values: dict[str, Any]) -> dict[str, Any]:
    """The config; pending values taken in unless ``current`` (``load_current_config``)."""
    config: dict[str, Any] = dict(guest.config)
    if values.get("snapshot"):
        snap = guest.snapshots.get(values["snapshot"])
        if snap is None:
            raise ApiError(500, f"snapshot '{values['snapshot']}' does not exist")
        config = dict(snap["config"])
    elif not values.get("current"):
        config.update(guest.pending)
        for key in guest.pending_delete:
            config.pop(key, None)
    if guest.lock:
        config["lock"] = guest.lock
    config["digest"] = guest_digest(guest)
    return config


def _pending(guest: Guest) -> list[dict[str, Any]]:
    """``GET …/pending``: every option with its value, its pending value, its pending delete."""
    out = []
    for key in sorted({*guest.config, *guest.pending, *guest.pending_delete}):
        item: dict[str, Any] = {"key": key}
        if key in guest.config:
            item["value"] = guest.config[key]
        if key in guest.pending:
            item["pending"] = guest.pending[key]
        if key in guest.pending_delete:
            item["delete"] = 1
        out.append(item)
    return out


def _config_set(engine: Engine, caller: Caller, guest: Guest, values: dict[str, Any]) -> list[str]:
    """A config update as qemu-server's ``update_vm_api`` / pve-container's ``update_vm`` make it.

    Returns:
        What the update prints (``warn``, not counted as a task warning): ``cannot delete 'x' -
        not set in current configuration!`` for each option deleted that is not set; the
        ``qmconfig`` task of ``POST …/config`` logs it.

    Raises:
        ApiError: Proxmox's 400s naming ``delete`` / ``revert`` / ``skiplock``; 500 for a stale
            ``digest``, a locked guest, or no options at all.
    """
    kind = guest.kind
    options = {k: v for k, v in values.items() if k not in _NOT_OPTIONS}
    if values.get("skiplock") and not (caller.user == "root@pam" and caller.token is None):
        raise ApiError(400, PARAM_FAILED, {"skiplock": "Only root may use this option."})
    delete = split_list(str(values.get("delete") or ""))
    revert = split_list(str(values.get("revert") or ""))
    if kind == "qemu" and "sshkeys" in options:
        check_ssh_keys(_text(options["sshkeys"]))
    if not delete and not revert and not options:
        raise ApiError(500, "no options specified")
    for opt in revert:
        if not _option_exists(engine, kind, opt):
            raise ApiError(400, PARAM_FAILED, {"revert": f"unknown option '{opt}'"})
        if opt in options:
            where = "delete" if kind == "qemu" else "revert"
            raise ApiError(400, PARAM_FAILED, {where: _REVERT_AND_SET[kind].format(opt=opt)})
    deleted = []
    for opt in delete:
        opt = "ide2" if opt == "cdrom" and kind == "qemu" else opt
        if kind == "lxc" and not _option_exists(engine, kind, opt):
            raise ApiError(400, PARAM_FAILED, {"delete": f"unknown option '{opt}'"})
        if opt in options:
            raise ApiError(400, PARAM_FAILED, {"delete": _BOTH_SET[kind].format(opt=opt)})
        if opt in revert:
            where = "revert" if kind == "qemu" else "delete"
            raise ApiError(400, PARAM_FAILED, {where: _DELETE_AND_REVERT[kind].format(opt=opt)})
        if not _option_exists(engine, kind, opt):
            raise ApiError(400, PARAM_FAILED, {"delete": f"unknown option '{opt}'"})
        deleted.append(opt)
    texts = {key: _text(raw) for key, raw in options.items()}
    if kind == "qemu":  # qemu-server checks before it reads the config, pve-container after
        check_qemu_options(engine, caller, guest.vmid, guest.config, texts, deleted, create=False)
        check_qemu_storage(engine, caller, guest.vmid, texts)
        for key in sorted(texts):
            if re.match(r"^net\d+$", key):
                check_bridge_access(engine, caller, texts[key])
    digest = values.get("digest")
    if digest and digest != guest_digest(guest):
        if kind == "qemu":
            raise ApiError(500, "checksum mismatch (file change by other user?)")
        raise ApiError(
            500, "detected modified configuration - file changed by other user? Try again."
        )
    if kind == "lxc":
        check_lxc_options(engine, caller, guest.vmid, guest.config, {}, [*deleted, *revert])
        check_lxc_options(engine, caller, guest.vmid, guest.config, texts, [])
    if guest.lock and not values.get("skiplock"):
        raise ApiError(500, f"{'VM' if kind == 'qemu' else 'CT'} is locked ({guest.lock})")
    if kind == "qemu" and "boot" in options:
        # qemu-server dies on a boot order naming a device the VM does not (or no longer) have
        found = re.search(r"(?:^|,)order=([^,]*)", _text(options["boot"]))
        for device in split_list(found.group(1)) if found else []:
            exists = device in guest.config or device in guest.pending or device in options
            if not exists or device in deleted:
                raise ApiError(500, f"invalid bootorder: device '{device}' does not exist'")
    for opt in deleted:
        _check_deletable(guest, opt)
    force = bool(values.get("force"))
    for opt in revert:
        guest.pending.pop(opt, None)
        if opt in guest.pending_delete:
            guest.pending_delete.remove(opt)
    printed = []
    for opt in deleted:
        if opt not in guest.config and opt not in guest.pending:
            printed.append(f"cannot delete '{opt}' - not set in current configuration!")
            continue
        guest.pending.pop(opt, None)
        _drop_from_boot_order(guest, opt, deleted)
        if opt not in guest.config:
            continue
        if _live(guest, opt, delete=True):
            _detach(engine, guest, opt, guest.config.pop(opt), force=force)
        elif opt not in guest.pending_delete:
            guest.pending_delete.append(opt)
    for key, raw in options.items():
        text = _rewrite(engine, guest, key, _text(raw))
        if key in guest.pending_delete:
            guest.pending_delete.remove(key)
        if _live(guest, key):
            guest.pending.pop(key, None)
            old = guest.config.get(key)
            if old is not None and _DISK_KEY.match(key) and old.split(",")[0] != text.split(",")[0]:
                _detach(engine, guest, key, old, force=False)
            guest.config[key] = text
        elif guest.config.get(key) == text:
            guest.pending.pop(key, None)  # cleanup_pending: nothing changed
        else:
            guest.pending[key] = text
    return printed


def _check_deletable(guest: Guest, opt: str) -> None:
    """What refuses to delete a set option: pve-container's ``update_pct_config`` (required and
    read-only options, a protected container's mount points and unused disks) and qemu-server's
    ``update_vm_api`` (a protected VM's drives, unused disks and vmstate), each with
    ``check_protection``'s `` - protection mode enabled``.

    Raises:
        ApiError: 500 with Proxmox's message.
    """
    value = guest.pending.get(opt, guest.config.get(opt))
    if value is None:
        return  # "cannot delete '…' - not set in current configuration!" is only a warning
    protected = str(guest.config.get("protection", "0")) == "1"
    if guest.kind == "lxc":
        if opt in ("memory", "rootfs", "ostype"):
            raise ApiError(500, f"unable to delete required option '{opt}'")
        if opt == "unprivileged":
            raise ApiError(500, f"unable to delete read-only option: '{opt}'")
        if protected and re.match(r"^(unused|mp)\d+$", opt):
            raise ApiError(
                500, f"can't remove CT {guest.vmid} drive '{opt}' - protection mode enabled"
            )
        return
    if not protected:
        return
    if opt.startswith("unused"):
        volume = value.split(",")[0].removeprefix("file=")
        raise ApiError(500, f"can't remove unused disk '{volume}' - protection mode enabled")
    if opt == "vmstate":
        raise ApiError(500, f"can't remove vmstate '{value}' - protection mode enabled")
    if _DISK_KEY.match(opt):
        raise ApiError(500, f"can't remove drive '{opt}' - protection mode enabled")


def _drop_from_boot_order(guest: Guest, opt: str, deleted: list[str]) -> None:
    """A deleted device leaves the boot order (a pending ``boot`` change, as qemu-server does)."""
    boot = guest.pending.get("boot", guest.config.get("boot", ""))
    if guest.kind != "qemu" or "boot" in deleted or not boot.startswith("order="):
        return
    order = split_list(boot.removeprefix("order=").split(",")[0])
    if opt not in order:
        return
    rest = [device for device in order if device != opt]
    text = f"order={';'.join(rest)}" if rest else ""
    if _live(guest, "boot"):
        guest.config["boot"] = text
    else:
        guest.pending["boot"] = text


def apply_pending(engine: Engine, guest: Guest) -> None:
    """A (re)started or stopped guest takes its pending changes (``vmconfig_apply_pending``)."""
    for opt in guest.pending_delete:
        if opt in guest.config:
            _detach(engine, guest, opt, guest.config.pop(opt), force=False)
    guest.config.update(guest.pending)
    guest.pending.clear()
    guest.pending_delete.clear()
