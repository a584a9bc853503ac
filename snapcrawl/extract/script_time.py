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
    r"(?:\b(?:pubtime|publish_?time|publishTime|pubDate|firstPublishTime)|\bvar ct)"
    r"""["']?\s*[:=]\s*["']"""  # a JSON key ("pubtime":"…") or a variable (pubtime = "…")
    r"""(?P<value>\d{10}|(?:19|20)\d\d[-/]\d{1,2}[-/]\d{1,2}[ T]\d{1,2}:\d\d(?::\d\d)?)["']"""
)
_SCRIPT_HINTS = ("pub", "ublish", "var ct")  # plain scans before the full pattern
_MAX_SCRIPT_CHARS = 100_000


def read_script_time(
    root: etree._Element, scripts: list[etree._Element] | None = None
) -> str | None:
    """A publication time a script writes into the page (a WeChat article's ``ct``, a
    portal's ``ARTICLE_INFO.pubtime``), as ISO 8601 in Shanghai time, or ``None``.
    ``scripts``: the page's ``<script>`` elements, when the caller has them already."""
    for script in root.iter("script") if scripts is None else scripts:
        text = script.text or ""
        if len(text) > _MAX_SCRIPT_CHARS or not any(hint in text for hint in _SCRIPT_HINTS):
            continue
        if (match := _SCRIPT_TIME.search(text)) is None:
            continue
        value = match["value"]
        if value.isdigit():
            moment = datetime.fromtimestamp(int(value), tz=SHANGHAI)
            return moment.isoformat()
        return value.replace("/", "-")
    return None
