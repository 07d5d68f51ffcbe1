"""The simulated cluster's state, its default seed, and its JSON form (snapshot / seed files)."""

from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = [
    "DEFAULT_SEED",
    "Guest",
    "State",
    "Task",
    "builtin_domains",
    "config_digest",
    "guest_digest",
    "prune_tasks",
]

DEFAULT_SEED: dict[str, Any] = {
    "cluster": "pvesdk-mock",
    "version": {"version": "9.2.0", "release": "9.2", "repoid": "pvesdkmock"},
    "nodes": {
        "pve1": {"status": "online", "maxcpu": 8, "maxmem": 34359738368, "maxdisk": 107374182400},
        "pve2": {"status": "online", "maxcpu": 8, "maxmem": 34359738368, "maxdisk": 107374182400},
    },
    "storages": {
        "local": {
            "type": "dir",
            "content": "iso,vztmpl,backup",
            "path": "/var/lib/vz",
            "total": 107374182400,
        },
        "local-lvm": {
            "type": "lvmthin",
            "content": "images,rootdir",
            "thinpool": "data",
            "vgname": "pve",
            "total": 214748364800,
        },
    },
    "bridges": ["vmbr0"],
    "users": {
        "root@pam": {"password": "pvesdk", "enable": 1, "comment": "Superuser"},
    },
    "tokens": {
        "root@pam!mock": {"value": "00000000-0000-4000-8000-000000000000", "privsep": 0},
    },
    "guests": {
        "100": {
            "node": "pve1",
            "kind": "qemu",
            "status": "stopped",
            "config": {
                "name": "demo",
                "cores": "2",
                "sockets": "1",
                "memory": "2048",
                "ostype": "l26",
                "scsihw": "virtio-scsi-single",
                "boot": "order=scsi0;net0",
                "net0": "virtio=BC:24:11:00:01:00,bridge=vmbr0,firewall=1",
                "scsi0": "local-lvm:vm-100-disk-0,iothread=1,size=32G",
            },
        },
        "200": {
            "node": "pve1",
            "kind": "lxc",
            "status": "stopped",
            "config": {
                "hostname": "ct200",
                "cores": "1",
                "memory": "512",
                "swap": "512",
                "ostype": "debian",
                "arch": "amd64",
                "rootfs": "local-lvm:vm-200-disk-0,size=8G",
                "net0": "name=eth0,bridge=vmbr0,hwaddr=BC:24:11:00:02:00,ip=dhcp,type=veth",
            },
        },
    },
    "volumes": {
        "local-lvm:vm-100-disk-0": {
            "size": 34359738368,
            "format": "raw",
            "vmid": 100,
            "content": "images",
        },
        "local-lvm:vm-200-disk-0": {
            "size": 8589934592,
            "format": "raw",
            "vmid": 200,
            "content": "rootdir",
        },
        # A container template, as `pveam download local debian-12-standard…` leaves one: a
        # container create needs its template on a storage (pve-container restore_archive).
        "local:vztmpl/debian-12-standard_12.12-1_amd64.tar.zst": {
            "size": 126_117_376,
            "format": "tzst",
            "content": "vztmpl",
            "ctime": 1_733_000_000,
        },
    },
    "pools": {},
    "groups": {},
    "acls": [],
}


def builtin_domains() -> dict[str, dict[str, Any]]:
    """The realms every cluster has (``PVE::Auth::Plugin::parse_config`` adds them back)."""
    return {
        "pam": {"type": "pam", "comment": "Linux PAM standard authentication"},
        "pve": {"type": "pve", "comment": "Proxmox VE authentication server"},
    }


def config_digest(config: dict[str, str]) -> str:
    """SHA-1 of the config as Proxmox writes it (sorted ``key: value`` lines)."""
    text = "".join(f"{key}: {config[key]}\n" for key in sorted(config))
    return hashlib.sha1(text.encode()).hexdigest()


def guest_digest(guest: Guest) -> str:
    """SHA-1 of the whole config file, its ``[PENDING]`` section included."""
    config = dict(guest.config)
    if guest.pending or guest.pending_delete:
        pending = {f"[PENDING] {k}": v for k, v in guest.pending.items()}
        if guest.pending_delete:
            pending["[PENDING] delete"] = ",".join(guest.pending_delete)
        config.update(pending)
    return config_digest(config)


@dataclass
class Guest:
    """A VM (``kind="qemu"``) or container (``kind="lxc"``): its config as Proxmox stores it
    (strings).

    ``started`` is when it started, in seconds of the engine's clock; ``pending`` and
    ``pending_delete`` the changes not yet applied (``PVE::QemuConfig`` pending section).
    """

    vmid: int
    node: str
    kind: str  # qemu | lxc
    config: dict[str, str]
    status: str = "stopped"
    snapshots: dict[str, dict[str, Any]] = field(default_factory=dict)
    lock: str | None = None
    started: float = 0.0
    pending: dict[str, str] = field(default_factory=dict)  # option → value not yet applied
    pending_delete: list[str] = field(default_factory=list)  # options to delete on apply


@dataclass
class Task:
    """A worker task: its UPID's parts, status ``running`` or ``stopped``, exit status and log.

    ``starttime``/``endtime`` are whole seconds, ``ends`` the engine-clock time (seconds) it ends.
    """

    upid: str
    node: str
    type: str
    id: str
    user: str
    starttime: int
    pid: int
    pstart: int
    ends: float
    status: str = "running"
    exitstatus: str | None = None
    log: list[str] = field(default_factory=list)
    endtime: int | None = None


@dataclass
class State:
    """The whole mock cluster as plain data: what snapshots, seeds and ``--state`` files hold."""

    cluster: str
    version: dict[str, str]
    nodes: dict[str, dict[str, Any]]
    storages: dict[str, dict[str, Any]]
    bridges: list[str]
    users: dict[str, dict[str, Any]]
    tokens: dict[str, dict[str, Any]]
    guests: dict[int, Guest]
    volumes: dict[str, dict[str, Any]]
    pools: dict[str, dict[str, Any]]
    groups: dict[str, dict[str, Any]]
    acls: list[dict[str, Any]]
    # In the order of the nodes' task archives: a task is recorded when it starts and moved to
    # the end when it finishes (archive_task), so running tasks keep the order they started in
    # and finished ones the order they finished in.
    tasks: dict[str, Task] = field(default_factory=dict)
    store: dict[str, dict[str, Any]] = field(default_factory=dict)  # everything else written
    # Subsystems with their own rules (engine/firewall.py, ha.py, sdn.py, backup.py,
    # replication.py): each a plain JSON tree so snapshots, seeds and --state files carry it
    # as it is.
    firewall: dict[str, Any] = field(default_factory=dict)  # scope -> rules/aliases/ipset/…
    ha: dict[str, Any] = field(default_factory=dict)  # resources, groups, rules
    sdn: dict[str, Any] = field(default_factory=dict)  # zones, vnets, subnets, running, lock
    backup_jobs: dict[str, Any] = field(default_factory=dict)  # cluster/backup jobs by id
    replication: dict[str, Any] = field(default_factory=dict)  # replication jobs by id
    # engine/network.py: per node, /etc/network/interfaces as text, the pending
    # interfaces.new, their mtimes and the physical NICs; a node not listed has the default.
    network: dict[str, Any] = field(default_factory=dict)
    roles: dict[str, list[str]] = field(default_factory=dict)  # custom roles → privileges
    domains: dict[str, dict[str, Any]] = field(default_factory=lambda: builtin_domains())
    counter: int = 0x1000

    def __repr__(self) -> str:
        # Users hold passwords, tokens their secrets, configs cloud-init passwords: counts only.
        return (
            f"State(cluster={self.cluster!r}, nodes={len(self.nodes)}, guests={len(self.guests)}, "
            f"users={len(self.users)}, tokens={len(self.tokens)}, tasks={len(self.tasks)})"
        )

    @classmethod
    def from_seed(cls, seed: dict[str, Any] | None = None) -> State:
        """A cluster from a seed (``DEFAULT_SEED`` when ``None``; a seed's keys replace the
        default's).
        """
        data = copy.deepcopy(DEFAULT_SEED if seed is None else {**DEFAULT_SEED, **seed})
        guests = {
            int(vmid): Guest(vmid=int(vmid), **{k: v for k, v in g.items() if k != "vmid"})
            for vmid, g in data.pop("guests").items()
        }
        tasks = {u: Task(**t) for u, t in data.pop("tasks", {}).items()}
        # The workers that did not survive the restart are archived together, after what was
        # archived before; active_workers writes such a batch newest start first.
        gone = [task for task in tasks.values() if task.status == "running"]
        for task in sorted(gone, key=lambda t: (t.starttime, t.pid), reverse=True):
            _interrupted(task)
            tasks[task.upid] = tasks.pop(task.upid)
        return cls(guests=guests, tasks=tasks, **data)

    def to_json(self) -> dict[str, Any]:
        """The state as plain JSON (the shape of seeds, ``--state`` files and snapshots).

        Subsystem sections that reads filled in with empty defaults (a firewall scope with no
        rules and no options, HA's and SDN's empty maps) are left out: an empty config is the
        same as none, as a missing ``/etc/pve/firewall/<vmid>.fw`` is on Proxmox, so a read
        never shows up as a change.
        """
        out = asdict(self)
        out["guests"] = {str(vmid): g for vmid, g in out["guests"].items()}
        out["firewall"] = {
            scope: config for scope, config in out["firewall"].items() if _has_content(config)
        }
        for section in ("ha", "sdn"):
            out[section] = {key: value for key, value in out[section].items() if value}
        return json.loads(json.dumps(out))  # type: ignore[no-any-return]


def _has_content(config: dict[str, Any]) -> bool:
    return any(value for value in config.values())


def _interrupted(task: Task) -> None:
    """A task that was running when the cluster was saved did not survive the restart: its
    worker is gone and its log has no verdict, which Proxmox reads as ``unexpected status``
    (``PVE::UPID::read_status``). Locks it held stay, as on a real node."""
    task.status = "stopped"
    task.exitstatus = "unexpected status"
    task.endtime = task.endtime or task.starttime


def archive_task(state: State, task: Task) -> None:
    """Append the finished ``task`` to its node's archive: move it to the end of ``state.tasks``.

    pve-common's ``PVE::RESTEnvironment::active_workers`` appends a task's line to
    ``/var/log/pve/tasks/index`` once its worker is gone (the daemon that forked it calls it
    when it reaps the worker), so the archive holds tasks in the order they finished, not the
    order they started.
    """
    state.tasks[task.upid] = state.tasks.pop(task.upid)


def prune_tasks(state: State, node: str, keep: int) -> None:
    """Drop the first-archived finished tasks of ``node`` beyond the last ``keep``; running
    tasks stay.

    Proxmox keeps a node's finished tasks in ``/var/log/pve/tasks/index``, rotated to
    ``index.1`` at about 1000 entries (``PVE::RESTEnvironment::active_workers``), so the history
    is bounded per node and the last archived are kept.
    """
    finished = [t for t in state.tasks.values() if t.node == node and t.status != "running"]
    if len(finished) <= keep:
        return
    for task in finished[: len(finished) - keep]:
        del state.tasks[task.upid]
