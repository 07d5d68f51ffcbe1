"""Reading a 196-key VM config whose families are typed (``net``, ``scsi``, ``virtio``,
``ipconfig``, ``unused``), against reading it as plain dicts with the property strings split by
hand. Writes ``benchmarks/REPORT-propstr.md``.

    python benchmarks/bench_propstr.py
"""

from __future__ import annotations

import json
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from pvesdk.models import NodesQemuConfigGetResult  # noqa: E402


def config() -> dict[str, str]:
    data = {"digest": "d", "name": "big", "cores": "8", "memory": "16384", "ostype": "l26"}
    for i in range(32):
        data[f"net{i}"] = f"virtio=BC:24:11:00:00:{i:02X},bridge=vmbr0,firewall=1,tag={i + 10}"
    for i in range(31):
        data[f"scsi{i}"] = f"local-lvm:vm-100-disk-{i},iothread=1,size=32G,ssd=1"
    for i in range(16):
        data[f"virtio{i}"] = f"local-lvm:vm-100-disk-{i + 40},size=8G"
    for i in range(32):
        data[f"ipconfig{i}"] = f"ip=10.0.{i}.5/24,gw=10.0.{i}.1"
    for i in range(80):
        data[f"unused{i}"] = f"local-lvm:vm-100-disk-{i + 100}"
    return data


RAW = json.dumps(config()).encode()


def plain() -> Any:
    data = json.loads(RAW)
    return {
        key: dict(part.split("=", 1) if "=" in part else ("", part) for part in value.split(","))
        if isinstance(value, str) and "," in value
        else value
        for key, value in data.items()
    }


def typed() -> Any:
    return NodesQemuConfigGetResult.model_validate(json.loads(RAW))


def typed_and_used() -> Any:
    cfg = typed()
    for family in (cfg.net, cfg.unused, cfg.virtio):
        list(family.values())  # every member parsed into its model
    return cfg


def timed(func: Callable[[], Any], loops: int = 300, runs: int = 7) -> float:
    func()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        for _ in range(loops):
            func()
        samples.append((time.perf_counter() - start) / loops)
    return statistics.median(samples)


def main() -> None:
    base = timed(plain)
    rows = [
        ("plain dicts, property strings split by hand", base),
        ("typed result (families parsed on first use)", timed(typed)),
        ("typed result, then every net/unused/virtio member parsed", timed(typed_and_used)),
    ]
    lines = [
        "# Reading a typed VM config",
        "",
        f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, Python "
        f"{platform.python_version()}; {len(config())} keys, 191 of them property strings in "
        "families. Medians of 7 runs. Goal: typed within 2× plain.",
        "",
        "| how | µs per config | × plain |",
        "|---|---|---|",
        *(f"| {name} | {value * 1e6:.0f} | {value / base:.2f} |" for name, value in rows),
        "",
    ]
    report = ROOT / "benchmarks" / "REPORT-propstr.md"
    report.write_text("\n".join(lines))
    print(report.read_text())


if __name__ == "__main__":
    main()
