"""The outlet and the author a page's script states about its own article.

Chinese portals keep the article's data in a script as well as (or instead of) in visible
labels: ``var allData = {"docData": {"title": …, "source": "…"}}``, ``window.global = {id:
…, source: '…'}``, ``articleInfo: {title: …, subInfo: {source: '…'}}``, ``var __$source =
'…'``, ``"author": {"name": "…"}``; the visible 来源 is sometimes drawn by that script, so a
saved page shows none. A script also names many things that are not this article's outlet:
the sources of a list of related stories, an ad slot's ``source: "pc"``, a player's
``source`` URL, a comment's author. So a value counts only when

- its key names an outlet (source, cmsSource, media, mediaName, srcName, copyFrom, origin,
  来源) or a person who wrote the article (author, writer, authorName, 作者; never an
  editor);
- it looks like a name: short, with Han characters (so no code such as "pc" or "Onload"),
  no URL, no markup;
- it does not stand in a list (``[{…}, {…}]``: related stories, comments);
- the object around it (or the one around that) describes this article: it holds a piece of
  the page's title, or an article id key (``contentid``, ``docid``, ``groupId``…) when the
  script names the key once.

source.py reads it after every credit the page shows (a visible 来源, ``<meta
name="source">``, a dated meta line, 据新华社) — what readers see wins over what a script
keeps, which may be stale or the CMS's default — and before the tags that name only the
host (``og:site_name``, a JSON-LD publisher). The scripts are read only when the page shows
no outlet or no author (``HeadInfo.stated``), and then only those that hold a piece of the
title or are short (an article's config object; a long script without the title is a
library or an ad's code): a few substring scans a page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from snapcrawl.extract.text import normalize_text
from snapcrawl.extract.title_pieces import TITLE_SPLIT

_OUTLET_KEYS = (
    "source",
    "Source",
    "sourceName",
    "source_name",
    "cmsSource",
    "media",
    "mediaName",
    "media_name",
    "srcName",
    "src_name",
    "copyFrom",
    "copyfrom",
    "origin",
    "originName",
    "来源",
)
_AUTHOR_KEYS = ("author", "Author", "authorName", "author_name", "writer", "作者")
# Where each key begins, found with str.find (far faster than a regex over the script):
# the keys that begin with no other key, in the order above (the order of the hits kept
# when a script has more than _MAX_HITS).
_STARTS = tuple(
    key
    for key in (*_OUTLET_KEYS, *_AUTHOR_KEYS)
    if not any(key != other and key.startswith(other) for other in (*_OUTLET_KEYS, *_AUTHOR_KEYS))
)
_KEY = re.compile(
    r"(?P<key>"
    + "|".join(sorted({*_OUTLET_KEYS, *_AUTHOR_KEYS}, key=len, reverse=True))
    + r""")["']?\s*[:=]\s*"""
)
_STRING = re.compile(r"""(["'])(?P<value>(?:[^"'\\\n<>]|\\u[0-9a-fA-F]{4}){1,60})\1""")
_NAME_IN = re.compile(r"""\{[^{}]{0,200}?["']?(?:name|nickname|userName)["']?\s*:\s*""")
_ID_KEY = re.compile(
    r"""(?<![A-Za-z])["']?(?:content_?[iI]d|article_?[iI]d|doc_?[iI]d|news_?[iI]d|group_?[iI]d|item_?[iI]d"""
    r"""|cms_?[iI]d|contentid|docid|aid|id)["']?\s*[:=]\s*["']?[\w-]{4,}"""
)
# The name an object is given (``comment: {``, ``var shareConf = {``, ``player.setup({``),
# and the names of the things in a page's scripts that are not its article.
_OBJECT_NAME = re.compile(r"""(?P<name>[A-Za-z_$][\w$.]*)["']?\s*(?:[:=(]\s*)$""")
_NAME_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_FOREIGN_WORDS = frozenset(
    [
        "comment",
        "comments",
        "cmnt",
        "reply",
        "replies",
        "user",
        "users",
        "related",
        "relate",
        "recommend",
        "recommends",
        "rec",
        "hot",
        "rank",
        "ad",
        "ads",
        "advert",
        "share",
        "player",
        "video",
        "audio",
        "feed",
        "nav",
        "menu",
        "push",
        "track",
        "tracker",
        "login",
    ]
)
_BRACKETS = re.compile(r"[{}\[\]]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_NOT_NAME = re.compile(r"://|www\.|\.(?:com|cn|net|html?|js|jpe?g|png|mp4)\b|^[\d\s:./-]+$")
_MAX_SCRIPT_CHARS = 300_000
_UNTITLED_CHARS = 4000  # a script that names no piece of the title is read only this short
_MAX_HITS = 60  # key words looked at per script: a library's code repeats "source" often
_OBJECT_REACH = 4000  # characters scanned around a value for the object that holds it
_TITLE_PIECE = 8  # characters of the title the object must hold


def read_script_fields(scripts: Iterable[str], titles: Iterable[str]) -> dict[str, str]:
    """``script:source`` and ``script:author`` a script states about this article (see the
    module docstring); ``scripts``: the texts of the page's inline scripts (not JSON-LD,
    which is structured.py's); ``titles``: how the page names its headline (``<title>``,
    ``og:title``), whose pieces identify the article's object."""
    pieces = _title_pieces(titles)
    found: dict[str, str] = {}
    for text in scripts:
        if len(text) > _MAX_SCRIPT_CHARS or (text.isascii() and "\\u" not in text):
            continue  # no Han character, even escaped: no name (isascii is a flag lookup)
        titled = any(piece in text for piece in pieces)
        if not titled and len(text) > _UNTITLED_CHARS:
            continue  # a library or an ad's code: an article's config without its title is short
        _read_script(text, pieces, found, titled)
        if len(found) == 2:
            break
    return found


def _read_script(text: str, pieces: list[str], found: dict[str, str], titled: bool) -> None:
    hits = _key_hits(text)
    if not hits:
        return
    counts: dict[str, int] = {}
    for hit in hits:
        counts[hit["key"]] = counts.get(hit["key"], 0) + 1
    for hit in hits:
        key = hit["key"]
        field = "script:author" if key in _AUTHOR_KEYS else "script:source"
        if field in found:
            continue
        start = hit.end()
        if key in _AUTHOR_KEYS and (nested := _NAME_IN.match(text, start)):
            start = nested.end()  # "author": {"name": "…"}
        if not (value := _STRING.match(text, start)):
            continue
        single = counts[key] == 1
        if (name := _as_name(value["value"])) and _about_this_article(
            text, hit.start(), pieces, single=single, titled=titled
        ):
            found[field] = name


def _key_hits(text: str) -> list[re.Match[str]]:
    """Each key followed by ``:`` or ``=``, in order, at most ``_MAX_HITS``."""
    hits: list[re.Match[str]] = []
    for start in _STARTS:
        pos = text.find(start)
        while pos >= 0 and len(hits) < _MAX_HITS:
            if _starts_word(text, pos) and (hit := _KEY.match(text, pos)):
                hits.append(hit)
            pos = text.find(start, pos + len(start))
    hits.sort(key=lambda hit: hit.start())
    return hits


def _starts_word(text: str, at: int) -> bool:
    """Whether a key found at ``at`` is a word of its own: not the end of "resource",
    "dataSource" or "page_view_source" (a tracker's); a CMS variable's ``$`` may join it
    ("__$source")."""
    before = text[at - 1] if at else " "
    return before == "$" or not (before == "_" or (before.isascii() and before.isalnum()))


def _as_name(raw: str) -> str | None:
    """``raw`` as a name (escapes decoded), or ``None`` when it cannot be one."""
    value = normalize_text(_ESCAPE.sub(lambda m: chr(int(m[1], 16)), raw))
    if not 2 <= len(value) <= 30 or not _HAN.search(value) or _NOT_NAME.search(value):
        return None  # a name on a Chinese page has Han characters: "pc", "Onload" have none
    if value.lower() in ("null", "none", "undefined", "true", "false"):
        return None
    return value


def _about_this_article(
    text: str, at: int, pieces: list[str], *, single: bool, titled: bool
) -> bool:
    """Whether the key at ``at`` describes this article: the object holding it (and the
    one around that, within reach) is no item of a list, and either one of them holds a
    piece of the page's title, or the script names the key once and holds the title or the
    object an article id."""
    scopes: list[str] = []
    start = _opening(text, at)
    while start is not None and len(scopes) < 2:
        if _in_list(text, start) or _foreign(text, start):
            return False
        scopes.append(text[start : _closing(text, start)])
        start = _opening(text, start)
    if not scopes:  # a bare variable (var __$source = '…'): the script is its object
        scopes.append(text[max(0, at - _OBJECT_REACH) : at + _OBJECT_REACH])
    if any(piece in scope for scope in scopes for piece in pieces):
        return True
    return single and (titled or any(_ID_KEY.search(scope) for scope in scopes))


def _opening(text: str, at: int) -> int | None:
    """Where the object enclosing ``at`` opens (its ``{``), within reach; ``None`` when
    a ``[`` encloses it first or none is in reach. Strings are not parsed, so a brace
    inside one may mislead: the checks after it are strict."""
    low = max(0, at - _OBJECT_REACH)
    found = [match.start() for match in _BRACKETS.finditer(text, low, at)]  # few, in C
    depth = 0
    for pos in reversed(found):
        if text[pos] in "}]":
            depth += 1
        elif depth == 0:
            return pos if text[pos] == "{" else None
        else:
            depth -= 1
    return None


def _closing(text: str, start: int) -> int:
    """Where the object opening at ``start`` closes (after its ``}``), within reach."""
    depth = 0
    high = min(len(text), start + _OBJECT_REACH)
    for match in _BRACKETS.finditer(text, start, high):
        if match[0] in "{[":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return match.end()
    return high


def _foreign(text: str, start: int) -> bool:
    """Whether the object opening at ``start`` is named as something other than the article
    (``comment: {…}``, ``shareConf = {…}``, ``player.setup({…})``): its author is a reader,
    its source a channel code or a file."""
    named = _OBJECT_NAME.search(text, max(0, start - 60), start)
    if named is None:
        return False
    words = _NAME_WORD.findall(named["name"])
    return any(word.lower() in _FOREIGN_WORDS for word in words)


def _in_list(text: str, start: int) -> bool:
    """Whether the object opening at ``start`` is an item of an array: ``[{`` or ``}, {``."""
    before = text[max(0, start - 40) : start].rstrip()
    if before.endswith("["):
        return True
    return before.endswith(",") and before[:-1].rstrip().endswith("}")


def _title_pieces(titles: Iterable[str]) -> list[str]:
    """The opening characters of each long piece of the page's titles."""
    pieces = []
    for title in titles:
        for part in TITLE_SPLIT.split(title or ""):
            part = part.strip()
            if len(part) >= 6:
                piece = part[:_TITLE_PIECE]
                pieces.append(piece)
                escaped = piece.encode("ascii", "backslashreplace").decode("ascii")
                if escaped != piece:  # a script may write it escaped (\\u5916…)
                    pieces.append(escaped)
    return list(dict.fromkeys(pieces))
