"""Who edited the story: the editor of record (责任编辑, 责编, 值班编辑), else a plain 编辑,
else who chose it for the page (选稿), else a desk's editor (文字编辑, 新媒体编辑), else who
checked the copy (核稿), never the pictures' (美术编辑, 视频编辑) nor the chief's.

An editor's label may stand alone over the name ("<dt>编辑</dt><dd>X</dd>", "责任编辑" | "X"),
or the credit may say so only by its form (credit_form_reading).
"""

from __future__ import annotations

import re

from snapcrawl.extract.cited_works import cites_work
from snapcrawl.extract.credit_form_reading import EDGE_LINES, read_by_form
from snapcrawl.extract.credit_names import clean_name
from snapcrawl.extract.dom import Line
from snapcrawl.extract.simplified import read_simplified
from snapcrawl.extract.thresholds import CREDIT_ALONE_MAX, CREDIT_READ_MAX
from snapcrawl.extract.vocab import REPORT_WORDS

_SEP = r"\s*(?:[:：|｜丨︱│┃/／]|\s)\s*"
EDITOR_CREDITS = (
    # "责任编辑人：X": the label with the person named, as some portals' templates print it
    re.compile(r"(?:责任编辑人?|责编|值班编辑|本文编辑)" + _SEP + r"(?P<value>[^\n]+)"),
    # (a Taiwanese wire's "（編輯：X）" as written)
    re.compile(r"(?<![\u4e00-\u9fff])[编編][辑輯]" + _SEP + r"(?P<value>[^\n]+)"),
    # the editor who chose the story for the page (选稿：X), where no other is named
    re.compile(r"(?<![\u4e00-\u9fff])选稿" + _SEP + r"(?P<value>[^\n]+)"),
    # a desk's editor (文字编辑：X, 新媒体编辑｜X, 核稿編輯／X), where no editor of record
    # nor a plain 编辑 is named; not the pictures' (美术, 视觉, 图片, 视频编辑) nor the chief's
    re.compile(
        r"(?<![\u4e00-\u9fff])(?!美术|视觉|图片|视频|总)[\u4e00-\u9fff]{2,3}编辑\s*[:：|｜丨/／]\s*"
        r"(?P<value>[^\n]+)"
    ),
    # who checked the copy (a wire's "（譯者：X/核稿：Y）"), where no other editor is named
    re.compile(r"(?<![\u4e00-\u9fff])核稿" + _SEP + r"(?P<value>[^\n]+)"),
    # the one-character label opening its own line, as a self-media piece signs off its
    # writer and editor ("文 / X" over "编 / Y", "编｜Y"): wherever the story's head puts it
    re.compile(r"^[\s【\[]*[编編]\s*[】\]]?\s*[:：|｜丨/／]\s*(?P<value>[^\n]+)"),
)
# The word each editor pattern cannot match without: one substring test a line first.
_EDITOR_WORDS = tuple(
    zip(
        (("编",), ("编", "編"), ("选稿",), ("编辑",), ("核稿",), ("编",)),
        EDITOR_CREDITS,
        strict=True,
    )
)


def extract_editor(lines: list[Line], *, by_form: bool = True) -> str | None:
    """责任编辑/责编 anywhere on the page, else a plain 编辑 credit, else (``by_form``: the
    story's lines, not a whole page's) the name under an editor's label standing alone or
    an editor a credit told by its form names."""
    # The lines short enough and holding one of the words, found once for all patterns.
    near = [
        line
        for line in lines
        if line.chars <= CREDIT_READ_MAX
        and ("编" in (text := line.text) or "編" in text or "选稿" in text or "核稿" in text)
    ]
    for words, pattern in _EDITOR_WORDS:
        for line in near:
            if not any(word in line.text for word in words):
                continue
            if line.text.rstrip(" \u3000）)").endswith(REPORT_WORDS):
                continue  # "編輯 X 報導": a web desk's byline, X reported the story
            for match in pattern.finditer(line.text):
                if name := clean_name(match["value"], allow_staff=True):
                    if cites_work(line.text):  # "《潮退》　作者：X　编辑：Y": the work's editor
                        break
                    return name
    if not by_form:
        return None
    return _editor_below_label(lines) or read_by_form(lines, "editor", allow_staff=True)


# "责任编辑" on a line (a table's cell) of its own, the name on the next: the editor of
# record's label alone, bracketed or with its colon; a plain 编辑 alone is a button, with
# its colon ("编辑：") or in brackets a label; compiled on first use (re's cache).
_EDITOR_LABEL_ALONE = (
    r"^[\s【\[〖（(]*(?:(?:责任编辑|责编|值班编辑)[\s】\]〗）):：]*"
    r"|编辑\s*[】\]〗）)]?\s*[:：]\s*|(?<=[【\[〖])编辑[】\]〗]\s*"
    # English: "Editor" alone is a label too (a button says "Edit")
    r"|(?:(?:Chief|Senior|Executive|Managing|Copy)\s+)?Editors?\s*[:：]?\s*)$"
)
_LABEL_ALONE_MAX = 8
# A label whose bracket closes right after its colon ("(责任编辑：)", "【编辑：】"): a credit the
# page left blank, not a label over the next line (a close button's "关闭" may stand there).
_BLANK_BRACKETED = re.compile(r"[:：]\s*[】\]〗）)]\s*$")
_EN_LABEL_ALONE_MAX = 18  # "Managing Editor:"


# The elements a page marks a label with: a definition list's term, a table's header cell.
_LABEL_TAGS = frozenset({"dt", "th"})


def _label_cell(line: Line) -> bool:
    """Whether the line is a label by its markup ("<dt>编辑</dt><dd>X</dd>"): a plain 编辑
    alone there is no button."""
    owner = line.owner
    return owner is not None and owner.tag in _LABEL_TAGS


def _editor_below_label(lines: list[Line]) -> str | None:
    """The name on the line right after an editor's label standing alone, when that line is
    only a name. A credit stands at the story's edges: only their lines are asked."""
    if len(lines) > 2 * EDGE_LINES:
        lines = [*lines[:EDGE_LINES], *lines[-EDGE_LINES:]]
    for pos, line in enumerate(lines[:-1]):
        text = line.text
        if "dit" in text:  # "Editor", "Copy Editor:"
            if line.chars > _EN_LABEL_ALONE_MAX:
                continue
        elif line.chars > _LABEL_ALONE_MAX or ("编" not in text and "編" not in text):
            continue
        plain = read_simplified(text)
        if not re.match(_EDITOR_LABEL_ALONE, plain) and not (
            _label_cell(line) and plain.strip(" \u3000") == "编辑"
        ):
            continue
        if _BLANK_BRACKETED.search(plain):
            continue
        value = lines[pos + 1].text.strip(" \u3000")
        if len(value) <= CREDIT_ALONE_MAX and (name := clean_name(value)) and name == value:
            return name
    return None
