"""Storage replication jobs: ``/cluster/replication`` (pve-manager ``PVE::API2::ReplicationConfig``
over pve-guest-common ``PVE::ReplicationConfig``, ``replication.cfg``).

Jobs are kept by id (``<vmid>-<jobnum>``) with ``type``, ``target``, ``guest`` and the optional
``comment``, ``disable``, ``rate``, ``schedule``, ``source`` and ``remove_job``. A create checks,
in pve-manager's order: VM.Replicate on the guest, that the guest and the target node exist, the
source, that source and target differ, that the guest has replicatable volumes (qemu-server's and
pve-container's ``get_replicatable_volumes``: every disk not on shared storage must be on one
with the ``replicate`` feature, ZFS), then that the id and the guest/target pair are new. A
delete without ``force`` marks the job for removal (``remove_job``), as Proxmox's runner removes
it later; with ``force`` it goes at once. Lists show the jobs whose guest the caller may audit.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from pvesdk.formats import split_list

from .core import PARAM_FAILED, ApiError, Caller, Engine, route
from .storage_config import is_shared

_DISK_KEY = re.compile(r"^(scsi|virtio|sata|ide|efidisk|tpmstate)\d+$|^(rootfs|mp\d+)$")
_OPTIONAL = ("comment", "disable", "rate", "schedule", "source", "remove_job")
# storage types whose plugin has the 'replicate' volume feature (PVE::Storage::ZFSPoolPlugin)
_REPLICATE = frozenset({"zfspool"})


def _jobs(engine: Engine) -> dict[str, dict[str, Any]]:
    return engine.state.replication


def _digest(engine: Engine) -> str:
    text = json.dumps(_jobs(engine), sort_keys=True)
    return hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()


def _guest_of(job_id: str) -> int:
    """``parse_replication_job_id``: the guest of ``<vmid>-<jobnum>`` (the format checked it)."""
    return int(job_id.partition("-")[0])


def _replicatable(engine: Engine, vmid: int, config: dict[str, str]) -> list[str]:
    """``get_replicatable_volumes``: the guest's own volumes on storage that is not shared.

    Raises:
        ApiError: 500 ``missing replicate feature on volume 'local-lvm:vm-100-disk-0'``.
    """
    found = []
    for key, value in sorted(config.items()):
        if not _DISK_KEY.match(key) or "media=cdrom" in value.split(","):
            continue
        parts = value.split(",")
        if "replicate=0" in parts[1:]:
            continue
        volid = parts[0].removeprefix("volume=")
        storage, _, volname = volid.partition(":")
        scfg = engine.state.storages.get(storage)
        if not volname or scfg is None or is_shared(scfg):
            continue
        owner = re.match(r"^(?:[^/]*/)?(?:vm|base|subvol)-(\d+)-", volname)
        if owner is None or int(owner.group(1)) != vmid:
            continue
        if scfg.get("type") not in _REPLICATE:
            raise ApiError(500, f"missing replicate feature on volume '{volid}'")
        found.append(volid)
    return found


@route("GET", "/cluster/replication")
def index(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``GET /cluster/replication``: the jobs of the guests the caller may audit."""
    return [
        {**job, "id": jid}
        for jid, job in sorted(_jobs(engine).items())
        if engine.access.allowed(caller, f"/vms/{job['guest']}", ["VM.Audit"])
    ]


@route("POST", "/cluster/replication")
def create(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``POST /cluster/replication``: PVE::API2::ReplicationConfig ``create``.

    Raises:
        ApiError: 403 without VM.Replicate; 500 ``Guest '100' does not exist.``, ``Target 'x'
            does not exist.``, ``Source and target must not be identical``, ``missing replicate
            feature on volume …``, ``No replicatable volumes found``, ``replication job '100-0'
            already exists``, ``replication job for guest '100' to target 'local/pve2' already
            exists``.
    """
    jid = str(values["id"])
    vmid = _guest_of(jid)
    engine.access.check(caller, f"/vms/{vmid}", ["VM.Replicate"])
    guest = engine.state.guests.get(vmid)
    if guest is None:
        raise ApiError(500, f"Guest '{vmid}' does not exist.")
    target = str(values["target"])
    if target not in engine.state.nodes:
        raise ApiError(500, f"Target '{target}' does not exist.")
    source = values.get("source")
    if source is not None and source != guest.node:
        raise ApiError(
            500,
            f"Source '{source}' does not match current node of guest '{vmid}' ({guest.node})",
        )
    if target == guest.node:
        raise ApiError(500, "Source and target must not be identical")
    if not _replicatable(engine, vmid, guest.config):
        raise ApiError(500, "No replicatable volumes found")
    jobs = _jobs(engine)
    if jid in jobs:
        raise ApiError(500, f"replication job '{jid}' already exists")
    for other in jobs.values():
        if other["guest"] == vmid and other["target"] == target:
            raise ApiError(
                500, f"replication job for guest '{vmid}' to target 'local/{target}' already exists"
            )
    job: dict[str, Any] = {"type": values["type"], "target": target, "guest": vmid}
    for key in _OPTIONAL:
        if values.get(key) is not None:
            job[key] = int(values[key]) if isinstance(values[key], bool) else values[key]
    jobs[jid] = job


@route("GET", "/cluster/replication/{id}")
def read(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``GET /cluster/replication/{id}``: the job and the config's ``digest``.

    Raises:
        ApiError: 500 ``no such replication job '100-0'``; 403 without VM.Audit.
    """
    job = _jobs(engine).get(path["id"])
    if job is None:
        raise ApiError(500, f"no such replication job '{path['id']}'")
    engine.access.check(caller, f"/vms/{job['guest']}", ["VM.Audit"])
    return {**job, "id": path["id"], "digest": _digest(engine)}


@route("PUT", "/cluster/replication/{id}")
def update(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``PUT /cluster/replication/{id}``: set options, ``delete`` optional ones.

    Raises:
        ApiError: 403 without VM.Replicate; 500 ``detected modified configuration - file
            changed by other user? Try again.``, ``no such job '100-0'``, ``no such option 'x'``,
            ``unable to delete required option 'x'``, ``unable to delete fixed option 'x'``.
    """
    jid = path["id"]
    engine.access.check(caller, f"/vms/{_guest_of(jid)}", ["VM.Replicate"])
    digest = values.get("digest")
    if digest and digest != _digest(engine):
        raise ApiError(
            500, "detected modified configuration - file changed by other user? Try again."
        )
    job = _jobs(engine).get(jid)
    if job is None:
        raise ApiError(500, f"no such job '{jid}'")
    delete = split_list(str(values.get("delete") or ""))
    for key in delete:
        if key == "target":
            raise ApiError(500, "unable to delete fixed option 'target'")
        if key not in _OPTIONAL:
            raise ApiError(500, f"no such option '{key}'")
    for key in _OPTIONAL:
        if values.get(key) is not None:
            job[key] = int(values[key]) if isinstance(values[key], bool) else values[key]
    for key in delete:
        job.pop(key, None)


@route("DELETE", "/cluster/replication/{id}")
def delete(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``DELETE /cluster/replication/{id}``: mark the job for removal (``remove_job`` ``full``,
    or ``local`` with ``keep``), or drop it at once with ``force``.

    Raises:
        ApiError: 403 without VM.Replicate; 400 ``keep``: ``conflicts with parameter 'force'``;
            500 ``no such job '100-0'``.
    """
    jid = path["id"]
    engine.access.check(caller, f"/vms/{_guest_of(jid)}", ["VM.Replicate"])
    jobs = _jobs(engine)
    if values.get("force"):
        if values.get("keep"):
            raise ApiError(400, PARAM_FAILED, {"keep": "conflicts with parameter 'force'"})
        jobs.pop(jid, None)
        return
    job = jobs.get(jid)
    if job is None:
        raise ApiError(500, f"no such job '{jid}'")
    job["remove_job"] = "local" if values.get("keep") or job.get("type") != "local" else "full"
