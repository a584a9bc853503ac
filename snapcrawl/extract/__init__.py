"""Article extraction for Chinese news pages and the snapshot sites that re-host them.

Pure code (no Scrapy). ``extract_article`` turns one page into an ``Article`` or raises
``NotAnArticle(reason)``; ``classify_page`` tells articles from lists cheaply;
``BoilerplateMemory`` learns each host's recurring lines; ``SiteProfile`` pins a site down.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

from snapcrawl.extract.article import extract_article
from snapcrawl.extract.boilerplate import BoilerplateConfig, BoilerplateMemory
from snapcrawl.extract.classify import classify_page
from snapcrawl.extract.decode import decode_html
from snapcrawl.extract.profile import SiteProfile, load_profile
from snapcrawl.extract.types import Article, NotAnArticle

__all__ = [
    "Article",
    "BoilerplateConfig",
    "BoilerplateMemory",
    "NotAnArticle",
    "SiteProfile",
    "classify_page",
    "decode_html",
    "extract_article",
    "load_profile",
]


class _CallablePackage(ModuleType):
    """Importing this package rebinds ``snapcrawl.extract`` from the documented function to
    the package; calling the package does what the function does, so both keep working."""

    def __call__(self, html: bytes | str, url: str | None = None) -> dict[str, Any]:
        import snapcrawl

        return snapcrawl._extract(html, url)


sys.modules[__name__].__class__ = _CallablePackage
