"""A photo gallery's one caption, the sentence the page's head states as its description.

A portal's gallery viewer ("新闻图集") shows one photo and its caption under the gallery's
``<h1>``, between share bars, tag links and a "推荐内容" grid of other galleries; the viewer's
box is named like a sidebar, so body selection keeps nothing and the page is judged a list.
Yet the page is that story (a gallery of captions is an article by the project's
convention), and the page says which line is its story: the caption is, word for word, the
``<meta name="description">`` of the head, and the gallery's date stands between them. A
list or topic page's description is the site's slogan or the topic's blurb, with no date of
its own under the heading that opens ``<title>``.
Asked only of a page whose selection kept nothing at all.
"""

from __future__ import annotations

from snapcrawl.extract.body import Selection
from snapcrawl.extract.dom import Line
from snapcrawl.extract.meta import HeadInfo
from snapcrawl.extract.paged_story import gallery_date_line, title_h1
from snapcrawl.extract.vocab import SENTENCE_ENDINGS

_MIN_CHARS = 20  # a sentence of news, not a label
_REACH = 16  # lines between the headline and the caption: date, share bar, tag links


def described_caption(head: HeadInfo, lines: list[Line], selection: Selection) -> Selection | None:
    """The gallery's caption as the page's story (module doc), or ``None``."""
    if selection.kept or not head.title:
        return None
    described = head.metas.get("description") or head.metas.get("og:description") or ""
    described = described.strip()
    if len(described) < _MIN_CHARS or not described.endswith(SENTENCE_ENDINGS):
        return None
    if "，" not in described and "," not in described:
        return None
    headline = title_h1(lines, head.title)
    if headline is None:
        return None
    top = headline.index
    dated = False  # the gallery's own date under its headline: a topic page's blurb has none
    for line in lines[top + 1 : top + 1 + _REACH]:
        if not line.is_link and line.text.strip() == described:
            return Selection(line.owner, inside=[line], kept=[line]) if dated else None
        dated = dated or gallery_date_line(line)
    return None
