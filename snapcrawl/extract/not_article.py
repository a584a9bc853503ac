"""Pages that are no article, whatever body the selection found on them.

A home or channel page, a weather or quote page, a search's results or a login stub gives
the body selection a block to choose: a few short lines beside the page's lists, a form's
help text, a result's long snippet. What makes such a page no article is what it lacks and
what it carries, never its words: it declares no article (no ``og:type=article``, no
publish time in its meta, no JSON-LD ``NewsArticle``, no dated line at its heading or
story), and

- it echoes a query: a text box holds words its ``<title>`` repeats beside a word for
  results ("X - 搜索结果"), or it states a result count ("找到约N条结果");
- or it asks for a password and holds a few sentences at most (a login or sign-up stub);
- or its chosen "body" is a few short lines, a small share of a page whose other text
  is its lists, and no publish time is found for it either ("brief": the caller asks
  ``published.extract_published``, which reads scripts and addresses too);
- or its "body" is a feed's headlines, one short line each, under no headline of the
  page's own ("feed": title_feed).

A short real story always carries one of the declarations: its dated line under the
heading, or its meta. Those are read first and end the question.
"""

from __future__ import annotations

import re

from lxml import etree

from snapcrawl.extract import thresholds
from snapcrawl.extract.body import Selection
from snapcrawl.extract.dom import Line
from snapcrawl.extract.meta import HeadInfo
from snapcrawl.extract.page import Page
from snapcrawl.extract.published import extract_published
from snapcrawl.extract.short_years import labelled_short_date
from snapcrawl.extract.title import extract_title
from snapcrawl.extract.title_feed import headline_feed
from snapcrawl.extract.vocab import SEARCH_TITLE_WORDS

_PUBLISHED_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "og:release_date",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish_date",
    "ld:datepublished",
)
_JSONLD_ARTICLE = re.compile(r'"@type"\s*:\s*\[?\s*"(?:\w*News|Report|Blog|Analysis)?\w*Article"')
_JSONLD_ARTICLE_BYTES = re.compile(_JSONLD_ARTICLE.pattern.encode())
# A calendar date ("2024-03-05", "2024/3/5", "2024年3月5日", "2024.03.05"), or a day and
# its clock without the year ("05-21 09:30", "5月21日 9:30": a mobile page's dated line).
_DATE = re.compile(
    r"(?:19|20)\d\d\s*[-/.年]\s*[01]?\d\s*[-/.月]\s*[0-3]?\d"
    r"|(?<!\d)[01]?\d\s*[-/月]\s*[0-3]?\d日?\s*[0-2]?\d[:：][0-5]\d"
)
# A result count: "找到约1,230条结果", "共搜索到56篇相关新闻", "為您找到 8 筆資料".
_RESULT_COUNT = re.compile(
    r"(?:找到|搜索到|搜尋到|检索到|檢索到|查询到|查詢到)\s*(?:约|約|相关|相關)?\s*[\d,，]+\s*"
    r"(?:条|條|个|個|篇|筆|笔|项|項)\s*(?:相关|相關)?(?:结果|結果|记录|記錄|资料|資料|内容|內容|网页|網頁)"
)
_RESULT_LINE = 40  # a result count stands on a short line of its own
_NOT_WORD = re.compile(r"[\W_\d]+")
SEARCH, LOGIN, BRIEF, FEED = "search", "login", "brief", "feed"
_DATE_REACH = 6  # lines over the body's first line where a story's dated line stands
_DATE_INTO = 4  # ... and its first lines (the dated line sits under the headline)


def declares_article(head: HeadInfo, html: str | bytes) -> bool:
    """Whether the head says the page is an article (type, publish time, JSON-LD)."""
    metas = head.metas
    if metas.get("og:type", "").lower() == "article" or any(metas.get(k) for k in _PUBLISHED_KEYS):
        return True
    if isinstance(html, (bytes, bytearray)):
        return _JSONLD_ARTICLE_BYTES.search(html) is not None
    return _JSONLD_ARTICLE.search(html) is not None


def dated_line(text: str) -> bool:
    """Whether the line holds a date (with its year, or a day with its clock)."""
    return _DATE.search(text) is not None


def _dated_near(lines: list[Line], selection: Selection) -> bool:
    """A dated line by the story's top, its year in full or in two digits after a date
    label (an old CMS's "时间：10-06-08" meta line: short_years.py)."""
    start = selection.kept[0].index
    last = selection.kept[min(len(selection.kept), _DATE_INTO) - 1].index
    return any(
        dated_line(line.text) or labelled_short_date(line.text) is not None
        for line in lines[max(0, start - _DATE_REACH) : last + 1]
    )


def _echoed_query(inputs: list[etree._Element], title: str) -> bool:
    """A text box whose value the title repeats, the title being little else than that
    query and a word for results (an encyclopedia entry echoes its name, without one)."""
    if not title:
        return False
    for box in inputs:
        value = (box.get("value") or "").strip()
        kind = (box.get("type") or "text").lower()
        if kind not in ("text", "search") or len(value) < 2 or value == box.get("placeholder"):
            continue
        if value in title:
            rest = _NOT_WORD.sub("", title.replace(value, ""))
            if len(rest) <= thresholds.QUERY_TITLE_REST and any(
                word in rest.lower() for word in SEARCH_TITLE_WORDS
            ):
                return True
    return False


def _asks_password(homes: list[list[etree._Element]], container: etree._Element | None) -> bool:
    """A password field by the body: in its element or its parent's (a login stub's help
    text stands beside its form). ``homes``: each field's elements as served (the page's
    ``password_homes``). A site's sign-in box up in its header is chrome that a short
    story's page has as well (a channel page's 60 links between them)."""
    if container is None:
        return False
    near = container.getparent()
    if near is None:
        near = container
    return any(near in home for home in homes)


def refused_kind(
    inputs: list[etree._Element],
    head: HeadInfo,
    lines: list[Line],
    selection: Selection,
    html: str | bytes,
    password_homes: list[list[etree._Element]] | None = None,
) -> str | None:
    """Why a page the verdict took for an article is none ("search", "login", "brief"),
    or ``None`` (an article, or no telling). The page's shape is read first, its
    declarations (a search of the whole markup for JSON-LD) only when the shape says no.
    ``password_homes``: the page's (``Page.password_homes``), for the login stub's form."""
    if not selection.kept:
        return None
    kind = _shape(inputs, head.title, lines, selection, password_homes or [])
    if kind is None or declares_article(head, html):
        return None
    if kind != SEARCH and _dated_near(lines, selection):  # results carry their dates
        return None
    return kind


def _shape(
    inputs: list[etree._Element],
    title: str,
    lines: list[Line],
    selection: Selection,
    password_homes: list[list[etree._Element]],
) -> str | None:
    # A result count heads its results; one after the story's last line is a search
    # engine's plug under it ("搜狗搜索“X”,共找到1,397,546个结果"), no results page.
    end = selection.kept[-1].index
    if (inputs and _echoed_query(inputs, title)) or any(
        ln.chars <= _RESULT_LINE and "到" in ln.text and _RESULT_COUNT.search(ln.text)
        for ln in lines[:end]
    ):
        return SEARCH
    body_chars = sum(line.chars for line in selection.kept)
    if headline_feed(title, lines, selection.kept):
        return FEED
    if body_chars >= thresholds.NOT_ARTICLE_MAX_BODY:
        return None
    if password_homes and _asks_password(password_homes, selection.container):
        return LOGIN
    if body_chars >= thresholds.NOT_ARTICLE_BRIEF_CHARS:
        return None
    page_chars = sum(line.chars for line in lines)
    if body_chars < thresholds.NOT_ARTICLE_BODY_SHARE * page_chars and (
        sum(1 for line in lines if line.is_link) >= thresholds.LIST_LINK_LINES
    ):
        return BRIEF
    return None


def undated(page: Page, selection: Selection, url: str | None) -> bool:
    """No publish time for the page's chosen body, by every reader ``extract_article`` has
    (for ``classify_page``, which reads no further than the verdict)."""
    _, title_line = extract_title(page.head, page.lines, selection.kept[0].index)
    return extract_published(page.head, page.lines, title_line, selection.kept, url) is None
