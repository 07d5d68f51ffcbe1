"""The mock server side by side with proxmox-sdk's mock (uvicorn, 1 worker), plain HTTP on
loopback: start-up to first 200, GET /nodes throughput and latency at concurrency 32 (wrk,
``-t2 -c32``) under several conditions, GET …/qemu/{vmid}/config, server CPU per request, RSS
after the load, and 1,000 sequential VM creates.

    python benchmarks/bench_server.py [--quick]     # prints the markdown section

``benchmarks/run`` runs it in its own venv (proxmox-sdk installed there) and puts the section
in ``benchmarks/REPORT.md``. Needs ``wrk`` (Debian package) for the load part.

The machine is shared (two cores, wrk and the server on them too), so req/s drifts by tens of
percent from one minute to the next: each condition runs the two servers in alternating
rounds, the ratio is the median of the rounds' ratios (their spread is reported), and the
servers' own CPU time per request (``/proc/<pid>/stat``) is given beside it, which drift
hardly moves.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

TOKEN = "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"
HEADERS = {"pvesdk": {"Authorization": TOKEN}, "proxmox-sdk": {}}
NAMES = {"pvesdk": "pvesdk-server", "proxmox-sdk": "proxmox-sdk mock"}
NODES = "/api2/json/nodes"
CONFIG = "/api2/json/nodes/pve1/qemu/100/config"

# pvesdk-server as its command line runs it, but with the HTTP protocol and loop forced (the
# command line picks httptools and uvloop whenever they are installed).
_OURS_FORCED = """
import sys, uvicorn
from pvesdk_server.app import ServerSettings, create_app
from pvesdk_server.wire import PveH11Protocol, PveHttpToolsProtocol
http = PveH11Protocol if sys.argv[2] == "h11" else PveHttpToolsProtocol
uvicorn.run(create_app(ServerSettings(task_seconds=0)), host="127.0.0.1", port=int(sys.argv[1]),
            http=http, loop=sys.argv[3], access_log=False, log_level="warning",
            server_header=False)
"""


@dataclass(frozen=True)
class Condition:
    """One way of running both servers and loading them."""

    title: str
    why: str
    ours_access_log: bool = False
    peer_log_level: str = "warning"  # uvicorn's access log is on at "info" (its default)
    stack: str = "auto"  # "auto": what is installed (httptools + uvloop); "h11": pure Python
    close: bool = False  # wrk sends Connection: close (a new TCP connection per request)


HEADLINE = Condition(
    "both without access log, httptools + uvloop, keep-alive",
    "the goal's condition: one worker each, the fast stack both have installed",
)
CONDITIONS = [
    HEADLINE,
    Condition(
        "peer as `proxmox-sdk-mock` runs it (uvicorn defaults: access log on)",
        "the peer's own entry point logs every request; pvesdk-server logs none by default",
        peer_log_level="info",
    ),
    Condition(
        "both with an access log",
        "pvesdk-server `--access-log`, the peer at uvicorn's default log level",
        ours_access_log=True,
        peer_log_level="info",
    ),
    Condition(
        "both on h11 + asyncio's loop (httptools/uvloop not installed)",
        "an environment without uvicorn's optional speed-ups",
        stack="h11",
    ),
    Condition(
        "no keep-alive (`Connection: close`)",
        "every request pays a TCP connect and a new ASGI connection",
        close=True,
    ),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def command(name: str, python: Path, port: int, condition: Condition) -> list[str]:
    if name == "pvesdk":
        if condition.stack == "h11":
            return [str(python), "-c", _OURS_FORCED, str(port), "h11", "asyncio"]
        cmd = [str(python), "-m", "pvesdk_server", "--no-tls", "--port", str(port)]
        cmd += ["--task-seconds", "0"]
        return cmd + (["--access-log"] if condition.ours_access_log else [])
    cmd = [str(python), "-m", "uvicorn", "proxmox_sdk.mock_main:app", "--port", str(port)]
    cmd += ["--workers", "1", "--log-level", condition.peer_log_level]
    if condition.stack == "h11":
        cmd += ["--http", "h11", "--loop", "asyncio"]
    return cmd


def start(
    name: str, python: Path, condition: Condition = HEADLINE
) -> tuple[subprocess.Popen[bytes], int, float]:
    """The server, its port and the seconds from launch to its first 200 on GET /nodes."""
    port = free_port()
    began = time.perf_counter()
    process = subprocess.Popen(
        command(name, python, port, condition),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd="/tmp",
    )
    url = f"http://127.0.0.1:{port}{NODES}"
    while True:
        try:
            if httpx.get(url, headers=HEADERS[name], timeout=5).status_code == 200:
                return process, port, time.perf_counter() - began
        except httpx.TransportError:
            pass
        if process.poll() is not None:
            raise RuntimeError(f"{name} server exited with {process.returncode}")
        if time.perf_counter() - began > 120:
            stop(process)
            raise RuntimeError(f"{name} server did not answer within 120 s")
        time.sleep(0.01)


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def rss_mib(pid: int) -> float:
    text = Path(f"/proc/{pid}/status").read_text()
    match = re.search(r"VmRSS:\s+(\d+) kB", text)
    return int(match.group(1)) / 1024 if match else float("nan")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class Load:
    rate: float  # requests per second
    total: int
    p50_ms: float
    p99_ms: float
    cpu_us: float  # server CPU per request
    status: str = "200"


def _ms(text: str) -> float:
    """wrk's time (``812.00us``, ``3.48ms``, ``1.02s``, ``1.50m``) in milliseconds."""
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m|h)", text)
    if match is None:
        return float("nan")
    scale = {"us": 0.001, "ms": 1.0, "s": 1e3, "m": 6e4, "h": 3.6e6}[match.group(2)]
    return float(match.group(1)) * scale


def _percentile(out: str, percent: int) -> float:
    """A line of wrk's ``Latency Distribution`` (``     50%    3.48ms``), in milliseconds."""
    match = re.search(rf"^\s+{percent}%\s+(\S+)\s*$", out, re.M)
    return _ms(match.group(1)) if match else float("nan")


def wrk(name: str, pid: int, port: int, seconds: float, path: str, close: bool = False) -> Load:
    cmd = ["wrk", "-t2", "-c32", f"-d{max(1, round(seconds))}s", "--latency"]
    for key, value in HEADERS[name].items():
        cmd += ["-H", f"{key}: {value}"]
    if close:
        cmd += ["-H", "Connection: close"]
    cmd.append(f"http://127.0.0.1:{port}{path}")
    before = cpu_seconds(pid)
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    used = cpu_seconds(pid) - before
    rate_match = re.search(r"Requests/sec:\s+([\d.]+)", out)
    total_match = re.search(r"(\d+) requests in", out)
    if rate_match is None or total_match is None:
        raise RuntimeError(f"{name}: cannot read wrk's output:\n{out[-1000:]}")
    rate, total = float(rate_match.group(1)), int(total_match.group(1))
    p50, p99 = (_percentile(out, q) for q in (50, 99))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    status = f"{errors.group(1)} of {total} not 2xx" if errors else "200"
    return Load(rate, total, p50, p99, used / max(total, 1) * 1e6, status)


def creates(name: str, port: int, count: int) -> list[float]:
    """Seconds per create, one entry per create, over one keep-alive connection."""
    times = []
    with httpx.Client(base_url=f"http://127.0.0.1:{port}/api2/json", headers=HEADERS[name]) as http:
        for i in range(count):
            vmid = 1000 + i
            form = {"vmid": vmid, "name": f"vm{vmid}", "net0": "virtio,bridge=vmbr0"}
            began = time.perf_counter()
            if name == "pvesdk":
                r = http.post("/nodes/pve1/qemu", data=form)
            else:  # this mock reads create parameters from the query string only
                r = http.post("/nodes/pve1/qemu", params=form)
            times.append(time.perf_counter() - began)
            if r.status_code != 200:
                raise RuntimeError(f"{name}: create {vmid} answered {r.status_code} {r.text[:200]}")
    return times


@dataclass
class Rounds:
    ours: list[Load] = field(default_factory=list)
    peer: list[Load] = field(default_factory=list)

    def ratios(self) -> list[float]:
        return [a.rate / b.rate for a, b in zip(self.ours, self.peer, strict=True) if b.rate]

    @staticmethod
    def med(loads: list[Load], attr: str) -> float:
        return statistics.median(getattr(load, attr) for load in loads)


def condition_rounds(python: Path, condition: Condition, rounds: int, seconds: float) -> Rounds:
    out = Rounds()
    ours, port_ours, _ = start("pvesdk", python, condition)
    try:
        peer, port_peer, _ = start("proxmox-sdk", python, condition)
        try:
            wrk("pvesdk", ours.pid, port_ours, 1, NODES, condition.close)  # warm-up
            wrk("proxmox-sdk", peer.pid, port_peer, 1, NODES, condition.close)
            for _ in range(rounds):  # alternate, so drift hits both alike
                out.ours.append(wrk("pvesdk", ours.pid, port_ours, seconds, NODES, condition.close))
                out.peer.append(
                    wrk("proxmox-sdk", peer.pid, port_peer, seconds, NODES, condition.close)
                )
        finally:
            stop(peer)
    finally:
        stop(ours)
    return out


def status_of(name: str, port: int, path: str) -> int:
    url = f"http://127.0.0.1:{port}{path}"
    return httpx.get(url, headers=HEADERS[name], timeout=30).status_code


@dataclass
class Results:
    startup: dict[str, list[float]]
    conditions: list[tuple[Condition, Rounds]]
    config: dict[str, Load | int]  # a Load, or the status the server answers with
    rss: dict[str, float]
    totals: dict[str, int]
    creates: dict[str, list[float]]


def measure(python: Path, quick: bool) -> Results:
    starts, rounds, seconds, count = (1, 1, 1, 50) if quick else (5, 3, 5, 1000)
    startup: dict[str, list[float]] = {"pvesdk": [], "proxmox-sdk": []}
    for _ in range(starts):  # interleaved
        for name in startup:
            process, _, took = start(name, python)
            startup[name].append(took)
            stop(process)
    conditions = [
        (c, condition_rounds(python, c, rounds, seconds))
        for c in ([HEADLINE] if quick else CONDITIONS)
    ]
    config: dict[str, Load | int] = {}
    rss: dict[str, float] = {}
    totals: dict[str, int] = {}
    made: dict[str, list[float]] = {}
    for name in ("pvesdk", "proxmox-sdk"):
        process, port, _ = start(name, python)
        try:
            load = wrk(name, process.pid, port, seconds * rounds, NODES)
            totals[name] = load.total
            rss[name] = rss_mib(process.pid)
            status = status_of(name, port, CONFIG)
            if status == 200:
                config[name] = wrk(name, process.pid, port, seconds, CONFIG)
            else:
                config[name] = status
            made[name] = creates(name, port, count)
        finally:
            stop(process)
    return Results(startup, conditions, config, rss, totals, made)


def verdict(ok: bool) -> str:
    return "**met**" if ok else "**not met**"


def section(results: Results, quick: bool) -> tuple[str, dict[str, float]]:
    """The markdown section and the headline numbers (for the plots)."""
    r = results
    start_ours = statistics.median(r.startup["pvesdk"])
    start_peer = statistics.median(r.startup["proxmox-sdk"])
    head = r.conditions[0][1]
    ratio = statistics.median(head.ratios())
    rss_ratio = r.rss["pvesdk"] / r.rss["proxmox-sdk"]
    lines = [
        "## Mock server: throughput, latency, start-up, RSS, creates",
        "",
        "Goal: GET /api2/json/nodes with a token, plain HTTP, `wrk -t2 -c32`, one worker: "
        "≥ 6× proxmox-sdk's mock; start-up ≤ 0.3× and RSS ≤ 0.5× of the peer's. Both servers "
        "run from the benchmark venv, one uvicorn worker each, on loopback; wrk shares the two "
        "cores with them.",
        "",
        "| measure | pvesdk-server | proxmox-sdk mock | ratio | goal | |",
        "|---|---|---|---|---|---|",
        f"| start-up to first 200 (median of {len(r.startup['pvesdk'])}) | {start_ours:.2f} s | "
        f"{start_peer:.2f} s | {start_ours / start_peer:.2f}× | ≤ 0.3× | "
        f"{verdict(start_ours / start_peer <= 0.3)} |",
        f"| GET /nodes req/s, headline condition (median of {len(head.ours)} rounds) | "
        f"{Rounds.med(head.ours, 'rate'):.0f} | {Rounds.med(head.peer, 'rate'):.0f} | "
        f"{ratio:.2f}× | ≥ 6× | {verdict(ratio >= 6)} |",
        f"| RSS after the load ({r.totals['pvesdk']} / {r.totals['proxmox-sdk']} requests) | "
        f"{r.rss['pvesdk']:.0f} MiB | {r.rss['proxmox-sdk']:.0f} MiB | {rss_ratio:.2f}× | "
        f"≤ 0.5× | {verdict(rss_ratio <= 0.5)} |",
    ]
    ours_c, peer_c = r.config["pvesdk"], r.config["proxmox-sdk"]
    if isinstance(ours_c, Load):
        peer_text = f"{peer_c.rate:.0f} req/s" if isinstance(peer_c, Load) else f"answers {peer_c}"
        lines.append(
            f"| GET /nodes/pve1/qemu/100/config req/s (p50 / p99 ms) | {ours_c.rate:.0f} "
            f"({ours_c.p50_ms:.1f} / {ours_c.p99_ms:.1f}) | {peer_text} | | | |"
        )
    made_o, made_p = r.creates["pvesdk"], r.creates["proxmox-sdk"]

    def tenth(values: list[float], last: bool) -> float:
        size = max(1, len(values) // 10)
        return statistics.median(values[-size:] if last else values[:size]) * 1000

    lines += [
        f"| VM create, median of {len(made_o)} sequential | "
        f"{statistics.median(made_o) * 1000:.2f} ms | {statistics.median(made_p) * 1000:.2f} ms | "
        f"{statistics.median(made_o) / statistics.median(made_p):.2f}× | | |",
        f"| create: first vs last tenth (medians) | {tenth(made_o, False):.2f} → "
        f"{tenth(made_o, True):.2f} ms | {tenth(made_p, False):.2f} → {tenth(made_p, True):.2f} ms"
        " | | flat | |",
        "",
        "### GET /nodes under each condition",
        "",
        "req/s and latency are medians of the rounds; *CPU/req* is the server process's own "
        "CPU time per request; *ratio* is the median of the rounds' req/s ratios, with their "
        "range.",
        "",
        "| condition | pvesdk req/s | peer req/s | ratio (range) | p50 / p99 ms pvesdk | "
        "p50 / p99 ms peer | CPU/req pvesdk | CPU/req peer | CPU ratio |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for condition, rounds in r.conditions:
        ratios = rounds.ratios()
        cpu_o, cpu_p = Rounds.med(rounds.ours, "cpu_us"), Rounds.med(rounds.peer, "cpu_us")
        lines.append(
            f"| {condition.title} | {Rounds.med(rounds.ours, 'rate'):.0f} | "
            f"{Rounds.med(rounds.peer, 'rate'):.0f} | {statistics.median(ratios):.2f}× "
            f"({min(ratios):.2f}–{max(ratios):.2f}) | {Rounds.med(rounds.ours, 'p50_ms'):.1f} / "
            f"{Rounds.med(rounds.ours, 'p99_ms'):.1f} | {Rounds.med(rounds.peer, 'p50_ms'):.1f} / "
            f"{Rounds.med(rounds.peer, 'p99_ms'):.1f} | {cpu_o:.0f} µs | {cpu_p:.0f} µs | "
            f"{cpu_p / cpu_o:.2f}× |"
        )
    lines += [""] + [f"- *{c.title}*: {c.why}." for c, _ in r.conditions]
    lines += [
        "",
        "Why single figures differ (4.8× in one run, 6.4× in another): the ratio depends on "
        "whether the peer logs each request (its own `proxmox-sdk-mock` entry point does; "
        "`uvicorn --log-level warning` does not), on whether httptools and uvloop are installed "
        "(pvesdk-server's per-request work is a smaller share of a slower stack), on keep-alive, "
        "and on what else runs on the two cores: one condition's rounds above already spread "
        "by the range shown. The CPU-per-request ratio is the steadier figure.",
        "",
        "The peer answers GET /nodes with generated sample data (no envelope check of the "
        "token) and takes create parameters from the query string only; pvesdk-server checks "
        "the token, verifies parameters against the spec, checks privileges and keeps real "
        "state (each create allocates a VM and a task).",
    ]
    for name, side in (("pvesdk", "ours"), ("proxmox-sdk", "peer")):
        loads = [load for _, rounds in r.conditions for load in getattr(rounds, side)]
        odd = [load.status for load in loads if load.status != "200"]
        if odd:
            lines.append(f"\nNote: {NAMES[name]} answered non-2xx under load: {odd[0]}.")
    numbers = {
        "startup_ours": start_ours,
        "startup_peer": start_peer,
        "rate_ours": Rounds.med(head.ours, "rate"),
        "rate_peer": Rounds.med(head.peer, "rate"),
        "rss_ours": r.rss["pvesdk"],
        "rss_peer": r.rss["proxmox-sdk"],
    }
    return "\n".join(lines) + "\n", numbers


def available() -> str | None:
    """Why this case cannot run here, or None."""
    if shutil.which("wrk") is None:
        return "wrk is not installed (apt-get install wrk)"
    return None


def peer_installed() -> bool:
    return importlib.util.find_spec("proxmox_sdk") is not None


def alone(python: Path, quick: bool) -> str:
    """pvesdk-server by itself (the peer is not installed here): the same measures, no ratios."""
    seconds, count = (1, 50) if quick else (5, 1000)
    process, port, startup = start("pvesdk", python)
    try:
        load = wrk("pvesdk", process.pid, port, seconds, NODES)
        rss = rss_mib(process.pid)
        config = wrk("pvesdk", process.pid, port, seconds, CONFIG)
        made = creates("pvesdk", port, count)
    finally:
        stop(process)
    return "\n".join(
        [
            "## Mock server: throughput, latency, start-up, RSS, creates",
            "",
            "proxmox-sdk is not installed in this environment (`benchmarks/run` installs it), "
            "so there is no side-by-side and no goal is judged; pvesdk-server alone:",
            "",
            "| measure | pvesdk-server |",
            "|---|---|",
            f"| start-up to first 200 | {startup:.2f} s |",
            f"| GET /nodes, wrk -t2 -c32 (p50 / p99 ms) | {load.rate:.0f} req/s "
            f"({load.p50_ms:.1f} / {load.p99_ms:.1f}), {load.cpu_us:.0f} µs CPU/req |",
            f"| GET /nodes/pve1/qemu/100/config | {config.rate:.0f} req/s |",
            f"| RSS after the load | {rss:.0f} MiB |",
            f"| VM create, median of {count} | {statistics.median(made) * 1000:.2f} ms |",
            "",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    missing = available()
    if missing:
        raise SystemExit(missing)
    if not peer_installed():
        print(alone(Path(sys.executable), args.quick))
        return
    text, _ = section(measure(Path(sys.executable), args.quick), args.quick)
    print(text)


if __name__ == "__main__":
    main()
