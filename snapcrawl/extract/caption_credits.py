"""A picture's caption with its credits after it, in one ``<figcaption>``: "市民在步道上散步。
摄影：X　责任编辑：Y". The caption is the story's (it says what the picture shows); the
credits after it are the page's, as they are on a line of their own.

A ``<figcaption>`` is split: there the caption and the credits share the element by
the page's layout, where a paragraph that ends in a credit is the story's text as the page
wrote it (glued_credit). The credits start after a space, and the rest of the line from
there reads as a credit whole (credit_lines.is_credit); the caption before them stays.
So is a caption set as the paragraph right under its picture (a self-media editor's
``<p><img></p><section>X　图源：Y</section>``) when a picture credit's label opens the
tail ("图源：", "图片来源：", "摄影："): the label says whose the picture is.

A page with no ``<figcaption>`` sets a picture's credit as the paragraph under it: "温屿
制图", "X、Y 摄" alone on the line under a chart or a photograph. That line is the
picture's credit whatever surname opens the names: the picture above says a name stands
there. A photographer glued after a caption's sentence ("游客在长城上游览。 X 摄") stays,
as the caption's own text (the project's gold keeps it, as it keeps a glued sign-off).
"""

from __future__ import annotations

import re

from lxml import etree

from snapcrawl.extract.credit_lines import is_credit
from snapcrawl.extract.credit_person import may_be_name
from snapcrawl.extract.dom import Line
from snapcrawl.extract.picture_credits import labelled_picture_credit

_SPACE = re.compile(r"[ \u3000]+")
_MIN_CAPTION = 4  # a caption says something: a label before a name is no caption
# Alone on the line under a chart or a picture: "楚一帆 制图", "X、Y 摄", "（记者 X 摄）".
_PICTURE_CREDIT_LINE = re.compile(
    r"^[（(]?(?:(?:本报)?记者\s*)?"
    r"(?P<names>[\u4e00-\u9fff·]{2,8}(?:[、 \u3000][\u4e00-\u9fff·]{2,8}){0,2})"
    r"[ \u3000]*(?:[摄攝]影?|[制製绘繪][图圖]|供[图圖])[）)]?$"
)
_PICTURE_ROLE_END = ("摄", "攝", "影", "图", "圖", "）", ")")
_LINE_MAX = 30  # three names and their role
_UNDER_PICTURE_MAX = 120  # a caption under its picture and its credit, not a paragraph
# The label a template reads out before a picture's or a video's caption and hides from
# the eye ("图像加注文字，…", "视频加注文字，…", "图片说明：…"): the page's words for what the
# line is, not the caption's.
# A caption's picture tag in brackets at its end, as Taiwan's and Hong Kong's pages mark a
# photograph ("…中獎張數為18張。（資料照）", "（示意圖）", "（翻攝自X）",
# "（圖／X提供）"): what kind of picture it is or whose, not what it shows.
_PICTURE_TAG = re.compile(
    r"[（(](?:(?:[資资]料|檔案|档案)(?:照片?|[圖图]片?)|示意[圖图]|[圖图]為[資资]料照|"
    r"翻[攝摄](?:自[^（()）]{1,20})?|[圖图]\s*[／/:：]\s*[^（()）]{1,20})[）)]$"
)
# A caption's credit glued after its words with no bracket: the picture's own label "圖／"
# or a copyright sign after a sentence's end or a space ("…法院。圖／聯合報系資料照片",
# "…拥抱。 © 2017 路透社"), or a giver set off by a slash ("…中心 / 受访者供图"). A
# giver glued after the caption's sentence ("…现场。X学院供图") stays, as a photographer
# does ("…。X 摄"): the project's gold keeps both as the caption's own text.
_CREDIT_TAIL = re.compile(
    r"(?:(?<=[。！？!?])\s*|\s+|\s*[／/|｜]\s*)"
    r"(?:[圖图]\s*[／/|｜]\s*[^。，,／/|｜\s]{1,20}|©\s*(?:\d{4}\s*)?[^。，,©]{1,40})[。.]?$"
    r"|\s*[／/|｜]\s*[^。，,\s／/]{1,16}(?:供[图圖]|提供)[。.]?$"
)
# "提供" holds "供": one character of the set marks a tail (one scan, where a generator over
# the marks cost several times it on every line of the body)
_TAIL_MARKS = re.compile("[／/©供]")
_TAIL_REACH = 48  # "© 2022 Kyodo News via AP Photo": a credit in Latin letters runs long
_CAPTION_MAX = 200  # a caption of a few sentences, not a story's paragraph
_CAPTION_LABEL = re.compile(
    r"^(?:图像|图片|圖像|圖片|视频|視頻|影片)(?:加注文字|说明|說明)\s*[，,:：]\s*"
)


def caption_credit_tail(line: Line) -> tuple[str, str] | None:
    """``(caption, credits)`` for a figcaption that ends in credits, or for a caption
    standing under its picture that ends in a labelled picture credit ("赛道旁的志愿者
    图源：X", "图片来源：X"), else ``None``. Under a picture only the label tells the
    credit: "游客在长城上游览。 X 摄" keeps its photographer (see the module's docstring)."""
    text = line.text
    if " " not in text and "\u3000" not in text:
        return _comma_credit_tail(line)
    figcaption = line.owner.tag == "figcaption"
    if not figcaption and (
        len(text) > _UNDER_PICTURE_MAX or ("：" not in text and ":" not in text)
    ):
        return None  # the one test most lines take (the length first: no scan of a paragraph)
    if not figcaption and not under_picture(line):
        return None
    for space in _SPACE.finditer(text):
        caption, tail = text[: space.start()], text[space.end() :]
        if (
            len(caption) >= _MIN_CAPTION
            and tail
            and is_credit(tail)
            and (figcaption or labelled_picture_credit(tail))
        ):
            return caption, tail
    return None


_CLAUSE_COMMA = re.compile(r"[，,。]")
_MIN_NAMED = 2  # a comma ends the caption's clause: a name alone says what the picture shows


def _comma_credit_tail(line: Line) -> tuple[str, str] | None:
    """``(caption, credit)`` for a caption under its picture (or in its figure's caption)
    whose clause after a comma or a full stop is the picture's labelled credit ("马斯克，
    图片来源于网络", "赛场一角，图源：X", "X发出的求救。图片：受访者提供"): the comma or the
    full stop ends what the picture shows, the label says whose it is."""
    text = line.text
    if len(text) > _UNDER_PICTURE_MAX or (
        "来" not in text and "源" not in text and "图片" not in text and "圖片" not in text
    ):
        return None  # the one test most lines take: every such label says 来自, 来源, 图源, 图片
    for comma in _CLAUSE_COMMA.finditer(text):
        stop = comma.group() == "。"
        caption = text[: comma.end() if stop else comma.start()].rstrip()
        tail = text[comma.end() :].strip()
        if (
            len(caption) >= _MIN_NAMED
            and tail
            and labelled_picture_credit(tail)
            and is_credit(tail)
            and (under_picture(line) or _in_figcaption(line))
        ):
            return caption, tail
    return None


def _in_figcaption(line: Line) -> bool:
    """Whether the line stands in a figure's caption (its own element or a paragraph in it)."""
    return line.owner.tag == "figcaption" or any(
        anc.tag == "figcaption" for anc in line.ancestors[:3]
    )


def under_picture(line: Line) -> bool:
    """Whether the line's paragraph holds a picture or stands right under one that holds
    no text."""
    return next(line.owner.iter("img"), None) is not None or right_under_picture(line)


def right_under_picture(line: Line) -> bool:
    """Whether the line's paragraph stands right after an element that holds a picture and
    no text (``<div><img></div><p>…</p>``): the picture's caption or credit line."""
    before = line.owner.getprevious()
    return (
        before is not None
        and isinstance(before.tag, str)
        and next(before.iter("img"), None) is not None
        and not "".join(before.itertext()).strip()
    )


def _right_over_picture(line: Line) -> bool:
    """Whether the line's paragraph stands right before an element that holds a picture and
    no text (``<p>…</p><p><img></p>``)."""
    after = line.owner.getnext()
    return (
        after is not None
        and isinstance(after.tag, str)
        and next(after.iter("img"), None) is not None
        and not "".join(after.itertext()).strip()
    )


_FIGURE_TAGS = frozenset(("figure", "figcaption"))


def figure_around(line: Line) -> etree._Element | None:
    """The ``<figure>`` or ``<figcaption>`` the line stands in (its block or one of the
    three above it), else ``None``: what it says (a date, a 来源) is the picture's."""
    chain = (line.owner, *line.ancestors[:4])  # a made-up line may have no owner
    return next((el for el in chain if getattr(el, "tag", None) in _FIGURE_TAGS), None)


def picture_credit_line(line: Line) -> bool:
    """Whether the line is a picture's credit alone under the picture (its names before
    their role), whatever surname opens the names."""
    text = line.text
    if not text.endswith(_PICTURE_ROLE_END) or len(text) > _LINE_MAX:
        return False  # the one test most lines take
    match = _PICTURE_CREDIT_LINE.match(text)
    if match is None:
        return False
    names = re.split(r"[、 \u3000]+", match["names"].strip())
    return all(may_be_name(name) for name in names) and under_picture(line)


def without_caption_label(text: str) -> str:
    """A figcaption's text without the label read out before it ("图像加注文字，")."""
    if not text.startswith(("图", "圖", "视", "視", "影")):
        return text
    return _CAPTION_LABEL.sub("", text, count=1)


def caption_picture_tag(line: Line) -> tuple[str, str] | None:
    """``(caption, tag)`` for a picture's caption that ends in a bracketed picture tag
    ("…（資料照）") or in a credit glued on with no bracket (``_CREDIT_TAIL``), the line
    holding the picture, standing right under it or right over it (a caption set above its
    photograph, "▼X（圖／Y）", points down to it); else ``None``. The caption stays (it says
    what the picture shows), the tag goes, as a figcaption's credits do
    (caption_credit_tail)."""
    text = line.text
    if text.endswith(("）", ")")):
        match = _PICTURE_TAG.search(text)
    elif len(text) <= _CAPTION_MAX and _TAIL_MARKS.search(text, max(0, len(text) - _TAIL_REACH)):
        match = _CREDIT_TAIL.search(text)  # "…法院。圖／聯合報系資料照片": no bracket
    else:
        return None  # the one test most lines take
    if match is None:
        return None
    if match.start() < _MIN_CAPTION or not (
        under_picture(line) or _in_figcaption(line) or _right_over_picture(line)
    ):
        return None  # a figure's caption is its picture's, whatever box wraps it
    return text[: match.start()].rstrip(), match.group().strip(" \u3000/／|｜")


_VIEWER_CREDIT_MAX = 48  # "© 照片 : Twitter/@X", "© Sputnik / X": a credit, not a caption


def credit_over_repeated_caption(text: str, following: str) -> str | None:
    """The picture credit of a viewer's overlay ("© 照片 : Twitter/@X" and the caption glued
    after it, spans with no space between), when the next line is that caption again, as
    the page shows it under the picture; else ``None``. The line adds only the credit: the
    caption stays once, in the next line."""
    if len(following) < _MIN_CAPTION or not text.endswith(following) or text == following:
        return None
    credit = text[: -len(following)].strip()
    if not credit or len(credit) > _VIEWER_CREDIT_MAX:
        return None
    if credit[0] == "©" or is_credit(credit):
        return credit
    return None
