"""Recognising noise lines: page furniture (layer 1) and the host's own voice (layer 2).

Layer 1 looks at shape: link density, menu words, list stamps, copyright footers.
Layer 2 looks at what a line talks about. A snapshot host's notices (this page is a copy,
we collected it, we do not endorse it, write to us to take it down, the original is there)
combine words from several *families* and usually speak of the page itself ("本站", the
host's name or domain). A news sentence may use one family ("法院认定侵权"); a notice uses two
or more and sits at the body's edge. Wording is never matched whole, so new paraphrases of
the same notices are caught.

A *platform statement* (搜狐号, 大风号, 企鹅号, 澎湃号, a blog's licence, a finance page's risk
notice) is the same kind of notice: the page names itself (本文为/由/系…, 该文, 以上内容) or
opens with a notice heading (平台声明：, 风险提示：, 版权声明：), and mixes two or more families:
who posted it (platform: 号作者, 自媒体, 信息存储空间), whose view it is (voice: 作者本人,
个人观点), what the host does not vouch for (disclaim: 不代表…立场, 仅供参考), who owns it and
how it may be reposted (rights, collect: 著作权, 转载), what it is not (advice: 不构成投资建议).
A page telling its reader how to repost it (转载请注明出处) speaks as the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from snapcrawl.extract import thresholds
from snapcrawl.extract.according_to import attribution_line
from snapcrawl.extract.chrome_vocab import EPAPER_PAGE
from snapcrawl.extract.dates import date_spans, ends_with_date, find_dates, is_date_only
from snapcrawl.extract.notice_vocab import (
    NOTICE_FAMILIES,
    NOTICE_HEAD,
    REPOST_CARD,
    SELF_REFERENCE,
)
from snapcrawl.extract.release_wire import release_outlet
from snapcrawl.extract.simplified import read_simplified
from snapcrawl.extract.vocab import (
    CRUMB_PREFIX,
    CRUMB_SEPARATORS,
    FOOTER_LINE,
    LABELS,
    LIST_HEADING,
    NAV_LINE,
)
from snapcrawl.extract.word_trie import any_of

if TYPE_CHECKING:
    from snapcrawl.extract.dom import Line

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


_LEADING_LABEL = re.compile(
    r"^[\s\[【(（<《]*(?:" + "|".join(map(re.escape, _ALL_LABELS)) + r")\s*[:：]"
)
_FAMILIES = {
    name: re.compile("|".join(map(re.escape, words))) for name, words in NOTICE_FAMILIES.items()
}
# Whether a line holds any notice word, as a trie (1.5x faster than the words one by one).
_ANY_FAMILY = re.compile(any_of(word for words in NOTICE_FAMILIES.values() for word in words))
# Reported speech: a quoted clause, or a colon opening a quote. A short quoted name
# (“网易号”) is how a platform names itself, not speech.
_REPORTED = re.compile(r"[“「\"][^“”「」\"]{8,}[”」\"]|[:：]\s*[“「]")
_YEAR_NEAR_END = re.compile(r"(?:19|20)\d\d")
# A clock alone on its line: the stamp of a live ticker's or a live blog's item ("08:17:43",
# "09:48"); a time the story speaks of comes with words ("9时48分", "上午9:48").
_BARE_CLOCK = re.compile(r"[0-2]?\d:[0-5]\d(?::[0-5]\d)?")
SENTENCE_PUNCT = re.compile(r"[，。！？；,!?;]")
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
    # the page's font-size switcher printed on the dateline ("【字体：大 中 小】")
    r"|[【\[]?字[体號号體]\s*[:：]?\s*(?:[大中小]\s*){2,3}[】\]]?"
    r"|" + EPAPER_PAGE  # an e-paper's page ("湖州日报 2024年09月06日 第03版：综合新闻")
)
# A site's address on a dateline: "http://www.example.com", "NEWS.EXAMPLE.COM.CN".
_ADDRESS = re.compile(
    r"(?:https?://)?(?:[A-Za-z0-9-]+\.)+(?:com|net|org|cn|gov|edu|tv|cc)(?:\.cn)?(?:/\S*)?",
    re.IGNORECASE,
)
_REPOST = re.compile(
    r"^[\s\[【(（]*(?:本文|此文|文章|本条|内容)?(?:转自|转载自|转载于|摘自|来源于|来自于|选自|原载于?|来源)"
    r"\s*(?:微信公众号|公众号|微信号|头条号|百家号|微博)?\s*[:：]\s*(?P<src>[^\s:：，,。)）\]】]{2,30}?)(?:[)）\]】]|(?=\s)|$|(?<=[网报社台刊志端]))"
)

_REPOST_TITLE = re.compile(
    r"^[\s\[【(（]*(?:本文|此文|文章)?(?:转自|转载自|摘自|选自|原载于?|来自)\s*[《【“「]"
    r"(?P<src>[^《》【】“”「」]{2,20})[》】”」][\s)）\]】。]*$"
)


# "第一时间" is a takedown word only for what the host does at once (第一时间删除, 第一时间
# 与您联系, 第一时间予以处理); a reporter or a reviewer saying "我们第一时间拿到了真机"
# speaks of the story's news, not of a complaint.
_AT_ONCE = "第一时间"
_AT_ONCE_ACT = re.compile(
    r"第一时间\S{0,4}?(?:删|撤|处理|核实|核查|联系|更正|修改|回复|下架|屏蔽|移除|整改|纠正)"
)


def notice_families(text: str) -> set[str]:
    """Which notice word families occur in ``text``."""
    if not _ANY_FAMILY.search(text):
        return set()
    found = {name for name, pattern in _FAMILIES.items() if pattern.search(text)}
    if (
        "takedown" in found
        and _AT_ONCE in text
        and not _AT_ONCE_ACT.search(text)
        and not _FAMILIES["takedown"].search(text.replace(_AT_ONCE, ""))
    ):
        found.discard("takedown")  # its only takedown word is a story's "at once"
    return found


def mentions_self(text: str, site_names: Iterable[str] = ()) -> bool:
    """Whether the line speaks of the page or the host (本站, 以上内容, the host's name/domain)."""
    if SELF_REFERENCE.search(text):
        return True
    lowered = text.lower()
    return any(name and name.lower() in lowered for name in site_names)


def is_reported_speech(text: str) -> bool:
    """Whether the line quotes someone (a clause in quotes, or "说：“…"). A label and its
    value in quotes (凡注明“来源：X”的作品) is the marking a notice names, not anyone's words."""
    return any(
        match[0][-1] in "“「" or not _LEADING_LABEL.match(match[0][1:-1])  # "说：“" is speech
        for match in _REPORTED.finditer(text)
    )


def line_notice_strength(line: Line, site_names: tuple[str, ...] = ()) -> int:
    """``notice_strength`` of a line, worked out once: the edge trimming and the audit
    judge the same lines with the same site names, and the check runs several regexes."""
    cached = line.notice
    if cached is not None and cached[0] == site_names:
        return cached[1]
    value = notice_strength(line.text, site_names)
    line.notice = (site_names, value)
    return value


def notice_strength(text: str, site_names: Iterable[str] = ()) -> int:
    """0 = story text; 1 = a notice at the body's edge or beside another notice;
    2 = a notice wherever it stands (two families, and the page speaking of itself or a
    notice heading such as "免责声明：").

    A story about a copyright case ("被告转载…构成侵权，判令删除") mixes families too, but
    never speaks as the page, so mid-body it stays.
    """
    if len(text) > thresholds.NOTICE_MAX:
        return 0
    if text.startswith("以下") and REPOST_CARD.match(text):
        return 2  # a repost's card: the page speaking of where the article comes from
    written = text
    text = read_simplified(text)  # "X版權所有，不得轉載"
    families = notice_families(text)
    if not families:
        return 0
    # A notice heading, or the page speaking of itself: the heading's anchored match first,
    # the self-reference scan (the costliest test here) only without one. The site's names
    # are as the page writes them.
    speaks = (
        NOTICE_HEAD.match(text) is not None
        or mentions_self(text, site_names)
        or (written is not text and mentions_self(written, site_names))
    )
    if speaks and release_outlet(text):  # "北京2024年7月9日 /X/ -- …": a release the host
        speaks = False  # wire carries opens with its own name in the dateline, as the story
    if len(families) >= thresholds.NOTICE_FAMILIES:
        if speaks and not is_reported_speech(text):  # reported speech is the story's
            return 2  # "免责声明：…" opens a notice as surely as "本站" speaks as the host
        return 1
    return 1 if speaks else 0


def is_meta_line(text: str) -> bool:
    """A "label：value" line (发布时间：…　来源：…) rather than prose; labels are not body text.
    A dated line naming only an outlet ("2024-3-5 海港晚报") is one without its labels."""
    labels = [label for label, _, _ in label_spans(text)]  # LABEL_RE.findall, shared
    if not labels:
        return is_dated_outlet_line(text)
    if len(labels) >= 2 and len(text) <= thresholds.META_LINE_MAX:
        return True
    if (
        len(text) <= thresholds.DATED_META_LINE_MAX
        and find_dates(text)
        and not SENTENCE_PUNCT.search(LABEL_RE.sub("", text))
    ):
        return True
    if not _LEADING_LABEL.match(text):
        return False
    rest = LABEL_RE.sub("", text, count=1)
    return len(text) <= thresholds.LABEL_LINE_MAX and not SENTENCE_PUNCT.search(rest)


_REPORTER = re.compile(r"记者|記者")


def _dateline_words(text: str) -> tuple[list[str], str] | None:
    """The words a dateline leaves beside its dates, its address and its extras (a
    counter, the reporter, the report's kind), and the text they were read from; ``None``
    for a line of no dateline's shape (too long, no year, a sentence)."""
    if (
        len(text) > _DATED_OUTLET_LINE_MAX
        or not (_OUTLET_CHARS.search(text) or _REPORTER.search(text))
        or not _YEAR_NEAR_END.search(text)
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
    return _outlet_of(words) is not None


def repost_source(text: str) -> tuple[str, str] | None:
    """("X", rest) for a "本文转自：X" line; ``rest`` is any story text glued after X. A
    line that is only "转自《X》" (摘自, 选自, 原载) names the paper or book it came from."""
    match = _REPOST.match(text)
    if not match:
        match = _REPOST_TITLE.match(text) if ("《" in text or "【" in text or "“" in text) else None
        return (match["src"], "") if match else None
    return match["src"], text[match.end() :].strip()


def is_nav_line(text: str) -> bool:
    """Previous/next links, "back to top", print bars and the like."""
    return len(text) <= thresholds.NAV_LINE_MAX and NAV_LINE.search(text) is not None


# A character each of FOOTER_LINE's words holds: 备/证 (ICP备, 公网安备), 版 (版权所有), g
# (Copyright, All Rights Reserved), ©, "(" ("(c) 2024"), 增, 违, 网, 关, 联. The regex ignores
# case, but no other character folds to g or to these. One character-class scan (~0.15 us)
# before the case-folded alternation (~1-2 us), which 5 lines in 6 then skip.
_FOOTER_CHARS = re.compile("[备证版gG©(增违网关联]")
# Then the words themselves, case-sensitive where the Chinese words have no case (版权,
# 增值, 违法, 网站地图, 关于我们, 联系我们): half the lines past the characters (a 网 or a 关
# of the story) skip the case-folded alternation. Not as the first scan: there it cost
# more than the class it would replace (callgrind, the benchmark pages' lines).
_FOOTER_WORDS = re.compile("[备证©(gG]|版权|增值|违法|网站地图|关于我们|联系我们")


def is_footer_line(text: str) -> bool:
    """Copyright, ICP licence and "about us" lines."""
    return (
        len(text) <= thresholds.FOOTER_LINE_MAX
        and _FOOTER_CHARS.search(text) is not None
        and _FOOTER_WORDS.search(text) is not None
        and FOOTER_LINE.search(text) is not None
    )


def breadcrumb_parts(text: str, link_density: float) -> list[str] | None:
    """The items of a breadcrumb line (当前位置：首页 > 地方 > 正文), or ``None``."""
    if len(text) > thresholds.CRUMB_LINE_MAX:
        return None
    prefixed = CRUMB_PREFIX.match(text)
    if not prefixed and link_density < thresholds.CRUMB_LINK_DENSITY:
        return None  # decided before the split: most lines stop here
    parts = [p.strip() for p in CRUMB_SEPARATORS.split(CRUMB_PREFIX.sub("", text)) if p.strip()]
    if len(parts) < 2 or any(len(p) > thresholds.CRUMB_PART_MAX for p in parts):
        return None
    return parts if prefixed or len(parts) >= 3 else None


def is_list_heading(text: str) -> bool:
    """A short title that opens a list section (相关文章, 更多关于…的资讯, 热点排行); not
    a credit naming outlets that end like one (综合新华社、央视新闻)."""
    core = text.strip(" :：>》»【】[]|")
    if not 2 <= len(core) <= thresholds.LIST_HEADING_MAX:
        return False
    core = read_simplified(core)  # "相關新聞", "熱門推薦"
    return (
        bool(LIST_HEADING.search(core))
        and not SENTENCE_PUNCT.search(core)
        and not (core.startswith(("综合", "据", "（", "(")) and attribution_line(core))
    )


def is_list_item(text: str) -> bool:
    """A stamped or bulleted teaser line: "· 标题 2023-06-15", a bare date, or a bare clock
    (a ticker's or a live blog's items carry only the time)."""
    length = len(text)
    # _BARE_CLOCK cannot match without its ASCII colons: most short lines (~40 % of a
    # page's lines are 8 characters or less) have none and skip the regex call.
    if length <= 8 and ":" in text and _BARE_CLOCK.fullmatch(text):
        return True
    if length > thresholds.LIST_ITEM_MAX or not _YEAR_NEAR_END.search(
        text, length - thresholds.STAMP_TAIL
    ):  # stamps end lines
        return False
    spans = date_spans(text)
    if not spans:
        return False
    # (the text is LIST_ITEM_MAX characters or less here: longer lines returned above)
    return is_date_only(text, spans) or ends_with_date(text, spans)
