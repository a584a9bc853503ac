"""A notice's heading and the text it announces ("X网版权与免责声明：" over "① 凡本网注明…").

A portal prints its copyright and disclaimer under a heading of its own, often led by its
name ("杭州网版权与免责声明：", "本站免责声明："), and the text under it is one long line of
clauses. Each part alone reads weakly: the heading holds one word family and, led by more
than a few characters, is not the bare "免责声明：" the notice reader knows; the text is
longer than any notice line (a paragraph, by length), so it went as story, and on a short
story it outweighed the story itself, too big to be the tail an edge notice cuts. Together
they are the host's notice: the heading names what follows as the page's rights or
disclaimer, and the line under it mixes the notice families. A bare label with no colon
("版权问题", "免责声明") heads the notice right under it the same way (``is_notice_label``).
A story's "律师声明：" or "公司声明：" over a statement names no rights or disclaimer,
and "出版社发表版权声明：" announces one the story quotes: both stay.
"""

from __future__ import annotations

import re

from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind
from snapcrawl.extract.noise import notice_families
from snapcrawl.extract.thresholds import NOTICE_FAMILIES

_HEAD_MAX = 24  # a heading is one short label
# What the heading names: the page's rights or its disclaimer, said as a statement or a note.
_HEAD = re.compile(
    r"(?:免责|免責|版权|版權|著作权|著作權)(?:与|和|及|暨|、)?[\u4e00-\u9fff、与和及]{0,6}"
    r"(?:声明|聲明|说明|說明|须知|須知|条款|條款)\s*[】\]]?\s*[:：]$"
)
# A story's sentence announcing someone's statement ("出版社当天发表版权声明：") is no heading.
_ANNOUNCED = re.compile("发表|發表|发布|發佈|發布|发出|發出|作出|表示|称|稱")


def is_notice_head(text: str) -> bool:
    """A short line ending in a colon that names the page's rights or disclaimer statement."""
    return (
        len(text) <= _HEAD_MAX
        and text.endswith(("：", ":"))
        and _HEAD.search(text) is not None
        and _ANNOUNCED.search(text) is None
    )


def mark_notice_heads(
    lines: list[Line], strength: list[int], kinds: list[tuple[Kind, str]]
) -> None:
    """A notice heading is a host notice (2); so is the line under it that mixes the notice
    families, however long it runs, beside a story: when the block holds no other prose
    (the page's story stood elsewhere and the notice outweighed it), what was chosen is
    left as it was."""
    for i, line in enumerate(lines):
        text = line.text
        if not text.endswith(("：", ":")) or not is_notice_head(text):
            continue
        strength[i] = 2
        below = i + 1
        if (
            below < len(lines)
            and len(notice_families(lines[below].text)) >= NOTICE_FAMILIES
            and any(kind is Kind.GOOD for k, (kind, _) in enumerate(kinds) if k != below)
        ):
            strength[below] = 2


# "版权问题", "免责声明", "版权说明": a bare label naming the page's rights or disclaimer, with
# no colon, over the notice it heads (the notice's own words, a family of ``noise``).
_LABEL_MAX = 8
_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}$")
_LABEL_FAMILIES = frozenset({"rights", "disclaim"})


# "網友留言規則", "新聞討論規範", "评论须知": a bare label naming the host's rules, over them.
_RULES = ("规则", "规范", "须知", "守则", "規則", "規範", "須知", "守則")


def is_notice_label(text: str) -> bool:
    """A short bare label whose words are a rights or disclaimer notice's, or that names the
    host's rules: it heads the notice right under it (``edges.apply_notices`` asks only of a
    line over a notice)."""
    return (
        len(text) <= _LABEL_MAX
        and _LABEL.match(text) is not None
        and (text.endswith(_RULES) or bool(notice_families(text) & _LABEL_FAMILIES))
    )
