"""Labelled meta lines: "发布时间：…　来源：…　作者：…" above or below a story.

Every field reader (source, author, category, the snapshot's time, the original address)
asks where a line's labels stand, so the labels are found once per line (``label_spans``);
a line that is mostly labels and their values is no body text (``is_meta_line``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from snapcrawl.extract import thresholds
from snapcrawl.extract.cited_works import cites_work
from snapcrawl.extract.dates import find_dates
from snapcrawl.extract.outlet_datelines import is_dated_outlet_line
from snapcrawl.extract.vocab import LABELS, SENTENCE_PUNCT

_ALL_LABELS = sorted({label for group in LABELS.values() for label in group}, key=len, reverse=True)
# The colon may be a Hong Kong page's "︰" (來源︰X, 欄目︰X): every label reader reads it as "：".
LABEL_RE = re.compile(r"(?P<label>" + "|".join(map(re.escape, _ALL_LABELS)) + r")\s*[:：︰]")
_CACHED_LABEL_LINE = 200  # longer lines are scanned each time: the cache stays small


def label_spans(text: str) -> tuple[tuple[str, int, int], ...]:
    """(label, start, end) of each "label：" in ``text``, as ``LABEL_RE.finditer`` finds
    them, scanned once for every reader of the line (source, author, category, snapshot
    time, source URL, the meta line test each ask again). A match is never empty, so the
    match after one ending at ``end`` is ``LABEL_RE.search(text, end)``: the next span."""
    if ":" not in text and "：" not in text and "︰" not in text:  # every label ends in a colon
        return ()
    if len(text) > _CACHED_LABEL_LINE:  # a paragraph, not a meta line: no cache to fill
        return _scan_labels(text)
    return _cached_labels(text)


def _scan_labels(text: str) -> tuple[tuple[str, int, int], ...]:
    return tuple((m["label"], m.start(), m.end()) for m in LABEL_RE.finditer(text))


# At most 4096 lines of at most 200 characters: a few MB however long a crawl runs.
_cached_labels = lru_cache(maxsize=4096)(_scan_labels)


# A line that opens on a label ("来源：X"), maybe after a bracket.
LEADING_LABEL = re.compile(
    r"^[\s\[【(（<《]*(?:" + "|".join(map(re.escape, _ALL_LABELS)) + r")\s*[:：]"
)


# A count's thousands separator ("瀏覽人次：1,205", "阅读 12,480"): one number, no clause's comma.
_GROUPING = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def _without_grouping(text: str) -> str:
    return _GROUPING.sub("", text) if "," in text else text


def is_meta_line(text: str) -> bool:
    """A "label：value" line (发布时间：…　来源：…) rather than prose; labels are not body text.
    A dated line naming only an outlet ("2024-3-5 海港晚报") is one without its labels."""
    labels = [label for label, _, _ in label_spans(text)]  # LABEL_RE.findall, shared
    if not labels:
        return is_dated_outlet_line(text)
    if cites_work(text):  # "《潮退》　作者：X　编辑：Y": a listed work's makers, the story's row
        return False
    if len(labels) >= 2 and len(text) <= thresholds.META_LINE_MAX:
        return True
    if (
        len(text) <= thresholds.DATED_META_LINE_MAX
        and find_dates(text)
        and not SENTENCE_PUNCT.search(_without_grouping(LABEL_RE.sub("", text)))
    ):
        return True
    if not LEADING_LABEL.match(text):
        return False
    rest = LABEL_RE.sub("", text, count=1)
    return len(text) <= thresholds.LABEL_LINE_MAX and not SENTENCE_PUNCT.search(rest)
