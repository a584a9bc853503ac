"""A crew's names typed with nothing between them ("本版文/记者李莎莎黎史翔王进雨程磊实习生X").

A paper's page credits its reporters as one string, each role glued to the names after it
and the names glued to each other. The label tests read names set apart by spaces or marks,
and a role glued to one name (credit_runs); a run of glued names is told by what names are:
two or three characters, each opening with a surname, so the run splits into such names
from its first character to its last. A sentence after a role ("记者从市教育局获悉") does
not: a word of it opens with no surname or holds a function word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from snapcrawl.extract.credit_person import is_name
from snapcrawl.extract.vocab import SENTENCE_PUNCT

_GLUED_MAX = 60
# The page's or the column's qualifier and the piece's own role before the crew
# ("本版文/", "文／", "图文 /"), then the crew's roles, each glued to the names after it.
_LEAD = re.compile(
    r"^(?:本版|本报|本報|本刊|本期)?(?:文/图|文／圖|图文|圖文|撰文|文|图|圖)?\s*[/／╱|｜]?\s*"
)
# Each branch opens on its literal (split scans the line: a group first costs re its
# first-character scan).
_ROLE = re.compile(
    r"见习记者|見習記者|实习记者|實習記者|特约记者|特約記者|首席记者|首席記者|记者|記者"
    r"|通讯员|通訊員|实习生|實習生|摄影|攝影"
)


@lru_cache(maxsize=1024)
def _names(run: str) -> int:
    """How many names ``run`` splits into from end to end (two or three characters each,
    each a name by its form), 0 when it does not."""
    if not run:
        return 0
    for size in (3, 2):
        if len(run) >= size and is_name(run[:size]):
            if len(run) == size:
                return 1
            rest = _names(run[size:])
            if rest:
                return rest + 1
    return 0


def glued_crew(text: str) -> bool:
    """Whether ``text`` is a crew's credit whose names are glued to each other (see the
    module's doc): roles, each followed by names, and at least one role's names glued."""
    if len(text) > _GLUED_MAX or not (
        "者" in text or "员" in text or "員" in text or "生" in text  # the roles' last words
    ):
        return False
    if SENTENCE_PUNCT.search(text):
        return False
    rest = _LEAD.sub("", text.strip(), count=1)
    parts = _ROLE.split(rest)
    if len(parts) < 2 or parts[0].strip():
        return False  # the crew opens with its first role
    counts = [_names("".join(part.split())) for part in parts[1:]]
    return all(counts) and max(counts) >= 2
