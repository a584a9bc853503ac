"""A pipeline with a bug in its ``close_spider``, for the exit code of a crawl that could not
close cleanly (``tests/e2e/test_exit_codes.py``). The crawl child imports it by name."""

from __future__ import annotations

from typing import Any


class CloseRaises:
    def process_item(self, item: Any) -> Any:
        return item

    def close_spider(self) -> None:
        raise RuntimeError("a bug while closing")


class ArticleRaises:
    """Raises on every article CleanPipeline made (placed after it): a pipeline, or the
    extraction in front of it, failing on every article page while list pages drop as usual."""

    def process_item(self, item: Any) -> Any:
        from crawler.items import ArticleItem

        if isinstance(item, ArticleItem):
            raise RuntimeError("a bug on every article")
        return item


class FirstArticleRaises:
    """Raises on the first article only: some pages failed, the others were written."""

    def __init__(self) -> None:
        self.seen = 0

    def process_item(self, item: Any) -> Any:
        from crawler.items import ArticleItem

        if isinstance(item, ArticleItem):
            self.seen += 1
            if self.seen == 1:
                raise RuntimeError("a bug on one article")
        return item
