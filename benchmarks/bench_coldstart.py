"""Cold start per subtree: import + client construction + first call, in a fresh interpreter per
sample, for the ten largest subtrees of the API, pvesdk side by side with proxmoxer against one
local HTTPS server. Writes ``benchmarks/REPORT-coldstart.md``.

    python benchmarks/bench_coldstart.py [--quick] [--samples 7] [--baseline REV]

The children run in ``benchmarks/.venv-runtime`` (as ``bench_foundation.py``): a virtualenv with
pvesdk installed from its wheel (bytecode compiled, as users get it) and only its runtime
dependencies plus proxmoxer; packages of a development environment (trio, rich) that httpcore
and httpx import when present would inflate every import. ``PVESDK_BENCH_PYTHON`` names another
interpreter instead (one that has pvesdk and proxmoxer). ``--baseline REV`` also installs that git
revision of pvesdk into ``benchmarks/.venv-baseline`` and measures it in the same run ("before").
``--quick`` (CI) takes one sample per case with the running interpreter and asserts nothing.

The server answers each path with a canned body shaped like Proxmox's (the same bytes to both
clients); it verifies nothing, so only the clients' own cost is measured. Goal (issue 15): every
case ≤ 100 ms and ≤ 1.5× proxmoxer.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar, NamedTuple

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / "benchmarks" / ".venv-runtime"
BASELINE_VENV = ROOT / "benchmarks" / ".venv-baseline"
GOAL_MS = 100.0
GOAL_RATIO = 1.5
FLOOR = "httpcore + pydantic alone (floor)"
REQUESTS_FLOOR = "requests alone (floor)"


class Case(NamedTuple):
    name: str
    path: str  # below /api2/json
    pvesdk: str  # the call, on `client`
    proxmoxer: str  # the same call, on `api`
    data: Any


def _config() -> dict[str, Any]:
    cfg: dict[str, Any] = {
        "digest": "5b0a4f1e9c2d7a3b8e6f0d1c2b3a4958677e8f90", "name": "web01", "cores": 4,
        "sockets": 1, "memory": "8192", "ostype": "l26", "scsihw": "virtio-scsi-single",
        "boot": "order=scsi0;ide2;net0", "agent": "1,fstrim_cloned_disks=1", "cpu": "x86-64-v2-AES",
        "numa": 0, "onboot": 1, "machine": "q35", "bios": "ovmf", "vmgenid": "0f4c5b6e-3c1d",
        "smbios1": "uuid=7c2a9e34-8b1f-4e5a-9d3c-2b1a0f9e8d7c", "meta": "creation-qemu=9.0.2",
        "efidisk0": "local-lvm:vm-100-disk-1,efitype=4m,pre-enrolled-keys=1,size=4M",
        "ide2": "none,media=cdrom", "tags": "prod;web", "description": "front end",
    }  # fmt: skip
    for i in range(4):
        cfg[f"net{i}"] = f"virtio=BC:24:11:00:00:{i:02X},bridge=vmbr{i},firewall=1"
        cfg[f"scsi{i}"] = f"local-lvm:vm-100-disk-{i + 2},iothread=1,size=32G,ssd=1"
        cfg[f"ipconfig{i}"] = f"ip=10.0.{i}.5/24,gw=10.0.{i}.1"
    return cfg


CASES = [
    Case("qemu config", "/nodes/pve1/qemu/100/config",
         'client.nodes.node("pve1").qemu.vmid(100).config.get()',
         'api.nodes("pve1").qemu(100).config.get()', _config()),
    Case("lxc config", "/nodes/pve1/lxc/200/config",
         'client.nodes.node("pve1").lxc.vmid(200).config.get()',
         'api.nodes("pve1").lxc(200).config.get()',
         {"digest": "9f8e7d6c", "arch": "amd64", "cores": 2, "hostname": "ct200",
          "memory": 1024, "swap": 512, "ostype": "debian", "unprivileged": 1,
          "features": "nesting=1", "rootfs": "local-lvm:vm-200-disk-0,size=8G",
          "net0": "name=eth0,bridge=vmbr0,hwaddr=BC:24:11:00:02:00,ip=dhcp,type=veth",
          "mp0": "local-lvm:vm-200-disk-1,mp=/srv,size=16G", "onboot": 1}),
    Case("cluster resources", "/cluster/resources", "client.cluster.resources.get()",
         "api.cluster.resources.get()",
         [{"id": "node/pve1", "type": "node", "node": "pve1", "status": "online", "maxcpu": 8,
           "cpu": 0.05, "maxmem": 34359738368, "mem": 8589934592, "uptime": 86400},
          {"id": "qemu/100", "type": "qemu", "node": "pve1", "vmid": 100, "name": "web01",
           "status": "running", "maxmem": 8589934592, "mem": 2147483648, "template": 0},
          {"id": "storage/pve1/local", "type": "storage", "node": "pve1", "storage": "local",
           "plugintype": "dir", "content": "iso,vztmpl,backup", "shared": 0,
           "status": "available", "maxdisk": 107374182400, "disk": 10737418240}]),
    Case("access users", "/access/users", "client.access.users.get()", "api.access.users.get()",
         [{"userid": "root@pam", "enable": 1, "expire": 0, "realm-type": "pam",
           "comment": "Superuser", "tokens": [{"tokenid": "ci", "privsep": 1, "expire": 0}]},
          {"userid": "alice@pve", "enable": 1, "expire": 0, "realm-type": "pve",
           "email": "alice@example.com", "groups": "admins"}]),
    Case("storage content", "/nodes/pve1/storage/local/content",
         'client.nodes.node("pve1").storage.storage("local").content.get()',
         'api.nodes("pve1").storage("local").content.get()',
         [{"volid": "local:iso/debian-12.iso", "format": "iso", "content": "iso",
           "size": 658505728, "ctime": 1700000000},
          {"volid": "local:backup/vzdump-qemu-100.vma.zst", "format": "vma.zst",
           "content": "backup", "size": 1073741824, "ctime": 1700000100, "vmid": 100,
           "notes": "nightly", "protected": 0}]),
    Case("sdn zones", "/cluster/sdn/zones", "client.cluster.sdn.zones.get()",
         "api.cluster.sdn.zones.get()",
         [{"zone": "zone1", "type": "simple", "ipam": "pve", "digest": "1a2b3c"},
          {"zone": "evpn1", "type": "evpn", "controller": "ctl1", "vrf-vxlan": 10000,
           "mtu": 1450, "digest": "1a2b3c"}]),
    Case("cluster firewall rules", "/cluster/firewall/rules",
         "client.cluster.firewall.rules.get()", "api.cluster.firewall.rules.get()",
         [{"pos": 0, "type": "in", "action": "ACCEPT", "enable": 1, "proto": "tcp",
           "dport": "22", "ipversion": 4, "digest": "abc"},
          {"pos": 1, "type": "in", "action": "DROP", "enable": 1, "iface": "vmbr0",
           "digest": "abc"}]),
    Case("ceph pools", "/nodes/pve1/ceph/pool", 'client.nodes.node("pve1").ceph.pool.get()',
         'api.nodes("pve1").ceph.pool.get()',
         [{"pool": 1, "pool_name": ".mgr", "size": 3, "min_size": 2, "pg_num": 1,
           "pg_autoscale_mode": "on", "crush_rule": 0, "crush_rule_name": "replicated_rule",
           "type": "replicated", "bytes_used": 1048576, "percent_used": 0.0001}]),
    Case("ha resources", "/cluster/ha/resources", "client.cluster.ha.resources.get()",
         "api.cluster.ha.resources.get()",
         [{"sid": "vm:100", "type": "vm", "state": "started", "max_restart": 1,
           "max_relocate": 1, "digest": "d1"}]),
    Case("node tasks", "/nodes/pve1/tasks", 'client.nodes.node("pve1").tasks.get()',
         'api.nodes("pve1").tasks.get()',
         [{"upid": "UPID:pve1:00001234:0000ABCD:65000000:qmstart:100:root@pam:",
           "node": "pve1", "pid": 4660, "pstart": 43981, "starttime": 1694498816,
           "endtime": 1694498818, "type": "qmstart", "id": "100", "user": "root@pam",
           "status": "OK"}]),
]  # fmt: skip

CHILD = {
    "pvesdk": """
import time
t0, c0 = time.perf_counter(), time.process_time()
from pvesdk import PveClient
client = PveClient("127.0.0.1", port={port}, user="root@pam", token_name="ci",
                   token_value="secret", verify_ssl={ca!r})
result = {call}
assert result is not None
print(time.perf_counter() - t0, time.process_time() - c0)
""",
    "proxmoxer": """
import time
t0, c0 = time.perf_counter(), time.process_time()
from proxmoxer import ProxmoxAPI
api = ProxmoxAPI("127.0.0.1", port={port}, user="root@pam", token_name="ci",
                 token_value="secret", verify_ssl={ca!r})
result = {call}
assert result is not None
print(time.perf_counter() - t0, time.process_time() - c0)
""",
    # The dependencies' floor: what any client built on httpcore and pydantic pays before it
    # does anything of its own (import both, verify the server's certificate, one GET with the
    # token, the envelope validated into a one-field pydantic model). pvesdk's own cost is the
    # difference: its modules, the client, and the call's result model.
    FLOOR: """
import time
t0, c0 = time.perf_counter(), time.process_time()
import ssl
from typing import Any
import httpcore
from pydantic import BaseModel
class Envelope(BaseModel):
    data: Any = None
context = ssl.create_default_context(cafile={ca!r})
with httpcore.ConnectionPool(ssl_context=context) as pool:
    answer = pool.request("GET", "https://127.0.0.1:{port}/api2/json{path}",
                          headers={{"Authorization": "PVEAPIToken=root@pam!ci=secret"}})
    result = Envelope.model_validate_json(answer.content).data
assert result is not None
print(time.perf_counter() - t0, time.process_time() - c0)
""",
    # proxmoxer's floor, likewise: requests alone, the same GET, json decoded.
    REQUESTS_FLOOR: """
import time
t0, c0 = time.perf_counter(), time.process_time()
import requests
with requests.Session() as session:
    answer = session.get("https://127.0.0.1:{port}/api2/json{path}", verify={ca!r},
                         headers={{"Authorization": "PVEAPIToken=root@pam!ci=secret"}})
    result = answer.json()["data"]
assert result is not None
print(time.perf_counter() - t0, time.process_time() - c0)
""",
}

# Navigation only (no call): what reaching the path costs, and which generated modules it loads.
NAVIGATE = """
import json, sys, time
t0 = time.perf_counter()
from pvesdk import PveClient
client = PveClient("127.0.0.1", port=1, user="root@pam", token_name="ci", token_value="x")
node = {path}
print(json.dumps([time.perf_counter() - t0,
                  sorted(m for m in sys.modules if m.startswith("pvesdk._generated.models")
                         or m.startswith("pvesdk._generated.propstr"))]))
"""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in separate writes
    bodies: ClassVar[dict[str, bytes]] = {}

    def do_GET(self) -> None:
        body = self.bodies.get(self.path.split("?", 1)[0])
        if body is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json;charset=UTF-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def start_server(tmp: Path) -> tuple[ThreadingHTTPServer, int, Path]:
    if str(ROOT / "src") not in sys.path:
        sys.path.insert(0, str(ROOT / "src"))
    from pvesdk_server.tls import self_signed

    _Handler.bodies = {
        "/api2/json" + case.path: json.dumps({"data": case.data}).encode() for case in CASES
    }
    cert, key = self_signed(tmp)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1], cert


def _pip(python: Path, *args: str) -> None:
    cmd = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", *args]
    subprocess.run(cmd, check=True)


def ensure_venv(venv: Path, source: Path) -> Path:
    """A clean venv with pvesdk from ``source`` installed as users get it (a wheel)."""
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        _pip(python, "proxmoxer", "requests")
    _pip(python, "--force-reinstall", "--no-deps", str(source))
    _pip(python, str(source))  # the runtime dependencies, if new
    return python


def baseline_source(rev: str, tmp: Path) -> Path:
    """The tree of git revision ``rev``, exported to ``tmp`` (to build its wheel)."""
    out = tmp / f"baseline-{rev}"
    out.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", rev], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(out)], input=archive, check=True)
    return out


def run_child(python: Path | str, code: str) -> str:
    unset = ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE")
    env = {k: v for k, v in os.environ.items() if k not in unset}
    if str(python) == sys.executable:  # --quick: this interpreter, this working tree
        env["PYTHONPATH"] = str(ROOT / "src")
    out = subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, check=True, env=env, timeout=120
    )
    return out.stdout.strip()


def measure(
    pythons: dict[str, Path | str], port: int, ca: Path, samples: int
) -> dict[tuple[str, str], list[tuple[float, float]]]:
    """(case, client) → (wall, CPU) seconds, ``samples`` each, clients and cases interleaved so
    that drift in the machine's load hits them alike."""
    jobs = []
    for case in CASES:
        for client, python in pythons.items():
            kind = client if client in CHILD else "pvesdk"
            call = case.proxmoxer if kind == "proxmoxer" else case.pvesdk
            code = CHILD[kind].format(port=port, ca=str(ca), call=call, path=case.path)
            jobs.append((case.name, client, python, code))
    for _, _, python, code in jobs:  # warm the page cache and check every child works
        run_child(python, code)
    results: dict[tuple[str, str], list[tuple[float, float]]] = {(c, k): [] for c, k, _, _ in jobs}
    for _ in range(samples):
        for name, client, python, code in jobs:
            wall, cpu = run_child(python, code).split()
            results[name, client].append((float(wall), float(cpu)))
    return results


def navigation(python: Path | str, samples: int) -> dict[str, tuple[float, list[str]]]:
    out = {}
    for case in CASES:
        path = case.pvesdk.removesuffix(".get()")
        runs = [json.loads(run_child(python, NAVIGATE.format(path=path))) for _ in range(samples)]
        out[case.name] = (statistics.median(r[0] for r in runs), runs[0][1])
    return out


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def main(quick: bool = False, samples: int = 7, baseline: str | None = None) -> str:
    """The report section (markdown). ``quick``: one sample per case with this interpreter (CI
    smoke run, asserts nothing); otherwise ``samples`` per case in the clean venv."""
    pythons: dict[str, Path | str]
    if quick:
        samples, baseline = 1, None
        pythons = {name: sys.executable for name in ("pvesdk", "proxmoxer", FLOOR, REQUESTS_FLOOR)}
        where = "the running interpreter and working tree (quick mode: one sample)"
    else:
        given = os.environ.get("PVESDK_BENCH_PYTHON")
        python: Path | str = given or ensure_venv(VENV, ROOT)
        pythons = {name: python for name in ("pvesdk", "proxmoxer", FLOOR, REQUESTS_FLOOR)}
        where = (f"`{given}`" if given else "a clean venv, pvesdk from its wheel") + (
            f", {samples} samples per case, interleaved"
        )
    with tempfile.TemporaryDirectory() as tmp:
        if baseline:
            source = baseline_source(baseline, Path(tmp))
            pythons = {f"pvesdk {baseline} (before)": ensure_venv(BASELINE_VENV, source), **pythons}
        server, port, ca = start_server(Path(tmp))
        try:
            results = measure(pythons, port, ca, samples)
            nav = navigation(pythons["pvesdk"], max(1, min(samples, 3)))
        finally:
            server.shutdown()
    clients = list(pythons)
    lines = [
        "## Cold start per subtree: import + client + first call",
        "",
        f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}; {where}. Fresh interpreter "
        "per sample, timed from its first import to the call's typed result (interpreter start-up "
        "excluded), against a local HTTPS server whose certificate the clients verify. "
        "Produced by `python benchmarks/bench_coldstart.py`.",
        "",
        f"Goal: pvesdk ≤ {GOAL_MS:.0f} ms and ≤ {GOAL_RATIO}× proxmoxer in every case.",
        "",
        "Wall time is what the goal is about; CPU time (the child's own, `time.process_time`) is "
        "shown beside it because it varies far less when other work shares the machine.",
        "",
        "| case: median ms, wall (CPU) | "
        + " | ".join(clients)
        + " | pvesdk ÷ proxmoxer, wall (CPU) | goal | pvesdk over the floor, CPU ms |",
        "|---|" + "---|" * (len(clients) + 3),
    ]

    def pooled(client: str) -> float:
        """Median CPU seconds of one client over every sample of every case: the floors do the
        same work in each case, so their samples pool (one case's median spreads with the
        machine's noise)."""
        return statistics.median(p for case in CASES for _, p in results[case.name, client])

    floor_cpu, requests_cpu, proxmoxer_cpu = (
        pooled(FLOOR),
        pooled(REQUESTS_FLOOR),
        pooled("proxmoxer"),
    )
    met_all = True
    over: list[float] = []
    for case in CASES:
        wall = {c: statistics.median(w for w, _ in results[case.name, c]) for c in clients}
        cpu = {c: statistics.median(p for _, p in results[case.name, c]) for c in clients}
        ratio = wall["pvesdk"] / wall["proxmoxer"]
        cpu_ratio = cpu["pvesdk"] / cpu["proxmoxer"]
        met = wall["pvesdk"] * 1000 <= GOAL_MS and ratio <= GOAL_RATIO
        met_all = met_all and met
        over.append(cpu["pvesdk"] - floor_cpu)
        cells = " | ".join(f"{_ms(wall[c])} ({_ms(cpu[c])})" for c in clients)
        lines.append(
            f"| {case.name} | {cells} | {ratio:.2f}× ({cpu_ratio:.2f}×) "
            f"| {'met' if met else 'not met'} | {over[-1] * 1000:+.1f} |"
        )
    lines += [
        "",
        f"All cases: **{'met' if met_all else 'not met'}**.",
        "",
        f"*{FLOOR}* is the fixed cost of pvesdk's two runtime dependencies doing the same GET "
        "(import httpcore and pydantic, verify the certificate, validate the envelope into a "
        f"one-field model), with no pvesdk code; *{REQUESTS_FLOOR}* is the same for proxmoxer's "
        f"requests. Pooled over every sample of every case (CPU): the floor "
        f"{_ms(floor_cpu)} ms, requests' {_ms(requests_cpu)} ms, proxmoxer "
        f"{_ms(proxmoxer_cpu)} ms: the floor alone is {floor_cpu / proxmoxer_cpu:.2f}× "
        "proxmoxer. pvesdk adds "
        f"{min(over) * 1000:+.1f} to {max(over) * 1000:+.1f} ms to it: its own modules, the "
        "client, and the call's result model (built on first use; the VM config's is the largest). "
        f"While the floor is above {GOAL_MS:.0f} ms or above {GOAL_RATIO}× proxmoxer, no "
        "client built on httpcore and pydantic meets the goal; the gap to close is the part "
        "over the floor.",
        "",
        "Reaching the path without calling it (import + client + navigation, median ms) and the "
        "result-model modules that loads (none: a call imports its own):",
        "",
        "| case | ms | model / property-string modules loaded |",
        "|---|---|---|",
        *(f"| {name} | {_ms(t)} | {len(mods)} |" for name, (t, mods) in nav.items()),
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one sample each (CI smoke run)")
    parser.add_argument("--samples", type=int, default=7)
    parser.add_argument("--baseline", help="also measure this git revision of pvesdk (before)")
    args = parser.parse_args()
    report = main(quick=args.quick, samples=args.samples, baseline=args.baseline)
    if not args.quick:
        (ROOT / "benchmarks" / "REPORT-coldstart.md").write_text("# Cold start\n\n" + report)
    print(report)
