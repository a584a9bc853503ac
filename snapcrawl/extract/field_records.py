"""Records of one field: a directory or a search page's results, each printing the same
labelled field ("功能介绍：" | its text, "简介：" | its text), so that what reads as prose is
the values of one label, record after record.

A story labels a line now and then ("背景：" over a paragraph); it does not set the same
label alone on its line over most of its paragraphs. Where at least ``BOXED_ITEMS`` of the
long kept lines, and half of them, are each the value under one and the same label alone on
the line above, the page is a list of records, not an article.
"""

from __future__ import annotations

from collections import Counter

from snapcrawl.extract import thresholds
from snapcrawl.extract.dom import Line

_LABEL_MAX = 8  # "功能介绍：", "认证：": a field's label alone is this short


def _label(text: str) -> str | None:
    """The label of a line that is a label alone ("功能介绍："), else ``None``."""
    text = text.strip()
    if not 2 <= len(text) <= _LABEL_MAX or text[-1] not in "：:":
        return None
    core = text[:-1].strip()
    return core if core and not any(ch.isdigit() for ch in core) else None


def one_field_records(inside: list[Line], long_kept: list[int]) -> bool:
    """Whether most long kept lines are the values of one label repeated record by record."""
    if len(long_kept) < thresholds.BOXED_ITEMS:
        return False
    labels = Counter(
        label for i in long_kept if i > 0 and (label := _label(inside[i - 1].text)) is not None
    )
    if not labels:
        return False
    count = labels.most_common(1)[0][1]
    return count >= thresholds.BOXED_ITEMS and count >= thresholds.BOXED_SHARE * len(long_kept)
