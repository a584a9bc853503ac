"""The pages a page says come next: ``<link rel="next">`` and ``rel="prev"`` in its head.

Scrapy's link extractor reads anchors (``<a>``, ``<area>``). A list whose further
pages load behind a "加载更多" button (script, no anchor) still names the next
page in ``<link rel="next" href="...">`` for search engines, and that is the only
way to reach the stories it lists; on set S's site B (session 25) two of a
category's three list pages were never fetched. Only these two relations are
read: ``rel="canonical"`` or ``"alternate"`` (AMP, mobile, feeds) would fetch
copies of pages already reached.
"""

from __future__ import annotations

from scrapy.http import TextResponse
from w3lib.html import strip_html5_whitespace
from w3lib.url import safe_url_string

PAGE_RELATIONS = frozenset({"next", "prev", "previous"})


def next_page_links(response: TextResponse) -> list[str]:
    """Absolute URLs of the page's ``<link rel="next|prev">``, resolved as anchors are
    (against ``<base href>``, non-ASCII bytes in the page's encoding)."""
    urls = []
    # the head's own children only (where HTML puts them): ~2 us a page, an XPath over
    # the whole document ~35 us
    for element in response.selector.root.iterfind("head/link"):
        relations = set((element.get("rel") or "").lower().split())
        if not relations & PAGE_RELATIONS or not element.get("href"):
            continue
        href = strip_html5_whitespace(element.get("href"))
        if not href or href.startswith("#") or href.lower().startswith("javascript:"):
            continue
        urls.append(safe_url_string(response.urljoin(href), encoding=response.encoding))
    return urls
