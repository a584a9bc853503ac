"""A worker's heartbeat: the Redis key that says it is alive, renewed off the reactor.

A worker silent for ``dead_after`` (three beats) is dead: others put its in-flight
requests back in the queue. A worker restarted under the same name first waits for
its old key to expire, so two live processes never share a name.
"""

from __future__ import annotations

import logging
import threading
import time

from crawler.distributed.connection import DistributedRun
from crawler.distributed.lost import REDIS_ERRORS
from snapcrawl.errors import ConfigError

logger = logging.getLogger(__name__)


def wait_for_name(run: DistributedRun) -> None:
    """A worker restarted under its old name waits for the old heartbeat to expire;
    one still renewed after that is another live worker: the run stops."""
    alive = run.keys.alive(run.worker)
    deadline = time.monotonic() + run.config.dead_after + run.config.heartbeat_seconds
    if run.client.exists(alive):
        logger.info("waiting for the last heartbeat of an earlier worker %s to expire", run.worker)
    while run.client.exists(alive):
        if time.monotonic() > deadline:
            raise ConfigError(
                "SNAPCRAWL_DISTRIBUTED_WORKER", run.worker, "another live worker has this name"
            )
        time.sleep(0.1)


class Heartbeat(threading.Thread):
    """Renews ``{base}:alive:<worker>`` from its own thread, so a busy reactor never
    looks dead: the key expires only when the process is gone (or Redis is unreachable)."""

    def __init__(self, run: DistributedRun) -> None:
        super().__init__(name=f"snapcrawl-heartbeat-{run.worker}", daemon=True)
        self.crawl = run
        self.lost = False  # the key had expired: others may have taken this worker's requests
        self._stopped = threading.Event()
        self._renew(check=False)

    def run(self) -> None:
        while not self._stopped.wait(self.crawl.config.heartbeat_seconds):
            try:
                self._renew(check=True)
            except REDIS_ERRORS:  # the reactor's beat reports it (redis_lost); retry
                continue

    def _renew(self, *, check: bool) -> None:
        run = self.crawl
        ttl = int(run.config.dead_after * 1000)
        previous = run.client.set(run.keys.alive(run.worker), "1", px=ttl, get=True)
        if check and previous is None:
            self.lost = True

    def stop(self) -> None:
        self._stopped.set()
        self.join(timeout=5)
