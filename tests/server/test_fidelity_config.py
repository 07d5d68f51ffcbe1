"""Config writes as qemu-server's ``update_vm_api`` and pve-container's ``update_vm`` make them:
values stored as sent except where Proxmox rewrites them (NICs, disks, boot order, tags), the
``delete`` / ``revert`` rules, and pending changes on a running VM."""

from __future__ import annotations

from typing import Any

import pytest

from pvesdk_server.engine import Engine, Reply

TOKEN = "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"
QEMU = "/nodes/pve1/qemu/100"
LXC = "/nodes/pve1/lxc/200"


@pytest.fixture
def engine() -> Engine:
    return Engine(task_seconds=0)


def call(engine: Engine, method: str, path: str, **params: Any) -> Reply:
    wire = {k: [str(v)] for k, v in params.items()}
    return engine.handle(method, path, wire, authorization=TOKEN)


def config(engine: Engine, base: str = QEMU, **params: Any) -> dict[str, Any]:
    reply = call(engine, "GET", f"{base}/config", **params)
    assert reply.status == 200
    return reply.data  # type: ignore[no-any-return]


def put(engine: Engine, base: str = QEMU, **params: Any) -> Reply:
    return call(engine, "PUT", f"{base}/config", **params)


def test_a_property_string_is_stored_as_sent(engine: Engine) -> None:
    assert put(engine, cpu="cputype=host", agent="enabled=0,fstrim_cloned_disks=1").status == 200
    stored = config(engine)
    assert (stored["cpu"], stored["agent"]) == ("cputype=host", "enabled=0,fstrim_cloned_disks=1")


def test_tags_are_lower_cased_sorted_and_unique(engine: Engine) -> None:
    assert put(engine, tags="Web;db,web prod").status == 200
    assert config(engine)["tags"] == "db;prod;web"


def test_a_nic_gets_a_mac_and_is_printed_again(engine: Engine) -> None:
    assert put(engine, net1="bridge=vmbr0,model=e1000").status == 200
    assert config(engine)["net1"].startswith("e1000=BC:24:11:")


def test_delete_and_set_of_one_option_is_refused_naming_delete(engine: Engine) -> None:
    reply = put(engine, delete="net0", net0="virtio,bridge=vmbr0")
    assert reply.status == 400
    assert reply.errors == {"delete": "you can't use '-net0' and -delete net0' at the same time"}


def test_deleting_an_unknown_option_is_refused(engine: Engine) -> None:
    reply = put(engine, delete="bogus")
    assert (reply.status, reply.errors) == (400, {"delete": "unknown option 'bogus'"})


def test_deleting_an_option_that_is_not_set_only_warns(engine: Engine) -> None:
    before = config(engine)
    assert put(engine, delete="numa0").status == 200
    assert config(engine) == before


def test_deleting_and_reverting_one_option_is_refused_naming_revert(engine: Engine) -> None:
    reply = put(engine, delete="cores", revert="cores")
    assert reply.errors == {
        "revert": "you can't use '-delete cores' and -revert cores' at the same time"
    }


def test_container_messages_use_pve_container_wording(engine: Engine) -> None:
    reply = put(engine, LXC, delete="cores", revert="cores")
    assert reply.errors == {
        "delete": "you can't use '-delete cores' and '-revert cores' at the same time"
    }


def test_an_update_without_options_is_refused(engine: Engine) -> None:
    reply = put(engine)
    assert (reply.status, reply.reason) == (500, "no options specified")


def test_a_stale_digest_is_qemu_servers_checksum_mismatch(engine: Engine) -> None:
    reply = put(engine, cores=4, digest="0" * 40)
    assert (reply.status, reply.reason) == (500, "checksum mismatch (file change by other user?)")


def test_a_deleted_disk_becomes_unused_and_leaves_the_boot_order(engine: Engine) -> None:
    assert put(engine, delete="scsi0").status == 200
    stored = config(engine)
    assert "scsi0" not in stored
    assert stored["unused0"] == "local-lvm:vm-100-disk-0"
    assert stored["boot"] == "order=net0"


def start(engine: Engine) -> None:
    assert call(engine, "POST", f"{QEMU}/status/start").status == 200
    assert engine.state.guests[100].status == "running"


def test_a_running_vm_keeps_a_cold_change_pending(engine: Engine) -> None:
    start(engine)
    assert put(engine, cores=4, name="renamed").status == 200
    current = config(engine, current=1)
    assert (current["cores"], current["name"]) == ("2", "renamed")
    assert config(engine)["cores"] == "4"  # GET config takes pending values in by default
    pending = {i["key"]: i for i in call(engine, "GET", f"{QEMU}/pending").data}
    assert pending["cores"] == {"key": "cores", "value": "2", "pending": "4"}


def test_a_pending_delete_is_listed_and_revert_drops_a_pending_value(engine: Engine) -> None:
    start(engine)
    assert put(engine, cores=4, delete="ostype").status == 200
    assert put(engine, revert="cores").status == 200
    pending = {i["key"]: i for i in call(engine, "GET", f"{QEMU}/pending").data}
    assert "pending" not in pending["cores"]
    assert pending["ostype"]["delete"] == 1


def test_pending_changes_apply_when_the_vm_starts_again(engine: Engine) -> None:
    start(engine)
    assert put(engine, cores=4).status == 200
    assert call(engine, "POST", f"{QEMU}/status/stop").status == 200
    start(engine)
    assert config(engine, current=1)["cores"] == "4"
    assert call(engine, "GET", f"{QEMU}/pending").data[0].get("pending") is None


def test_a_boot_order_naming_a_missing_device_is_refused(engine: Engine) -> None:
    reply = put(engine, boot="order=scsi0;virtio7")
    assert (reply.status, reply.reason) == (
        500,
        "invalid bootorder: device 'virtio7' does not exist'",
    )
    assert config(engine)["boot"] == "order=scsi0;net0"


def test_a_boot_order_may_name_a_device_added_in_the_same_call(engine: Engine) -> None:
    reply = put(engine, boot="order=ide2;scsi0", ide2="none,media=cdrom")
    assert reply.status == 200
    assert config(engine)["boot"] == "order=ide2;scsi0"


@pytest.mark.parametrize("option", ["memory", "rootfs", "ostype"])
def test_a_containers_required_option_cannot_be_deleted(option: str) -> None:
    """pve-container ``update_pct_config``: ``die "unable to delete required option …"``."""
    engine = Engine(task_seconds=0)
    before = dict(engine.state.guests[200].config)
    reply = engine.handle(
        "PUT", "/nodes/pve1/lxc/200/config", {"delete": [option]}, authorization=TOKEN
    )
    assert (reply.status, reply.reason) == (500, f"unable to delete required option '{option}'")
    assert engine.state.guests[200].config == before


def test_a_protected_vms_drive_cannot_be_deleted() -> None:
    """qemu-server ``update_vm_api``: ``check_protection($conf, "can't remove drive '…'")``."""
    engine = Engine(task_seconds=0)
    engine.state.guests[100].config["protection"] = "1"
    reply = engine.handle(
        "PUT", "/nodes/pve1/qemu/100/config", {"delete": ["scsi0"]}, authorization=TOKEN
    )
    assert (reply.status, reply.reason) == (
        500,
        "can't remove drive 'scsi0' - protection mode enabled",
    )
    assert "scsi0" in engine.state.guests[100].config


def test_deleting_an_unset_option_is_only_a_printed_warning() -> None:
    """qemu-server ``update_vm_api``: ``warn "cannot delete '…' - not set in current
    configuration!"`` — a plain ``warn`` prints into the ``qmconfig`` task's log without
    counting as a task warning, so the task still ends ``OK``."""
    engine = Engine(task_seconds=0)
    reply = engine.handle(
        "POST", "/nodes/pve1/qemu/100/config", {"delete": ["vga"]}, authorization=TOKEN
    )
    task = engine.state.tasks[reply.data]
    assert task.log == ["cannot delete 'vga' - not set in current configuration!", "TASK OK"]
