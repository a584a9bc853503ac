"""The outlet the markup names when the page shows none: the last places source.py looks.

A page that credits no outlet in its text may still name one in its tags: an outlet set as
the author (``<meta name="author" content="滨江日报">``, JSON-LD ``author``) or its own site
name (``og:site_name``, "RFI - 法国国际广播电台"). Only a name shaped like an outlet's counts:
a person's name, or a blog's title as its site name, names no outlet; nor does a platform
that hosts its users' posts ("微信公众平台", "X号平台"): it ends in 台 as a broadcaster does,
but it publishes what its accounts write and is nobody's outlet.
"""

from __future__ import annotations

import re

from snapcrawl.extract.title_pieces import TITLE_SPLIT
from snapcrawl.extract.vocab import OUTLET_SHAPE

_AUTHOR_TAGS = ("article:author", "author", "ld:author", "og:article:author")
MAX_OUTLET = 16  # an outlet's name is short; a longer tag value is a description
_REPORTER = re.compile(r"(?:见习|見習|特约|特約|驻\S{1,6})?(?:记者|記者)")
_PLATFORM = re.compile(r"平[台臺]$")  # "微信公众平台", never a 电视台's name
_SITE_PARTS = re.compile(r"\s+[-–—|｜_·]\s+|[_|｜]")  # "RFI - 法国国际广播电台", "X_Y"
_LATIN_WORD = re.compile(r"[A-Za-z]{2}")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
_ENGLISH_NAME = re.compile(r"[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*)*")  # Headline Daily, HKET


def outlet_as_author(metas: dict[str, str]) -> str | None:
    """An author tag whose value is shaped like an outlet, as written."""
    for key in _AUTHOR_TAGS:
        value = metas.get(key)
        if value and (cut := _REPORTER.search(value)):
            value = value[: cut.start()].strip()  # "海港日报记者 王林": the reporter's outlet
        if value and len(value) <= MAX_OUTLET and OUTLET_SHAPE.search(value):
            return value
    return None


def site_outlet(metas: dict[str, str]) -> str | None:
    """The part of ``og:site_name`` shaped like an outlet ("RFI - 法国国际广播电台" gives
    法国国际广播电台; "海港新闻网" itself), as written."""
    site = metas.get("og:site_name")
    if not site:
        return None
    for part in _SITE_PARTS.split(site):
        part = _chinese_name(part.strip())
        if len(part) <= MAX_OUTLET and OUTLET_SHAPE.search(part) and not _PLATFORM.search(part):
            return part
    return None


def _chinese_name(part: str) -> str:
    """A site name written in two scripts, its Chinese name and its English one or its
    initials beside it ("頭條日報 Headline Daily", "Apple Daily 蘋果日報", "香港經濟日報HKET"):
    the Chinese name, which the paper prints on its pages. A brand that is an address
    ("on.cc東網") is one name."""
    if part.isascii() or not _LATIN_WORD.search(part):
        return part
    runs = _HAN_RUN.findall(part)
    if len(runs) != 1 or not OUTLET_SHAPE.search(runs[0]):
        return part
    latin = part.replace(runs[0], " ").strip()
    return runs[0] if _ENGLISH_NAME.fullmatch(latin) else part


# JSON-LD fields naming an organisation (structured.py), the most specific first: the work
# the story is based on, the organisation behind it, its publisher, its provider.
_LD_OUTLET_TAGS = ("ld:basedon", "ld:sourceorganization", "ld:publisher", "ld:provider")


def host_names(site: tuple[str, ...], title: str) -> tuple[str, ...]:
    """How the host names itself (``meta.site_names``) and the last piece of its
    ``<title>`` even when short ("…_网易"): a two-character brand names the host too."""
    pieces = [p for p in TITLE_SPLIT.split(title) if p]
    return (*site, pieces[-1]) if len(pieces) >= 2 and len(pieces[-1]) <= 20 else site


def title_sections(title: str) -> tuple[str, ...]:
    """The middle pieces of ``<title>`` ("标题｜新聞速報｜中時樂活｜中時電子報" gives 新聞速報,
    中時樂活): between the headline and the site's name, the section's names."""
    if "|" not in title and "｜" not in title and "_" not in title:
        return ()  # a cheap look first: most titles hold fewer than three pieces
    pieces = [p for p in TITLE_SPLIT.split(title) if p]
    return tuple(pieces[1:-1])


# The Latin brand a name opens on ("Yahoo" of "Yahoo奇摩新聞" and of "Yahoo News"): a
# host names itself in English in one tag and with its local name in another.
_LATIN_BRAND = re.compile(r"^([A-Za-z]{3,})(?![A-Za-z.])")


def _brand(name: str) -> str | None:
    return found[1].lower() if (found := _LATIN_BRAND.match(name)) else None


def _with_site_name(metas: dict[str, str], site: tuple[str, ...]) -> tuple[str, ...]:
    """``site`` and the page's ``og:site_name`` (the host's own name, even a short one)."""
    named = metas.get("og:site_name")
    return (*site, named) if named and named not in site else site


def _names_host(value: str, site: tuple[str, ...]) -> bool:
    value = value.lower()
    return any(value in name.lower() or name.lower() in value for name in site)


def _shares_brand(value: str, site: tuple[str, ...]) -> bool:
    """Whether ``value`` opens on the host's Latin brand ("Yahoo奇摩新聞" under og:site_name
    "Yahoo News"): the host under its local name."""
    brand = _brand(value) if value[:1].isascii() else None
    return brand is not None and any(_brand(name) == brand for name in site)


def structured_outlet(metas: dict[str, str], site: tuple[str, ...]) -> str | None:
    """The outlet the page's JSON-LD names (``publisher.name``, ``sourceOrganization``,
    ``isBasedOn``'s publisher, ``provider``) when it is not the host site (``site``: how the
    host names itself): a reprint's original outlet, as written. A publisher that is the
    host names where the page is, not where the story came from (``host_publisher``); so
    is one repeating ``og:site_name``, however short ("豆瓣(Douban)" under "豆瓣": a platform
    under a user's review)."""
    site = _with_site_name(metas, site)
    found = [
        value
        for key in _LD_OUTLET_TAGS
        if (value := metas.get(key)) and len(value) <= MAX_OUTLET and not _names_host(value, site)
    ]
    # a publisher that is the host under its local name gives way to another outlet named
    # (the provider: a portal's partner); alone, it is read as before
    other = next((value for value in found if not _shares_brand(value, site)), None)
    return other or (found[0] if found else None)


def host_publisher(metas: dict[str, str], site: tuple[str, ...]) -> str | None:
    """A JSON-LD publisher that is the host site itself, when shaped like an outlet: like
    ``og:site_name``, the host is the outlet when the page credits no other."""
    site = _with_site_name(metas, site)
    for key in _LD_OUTLET_TAGS:
        value = metas.get(key)
        if value and len(value) <= MAX_OUTLET and _names_host(value, site):
            return value if OUTLET_SHAPE.search(value) else None
    return None
