"""A publication time a page's script states: the last place published.py looks in markup.

WeChat articles and some portals write the time into a script variable (``var ct = "…"``,
``ARTICLE_INFO.pubtime``) and show it only once the script runs, so a snapshot holds it only
there. Read from the script elements the survey in structured.py collects.
"""

from __future__ import annotations

import re
from datetime import datetime

from lxml import etree

from snapcrawl.extract.dates import SHANGHAI

_SCRIPT_TIME = re.compile(
    # pubtime, pub_time, pubDate, pub_ts, publishTime, publish_date, publishedAt ...
    r"(?:\b(?:pub(?:lish(?:ed)?)?_?(?:[Tt]ime|[Dd]ate|[Tt]s|[Aa]t)|firstPublishTime)|\bvar ct)"
    r"""["']?\s*[:=]\s*"""  # a JSON key ("pubtime":"…") or a variable (pubtime = "…")
    r"""(?:["'](?P<value>\d{10}"""
    r"""|(?:19|20)\d\d[-/]\d{1,2}[-/]\d{1,2}[ T]\d{1,2}:\d\d(?::\d\d)?)["']"""
    # a JSON number: seconds or milliseconds since 1970 ("pub_ts":1733212800)
    r"|(?P<number>\d{10}(?:\d{3})?)(?![\d.]))"
)
# epoch numbers outside these years are ids or counters, not a publication time
_EPOCH_YEARS = (2000, 2100)
# Where a match can start: every branch of the pattern opens with one of these (after the
# zero-width ``\b``). ``_SCRIPT_TIME.search`` tries its branches at every character of a
# long script (the ``\b`` first leaves ``re`` no prefix to skip by); this one skips to the
# next p, f or v, and the full pattern is then only tried there, with ``match`` (which
# reads ``\b`` against the character before the start, as ``search`` does).
_KEY_WORDS = ("pub", "firstPublishTime", "var ct")
_KEY_STARTS = re.compile("|".join(_KEY_WORDS))
_MAX_SCRIPT_CHARS = 100_000


def read_script_time(
    root: etree._Element, scripts: list[etree._Element] | None = None
) -> str | None:
    """A publication time a script writes into the page (a WeChat article's ``ct``, a
    portal's ``ARTICLE_INFO.pubtime``), as ISO 8601 in Shanghai time, or ``None``.
    ``scripts``: the page's ``<script>`` elements, when the caller has them already."""
    for script in root.iter("script") if scripts is None else scripts:
        text = script.text or ""
        # plain scans first: most scripts stop here
        if len(text) > _MAX_SCRIPT_CHARS or not any(word in text for word in _KEY_WORDS):
            continue
        for start in _KEY_STARTS.finditer(text):  # the leftmost match, as ``search`` finds it
            if (match := _SCRIPT_TIME.match(text, start.start())) is not None:
                break
        else:
            continue
        value = match["value"] or match["number"]
        if value.isdigit():
            seconds = int(value) // 1000 if len(value) == 13 else int(value)
            moment = datetime.fromtimestamp(seconds, tz=SHANGHAI)
            if not _EPOCH_YEARS[0] <= moment.year < _EPOCH_YEARS[1]:
                continue
            return moment.isoformat()
        return value.replace("/", "-")
    return None
