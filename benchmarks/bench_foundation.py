"""Foundation benchmarks: cold start (pvesdk vs proxmoxer vs a stdlib floor), generator run time,
and mypy --strict on a typed integration. Writes ``benchmarks/REPORT-foundation.md``.

    python benchmarks/bench_foundation.py [--samples 30]

Cold start runs each sample in a fresh interpreter of a clean virtualenv that has only what
``pip install pvesdk`` brings (plus proxmoxer for the side-by-side), against a local HTTPS server
with a self-signed certificate that the clients verify (its CA file is passed to each).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / "benchmarks" / ".venv-runtime"
DUMP = ROOT.parent / "shared" / "pve-apidoc" / "9.2" / "apidata.js"
SAMPLE = ROOT / "tests" / "typing_samples" / "integration_ok.py"
VERSION = {"data": {"version": "9.2.0", "release": "9.2", "repoid": "0123abcd"}}

CHILDREN = {
    "pvesdk": """
import time
t0 = time.perf_counter()
from pvesdk import PveClient
client = PveClient("127.0.0.1", port={port}, user="root@pam", token_name="ci",
                   token_value="secret", verify_ssl="{ca}")
result = client.version.get()
assert result.release == "9.2"
print(time.perf_counter() - t0)
""",
    "pvesdk (engine=httpx)": """
import time
t0 = time.perf_counter()
from pvesdk import PveClient
client = PveClient("127.0.0.1", port={port}, user="root@pam", token_name="ci",
                   token_value="secret", verify_ssl="{ca}", backend="httpx")
result = client.version.get()
assert result.release == "9.2"
print(time.perf_counter() - t0)
""",
    "proxmoxer": """
import time
t0 = time.perf_counter()
from proxmoxer import ProxmoxAPI
api = ProxmoxAPI("127.0.0.1", port={port}, user="root@pam", token_name="ci",
                 token_value="secret", verify_ssl="{ca}")
result = api.version.get()
assert result["release"] == "9.2"
print(time.perf_counter() - t0)
""",
    "stdlib floor (http.client + json)": """
import time
t0 = time.perf_counter()
import http.client, json, ssl
ctx = ssl.create_default_context(cafile="{ca}")
conn = http.client.HTTPSConnection("127.0.0.1", {port}, context=ctx)
conn.request("GET", "/api2/json/version", headers={{"Authorization": "PVEAPIToken=x"}})
result = json.loads(conn.getresponse().read())["data"]
assert result["release"] == "9.2"
print(time.perf_counter() - t0)
""",
}

PHASES = """
import time
t = [time.perf_counter()]
import pvesdk.client
t.append(time.perf_counter())
client = pvesdk.client.PveClient("127.0.0.1", port={port}, user="root@pam", token_name="ci",
                                 token_value="secret", verify_ssl="{ca}")
t.append(time.perf_counter())
import pydantic
from pydantic import BaseModel
t.append(time.perf_counter())
from pvesdk._generated.models.version import VersionGetResult
VersionGetResult.model_validate({{"version": "1", "release": "1", "repoid": "1"}})
t.append(time.perf_counter())
client.version.get()
t.append(time.perf_counter())
print(" ".join(str(b - a) for a, b in zip(t, t[1:])))
"""
PHASE_NAMES = [
    "import pvesdk",
    "construct client (imports http.client, ssl)",
    "import pydantic (BaseModel)",
    "first model: pydantic's class and schema machinery",
    "the call itself (TLS handshake, request, parse)",
]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in separate writes
    body = json.dumps(VERSION).encode()

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json;charset=UTF-8")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def start_server(tmp: Path) -> tuple[ThreadingHTTPServer, int, Path]:
    sys.path.insert(0, str(ROOT / "src"))
    from pvesdk_server.tls import self_signed

    cert, key = self_signed(tmp)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1], cert


def ensure_venv() -> Path:
    """The clean venv, with the working tree installed as users get it (a wheel, not editable)."""
    python = VENV / "bin" / "python"
    pip = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run([*pip, "proxmoxer", "requests"], check=True)
    subprocess.run([*pip, "--force-reinstall", "--no-deps", str(ROOT)], check=True)
    subprocess.run([*pip, str(ROOT)], check=True)  # the runtime dependencies, if new
    return python


def median_p90(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered), ordered[max(0, int(len(ordered) * 0.9) - 1)]


def run_child(python: Path, code: str) -> str:
    out = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def cold_start(python: Path, port: int, ca: Path, samples: int) -> dict[str, list[float]]:
    results: dict[str, list[float]] = {name: [] for name in CHILDREN}
    for code in CHILDREN.values():  # warm the page cache and .pyc files once
        run_child(python, code.format(port=port, ca=ca))
    for _ in range(samples):  # interleave peers so drift hits them alike
        for name, code in CHILDREN.items():
            results[name].append(float(run_child(python, code.format(port=port, ca=ca))))
    return results


def phases(python: Path, port: int, ca: Path, samples: int) -> list[float]:
    rows = [
        [float(x) for x in run_child(python, PHASES.format(port=port, ca=ca)).split()]
        for _ in range(samples)
    ]
    return [statistics.median(column) for column in zip(*rows, strict=True)]


def timed(func: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        out.append(time.perf_counter() - start)
    return out


def generator_runs(runs: int) -> list[float] | None:
    if not DUMP.is_file():
        return None
    scratch = Path(tempfile.mkdtemp(prefix="pvesdk-bench-gen-"))
    try:
        shutil.copytree(ROOT / "templates", scratch / "templates")
        shutil.copy(ROOT / "pyproject.toml", scratch / "pyproject.toml")
        cmd = [sys.executable, "-m", "pvesdk_gen", "--version", "9.2", "--source", str(DUMP)]
        cmd += ["--root", str(scratch)]
        return timed(lambda: subprocess.run(cmd, check=True, capture_output=True), runs)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def mypy_runs(runs: int) -> tuple[list[float], list[float]]:
    env = {**os.environ, "MYPYPATH": str(ROOT / "src")}
    cold, warm = [], []
    for _ in range(runs):
        cache = tempfile.mkdtemp(prefix="pvesdk-bench-mypy-")
        cmd = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", cache, str(SAMPLE)]
        for bucket in (cold, warm):
            start = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True, env=env, cwd=ROOT)
            bucket.append(time.perf_counter() - start)
        shutil.rmtree(cache, ignore_errors=True)
    return cold, warm


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=int, default=30)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    python = ensure_venv()
    lines = [
        "# Foundation benchmarks",
        "",
        f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}. "
        "Produced by `python benchmarks/bench_foundation.py`.",
        "",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        server, port, ca = start_server(Path(tmp))
        try:
            starts = cold_start(python, port, ca, args.samples)
            phase = phases(python, port, ca, args.samples)
        finally:
            server.shutdown()
    base = statistics.median(starts["pvesdk"])
    lines += [
        "## Cold start: import + client construction + first call",
        "",
        f"Fresh interpreter per sample ({args.samples} samples each, interleaved), clean venv with",
        "pvesdk installed from its wheel and the runtime dependencies only (plus proxmoxer),",
        "local HTTPS server, certificate verified against its CA file. Target for pvesdk: well",
        "under 100 ms.",
        "",
        "| client | median | p90 | ratio to pvesdk |",
        "|---|---|---|---|",
    ]
    for name, values in starts.items():
        med, p90 = median_p90(values)
        lines.append(f"| {name} | {ms(med)} | {ms(p90)} | {med / base:.2f}× |")
    lines += ["", "Where pvesdk's time goes (medians):", "", "| phase | median |", "|---|---|"]
    lines += [f"| {n} | {ms(v)} |" for n, v in zip(PHASE_NAMES, phase, strict=True)]
    gen = generator_runs(args.runs)
    lines += ["", "## Generator: `pvesdk-gen --version 9.2` (dump → spec → code)", ""]
    if gen is None:
        lines.append(f"Skipped: {DUMP} is absent.")
    else:
        med, p90 = median_p90(gen)
        lines.append(f"{args.runs} runs: median {med:.2f} s, p90 {p90:.2f} s (target < 15 s).")
    cold, warm = mypy_runs(args.runs)
    size = len(SAMPLE.read_text().splitlines())
    lines += [
        "",
        f"## mypy --strict on a {size}-line integration (`{SAMPLE.relative_to(ROOT)}`)",
        "",
        f"{args.runs} runs, fresh cache each: cold median {statistics.median(cold):.2f} s "
        f"(target < 10 s); warm (same cache again) median {statistics.median(warm):.2f} s.",
        "",
    ]
    report = ROOT / "benchmarks" / "REPORT-foundation.md"
    report.write_text("\n".join(lines))
    print(report.read_text())


if __name__ == "__main__":
    main()
