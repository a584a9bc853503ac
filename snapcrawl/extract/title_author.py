"""The writer a page names only in its title bar: "标题 - 冯书远 - 观潮评论网".

A blog or a commentary site may set the writer's name between the headline and its own name
in ``<title>`` and show no byline. The name is read there only when the first piece is the
page's headline (so the bar is this story's), the middle piece has the shape of a person's
name, and the page shows no line that is the piece alone: a channel's name in the bar ("国内",
"时评") is also a link of the page's navigation.
"""

from __future__ import annotations

from snapcrawl.extract.credit_person import is_name
from snapcrawl.extract.dom import Line

_NAME_MAX = 4  # two or three characters, four after a double surname


def title_bar_author(pieces: list[str], lines: list[Line], site: tuple[str, ...]) -> str | None:
    """The one name-shaped piece between the headline and the site's name in the title
    bar's ``pieces`` (see the module's docstring), else ``None``."""
    if len(pieces) < 3:
        return None
    names = [p for p in pieces[1:-1] if len(p) <= _NAME_MAX and is_name(p)]
    if len(names) != 1 or any(names[0] in s for s in site):
        return None
    name, headline = names[0], pieces[0]
    if not any(line.text == headline for line in lines):
        return None
    return None if any(line.text.strip() == name for line in lines) else name
