"""Which privilege each guest config option needs, as qemu-server and pve-container check it
when a guest is created or its config changed: on top of the operation's own ``permissions``,
every option set or deleted is checked on ``/vms/<vmid>``.

Sources: qemu-server ``PVE::API2::Qemu`` (``$cpuoptions``, ``$memoryoptions``,
``$hwtypeoptions``, ``$generaloptions``, ``$vmpoweroptions``, ``$diskoptions``,
``$cloudinitoptions``, ``$check_vm_modify_config_perm``, ``check_usb_perm``,
``check_hostpci_perm``, ``check_rng_perm``, ``check_dir_perm``, the serial-port and drive
checks of ``update_vm_api``); pve-container ``PVE::LXC::check_ct_modify_config_perm``.

Only ``root@pam`` itself skips them (``$authuser eq 'root@pam'``): its API tokens are checked
like anyone else, so an option no privilege covers (``args``, ``lock``, ``hookscript``, …)
is refused to them too. qemu-server refuses those with a plain ``die`` (500, ``only root can
set 'args' config``), pve-container with a permission exception (403).
"""

from __future__ import annotations

import re

from pvesdk.formats import split_list

from .core import PARAM_FAILED, ApiError, Caller, Engine

__all__ = [
    "assert_tag_permissions",
    "check_bridge_access",
    "check_lxc_options",
    "check_qemu_options",
    "check_qemu_storage",
    "datacenter",
]

#: qemu-server: option → the privileges it needs (all of them) on ``/vms/<vmid>``.
_QEMU_OPTION_PRIVS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        ("cores", "cpu", "runningcpu", "cpulimit", "cpuunits", "numa", "smp", "sockets",
         "vcpus"),
        ("VM.Config.CPU",),
    ),
    **dict.fromkeys(("memory", "balloon", "shares", "allow-ksm"), ("VM.Config.Memory",)),
    **dict.fromkeys(
        ("acpi", "hotplug", "kvm", "machine", "runningmachine", "scsihw", "smbios1", "tablet",
         "vga", "watchdog", "audio0", "rng0"),
        ("VM.Config.HWType",),
    ),
    **dict.fromkeys(
        ("agent", "autostart", "bios", "description", "keyboard", "localtime",
         "migrate_downtime", "migrate_speed", "name", "onboot", "ostype", "protection",
         "reboot", "startdate", "startup", "tdf", "template"),
        ("VM.Config.Options",),
    ),
    "freeze": ("VM.PowerMgmt",),
    **dict.fromkeys(("boot", "bootdisk", "vmstatestorage"), ("VM.Config.Disk",)),
    "vmstate": ("VM.Config.Disk", "VM.PowerMgmt"),
}  # fmt: skip
_QEMU_CLOUDINIT = frozenset(
    {"cicustom", "cipassword", "citype", "ciuser", "ciupgrade", "nameserver", "searchdomain",
     "sshkeys"}
)  # fmt: skip
_DRIVE = re.compile(r"^(ide|sata|scsi|virtio)\d+$|^(efidisk|tpmstate)0$")


def _keys(value: str, default_key: str) -> dict[str, str]:
    """A property string's keys, the bare first value under ``default_key`` (enough to read
    the one or two keys a permission depends on)."""
    found: dict[str, str] = {}
    for part in value.split(","):
        key, sep, text = part.partition("=")
        if sep:
            found[key] = text
        elif part:
            found.setdefault(default_key, part)
    return found


def datacenter(engine: Engine, key: str) -> dict[str, str]:
    """A property-string option of ``datacenter.cfg`` (``PUT /cluster/options``) as its keys;
    empty when unset."""
    raw = engine.state.store.get("/cluster/options", {}).get(key)
    return _keys(str(raw), "") if raw else {}


def _tag_list(engine: Engine, key: str, sub: str | None = None) -> set[str]:
    raw = engine.state.store.get("/cluster/options", {}).get(key)
    text = datacenter(engine, key).get(sub, "") if sub else str(raw or "")
    return set(split_list(text))


def assert_tag_permissions(
    engine: Engine, caller: Caller, vmid: int, old: str | None, new: str | None
) -> None:
    """pve-guest-common ``PVE::GuestHelpers::assert_tag_permissions``: VM.Config.Options, then
    every tag added or removed must be one the caller may use (``get_allowed_tags``: any with
    ``user-tag-access`` ``free``, the ``user-allow-list`` and tags already on guests it can
    audit otherwise, never a ``registered-tags`` one), unless it has Sys.Modify on ``/``.

    Raises:
        ApiError: 403 ``Permission check failed (/, Sys.Modify for modifying tag 'x')``.
    """
    access = engine.access
    access.check(caller, f"/vms/{vmid}", ["VM.Config.Options"])
    if access.allowed(caller, "/", ["Sys.Modify"]):
        return
    before, after = split_list(old or ""), split_list(new or "")
    changed = {t for t in {*before, *after} if before.count(t) != after.count(t)}
    if not changed:
        return
    user_allow = datacenter(engine, "user-tag-access").get("user-allow", "free")
    allowed: set[str] = set()
    if user_allow != "none":
        allowed |= _tag_list(engine, "user-tag-access", "user-allow-list")
    if user_allow in ("free", "existing"):
        for other, guest in engine.state.guests.items():
            if access.allowed(caller, f"/vms/{other}", ["VM.Audit"]):
                allowed |= set(split_list(str(guest.config.get("tags", ""))))
    privileged = _tag_list(engine, "registered-tags")
    for tag in sorted(changed):
        if (tag not in allowed and user_allow != "free") or tag in privileged:
            raise ApiError(
                403, f"Permission check failed (/, Sys.Modify for modifying tag '{tag}')"
            )


class _Checker:
    def __init__(self, engine: Engine, caller: Caller, vmid: int, pool: str | None = None) -> None:
        self.engine, self.caller, self.vmid, self.pool = engine, caller, vmid, pool
        self.path = f"/vms/{vmid}"

    def vm(self, *privs: str, any_: bool = False) -> None:
        """``check_vm_perm``: the privileges on the create's ``/pool/<pool>`` do, else they
        must be held on ``/vms/<vmid>`` (the message names that path)."""
        access = self.engine.access
        if self.pool and access.allowed(self.caller, f"/pool/{self.pool}", list(privs), any_=any_):
            return
        access.check(self.caller, self.path, list(privs), any_=any_)

    def full(self, path: str, *privs: str) -> None:
        self.engine.access.check(self.caller, path, list(privs))


def _is_cdrom(value: str) -> bool:
    volume = _keys(value, "file").get("file", "")
    return "media=cdrom" in value.split(",") or volume in ("cdrom", "none")


def _qemu_option(check: _Checker, opt: str, value: str | None, old: str | None, verb: str) -> None:
    """``$check_vm_modify_config_perm`` and the value-dependent checks of one option
    (``value`` is the new value, or the current one for a delete; ``verb`` says which:
    ``set`` on create, ``modify`` on update, ``delete``)."""
    privs = _QEMU_OPTION_PRIVS.get(opt)
    if privs is not None:
        check.vm(*privs)
        if opt == "startup":
            check.full("/", "Sys.Modify")  # it changes how the host boots
        if opt == "rng0" and value and _keys(value, "source").get("source") == "/dev/hwrng":
            check.full("/mapping/hwrng", "Mapping.Use")
    elif opt == "tags":
        new = None if verb == "delete" else value
        current = value if verb == "delete" else old
        assert_tag_permissions(check.engine, check.caller, check.vmid, current, new)
    elif re.match(r"^numa\d+$", opt):
        check.vm("VM.Config.CPU")
    elif re.match(r"^net\d+$", opt):
        check.vm("VM.Config.Network")
    elif opt in _QEMU_CLOUDINIT or re.match(r"^ipconfig\d+$", opt):
        check.vm("VM.Config.Cloudinit", "VM.Config.Network", any_=True)
    elif _DRIVE.match(opt):
        if value and re.search(r"(^|[:/])vm-\d+-cloudinit|^[^,]*:cloudinit(,|$)", value):
            check.vm("VM.Config.Cloudinit", "VM.Config.CDROM")
        elif value and _is_cdrom(value):
            check.vm("VM.Config.CDROM")
        else:
            check.vm("VM.Config.Disk")
    elif re.match(r"^unused\d+$", opt):
        check.vm("VM.Config.Disk")
    elif re.match(r"^serial\d+$", opt):
        if value != "socket" or old not in (None, "socket"):
            raise ApiError(500, f"only root can {verb} '{opt}' config for real devices")
        check.vm("VM.Config.HWType")
    elif re.match(r"^usb\d+$", opt):
        check.vm("VM.Config.HWType")
        device = _keys(value or "", "host")
        if device.get("host"):
            if device["host"].lower() != "spice":
                raise ApiError(500, f"only root can set '{opt}' config for real devices")
        elif device.get("mapping"):
            check.full(f"/mapping/usb/{device['mapping']}", "Mapping.Use")
        else:
            raise ApiError(500, "either 'host' or 'mapping' must be set.")
    elif re.match(r"^hostpci\d+$", opt):
        device = _keys(value or "", "host")
        if device.get("host"):
            raise ApiError(500, f"only root can set '{opt}' config for non-mapped devices")
        if not device.get("mapping"):
            raise ApiError(500, "either 'host' or 'mapping' must be set.")
        check.full(f"/mapping/pci/{device['mapping']}", "Mapping.Use")
        check.vm("VM.Config.HWType")
        if "romfile" in device:
            raise ApiError(400, PARAM_FAILED, {opt: "only root@pam can set 'romfile' option"})
    elif re.match(r"^virtiofs\d$", opt):
        check.vm("VM.Config.Disk")
        check.full(f"/mapping/dir/{_keys(value or '', 'dirid').get('dirid', '')}", "Mapping.Use")
    else:
        raise ApiError(500, f"only root can set '{opt}' config")


def _root_only(what: str) -> ApiError:
    r"""pve-container's ``raise_perm_exc("… is only allowed for root\@pam")``."""
    return ApiError(403, f"Permission check failed ({what} is only allowed for root@pam)")


_NEW_DISK = re.compile(r"^(([^/:\s]+):)?(\d+(\.\d+)?)$")  # PVE::QemuServer::Drive::NEW_DISK_RE


def _trunk_tags(trunks: str) -> list[int]:
    """pve-guest-common ``get_tags_from_trunk``: ``10;20-22`` → 10, 20, 21, 22."""
    tags: list[int] = []
    for part in trunks.split(";"):
        low, _, high = part.partition("-")
        if low.strip().isdigit():
            tags.extend(range(int(low), int(high or low) + 1))
    return tags


def check_bridge_access(engine: Engine, caller: Caller, net: str) -> None:
    """``check_bridge_access`` (qemu-server, pve-container) through pve-guest-common's
    ``check_vnet_access``: SDN.Use on ``/sdn/zones/<zone>/<bridge>`` (the vnet's zone, else
    ``localnetwork``), on ``…/<tag>`` instead for a VLAN tag and on each trunk's tag.

    Raises:
        ApiError: 403 ``Permission check failed (/sdn/zones/localnetwork/vmbr0, SDN.Use)``.
    """
    if caller.user == "root@pam" and caller.token is None:
        return
    keys = _keys(net, "model")
    bridge = keys.get("bridge")
    if not bridge:
        return
    vnet = engine.state.sdn.get("vnets", {}).get(bridge) if engine.state.sdn else None
    zone = str(vnet.get("zone")) if isinstance(vnet, dict) and vnet.get("zone") else "localnetwork"
    path = f"/sdn/zones/{zone}/{bridge}"
    tag, trunks = keys.get("tag"), keys.get("trunks")
    if tag:
        engine.access.check(caller, f"{path}/{tag}", ["SDN.Use"])
    for trunk in _trunk_tags(trunks or ""):
        engine.access.check(caller, f"{path}/{trunk}", ["SDN.Use"])
    if not tag and not trunks:
        engine.access.check(caller, path, ["SDN.Use"])


def check_qemu_storage(engine: Engine, caller: Caller, vmid: int, options: dict[str, str]) -> None:
    """qemu-server's ``$check_storage_access`` for the drives of a create or update: a new
    disk (``local-lvm:8``) needs Datastore.AllocateSpace on its storage, an existing volume
    ``check_volume_access`` (the guest's own disks pass), the host CD-ROM Sys.Console on ``/``.

    Raises:
        ApiError: 403 ``Permission check failed (/storage/local-lvm, Datastore.AllocateSpace)``.
    """
    from .storage import volume_access

    if caller.user == "root@pam" and caller.token is None:
        return
    for opt, value in sorted(options.items()):
        if not _DRIVE.match(opt):
            continue
        volid = _keys(value, "file").get("file", "")
        cdrom = _is_cdrom(value)
        storage, _, volname = volid.partition(":") if ":" in volid else ("", "", volid)
        if not volid or volid in ("none", "cloudinit") or volname == "cloudinit":
            continue
        if cdrom and volid == "cdrom":
            engine.access.check(caller, "/", ["Sys.Console"])
        elif not cdrom and (found := _NEW_DISK.match(volid)):
            if found.group(2):
                storage_path = f"/storage/{found.group(2)}"
                engine.access.check(caller, storage_path, ["Datastore.AllocateSpace"])
        elif storage:
            owner = re.match(r"^(?:[^/]*/)?(?:vm|base)-(\d+)-", volname)
            if owner is None or int(owner.group(1)) != vmid:
                volume_access(engine, caller, volid)
        else:
            raise ApiError(500, "Only root can pass arbitrary filesystem paths.")


def check_qemu_options(
    engine: Engine,
    caller: Caller,
    vmid: int,
    config: dict[str, str],
    options: dict[str, str],
    deleted: list[str],
    *,
    create: bool,
    pool: str | None = None,
) -> None:
    """qemu-server's per-option checks of a create or config update: the deleted options
    (their current values) first, then the ones set; a create into ``pool`` may hold them on
    ``/pool/<pool>`` instead (``check_vm_perm``).

    Raises:
        ApiError: 403 ``Permission check failed (/vms/100, VM.Config.CPU)``; 500 ``only root
            can set 'args' config`` (and its variants for real devices).
    """
    if caller.user == "root@pam" and caller.token is None:
        return
    check = _Checker(engine, caller, vmid, pool)
    for opt in deleted:
        _qemu_option(check, opt, config.get(opt), None, "delete")
    for opt, value in options.items():
        old = config.get(opt)
        if old and re.match(r"^(usb|hostpci|rng|virtiofs)\d+$", opt):
            _qemu_option(check, opt, old, None, "modify")  # the device replaced is checked too
        _qemu_option(check, opt, value, old, "set" if create else "modify")


_LXC_FEATURE_DEFAULT = "nesting"


def _lxc_features(check: _Checker, old: str | None, new: str | None, unprivileged: bool) -> None:
    if not unprivileged:
        raise _root_only("changing feature flags for privileged container")
    before, after = _keys(old or "", ""), _keys(new or "", "")
    changed = {k for k in {*before, *after} if before.get(k, "") != after.get(k, "")}
    if changed - {_LXC_FEATURE_DEFAULT}:
        raise _root_only("changing feature flags (except nesting)")
    if changed:
        check.vm("VM.Allocate")


def _lxc_option(
    check: _Checker, opt: str, old: str | None, new: str | None, unprivileged: bool
) -> None:
    """One option of ``check_ct_modify_config_perm`` (``new`` is None for a delete)."""
    if opt in ("cores", "cpuunits", "cpulimit"):
        check.vm("VM.Config.CPU")
    elif opt == "rootfs" or re.match(r"^mp\d+$", opt):
        check.vm("VM.Config.Disk")
        if new is None:
            return
        volume = _keys(new, "volume").get("volume", "")
        if volume.startswith("/"):
            kind = "device" if volume.startswith("/dev/") else "bind"
            raise _root_only(f"mount point type {kind}")
        new_disk = re.match(r"^(([^/:\s]+):)?(\d+(\.\d+)?)$", volume)
        if new_disk and new_disk.group(2):
            check.full(f"/storage/{new_disk.group(2)}", "Datastore.AllocateSpace")
    elif opt in ("memory", "swap") or opt in ("nameserver", "searchdomain", "hostname"):
        check.vm("VM.Config.Memory" if opt in ("memory", "swap") else "VM.Config.Network")
    elif re.match(r"^net\d+$", opt):
        check.vm("VM.Config.Network")
        for raw in (old, new):
            if raw:
                check_bridge_access(check.engine, check.caller, raw)
    elif re.match(r"^dev\d+$", opt):
        raise _root_only("configuring device passthrough")
    elif opt == "features":
        _lxc_features(check, old, new, unprivileged)
    elif opt == "hookscript":
        raise _root_only("changing the hookscript")
    elif opt == "tags":
        assert_tag_permissions(check.engine, check.caller, check.vmid, old, new or "")
    else:
        check.vm("VM.Config.Options")


def check_lxc_options(
    engine: Engine,
    caller: Caller,
    vmid: int,
    config: dict[str, str] | None,
    options: dict[str, str],
    deleted: list[str],
    pool: str | None = None,
) -> None:
    """pve-container's ``check_ct_modify_config_perm`` for a create (``config`` None) or an
    update: the deleted and reverted options, then the ones set (on ``/pool/<pool>`` or
    ``/vms/<vmid>`` for a create into a pool).

    Raises:
        ApiError: 403 with Proxmox's message.
    """
    if caller.user == "root@pam" and caller.token is None:
        return
    check = _Checker(engine, caller, vmid, pool)
    current = config or {}
    source = current if config is not None else options
    unprivileged = str(source.get("unprivileged", "0")) in ("1", "true")
    for opt in deleted:
        _lxc_option(check, opt, current.get(opt), None, unprivileged)
    for opt, value in options.items():
        _lxc_option(check, opt, current.get(opt), value, unprivileged)
