"""Datelines that name an outlet with no label: "2024-3-5 海港晚报".

An app or a portal prints the outlet beside the time, maybe with the site's address, a read
counter, where the post was sent from or the reporter, and no "来源：" before it. Such a
line is the story's meta line, and the name on it the outlet's.
"""

from __future__ import annotations

import re

from snapcrawl.extract.chrome_vocab import EPAPER_PAGE
from snapcrawl.extract.dates import YEAR, date_spans
from snapcrawl.extract.vocab import SENTENCE_PUNCT

# An outlet's name on a dateline ends like one (海港晚报, 示例网, 《海港周刊》, 海港新闻).
_OUTLET_END = re.compile(
    r"(?:[报網网社台臺刊志誌報]|新闻|新聞|杂志|雜誌|广播|廣播|传媒|傳媒|在线|在線|频道|頻道|客户端|客戶端)》?$"
)
# the last characters of _OUTLET_END's words
_OUTLET_CHARS = re.compile("[报网社台刊志闻志播媒线道端》報網臺誌聞線]")
_DATED_OUTLET_LINE_MAX = 50  # a date, an address and an outlet's name, no label
# What an app's meta line prints beside the outlet and the time, naming no other outlet:
# where the post was sent from ("发布于 四川", "IP属地 广东"), a read counter ("阅读量 2.6万")
# and the reporter as a word of its own ("记者 查睿"; "X报记者 Y" is a byline, no outlet line).
_META_COUNTER = re.compile(r"(?:阅读量?|浏览量?|阅读数|播放量)\s*\d+(?:\.\d+)?\s*[万千wWkK]?\+?")
_META_EXTRAS = re.compile(
    r"(?:发布于|IP属地)\s*[\u4e00-\u9fff]{2,8}"
    r"|(?<!\S)(?:记者|記者|通讯员|通訊員)(?:\s*[\u4e00-\u9fff·]{2,4}(?=\s|$)){1,3}"
    # what kind of report, after a slash ("聯合報／記者X／即時報導", "記者X／台北報導")
    r"|(?<!\S)[\u4e00-\u9fff]{0,4}(?:報導|报道)(?=\s|$)"
    # the page's font-size switcher printed on the dateline ("【字体：大 中 小】",
    # "字号控制：[ 小 中 大 ]"), and a tool's one word beside it (投诉/举报, 打印)
    r"|[【\[]?字[体號号體](?:大小|控制|設置|设置)?\s*[:：]?\s*[【\[]?\s*(?:[大中小]\s*){2,3}[】\]]?"
    r"|(?<!\S)(?:投诉|投訴|举报|舉報|纠错|糾錯|打印|收藏)(?=\s|$)"
    r"|" + EPAPER_PAGE  # an e-paper's page ("湖州日报 2024年09月06日 第03版：综合新闻")
)
# A site's address on a dateline: "http://www.example.com", "NEWS.EXAMPLE.COM.CN".
_ADDRESS = re.compile(
    r"(?:https?://)?(?:[A-Za-z0-9-]+\.)+(?:com|net|org|cn|gov|edu|tv|cc)(?:\.cn)?(?:/\S*)?",
    re.IGNORECASE,
)

_REPORTER = re.compile(r"记者|記者")
# The writer's credit alone beside the date ("2024-08-18　文／X"): a blog's dateline.
_WRITER = re.compile(r"(?<!\S)文\s*[/／]\s*[\u4e00-\u9fff·]{2,4}$")


def _writer(text: str) -> bool:
    return ("文／" in text or "文/" in text or "文 /" in text) and _WRITER.search(text) is not None


def _dateline_words(text: str) -> tuple[list[str], str] | None:
    """The words a dateline leaves beside its dates, its address and its extras (a
    counter, the reporter, the report's kind), and the text they were read from; ``None``
    for a line of no dateline's shape (too long, no year, a sentence)."""
    if (
        len(text) > _DATED_OUTLET_LINE_MAX
        or not (_OUTLET_CHARS.search(text) or _REPORTER.search(text) or _writer(text))
        or not YEAR.search(text)
    ):
        return None
    spans = date_spans(text)
    if not spans or SENTENCE_PUNCT.search(text):
        return None
    rest = text
    for start, end in reversed(spans):
        rest = rest[:start] + " " + rest[end:]
    rest = _ADDRESS.sub(" ", rest)
    if "／" in rest or "/" in rest:  # "聯合報／記者X／即時報導": the slashes part the words
        rest = rest.replace("／", " ").replace("/", " ")
    if "·" in rest or "•" in rest:  # "X日报 · 2024-08-24 10:00 · 记者 Y": so do middle dots
        rest = rest.replace("·", " ").replace("•", " ")
    return _META_EXTRAS.sub(" ", _META_COUNTER.sub(" ", rest)).split(), rest


def dated_outlet(text: str) -> str | None:
    """The outlet a dateline with no labels names: a date and the outlet's name, maybe the
    site's address ("2024-3-5 海港晚报", "www.example.com 2024年03月05日 11:21 《海港周刊》"
    gives 海港周刊). Every word left beside the date is an address or ends like an outlet's
    name; a place or a person ("（2024年3月5日，海港大学）") is no outlet, and a sentence has
    punctuation."""
    found = _dateline_words(text)
    return None if found is None else _outlet_of(found[0])


def _outlet_of(words: list[str]) -> str | None:
    if not 0 < len(words) <= 2 or not all(
        _OUTLET_END.search(word) and "：" not in word and ":" not in word for word in words
    ):  # a labelled value ("作者：《X报》") is no bare outlet
        return None
    return words[-1].strip("《》")


def is_dated_outlet_line(text: str) -> bool:
    """A dateline naming only an outlet (``dated_outlet``), or only its reporter: a date and
    a byline ("2016/08/11 14:05 記者 X／新竹報導", "2015-05-04 記者 X") name no outlet, yet
    are the meta line all the same."""
    found = _dateline_words(text)
    if found is None:
        return False
    words, rest = found
    if not words:
        return _REPORTER.search(rest) is not None
    if len(words) == 2 and words[0] == "文" and _writer(text):
        return True  # the date and "文／X" (the slash parts the words), no outlet
    return _outlet_of(words) is not None
