"""An older paper's writer signing under the story with the name set between dots: "·沈志珍·".

The line is the name alone between two middle dots, on one of the first lines under the
story's last paragraph (an editor's or compiler's note may follow it). Above the story such
a line names a column or a part ("·图说·", "·观察·"), so only the lines below are asked, and
the name must open with a surname (credit_person.is_name) and be no outlet's or role's.
"""

from __future__ import annotations

import re

from snapcrawl.extract.credit_person import is_name
from snapcrawl.extract.credit_roles import is_role
from snapcrawl.extract.dom import Line
from snapcrawl.extract.vocab import OUTLET_SHAPE

_LINES = 3  # a sign-off stands right under the story, before the editor's line
_DOTS = "·•・"
_DOTTED = re.compile(r"^[·•・]\s*(?P<value>[\u4e00-\u9fff]{2,4})\s*[·•・]$")


def _is_person(name: str) -> bool:
    """A person's name, not an outlet's ("·金羊网·") or a role's signing for a desk."""
    return is_name(name) and not is_role(name) and OUTLET_SHAPE.search(name) is None


def dotted_sign_off(lines: list[Line], story_end: int) -> str | None:
    """The name of a dotted sign-off among the first lines after index ``story_end``."""
    seen = 0
    for line in lines:
        if line.index <= story_end:
            continue
        text = line.text
        match = _DOTTED.match(text) if text[:1] in _DOTS else None
        if match and _is_person(match["value"]):
            return match["value"]
        seen += 1
        if seen == _LINES:
            break
    return None
