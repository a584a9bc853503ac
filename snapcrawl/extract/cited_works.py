"""A line that credits a cited work, not the page: "消息类：《守护江豚的人》　作者：X　编辑：Y".

A list of prizes, a reading list or a programme names each work's title and its makers on
one row. Its labels are a credit's (作者, 编辑, 导演), so the meta-line test dropped the row
from the story and the author and editor readers took its names for the page's. What tells
the row apart is its shape: a title in 《》 stands before the first credit label, set off by
a space, a bracket or a comma ("《潮退》（作者：X）", "…作品《潮退》，作者：X，编辑：Y。").
A page's own credit names its outlet after a source's label ("来源：《海港晚报》　编辑：
X") or glues a column's name to its role ("《棱镜》作者 X"), or names the programme it
aired in as the source's value ("新闻来源：X台《Y》　记者：Z"): none is a cited work.
"""

from __future__ import annotations

import re

# A title, then a space, a bracket or a sentence's comma ("一等奖作品《X》，作者：Y，编辑：
# Z。": a prize list written as prose), then a maker's label (maybe qualified: 执行导演) and
# its colon.
_WORK_THEN_LABEL = re.compile(
    r"《[^》\n]{1,40}》(?:[ \u3000\t]+[（(]?|[（(]|[，,]\s*)\s*[\u4e00-\u9fff]{0,3}?"
    r"(?:作者|編?著|编剧|編劇|导演|導演|编辑|編輯|撰稿|撰文|记者|記者|译者|譯者|摄影|攝影"
    r"|作词|作詞|作曲|主创|主創)\s*[:：︰]"
)
# What an outlet's title follows on a page's own credit line.
_SOURCE_WORDS = (
    "来源",
    "來源",
    "稿源",
    "转自",
    "轉自",
    "转载自",
    "原载",
    "原載",
    "刊于",
    "刊於",
    "据",
    "據",
)


_PART_START = re.compile(r"[ \u3000\t|｜丨]+")


def cites_work(text: str) -> bool:
    """Whether ``text`` credits the makers of a work it names in 《》 (see the module)."""
    if "》" not in text:  # most lines: one substring test
        return False
    match = _WORK_THEN_LABEL.search(text)
    if match is None:
        return False
    before = text[: match.start()].rstrip(" \u3000\t：:︰")
    if before.endswith(_SOURCE_WORDS):
        return False
    # "新闻来源：南屏电视台《南屏新闻》　记者：X": the title ends a source's value, the
    # programme its outlet aired the story in (the credit's part before it holds the label)
    part = _PART_START.split(before)[-1]
    return not any(f"{word}：" in part or f"{word}:" in part for word in _SOURCE_WORDS)
