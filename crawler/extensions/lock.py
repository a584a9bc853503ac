"""JobLock: at most one run of a job at a time, however it was started.

With ``SNAPCRAWL_LOCK_NAME=<job>`` the crawl process (``CrawlServices``) takes an ``flock`` on
``DATA_DIR/state/locks/<job>.lock`` before anything else opens (scheduler,
JOBDIR, pipelines) and holds it until the engine stops. A second run of the
job stops at start with a message naming the holder. The kernel releases the
lock when the process dies, so a crashed run never leaves it stuck.
``snapcrawl run`` and ``snapcrawl schedule`` set the name to the job's; a
plain ``scrapy crawl`` takes no lock unless given one.
"""

from __future__ import annotations

import logging
from pathlib import Path

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from crawler.config import Config
from snapcrawl.layout import new_run_id
from snapcrawl.state import LockHeld, RunLock

logger = logging.getLogger(__name__)


class JobLock:
    def __init__(self, name: str, path: Path, run_id: str = "") -> None:
        self.name = name
        self.path = path
        self.run_id = run_id
        self.lock: RunLock | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> JobLock:
        """A lock on its own (a test, or a crawl without CrawlServices): taken now."""
        config = Config.from_settings(crawler.settings)
        name = config.lock_name
        if not name:
            raise NotConfigured  # no job, no lock; silent, as most crawls have none
        extension = cls(name, config.layout.lock(name), config.run_id or new_run_id())
        extension.acquire()
        crawler.signals.connect(extension.release, signal=signals.engine_stopped)
        return extension

    def acquire(self) -> None:
        """Take the lock now; raise :class:`LockHeld` (logged first) when a run holds it."""
        try:
            self.lock = RunLock.acquire(self.path, name=self.name, run_id=self.run_id)
        except LockHeld as error:
            logger.error("%s", error)
            raise
        logger.info("job %s: lock %s taken", self.name, self.path)

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None
            logger.info("job %s: lock released", self.name)
