"""Line shapes of pages that are not news, which the news-built line kinds misread.

``line_kinds`` calls these: a wiki's sentence full of links is prose, not a menu line; a
short line that leads into the prose after it (a verse line cut at a comma, a section's
heading after a contents box or a card, "第二章：…" written as a paragraph) is the story's,
not a label.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from snapcrawl.extract import noise, thresholds
from snapcrawl.extract.dom import Line
from snapcrawl.extract.vocab import SENTENCE_ENDINGS

_NOTE_MARKS = re.compile(r"(?:\s*\[[^\[\]]{1,8}\])+$")  # "…完工。[113][注 2]": note marks
# A numbered part's title, written as a paragraph: "第二章：梅雨", "第3节 结果", "第十回".
_CHAPTER = re.compile(r"^第[一二三四五六七八九十百零〇\d]{1,4}[章节回部篇卷集幕]")
CLAUSE_ENDINGS = ("，", "、", "；", ",")  # a line ending so goes on in the next one
_OPENING_CLAUSE_MIN = 10  # two clauses say something: "据悉，" alone is no sentence


def is_linked_sentence(line: Line) -> bool:
    """A sentence that links many of its words (a wiki or encyclopedia paragraph: "位于<a>河北省
    </a><a>保定市</a>东部，由<a>雄县</a>、<a>容城县</a>…组成。") is prose, however much of it is
    link text: it links several terms, its own words between them are more than glue, and it
    ends like a sentence. A menu or a headline list has no words of its own between links."""
    own = line.chars - line.link_chars
    if (
        len(line.hrefs) < thresholds.LINKED_SENTENCE_LINKS
        or own < thresholds.LINKED_SENTENCE_OWN_CHARS
    ):
        return False
    text = _NOTE_MARKS.sub("", line.text)
    # a sentence whose last link is an English name may close with the English full stop
    # ("…以及<a>X Center</a>."); a cut title's "..." closes no sentence
    return text.endswith(SENTENCE_ENDINGS) or (text.endswith(".") and not text.endswith(".."))


def leads_into(run: list[Line]) -> bool:
    """Short lines that open the prose right after them: a clause cut by a line break (a
    verse's first line "溪上青山晚更青，", a sentence broken before its end), or the heading of
    the section it starts (after a contents box or a picture): a heading tag, or a numbered
    part's title ("第二章：梅雨") written as a paragraph, or a few such headings when each
    but the last is over a picture alone. A label ("作者：") or a list's title ("相关阅读")
    is neither; headings one under another with nothing between are a contents box's."""
    if all(line.text.endswith(CLAUSE_ENDINGS) and line.link_chars == 0 for line in run):
        return True
    if len(run) == 1:
        return _section_heading(run[0]) or _opening_clause(run[0])
    # A tutorial's steps: "2.2 解压zip" over a screenshot alone, then "2.3 启动" over its
    # text; each heading but the last titles a section that holds only a picture.
    return (
        len(run) <= thresholds.SIGN_OFF_LINES
        and all(_section_heading(line) for line in run)
        and all(_picture_between(a, b) for a, b in itertools.pairwise(run))
    )


def _opening_clause(line: Line) -> bool:
    """A sentence that opens the story and lacks only its closing mark ("“X怎么办”，我实在无法
    接受"), set as a paragraph like the one it leads into: a clause stands inside it (a comma),
    no label (a colon), no heading tag, links at most on a few of its words (a portal links
    its keywords in the story's text; a teaser's whole line is its link). An account's call
    to follow it ("点击👇卡片关注X，加★星标★") points and decorates: no sentence holds a symbol
    or an emoji, nor tells the reader to click."""
    text = line.text
    if "，" not in text[1:-1] or "：" in text or ":" in text:
        return False  # the one test most lines take
    if text.startswith("点击") or any(unicodedata.category(char) == "So" for char in text):
        return False
    after = line.owner.getnext()
    return (
        line.link_chars * 3 < line.chars
        and not line.heading
        and _OPENING_CLAUSE_MIN <= line.chars <= thresholds.SECTION_HEADING_CHARS
        and line.owner.tag == "p"
        and after is not None
        and after.tag == "p"
        and not noise.is_meta_line(text)
    )


def _section_heading(line: Line) -> bool:
    return (
        (line.heading or _CHAPTER.match(line.text) is not None)
        and line.link_chars < line.chars
        and line.chars <= thresholds.SECTION_HEADING_CHARS
        and not noise.is_list_heading(line.text)
        and not noise.is_meta_line(line.text)
    )


def _picture_between(above: Line, below: Line) -> bool:
    """Whether a picture stands between two lines that are siblings' (a heading, the
    picture's paragraph, the next heading): the section of ``above`` is that picture."""
    for sibling in above.owner.itersiblings():
        if sibling is below.owner:
            return False
        if sibling.tag == "img" or next(sibling.iter("img"), None) is not None:
            return True
    return False


def is_story_paragraph(line: Line | None) -> bool:
    """A paragraph of the story's prose: long enough, ending like a sentence. A byline with
    no label stands over the first one or under the last (bare_bylines, ornament_bylines)."""
    return (
        line is not None
        and line.chars >= thresholds.STORY_PARAGRAPH_CHARS
        and line.text.endswith(SENTENCE_ENDINGS)
    )
