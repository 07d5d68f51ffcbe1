"""Progress bars (the ``progress`` extra, tqdm): off unless asked for, drawn on stderr."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pvesdk import PveClient

from ..support.server import pvesdk_server
from .sse_server import TOKEN

FAST = {"interval": 0.05, "max_interval": 0.2}


def test_wait_with_progress_draws_a_bar_ending_in_the_exit_status(
    capsys: pytest.CaptureFixture[str],
) -> None:
    client = PveClient.mock(task_seconds=0.3)
    client.nodes.node("pve1").qemu.vmid(100).status.start.post().wait(progress=True, **FAST)
    err = capsys.readouterr().err
    assert "qmstart 100 on pve1" in err
    assert "2 lines" in err and err.rstrip().endswith("OK]")


def test_wait_draws_nothing_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    client = PveClient.mock(task_seconds=0.1)
    client.nodes.node("pve1").qemu.vmid(100).status.start.post().wait(**FAST)
    assert capsys.readouterr().err == ""


def test_progress_without_tqdm_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)
    task = PveClient.mock(task_seconds=0).nodes.node("pve1").qemu.vmid(100).status.start.post()
    with pytest.raises(ImportError, match=r"pip install 'pvesdk\[progress\]'"):
        task.wait(progress=True)


def test_upload_with_progress_draws_a_byte_bar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    iso = tmp_path / "small.iso"
    iso.write_bytes(b"\0" * 3 * 1024 * 1024)
    with (
        pvesdk_server(tmp_path) as srv,
        PveClient("127.0.0.1", port=srv.port, verify_ssl=str(srv.cert), **TOKEN) as client,
    ):  # type: ignore[arg-type]
        task = client.upload("pve1", "local", iso, content="iso", progress=True)
        assert task.wait(**FAST).ok
    err = capsys.readouterr().err
    # tqdm scales bytes by 1024: the total reads "3.00M" and the bar ends at 100%; the rate's unit
    # (kB/s, MB/s, GB/s) depends on the machine's speed, so it is not asserted.
    assert "small.iso" in err and "100%" in err and "3.00M/3.00M" in err
