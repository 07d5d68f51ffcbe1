"""A stand-in ``pvesh`` that answers from the pvesdk mock engine, keeping cluster state in the
JSON file named by ``PVESDK_MOCK_STATE`` between calls. Prints what pvesh prints: a task's output
then the bare data as JSON, or ``<status> <message>`` and ``key: message`` lines on stderr with
exit status 255."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

VERBS = {"get": "GET", "set": "PUT", "create": "POST", "delete": "DELETE"}


def foreground(engine: object, upid: str) -> None:
    """As pvesh runs a worker (``fork_worker`` is synchronous for the CLI): the task ends before
    the UPID is printed, its output goes to stdout first, its verdict to stderr
    (``PVE::RESTEnvironment``'s tee: ``TASK OK`` is not echoed)."""
    engine.advance()  # type: ignore[attr-defined]
    task = engine.state.tasks[upid]  # type: ignore[attr-defined]
    for line in task.log:
        if line.startswith("TASK ERROR: "):
            sys.stderr.write(line.removeprefix("TASK ERROR: ") + "\n")
        elif line.startswith("TASK WARNINGS: "):
            count = line.removeprefix("TASK WARNINGS: ")
            sys.stderr.write(f"Task finished with {count} warning(s)!\n")
        elif line != "TASK OK":
            sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    from pvesdk_server.engine import Engine

    state = Path(os.environ.get("PVESDK_MOCK_STATE", "/tmp/pvesdk-mock-state.json"))
    seed = json.loads(state.read_text()) if state.is_file() else None
    engine = Engine(seed=seed, task_seconds=0)
    verb, path, rest = argv[0], argv[1], argv[2:]
    if verb not in VERBS:
        sys.stderr.write(f"unknown command 'pvesh {verb}'\n")
        return 255
    params: dict[str, list[str]] = {}
    skip = False
    for index, arg in enumerate(rest):
        if skip:
            skip = False
            continue
        if arg == "--output-format":
            skip = index + 1 < len(rest)
            continue
        key, _, value = arg.removeprefix("--").partition("=")
        params.setdefault(key, []).append(value)
    token = engine.state.tokens["root@pam!mock"]["value"]
    reply = engine.handle(VERBS[verb], path, params,
                          authorization=f"PVEAPIToken=root@pam!mock={token}")  # fmt: skip
    if reply.status == 200 and isinstance(reply.data, str) and reply.data.startswith("UPID:"):
        foreground(engine, reply.data)
    state.write_text(json.dumps(engine.snapshot()))
    if reply.status == 200:
        if reply.data is not None:
            print(json.dumps(reply.data))
        return 0
    sys.stderr.write(f"{reply.status} {reply.reason}\n")
    for key, message in sorted((reply.errors or {}).items()):
        sys.stderr.write(f"{key}: {message}\n")
    return 255


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
