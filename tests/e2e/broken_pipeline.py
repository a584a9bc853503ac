"""A pipeline with a bug in its ``close_spider``, for the exit code of a crawl that could not
close cleanly (``tests/e2e/test_exit_codes.py``). The crawl child imports it by name."""

from __future__ import annotations

from typing import Any


class CloseRaises:
    def process_item(self, item: Any) -> Any:
        return item

    def close_spider(self) -> None:
        raise RuntimeError("a bug while closing")
