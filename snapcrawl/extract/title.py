"""The article's own heading, not a pop-up's, the site chrome's or a section's.

A page states its headline in several places: ``og:title``, JSON-LD ``headline``, the part of
``<title>`` before the site suffix, and a visible heading. The visible line that matches one
of those statements is the title; among several, a heading element and the one closest to
the story win (a login pop-up's ``<h1>`` stands far from the body and matches nothing). A
page that states nothing usable is read by position: the short line right above the meta
line (发布时间：…), else the last ``h1``/``h2`` before the story.
"""

from __future__ import annotations

import re

from snapcrawl.extract.dates import date_spans
from snapcrawl.extract.dom import Line
from snapcrawl.extract.meta import HeadInfo
from snapcrawl.extract.meta_labels import LABEL_RE
from snapcrawl.extract.title_counter import without_page_counter, without_picture_counter
from snapcrawl.extract.title_pieces import TITLE_SPLIT, titled_line
from snapcrawl.extract.zones import lines_between

_SPACES = re.compile(r"\s+")
# "原创", "置顶", "独家" glued before a heading, with no separator between them: Han letters,
# not the bar "丨" (U+4E28) inside their block ("曼谷丨标题" is the headline with its place).
_BADGE_RE = re.compile(r"[\u4e00-\u4e27\u4e29-\u9fff]{1,4}")
_TRAILING_UI = re.compile(r"[\[【][^\]】]{1,4}[\]】]$")
_PROSE = re.compile(r"[，。！？；]")
_WINDOW = 8  # lines past the start of the story a stated headline is still looked for
_SENTENCE_END = re.compile(r"[。；;，,]$")
# "标题-全现在官方网站": a site's name that calls itself its official site, after a bare hyphen
# (not one of TITLE_SPLIT's separators, a hyphen being common inside headlines), copied
# into the heading element with the rest of the title bar. No headline ends so.
_OFFICIAL_SITE = re.compile(
    r"^(?P<title>.{4,}?)\s*[-－–]\s*[\u4e00-\u9fffA-Za-z0-9·]{1,16}(?:官方网站|官方網站|官网|官網)$"
)


def _without_official_site(text: str) -> str:
    """``text`` without a trailing "-X官方网站" (see _OFFICIAL_SITE)."""
    if "官" not in text:
        return text
    match = _OFFICIAL_SITE.match(text)
    return match["title"] if match else text


def _squash(text: str) -> str:
    return _SPACES.sub("", text).replace("\u201c", '"').replace("\u201d", '"')


def statements(head: HeadInfo) -> tuple[list[str], list[str]]:
    """What the markup says the headline is: (og:title and JSON-LD headline, the pieces of
    ``<title>`` and the whole of it). The first group names the article alone; ``<title>``
    may put a slogan or a section before it."""
    article = [head.metas.get(k, "") for k in ("og:title", "ld:headline", "ld:title")]
    pieces = [*TITLE_SPLIT.split(head.title), head.title]
    article = [s for s in dict.fromkeys(article) if len(s) >= 2]
    return article, [s for s in dict.fromkeys(pieces) if len(s) >= 2 and s not in article]


Stated = tuple[list[tuple[str, str]], list[tuple[str, str]]]  # (value, squashed value)


def _squashed(said: tuple[list[str], list[str]]) -> Stated:
    """Each statement beside its squashed form, squashed once for all candidate lines."""
    article, title = said
    return [(v, _squash(v)) for v in article], [(v, _squash(v)) for v in title]


def _match(line: Line, said: Stated, doc_title: str) -> tuple[int, str] | None:
    """(strength, title text) when ``line`` is the headline the markup states."""
    squashed = _squash(line.text)
    text = _TRAILING_UI.sub("", squashed)  # "雄安新区[编辑]": an edit link's label
    text = without_picture_counter(text)  # "标题(9/19)": the gallery's picture counter
    for strength, group in ((4, said[0]), (3, said[1])):
        for value, value_sq in group:
            if len(value_sq) < 4 and not line.heading:
                continue  # a two-character statement only names a heading element
            if text == value_sq:
                return strength, value if text != squashed else line.text
            if text.endswith(value_sq) and _BADGE_RE.fullmatch(text[: len(text) - len(value_sq)]):
                return strength, value  # a badge (原创) glued before the heading
            if text.startswith(value_sq) and _badge_after(line, text[len(value_sq) :]):
                return strength, value  # a badge (自动翻译) in its own element after it
            if text.endswith(value_sq) and _crumbs_before(line, text[: -len(value_sq)]):
                return strength, value  # "站名〉栏目〉标题", "》标题": the trail, or its bullet
    if (found := _after_column_name(text, said[0])) is not None:
        return 3, found
    if line.chars >= 4 and doc_title.startswith(line.text):
        return 2, line.text
    # "标题 (9/10)" over the caption: the gallery's heading with its picture counter, which
    # the <title> states without it ("标题-站名", a bare hyphen no separator splits on)
    plain = without_picture_counter(line.text)
    if plain is not line.text and len(plain) >= 4 and doc_title.startswith(plain.rstrip()):
        return 2, line.text
    if line.heading and line.chars >= 4 and line.text in doc_title:
        return 1, line.text
    # "站名高清图-标题": the site's channel first, a bare hyphen (a cut no statement splits
    # on), then the headline, which an old gallery page prints in a styled <div> whole.
    if titled_line(line, doc_title, "end"):
        return 2, line.text
    return None


# "拨乱反正：性别争议 也涉政治": a column's name before the headline, which the page sets on
# a line of its own above the writer's name; the headline, on its own line, is what is
# stated after the colon. The column's name runs to eight characters at most.
_COLUMN_NAME = re.compile(r"^[^：:]{2,8}[：:]")
_COLON = re.compile(r"[：:]")


def _after_column_name(text: str, article: list[tuple[str, str]]) -> str | None:
    """The part of a stated headline after its column's name that the line ``text``
    (squashed) is exactly, else ``None``."""
    for value, value_sq in article:
        if "：" not in value_sq and ":" not in value_sq:
            continue
        name = _COLUMN_NAME.match(value_sq)
        if name and len(value_sq) - name.end() >= 4 and text == value_sq[name.end() :]:
            return _COLON.split(value, maxsplit=1)[1].strip()
    return None


# The marks that close a breadcrumb trail set in the heading element before the headline
# ("站名 〉栏目 〉标题", "首页 > 新闻 > 标题") or stand alone before it as its bullet ("》标题").
_CRUMB_MARKS = frozenset("〉>›»＞▶►》")


def _crumbs_before(line: Line, prefix: str) -> bool:
    """Whether ``prefix`` (what ``line`` holds before the stated headline) is a bullet mark
    alone, or a breadcrumb trail inside a heading element: it ends with a trail's mark, and a
    "》" closes no book title ("《X》标题" names a column or a work). A trail outside a
    heading element ("当前位置：首页>>会议>>X") ends with the section's name, which the
    ``<title>`` states too; the trail a page sets in its ``<h1>`` ends with the headline."""
    if not prefix or prefix[-1] not in _CRUMB_MARKS or "《" in prefix:
        return False
    return len(prefix) == 1 or line.heading


def _badge_after(line: Line, rest: str) -> bool:
    """Whether ``rest``, what the heading line holds past the stated headline, is a short
    badge set in an element of its own inside the heading ("<h1>X <span>自动翻译</span>"):
    a label the site hangs on it. A longer stated title cut short by the tag never ends
    where a child element starts."""
    if not rest or not line.heading or not _BADGE_RE.fullmatch(rest):
        return False
    return any(
        isinstance(child.tag, str) and _squash("".join(child.itertext())) == rest
        for child in line.owner.iterdescendants()
    )


def _is_meta_line(line: Line) -> bool:
    """A short line of labels or a date, not a sentence that mentions one."""
    if line.chars > 80 or _PROSE.search(line.text):
        return False
    return bool(date_spans(line.text) or LABEL_RE.search(line.text))


def linked_headings(lines: list[Line], last: int) -> list[Line]:
    """The heading lines up to ``last`` that are a link (a permalink around the heading)."""
    return [
        line
        for line in lines_between(lines, 0, last)
        if line.is_link and line.heading and 2 <= line.chars <= 120
    ]


_SECTION_MAX = 8  # characters of a section's name ("新闻", "要闻动态")
_NAV_REACH = 3  # lines above a heading its navigation item may stand in


def _section_heading(line: Line, lines: list[Line], crumbs: list[str]) -> bool:
    """Whether the heading names the page's section, not the story: a short heading that
    repeats the breadcrumb's or the navigation's item right above it ("首页 > 新闻" over
    "<h1>新闻</h1>"), which the title bar names too; the headline stands lower."""
    if line.chars > _SECTION_MAX or not line.heading:
        return False
    if crumbs and crumbs[-1] == line.text:
        return True
    above = lines_between(lines, line.index - _NAV_REACH, line.index - 1)
    return any(ln.text == line.text for ln in above)


def _under_section(
    heading: Line, lines: list[Line], crumbs: list[str], body_start: int
) -> Line | None:
    """The line over the meta line below a heading that names the page's section."""
    if not _section_heading(heading, lines, crumbs):
        return None
    return _over_meta_line(lines, body_start, heading.index + 1)


def _over_meta_line(lines: list[Line], body_start: int, low: int | None = None) -> Line | None:
    """The short line right above the meta line (发布时间：…) by the story's start, or
    between ``low`` (under a section's heading) and it."""
    low = body_start - 3 if low is None else low
    by_position = [c for c in lines if low <= c.index <= body_start + 3]
    for pos, line in enumerate(by_position[:-1]):
        nxt = by_position[pos + 1]
        if (
            line.chars <= 120
            and not line.is_link
            and _is_meta_line(nxt)
            and not _is_meta_line(line)
            and line.chars >= 4
            and not _SENTENCE_END.search(line.text)
        ):
            return line
    return None


def extract_title(head: HeadInfo, lines: list[Line], body_start: int) -> tuple[str, Line | None]:
    """The article heading and its line (``None`` when taken from the markup), without a
    page counter glued to it (title_counter)."""
    title, line = _heading(head, lines, body_start)
    if line is not None and line.heading and title == line.text:
        title = _with_second_line(title, line, lines, head.title)
    return without_page_counter(title, lines), line


_LINES_APART = 2  # characters <title> may set between a heading's two lines ("X：Y", "X - Y")


def _with_second_line(title: str, line: Line, lines: list[Line], doc_title: str) -> str:
    """``title`` and the next line of its own heading element ("<h3>X<br>Y</h3>": a title
    and its subtitle, set on two lines by a ``<br>``) when the ``<title>`` states both
    together: the page's title is the two lines, not the first alone."""
    after = lines_between(lines, line.index + 1, line.index + 1)
    if not after or (second := after[-1]).owner is not line.owner or not second.heading:
        return title
    stated, first, rest = _squash(doc_title), _squash(title), _squash(second.text)
    start = stated.find(first)
    # the lines next to each other in <title>, maybe a colon or a dash between them
    if start < 0 or not 0 <= stated.find(rest, start) - start - len(first) <= _LINES_APART:
        return title
    return f"{title} {second.text}"


def _without_site_name(stated: str, head: HeadInfo) -> str:
    """``stated`` (og:title, read when no line of the page is taken for the heading) without
    the site's name after its last separator ("标题 - 纬度新闻网"), known as the site's name
    when ``og:site_name`` holds it or the JSON-LD headline states the title without it."""
    separators = list(TITLE_SPLIT.finditer(stated))
    if not separators:
        return stated
    last = separators[-1]
    rest, name = stated[: last.start()], stated[last.end() :].strip()
    if (
        len(name) >= 2
        and len(rest) >= 4
        and (name in head.metas.get("og:site_name", "") or head.metas.get("ld:headline") == rest)
    ):
        return rest
    return stated


def _without_printed_site(text: str, head: HeadInfo) -> str:
    """The heading line without the site's name its template prints after a bar, as the
    ``<title>`` ends ("X｜Yahoo" in the ``<h1>`` and the ``<title>``, ``og:site_name``
    "Yahoo News"): the name, not a word of the headline (_without_site_name's test)."""
    if not TITLE_SPLIT.search(text) or not head.title.endswith(text[-2:]):
        return text  # the cheap look: most headings hold no bar, or end as <title> does not
    return _without_site_name(text, head)


def _heading(head: HeadInfo, lines: list[Line], body_start: int) -> tuple[str, Line | None]:
    """The article heading and its line, as the page prints it."""
    doc_title = head.title
    window = [  # the lines numbered up to the window's end (sliced when numbered by position)
        line
        for line in lines_between(lines, 0, body_start + _WINDOW)
        if 2 <= line.chars <= 120 and not line.is_link
    ]
    candidates = [line for line in window if line.index <= body_start + 1]
    said = _squashed(statements(head))
    matching = [(m, c) for c in candidates if (m := _match(c, said, doc_title))]
    if not matching:  # a blog theme links its heading to the post ("<h2><a>标题</a></h2>")
        matching = [
            (m, c)
            for c in linked_headings(lines, body_start + 1)
            if (m := _match(c, said, doc_title))
        ]
    # The block picked as the story may open with chrome (a pop-up, a slogan): a line a
    # little further that is exactly the stated headline is the heading.
    matching += [
        (m, c)
        for c in window
        if c not in candidates and (m := _match(c, said, doc_title))
        if m[0] >= 3
    ]
    if matching:

        def numbered(index: int) -> Line | None:  # the (last) line numbered ``index``
            found = lines_between(lines, index, index)
            return found[-1] if found else None

        pieces = [p.strip() for p in TITLE_SPLIT.split(doc_title) if p.strip()]
        site_piece = pieces[-1] if len(pieces) >= 2 else None

        def rank(mc: tuple[tuple[int, str], Line]) -> tuple[int, bool, bool, bool, bool, int]:
            (strength, text), line = mc
            near_meta = False
            for k in (1, 2, 3):  # past copies of the heading (a print or share title)
                nxt = numbered(line.index + k)
                if nxt is None or _squash(nxt.text) != _squash(line.text):
                    near_meta = nxt is not None and _is_meta_line(nxt)
                    break
            # The story's headline stands over its meta line; a slogan or a site tagline
            # does not. Then a heading element, then the longer statement.
            long = len(text) >= len(doc_title) // 2
            # The <title>'s last piece, when short, is the site's name or its tagline ("X -
            # 维基新闻，自由的新闻源"): a line printing it (the tagline under the logo) is no
            # headline beside one that prints another piece. A long last piece is the
            # headline after the site's name ("每日行情--X").
            not_site = long or text != site_piece
            return strength, not_site, near_meta, line.heading, long, -abs(line.index - body_start)

        (_, text), best = max(matching, key=rank)
        if _section_heading(best, lines, head.crumbs):
            if over := _over_meta_line(lines, body_start, best.index + 1):
                return over.text, over  # the line over the meta line under the section's name
            # The section's name in a heading ("<h2>生活</h2>", the trail's last crumb), with
            # no meta line under it: a line that states a headline of its own is the story's.
            others = [mc for mc in matching if mc[1] is not best and mc[1].text != best.text]
            if others:
                (_, text), best = max(others, key=rank)
        return _without_printed_site(_without_official_site(text), head), best
    by_position = [c for c in lines if body_start - 3 <= c.index <= body_start + 3]
    if repeated := _heading_repeated(candidates, by_position):
        return repeated.text, repeated
    if over := _over_meta_line(lines, body_start):
        return over.text, over
    headings = [c for c in candidates if c.heading and c.owner.tag in ("h1", "h2")]
    if headings:
        best = _under_section(headings[-1], lines, head.crumbs, body_start) or headings[-1]
        return best.text, best
    if og := head.metas.get("og:title") or head.metas.get("ld:headline"):
        return _without_site_name(og, head), None
    pieces = [p for p in TITLE_SPLIT.split(doc_title) if p]
    return (max(pieces[:-1], key=len) if len(pieces) >= 2 else doc_title), None


def _heading_repeated(candidates: list[Line], near_body: list[Line]) -> Line | None:
    """A page that states no headline (an empty ``<title>``) may still set it twice: in its
    heading element and again as the story's first line, under a label and a date of the
    release ("新闻发布" over "2018年3月14日"). The heading said twice is the headline, not the
    label that happens to stand over the date line."""
    for heading in candidates:
        if heading.heading and heading.owner.tag in ("h1", "h2") and heading.chars >= 6:
            text = _squash(heading.text)
            if any(
                line is not heading and not line.heading and _squash(line.text) == text
                for line in near_body
            ):
                return heading
    return None
