"""The other views a page names of itself: its mobile, AMP and print versions.

A news page is often served three times: the story, its mobile view and its print
view, each under its own URL and linked from the story. Fetching the copies costs
two requests a story, only for deduplication to drop them. The page says which links
are such views, so they can wait until the page is known to be an article
(crawler/middlewares/alternates.py) instead of being fetched with the rest:

* ``<link rel="alternate" media="...">`` (a view for a screen size or device:
  ``media="only screen and (max-width: 640px)"``, ``media="handheld"``) and
  ``<link rel="amphtml">`` in its head; other alternates (feeds, translations
  with ``hreflang``) are not views of the same text and are left alone;
* ``<meta name="mobile-agent" content="format=html5;url=...">`` (the form Chinese
  search engines read);
* its print button: the one link whose text or title is a print command (打印,
  打印本页, 【打印】, Print this page). A page with several such links (a list with a
  print link by every item) has no print button of its own, and none is taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from scrapy.http import TextResponse
from scrapy.link import Link
from w3lib.html import strip_html5_whitespace
from w3lib.url import safe_url_string

# a print command, once brackets and spaces are stripped: 打印, 打印本页, 打印此文, Print page
PRINT_COMMAND = re.compile(
    r"(?:打印|列印)(?:本页|此页|本文|此文|文章|正文|页面|全文|预览|版本?)?"
    r"|print(?:\s+(?:this\s+)?(?:page|article|story|version))?",
    re.IGNORECASE,
)
BRACKETS = " \t\r\n\u3000【】[]()（）「」<>《》|｜:：·•"
MOBILE_AGENT_URL = re.compile(r"(?:^|;)\s*url\s*=\s*([^;\s]+)", re.IGNORECASE)


def alternate_views(response: TextResponse, links: Iterable[Link]) -> set[str]:
    """Absolute URLs of the other views ``response`` names of itself (``links``: its
    anchors as the spider extracted them), resolved as anchors are."""
    hrefs = list(_head_views(response))
    printing = {link.url for link in links if _is_print_command(link.text)}
    printing.update(_print_titles(response))
    if len(printing) == 1:
        hrefs.append(printing.pop())
    return {url for href in hrefs if (url := _absolute(response, href))}


def _absolute(response: TextResponse, href: str, anchor: bool = False) -> str | None:
    """``href`` resolved against the page; None for no address (empty, a script). A
    bare fragment is the page itself in an anchor (as the spider's links read it) and
    no view in the head."""
    href = strip_html5_whitespace(href)
    if not href or href.lower().startswith("javascript:") or (href[0] == "#" and not anchor):
        return None
    return safe_url_string(response.urljoin(href), encoding=response.encoding)


def _head_views(response: TextResponse) -> Iterable[str]:
    head = response.selector.root.find("head")
    if head is None:
        return
    for element in head:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "link":
            relations = set((element.get("rel") or "").lower().split())
            href = element.get("href")
            if href and (
                "amphtml" in relations or ("alternate" in relations and element.get("media"))
            ):
                yield href
        elif tag == "meta" and (element.get("name") or "").strip().lower() == "mobile-agent":
            match = MOBILE_AGENT_URL.search(element.get("content") or "")
            if match:
                yield match[1]


def _print_titles(response: TextResponse) -> set[str]:
    """URLs of the anchors whose title (not text: the spider's links carry the text) is
    a print command, e.g. an icon ``<a title="打印" href="..."><img></a>``."""
    urls = set()
    for element in response.selector.root.iter("a"):
        title = element.get("title")
        href = element.get("href")
        if title and href and _is_print_command(title) and (url := _absolute(response, href, True)):
            urls.add(url)
    return urls


def _is_print_command(text: str | None) -> bool:
    return bool(text) and PRINT_COMMAND.fullmatch(text.strip(BRACKETS)) is not None
