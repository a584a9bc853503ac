"""DedupPipeline: keep one row per story, and record every copy it drops.

A thin adapter over ``snapcrawl.dedup.DedupIndex``: canonical URL, exact body
hash, then near-duplicate (verified before a drop). The URLs a copy was reached
through (redirect hops) are recorded as ``redirect`` rows of the duplicates table,
so later runs do not fetch them again. Which copy of a story is kept follows a
rule, not timing (``snapcrawl.dedup.rank``): a better copy that arrives while the
kept one's row is not yet written replaces it (ParquetPipeline drops that row on
``article_replaced``). Kept stories stay *pending* in the state store until their
Parquet file is on disk (``crawler.signals.articles_written``), so a killed run
never leaves the store believing in rows the dataset does not hold. The index
belongs to the crawl (``CrawlServices``): this pipeline opens it when the spider
opens and lets it go when it closes.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured

from crawler import signals as snapcrawl_signals
from crawler.distributed.lost import REDIS_ERRORS, redis_lost
from crawler.items import ArticleItem
from crawler.services import CrawlServices, crawl_services
from crawler.spiders.moved_from import moved_from
from crawler.storage_guard import STORAGE_ERRORS
from snapcrawl import counters
from snapcrawl.dedup import DedupIndex, Verdict, canonicalize_url, url_host
from snapcrawl.dedup.rank import keep_rank
from snapcrawl.dedup.types import ALTERNATE, REDIRECT
from snapcrawl.layout import DUPLICATES
from snapcrawl.store import DUPLICATE_SCHEMA, ParquetSink
from snapcrawl.store.filesystem import DatasetLocation

logger = logging.getLogger(__name__)
KEPT_DESCRIBED = 20_000  # stories whose title the pipeline remembers after their row


class DedupPipeline:
    def __init__(
        self,
        services: CrawlServices,
        duplicates_root: Path | DatasetLocation,
        batch_rows: int = 2000,
    ) -> None:
        self.services = services
        self.crawler = services.crawler
        self.stats = services.crawler.stats
        # kept copies whose rows are not written yet (a better copy may replace them)
        self.pending: dict[str, dict[str, Any]] = {}
        self.run_id = services.run_id
        self.duplicates = ParquetSink(
            duplicates_root, DUPLICATE_SCHEMA, self.run_id, batch_rows=batch_rows
        )
        self.index: DedupIndex | None = None
        # URL -> the URLs that redirected to it for good, when the redirected request was
        # a duplicate of one already requested (so no response will carry them): they are
        # recorded with that page's verdict (request_dropped)
        self.moved_here: dict[str, list[str]] = {}
        # what is known of the stories this run kept, for the rows that point at one
        # after its own row is written (a redirect seen late, another view not fetched):
        # the most recent ones only, so a long crawl holds a bounded map
        self.kept_described: OrderedDict[str, dict[str, Any]] = OrderedDict()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupPipeline:
        services = crawl_services(crawler)
        config = services.config
        if not config.dedup_enabled:
            raise NotConfigured("SNAPCRAWL_DEDUP_ENABLED is off")
        pipeline = cls(services, services.layout.table(DUPLICATES), config.parquet_batch_rows)
        crawler.signals.connect(
            pipeline.articles_written, signal=snapcrawl_signals.articles_written
        )
        crawler.signals.connect(pipeline.flush_duplicates, signal=signals.spider_idle)
        crawler.signals.connect(
            pipeline.article_replaced, signal=snapcrawl_signals.article_replaced
        )
        crawler.signals.connect(pipeline.request_dropped, signal=signals.request_dropped)
        crawler.signals.connect(
            pipeline.alternate_skipped, signal=snapcrawl_signals.alternate_skipped
        )
        return pipeline

    async def open_spider(self) -> None:
        """A coroutine, so a damaged store raises when Scrapy awaits the pipelines' openings,
        not while it is still calling them: then the ones already called were never awaited,
        and Python printed a "coroutine ... was never awaited" warning under the one-line
        error."""
        self.open_index()

    def open_index(self) -> None:
        self.index = self.services.open_dedup_index()  # shared with the incremental middleware

    def close_spider(self) -> None:
        self.flush_duplicates()
        if self.index is not None:
            self.index = None
            self.services.close_dedup_index()

    def articles_written(self, urls: list[str]) -> None:
        for url in urls:
            self.pending.pop(url, None)
        if self.index is not None:
            try:
                self.index.commit(urls)
            except STORAGE_ERRORS as error:
                # the rows are on disk; their entries stay pending and the next run
                # fetches those stories again
                self.services.storage.write_failed(error, "the dedup state")
            except REDIS_ERRORS as error:  # the rows are on disk; the next start refills Redis
                redis_lost(self.services.crawler, error, "committing written stories")

    def article_replaced(self, url: str, verdict: Verdict | None = None) -> None:
        """The row of ``url`` will not be written. With ``verdict``, another worker
        replaced it (Redis) and this one, which has the copy's details, logs it."""
        described = self.pending.pop(url, None)
        if verdict is not None:
            self.duplicates.update("dup_of", url, verdict.dup_of)  # copies of it logged here
            self._record_duplicate(url, verdict.dup_of, verdict, described or {})

    def request_dropped(self, request: Request) -> None:
        """A redirected request the scheduler dropped as a duplicate: the page is (or
        will be) fetched through another link, so its hops go with that page's verdict,
        recorded now if the page is already kept."""
        if not request.meta.get("redirect_urls") or self.index is None:
            return
        url = canonicalize_url(request.url)
        hops = moved_from(request.meta, url)
        if not hops:
            return
        try:
            kept = self.index.known_url(url)
        except (*STORAGE_ERRORS, *REDIS_ERRORS):
            return  # the next run fetches these hops again, nothing worse
        if kept:
            self._record_redirects(tuple(hops), url, self._known(url))
        else:
            self.moved_here.setdefault(url, []).extend(hops)

    def alternate_skipped(self, url: str, of: str) -> None:
        """Another view of the article ``of`` that was not fetched: an ``alternate`` row,
        so later runs do not fetch it either (``snapcrawl.state.seen``)."""
        self._add_pointer(url, of, ALTERNATE, self._known(of))

    def _add_pointer(self, url: str, story: str, kind: str, described: dict[str, Any]) -> bool:
        """A duplicates row saying ``url`` is no copy of its own but leads to ``story``
        (a ``redirect`` hop, an ``alternate`` view); False when the log cannot be written."""
        row = {
            "url": url,
            "dup_of": story,
            "kind": kind,
            "similarity": 1.0,
            "run_id": self.run_id,
            "detected_at": datetime.now(UTC),
            **described,
            "host": url_host(url),
        }
        try:
            self.duplicates.add(row)
        except STORAGE_ERRORS as error:
            self.services.storage.write_failed(error, "the duplicates log")
            return False
        return True

    def _known(self, url: str) -> dict[str, Any]:
        """The title and crawl date of the story at ``url`` as far as this run knows them
        (a story kept by an earlier run: today's date, no title)."""
        described = self.pending.get(url) or self.kept_described.get(url)
        if described is not None:
            return {"title": described.get("title"), "crawl_date": described.get("crawl_date")}
        return {"title": None, "crawl_date": datetime.now(UTC).date()}

    def flush_duplicates(self) -> None:
        try:
            self.duplicates.flush()
        except STORAGE_ERRORS as error:
            self.services.storage.write_failed(error, "the duplicates log")

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticleItem) or self.index is None:
            return item
        article = ItemAdapter(item)
        url = canonicalize_url(article["url"])
        article["url"] = url
        if self.services.storage.stopped:
            raise DropItem("not checked: DATA_DIR is not writable")
        rank = keep_rank(url, article.get("snapshot_at"))
        apart = self.index.stats["facts_apart"]
        try:
            kept = self.index.keep_best(
                url, article["body"], rank, run_id=self.run_id, entry=item.dedup_entry
            )
        except STORAGE_ERRORS as error:
            self.services.storage.write_failed(error, "the dedup state")
            raise DropItem("not checked: the dedup state cannot be written") from None
        except REDIS_ERRORS as error:
            redis_lost(self.services.crawler, error, "checking a story against the dedup state")
            raise DropItem("not checked: Redis is unreachable") from None
        if self.index.stats["facts_apart"] > apart:
            self.stats.inc_value(
                counters.DEDUP_FACTS_APART, self.index.stats["facts_apart"] - apart
            )
        described = self._describe(article)
        verdict = kept.verdict
        hops = item.redirect_urls + tuple(self.moved_here.pop(url, ()))
        self._record_redirects(hops, url if kept.kept else verdict.dup_of, described)
        if kept.kept:
            self.pending[url] = described
            self.kept_described[url] = described
            if len(self.kept_described) > KEPT_DESCRIBED:
                self.kept_described.popitem(last=False)
            if kept.replaced is None:
                self.stats.inc_value(counters.DEDUP_KEPT)
                return item
            # a better copy of a story kept earlier in this run, whose row is not yet
            # written: it takes that row's place, and that copy becomes its duplicate
            # (dropped like any duplicate, so the runs table and summaries count it)
            self.stats.inc_value(counters.DEDUP_REPLACED)
            self.stats.inc_value(f"{counters.DEDUP_DROPPED}{verdict.kind}")
            self.duplicates.update("dup_of", kept.replaced, url)
            replaced = self.pending.pop(kept.replaced, None)
            if replaced is not None:  # else another worker's (Redis): it logs the copy
                self.crawler.signals.send_catch_log(
                    signal=snapcrawl_signals.article_replaced, url=kept.replaced
                )
                self._record_duplicate(kept.replaced, url, verdict, replaced)
            return item
        self.stats.inc_value(f"{counters.DEDUP_DROPPED}{verdict.kind}")
        self._record_duplicate(url, verdict.dup_of, verdict, described)
        raise DropItem(f"{verdict.kind} duplicate of {verdict.dup_of} ({verdict.similarity:.3f})")

    @staticmethod
    def _describe(article: ItemAdapter) -> dict[str, Any]:
        """What the duplicates table records of a copy besides its URL."""
        return {key: article.get(key) for key in ("host", "title", "crawl_date")}

    def _record_redirects(
        self, hops: tuple[str, ...], story: str, described: dict[str, Any]
    ) -> None:
        """Record the URLs that redirected to a copy of ``story`` (the kept URL) as its
        ``redirect`` rows: the incremental layer does not fetch them again
        (``snapcrawl.state.seen``). Rows pointing at a pending copy that a better one
        replaces later are repointed like its other duplicates (``update("dup_of")``)."""
        for hop in dict.fromkeys(hops):
            self.stats.inc_value(counters.DEDUP_REDIRECTS)
            if not self._add_pointer(hop, story, REDIRECT, described):
                return

    def _record_duplicate(
        self, url: str, dup_of: str, verdict: Verdict, described: dict[str, Any]
    ) -> None:
        row = {
            "url": url,
            "dup_of": dup_of,
            "kind": verdict.kind,
            "similarity": verdict.similarity,
            "run_id": self.run_id,
            "detected_at": datetime.now(UTC),
            **described,
        }
        try:
            self.duplicates.add(row)
        except STORAGE_ERRORS as error:
            self.services.storage.write_failed(error, "the duplicates log")
