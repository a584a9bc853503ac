"""The writer a page names only in its title bar: "标题 - 冯书远 - 观潮评论网".

A blog or a commentary site may set the writer's name between the headline and its own name
in ``<title>`` and show no byline. A portal sets its channel there ("标题_文旅_示例网",
"标题 - 国内 - 站名"), and a channel's two characters often open with a surname's (文, 国,
高, 金), so the name is read only where the bar's pieces are set apart by a spaced hyphen
(the blogs' form), the first piece is the page's headline (so the bar is this story's), the
middle piece is a full name of three characters (or four after a double surname), and the
page shows no line that is the piece alone (a channel is also a link of its navigation).
"""

from __future__ import annotations

from snapcrawl.extract.credit_person import is_name
from snapcrawl.extract.dom import Line

_NAME_MIN, _NAME_MAX = 3, 4  # a surname and a given name of two, four after a double surname
# The blogs' cut, deliberately narrower than title_pieces.TITLE_SPLIT: a portal sets its
# channel between the other bars ("标题_文旅_示例网"), and a channel may read as a name.
_BLOG_CUT = " - "


def title_bar_author(title: str, lines: list[Line], site: tuple[str, ...]) -> str | None:
    """The one name-shaped piece between the headline and the site's name in the title
    bar ``title`` cut at its spaced hyphens (see the module's docstring), else ``None``."""
    if _BLOG_CUT not in title:
        return None
    pieces = [p.strip() for p in title.split(_BLOG_CUT)]
    if len(pieces) < 3:
        return None
    names = [p for p in pieces[1:-1] if _NAME_MIN <= len(p) <= _NAME_MAX and is_name(p)]
    if len(names) != 1 or any(names[0] in s for s in site):
        return None
    name, headline = names[0], pieces[0]
    if not any(line.text == headline for line in lines):
        return None
    return None if any(line.text.strip() == name for line in lines) else name
