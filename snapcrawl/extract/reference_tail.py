"""A list of the works a story read, set after its last paragraph.

Essays, explainers and press releases end on "参考资料：", "参考文献", "References" or "NOTES
TO EDITORS", then the works one to a line: numbered ("1.《扬子晚报》——《…》", "[1] Coleman E,
…", "①…"), cited by title in 《》 or by a journal's shape ("…[J].中国卫生法制,2005,13(5):5-7.",
"Smith, J. M. (2017). …"), or a web address; a release adds its funder ("This study was
funded by …"). The story is over when the heading stands: what follows is the list, not
the story, however a line of it is punctuated. line_kinds.cut_reference_sections cuts a
wiki's list by its citations' marks alone and leaves a "参考文献：" with a colon, which may
open notes a story keeps; here the heading's colon is allowed because every line left
under it, to the body's end, is such an item.
"""

from __future__ import annotations

import re

from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind
from snapcrawl.extract.vocab import CITATION, REFERENCE_HEADING

_HEADING_MAX = 30
_NOTES_TO_EDITORS = re.compile(r"^(?:Notes?\s+(?:to|for)\s+editors?|编者注释)$", re.IGNORECASE)
# A numbered item ("1.", "2、", "[3]", "【4】", "(5)", "⑥"), a title in 《》 or a book's or
# article's quotation marks, a journal's year and pages, a work in Latin letters with its year
# in brackets, a web address, a funder.
_ITEM = re.compile(
    r"^\s*(?:\d{1,3}\s*[.、．)）]|[\[【(（]\d{1,3}[\]】)）]|[\u2460-\u2473])"
    r"|《[^》]{1,60}》|[\[［](?:[JMNCDRSPZGAK]|EB|DB)(?:/OL)?[\]］]"
    r"|\((?:19|20)\d\d[a-z]?\)|(?:19|20)\d\d\s*[,，]\s*\d{1,3}\s*[(（]\d{1,3}[)）]"
    r"|https?://|www\."
    r"|[Ff]unded by|[Ss]upported by|资助|資助"
)
_ITEM_MAX = 400  # a citation with its authors, title, journal and address


def _heading(text: str) -> bool:
    if len(text) > _HEADING_MAX:
        return False
    bare = text.rstrip(" ：:")
    return REFERENCE_HEADING.match(bare) is not None or _NOTES_TO_EDITORS.match(bare) is not None


def cut_reference_tail(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark a reference list after the story (see the module) as not the story's: the last
    heading of its kind after a GOOD line, with only cited works under it."""
    good = Kind.GOOD
    for i in range(len(lines) - 1, 0, -1):
        if lines[i].chars > _HEADING_MAX or kinds[i][0] is Kind.BAD:
            continue  # the one test most lines take
        if not _heading(lines[i].text):
            continue
        if not any(kind is good for kind, _ in kinds[:i]):
            return
        items = [k for k in range(i + 1, len(lines)) if kinds[k][0] is not Kind.BAD]
        if not items or any(
            len(lines[k].text) > _ITEM_MAX
            or not (_ITEM.search(lines[k].text) or CITATION.search(lines[k].text))
            for k in items
        ):
            return
        for k in (i, *items):
            kinds[k] = (Kind.BAD, "references")
        return
