"""Noise layer 2: the host's own voice.

A snapshot host's notices (this page is a copy, we collected it, we do not endorse it, write
to us to take it down, the original is there) combine words from several *families* and
usually speak of the page itself ("本站", the host's name or domain). A news sentence may use
one family ("法院认定侵权"); a notice uses two or more and sits at the body's edge. Wording is
never matched whole, so new paraphrases of the same notices are caught.

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
from snapcrawl.extract.meta_labels import LEADING_LABEL
from snapcrawl.extract.notice_vocab import (
    NOTICE_FAMILIES,
    NOTICE_HEAD,
    REPOST_CARD,
    SELF_REFERENCE,
)
from snapcrawl.extract.picture_notice import glued_picture_credit
from snapcrawl.extract.release_wire import release_outlet
from snapcrawl.extract.simplified import read_simplified
from snapcrawl.extract.vocab import SENTENCE_ENDINGS
from snapcrawl.extract.word_trie import any_of

if TYPE_CHECKING:
    from snapcrawl.extract.dom import Line

_FAMILIES = {
    name: re.compile("|".join(map(re.escape, words))) for name, words in NOTICE_FAMILIES.items()
}
# Whether a line holds any notice word, as a trie (1.5x faster than the words one by one).
_ANY_FAMILY = re.compile(any_of(word for words in NOTICE_FAMILIES.values() for word in words))
# Reported speech: a quoted clause, or a colon opening a quote. A short quoted name
# (“网易号”) is how a platform names itself, not speech. Straight quotes open and close
# alike, so they pair in order, short ones too: the text between a name's closing quote and
# the next name's opening one (凡注有"X"或电头为"X"的稿件) is no quote.
_REPORTED = re.compile(r"[“「][^“”「」\"]{8,}[”」\"]|\"[^“”「」\"]*[”」\"]|[:：]\s*[“「]")
_QUOTE_MIN = 10  # a clause of 8 characters in its two quotes
# A Latin word alone in quotes (凡标注有“cnsphoto”字样的图片) is a mark or a name, not words.
_LATIN_WORD = re.compile(r"[A-Za-z0-9._-]+")
# The page naming itself at the start of a line: "本文由…", "本文系…", "本文为…", and where
# it ran first ("本文首发“X”微信公众号，转载请…": the quotes name the account).
_PAGE_OPENINGS = ("本文由", "本文系", "本文为", "本文為", "本文首发", "本文首發")


# speaks of the story's news, not of a complaint.
_AT_ONCE = "第一时间"
_AT_ONCE_ACT = re.compile(
    r"第一时间\S{0,4}?(?:删|撤|处理|核实|核查|联系|更正|修改|回复|下架|屏蔽|移除|整改|纠正)"
)


# A legal finding ("不构成侵权", "不构成诈骗罪"): a notice says what the page is not
# ("不构成投资建议"), never that something is no offence.
_NOT_AMOUNT = "不构成"
_FINDING = re.compile(r"不构成(?:侵权|犯罪|违法|违约|[\u4e00-\u9fff]{1,4}罪)")


def notice_families(text: str) -> frozenset[str]:
    """Which notice word families occur in ``text``."""
    return _families_in(text)


# A line's answer is its text's alone, and several readers ask it of the same line (and a
# site's lines recur page after page): each text is judged once, at most 4096 remembered.
@lru_cache(maxsize=4096)
def _families_in(text: str) -> frozenset[str]:
    if not _ANY_FAMILY.search(text):
        return frozenset()
    if _NOT_AMOUNT in text:  # "…并不构成侵权": a court's or a lawyer's finding, the story's
        text = _FINDING.sub("", text)
        if not _ANY_FAMILY.search(text):
            return frozenset()
    found = {name for name, pattern in _FAMILIES.items() if pattern.search(text)}
    if (
        "takedown" in found
        and _AT_ONCE in text
        and not _AT_ONCE_ACT.search(text)
        and not _FAMILIES["takedown"].search(text.replace(_AT_ONCE, ""))
    ):
        found.discard("takedown")  # its only takedown word is a story's "at once"
    return frozenset(found)


def mentions_self(text: str, site_names: Iterable[str] = ()) -> bool:
    """Whether the line speaks of the page or the host (本站, 以上内容, the host's name/domain)."""
    if SELF_REFERENCE.search(text):
        return True
    lowered = text.lower()
    return any(name and name.lower() in lowered for name in site_names)


# What a notice says its works are marked with, before the quoted mark (凡注明“X”的作品,
# 本站注明“X编辑”上传的作品, 凡注明来源为“X网――Y频道”的报道), and what joins the marks
# after it ("“A”、“B”或“C”", a short mark unread between them).
_MARKED_BY = re.compile(
    r"(?:注明|註明|标明|標明|标注|標註|署名|注有|註有|标有|標有)"
    r"(?:来源|來源|作者|出处|出處)?(?:为|為|是)?\s*$"
)
_MARK_VERB_CHARS = "注註标標署"  # a character of each marking verb: the cheap test first
_MARK_JOIN = re.compile(r"(?:\s*[、，,或和及与與]\s*(?:[“「][^“”「」]{1,7}[”」])?)+\s*")


def is_reported_speech(text: str) -> bool:
    """Whether the line quotes someone (a clause in quotes, or "说：“…"). A label and its
    value in quotes (凡注明“来源：X”的作品), a Latin word alone (凡标注有“cnsphoto”字样的图片)
    or any mark after the verb that marks it ("凡注明来源为“人民网――奥运频道”、“人民网――
    《X报》”的报道", "本站注明“X编辑”、“X榜单研究员”上传的作品") is the marking a notice
    names, not anyone's words;
    nor are the quotes of a line that opens by the page naming itself ("本文由“X”课程出品，
    …如需转载，请至“Y”后台联系"): they name a course, a column or an account."""
    if text.startswith(_PAGE_OPENINGS):
        return False
    mark_end = -1  # where the last quoted mark ended
    for match in _REPORTED.finditer(text):
        quoted = match[0]
        if quoted[-1] in "“「":  # "说：“" is speech
            return True
        if len(quoted) < _QUOTE_MIN:
            continue
        inner = quoted[1:-1]
        if LEADING_LABEL.match(inner) or _LATIN_WORD.fullmatch(inner):
            continue
        before = text[: match.start()]
        if any(verb in before for verb in _MARK_VERB_CHARS) and (
            _MARKED_BY.search(before[-8:])
            or (mark_end >= 0 and _MARK_JOIN.fullmatch(text, mark_end, match.start()))
        ):
            mark_end = match.end()
            continue
        return True
    return False


_CLOSING = ")）]】"
_OPENING = "(（[【"
_STORY_MIN = 60  # the prose before a glued tail is a paragraph's, not a notice's lead-in


def _story_before_tail(text: str) -> bool:
    """Whether ``text`` is a paragraph of prose with a bracketed note glued after its last
    sentence, the notice's words all inside that note: the paragraph is the story's (the
    page glued its credit or reprint notice to it), not a notice."""
    start = max(text.rfind(char) for char in _OPENING)
    story = text[:start].rstrip(" \u3000")
    return (
        len(story) >= _STORY_MIN and story.endswith(SENTENCE_ENDINGS) and not notice_families(story)
    )


def split_picture_notice(text: str) -> tuple[str, str] | None:
    """``(story, tail)`` for a line whose notice words all stand in a picture's credit glued
    after its last sentence ("…举行。图片来源：东方ic 版权作品 请勿转载", picture_notice),
    else ``None``: the line is the story's, the tail the picture's credit and terms."""
    cut = glued_picture_credit(text)
    if cut is None:
        return None
    story, tail = text[:cut], text[cut:].strip(" \u3000")
    if notice_families(story) or not notice_families(read_simplified(tail)):
        return None
    return story, tail


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
    if text[-1] in _CLOSING and _story_before_tail(text):
        return 0  # "…。（摄影：X/转载请注明出处）": the story's, its glued tail the page's
    if split_picture_notice(text) is not None:
        return 0  # "…举行。图片来源：X 版权作品 请勿转载": the caption's, the tail its picture's
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
        return 0 if not speaks and _families_apart(text) else 1
    return 1 if speaks and not _first_person_apart(text, site_names) else 0


_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]*")
_WE = "我们"
_OPINION_MIN = 80  # a closing comment is a paragraph; a notice of one family is shorter
_APART_SENTENCES = 3  # a story's paragraph of this many sentences at least


def _families_apart(text: str) -> bool:
    """A story's paragraph that happens to hold two families' words, each in a sentence of its
    own ("…严格片酬管理告知承诺制度。…参与公益性节目。"): several sentences opening on the
    story's matter, and no sentence mixing two families. A notice that does not name the page
    still ties its words in one sentence ("版权归原作者，如有侵权请告知删除"). Asked only of a
    line of two families that does not speak as the page."""
    if len(text) < _OPINION_MIN:
        return False
    sentences = [s for s in _SENTENCE.findall(text) if s.strip()]
    if len(sentences) < _APART_SENTENCES or _ANY_FAMILY.search(sentences[0]):
        return False
    return all(len(notice_families(sentence)) <= 1 for sentence in sentences)


def _first_person_apart(text: str, site_names: Iterable[str]) -> bool:
    """A story's own closing comment ("…毫无借口可言。我们希望X正视…"): its one notice word
    (权益) stands in one sentence and a bare "我们", its only self-reference, in another. A
    notice ties the two in one sentence ("如有侵犯您的权益，请联系我们"); a writer's "我们"
    opining in a paragraph of several sentences that opens on the story's matter is the
    outlet's voice in the story, not the host's about the page."""
    if _WE not in text or NOTICE_HEAD.match(text) is not None:
        return False
    if any(found != _WE for found in SELF_REFERENCE.findall(text)):
        return False
    lowered = text.lower()
    if any(name and name.lower() in lowered for name in site_names):
        return False
    sentences = [s for s in _SENTENCE.findall(text) if s.strip()]
    return (
        len(text) >= _OPINION_MIN
        and len(sentences) >= 2
        and _ANY_FAMILY.search(sentences[0]) is None  # it opens on the story, not the notice
        and _WE not in sentences[0]
        and not any(
            _tied(part)
            for sentence in sentences
            for part in (
                _CLAUSE.findall(sentence) if len(sentences) >= _APART_SENTENCES else [sentence]
            )
        )
    )


# A clause: a notice ties "我们" to its word in one ("请联系我们删除", "我们将及时移除"); a
# paragraph of several sentences may carry both in one sentence, a clause apart ("这条规定
# 移除，我们可以看到…"): the story's matter, not the host's promise.
_CLAUSE = re.compile(r"[^，,；;。！？!?]+")


def _tied(part: str) -> bool:
    return _WE in part and _ANY_FAMILY.search(part) is not None
