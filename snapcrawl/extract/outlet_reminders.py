"""An outlet's reminder heading after the story: "《X》提醒您：", "X新聞網關心您：".

Taiwanese and Hong Kong outlets close a story about violence, suicide, drink or fraud with a
public-service box: the outlet's name, "提醒您" or "關心您", a colon, then hotlines
("◎反霸凌專線：0800-…"). The box is the host's, the same under every such story, so the
heading is a notice strong enough to take the lines it heads with it at the body's end.
A reminder in the story's own voice ("醫師提醒您：", "警方提醒你") names no outlet and stays.
"""

from __future__ import annotations

import re

from snapcrawl.extract.vocab import OUTLET_SHAPE

REMINDER_MAX = 24  # characters of the heading: a name, the verb, a colon
_REMINDER = re.compile(
    r"^(?:(?P<bracketed>[《【〈「][^》】〉」\s]{1,12}[》】〉」])|(?P<owner>[^\s，。：:、]{1,12}?))\s*"
    r"(?:提醒您|提醒你|關心您|关心您|關心你|关心你)\s*[:：]?\s*[】]?$"
)
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9.&\- ]{1,15}")


def outlet_reminder(text: str, site_names: tuple[str, ...] = ()) -> bool:
    """Whether a line is an outlet's reminder heading alone (``《TVBS》提醒您：``)."""
    if len(text) > REMINDER_MAX or (
        "提醒" not in text and "關心" not in text and "关心" not in text
    ):
        return False
    match = _REMINDER.match(text.strip())
    if match is None:
        return False
    if match.group("bracketed"):
        return True
    owner = match.group("owner").lstrip("《【〈「(（")  # "【X提醒您】": the bracket holds it all
    return (
        OUTLET_SHAPE.search(owner) is not None
        or _LATIN_NAME.fullmatch(owner) is not None
        or any(name and name in owner for name in site_names)
    )
