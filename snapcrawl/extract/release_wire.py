"""The wire a press release came over, from its dateline: "北京2024年7月9日 /X/ -- …".

A press-release wire opens every release it carries with the city, the date, its own name
between slashes and a dash ("/美通社/ --", "/PRNewswire/ --"); the name between the slashes
is the outlet the story comes from, as a news agency's is in "X社北京7月8日电".
"""

from __future__ import annotations

import re

_RELEASE = re.compile(
    r"^[^/]{0,40}?(?:\d{1,2}日|\d{4}|\d{1,2}月\d{1,2}日|\b\d{1,2}\b)\s*"
    r"[/／]\s*(?P<wire>[^/／\s]{2,20}?)\s*[/／]\s*(?:--|—{1,2}|－－|–)"
)
_REACH = 60  # the dateline stands in the first characters of the story


def release_outlet(text: str) -> str | None:
    """The wire's name of a press release's dateline opening ``text``, else ``None``."""
    head = text[:_REACH]
    if "/" not in head and "／" not in head:
        return None
    match = _RELEASE.match(head)
    return match["wire"] if match else None
