"""Optional per-site profiles: pin a site down with CSS selectors and extra noise patterns.

The generic path needs no configuration; a profile is for users who want one site exact.
A profile is a small TOML file::

    name = "example-snapshots"
    nfkc = false                      # fold full-width characters (default: keep as written)

    [selectors]                       # CSS; each is optional
    title = "h1.title"
    body = "div.article-content"
    published_at = ".info .time"
    source = ".info .source"
    author = ".info .author"
    category = ".crumbs a:last-child"

    [noise]
    patterns = ["^本站提示", "扫码关注"]   # regexes; a body line matching one is removed

Mistakes stop the load with a ``ConfigError`` naming the file, the key and the fix.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree
from lxml.cssselect import CSSSelector, SelectorError

from snapcrawl.errors import ConfigError
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

    def select(self, root: etree._Element, fieldname: str) -> list[etree._Element]:
        """Elements matched by the selector of ``fieldname`` (empty when unset)."""
        selector = getattr(self, fieldname)
        return CSSSelector(selector)(root) if selector else []

    def select_text(self, root: etree._Element, fieldname: str) -> str | None:
        """Normalised text of the first element matched for ``fieldname``."""
        for el in self.select(root, fieldname):
            text = normalize_text("".join(el.itertext()))
            if text:
                return text
        return None

    def is_noise(self, text: str) -> bool:
        """Whether a body line matches one of the profile's noise patterns."""
        return any(p.search(text) for p in self.noise)


def load_profile(path: str | Path) -> SiteProfile:
    """Read and validate a profile TOML file."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(str(path), None, "profile file not found") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), None, f"not valid TOML ({exc})") from exc
    unknown = set(data) - {"name", "nfkc", "selectors", "noise"}
    if unknown:
        raise ConfigError(
            f"{path}:{sorted(unknown)[0]}",
            data[sorted(unknown)[0]],
            "use name, nfkc, [selectors] or [noise]",
        )
    selectors = data.get("selectors", {})
    for key, value in selectors.items():
        where = f"{path}:selectors.{key}"
        if key not in SELECTOR_FIELDS:
            raise ConfigError(where, value, f"use one of {', '.join(SELECTOR_FIELDS)}")
        try:
            CSSSelector(value)
        except (SelectorError, TypeError) as exc:
            raise ConfigError(where, value, f"not a valid CSS selector ({exc})") from exc
    patterns = []
    for raw in data.get("noise", {}).get("patterns", []):
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
