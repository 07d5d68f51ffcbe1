"""Tables for the ``pvesdk`` command line (``-o table``): a ``+---+`` grid whose cells wrap to
a width, breaking between words and after ``|`` and ``,`` (enum values, lists)."""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["cell", "grid", "table", "wrap"]


def table(data: Any, width: int | None = None) -> str:
    """``data`` as a grid; with ``width`` (columns) its cells wrap so each line fits it."""
    if isinstance(data, list) and data and all(isinstance(row, dict) for row in data):
        columns: list[str] = []
        for row in data:
            columns += [k for k in row if k not in columns]
        rows = [[cell(row.get(c)) for c in columns] for row in data]
        return grid(columns, rows, width)
    if isinstance(data, dict):
        return grid(["key", "value"], [[k, cell(v)] for k, v in data.items()], width)
    if isinstance(data, list):
        return "\n".join(cell(v) for v in data)
    return cell(data)


def cell(value: Any) -> str:
    """One value as a cell: nothing for ``None``, JSON for lists and objects."""
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True)
    return str(value)


def grid(header: list[str], rows: list[list[str]], width: int | None = None) -> str:
    """A ``+---+`` grid. With ``width``, the widest columns narrow first (none below its header
    or 10 characters) until a line fits, and their cells wrap onto more lines."""
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(header)]
    if width is not None:
        floors = [min(w, max(len(h), 10)) for w, h in zip(widths, header, strict=True)]
        excess = sum(widths) + 3 * len(widths) + 1 - width
        while excess > 0:
            widest = max(range(len(widths)), key=lambda i: widths[i] - floors[i])
            if widths[widest] <= floors[widest]:
                break  # too narrow a terminal: the lines overflow rather than lose a column
            widths[widest] -= 1
            excess -= 1
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"

    def fmt(cells: list[str]) -> str:
        wrapped = [wrap(c, w) for c, w in zip(cells, widths, strict=True)]
        return "\n".join(
            "|" + "|".join(f" {(ls[n] if n < len(ls) else '').ljust(w)} "
                           for ls, w in zip(wrapped, widths, strict=True)) + "|"
            for n in range(max(len(ls) for ls in wrapped))
        )  # fmt: skip

    return "\n".join([line, fmt(header), line, *(fmt(r) for r in rows), line])


#: Where a cell may break: after spaces, and after ``|`` (between enum values) and ``,``.
WORDS = re.compile(r"[^\s|,]*[|,]+|[^\s|,]+|\s+")


def wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` characters; a longer word is cut."""
    if len(text) <= width:
        return [text]
    lines: list[str] = []
    line = ""
    for word in WORDS.findall(text):
        if word.isspace():
            line += " " if line else ""
            continue
        if line.strip() and len(line) + len(word) > width:
            lines.append(line.rstrip())
            line = ""
        line += word
        while len(line) > width:
            lines.append(line[:width])
            line = line[width:]
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]
