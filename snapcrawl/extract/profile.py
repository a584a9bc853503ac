"""Optional per-site profiles: pin a site down with selectors and extra noise patterns.

The generic path needs no configuration; a profile is for users who want one site exact.
A profile is a small TOML file::

    name = "example-snapshots"
    nfkc = false                      # fold full-width characters (default: keep as written)

    [selectors]                       # CSS or XPath; each is optional
    title = "h1.title"
    body = "div.article-content"
    published_at = "//div[@class='info']/span[1]"
    source = ".info .source::text"
    author = "xpath:.//span[@itemprop='author']"
    category = ".crumbs a:last-child"

    [noise]
    patterns = ["^本站提示", "扫码关注"]   # regexes; a body line matching one is removed

Selectors go through parsel, the selector library under Scrapy, so they are written as in a
Scrapy spider. A selector is XPath when it starts with ``/``, ``./`` or ``(`` (a path or a
grouped path such as ``(//h1)[1]``) or carries an ``xpath:`` prefix; anything else is CSS
(``css:`` forces CSS), including parsel's ``::text`` and ``::attr(name)``. Selectors are
checked when the profile loads: a mistake stops the load with a ``ConfigError`` naming the
file, the key, the selector and the fix.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cssselect import SelectorError
from lxml import etree
from parsel import Selector
from parsel.csstranslator import css2xpath

from snapcrawl.errors import ConfigError, did_you_mean
from snapcrawl.extract.text import normalize_text

SELECTOR_FIELDS = ("title", "body", "published_at", "source", "author", "category")


@dataclass(frozen=True)
class SiteProfile:
    """Per-site overrides; ``None`` selectors fall back to the generic extractor."""

    name: str = ""
    title: str | None = None
    body: str | None = None
    published_at: str | None = None
    source: str | None = None
    author: str | None = None
    category: str | None = None
    noise: tuple[re.Pattern[str], ...] = field(default=())
    nfkc: bool = False

    def _matches(self, root: etree._Element, fieldname: str) -> list[Selector]:
        selector = getattr(self, fieldname)
        if not selector:
            return []
        kind, query = selector_kind(selector)
        page = Selector(root=root, type="html")
        return list(page.xpath(query) if kind == "xpath" else page.css(query))

    def select(self, root: etree._Element, fieldname: str) -> list[etree._Element]:
        """Elements matched by the selector of ``fieldname`` (empty when unset)."""
        matches = self._matches(root, fieldname)
        return [m.root for m in matches if isinstance(m.root, etree._Element)]

    def select_text(self, root: etree._Element, fieldname: str) -> str | None:
        """Normalised text of the first match for ``fieldname``: an element's text, or the
        string a ``::text``/``::attr()``/``text()``/``@attr`` selector picks."""
        for match in self._matches(root, fieldname):
            node = match.root
            raw = "".join(node.itertext()) if isinstance(node, etree._Element) else str(node)
            if text := normalize_text(raw):
                return text
        return None

    def is_noise(self, text: str) -> bool:
        """Whether a body line matches one of the profile's noise patterns."""
        return any(p.search(text) for p in self.noise)


def selector_kind(selector: str) -> tuple[str, str]:
    """("xpath" or "css", the query without its prefix); see the module docstring."""
    stripped = selector.strip()
    for prefix in ("xpath:", "css:"):
        if stripped.startswith(prefix):
            return prefix[:-1], stripped[len(prefix) :].strip()
    return ("xpath" if stripped.startswith(("/", "./", "(")) else "css"), stripped


def check_selector(selector: object) -> str | None:
    """Why ``selector`` cannot be used, or ``None`` when it compiles."""
    if not isinstance(selector, str) or not selector.strip():
        return "a selector is a non-empty string"
    kind, query = selector_kind(selector)
    try:
        if kind == "xpath":
            etree.XPath(query)
        else:
            css2xpath(query)
    except (SelectorError, etree.XPathError) as exc:
        return f"not a valid {kind.upper()} selector ({exc})"
    return None


TOP_LEVEL_KEYS = ("name", "nfkc", "selectors", "noise")
NOISE_KEYS = ("patterns",)
PROFILE_FORMAT = "fix it; the format is in the README (Cleaning, profile)"


class ProfileError(ConfigError):
    """A profile file that cannot be read at all (missing, not UTF-8, not TOML): there is no
    key or value to show, so the message is ``profile PATH: problem: fix``."""

    def __init__(self, path: Path, problem: str, fix: str) -> None:
        super().__init__(str(path), None, fix)
        self.args = (f"profile {path}: {problem}: {fix}",)


def load_profile(path: str | Path) -> SiteProfile:
    """Read and validate a profile TOML file.

    Every mistake stops the load with a ``ConfigError`` naming the file and the fix: an
    unknown key is a typo the extractor would otherwise ignore in silence, so it is
    reported with the closest known key."""
    path = Path(path)
    data = _read_toml(path)
    _check_keys(data, TOP_LEVEL_KEYS, path, "")
    selectors = _table(data, "selectors", path)
    noise = _table(data, "noise", path)
    _check_keys(selectors, SELECTOR_FIELDS, path, "selectors.")
    _check_keys(noise, NOISE_KEYS, path, "noise.")
    for key, value in selectors.items():
        if problem := check_selector(value):
            raise ConfigError(f"{path}:selectors.{key}", value, problem)
    raw_patterns = noise.get("patterns", [])
    if not isinstance(raw_patterns, list):
        raise ConfigError(
            f"{path}:noise.patterns", raw_patterns, 'use a list of regexes, e.g. ["^本站提示"]'
        )
    patterns = []
    for raw in raw_patterns:
        try:
            patterns.append(re.compile(raw))
        except (re.error, TypeError) as exc:
            raise ConfigError(f"{path}:noise.patterns", raw, f"not a valid regex ({exc})") from exc
    nfkc = data.get("nfkc", False)
    if not isinstance(nfkc, bool):
        raise ConfigError(f"{path}:nfkc", nfkc, "use true or false")
    return SiteProfile(
        name=str(data.get("name", path.stem)), noise=tuple(patterns), nfkc=nfkc, **selectors
    )


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ProfileError(path, "no such file", "check the path of the profile") from None
    except IsADirectoryError:
        raise ProfileError(path, "a directory", "give the path of a TOML file") from None
    except UnicodeDecodeError as exc:
        raise ProfileError(path, f"not UTF-8 ({exc.reason})", "save it as UTF-8") from None
    except OSError as exc:
        raise ProfileError(path, exc.strerror or str(exc), "check the file") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(path, f"not valid TOML ({exc})", PROFILE_FORMAT) from None


def _table(data: dict[str, Any], key: str, path: Path) -> dict[str, Any]:
    table = data.get(key, {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}:{key}", table, f"make it a table: a [{key}] section")
    return table


def _check_keys(table: dict[str, Any], known: tuple[str, ...], path: Path, prefix: str) -> None:
    for key, value in table.items():
        if key in known:
            continue
        hint = f"{suggestion} " if (suggestion := did_you_mean(key, known)) else ""
        if not prefix:  # the top level: a key of a table written outside it, or a typo
            if key in SELECTOR_FIELDS or key in NOISE_KEYS:
                table_name = "selectors" if key in SELECTOR_FIELDS else "noise"
                hint = f"{key} goes under [{table_name}]; "
            known = ("name", "nfkc", "[selectors]", "[noise]")
        raise ConfigError(
            f"{path}:{prefix}{key}", value, f"no such key: {hint}use {', '.join(known)}"
        )
