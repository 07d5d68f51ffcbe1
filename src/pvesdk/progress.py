"""Progress bars for ``task.wait(progress=True)`` and ``client.upload(..., progress=True)``.

An optional extra, ``pip install 'pvesdk[progress]'``, built on tqdm: one small pure-Python
package with no dependencies of its own, byte units and rates built in, quiet when its output
is not a terminal it can draw on, at home in notebooks too (rich would bring markdown-it-py and
pygments and a far heavier import for the same two bars). Off by default in the library: a bar
is drawn only when a caller asks for one, on stderr.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["TaskBar", "upload_bar"]


def _tqdm() -> Any:
    try:
        from tqdm import tqdm
    except ImportError:
        raise ImportError("progress=True needs tqdm: pip install 'pvesdk[progress]'") from None
    return tqdm


class TaskBar:
    """A bar for one task: log lines counted as they come, the latest one shown beside it,
    the exit status at the end."""

    def __init__(self, description: str) -> None:
        self._bar = _tqdm()(desc=description, unit=" lines", total=None, leave=True)

    def lines(self, lines: list[str]) -> None:
        """Count new log ``lines`` and show the last one (cut to 60 characters)."""
        if lines:
            self._bar.update(len(lines))
            self._bar.set_postfix_str(lines[-1][:60], refresh=False)
        self._bar.refresh()

    def close(self, exitstatus: str) -> None:
        """Show the task's ``exitstatus`` (``OK``, ``WARNINGS: 1``, an error) and close the bar."""
        self._bar.set_postfix_str(exitstatus, refresh=False)
        self._bar.close()


def upload_bar(name: str) -> Callable[[int, int], None]:
    """A ``progress(sent, total)`` callback drawing a byte bar for an upload of ``name``."""
    tqdm = _tqdm()
    bar: Any = None

    def progress(sent: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            bar = tqdm(desc=name, total=total, unit="B", unit_scale=True, unit_divisor=1024)
        bar.update(sent - bar.n)
        if sent >= total:
            bar.close()

    return progress
