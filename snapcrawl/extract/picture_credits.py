"""Picture credits: who took, made or gave a picture or a video, and where it comes from.

"摄影：X", "图片来源：X", "▲图片来自视频截图", "X供图", "由X提供", "BBC报道截图", "中央社記者X攝
113年3月5日", who drew an illustration ("X绘制的插图", "插画由X绘制"). Such a credit ends the
picture's block; a caption labelled 图 that says what the picture shows ("图：新型电池结构示
意图") names no one and stays, as does a caption saying who drew a picture in the story's
words ("孩子们绘制的插画": no one's name).
"""

from __future__ import annotations

import re

from snapcrawl.extract import thresholds
from snapcrawl.extract.chrome_vocab import (
    PICTURE_FROM,
    PICTURE_GIVEN,
    PICTURE_LABEL,
    PICTURE_TAIL,
    STORY_GIVEN,
)
from snapcrawl.extract.credit_bylines import BYLINE, BYLINE_WORDS
from snapcrawl.extract.credit_forms import plain_label
from snapcrawl.extract.credit_person import is_name
from snapcrawl.extract.credit_rows import OPEN
from snapcrawl.extract.vocab import OUTLET_SHAPE

_PICTURE_CREDIT = re.compile(
    OPEN + r"(?:(?:" + PICTURE_LABEL + r")\s*[:：/|｜]\s*\S|" + PICTURE_FROM + r"\S)"
)
_CAPTION_CREDIT = re.compile(r"(?:" + PICTURE_TAIL + r")[)）\]】]?$")
# "图：" and a phrase of Chinese characters alone (no name set apart by a space, no mark).
_PICTURE_PHRASE = re.compile(OPEN + r"[图圖]\s*[:：]\s*(?P<value>[\u4e00-\u9fff]{8,})$")
# Who made or gave a picture, in its credit's value (X供图, 由X提供, 来自X, X记者, X摄).
GIVER = re.compile(
    r"(?:" + PICTURE_TAIL + r")$|提供|来自|来源|记者|記者|通讯员|摄影|拍摄|图片库|图库|视觉|图虫"
)
_GIVEN_CREDIT = re.compile(OPEN + r"(?:" + PICTURE_GIVEN + r")[。.]?[)）\]】]?$")
_STORY_GIVEN_CREDIT = re.compile(OPEN + r"(?:" + STORY_GIVEN + r")[。.]?[)）\]】]?$")
# "▲广州日报全媒体图片记者黎旭阳、李妍摄": a photographer's role glued to the names.
_PHOTOGRAPHER_CREDIT = re.compile(r"(?:记者|摄影师?|通讯员|特约)\S{1,12}摄$")

# "中央社記者X攝 113年3月5日": the day after a picture's credit (a ROC year too), the last word
# of its line.
_DAY = re.compile(r"(?:\d{2,4}年)?\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")


def about_a_picture(text: str) -> bool:
    """Whether a credit (``is_credit``) belongs to a picture or a video (摄影：X, 图片来源：X,
    央视截图)."""
    if _TRADITIONAL_LABEL.search(text, 0, _LABEL_REACH):  # "圖片來自：X": the label as 图片来自
        text = plain_label(text, _LABEL_REACH)
    return _picture_credit(text)


_TRADITIONAL_LABEL = re.compile("[圖來攝視]")
_LABEL_REACH = 14  # a mark, a bracket and the longest picture label before the colon


def _picture_credit(text: str) -> bool:
    return (
        _PICTURE_CREDIT.match(text) is not None
        or _CAPTION_CREDIT.search(text) is not None
        or ("由" in text and _GIVEN_CREDIT.match(text) is not None)
    )


# "图片来源：RENO SAKTI/ISTOCK.COM ADAPTED BY C. SMITH/SCIENCE": a picture's source or
# photographer label, then a value with no Chinese in it (an agency's credit, a photographer's
# name and agency in capitals); longer than a Chinese credit line, it is still one credit.
_LATIN_CREDIT = re.compile(
    OPEN + r"(?:(?:图片|图像|视频)?来源|图源|摄影|摄像|供图|圖片來源|圖源|攝影)\s*[:：]\s*"
    r"(?P<value>[A-Za-z][^\u3400-\u9fff。！？]*)$"
)


def latin_picture_credit(text: str) -> bool:
    """A labelled picture credit whose value is written in Latin letters alone (see
    ``_LATIN_CREDIT``); asked of a line too long for a Chinese credit."""
    return ("图" in text[:8] or "圖" in text[:8] or "摄" in text[:8] or "攝" in text[:8]) and (
        _LATIN_CREDIT.match(text) is not None
    )


# "- Gada Jermy -", "— Stephan Schmitz —": an illustration's artist, a Latin name of two to
# four capitalised words between dashes under the picture (a reposted essay's art credit);
# a marker of the text's parts ("- The End -", "— Part Two —") names no one.
_DASHED_ARTIST = re.compile(
    r"^[-—–－]{1,2}\s*(?!(?:The|Part|Chapter|End|Fin|Page|Vol|Section)\b)"
    r"[A-Z][a-z.'’]+(?:[ -](?:[a-z]{1,3} )?[A-Z][A-Za-z.'’]+){1,3}\s*[-—–－]{1,2}$"
)


def dashed_artist(text: str) -> bool:
    """A picture's artist named alone between dashes (see ``_DASHED_ARTIST``)."""
    return _DASHED_ARTIST.match(text) is not None


def labelled_picture_credit(text: str) -> bool:
    """A picture's credit told by its label ("图源：X", "图片来源：X", "摄影：X"), not by how
    it ends ("X 摄")."""
    return _PICTURE_CREDIT.match(text) is not None


def given_credit(text: str) -> bool:
    """ "X供图", "由X提供", "本文由X供稿": the line only says who gave the picture or the story."""
    return "由" in text and (
        _GIVEN_CREDIT.match(text) is not None or _STORY_GIVEN_CREDIT.match(text) is not None
    )


def caption_credit(text: str) -> bool:
    """A caption's credit, by how it ends ("…视频截图", "…供图", "X/摄")."""
    return _CAPTION_CREDIT.search(text) is not None


def photographer_credit(text: str) -> bool:
    """ "▲广州日报全媒体图片记者黎旭阳、李妍摄": the photographer's role glued to the names."""
    return (
        len(text) <= thresholds.BYLINE_MAX
        and text.endswith("摄")
        and _PHOTOGRAPHER_CREDIT.search(text) is not None
    )


def describes_picture(text: str) -> bool:
    """A caption labelled 图 that says what the picture shows ("图：新型电池结构示意图"),
    no one who made it: its value is a phrase longer than a name, naming no outlet, no
    role and no giver, unlike "图：张三", "图：视觉中国", "图：X报记者 Y 摄"."""
    return (
        (match := _PICTURE_PHRASE.match(text)) is not None
        and not OUTLET_SHAPE.search(value := match["value"])
        and not GIVER.search(value)
    )


def dated_picture_credit(text: str) -> bool:
    """A picture's credit with the day it was taken after it ("中央社记者X摄 113年3月5日",
    "记者 X 摄 2024年5月8日"), or a byline with the day it was filed ("本报记者 X 3月5日"):
    the credit before the day decides."""
    cut = max(text.rfind(" "), text.rfind("\u3000"))
    if cut < 2 or _DAY.fullmatch(text, cut + 1) is None:
        return False
    credit = text[:cut].rstrip()
    if not credit.endswith("摄"):
        # "本报记者 X 3月5日": a byline with the day it was filed
        return bool(BYLINE_WORDS.search(credit)) and BYLINE.match(credit) is not None
    if len(credit) <= thresholds.CAPTION_CREDIT_MAX and _CAPTION_CREDIT.search(credit):
        return True
    return _PHOTOGRAPHER_CREDIT.search(credit) is not None


# A stock library's credit line under a picture ("Photo by X on Unsplash", "Image by X from
# Pixabay"): the wording the libraries ask their users to print, the library's name last,
# maybe as its site's address and with a colon after "by" ("Photo by: X via wikimedia.org").
_STOCK_PHOTO = re.compile(
    r"^(?:Photo|Image|Picture|Photograph|Illustration)s?\s+by\s*:?\s+\S.{0,50}?\s+(?:on|from|via)\s+"
    r"(?:Unsplash|Pixabay|Pexels|Shutterstock|iStock(?:photo)?|Getty\s+Images|Flickr|"
    r"Wikimedia(?:\s+Commons)?|Adobe\s+Stock|Freepik|Canva)(?:\.com|\.org)?\.?$",
    re.IGNORECASE,
)


def stock_photo_credit(text: str) -> bool:
    """Whether ``text`` is a stock library's picture credit (``_STOCK_PHOTO``)."""
    return text[:1] in "PIpi" and _STOCK_PHOTO.match(text) is not None


# A lender's credit under a picture of an artwork ("Courtesy of the artist and X Gallery",
# "courtesy of Haus der Kunst, Munich", "photography and courtesy of X"): who lent the picture,
# in the English galleries print, alone on its line or after its Chinese credit ("图片提供：
# 艺术家及X Courtesy of the artist and X"). Latin letters only after the word, no sentence.
_COURTESY = re.compile(
    r"^(?:(?:[Pp]hoto(?:graph)?s?|[Pp]hotography|[Ii]mages?|[Pp]ictures?)(?:\s+and)?\s+)?"
    r"[Cc]ourtesy\s+(?:of\s+)?(?:[A-Z]|the\s)[A-Za-z0-9 ,.&'’/()-]{1,70}$"
)
_COURTESY_WORD = re.compile(r" (?=[Cc]ourtesy )")


def courtesy_credit(text: str) -> bool:
    """Whether ``text`` is a lender's picture credit (``_COURTESY``), maybe after the Chinese
    credit it translates."""
    if "ourtesy" not in text:  # the one test most lines take
        return False
    if _COURTESY.match(text) is not None and not text.endswith("."):
        return True
    parts = _COURTESY_WORD.split(text, maxsplit=1)
    return (
        len(parts) == 2
        and _COURTESY.match(parts[1]) is not None
        and _PICTURE_CREDIT.match(parts[0]) is not None
    )


# Who drew an illustration, the names before the verb and the work ("X绘制的插图", "X 绘制插
# 画", "X创作的漫画") or after 由 ("插图由X绘制"): an illustrator's credit, the names alone.
_DRAWN = re.compile(
    r"^(?:本文)?(?:(?P<work>插图|插圖|插画|插畫|漫画|漫畫|配图|配圖)由\s*)?"
    r"(?P<names>[^\s，,。！？]{2,24}?|[A-Za-z][A-Za-z .'-]{1,30}?)\s*"
    r"(?:绘制|繪製|手绘|手繪|创作|創作)(?:的?(?:插图|插圖|插画|插畫|漫画|漫畫|配图|配圖))?$"
)
_DRAWN_MAX = 36
_DRAWN_VERB = frozenset("绘繪创創")
_NAMES_SPLIT = re.compile(r"[、 \u3000]+")


def drawn_credit(text: str) -> bool:
    """Whether ``text`` is an illustrator's credit (``_DRAWN``): every name a name, and the
    work named before (插图由X绘制) or after (X绘制的插图)."""
    if len(text) > _DRAWN_MAX or not _DRAWN_VERB.intersection(text):
        return False  # the tests most lines take
    match = _DRAWN.match(text)
    if match is None or (match["work"] is None and text[-1] not in "图圖画畫"):
        return False
    return all(is_name(name) for name in _NAMES_SPLIT.split(match["names"].strip()) if name)
