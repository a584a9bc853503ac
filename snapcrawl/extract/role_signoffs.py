"""A sign-off of reporters with their roles after the names: "-X报记者A 实习生B／文 记者C／图".

A paper's story ends on a line that names who wrote and who photographed it, each group of
names followed by its role after a slash (／文, ／图, ／摄), the names with their post glued
before them (本报记者A, 实习生B). The credit readers know "A/文 B/图" (credit_forms) but not
the posts glued to the names, so the line stayed as the story's last paragraph. Its shape is
its own: nothing but posts, names, slashes and role words; a sentence has more.
"""

from __future__ import annotations

import re

from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind, last_kept

TAIL_LINES = 3  # the sign-off is among the body's last lines that are not already cut
MAX_CHARS = 50
_NAME = r"[\u4e00-\u9fff·]{2,4}"
# A name with its post glued before it: "商报记者A", "实习生B", "本报通讯员C", or a bare name.
_PERSON = rf"(?:[\u4e00-\u9fff]{{0,4}}?(?:记者|記者|实习生|實習生|通讯员|通訊員))?\s*{_NAME}"
_GROUP = rf"{_PERSON}(?:[\s、]+{_PERSON}){{0,3}}\s*[／/]\s*(?:文图|图文|文|图|摄影|摄|攝影|攝|圖)"
_SIGNOFF = re.compile(rf"^[-—–－\s]*(?:{_GROUP}\s*){{2,3}}$")
_POST = re.compile(r"记者|記者|实习生|實習生|通讯员|通訊員")


def cut_role_signoff(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark a closing line of two or three name groups, each with its role after a slash,
    at least one name with its post (a reporter, an intern)."""
    for i in last_kept(kinds, TAIL_LINES):
        text = lines[i].text
        if (
            len(text) <= MAX_CHARS
            and ("／" in text or "/" in text)
            and _POST.search(text)
            and _SIGNOFF.match(text)
        ):
            kinds[i] = (Kind.BAD, "credit")
            return
