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
    """Extract one page into a dict with the article item's fields, as ``snapcrawl extract`` does.

    A page that is not an article (list, index, empty page) gives
    ``{"url": url, "error": reason}`` rather than an exception, so a notebook
    looping over saved pages keeps going; use ``snapcrawl.extract.extract_article``
    for the exception.
    """
    from snapcrawl.extract import NotAnArticle, extract_article

    try:
        return extract_article(html, url=url).to_dict()
    except NotAnArticle as verdict:
        return {"url": url, "error": str(verdict)}


_extract = extract  # importing the snapcrawl.extract package rebinds the name ``extract``


def load(data_dir: str = "data", parquet_uri: str = "") -> pandas.DataFrame:
    """Load the articles of a snapcrawl dataset, partition columns included.

    ``parquet_uri`` is the crawl's ``SNAPCRAWL_PARQUET_URI`` when its tables were
    written elsewhere (a directory or ``s3://bucket/prefix``).
    """
    from snapcrawl.dataset.read import load_articles
    from snapcrawl.layout import DataDir

    return load_articles(DataDir(data_dir, parquet_uri))
