"""The page's credit lines as the author and editor readers read them: in the common form.

The body drops a credit in any form ``credit_forms`` knows ("責任編輯：X", "【作者】X",
"编辑·X", "Editor: Zhang Wei") or ``credit_runs`` tells by shape ("光明日报记者 张胜"),
but the readers in credits.py match the common simplified labels only. Here the dropped
credit lines, and a sign-off glued to the story's last paragraph once ``glued_credit`` made
it a line of its own, are handed to the readers in their reading form. A line already in
the common form is left as written (the readers join "本报实习生 X" to "本报记者 Y" on the
next line by that layout); so is every other line, the body and the noise audit.
"""

from __future__ import annotations

from dataclasses import replace

from snapcrawl.extract import thresholds
from snapcrawl.extract.body import Selection
from snapcrawl.extract.credit_columns import column_reading
from snapcrawl.extract.credit_forms import bilingual_label, reading_form
from snapcrawl.extract.credit_lines import is_credit, is_credit_as_written, unaffiliated_credit
from snapcrawl.extract.credit_rows import BAR_PART, bar_parts
from snapcrawl.extract.credit_runs import run_reading
from snapcrawl.extract.credit_shape import labels_first
from snapcrawl.extract.credits import author_from_lines
from snapcrawl.extract.dom import Line
from snapcrawl.extract.english_credits import english_credit
from snapcrawl.extract.glued_columns import glued_reading
from snapcrawl.extract.ornament_bylines import foreign_name, ornament_byline

_TAIL_LINES = 4  # the glued sign-off stands right after the story's last paragraph


def _parts_read(text: str) -> str | None:
    """A row of credits behind spaced bars, each in its own language or form ("Text by X
    | Photos by Y | 编辑 Z"), each part in its reading form (see ``_part_read``)."""
    parts = bar_parts(text, is_credit)
    if parts is None:
        return None
    # a part no reader reads ("Photos by Y": a Latin role before a Chinese name, which only
    # the credit test knows) is left out: its name would run on into the part before it
    read = [form for part in parts if (form := _part_read(part))]
    return "　".join(read) or None


def _part_read(part: str) -> str | None:
    if (form := reading_form(part)) is not None:
        return form
    return part if is_credit_as_written(part) else None


def credits_as_read(selection: Selection, lines: list[Line]) -> list[Line]:
    """``lines`` (numbered by position) with each credit line in its reading form;
    ``lines`` itself when every credit is already in the common form."""
    if not selection.kept:
        return lines
    last = selection.kept[-1].index
    candidates = [*selection.credits, *lines[last + 1 : last + 1 + _TAIL_LINES]]
    rewritten: dict[int, Line] = {}
    dropped = {id(line) for line in selection.credits}
    for line in candidates:
        if line.chars > 3 * thresholds.CREDIT_MAX:
            continue  # a credit in no form: no rewrite reads a longer line
        if line.index >= len(lines) or lines[line.index] is not line:
            continue
        # "撰稿/海港晚报记者X": the outlet and the post before the name, not part of it
        if (
            id(line) in dropped
            and (bare := unaffiliated_credit(line.text)) is not None
            and not author_from_lines([line], [])
        ):  # (a credit the author's reader reads as written keeps its outlet for the source's)
            rewritten[line.index] = replace(line, text=bare, chars=len(bare))
            continue
        # "记者 / 编辑" over "X / Y": each role over its name, as columns
        below = line.index + 1
        if below < len(lines) and (columns := column_reading(line.text, lines[below].text)):
            rewritten[line.index] = replace(line, text=columns, chars=len(columns))
            continue
        # "文字X" over "责编Y": a column of roles glued to names (glued_columns)
        if id(line) in dropped and (glued := glued_reading(line.text, surnamed=False)):
            rewritten[line.index] = replace(line, text=glued, chars=len(glued))
            continue
        # "X 报道 | Y 编辑": names before roles; "执行编辑 邰一诺": a name no surname opens
        flipped = labels_first(line.text) or labels_first(line.text, loose=True)
        if flipped is None and (name := ornament_byline(line.text) or foreign_name(line.text)):
            flipped = f"作者：{name}"  # "◎ X" or a "·" name alone over the story
        if flipped:
            rewritten[line.index] = replace(line, text=flipped, chars=len(flipped))
            continue
        # "Text by X | 编辑 Y": a row in two languages, read part by part
        if (
            line.text[:1].isascii()
            and BAR_PART.search(line.text)
            and (read := _parts_read(line.text))
        ):
            rewritten[line.index] = replace(line, text=read, chars=len(read))
            continue
        if (
            is_credit_as_written(line.text)
            and not bilingual_label(line.text)
            # an English row ("Reporter: X; Editor: Y") is a credit as written, by its parts,
            # but the readers know only its Chinese labels
            and not (line.text[:1].isascii() and english_credit(line.text))
        ):
            continue  # the readers know this form: a byline's own layout stays theirs
        text = reading_form(line.text)
        if text is None or not is_credit_as_written(text):  # "中央社記者X台北3日電"
            text = run_reading(line.text) or text
        if text is not None:
            rewritten[line.index] = replace(line, text=text, chars=len(text))
    if not rewritten:
        return lines
    return [rewritten.get(pos, line) for pos, line in enumerate(lines)]
