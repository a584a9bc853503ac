"""A byline set as an ornament and a name alone over the story: "◎ 萨仁图雅", "■ 陈立".

A commentary or a feature page may print its writer on a line of its own at the head of the
story, a mark before the name and no role. The mark is what says it is a byline: a heading
with the same mark ("◎ 新闻背景") names a part, not a person, and sits inside the story, not
over its first paragraph. A name no listed surname opens (a four- or five-character
Tibetan, Mongolian or Uyghur name) passes here by its place; a two- or three-character one
must open with a surname, and a part's name is told by the noun it ends in (背景, 导读,
链接, 观察, 声音 …).

A translated story may set its foreign writer the same way with no mark at all: a
transliterated name alone ("乔恩·邓巴") between the lead picture's caption (or the heading)
and the first paragraph. The "·" between its parts and the letters of the transliteration
tables (all but one at most) are the mark there: a column's "深度·观察" or a place's
"北京·朝阳" is not written with them.

A government office's or a school's page may set its writer the same way, the unit the
writer works for glued before the name ("庆阳市安监局马春健", "河畔县教育局　李明"): a unit's
name ends in what units are called (局, 厅, 委, 办, 中心, 医院, 学校 …), and what follows it is
one person's name, nothing else. A heading over the first paragraph ("市卫生局部署") ends in
a verb or a noun, which no surname opens.
"""

from __future__ import annotations

import re

from snapcrawl.extract.caption_credits import under_picture
from snapcrawl.extract.credit_person import is_name, may_be_name
from snapcrawl.extract.credit_roles import is_role
from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind
from snapcrawl.extract.prose_shapes import is_story_paragraph
from snapcrawl.extract.vocab import BYLINE_MARKS, OUTLET_SHAPE, TRANSLITERATION_CHARS

_LINE_MAX = 18  # the mark, a space and a five-character or "·" name
# The last character of a part's name under a mark (新闻背景, 延伸阅读, 相关链接, 记者观察,
# 各方声音, 数据, 回顾, 前言, 编者按, 短评, 点评, 小贴士, 提示 …).
_FOREIGN_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8}){1,3}")
_PART_END = re.compile("[景读讀接示察音据據顾顧言按评評说說论論点點语語题題述士问問答记記录錄]$")
_UNIT_LINE_MAX = 22
_UNIT_NAME = re.compile(
    r"^[\u4e00-\u9fff]{2,14}?(?:局|厅|廳|委|办|辦|院|所|站|中心|公司|协会|協會|学会|學會|学校|學校"
    r"|小学|中学|大学|學|学院|醫院|医院|馆|館)[ \u3000]*(?P<name>[\u4e00-\u9fff]{2,3})$"
)


def unit_byline(text: str) -> str | None:
    """The name of a line that is a unit and one person's name glued after it, else ``None``."""
    if len(text) > _UNIT_LINE_MAX or (match := _UNIT_NAME.match(text)) is None:
        return None
    name = match["name"]
    return name if is_name(name) and not is_role(name) else None


def ornament_byline(text: str) -> str | None:
    """The name of a line that is a mark and a name only, else ``None``."""
    if text[:1] not in BYLINE_MARKS or len(text) > _LINE_MAX:
        return None
    name = text.lstrip(BYLINE_MARKS + " \u3000")
    if not name or not (is_name(name) or (len(name) >= 4 and may_be_name(name))):
        return None
    if is_role(name) or _PART_END.search(name) or OUTLET_SHAPE.search(name):
        return None
    return name


def cut_ornament_byline(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark as a credit the line right over the story's first paragraph of prose when it is
    a marked name (the heading and the meta line may stand above it)."""
    last = None
    for pos, (kind, _) in enumerate(kinds):
        if kind is Kind.BAD:
            continue
        line = lines[pos]
        if is_story_paragraph(line):
            break  # the first paragraph of prose
        last = pos
    else:
        return
    if last is None:
        return
    line = lines[last]
    if line.link_chars or line.heading:
        return
    if (
        (line.text[:1] in BYLINE_MARKS and ornament_byline(line.text) is not None)
        or (last and foreign_byline(line, lines[last - 1]) is not None)
        or unit_byline(line.text) is not None
    ):
        kinds[last] = (Kind.BAD, "credit")


def foreign_byline(line: Line, before: Line | None) -> str | None:
    """The name of a line that is a transliterated name alone under the heading or under
    the lead picture (``before``: the line over it), else ``None``."""
    if before is None or not (before.heading or under_picture(before)):
        return None
    return foreign_name(line.text)


def foreign_name(text: str) -> str | None:
    """``text`` when it is a transliterated foreign name alone ("乔恩·邓巴"), else ``None``."""
    if "·" not in text or len(text) > _LINE_MAX:
        return None
    if not _FOREIGN_NAME.fullmatch(text) or not is_name(text) or OUTLET_SHAPE.search(text):
        return None
    letters = text.replace("·", "")
    if sum(char in TRANSLITERATION_CHARS for char in letters) < len(letters) - 1:
        return None  # a column's "深度·观察", a place's "北京·朝阳": no foreign name's letters
    return text
