"""``pve-calendar-event``: pve-common ``PVE::CalendarEvent::pve_verify_calendar_event``, which
trims the text, refuses an empty one and hands the rest to proxmox-time's ``CalendarEvent``
parser (``proxmox-time/src/calendar_event.rs``, through proxmox-perl-rs'
``Proxmox::RS::CalendarEvent``; weekdays from ``week_days.rs``, numbers from
``parse_helpers.rs``).

The grammar, as that parser reads it::

    [WEEKDAYS] [[YEARS-]MONTHS-DAYS] [[HOURS:]MINUTES[:SECONDS]] [UTC]

or one of ``minutely``, ``hourly``, ``daily``, ``weekly``, ``monthly``, ``yearly``,
``annually``, ``quarterly``, ``semiannually``, ``semi-annually``. WEEKDAYS is a ``,`` list of
names (``mon`` or ``monday``, any case) and ``..`` ranges (wrapping past Sunday); every other
part is ``*``, ``*/STEP`` or a ``,`` list of ``N``, ``N..M``, ``N/STEP`` and ``N..M/STEP``, each
number below its limit (years 2200, months 13, days 32, hours 24, minutes and seconds 60).

The parser is nom's: each optional part is tried and dropped when it does not parse, so only
three errors reach the user: a word that is no weekday, nothing that reads as a date or time,
and text left over. Their wording is nom's ``VerboseError`` as ``parse_complete_line`` formats
it, Perl's ``die`` adding a newline after perlmod's.
"""

from __future__ import annotations

import re

from ._format_rules import decimal

# proxmox-time calendar_event.rs: the names that stand for a whole event
_NAMED_EVENTS = frozenset(
    {
        "minutely",
        "hourly",
        "daily",
        "weekly",
        "monthly",
        "yearly",
        "annually",
        "quarterly",
        "semiannually",
        "semi-annually",
    }
)
# proxmox-time week_days.rs
_WEEKDAYS = frozenset(
    {
        "monday", "mon", "tuesday", "tue", "wednesday", "wed", "thursday", "thu",
        "friday", "fri", "saturday", "sat", "sunday", "sun",
    }
)  # fmt: skip
_U32_MAX = 0xFFFFFFFF


class _NotAWeekday(Exception):
    def __init__(self, word: str) -> None:
        super().__init__(word)
        self.word = word


def _number(text: str, limit: int) -> tuple[str, int] | None:
    """``parse_time_comp``: ASCII digits (a u32) below ``limit``."""
    found = re.match(r"[0-9]+", text)
    if found is None or decimal(found.group()) > _U32_MAX or decimal(found.group()) >= limit:
        return None
    return text[found.end() :], decimal(found.group())


def _value(text: str, limit: int) -> str | None:
    """``parse_date_time_comp``: ``N``, ``N..M``, ``N/STEP`` or ``N..M/STEP``; the rest."""
    first = _number(text, limit)
    if first is None:
        return None
    rest, start = first
    if rest.startswith(".."):
        end = _number(rest[2:], limit)
        if end is not None:  # else `opt` leaves the `..` in place
            rest = end[0]
            if start > end[1]:
                return None  # "range start is bigger than end"
    if rest.startswith("/"):
        step = _number(rest[1:], limit)
        return None if step is None else step[0]
    return rest


def _values(text: str, limit: int) -> str | None:
    """``parse_date_time_comp_list``: ``*``, ``*/STEP`` or a ``,`` list of values."""
    if text.startswith("*"):
        if text.startswith("*/"):
            step = _number(text[2:], limit)
            if step is None:
                return None
            if step[1] > 0:
                return step[0]
        return text[1:]
    rest = _value(text, limit)
    # nom's separated_list1: it stops before a `,` that no value follows
    while rest is not None and rest.startswith(","):
        more = _value(rest[1:], limit)
        if more is None:
            break
        rest = more
    return rest


def _date(text: str) -> str | None:
    """``parse_date_spec``: ``YEARS-MONTHS-DAYS`` or ``MONTHS-DAYS``."""
    year = _values(text, 2200)
    if year is not None and year.startswith("-"):
        month = _values(year[1:], 13)
        if month is not None and month.startswith("-"):
            day = _values(month[1:], 32)
            if day is not None:
                return day
    month = _values(text, 13)
    if month is not None and month.startswith("-"):
        return _values(month[1:], 32)
    return None


def _time(text: str) -> str | None:
    """``parse_time_spec``: ``[HOURS:]MINUTES[:SECONDS]``."""
    hour = _values(text, 24)
    if hour is not None and hour.startswith(":"):
        text = hour[1:]
    minute = _values(text, 60)
    if minute is None:
        return None
    if minute.startswith(":"):
        second = _values(minute[1:], 60)
        if second is not None:
            return second
    return minute


def _weekday(text: str) -> str | None:
    """``parse_weekday``: an ASCII word naming a day; ``None`` when there is no word."""
    found = re.match(r"[A-Za-z]+", text)
    if found is None:
        return None
    if found.group().lower() not in _WEEKDAYS:
        raise _NotAWeekday(found.group())
    return text[found.end() :]


def _weekday_range(text: str) -> str | None:
    """``parse_weekdays_range``: a day, or ``DAY..DAY`` (``fri..mon`` wraps)."""
    rest = _weekday(text)
    if rest is not None and rest.startswith(".."):
        try:
            end = _weekday(rest[2:])
        except _NotAWeekday:
            end = None  # `opt` gives the `..` back
        if end is not None:
            return end
    return rest


def _weekdays(text: str) -> str:
    rest = _weekday_range(text)
    assert rest is not None  # the text starts with a letter
    while rest.startswith(","):
        try:
            more = _weekday_range(rest[1:])
        except _NotAWeekday:
            more = None
        if more is None:
            break
        rest = more
    return rest


def _problem(text: str) -> tuple[str, str] | None:
    """Where and why proxmox-time's parser stops, or ``None`` when it takes ``text``."""
    rest = text
    if rest.endswith("UTC"):
        rest = rest[:-3].rstrip(" ")
    found = False
    if rest[:1].isascii() and rest[:1].isalpha():
        if rest in _NAMED_EVENTS:
            return None
        try:
            rest = _weekdays(rest).lstrip(" \t")
        except _NotAWeekday as refused:
            return refused.word, 'Context("weekday")'
        found = True
    date = _date(rest)
    if date is not None:
        rest, found = date.lstrip(" \t"), True
    time = _time(rest)
    if time is not None:
        rest, found = time, True
    if not found:
        return rest, 'Context("date or time specification")'
    if rest:
        return rest, "Nom(Eof)"
    return None


def calendar_event(value: str) -> str | None:
    """pve-common ``pve_verify_calendar_event``: its message, or ``None`` when valid."""
    event = value.strip()
    if not event:
        reason = "unable to parse calendar event - event is empty"
    else:
        problem = _problem(event)
        if problem is None:
            return None
        reason = f"unable to parse calendar event at '{problem[0]}' - {problem[1]}"
    return f"invalid calendar event '{value}' - {reason}\n"
