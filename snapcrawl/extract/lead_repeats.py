"""The page's teaser of the story over the story: its opening cut short, or shown twice.

A tech site prints its description above the story: "【X 评测】随着…落地加速……" (a label,
the first words of the opening paragraph, an ellipsis), or the summary box once bare and
once under its label ("在 X 上排查…" over "【摘要】在 X 上排查…"). Neither is a sentence of
the story's own: the first is cut mid-clause, the second a copy of the labelled box. One
whole repeated sentence alone is not dropped elsewhere (it may be the story's emphasis):
here the cut or the label next to the copy tells them apart.
"""

from __future__ import annotations

import re

_ELLIPSIS = re.compile(r"(?:……|…|\.{3,6})$")
_LABEL = re.compile(r"^[【\[［](?P<label>[^】\]］]{1,12})[】\]］]\s*")
_MIN_CORE = 12  # words enough to be the story's opening, not a stock phrase
_LABEL_MAX = 8  # "【摘要】", "【导读】"


def cut_teaser(text: str, following: list[str]) -> bool:
    """A label and the opening of one of the ``following`` lines, cut with an ellipsis."""
    if not _ELLIPSIS.search(text):
        return False
    core = _ELLIPSIS.sub("", _LABEL.sub("", text)).strip()
    return len(core) >= _MIN_CORE and any(later.startswith(core) for later in following)


def bare_copy_of_box(text: str, following: list[str]) -> bool:
    """The next line is this one under a bracketed label ("【摘要】" + this)."""
    if len(text) < _MIN_CORE or not following:
        return False
    nxt = following[0]
    if not nxt.endswith(text) or len(nxt) - len(text) > _LABEL_MAX:
        return False
    return _LABEL.match(nxt) is not None
