"""The server's event bookkeeping without sockets: a task's frames and the cluster journal."""

from __future__ import annotations

from pvesdk_server.engine import Engine
from pvesdk_server.engine.state import Task
from pvesdk_server.events import Journal, task_frames


def a_task(status: str = "running", exitstatus: str | None = None) -> Task:
    return Task(upid="UPID:pve1:00000001:00000002:6745D2C3:qmstart:100:root@pam:", node="pve1",
                type="qmstart", id="100", user="root@pam", starttime=0x6745D2C3, pid=1,
                pstart=2, ends=0, status=status, exitstatus=exitstatus,
                log=["start qemu 100"])  # fmt: skip


def test_a_running_tasks_frames_are_a_prefix_of_its_finished_frames() -> None:
    task = a_task()
    running = task_frames(task)
    task.log.append("TASK OK")
    task.status, task.exitstatus = "stopped", "OK"
    finished = task_frames(task)
    assert finished[: len(running)] == running
    assert [event for event, _ in finished] == ["status", "log", "log", "status", "complete"]


def test_warnings_complete_ok_and_errors_complete_not_ok() -> None:
    assert task_frames(a_task("stopped", "WARNINGS: 2"))[-1][1]["ok"] is True
    assert task_frames(a_task("stopped", "VM 100 already running"))[-1][1]["ok"] is False


def test_the_journal_numbers_every_event_once_as_tasks_go_on() -> None:
    engine = Engine(task_seconds=0)
    journal = Journal()
    engine.task_listeners.append(journal.record)
    engine.handle(
        "POST",
        "/nodes/pve1/qemu/100/status/start",
        {},
        authorization="PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000",
    )
    items = journal.after(0)
    assert items is not None
    assert [seq for seq, _, _ in items] == [1, 2, 3, 4, 5]
    assert [event for _, event, _ in items] == ["status", "log", "log", "status", "complete"]


def test_resuming_from_an_event_the_journal_no_longer_keeps_is_refused() -> None:
    journal = Journal(size=3)
    journal.record(a_task("stopped", "OK"))  # status, log, status, complete: 4 events
    assert journal.after(0) is None
    assert journal.after(1) is not None and [s for s, _, _ in journal.after(1) or []] == [2, 3, 4]
    assert journal.after(4) == []
