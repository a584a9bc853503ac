"""Credit rows: several credits on one line, each with its own label and separator
("作者：X 编辑：Y 来源：Z", "作者 | X 来源 | Y"), or set apart by semicolons or commas
("编辑：张三；审核：李四", "文 | 张三，编辑 | 李四").

A row is a credit because every part of it is one: the labels say what the line is, and
each value is short (a name, a desk or an outlet), so a sentence with a colon in it is not
a row. ``credit_lines.is_credit`` asks these after its one-credit tests; the parts of a
semicolon or comma row are judged by ``is_credit`` itself (passed in: it calls back here).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from snapcrawl.extract.chrome_vocab import BYLINE_WORD, CREDIT_LABEL, CREDIT_SOURCE, CREW_LABEL
from snapcrawl.extract.credit_shape import credit_in_run

OPEN = r"^[\s\[【(（<〔▲△●■◆□◎○◇★☆•*＊※]*"  # what a line may open with before its label
# One credit of a row of them: a role or a source label and its colon or bar
# ("作者：X 编辑：Y", "作者 | X 来源 | Y 编辑 | Z").
_ROW_SEP = r"(?:[:：︰]|\s*[|｜丨︱│┃](?=\s*[^\s|｜丨︱│┃]))"
_ROW_LABEL = re.compile(
    "(?:" + "|".join((CREDIT_LABEL, CREW_LABEL, BYLINE_WORD, CREDIT_SOURCE)) + r")\s*" + _ROW_SEP
)
_ROW_START = re.compile(OPEN + _ROW_LABEL.pattern)
_ROW_MARK = re.compile(r"[:：︰|｜丨︱│┃]")
_ROW_VALUE_MAX = 16  # a name, a desk or an outlet; a longer value is a sentence
_SEMICOLON = re.compile(r"[；;]")
# "文 | X ，编辑 | Y": credits set apart by commas, each with its colon or bar.
_COMMA = re.compile(r"[，,]")
# "Text by X | 编辑 Y": credits set apart by a bar with a space either side (a bar between a
# label and its value stands glued to either as often: "作者 | X" is split into no credits).
BAR_PART = re.compile(r"\s+[|｜丨︱│┃]\s+")


def credit_parts(text: str, is_credit: Callable[[str], bool]) -> bool:
    """ "编辑：张三；审核：李四", "文 | 张三，编辑 | 李四": credits set apart by semicolons,
    spaced bars (``bar_parts``) or by commas, each a credit alone (``is_credit``); after a
    comma each part has its own colon or bar ("记者：张三，李四" is one credit, its names
    listed)."""
    if ("；" in text or ";" in text) and _split_parts(text, _SEMICOLON, is_credit):
        return True
    if BAR_PART.search(text) and bar_parts(text, is_credit):
        return True
    return (
        ("，" in text or "," in text)
        # a row's last credit has its colon or bar after the last comma: asked before the split
        and _ROW_MARK.search(row := text.rstrip("，, "), max(row.rfind("，"), row.rfind(",")))
        is not None
        and _split_parts(text, _COMMA, is_credit, labelled=True)
    )


def bar_parts(text: str, is_credit: Callable[[str], bool]) -> list[str] | None:
    """The credits of a row set apart by spaced bars, each a credit alone (``is_credit``) in
    any language ("Text by X | Photos by Y | 编辑 Z"), or ``None``."""
    parts = [p.strip() for p in BAR_PART.split(text.strip()) if p.strip()]
    if len(parts) < 2 or not all(is_credit(p) for p in parts):
        return None
    return parts


def _split_parts(
    text: str, mark: re.Pattern[str], is_credit: Callable[[str], bool], *, labelled: bool = False
) -> bool:
    parts = [p.strip() for p in mark.split(text.strip("；;，, ")) if p.strip()]
    if len(parts) < 2 or (labelled and not all(_ROW_MARK.search(p) for p in parts)):
        return False
    # a part whose name no surname opens ("摄像/伊力哈木") is a credit beside one that is
    credited = [is_credit(p) for p in parts]
    return any(credited) and all(
        c or credit_in_run(p) for c, p in zip(credited, parts, strict=True)
    )


def credit_row(text: str) -> bool:
    """A row of two or more "label：value" credits and nothing else ("作者：X 编辑：Y
    来源：Z"), each value a short name: the labels say what the line is."""
    if len(_ROW_MARK.findall(text)) < 2:
        return False  # every credit of the row has its colon or its bar
    if not _ROW_START.match(text):
        return False  # the row opens with its first label
    labels = list(_ROW_LABEL.finditer(text))
    if len(labels) < 2 or labels[0].start() > 2:
        return False
    ends = [m.start() for m in labels[1:]] + [len(text)]
    values = [
        text[m.end() : end].strip(" \u3000()（）[]【】")
        for m, end in zip(labels, ends, strict=True)
    ]
    return all(0 < len(v) <= _ROW_VALUE_MAX for v in values)
