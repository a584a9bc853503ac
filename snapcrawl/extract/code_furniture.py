"""A code block's furniture in a blog post: its line-number gutter and its copy button.

Tech blogs render a listing with the numbers of its lines beside it (a ``ul`` of "1", "2",
"3"… after the ``code``, or a gutter cell of a highlighter's table) and a "复制" / "复制代码"
button inside the ``pre``. The reader sees neither as the post's text: the numbers
are a ruler and the button is a control. A gutter is told by its shape (three or more lines,
each a bare number, counting up from 1 by one), not by its class names; a button by its
place (the last words of the last line inside a ``pre``) and the copy vocabulary.
"""

from __future__ import annotations

import re

from snapcrawl.extract.dom import Line

_MIN_GUTTER = 3  # "1", "2" alone may be a list's own numbers; a ruler runs on
# The copy control's words, glued to the end of the listing's last line.
_COPY_TAIL = re.compile(r"(?:复制代码|複製代碼|(?<![\u4e00-\u9fff])(?:复制|複製))$")


# The listing's language, the toolbar's label before its copy button.
_LANGUAGE_TAG = re.compile(r"代码语言\s*[:：]\s*[\w+#.-]+$")


def gutter_lines(lines: list[Line]) -> set[int]:
    """Indexes (in ``lines``) of the runs of bare line numbers 1, 2, 3… counting by one."""
    out: set[int] = set()
    i, n = 0, len(lines)
    while i < n:
        if lines[i].text != "1":
            i += 1
            continue
        j = i + 1
        while j < n and lines[j].text == str(j - i + 1):
            j += 1
        if j - i >= _MIN_GUTTER:
            out.update(range(i, j))
        i = j
    return out


def _in_code(line: Line) -> bool:
    return any(el.tag == "pre" for el in line.ancestors)


def without_copy_button(line: Line, text: str, next_line: Line | None) -> str:
    """``text`` without a copy button's words glued to the end of a listing's last line
    ("}复制代码"), empty for the button alone on its line in the block; other lines as
    they are."""
    if text[-1:] not in "码制碼製" or not _in_code(line):
        return text
    if next_line is not None and _in_code(next_line) and next_line.owner is line.owner:
        return text  # not the listing's last line
    cut = _COPY_TAIL.search(text)
    if cut is None:
        return text
    if cut.start() == 0:
        return ""  # the button on a line of its own inside the block
    text = text[: cut.start()].rstrip()
    if (lang := _LANGUAGE_TAG.search(text)) and lang.start() > 0:
        text = text[: lang.start()].rstrip()  # "代码语言：bash" before the button
    return text


_COPY_ALONE = re.compile(r"^(?:复制代码|複製代碼|复制|複製|一键复制|Copy|copy|Copy code)$")


def lone_copy_button(text: str, before: Line, before_in_gutter: bool) -> bool:
    """The button alone on its line right after a listing (the parser moves it out of the
    ``pre`` when the gutter's list stands between): ``before``, the line above, is the
    listing's or (``before_in_gutter``) its gutter's. The words first: most lines are not."""
    if len(text) > 9 or _COPY_ALONE.match(text) is None:
        return False
    return before_in_gutter or _in_code(before)
