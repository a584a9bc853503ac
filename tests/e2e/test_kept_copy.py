"""The same site gives the same kept URL per story, whatever the concurrency or timing.

A site (made from the demo site's articles) publishes each story twice, both copies
linked from one page, so they are fetched at once and arrive in any order. Two live
crawls at CONCURRENT_REQUESTS=16 against a server that answers after a random delay,
and a replay of a recording, must keep the URL the rule of ``snapcrawl.dedup.rank``
names for every story (earliest snapshot, then smallest URL), and log the same copies
as duplicates.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from snapcrawl.fixtures.server import FixtureRequestHandler, FixtureSiteServer, serving
from tests.crawling import DEMO_DIR, run_scrapy_crawl

FAST = ("AUTOTHROTTLE_ENABLED=False", "SNAPCRAWL_KEYWORDS_ENABLED=False", "CONCURRENT_REQUESTS=16")


class JitteryHandler(FixtureRequestHandler):
    """Answers after 0-80 ms, drawn per request: pages arrive in a different order each run."""

    def _respond(self, send_body: bool) -> None:
        time.sleep(self.server.rng.uniform(0, 0.08))
        super()._respond(send_body)


STORIES = 16


def copies_site(root: Path) -> set[str]:
    """Write the site; returns the paths the rule keeps. Copy ``a`` of a story has the
    smaller URL; copy ``b`` of every other story has an earlier snapshot time."""
    truth = json.loads((DEMO_DIR / "truth.json").read_text("utf-8"))["sites"]["site"]
    articles = [a for a in truth["articles"] if a["encoding"] == "utf-8"][:STORIES]
    links, kept = [], set()
    for n, article in enumerate(articles):
        page = DEMO_DIR / "site" / article["path"].lstrip("/")
        html = (page / "index.html" if article["path"].endswith("/") else page).read_text("utf-8")
        earlier = "2024-" + article["snapshot_at"].removeprefix("2025-").removeprefix("2026-")
        for copy in ("a", "b"):
            text = html.replace(article["snapshot_at"], earlier) if copy == "b" and n % 2 else html
            path = f"/c/{copy}/{n:02d}.html"
            (root / path.lstrip("/")).parent.mkdir(parents=True, exist_ok=True)
            (root / path.lstrip("/")).write_text(text, "utf-8")
            links.append(f'<li><a href="{path}">{article["title"]} {copy}</a></li>')
        kept.add(f"/c/{'b' if n % 2 else 'a'}/{n:02d}.html")
    random.Random(0).shuffle(links)
    (root / "index.html").write_text(
        '<html><head><meta charset="utf-8"><title>转载</title></head><body><ul>'
        + "".join(links)
        + "</ul></body></html>",
        "utf-8",
    )
    return kept


class JitterySite(FixtureSiteServer):
    def __init__(
        self, root: Path, seed: int, port: int = 0, handler: type = JitteryHandler
    ) -> None:
        super().__init__(root, port=port)
        self.RequestHandlerClass = handler
        self.rng = random.Random(seed)


@contextmanager
def jittery_site(
    root: Path, seed: int, port: int = 0, handler: type = JitteryHandler
) -> Iterator[JitterySite]:
    """The site at ``root`` on ``port`` (0: any free one), answering with random delays
    (``handler`` draws them)."""
    with serving(JitterySite(root, seed, port, handler)) as server:
        yield server


def kept_and_logged(data_dir: Path) -> tuple[set[str], set[tuple[str, str, str]]]:
    articles = pd.read_parquet(data_dir / "articles")
    duplicates = pd.read_parquet(data_dir / "duplicates")
    assert articles["url"].is_unique
    logged = {(r.url, r.dup_of, r.kind) for r in duplicates.itertuples()}
    return set(articles["url"]), logged


def test_live_crawls_at_any_timing_and_a_replay_keep_the_same_copies(tmp_path):
    site_root = tmp_path / "site"
    expected = copies_site(site_root)
    recording = tmp_path / "recording"
    port = 0
    runs = []
    for seed in (1, 2):
        with jittery_site(site_root, seed, port) as site:
            port = site.server_address[1]
            extra = (f"SNAPCRAWL_RECORD_DIR={recording}",) if seed == 1 else ()
            run_scrapy_crawl(site.url, tmp_path / f"live-{seed}", *FAST, *extra)
            runs.append(kept_and_logged(tmp_path / f"live-{seed}"))
            url = site.url
    run_scrapy_crawl(url, tmp_path / "replay", *FAST, f"REPLAY_DIR={recording}")
    runs.append(kept_and_logged(tmp_path / "replay"))

    (kept, logged), *others = runs
    assert kept == {url.rstrip("/") + path for path in expected}
    assert len(logged) == STORIES  # one copy of each story, as an exact duplicate
    assert {kind for _, _, kind in logged} == {"exact"}
    for other_kept, other_logged in others:
        assert other_kept == kept
        assert other_logged == logged
