"""Files a node fetches itself, as pve-storage (``download-url``, ``oci-registry-pull``) and
pve-manager (``pveam``: ``aplinfo``) check and record them. The mock fetches nothing; the
volume a task would have written is recorded when the task ends."""

from __future__ import annotations

from typing import Any

import pytest

from pvesdk_server.engine import Engine, Reply

from ..support.engine import ALICE, ROOT, engine_with_alice

URL = "https://example.com/debian-13.1.0-amd64-netinst.iso"


@pytest.fixture
def engine() -> Engine:
    return engine_with_alice()


def call(engine: Engine, method: str, api_path: str, who: str = ROOT, **params: Any) -> Reply:
    wire = {k: [str(v)] for k, v in params.items()}
    return engine.handle(method, api_path, wire, authorization=who)


def download(engine: Engine, who: str = ROOT, storage: str = "local", **params: Any) -> Reply:
    return call(engine, "POST", f"/nodes/pve1/storage/{storage}/download-url", who, **params)


def ended(engine: Engine, reply: Reply) -> tuple[str | None, list[str]]:
    assert reply.status == 200, (reply.reason, reply.errors)
    task = engine.state.tasks[reply.data]
    return task.exitstatus, task.log


def grant(engine: Engine, path: str, role: str) -> None:
    engine.state.acls.append(
        {"path": path, "ugid": "alice@pve", "roleid": role, "type": "user", "propagate": 1}
    )


# -- download-url


def test_a_download_records_the_volume_under_its_normalized_name(engine: Engine) -> None:
    reply = download(engine, content="iso", filename="Debian 13 (netinst).iso", url=URL)
    status, log = ended(engine, reply)
    assert status == "OK"
    assert reply.data.split(":")[5:7] == ["download", "Debian_13__netinst_.iso"]
    dest = "/var/lib/vz/template/iso/Debian_13__netinst_.iso"
    assert log[0] == f"downloading {URL} to {dest}"
    assert log[-2:] == [f"download of '{URL}' to '{dest}' finished", "TASK OK"]
    volume = engine.state.volumes["local:iso/Debian_13__netinst_.iso"]
    assert (volume["content"], volume["format"]) == ("iso", "iso")
    listed = call(engine, "GET", "/nodes/pve1/storage/local/content", content="iso")
    assert [v["volid"] for v in listed.data] == ["local:iso/Debian_13__netinst_.iso"]


def test_a_download_never_overwrites_a_file(engine: Engine) -> None:
    assert ended(engine, download(engine, content="iso", filename="a.iso", url=URL))[0] == "OK"
    status, _ = ended(engine, download(engine, content="iso", filename="a.iso", url=URL))
    assert status == "refusing to override existing file '/var/lib/vz/template/iso/a.iso'"


def test_a_checksum_compares_with_the_file_already_there(engine: Engine) -> None:
    sha = "ab" * 32
    first = download(engine, content="iso", filename="a.iso", url=URL,
                     checksum=sha.upper(), **{"checksum-algorithm": "sha256"})  # fmt: skip
    assert ended(engine, first) == ("OK", [
        f"downloading {URL} to /var/lib/vz/template/iso/a.iso",
        "calculating checksum...OK, checksum verified",
        f"download of '{URL}' to '/var/lib/vz/template/iso/a.iso' finished",
        "TASK OK",
    ])  # fmt: skip
    same = download(engine, content="iso", filename="a.iso", url=URL,
                    checksum=sha, **{"checksum-algorithm": "sha256"})  # fmt: skip
    status, log = ended(engine, same)
    assert status == "OK"
    assert log[-2] == (
        "calculating checksum of existing file...OK, got correct file already, no need to download"
    )
    other = download(engine, content="iso", filename="a.iso", url=URL,
                     checksum="cd" * 32, **{"checksum-algorithm": "sha256"})  # fmt: skip
    assert ended(engine, other)[0] == (
        f"checksum mismatch: got '{sha}' != expect '{'cd' * 32}', aborting"
    )


def test_a_checksum_needs_its_algorithm(engine: Engine) -> None:
    reply = download(engine, content="iso", filename="a.iso", url=URL, checksum="ab")
    assert (reply.status, reply.errors) == (
        400,
        {"checksum-algorithm": "missing property required by 'checksum'"},
    )


@pytest.mark.parametrize(
    ("params", "status", "message"),
    [
        ({"content": "iso", "filename": "a.qcow2"}, 400, {"filename": "wrong file extension"}),
        ({"content": "vztmpl", "filename": "a.tar.lz4"}, 400, {"filename": "wrong file extension"}),
        ({"content": "import", "filename": "a.qcow2"}, 500,
         "storage 'local' is not configured for content-type 'import'"),
    ],
)  # fmt: skip
def test_names_and_content_types_are_checked_before_the_task(
    engine: Engine, params: dict[str, str], status: int, message: Any
) -> None:
    reply = download(engine, url=URL, **params)
    assert reply.status == status
    assert (reply.errors if status == 400 else reply.reason) == message
    assert not any(t.type == "download" for t in engine.state.tasks.values())


def test_only_file_based_and_enabled_storages_take_downloads(engine: Engine) -> None:
    reply = download(engine, storage="local-lvm", content="iso", filename="a.iso", url=URL)
    assert (reply.status, reply.reason) == (
        500,
        "can't upload to storage type 'lvmthin', not a file based storage!",
    )
    engine.state.storages["local"]["disable"] = 1
    reply = download(engine, content="iso", filename="a.iso", url=URL)
    assert (reply.status, reply.reason) == (500, "storage 'local' is disabled")
    del engine.state.storages["local"]["disable"]
    engine.state.storages["local"]["nodes"] = "pve2"
    reply = download(engine, content="iso", filename="a.iso", url=URL)
    assert (reply.status, reply.reason) == (500, "storage 'local' is not available on node 'pve1'")


def test_only_an_iso_may_be_decompressed(engine: Engine) -> None:
    status, _ = ended(engine, download(engine, content="vztmpl", filename="t.tar.gz", url=URL,
                                       compression="gz"))  # fmt: skip
    assert status == "decompression not supported for vztmpl"
    assert "local:vztmpl/t.tar.gz" not in engine.state.volumes
    status, log = ended(engine, download(engine, content="iso", filename="d.iso", url=URL,
                                         compression="zst"))  # fmt: skip
    assert status == "OK"
    assert any(line.startswith("decompressing ") for line in log)


def test_a_download_needs_template_rights_and_network_access(engine: Engine) -> None:
    params = {"content": "iso", "filename": "a.iso", "url": URL}
    grant(engine, "/storage/local", "PVEDatastoreAdmin")
    assert download(engine, ALICE, **params).status == 403  # no Sys.AccessNetwork, Sys.Modify
    grant(engine, "/nodes/pve1", "PVESysAdmin")  # Sys.AccessNetwork is no admin privilege
    assert download(engine, ALICE, **params).status == 403
    grant(engine, "/nodes/pve1", "Administrator")
    assert ended(engine, download(engine, ALICE, **params))[0] == "OK"


# -- pveam: the appliance index and template downloads


def test_the_appliance_index_lists_templates_as_aplinfo_parses_them(engine: Engine) -> None:
    reply = call(engine, "GET", "/nodes/pve1/aplinfo", ALICE)  # any user may read it
    assert reply.status == 200
    debian = next(a for a in reply.data if a["package"] == "debian-12-standard")
    assert debian["template"] == "debian-12-standard_12.12-1_amd64.tar.zst"
    assert debian["location"].endswith("/system/" + debian["template"])
    assert {"type", "os", "section", "version", "headline", "sha512sum"} <= debian.keys()


def test_pveam_download_records_the_template(engine: Engine) -> None:
    template = "debian-13-standard_13.1-2_amd64.tar.zst"
    reply = call(engine, "POST", "/nodes/pve1/aplinfo", storage="local", template=template)
    status, log = ended(engine, reply)
    assert status == "OK"
    assert log[1] == "calculating checksum...OK, checksum verified"  # hash_required: SHA-512
    assert engine.state.volumes[f"local:vztmpl/{template}"]["format"] == "tzst"
    # the seed's template is already there: Proxmox checks its checksum and keeps it
    seeded = "debian-12-standard_12.12-1_amd64.tar.zst"
    reply = call(engine, "POST", "/nodes/pve1/aplinfo", storage="local", template=seeded)
    assert ended(engine, reply)[0] == "OK"


def test_pveam_download_refusals(engine: Engine) -> None:
    reply = call(engine, "POST", "/nodes/pve1/aplinfo", storage="local", template="nope.tar.gz")
    assert (reply.status, reply.errors) == (400, {"template": "no such template"})
    template = "alpine-3.22-default_20250617_amd64.tar.zst"
    reply = call(engine, "POST", "/nodes/pve1/aplinfo", storage="local-lvm", template=template)
    assert (reply.status, reply.reason) == (500, "storage 'local-lvm' does not support templates")
    assert call(engine, "POST", "/nodes/pve1/aplinfo", ALICE, storage="local",
                template=template).status == 403  # fmt: skip


# -- OCI images


def test_an_oci_image_becomes_a_container_template_once(engine: Engine) -> None:
    path = "/nodes/pve1/storage/local/oci-registry-pull"
    reply = call(engine, "POST", path, reference="docker.io/library/alpine:3.22")
    assert ended(engine, reply)[0] == "OK"
    assert reply.data.split(":")[5:7] == ["ociregistrypull", "alpine_3.22.tar"]
    assert engine.state.volumes["local:vztmpl/alpine_3.22.tar"]["format"] == "tar"
    again = call(engine, "POST", path, reference="docker.io/library/alpine:3.22")
    assert (again.status, again.reason) == (
        500,
        "refusing to override existing file 'alpine_3.22.tar'",
    )
    named = call(engine, "POST", path, reference="alpine:3.22", filename="my alpine")
    assert ended(engine, named)[0] == "OK"
    assert "local:vztmpl/my_alpine.tar" in engine.state.volumes
