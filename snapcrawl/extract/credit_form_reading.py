"""The writer and the editor a credit line told by its form names, for the readers.

``credits.author_from_lines`` and ``editor_credits.extract_editor`` read labelled credits;
a line only ``credit_shape`` knows for a credit ("特约撰稿 | X", "◎ 南都记者 X 实习生 Y", "Text: X |
Editor: Y", "本期编辑 X") is read here, as their last resort: the segment whose label is a
writer's (撰稿, 撰文, 作者, 采写, 执笔, 文, 记者, 编译, Text, Writer …) or the page's
editor's (编辑, 责编, 责任编辑, 本期编辑, Editor, edit).
"""

from __future__ import annotations

import re

from snapcrawl.extract.credit_names import clean_name
from snapcrawl.extract.credit_pairs import paired_names
from snapcrawl.extract.credit_shape import FORM_MAX, read_segments
from snapcrawl.extract.dom import Line

EDGE_LINES = 8  # the lines at each end of the story where the readers look for a form's credit
# The labels whose names the author and editor readers take (credits.py and
# editor_credits.py), once the page's outlet or issue before them is set aside (本期编辑,
# 南都记者, 特约撰稿).
_WRITER_LABEL = re.compile(
    r"(?:撰稿人?|撰文|作者|采写|採寫|执笔人?|執筆人?|文字?|[记記]者|[报報][道導导])$|^撰$"
    # who wrote the story from foreign reports, where no writer's label names another
    r"|^(?:编译|編譯)$"
    r"|^(?:text|words|writers?|authors?|reporters?|reporting)$",
    re.IGNORECASE,
)
# Every writer's label holds one of the first, every editor's one of the second: the
# readers' one scan of a line before its parse.
_WRITER_CJK = re.compile("[撰作采採执執文记記报報译譯]")
_WRITER_LATIN = re.compile("[Tt]ext|[Ww]ords|[Ww]rit|[Aa]uthor|[Rr]eport")
_LATIN_LETTER = re.compile("[A-Za-z]")


def _may_name(text: str, role: str) -> bool:
    """One class scan (~0.15 us) for the label's characters, the Latin ones only in a line
    with Latin letters: most lines fail it before the parse."""
    if role != "author":  # 编, 編 or "dit": three substring scans (~0.1 us)
        return "编" in text or "編" in text or "dit" in text
    if _WRITER_CJK.search(text):
        return True
    return _LATIN_LETTER.search(text) is not None and _WRITER_LATIN.search(text) is not None


_EDITOR_LABEL = re.compile(
    r"^(?:本期|本版|本文|本刊)?(?:执行|執行)?(?:责任编辑|責任編輯|责编|責編|编辑|編輯|值班编辑)$"
    r"|^[编編]$"  # "文：X / 图：Y / 编：Z": the editor's one character in a row of roles
    # "edit · X": a row's short Latin label for the editor's
    r"|^(?:editors?|edited by|editing|edit)$",
    re.IGNORECASE,
)


def form_names(text: str, role: str) -> str | None:
    """The names a credit line told by its form gives the writer (``role`` "author") or
    the editor ("editor"), joined by a space; ``None`` when it credits neither."""
    if not _may_name(text, role):
        return None
    segments = read_segments(text)
    if segments is None:
        return None
    label_test = _WRITER_LABEL if role == "author" else _EDITOR_LABEL
    for label, names in segments:
        if label_test.search(label.strip()):
            return " ".join(names)
    return None


def read_by_form(lines: list[Line], role: str, *, allow_staff: bool = False) -> str | None:
    """The first writer (``role`` "author") or editor ("editor") a credit line told by its
    form names, cleaned as every credit's name is (``credit_names.clean_name``)."""
    editor = role != "author"
    if len(lines) > 2 * EDGE_LINES:  # a credit stands at the story's edges, first or last
        lines = [*lines[:EDGE_LINES], *lines[-EDGE_LINES:]]
    for line in lines:
        if line.chars > FORM_MAX or line.is_link:
            continue  # a menu's link or a sentence
        text = line.text
        if editor and "编" not in text and "編" not in text and "dit" not in text:
            continue  # _may_name's editor test, inline: most lines fail it
        if not editor and not _may_name(text, role):
            continue
        if (names := form_names(line.text, role)) and (
            name := clean_name(names, allow_staff=allow_staff)
        ):
            return name
    # a role's label alone over the names alone (credit_pairs): a grid's cells
    if names := paired_names(lines, _EDITOR_LABEL if editor else _WRITER_LABEL):
        return clean_name(names, allow_staff=allow_staff)
    return None
