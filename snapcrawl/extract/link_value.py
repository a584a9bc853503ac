"""A label's value that the page gives as a link ends where the link ends.

"来源: <a>X</a><img src=ip.png>湖南": a platform draws the account's name as a link, then an
icon and the poster's region (IP属地) with no space between, so the line reads "来源: X湖南".
The text after the link comes from another element (the icon's tail, a badge), not from
the link's own tail: it is not part of the name. A link followed by its own text ("<a>X网
</a>-Y日报") keeps that text: the page wrote the value across the link's end.
"""

from __future__ import annotations

from snapcrawl.extract.dom import Line
from snapcrawl.extract.text import normalize_text


def within_link(line: Line, value: str) -> str:
    """``value`` cut after the link that ``line`` opens it with, when the text glued after
    that link is another element's; else ``value``."""
    if not line.link_chars or line.owner is None:
        return value
    for link in line.owner.iter("a"):
        text = normalize_text("".join(link.itertext())).strip()
        if not text or len(text) >= len(value) or not value.startswith(text):
            continue
        if (link.tail or "").strip():
            return value  # the page's own text runs on from the link
        following = link.getnext()
        if following is not None and following.tag != "a":
            return text
        return value
    return value
