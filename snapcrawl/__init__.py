"""snapcrawl: crawl Chinese news snapshot sites into clean, deduplicated Parquet.

The pure logic lives here and never imports Scrapy, so notebooks and other
crawlers can call it directly; the Scrapy adapters live in ``crawler`` and
``pipelines``.
"""

from __future__ import annotations

from os import PathLike
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    import pandas


def extract(html: bytes | str, url: str | None = None) -> dict[str, Any]:
    """Extract one page into a dict with the article item's fields, as ``snapcrawl extract`` does.

    A page that is not an article (list, index, empty page) gives
    ``{"url": url, "error": reason}`` rather than an exception, so a notebook
    looping over saved pages keeps going; use ``snapcrawl.extract.extract_article``
    for the exception. Anything but bytes or text (a path, None) is a ``TypeError``
    saying so, not one from deep inside the parser.
    """
    from snapcrawl.extract import NotAnArticle, extract_article

    if not isinstance(html, bytes | bytearray | str):
        hint = " (read it first: Path(...).read_bytes())" if isinstance(html, PathLike) else ""
        raise TypeError(
            f"snapcrawl.extract takes the page as bytes or str, not {type(html).__name__}{hint}"
        )

    try:
        return extract_article(html, url=url).to_dict()
    except NotAnArticle as verdict:
        return {"url": url, "error": str(verdict)}


_extract = extract  # importing the snapcrawl.extract package rebinds the name ``extract``


def load(data_dir: str | PathLike[str] = "data", parquet_uri: str = "") -> pandas.DataFrame:
    """Load the articles of a snapcrawl dataset, partition columns included.

    ``parquet_uri`` is the crawl's ``SNAPCRAWL_PARQUET_URI`` when its tables were
    written elsewhere (a directory or ``s3://bucket/prefix``). Raises
    ``FileNotFoundError`` when there is no articles table (no crawl wrote one there),
    ``snapcrawl.errors.UnreadableDataset`` naming a file that is not readable Parquet,
    and ``ValueError`` for a URI pyarrow cannot open.
    """
    from snapcrawl.dataset.read import load_articles
    from snapcrawl.layout import DataDir

    return load_articles(DataDir(data_dir, parquet_uri))
