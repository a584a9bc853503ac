"""One page of a paged photo story: a sentence under the headline, over the page numbers.

A portal's "组图" story prints one photo and one sentence a page, and a pager of numbered
links under it ("1 2 3 4 5 6 7 下一页>>"). On a busy portal that one sentence is too short to
count as a story (judge: a list), yet the page is that story's first page: its headline is
the ``<h1>`` that opens ``<title>``, and the pager says the story goes on. A list's pager
follows a run of headline links, never a single sentence under the headline.

A gallery viewer ("组图" under a 2012 portal's ``<div>`` headline) counts its photos on the
headline itself instead: "男子…(组图) (1/12)", the gallery's date under it, the one photo's
caption below. The counter says the same as the pager (the story goes on), and the words
before it open ``<title>``; a list's or topic's heading carries no "1/N" count of its own.
"""

from __future__ import annotations

import re

from snapcrawl.extract.body import Selection
from snapcrawl.extract.dom import Line
from snapcrawl.extract.not_article import dated_line
from snapcrawl.extract.thresholds import DATED_META_LINE_MAX
from snapcrawl.extract.title_pieces import headline_piece
from snapcrawl.extract.vocab import SENTENCE_ENDINGS

MAX_LINES = 2  # the page's sentence or two, perhaps split in two lines
MIN_CHARS = 20  # a whole sentence, not a caption's label
MIN_TITLE = 6  # a headline, not a section's name
MIN_PAGES = 3  # page numbers in a row: "1 2 3"
_PAGE_NUMBER = re.compile(r"(?<![\d.])\d{1,3}(?![\d.])")
_COUNTER = re.compile(r"[(（]\s*1\s*/\s*(\d{1,3})\s*[)）]$")  # "(1/12)" ending a headline
REACH = 8  # lines between the counted headline and the caption: date, hints, viewer buttons
_DATE_LINE_MAX = 40  # the gallery's meta line: a date, a counter, a button
_LABEL_MAX = 8  # a caption's label over its sentence ("核心提示：")
_BRACKETS = str.maketrans("", "", "[]［］")
_PAGER_WORDS = re.compile(r"[<>«»＜＞]|上一?页|下一?页|首页|尾页|末页|前页|后页|next|prev", re.I)


def _pager(line: Line) -> bool:
    """A link line of page numbers in order ("1 2 3 … 下一页>>") and nothing else."""
    if not line.is_link or line.chars > 60:
        return False
    numbers = [int(n) for n in _PAGE_NUMBER.findall(line.text)]
    if len(numbers) < MIN_PAGES or numbers[:MIN_PAGES] != list(
        range(numbers[0], numbers[0] + MIN_PAGES)
    ):
        return False
    rest = _PAGER_WORDS.sub("", _PAGE_NUMBER.sub("", line.text))
    return not rest.translate(_BRACKETS).strip(" .…|/")  # "[1] [2] [3] 下一页 尾页" too


def paged_photo_story(title: str, lines: list[Line], selection: Selection) -> bool:
    """Whether a page judged a list is one page of a paged story (see the module)."""
    kept = selection.kept
    if not kept or not title:
        return False
    headline = title_h1(lines, title)
    if headline is not None and kept[0] is headline:  # the block opens on the story's head
        kept = _past_head(kept[1:])
    if not kept or len(kept) > MAX_LINES:
        return False
    last = kept[-1]
    counted = False
    if last.index + 1 >= len(lines) or not _pager(lines[last.index + 1]):
        counted = _counted_headline(title, lines, kept[0].index)
        if not counted:
            return False
    if any(line.is_link or line.teaser or line.stamp for line in kept):
        return False
    text = "".join(line.text for line in kept)
    if len(text) < MIN_CHARS or not text.endswith(SENTENCE_ENDINGS) or "，" not in text:
        return False
    if counted:
        return True
    return headline is not None and headline.index < kept[0].index


def _past_head(kept: list[Line]) -> list[Line]:
    """The kept lines past the story's head, once its headline is off: the dated meta line
    ("2013年05月11日 14:04:29来源：…字体：大中小") and a caption's label ("核心提示：") that
    open the block over the page's one sentence."""
    start = 0
    for line in kept:
        text = line.text
        meta = line.chars <= DATED_META_LINE_MAX and dated_line(text)
        label = line.chars <= _LABEL_MAX and text.endswith(("：", ":"))
        if not (meta or label) or text.endswith(SENTENCE_ENDINGS):
            break
        start += 1
    return kept[start:]


def _counted_headline(title: str, lines: list[Line], start: int) -> bool:
    """A headline ending in its gallery's counter ("… (1/12)") that opens ``<title>``, a
    dated line between it and the caption at ``start`` (see the module)."""
    dated = False
    for line in reversed(lines[max(0, start - REACH) : start]):
        text = line.text.rstrip()
        if not line.is_link and ("/" in text[-8:]) and (counter := _COUNTER.search(text)):
            head = text[: counter.start()].strip()
            return (
                dated
                and int(counter.group(1)) >= MIN_PAGES
                and len(head) >= MIN_TITLE
                and title.startswith(head)
            )
        dated = dated or gallery_date_line(line)
    return False


def gallery_date_line(line: Line) -> bool:
    """The gallery's own meta line under its headline: a short line with a date (a topic
    page's blurb has none). ``described_caption`` asks it too."""
    return line.chars <= _DATE_LINE_MAX and dated_line(line.text)


def title_h1(lines: list[Line], title: str) -> Line | None:
    """The first ``<h1>`` line that is the headline ``<title>`` opens on, whole up to its cut
    (title_pieces; not a name the title goes on from, a group's "X" in "X小组"): the page's
    headline, which a gallery's page or a paged story prints over its sentence
    (``described_caption`` and headline_caption ask it too)."""
    for line in lines:
        if line.owner.tag == "h1" and headline_piece(line.text, title, "start", MIN_TITLE):
            return line
        if line.owner.tag == "h1" and ("＂" in line.text or "＇" in line.text):
            # the <title> writes the headline's quote marks narrow: 泰国"人妖"… over 泰国＂人妖＂…
            narrow = line.text.translate(_NARROW_QUOTES)
            if headline_piece(narrow, title, "start", MIN_TITLE):
                return line
    return None


_NARROW_QUOTES = str.maketrans("＂＇", "\"'")


# One page of a paged story under its headline: the story's opening sentence left open
# ("…正在期待来自社会更多的关注与接纳……": the pages go on), a pager of separate number
# links under it ("上一页" "01" "02" … "下一页", the page shown unlinked).
_OPEN_ENDS = ("……", "…", "...")
_PAGER_REACH = 3  # lines between the sentence and its pager: a source's note
_PAGER_LINES = 40  # a pager's lines at most: its numbers and its words
_PAGER_LINE = re.compile(r"\d{1,3}|上一?页|下一?页|首页|尾页|末页|前页|后页")


def paged_intro(lines: list[Line], kept: list[Line]) -> bool:
    """Whether ``kept`` is one sentence left open over a pager of separate number links."""
    if len(kept) != 1:
        return False
    text = kept[0].text
    if len(text) < MIN_CHARS or "，" not in text or not text.endswith(_OPEN_ENDS):
        return False
    start = next(
        (
            ln.index
            for ln in lines[kept[0].index + 1 : kept[0].index + 1 + _PAGER_REACH]
            if ln.is_link
        ),
        None,
    )
    if start is None:
        return False
    numbers: list[int] = []
    links = 0
    for line in lines[start : start + _PAGER_LINES]:
        if line.chars > 4 or not _PAGER_LINE.fullmatch(line.text):
            break
        links += line.is_link
        if line.text.isdigit():
            numbers.append(int(line.text))
    return (
        len(numbers) >= MIN_PAGES
        and links >= MIN_PAGES
        and numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    )
