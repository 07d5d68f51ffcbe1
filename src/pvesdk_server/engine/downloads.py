"""Files a node fetches itself: ``download-url`` (pve-storage ``PVE::API2::Storage::Status``),
appliance templates (``pveam``: pve-manager ``PVE::API2::Nodes`` ``aplinfo`` and
``apl_download``) and OCI images (``oci-registry-pull``).

The mock fetches nothing: a download task records the volume it would have written, with size 0
(the size is the remote file's, which the mock never sees). Everything Proxmox checks before and
inside the worker is checked, with its messages: the storage (enabled on the node, file based,
configured for the content type), the file name (normalized, the content type's extensions),
an existing file (a download never overwrites one), and the requested checksum against one
recorded by an earlier download of the same file.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from .core import PARAM_FAILED, ApiError, Caller, Engine, route
from .storage import _UPLOAD_DIRS, _UPLOAD_NAMES, _volume_format

#: pve-manager ``PVE::APLInfo``: where the appliance index and its templates come from.
_APL_SOURCE = "http://download.proxmox.com/images"
_APL_INFOPAGE = "https://pve.proxmox.com/wiki/Linux_Container#pct_supported_distributions"
_APL_MAINTAINER = "Proxmox Support Team <support@proxmox.com>"

#: (os, package, version, headline, description) of the appliances the mock's index lists; the
#: templates are named as ``PVE::APLInfo`` names them (``<package>_<version>_amd64.tar.zst``).
_APPLIANCES = [
    ("debian-12", "debian-12-standard", "12.12-1", "Debian 12 Bookworm (standard)",
     "A small Debian Bookworm system including all standard packages."),
    ("debian-13", "debian-13-standard", "13.1-2", "Debian 13 Trixie (standard)",
     "A small Debian Trixie system including all standard packages."),
    ("ubuntu-22.04", "ubuntu-22.04-standard", "22.04-1", "Ubuntu 22.04 Jammy (standard)",
     "A small Ubuntu 22.04 Jammy Jellyfish system including all standard packages."),
    ("ubuntu-24.04", "ubuntu-24.04-standard", "24.04-2", "Ubuntu 24.04 Noble (standard)",
     "A small Ubuntu 24.04 Noble Numbat system including all standard packages."),
    ("alpine-3.22", "alpine-3.22-default", "20250617", "Alpine Linux 3.22",
     "A small Alpine Linux 3.22 system."),
    ("rockylinux-9", "rockylinux-9-default", "20240912", "Rocky Linux 9",
     "A small Rocky Linux 9 system."),
    ("fedora-42", "fedora-42-default", "20250428", "Fedora 42", "A small Fedora 42 system."),
    ("archlinux", "archlinux-base", "20240911-1", "ArchLinux base image",
     "ArchLinux base image with ca. 200 MB."),
]  # fmt: skip


def appliances() -> dict[str, dict[str, Any]]:
    """The appliance index by template file name, with the keys ``PVE::APLInfo`` parses from
    ``aplinfo.dat`` (``location`` made absolute, ``source`` and ``template`` added). The
    ``sha512sum`` values are the mock's own (SHA-512 of the template name), not Proxmox's."""
    index: dict[str, dict[str, Any]] = {}
    for os_, package, version, headline, description in _APPLIANCES:
        template = f"{package}_{version}_amd64.tar.zst"
        index[template] = {
            "package": package,
            "version": version,
            "type": "lxc",
            "os": os_,
            "section": "system",
            "maintainer": _APL_MAINTAINER,
            "architecture": "amd64",
            "infopage": _APL_INFOPAGE,
            "headline": headline,
            "description": description,
            "location": f"{_APL_SOURCE}/system/{template}",
            "sha512sum": hashlib.sha512(template.encode()).hexdigest(),
            "source": _APL_SOURCE,
            "template": template,
        }
    return index


@route("GET", "/nodes/{node}/aplinfo")
def aplinfo(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    """``GET /nodes/{node}/aplinfo``: the appliance index (any user may read it)."""
    engine.node(path["node"])
    return sorted(appliances().values(), key=lambda item: item["template"])


def _enabled(engine: Engine, storage: str, node: str) -> dict[str, Any]:
    """``PVE::Storage::storage_check_enabled``: the storage's definition.

    Raises:
        ApiError: 500 when it does not exist, is disabled or is limited to other nodes.
    """
    from .storage_config import enabled_on

    config = engine.state.storages.get(storage)
    if config is None:
        raise ApiError(500, f"storage '{storage}' does not exist")
    if config.get("disable"):
        raise ApiError(500, f"storage '{storage}' is disabled")
    if not enabled_on(config, node):
        raise ApiError(500, f"storage '{storage}' is not available on node '{node}'")
    return config


def _normalized(filename: str) -> str:
    """``PVE::Storage::normalize_content_filename``: the base name (a trailing newline
    chomped), each character outside ``[a-zA-Z0-9_.-]`` as ``_``."""
    filename = filename.removesuffix("\n")
    return re.sub(r"[^a-zA-Z0-9_.-]", "_", re.sub(r"^.*[/\\]", "", filename, flags=re.DOTALL))


def _fetch(
    engine: Engine,
    volid: str,
    dest: str,
    url: str,
    checksum: tuple[str, str] | None,
    compression: str | None = None,
) -> tuple[list[str], Any]:
    """The log and effect of ``PVE::Tools::download_file_from_url`` writing ``url`` to
    ``dest`` (no overwrite allowed): ``checksum`` is (algorithm, expected)."""
    log = [f"downloading {url} to {dest}"]
    existing = engine.state.volumes.get(volid)
    if existing is not None:
        if checksum is None:
            return log, ApiError(500, f"refusing to override existing file '{dest}'")
        algorithm, expected = checksum
        log.append("calculating checksum of existing file...")
        got = (existing.get("checksums") or {}).get(algorithm)
        if got is not None and got.lower() != expected.lower():
            return log, ApiError(
                500, f"checksum mismatch: got '{got}' != expect '{expected}', aborting"
            )
        log[-1] += "OK, got correct file already, no need to download"
        return log, None
    if checksum is not None:
        log.append("calculating checksum...OK, checksum verified")
    if compression is not None:
        pid = engine.state.counter + 1
        log.append(f"decompressing {dest}.tmp_dwnl.{pid} to {dest}.tmp_dcom.{pid}")
    log.append(f"download of '{url}' to '{dest}' finished")
    return log, None


def _store(
    engine: Engine, volid: str, content: str, filename: str, checksum: tuple[str, str] | None
) -> None:
    volume: dict[str, Any] = {
        "size": 0,
        "format": _volume_format(content, filename),
        "content": content,
        "ctime": int(engine.clock()),
    }
    if checksum is not None:
        volume["checksums"] = {checksum[0]: checksum[1].lower()}
    engine.state.volumes[volid] = volume


def _download_task(
    engine: Engine,
    caller: Caller,
    node: str,
    storage: str,
    content: str,
    filename: str,
    url: str,
    checksum: tuple[str, str] | None,
    *,
    ident: str,
    compression: str | None = None,
) -> str:
    config = engine.state.storages[storage]
    dest = f"{config['path']}/{_UPLOAD_DIRS[content]}/{filename}"
    volid = f"{storage}:{content}/{filename}"
    if compression is not None and content != "iso":
        failure: ApiError | None = ApiError(500, f"decompression not supported for {content}")
        log: list[str] = []
    else:
        log, failure = _fetch(engine, volid, dest, url, checksum, compression)
    existed = volid in engine.state.volumes

    def done() -> None:
        if failure is not None:
            raise failure
        if not existed:
            _store(engine, volid, content, filename, checksum)

    return engine.task(node, "download", ident, caller.userid, done, log)


@route("POST", "/nodes/{node}/storage/{storage}/download-url")
def download_url(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """``download_url``: a ``download`` task that records the file as a volume of ``storage``.

    Raises:
        ApiError: 500 for a storage that is missing, disabled, not on this node, not file based
            or not configured for ``content``; 400 for a file name with the wrong extension.
            Inside the task: an existing file, a checksum that differs from the one recorded,
            decompression of anything but an ISO.
    """
    node, storage = path["node"], path["storage"]
    engine.node(node)
    config = _enabled(engine, storage, node)
    if "path" not in config:
        raise ApiError(
            500, f"can't upload to storage type '{config['type']}', not a file based storage!"
        )
    content = values["content"]
    if content not in config["content"].split(","):
        raise ApiError(500, f"storage '{storage}' is not configured for content-type '{content}'")
    filename = _normalized(values["filename"])
    pattern, problem = _UPLOAD_NAMES[content]
    if not pattern.search(filename):
        raise ApiError(400, PARAM_FAILED, {"filename": problem})
    checksum = None
    if values.get("checksum"):
        checksum = (values["checksum-algorithm"], values["checksum"])
    return _download_task(
        engine, caller, node, storage, content, filename, values["url"], checksum,
        ident=filename, compression=values.get("compression"),
    )  # fmt: skip


@route("POST", "/nodes/{node}/aplinfo")
def apl_download(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """``apl_download`` (``pveam download``): a ``download`` task that records the appliance
    template as ``<storage>:vztmpl/<template>``, its SHA-512 checked (``hash_required``).

    Raises:
        ApiError: 400 ``no such template``; 500 for a storage that is missing, disabled, not on
            this node or without ``vztmpl`` content. Inside the task: an existing file with
            another recorded checksum.
    """
    node, storage, template = path["node"], values["storage"], values["template"]
    engine.node(node)
    appliance = appliances().get(template)
    if appliance is None:
        raise ApiError(400, PARAM_FAILED, {"template": "no such template"})
    config = _enabled(engine, storage, node)
    if "vztmpl" not in config["content"].split(","):
        raise ApiError(500, f"storage '{storage}' does not support templates")
    checksum = ("sha512", appliance["sha512sum"])
    return _download_task(
        engine, caller, node, storage, "vztmpl", template, appliance["location"], checksum,
        ident=template,
    )  # fmt: skip


@route("POST", "/nodes/{node}/storage/{storage}/oci-registry-pull")
def oci_registry_pull(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """``oci_registry_pull``: an ``ociregistrypull`` task that records the image as the
    container template ``<storage>:vztmpl/<name>.tar`` (skopeo is taken as installed).

    Raises:
        ApiError: 500 for a storage that is missing, disabled, not on this node, not file
            based or without ``vztmpl`` content, and for a file that exists already.
    """
    node, storage = path["node"], path["storage"]
    engine.node(node)
    config = _enabled(engine, storage, node)
    if "path" not in config:
        raise ApiError(
            500, f"can't upload to storage type '{config['type']}', not a file based storage!"
        )
    if "vztmpl" not in config["content"].split(","):
        raise ApiError(500, f"storage '{storage}' is not configured for content-type 'vztmpl'")
    filename = _normalized(values.get("filename") or values["reference"]) + ".tar"
    volid = f"{storage}:vztmpl/{filename}"
    if volid in engine.state.volumes:
        raise ApiError(500, f"refusing to override existing file '{filename}'")
    dest = f"{config['path']}/{_UPLOAD_DIRS['vztmpl']}"
    log = [f"copying docker://{values['reference']} to oci-archive:{dest}/{filename}"]

    def done() -> None:
        _store(engine, volid, "vztmpl", filename, None)

    return engine.task(node, "ociregistrypull", filename, caller.userid, done, log)
