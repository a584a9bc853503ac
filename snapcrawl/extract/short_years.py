"""Dates an old CMS prints with a two-digit year after its label ("时间：10-06-08").

Game and download portals built on 2000s templates (DedeCMS, PHPCMS) write the meta line
under the heading as "时间：10-06-08 来源：未知 作者： 编辑：X": year, month and day in two
digits each. Bare, "10-06-08" could be any order or a count; after a date label (时间,
日期, 发布, 发表, 更新) it is that day of 20YY. Read only where no four-digit year is
shown (the published reader's last resort, the not-article test's dated line).
"""

from __future__ import annotations

import re
from datetime import datetime

from snapcrawl.extract.dates import SHANGHAI, FoundDate

# the label, its colon, then YY-MM-DD (or YY/MM/DD, YY.MM.DD) standing alone, maybe a clock
_LABELLED = re.compile(
    r"(?:时间|時間|日期|发布|發布|发表|發表|更新)\s*[:：]\s*"
    r"(?P<y>\d\d)(?P<sep>[-/.])(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])(?![\d./-])"
    r"(?:\s+(?P<H>[01]?\d|2[0-3])[:：](?P<M>[0-5]\d))?"
)
_CENTURY_SPLIT = 50  # "98-05-12" is 1998, "10-06-08" is 2010


def labelled_short_date(text: str) -> FoundDate | None:
    """The day a date label gives with a two-digit year, or ``None``."""
    if "-" not in text and "/" not in text and "." not in text:
        return None
    if not (match := _LABELLED.search(text)):
        return None
    year = int(match["y"])
    year += 2000 if year < _CENTURY_SPLIT else 1900
    clock = match["H"] is not None
    try:
        value = datetime(
            year,
            int(match["m"]),
            int(match["d"]),
            int(match["H"] or 0),
            int(match["M"] or 0),
            tzinfo=SHANGHAI,
        )
    except ValueError:
        return None
    return FoundDate(value, clock, match.start("y"), match.end())
