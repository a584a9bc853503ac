"""A line past the story's last sentence that shares no word with the story.

A story ends on a sentence. What a host sets after it, in whatever box and words it likes
(a forum's signature "签名：X", a bureau's "办理状态：已办结", an outlet's "新闻线索、投稿邮箱：…"),
is a field or a run of fields with no clause in it, and, being the host's, it speaks of
nothing the story spoke of: not one pair of Chinese characters of it occurs in the story.
A story's own close either ends a sentence, or names what the story named (its issuer's
signature over a date, a caption of its scene), or is a credit read elsewhere. So a line
past the last sentence-ending prose line that is prose-shaped but has no clause end, or
is a short "label：value" field, or is a short line in a box of its own (not a paragraph, an
item or a heading: "客户端内查看完整图集 去客户端"), is cut when it shares no character pair
with the story; a strip of three or more glued fields set in a box of its own
("办理状态：已办结 满意度：满意 承办单位：X") is the host's record card even when it
names what the story named. A line ending on a closing quote with no clause mark in it
("本文已入选“X”") names something; it ends no sentence, so the story's last sentence is
sought above it.

Left to others: a list's or a table's items (the story's data), a code block's lines, a
signature over its written date, and a line with a telephone number or an address (a
notice's own 咨询电话 is its text; credit_contacts and tip_lines tell the credit's and the
host's apart).
"""

from __future__ import annotations

import re

from lxml import etree

from snapcrawl.extract.cards import FIELD_LINE
from snapcrawl.extract.dom import Line
from snapcrawl.extract.head_cards import is_field_strip
from snapcrawl.extract.line_kinds import SIGNED_ON, Kind
from snapcrawl.extract.story_runs import RUN
from snapcrawl.extract.tail_boxes import ITEM_TAGS, last_code_line
from snapcrawl.extract.vocab import SENTENCE_END, SENTENCE_ENDINGS

_ENDS = (*SENTENCE_ENDINGS, "…")
_QUOTES = ("”", "」", "』")
# a picture's caption may share nothing with the story's words ("图为活动现场")
_CAPTION_TAGS = frozenset({"figcaption", "figure"})
_CAPTION_OPEN = ("图", "圖", "▲", "△", "（图", "(图")
# a list's items are the story's data, a code block's lines the writer's own, as typed
# (a config sample's 'User "填写邮箱"' shares no words with the prose around it)
_KEPT_TAGS = ITEM_TAGS | {"pre"}
# a writer's sign-off set on its own: "小晴 寫於台南", "草于灯下" (where it was written)
_WRITTEN_AT = re.compile(r"[写寫作记記草][于於]")


def _set_right(owner: etree._Element) -> bool:
    """A block set flush right: where a page puts a sign-off or a signature."""
    if (owner.get("align") or "").lower() == "right":
        return True
    style = owner.get("style")
    return bool(style) and "right" in style and "text-align" in style


def ends_sentence(text: str) -> bool:
    """Whether the line ends a sentence: a closing quote counts over a clause mark (“…。”)
    or round someone's words (说：“值了”), not round a name (入选“科普精品库”)."""
    if not text.endswith(_ENDS):
        return False
    return (
        not text.endswith(_QUOTES)
        or SENTENCE_END.search(text) is not None
        or "：" in text
        or ":" in text
    )


def _own_box(line: Line, text: str, close: Line) -> bool:
    """A short line the host set in a box of its own: no paragraph, item, heading,
    caption or sign-off, no clause in it, and not set as the story's last sentence is
    (a page that sets its paragraphs in <div>s closes its story in one) unless it holds a
    link, a control the story's close has no use for."""
    owner = line.owner
    return (
        owner.tag != "p"
        and (
            owner.tag != close.owner.tag
            or owner.getparent() is not close.owner.getparent()
            or line.link_chars > 0  # a control in it: the page's, whatever its block
        )
        and not line.heading
        and owner.tag not in _CAPTION_TAGS
        and not text.startswith(_CAPTION_OPEN)
        and SENTENCE_END.search(text) is None
        and not _set_right(owner)
        and _WRITTEN_AT.search(text) is None
    )


_CONTACT = re.compile(r"\d[\d\s()（）-]{5,}\d|@")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


def _stranger(text: str, story: str) -> bool:
    """Whether ``text`` has Chinese and no two of its characters in a row occur in
    ``story`` (a substring search per pair: a few dozen per line, no index of the story
    built). A line with no Chinese pair (English, figures) is not judged."""
    runs = _CJK_RUN.findall(text)
    if not runs:
        return False
    for run in runs:
        for a in range(len(run) - 1):
            if run[a : a + 2] in story:
                return False
    return True


def last_sentence(kinds: list[tuple[Kind, str]], lines: list[Line]) -> int:
    """The position of the story's last prose line that ends a sentence, or -1."""
    good = Kind.GOOD
    last = len(kinds) - 1
    while last >= 0 and not (kinds[last][0] is good and ends_sentence(lines[last].text)):
        last -= 1
    return last


def cut_tail_strangers(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark BAD "stranger" the lines past the last sentence that share nothing with the
    story (see the module's doc)."""
    good, short = Kind.GOOD, Kind.SHORT
    n = len(kinds)
    last = last_sentence(kinds, lines)
    if last < 0 or last_code_line(lines, last) > last:
        return  # a code sample past the last sentence: a how-to's steps, which end few lines
        # on a stop, go on to the end (tail_boxes.last_code_line)
    story: str | None = None
    for k in range(last + 1, n):
        kind = kinds[k][0]
        line = lines[k]
        text = line.text
        if kind is good:
            if kinds[k][1] == RUN or SENTENCE_END.search(text):
                continue
        elif kind is not short:
            continue
        elif (line.owner.tag == "p" or not FIELD_LINE.match(text)) and not _own_box(
            line, text, lines[last]
        ):
            continue  # a short line the story set as a paragraph of its own may close it
        if line.owner.tag in _KEPT_TAGS or SIGNED_ON.match(text) or _CONTACT.search(text):
            continue
        if k + 1 < n and SIGNED_ON.match(lines[k + 1].text):
            continue  # a signature over its date
        if story is None:
            story = "".join(lines[i].text for i in range(last + 1) if kinds[i][0] is good)
        if _stranger(text, story) or (line.owner.tag != "p" and is_field_strip(text)):
            kinds[k] = (Kind.BAD, "stranger")
