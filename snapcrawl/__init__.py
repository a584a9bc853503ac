"""snapcrawl: crawl Chinese news snapshot sites into clean, deduplicated Parquet.

The pure logic lives here and never imports Scrapy, so notebooks and other
crawlers can call it directly; the Scrapy adapters live in ``crawler`` and
``pipelines``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    import pandas


def extract(html: bytes | str, url: str | None = None) -> dict[str, Any]:
    """Extract one page into a dict with the article item's fields.

    Raises ``snapcrawl.extract.NotAnArticle`` for list pages, indexes and empty pages.
    """
    from snapcrawl.extract import extract_article

    return extract_article(html, url=url).to_dict()


def load(data_dir: str = "data") -> pandas.DataFrame:
    """Load the articles of a snapcrawl dataset, partition columns included."""
    from snapcrawl.dataset.read import load_articles

    return load_articles(data_dir)
