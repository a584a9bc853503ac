"""Cards in the story: a block of short fields beside one picture, and a row of the page's
own fields in a table.

A portal sets cards between a story's paragraphs: a doctor's (photo, name, title, 擅长：…,
出诊时间：…), a book's (cover, 书名, 作者, 出版社, 定价), a mini program's (icon, name, what it
does). What they share is their shape: one picture and three or more short lines beside it,
none of them a sentence, no prose in the block. A picture's caption is one line (and its
credit another, read as a credit); a gallery has a picture per caption.

A message board prints its own fields over the message in a table row ("留言人：X" | "留言
时间：…" | "浏览次数：326"): every cell a label and its value, one of them a date or a count.
A table of the story's data has headers and values in cells of their own.
"""

from __future__ import annotations

import re

from lxml import etree

from snapcrawl.extract.dates import find_dates
from snapcrawl.extract.dom import Line, run_under
from snapcrawl.extract.line_kinds import Kind
from snapcrawl.extract.vocab import TABLE_CELLS, TABLE_TAGS

_CARD_LINES = 3  # short lines beside the picture, at least
_CARD_MAX_LINES = 12
_CARD_LINE_MAX = 30  # each a field, not a sentence
_CARD_REACH = 3  # levels from a line up to its card
# A field ends on its value; a sentence or a verse line ends on its punctuation.
_SENTENCE_END = ("。", "！", "？", "!", "?", "…", "，", ",", "；", ";")
FIELD_LINE = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：︰]\s*\S")
# A Markdown heading typed into a blog's editor ("# 三、部署", "### 配置"): the post's own
# subhead left as text, which no card's field is (a topic tag "#话题#" has no space).
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s")
_COUNT = re.compile(r"\d")


def _one_picture(element: etree._Element) -> bool:
    pictures = element.iter("img")
    return next(pictures, None) is not None and next(pictures, None) is None


def _is_card(members: list[int], kinds: list[tuple[Kind, str]], lines: list[Line]) -> bool:
    if not _CARD_LINES <= len(members) <= _CARD_MAX_LINES:
        return False
    for k in members:
        text = lines[k].text
        if (
            kinds[k][0] is Kind.GOOD
            or len(text) > _CARD_LINE_MAX
            or text.rstrip("”」）)").endswith(_SENTENCE_END)
            or (text.startswith("#") and _MARKDOWN_HEADING.match(text))
        ):
            return False
    return True


def cut_cards(
    kinds: list[tuple[Kind, str]],
    lines: list[Line],
    container: etree._Element,
    unread: list[int],
) -> None:
    """Mark the short lines of each card below ``container`` BAD "ui". Looked for from the
    short lines among ``unread`` (the places of the lines that are not prose), a few
    levels up: the block's run of lines first (most blocks hold prose or too many lines),
    then its picture."""
    if next(container.iter("img"), None) is None:
        return  # no picture, no card
    seen: set[etree._Element] = set()
    short = Kind.SHORT
    for i in unread:
        line = lines[i]
        if kinds[i][0] is not short or line.chars > _CARD_LINE_MAX:
            continue  # every line of a card is a short field
        for anc in line.ancestors[:_CARD_REACH]:
            if anc is container or anc.tag in TABLE_TAGS or anc in seen:
                break
            seen.add(anc)
            places = run_under(lines, i, anc, _CARD_MAX_LINES)
            if places is None or any(kinds[k][0] is Kind.GOOD for k in places):
                break  # the story's block: no card higher up either
            members = [k for k in places if lines[k].chars]
            if _is_card(members, kinds, lines) and _one_picture(anc):
                for k in members:
                    if kinds[k][0] is Kind.SHORT:
                        kinds[k] = (Kind.BAD, "ui")
                break


def cut_field_rows(
    kinds: list[tuple[Kind, str]],
    lines: list[Line],
    container: etree._Element,
    unread: list[int],
) -> None:
    """Mark a table row of the page's own fields (every cell "label：value", one a date or
    a count) BAD "ui"; only rows holding a SHORT line (among ``unread``, the places of the
    lines that are not prose) that is such a field are read."""
    if next(container.iter("td"), None) is None:
        return  # no table, no row
    short = Kind.SHORT
    for i in unread:
        line = lines[i]
        if (
            kinds[i][0] is not short
            or line.owner.tag not in TABLE_CELLS
            or not FIELD_LINE.match(line.text)
        ):
            continue
        row = line.owner.getparent()
        if row is None or row.tag != "tr" or len(row) < 2:
            continue
        cells = ["".join(cell.itertext()).strip() for cell in row]
        if all(FIELD_LINE.match(c) for c in cells) and any(
            find_dates(c) or _COUNT.search(c) for c in cells
        ):
            kinds[i] = (Kind.BAD, "ui")
