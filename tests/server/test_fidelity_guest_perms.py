"""Per-option permissions of guest creates and config writes, as qemu-server
(``PVE::API2::Qemu``: ``$check_vm_modify_config_perm``, the serial/drive checks of
``update_vm_api``) and pve-container (``PVE::LXC::check_ct_modify_config_perm``) check them.
Only root@pam itself skips them, never its API tokens; a refused write changes nothing."""

from __future__ import annotations

from typing import Any

import pytest

from pvesdk_server.engine import Engine, Reply

ROOT_TOKEN = "root@pam!mock=00000000-0000-4000-8000-000000000000"
ALICE = "alice@pve!t=s1"
QEMU = "/nodes/pve1/qemu/100/config"
LXC = "/nodes/pve1/lxc/200/config"
SSH_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJqBasrTwwB6QuSXeFVXopva8hMIyTTi1PilmGybr35w me@host"


TEMPLATE = "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst"


@pytest.fixture
def engine() -> Engine:
    engine = Engine(task_seconds=0)
    engine.state.volumes[TEMPLATE] = {"content": "vztmpl", "format": "zst", "size": 1}
    engine.state.users["alice@pve"] = {"enable": 1}
    engine.state.tokens["alice@pve!t"] = {"value": "s1", "privsep": 0}
    return engine


def grant(engine: Engine, privs: list[str], path: str = "/vms") -> None:
    role = f"r{len(engine.state.roles)}"
    engine.state.roles[role] = privs
    engine.state.acls.append(
        {"path": path, "ugid": "alice@pve", "roleid": role, "type": "user", "propagate": 1}
    )


def call(engine: Engine, method: str, path: str, token: str = ALICE, **params: Any) -> Reply:
    wire = {k: [str(v)] for k, v in params.items()}
    return engine.handle(method, path, wire, authorization=f"PVEAPIToken={token}")


def as_root(engine: Engine, method: str, path: str, **params: Any) -> Reply:
    ticket, csrf = engine.issue_ticket("root@pam")
    wire = {k: [str(v)] for k, v in params.items()}
    return engine.handle(method, path, wire, ticket=ticket, csrf=csrf)


def unchanged(engine: Engine, vmid: int, reply: Reply, before: dict[str, Any]) -> Reply:
    assert engine.state.guests[vmid].config == before
    assert not engine.state.guests[vmid].pending
    return reply


def refused(engine: Engine, path: str, vmid: int, token: str = ALICE, **params: Any) -> str:
    before = dict(engine.state.guests[vmid].config)
    reply = unchanged(engine, vmid, call(engine, "PUT", path, token, **params), before)
    assert reply.status in (403, 500), reply.reason
    return f"{reply.status} {reply.reason}"


def test_a_root_token_cannot_set_args(engine: Engine) -> None:
    """``$check_vm_modify_config_perm``: ``return 1 if $authuser eq 'root@pam'``; a token's
    authuser is ``root@pam!mock``, and ``args`` falls through to ``die "only root can set …"``."""
    assert refused(engine, QEMU, 100, ROOT_TOKEN, args="-no-reboot") == (
        "500 only root can set 'args' config"
    )


def test_root_itself_sets_args(engine: Engine) -> None:
    assert as_root(engine, "PUT", QEMU, args="-no-reboot").status == 200
    assert engine.state.guests[100].config["args"] == "-no-reboot"


def test_each_qemu_option_needs_its_own_privilege(engine: Engine) -> None:
    """``$cpuoptions``: ``cores`` needs VM.Config.CPU, which VM.Config.Options does not give."""
    grant(engine, ["VM.Config.Options", "VM.Audit"])
    assert call(engine, "PUT", QEMU, name="renamed").status == 200
    assert refused(engine, QEMU, 100, cores=4) == (
        "403 Permission check failed (/vms/100, VM.Config.CPU)"
    )


def test_deleting_a_qemu_option_needs_its_privilege(engine: Engine) -> None:
    grant(engine, ["VM.Config.Options"])
    assert refused(engine, QEMU, 100, delete="memory") == (
        "403 Permission check failed (/vms/100, VM.Config.Memory)"
    )


def test_startup_also_needs_sys_modify_on_root(engine: Engine) -> None:
    """``$generaloptions``: ``startup`` "changes host behaviour", so ``/`` needs Sys.Modify."""
    grant(engine, ["VM.Config.Options"])
    assert refused(engine, QEMU, 100, startup="order=1") == (
        "403 Permission check failed (/, Sys.Modify)"
    )


def test_a_cdrom_needs_only_the_cdrom_privilege(engine: Engine) -> None:
    """``update_vm_api``'s ``$check_drive_perms``: a CD-ROM drive VM.Config.CDROM, a disk
    VM.Config.Disk."""
    grant(engine, ["VM.Config.CDROM"])
    assert call(engine, "PUT", QEMU, ide2="none,media=cdrom").status == 200
    assert refused(engine, QEMU, 100, scsi1="local-lvm:4") == (
        "403 Permission check failed (/vms/100, VM.Config.Disk)"
    )


def test_cloud_init_options_take_either_privilege(engine: Engine) -> None:
    """``$cloudinitoptions`` and ``ipconfigN``: VM.Config.Cloudinit or VM.Config.Network."""
    grant(engine, ["VM.Config.Cloudinit"])
    assert call(engine, "PUT", QEMU, ciuser="admin", ipconfig0="ip=dhcp").status == 200


def test_a_real_serial_port_is_root_only(engine: Engine) -> None:
    grant(engine, ["VM.Config.HWType"])
    assert call(engine, "PUT", QEMU, serial0="socket").status == 200
    assert refused(engine, QEMU, 100, serial1="/dev/ttyS0") == (
        "500 only root can modify 'serial1' config for real devices"
    )


def test_a_host_usb_device_is_root_only(engine: Engine) -> None:
    """``check_usb_perm``: ``spice`` needs VM.Config.HWType, a host device root."""
    grant(engine, ["VM.Config.HWType"])
    assert call(engine, "PUT", QEMU, usb0="spice").status == 200
    assert refused(engine, QEMU, 100, usb1="host=1234:5678") == (
        "500 only root can set 'usb1' config for real devices"
    )


def test_a_qemu_create_checks_every_option(engine: Engine) -> None:
    grant(engine, ["VM.Allocate", "VM.Config.Options"])
    reply = call(engine, "POST", "/nodes/pve1/qemu", vmid=150, name="web", cores=2)
    assert (reply.status, reply.reason) == (
        403,
        "Permission check failed (/vms/150, VM.Config.CPU)",
    )
    assert 150 not in engine.state.guests
    assert call(engine, "POST", "/nodes/pve1/qemu", vmid=150, name="web").status == 200


def test_a_container_hookscript_is_root_only(engine: Engine) -> None:
    """``check_ct_modify_config_perm`` raises a permission exception (403), not a plain die."""
    grant(engine, ["VM.Config.Options"])
    assert refused(engine, LXC, 200, ROOT_TOKEN, hookscript="local:snippets/hook.pl") == (
        "403 Permission check failed (changing the hookscript is only allowed for root@pam)"
    )


def test_container_device_passthrough_is_root_only(engine: Engine) -> None:
    assert refused(engine, LXC, 200, ROOT_TOKEN, dev0="/dev/ttyUSB0") == (
        "403 Permission check failed (configuring device passthrough is only allowed for root@pam)"
    )


def test_a_bind_mount_is_root_only(engine: Engine) -> None:
    assert refused(engine, LXC, 200, ROOT_TOKEN, mp0="/srv/data,mp=/data") == (
        "403 Permission check failed (mount point type bind is only allowed for root@pam)"
    )


def test_a_privileged_containers_features_are_root_only(engine: Engine) -> None:
    assert refused(engine, LXC, 200, ROOT_TOKEN, features="nesting=1") == (
        "403 Permission check failed (changing feature flags for privileged container is only "
        "allowed for root@pam)"
    )


def test_container_options_need_their_privileges(engine: Engine) -> None:
    grant(engine, ["VM.Config.Network"])
    assert call(engine, "PUT", LXC, hostname="web").status == 200
    assert refused(engine, LXC, 200, swap=1024) == (
        "403 Permission check failed (/vms/200, VM.Config.Memory)"
    )


def test_sshkeys_must_be_public_keys(engine: Engine) -> None:
    """qemu-server runs the URL-decoded ``sshkeys`` through ``PVE::Tools::
    validate_ssh_public_keys`` (``ssh-keygen -l`` on every line): a plain die, 500."""
    assert refused(engine, QEMU, 100, ROOT_TOKEN, sshkeys="not-a-key") == (
        "500 SSH public key validation error"
    )
    encoded = SSH_KEY.replace(" ", "%20").replace("@", "%40") + "%0A"
    assert call(engine, "PUT", QEMU, ROOT_TOKEN, sshkeys=encoded).status == 200


def test_vmgenid_1_asks_for_a_new_generation_id(engine: Engine) -> None:
    """``update_vm_api``: ``vmgenid`` ``1`` is replaced by ``generate_uuid()``; no privilege
    covers the option, so only root@pam itself may set it."""
    assert refused(engine, QEMU, 100, ROOT_TOKEN, vmgenid=1) == (
        "500 only root can set 'vmgenid' config"
    )
    old = engine.state.guests[100].config.get("vmgenid")
    assert as_root(engine, "PUT", QEMU, vmgenid=1).status == 200
    new = engine.state.guests[100].config["vmgenid"]
    assert new not in ("1", old)
    assert len(new) == 36 and new.count("-") == 4


def test_tags_follow_the_datacenter_tag_style(engine: Engine) -> None:
    """pve-guest-common ``get_unique_tags``: ``case-sensitive`` keeps the case (and sorts by
    it), ``ordering=config`` keeps the order sent; duplicates go either way."""
    options = "/cluster/options"
    style = "case-sensitive=1,ordering=config"
    assert call(engine, "PUT", options, ROOT_TOKEN, **{"tag-style": style}).status == 200
    assert call(engine, "PUT", QEMU, ROOT_TOKEN, tags="b;Web;a;b").status == 200
    assert engine.state.guests[100].config["tags"] == "b;Web;a"
    assert call(engine, "PUT", options, ROOT_TOKEN, **{"tag-style": "case-sensitive=1"}).status
    assert call(engine, "PUT", QEMU, ROOT_TOKEN, tags="b;Web;a;web").status == 200
    assert engine.state.guests[100].config["tags"] == "Web;a;b;web"


def test_a_registered_tag_needs_sys_modify(engine: Engine) -> None:
    """``assert_tag_permissions``: a tag added or removed that is in ``registered-tags`` is
    refused without Sys.Modify on ``/``, whatever ``user-tag-access`` says."""
    options = {"registered-tags": "prod", "user-tag-access": "user-allow=free"}
    assert call(engine, "PUT", "/cluster/options", ROOT_TOKEN, **options).status == 200
    grant(engine, ["VM.Config.Options"])
    assert call(engine, "PUT", QEMU, tags="web;anything").status == 200
    assert refused(engine, QEMU, 100, tags="web;prod") == (
        "403 Permission check failed (/, Sys.Modify for modifying tag 'prod')"
    )


def test_user_tag_access_list_allows_only_the_listed_tags(engine: Engine) -> None:
    """``get_allowed_tags`` with ``user-allow=list``: only the ``user-allow-list``."""
    access = {"user-tag-access": "user-allow=list,user-allow-list=web;db"}
    assert call(engine, "PUT", "/cluster/options", ROOT_TOKEN, **access).status == 200
    grant(engine, ["VM.Config.Options"])
    assert call(engine, "PUT", QEMU, tags="web").status == 200
    assert refused(engine, QEMU, 100, tags="web;other") == (
        "403 Permission check failed (/, Sys.Modify for modifying tag 'other')"
    )


@pytest.mark.parametrize("kind", ["qemu", "lxc"])
def test_a_create_needs_vm_allocate(engine: Engine, kind: str) -> None:
    """``create_vm`` / pve-container's ``create``: without VM.Allocate on ``/vms/<vmid>`` (or
    the pool) a bare ``raise_perm_exc()``, before any option is looked at."""
    grant(engine, ["VM.Config.Memory", "VM.Audit"])
    extra = {"ostemplate": TEMPLATE}
    reply = call(engine, "POST", f"/nodes/pve1/{kind}", vmid=150, memory=512,
                 **(extra if kind == "lxc" else {}))  # fmt: skip
    assert (reply.status, reply.reason) == (403, "Permission check failed")
    assert 150 not in engine.state.guests


@pytest.mark.parametrize("kind", ["qemu", "lxc"])
def test_a_create_into_a_pool_takes_the_pools_privileges(engine: Engine, kind: str) -> None:
    """``check_vm_perm($authuser, $vmid, $pool, …)``: PVEVMAdmin on ``/pool/team`` allows a
    create with ``pool=team``, its options included; without ``pool`` the guest's own path is
    checked and refused."""
    engine.state.pools["team"] = {"members": []}
    grant(engine, ["VM.Allocate", "VM.Config.Memory", "VM.Audit"], path="/pool/team")
    grant(engine, ["Datastore.Audit"], path="/storage/local")  # a container's template
    extra = {"ostemplate": TEMPLATE}
    extra = extra if kind == "lxc" else {}
    reply = call(engine, "POST", f"/nodes/pve1/{kind}", vmid=151, memory=512, **extra)
    assert (reply.status, reply.reason) == (403, "Permission check failed")
    reply = call(engine, "POST", f"/nodes/pve1/{kind}", vmid=151, memory=512, pool="team", **extra)
    assert reply.status == 200, reply.reason
    assert 151 in engine.state.pools["team"]["members"]


def test_a_nic_needs_sdn_use_on_its_bridge(engine: Engine) -> None:
    """``check_bridge_access`` → ``check_vnet_access``: SDN.Use on
    ``/sdn/zones/localnetwork/vmbr0``, on ``…/vmbr0/<tag>`` for a VLAN; PVEVMAdmin alone does
    not give it (Proxmox's PVESDNUser does). A container's NIC too."""
    grant(engine, ["VM.Allocate", "VM.Config.Network", "VM.Config.Memory", "VM.Audit"])
    reply = call(engine, "POST", "/nodes/pve1/qemu", vmid=150, net0="virtio,bridge=vmbr0")
    assert (reply.status, reply.reason) == (
        403,
        "Permission check failed (/sdn/zones/localnetwork/vmbr0, SDN.Use)",
    )
    assert 150 not in engine.state.guests
    assert refused(engine, LXC, 200, net1="name=eth1,bridge=vmbr0") == (
        "403 Permission check failed (/sdn/zones/localnetwork/vmbr0, SDN.Use)"
    )
    grant(engine, ["SDN.Use"], path="/sdn/zones/localnetwork/vmbr0")
    assert call(engine, "PUT", QEMU, net1="virtio,bridge=vmbr0,tag=20").status == 200
    assert (
        call(engine, "POST", "/nodes/pve1/qemu", vmid=150, net0="e1000,bridge=vmbr0").status == 200
    )
    assert call(engine, "PUT", LXC, net1="name=eth1,bridge=vmbr0").status == 200


def test_a_container_template_must_be_readable_and_exist(engine: Engine) -> None:
    """pve-container: ``check_volume_access`` on the template (Datastore.AllocateSpace or
    Datastore.Audit on its storage), then the worker unpacks it: a template that is not there
    fails the task (``can't find file``) and the container is gone again."""
    grant(engine, ["VM.Allocate", "VM.Config.Memory", "VM.Audit"])
    reply = call(engine, "POST", "/nodes/pve1/lxc", vmid=150, ostemplate=TEMPLATE, memory=256)
    assert (reply.status, reply.reason) == (
        403,
        "Permission check failed (/storage/local, Datastore.AllocateSpace|Datastore.Audit)",
    )
    grant(engine, ["Datastore.Audit"], path="/storage/local")
    missing = "local:vztmpl/nonexistent.tar.zst"
    reply = as_root(
        engine, "POST", "/nodes/pve1/lxc", vmid=151, ostemplate=missing, rootfs="local-lvm:2"
    )
    assert engine.state.tasks[reply.data].exitstatus == f"can't find file '{missing}'"
    assert 151 not in engine.state.guests
    assert not any(volid.startswith("local-lvm:vm-151-") for volid in engine.state.volumes)
    reply = call(engine, "POST", "/nodes/pve1/lxc", vmid=150, ostemplate=TEMPLATE)
    assert engine.state.tasks[reply.data].exitstatus == "OK"


def test_a_new_disk_needs_datastore_allocatespace(engine: Engine) -> None:
    """qemu-server's ``$check_storage_access``: ``local-lvm:8`` allocates on local-lvm; the
    guest's own volume needs nothing more."""
    grant(engine, ["VM.Allocate", "VM.Config.Disk", "VM.Audit"])
    reply = call(engine, "POST", "/nodes/pve1/qemu", vmid=150, scsi0="local-lvm:8")
    assert (reply.status, reply.reason) == (
        403,
        "Permission check failed (/storage/local-lvm, Datastore.AllocateSpace)",
    )
    assert refused(engine, QEMU, 100, scsi1="local-lvm:4") == (
        "403 Permission check failed (/storage/local-lvm, Datastore.AllocateSpace)"
    )
    own = engine.state.guests[100].config["scsi0"].split(",")[0]
    assert call(engine, "PUT", QEMU, scsi0=f"{own},discard=on").status == 200
    grant(engine, ["Datastore.AllocateSpace"], path="/storage/local-lvm")
    assert call(engine, "POST", "/nodes/pve1/qemu", vmid=150, scsi0="local-lvm:8").status == 200
