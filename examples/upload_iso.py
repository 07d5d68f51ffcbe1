"""Upload an ISO image to a storage, with a progress bar, and wait for Proxmox to store it.

    python upload_iso.py pve1 local ~/Downloads/debian-13.iso

The file is streamed from disk (flat memory, any size) as one multipart request with a
Content-Length, as pveproxy requires; ``progress(sent, total)`` is called as bytes leave.
Proxmox then copies the temporary file into the storage in an ``imgcopy`` task, whose UPID
the upload answers. Upload works over https only (pvesh cannot read a multipart body).
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from pathlib import Path

from pvesdk import PveClient


def connect() -> PveClient:
    """A client from the environment: PVE_HOST, PVE_PORT, PVE_USER, PVE_TOKEN_NAME,
    PVE_TOKEN_VALUE, and PVE_FINGERPRINT (pin a self-signed certificate) or PVE_CA (a CA file)."""
    return PveClient(
        os.environ["PVE_HOST"],
        port=int(os.environ.get("PVE_PORT", "8006")),
        user=os.environ.get("PVE_USER", "root@pam"),
        token_name=os.environ["PVE_TOKEN_NAME"],
        token_value=os.environ["PVE_TOKEN_VALUE"],
        fingerprint=os.environ.get("PVE_FINGERPRINT"),
        verify_ssl=os.environ.get("PVE_CA") or True,
        timeout=600,  # seconds without a byte moving before giving up, not the whole upload
    )


class ProgressBar:
    """A one-line text progress bar on stderr: ``[#####.....]  52%  12.3 MiB/s``."""

    def __init__(self, width: int = 40) -> None:
        self.width = width
        self.started = time.monotonic()
        self.shown = -1

    def __call__(self, sent: int, total: int) -> None:
        """Redraw the bar when the percentage changed; ends the line when all is sent."""
        percent = sent * 100 // total if total else 100
        if percent == self.shown:
            return
        self.shown = percent
        done = self.width * percent // 100
        rate = sent / max(time.monotonic() - self.started, 1e-6) / 1024**2
        bar = "#" * done + "." * (self.width - done)
        end = "\n" if sent >= total else ""
        sys.stderr.write(f"\r[{bar}] {percent:3d}%  {rate:6.1f} MiB/s{end}")
        sys.stderr.flush()


def sha256(path: Path) -> str:
    """The file's SHA-256 as hex, read a MiB at a time."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def upload_iso(client: PveClient, node: str, storage: str, path: Path) -> str:
    """Upload ``path`` as ``{storage}:iso/{name}``; Proxmox checks the sha256 we send."""
    task = client.upload(
        node,
        storage,
        path,
        content="iso",
        checksum=sha256(path),
        checksum_algorithm="sha256",
        progress=ProgressBar(),
    )
    task.wait(timeout=600)  # the imgcopy task; TaskFailed names its exit status if it fails
    return f"{storage}:iso/{path.name}"


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print("usage: python upload_iso.py NODE STORAGE FILE.iso", file=sys.stderr)
        sys.exit(2)  # wrong arguments, as argparse and the other examples say it
    node, storage, iso = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    with connect() as client:
        volid = upload_iso(client, node, storage, iso)
        content = client.nodes.node(node).storage.storage(storage).content.get(content="iso")
        sizes = {item.volid: item.size for item in content}
        print(f"{volid}: {sizes.get(volid)} bytes")
