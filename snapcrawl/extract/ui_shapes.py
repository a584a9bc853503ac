"""Toolbar, player and post-stamp lines told by their shape, not by their words.

Word lists of UI phrases catch the wordings they were written from and miss the next site's
(RESULTS.md, session 21: each fresh set of made-up chrome lines was ~40 % left). What such
lines share is a shape no sentence of a story has:

- a *token bar*: a row of short tokens (buttons, labels, counts) split by spaces or bars,
  no clause punctuation, most tokens one or two characters or a count ("微信 微博 QQ",
  "投币 分享 收藏", "粉丝 3.2万 关注 128", "首页 上一页 下一页 尾页");
- a *post stamp*: when and where a post was made and nothing else, a date with a clock time
  or a relative time ("2024-10-01 08:00 · 示例日报", "10月1日 08:00 湖北", "2天前 · 来自湖北");
- a *player clock* anywhere in a short line ("当前播放 0:00 / 3:21"), or a bare running
  time to the hour ("01:23:45").

A story's short lines are unlike these: a heading of four-character phrases ("金秋十月
硕果满枝"), a quote or a list item ends in or holds clause punctuation, and a time in the
story comes with words ("当天下午3点，…"). Cells of a table are left alone: a row of short
cells is the table's data.
"""

from __future__ import annotations

import re

from lxml import etree

from snapcrawl.extract.chrome_vocab import CLOCK, PLAYER_POSITION
from snapcrawl.extract.dates import find_dates
from snapcrawl.extract.dom import Line
from snapcrawl.extract.vocab import TABLE_CELLS

_MAX_BAR = 30  # a toolbar or a stamp is one short line
_MAX_STAMP = 40  # a stamp with the outlet and its reporter glued before it
_TOKEN_MAX = 2  # a button or a label is a word of one or two characters
_SPLIT = re.compile(r"[\s|｜丨︱│/]+")  # not "·": it joins a foreign name
_WORD = re.compile(r"^(?:[\u4e00-\u9fff]+|[A-Za-z]+)$")
# Clause punctuation, quotes and the label colon: a line with one is a sentence, a quote
# or a label line (credit_lines.py reads those), never a bar of buttons.
_CLAUSE = re.compile(r"[，。！？；、,!?;：“”\"「」《》（）()【】\[\]]")  # not ":" (clocks)
_COUNT = re.compile(r"^[+＋]?\d[\d,.]*(?:[万亿kKwW]\+?|\+|[xX×])?$")
_LABELLED_COUNT = re.compile(r"^[\u4e00-\u9fff]?\d+[\u4e00-\u9fff]?$")  # "第1页", "共3页", "赞56"
# A post's author handle opening a short line ("@山里人家 发布了一个视频"), or the handle
# alone with its badge glued on, an embedded post's head ("@山里人家V认证用户").
_HANDLE = re.compile(r"^[@＠][^\s@＠]{1,20}(?:\s|$)")
_CJK = re.compile(r"[\u4e00-\u9fff]")  # short English words are a phrase, not a bar
_CJK_ONLY = re.compile(r"^[\u4e00-\u9fff\s]+$")
_TABLE_TAGS = frozenset({"td", "th", "tr"})
_DATE = (
    r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}月\d{1,2}日|\d{1,2}-\d{1,2}"
    r"|昨天|今天|前天)"
)
_RELATIVE = r"(?:\d+\s*(?:秒|分钟|小时|天|周|个月|月|年)前|刚刚)"
# The stamp itself, then at most a short place or outlet ("· 示例日报", "来自湖北", "・IP 属地广东",
# a weekday), and at most one counter last ("阅 5.2W", "浏览 1.2万"). The poster's name, or
# the outlet's and its reporter's, may stand before it glued to a full date when the page
# draws them as adjacent spans ("示例2024-12-03 14:55发布于北京", "X日报·Y2024-12-10 16:02阅读
# 2.1万", "X晚报记者 王某2024-12-09 11:32浙江"); not after a word that makes the date a
# sentence's ("于2024年…").
_STAMP = re.compile(
    r"^(?:[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{0,9}\s+|发布于|发表于|更新于"
    r"|(?:[\u4e00-\u9fffA-Za-z·・]{1,12}\s+)?[\u4e00-\u9fffA-Za-z·・+＋]{2,12}"
    r"(?<![于在至到从自为是将的])(?=\d{4}[-/.年]))?"
    rf"\s*(?:{_DATE}\s*{CLOCK}|{_RELATIVE})"
    r"(?:\s*[·•・|｜丨]?\s*(?:IP\s*属地\s*)?[\u4e00-\u9fffA-Za-z]{0,8}){0,2}"
    r"(?:\s*[·•・|｜丨]?\s*[\u4e00-\u9fff]{0,3}\s*\d[\d,.]*\s*[万wWkK]?\+?)?$"
)
# The time it was last updated, in brackets after the stamp ("（12/11 16:45 更新）",
# "(更新于 16:45)"): the stamp's, as its outlet's name is.
_UPDATED = re.compile(
    r"\s*[（(]\s*(?:(?:最[后後])?更新(?:于|於|時間|时间)?\s*[:：]?\s*)?"
    r"(?:\d{1,4}[-/.年月]\d{1,2}(?:[-/.月]\d{1,2}日?)?\s*)?\d{1,2}:\d\d\s*(?:更新)?\s*[)）]$"
)
# A date alone, then the region it was posted from ("2024-03-02 IP属地 广东", "3月2日 来自四川").
_REGION_STAMP = re.compile(
    rf"^(?:发布于|发表于|编辑于)?\s*{_DATE}\s*[·•・|｜丨]?\s*(?:IP\s*属地|来自)\s*[\u4e00-\u9fff]{{2,6}}$"
)
_REGION_LABEL = re.compile(r"(IP\s*属地)\s*[:：]")
_CLOCK_PAIR = re.compile(PLAYER_POSITION)
_RUNNING_TIME = re.compile(r"^\d{1,2}:\d\d:\d\d$")
# A count standing alone with its unit ("4.5万", "1.2w", "3k"): a counter's figure. A bare
# number is not one: "01" alone numbers a section of the story.
_LONE_COUNT = re.compile(r"^\d[\d,.]*\s*[万亿wWkK]\+?$")
# A pager's position alone on its line ("第1/1页", "2 / 5 页"): which page of the story this
# is, the pager's links lost or never shown (a one-page story still prints "第1/1页").
_PAGE_OF = re.compile(r"^(?:第\s*)?\d+\s*[/／]\s*\d+\s*[页頁]$")
# A pager spelled out ("本文共分1页 当前是第 1 页 首页 尾页", "共3頁 第2頁 上一頁 下一頁"):
# how many pages, which one this is, and the pager's buttons, nothing else.
_PAGER_LINE = re.compile(
    r"^(?:本文共分?\s*\d+\s*[页頁]|全文共分?\s*\d+\s*[页頁]|共分?\s*\d+\s*[页頁]"
    r"|当前(?:是|为)?第\s*\d+\s*[页頁]|當前(?:是|為)?第\s*\d+\s*[页頁]|第\s*\d+\s*[页頁]"
    r"|首[页頁]|尾[页頁]|末[页頁]|上一?[页頁]|下一?[页頁]|\d{1,3}|[\s|｜\[\]【】<>«»])+$"
)
_DATA_ROW_CELLS = 3  # a record's row: a date beside two figures or more
_DIGIT = re.compile(r"\d")  # what re's \d is: str.isdecimal, full-width digits too
# A widget's strip of readings: a block whose text is all in three or more short inline
# cells side by side ("星城实况" "26℃" "湿度 93%" "东南风2级" "15天预报", a quote's "名称"
# "12.30" "+2.1%"), glued into one line. A sentence's emphasis has text between its cells.
_STRIP_OWNERS = frozenset({"div", "section", "header", "footer", "aside", "nav"})
_INLINE_CELLS = frozenset({"span", "a", "b", "em", "i", "strong", "label", "small", "font"})
_STRIP_CELLS = 3
_FIGURE = re.compile(r"\d[\d,.]*")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3})")
# A countdown's cells glued: days, hours and minutes ticking, nothing between them but the
# units; a story counts down in words ("离开幕还有10天").
_COUNTDOWN = re.compile(r"\d+\s*天\s*\d+\s*(?:时|小时)\s*\d+\s*分(?:\s*\d+\s*秒)?$")
_TILE_LABEL = 4  # a counter's label: a word ("关注者", "被浏览", "获赞")
_CELL_MAX = 8


def shape_kind(line: Line) -> str | None:
    """ "ui" when ``line`` has the shape of a toolbar, a player or a post stamp; else ``None``."""
    text = line.text
    if len(text) > _MAX_BAR and (len(text) > _MAX_STAMP or not _DIGIT.search(text)):
        return None
    # a counter's tile first: its count's thousands comma is no clause
    owner = line.owner
    if owner is None:
        cells = 0
    elif (cells := len(owner)) == 2 and owner.tag in _STRIP_OWNERS and is_count_tile(owner):
        return "ui"
    if "更新" in text and (updated := _UPDATED.search(text)) and updated.start():
        text = text[: updated.start()]
    if "天" in text and _COUNTDOWN.search(text):
        return "ui"  # a countdown's ticking cells ("距截止：06天17时42分"), its label's colon too
    # a count's thousands comma ("围观 5,628 次") is no clause
    plain = _THOUSANDS.sub("", text) if "," in text else text
    # "… IP属地：广东": the region's label may hold the stamp's only colon
    if _CLAUSE.search(plain) and (
        "属地" not in text or _CLAUSE.search(text := _REGION_LABEL.sub(r"\1 ", text))
    ):
        return None
    # A stamp, a player clock and a lone count each hold a digit (CLOCK and a relative
    # time's count are digits; a stamp's one wordy form is "刚刚"): one scan spares the
    # lines without (most of them) the four regexes.
    digit = _DIGIT.search(text) is not None
    if (digit or "刚刚" in text) and is_post_stamp(text) and not in_data_row(line):
        return "ui"
    if (
        digit
        and cells >= _STRIP_CELLS
        and owner.tag in _STRIP_OWNERS  # type: ignore[union-attr]  # cells: owner is set
        and is_cell_strip(owner)  # type: ignore[arg-type]
    ):
        return "ui"
    if len(text) > _MAX_BAR:
        return None  # longer than a bar: only a stamp with its outlet and reporter glued on
    if digit and (is_player_clock(text) or (_LONE_COUNT.match(text) and not beside_cells(line))):
        return "ui"  # a lone count, unless a table's figure beside its row's other cells
    if digit and text.endswith(("页", "頁")) and _PAGE_OF.match(text):
        return "ui"
    if digit and text.count("页") + text.count("頁") >= 3 and _PAGER_LINE.match(text):
        return "ui"
    if _HANDLE.match(text):
        return "ui"
    if line.owner.tag not in _TABLE_TAGS and is_token_bar(text):
        return "ui"
    return None


def is_count_tile(owner: etree._Element) -> bool:
    """A counter's tile: a short label's cell beside a count's cell and nothing else ("关注者"
    "1,208", "被浏览" "58万"), a question's or a profile's board. A story's figure stands in a
    sentence or in a table's row, never as a block of its own with its label glued on."""
    if owner.text and owner.text.strip():
        return False
    label, count = owner
    if label.tag not in _INLINE_CELLS or count.tag not in _INLINE_CELLS:
        return False
    if (label.tail and label.tail.strip()) or (count.tail and count.tail.strip()):
        return False
    name = "".join(label.itertext()).strip()
    figure = "".join(count.itertext()).strip()
    return (
        0 < len(name) <= _TILE_LABEL
        and _CJK_ONLY.match(name) is not None
        and _COUNT.match(figure) is not None
    )


def beside_cells(line: Line) -> bool:
    """A table cell beside other cells of plain text in its row: a data table's header or
    figure ("本周均价" | "上周均价", "8.5万"), not a list's title or a counter, which a table
    layout gives a row of their own or beside a link ("相关新闻" | "更多>>")."""
    cell = line.owner
    if cell is None or cell.tag not in TABLE_CELLS:
        return False
    row = cell.getparent()
    if row is None or row.tag != "tr":
        return False
    others = [c for c in row if c is not cell and c.tag in TABLE_CELLS]
    return bool(others) and all(
        "".join(c.itertext()).strip() and not c.xpath(".//a") for c in others
    )


def in_data_row(line: Line) -> bool:
    """A cell of a data table's row: three or more cells of plain text in its row, under
    another row of as many cells (a header's). A date there is a record's (an earthquake's
    time, a match's kick-off), not a post's stamp, which a list gives a row of its own or
    beside a title's link."""
    if not beside_cells(line):
        return False
    row = line.owner.getparent()
    width = sum(1 for c in row if c.tag in TABLE_CELLS)
    if width < _DATA_ROW_CELLS:
        return False
    for other in row.itersiblings(preceding=True):
        if other.tag == "tr":
            return sum(1 for c in other if c.tag in TABLE_CELLS) == width
    return False


def is_cell_strip(owner: etree._Element) -> bool:
    """Whether ``owner``'s text is all in three or more short inline cells, none of them a
    date (a meta line's spans: the date, the outlet, the author), nothing between them
    (an empty element, a progress bar's or an icon's, may stand among them)."""
    if len(owner) < _STRIP_CELLS or (owner.text and owner.text.strip()):
        return False
    cells = 0
    for cell in owner:
        if cell.tail and cell.tail.strip():
            return False
        words = "".join(cell.itertext()).strip()
        if not words:
            continue  # a progress bar's or an icon's empty element
        if (
            cell.tag not in _INLINE_CELLS
            or len(_FIGURE.sub("#", words)) > _CELL_MAX  # a figure counts as one character
            or find_dates(words)
        ):
            return False
        cells += 1
    return cells >= _STRIP_CELLS


# A pointer alone on its line: a chevron or an arrow that folds, unfolds or scrolls the page
# ("﹀", "▼", "↓", "︾"), no word beside it; a story's separator is a rule ("———", "***").
_POINTER = re.compile(
    r"[\s\u2191\u2193\u2303\u2304\u2227\u2228\u25b2-\u25b5\u25bc-\u25bf\u2b06\u2b07\ufe3d-\ufe40]+"
)
POINTER_MAX = 3


def is_pointer(text: str) -> bool:
    """Whether ``text`` (at most ``POINTER_MAX`` characters) is only a pointer's glyphs."""
    return _POINTER.fullmatch(text) is not None


def is_token_bar(text: str) -> bool:
    """A row of buttons or labels of one or two characters, or counts: three of them at
    least, two with a count ("点赞 128", "第1页 共3页") or two Chinese words ("登录 注册").
    A heading ("AI 写作"), a byline ("梦晨 发自 凹非寺") or a line of code ("# 角色") has
    a longer word or a bare symbol."""
    tokens = [t for t in _SPLIT.split(text) if t]
    if len(tokens) < 2:
        return False
    counts = labelled = 0
    for token in tokens:
        if _COUNT.match(token):
            counts += 1
        elif _LABELLED_COUNT.match(token):
            labelled += 1
        elif len(token) > _TOKEN_MAX or not _WORD.match(token):
            return False
    if counts == len(tokens) or _CJK.search(text) is None:
        return False
    return len(tokens) >= 3 or counts + labelled >= 1 or _CJK_ONLY.match(text) is not None


def is_post_stamp(text: str) -> bool:
    """When (and where) a post was made, and nothing else."""
    return _STAMP.match(text) is not None or _REGION_STAMP.match(text) is not None


def is_player_clock(text: str) -> bool:
    """A player's "position / length" anywhere in the line, or a running time to the hour."""
    return _CLOCK_PAIR.search(text) is not None or _RUNNING_TIME.match(text) is not None
