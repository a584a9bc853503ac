"""A box of facts in the story ("导演：X" | "编剧：Y" | "主演：A、B"; "最佳影片：《X》" |
"最佳摄影：Y"): its rows stay, though some of them read as credits.

A film review's or a book review's fact box and a prize list name people under roles that
credits use too (导演, 编剧, 摄影), so each such row alone reads as the page crediting its
crew. A credit block closing the story holds credits only; a box of facts holds rows no
credit has (主演, 片长, 最佳影片), and it stands before the story's end: there its credit-like
rows are the story's, as its other rows are. A book review's box ("书名：《X》" | "作者：Y" |
"出版社：Z") names the book's author: its 作者 row is neither the page's meta line nor its
byline (``fact_box``).

A list of works sets each work as one record ("X" | "作者：Y" | "版本：Z", a longlist's books):
its 作者 row recurs at the record's period, beside another label's row each time, as no
credit block's does (``keep_record_rows``).

A review may set its work's makers on one line inside the story ("导演：X　编剧：Y　摄影：Z"):
a role only a work's making has (编剧, 主演, 原著, 作曲) with prose on both sides marks that
line as the story's, though each of its pairs reads as a credit alone.
"""

from __future__ import annotations

import re

from snapcrawl.extract.chrome_vocab import COUNT_FIELD
from snapcrawl.extract.credit_lines import is_credit
from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind
from snapcrawl.extract.meta_labels import is_meta_line

# A label of two to ten characters: a prize's name is long ("年度优秀摄影记者：X").
_ROW = re.compile(r"^[\u4e00-\u9fff]{2,10}\s*[:：]\s*\S")
_ROW_MAX = 40  # a row is a label and a short value
MIN_ROWS = 3  # a box has rows; two lines may be a credit and a stray label
INNER_ROWS = 2  # but two rows with prose on both sides are the story's ("导演：X" | "主演：Y")
_CREDIT_REASONS = ("credit", "picture_credit")
# The makers of a work a story reviews, not of a news piece: its script, cast, source book
# and score (a news video's crew has 编导, 摄像, 剪辑, never these).
_WORK_ROLE = re.compile(r"(?:编剧|編劇|主演|领衔|領銜|原著|作曲|作词|作詞)\s*[:：]")
COUNT_ROW = re.compile(rf"^{COUNT_FIELD}$")  # "字数：860": it tells no box apart
_WORK_PAIRS = 2  # the work's role and one more maker: a row, not a sentence's label


def _row(line: Line) -> bool:
    """A label and its short value, with no link ("分享到：微信 微博" is a bar of buttons),
    and no statement ("版权声明：未经许可，不得转载。" under a credit block: a sentence)."""
    text = line.text
    return (
        ("：" in text or ":" in text)
        and line.chars <= _ROW_MAX
        and not line.link_chars
        and _ROW.match(text) is not None
        and not (text.endswith("。") and "，" in text)
    )


def _work_row(text: str) -> bool:
    """A line of a work's makers: a role only a work has, among other label-value pairs."""
    return (text.count("：") + text.count(":") >= _WORK_PAIRS) and _WORK_ROLE.search(
        text
    ) is not None


# "图片来源：视频截图" under a picture between paragraphs: where the picture comes from is no
# fact of a work a box sets out (a film's 摄影 is its cinematographer, a box's row).
_PICTURE_SOURCE = re.compile(
    r"^(?:图源|圖源|图片[来來][源自]|圖片[来來][源自]|图像[来來][源自]|照片[来來][源自]|"
    r"配图[来來][源自]|封面[来來][源自])"
)


def _picture_source(text: str) -> bool:
    return _PICTURE_SOURCE.match(text) is not None


def _prose_before(kinds: list[tuple[Kind, str]], start: int) -> bool:
    return any(kind is Kind.GOOD for kind, _ in kinds[:start])


def keep_fact_rows(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Give the credit-like rows of a box of facts before the story's last prose the kind of
    the box's other rows (see the module's note)."""
    credited = [i for i, (_, reason) in enumerate(kinds) if reason in _CREDIT_REASONS]
    if not credited:
        return
    last = len(kinds) - 1
    while last >= 0 and kinds[last][0] is not Kind.GOOD:
        last -= 1
    done = -1
    for pos in credited:
        if pos <= done or pos >= last or not _row(lines[pos]) or _picture_source(lines[pos].text):
            continue
        start, end = pos, pos
        while start > 0 and _row(lines[start - 1]):
            start -= 1
        while end + 1 < len(lines) and _row(lines[end + 1]):
            end += 1
        done = end
        rows = end - start + 1
        if rows == 1 and _work_row(lines[pos].text) and _prose_before(kinds, pos):
            kinds[pos] = (Kind.GOOD, "")  # before the story's last prose (pos < last)
            continue
        if rows < MIN_ROWS and not (rows == INNER_ROWS and _prose_before(kinds, start)):
            continue
        others = [kinds[i] for i in range(start, end + 1) if kinds[i][0] is not Kind.BAD]
        if not others:
            continue
        for i in range(start, end + 1):
            if kinds[i][1] in _CREDIT_REASONS:
                kinds[i] = others[0]


def _box_row(line: Line) -> bool:
    """A row of a box of facts: never the headline over a meta line's rows, though a
    headline with a colon reads as a label and its value ("X：与母亲争吵半生…" over
    "作者：Y" | "编辑：Z" | "时间：…")."""
    return not line.heading and _row(line)


def fact_box(lines: list[Line]) -> set[int]:
    """The ``id`` of every line in a box of facts among ``lines`` that has a 作者 row: a run
    of MIN_ROWS rows or more ("label：value") with a row that is neither a credit nor a meta
    line's label (书名, 出版社) and a row that reads as either (作者, 出版时间)."""
    box: set[int] = set()
    pos = 0
    while pos < len(lines):
        if not _box_row(lines[pos]):
            pos += 1
            continue
        end = pos
        while end + 1 < len(lines) and _box_row(lines[end + 1]):
            end += 1
        run = lines[pos : end + 1]
        pos = end + 1
        if len(run) < MIN_ROWS or not any("作者" in line.text for line in run):
            continue  # a box matters to the readers by its 作者 row only
        counted = [line for line in run if not COUNT_ROW.match(line.text)]
        labeled = [is_credit(line.text) or is_meta_line(line.text) for line in counted]
        if any(labeled) and not all(labeled):
            box.update(id(line) for line in run)
    return box


_LABEL = re.compile(r"^([\u4e00-\u9fff]{2,4})\s*[:：]")
RECORDS = 3  # three records of one shape are a list, not a credit and a stray row
_PERIOD_MAX = 4  # a record's lines: its title, two or three fields


def _label(line: Line) -> str | None:
    text = line.text
    if "：" not in text[:6] and ":" not in text[:6]:
        return None
    match = _LABEL.match(text)
    return match.group(1) if match else None


def keep_record_rows(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Make SHORT the credit rows that recur, one a record, in a list of records: the row
    after each is a row of one other label, itself no credit ("作者：Y" | "版本：Z" |
    "Title" | "作者：…"). A credit block lists each role once."""
    credited = [i for i, (_, reason) in enumerate(kinds) if reason == "credit"]
    if len(credited) < RECORDS:
        return
    for i in _records(lines, credited):
        if kinds[i + 1][1] != "credit":
            kinds[i] = (Kind.SHORT, "")


def record_rows(lines: list[Line]) -> set[int]:
    """The ``id`` of each recurring row of a list of records among ``lines`` (see
    ``keep_record_rows``): a listed book's 作者 is not the story's author."""
    rows = [i for i, line in enumerate(lines) if "作者" in line.text[:4]]
    if len(rows) < RECORDS:
        return set()
    return {id(lines[i]) for i in _records(lines, rows)}


def _records(lines: list[Line], candidates: list[int]) -> list[int]:
    """The candidates that recur at one period under one label, a run of RECORDS or more."""
    found: list[int] = []
    labels = {i: _label(lines[i]) if _row(lines[i]) else None for i in candidates}
    run: list[int] = []
    for pos in candidates:
        if labels[pos] is None:
            continue
        if run and (
            labels[pos] != labels[run[0]]
            or not 1 < pos - run[-1] <= _PERIOD_MAX
            or (len(run) > 1 and pos - run[-1] != run[1] - run[0])
        ):
            found += _of_records(lines, run)
            run = []
        run.append(pos)
    return found + _of_records(lines, run)


def _of_records(lines: list[Line], run: list[int]) -> list[int]:
    """The run when the line after most of its rows (all but a third: a colon the editor
    left out) is a row of one other label."""
    if len(run) < RECORDS or run[-1] + 1 >= len(lines):
        return []
    sides = [label for i in run if _row(lines[i + 1]) and (label := _label(lines[i + 1]))]
    if not sides:
        return []
    side = max(sorted(set(sides)), key=sides.count)  # sorted: the same answer every run
    count = sides.count(side)
    if side == _label(lines[run[0]]) or count < RECORDS or 3 * count < 2 * len(run):
        return []
    return run
