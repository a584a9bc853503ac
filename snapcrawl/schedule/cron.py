"""Crontab expressions read as crontab reads them, then run by APScheduler.

APScheduler 3's ``CronTrigger.from_crontab`` counts weekdays from Monday = 0,
so ``0 3 * * 0`` (Sunday in crontab) fires on Monday, ``1-5`` runs Tuesday to
Saturday and ``7`` is refused; its maintainers keep that in 3.x. Here the
weekday field is expanded the crontab way (0 and 7 are Sunday, names
``sun``-``sat``, ranges, lists, steps) and handed over as weekday names, which
mean the same in both. As in crontab, a job that restricts both the day of the
month and the weekday runs when either matches.

>>> crontab_weekdays("1-5")
'mon,tue,wed,thu,fri'
>>> crontab_weekdays("0")
'sun'
>>> crontab_weekdays("*/2")
'sun,tue,thu,sat'
"""

from __future__ import annotations

import re
from typing import Any

# Crontab's numbering: Sunday is 0 (and 7), Saturday 6. APScheduler reads the
# same names as the same days, whatever number it gives them.
DAY_NAMES = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
_ITEM = re.compile(r"(?P<range>\*|[a-z0-9]+(?:-[a-z0-9]+)?)(?:/(?P<step>\d+))?")


def crontab_weekdays(field: str) -> str:
    """The crontab weekday ``field`` as an APScheduler ``day_of_week`` value.

    Raises ``ValueError`` naming the part that crontab would not accept.
    """
    days: set[int] = set()
    for item in field.lower().split(","):
        match = _ITEM.fullmatch(item.strip())
        if not match:
            raise ValueError(f"weekday {item!r}: use 0-7 or sun-sat, ranges, lists and steps")
        days |= _expand(match["range"], match["step"])
    if days == set(range(7)):
        return "*"
    return ",".join(DAY_NAMES[day] for day in sorted(days))


def _expand(span: str, step: str | None) -> set[int]:
    if span == "*":
        first, last = 0, 6
    elif "-" in span:
        first, last = (_day(part) for part in span.split("-"))
        if last == 0 < first:
            last = 7  # "sat-sun": Sunday as the week's end
    else:
        first = _day(span)
        last = 7 if step else first  # "1/2": from Monday to the end of the week
    if first > last:
        raise ValueError(f"weekday range {span!r}: write the smaller day first")
    stride = int(step) if step else 1
    if stride < 1:
        raise ValueError(f"weekday step /{step}: use a step of 1 or more")
    return {day % 7 for day in range(first, last + 1, stride)}


def _day(text: str) -> int:
    if text.isdigit():
        day = int(text)
        if day > 7:
            raise ValueError(f"weekday {text}: use 0-7 (0 and 7 are Sunday) or sun-sat")
        return day
    if text in DAY_NAMES:
        return DAY_NAMES.index(text)
    raise ValueError(f"weekday {text!r}: use 0-7 (0 and 7 are Sunday) or sun-sat")


def crontab_trigger(expression: str, timezone: Any = None) -> Any:
    """An APScheduler trigger firing when crontab would run ``expression``.

    Raises ``ValueError`` on an expression crontab or APScheduler refuses.
    """
    from apscheduler.triggers.combining import OrTrigger
    from apscheduler.triggers.cron import CronTrigger

    fields = expression.split()
    if len(fields) != 5:
        raise ValueError(f"Wrong number of fields; got {len(fields)}, expected 5")
    minute, hour, day, month, weekday = fields
    day_of_week = crontab_weekdays(weekday)
    times = {"minute": minute, "hour": hour, "month": month, "timezone": timezone}
    if not day.startswith("*") and not weekday.startswith("*"):
        # crontab: either the day of the month or the weekday (APScheduler: both)
        return OrTrigger(
            [CronTrigger(day=day, **times), CronTrigger(day_of_week=day_of_week, **times)]
        )
    return CronTrigger(day=day, day_of_week=day_of_week, **times)
