"""A post's stamp line over the story: its date and its counters, glued with no labels.

A blog platform prints the post's date and its counts side by side ("0.4 2024.02.14 19:30
字数 612 阅读 2,876", the spans glued into one line by the markup). No field label ends in
a colon there, so the meta-line tests (label：value) pass it by, and it opens on a score,
not on the date (dated_line.opens_on_stamp). What it is: a date, counters (a short word and
a number) and nothing else but numbers and punctuation: no word of its own.
"""

from __future__ import annotations

import re

from snapcrawl.extract.chrome_vocab import COUNT_FIELD
from snapcrawl.extract.dates import DAY_MONTH_RE, MONTH_DAY_RE

_MAX = 60
_COUNT = re.compile(COUNT_FIELD)
# The date as a shape, found even where a score is glued before it ("0.42024.02.14").
_DATE = re.compile(r"(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?")
_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_CLAUSE = re.compile(r"[，。！？；!?;]|,(?!\d)")
# The stamp's own words: when, who, how long, what a reader can do.
_STAMP_WORDS = re.compile(
    r"(?:发布于|发表于|更新于|编辑于|作者|本文字数|阅读完需|阅读需|简介|约|分钟|字|举报|"
    r"阅读|浏览|评论|点赞|收藏|原创)\s*[:：]?|[\d.,]+\s*[KkWw万千+]?"
)
_STAMP_WORD = re.compile(
    r"发布于|发表于|更新于|编辑于|作者|字数|阅读|浏览|评论|点赞|收藏|简介|举报"
)
_NAME_CHARS = 10  # what is left: the writer's name at most
# A blog theme's meta bar joins its fields with separators ("2017年03月30日 ⁄ 综合新闻 ⁄
# 共 2278字 ⁄ 字号 小 中 大 ⁄ 暂无评论"): the separators say nothing, and beside the post's
# length and its comment count the bar holds the reader's type-size switch and the
# count's "none yet" wording. Its one category word is as short as a name.
_SEPARATORS = re.compile(r"[⁄/|｜·•∕]")
_BAR_WORDS = re.compile(
    r"字[号號体體]\s*[:：]?\s*(?:[大中小]\s*){2,3}|共\s*[\d.,]+\s*[万千]?字"
    r"|(?:暂无|暫無|没有|沒有)(?:评论|評論|留言)|(?:抢|搶)沙发"
)
_ENGLISH_DATE_MAX = 40  # "Wednesday, September 25th, 2024 10:30"


def is_counted_stamp(text: str) -> bool:
    """A short line of a date and counters only (see the module), or of the writer's name,
    the date, the stamp's own words and counters ("梁思远2024-08-20本文字数：2100 字", "发布于
    2024年11月3日 作者 X"): no clause, and beside those fields no more words than a name."""
    if len(text) > _MAX or _CLAUSE.search(text):
        return False
    rest, dated = _DATE.subn(" ", text)
    if not dated:
        return False
    if _BAR_WORDS.search(rest):
        rest = _BAR_WORDS.sub(" 评论 ", _SEPARATORS.sub(" ", rest))
    if text[:1].isdigit() and _COUNT.search(rest) and not _WORD.search(_COUNT.sub(" ", rest)):
        return True
    if not (_COUNT.search(rest) or _STAMP_WORD.search(rest)):
        return False  # "2019-6-3 山城大学": a date and a name, no stamp's field (dated_line)
    rest = _STAMP_WORDS.sub(" ", _COUNT.sub(" ", rest))
    if len(rest.split()) > 2:
        return False
    return sum(1 for _ in _WORD.finditer(rest)) <= _NAME_CHARS


def is_english_date(text: str) -> bool:
    """A line that is only a date written in English, as a theme prints it over a Chinese
    post ("Oct 5, 2024", "5 October 2024"): the forms ``dates`` reads, whole."""
    return (
        len(text) <= _ENGLISH_DATE_MAX
        and text[-1:].isdigit()
        and (MONTH_DAY_RE.fullmatch(text) or DAY_MONTH_RE.fullmatch(text)) is not None
    )


# "文章被收录于专栏：X", "本文已收录于 X 专栏": the column the post is filed in, over it.
_COLLECTED = re.compile(r"^(?:本文|文章|该文)?(?:已|被)?收录于.{0,20}$")


def is_collected_in(text: str) -> bool:
    """A short line naming the column or collection the post is filed in."""
    return len(text) <= 30 and "收录" in text and _COLLECTED.match(text) is not None


# "703 158 0": a post's counters (views, likes, comments) printed bare, their icons lost.
_BARE_COUNTERS = re.compile(r"^\d[\d,]{0,9}(?:[ \u3000\xa0]+\d[\d,]{0,9}){1,3}$")


def is_bare_counters(text: str) -> bool:
    """A short line of two to four bare numbers and nothing else. Over the story (where the
    caller asks) it is the post's counters with their icons gone, not a paragraph."""
    return len(text) <= _MAX and text[:1].isdigit() and _BARE_COUNTERS.match(text) is not None
