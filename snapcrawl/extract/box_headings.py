"""The framed heading of a box of links after the story: "│立即訂購│", "◤X永續生活◢".

A shop's order box or a sponsor's promo box follows the story under a title framed in
ornaments, its items links ("國家書店→X", "👉X最低49折"). The links go as links; the title,
short and right after the last paragraph, passed as the story's sign-off. A title framed
at both ends by glyphs, over two or more links and past the last paragraph, is the box's.
"""

from __future__ import annotations

from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind

TITLE_MAX = 20
MIN_LINKS = 2


def _framed(text: str) -> bool:
    """Opens and closes on a glyph that is no letter, digit or quote: "│X│", "◤X◢"."""
    if len(text) < 3:
        return False
    first, last = text[0], text[-1]
    return (
        not (first.isalnum() or last.isalnum())
        and first not in '“「『"《(（'
        and last not in '”」』"》)）。！？!?'
    )


def cut_box_headings(kinds: list[tuple[Kind, str]], lines: list[Line], keep: list[bool]) -> None:
    """Drop a kept framed title past the last paragraph that heads a run of links."""
    n = len(lines)
    last_good = max((i for i, kind in enumerate(kinds) if kind[0] is Kind.GOOD), default=-1)
    for i in range(last_good + 1, n - MIN_LINKS):
        line = lines[i]
        if not keep[i] or line.chars > TITLE_MAX or not _framed(line.text.strip()):
            continue
        if all(lines[k].is_link and not keep[k] for k in range(i + 1, i + 1 + MIN_LINKS)):
            keep[i] = False
            kinds[i] = (Kind.BAD, "box_heading")
