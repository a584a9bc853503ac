"""``snapcrawl state check|rebuild`` on a Redis dedup store (distributed mode).

Which store: ``--store redis://...``, else ``-s SNAPCRAWL_DEDUP_STORE=...``, else
``-s REDIS_URL=...`` (the store a distributed crawl uses); without any of them the
command checks the SQLite stores under DATA_DIR (``crawler.cli.state``).

``check`` compares the store with the dataset's articles: a story of the dataset
the store lacks (or holds only under a lease) would be written again by the next
crawl, so it is reported with the repair command. ``rebuild`` puts those stories
back, committed (``snapcrawl.state.redis_sync``); nothing the store holds is
deleted, so it is safe while workers run. Workers do the same on their own at
start: the command is for checking, or for refilling before a crawl.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TextIO

import redis

from crawler import defaults
from crawler.cli.errors import EXIT_UNAVAILABLE, EXIT_USAGE, CommandError
from crawler.cli.options import setting_values
from crawler.config import dedup_config
from crawler.distributed.redis_url import REDIS_SCHEMES, check_redis_url, redacted, start_error
from snapcrawl.dedup import DedupIndex, open_store
from snapcrawl.errors import ConfigError, ServiceUnavailable
from snapcrawl.layout import DataDir
from snapcrawl.state.redis_sync import check_store, refill_store


@dataclass(frozen=True)
class RedisSpec:
    """The Redis store a ``state`` command works on, and the option or setting that named
    it (for its error messages)."""

    url: str
    named_by: str  # --store, SNAPCRAWL_DEDUP_STORE or REDIS_URL


def redis_store_spec(store: str | None, settings: Sequence[str]) -> RedisSpec | None:
    """The Redis store the command works on, checked, or None for the SQLite stores."""
    values = setting_values(settings)
    if store:
        if not store.startswith(REDIS_SCHEMES):
            raise CommandError(
                f"--store {store}: give a redis:// URL (the SQLite stores under DATA_DIR"
                " are checked without --store)",
                EXIT_USAGE,
            )
        spec = RedisSpec(store, "--store")
    else:
        named_by = "SNAPCRAWL_DEDUP_STORE" if values.get("SNAPCRAWL_DEDUP_STORE") else "REDIS_URL"
        url = values.get(named_by) or ""
        if not url.startswith(REDIS_SCHEMES):
            return None
        spec = RedisSpec(url, named_by)
    try:
        check_redis_url(spec.named_by, spec.url)
    except ConfigError as error:
        raise CommandError(str(error), EXIT_USAGE) from None
    return spec


def run_on_redis(
    action: str,
    store: RedisSpec,
    layout: DataDir,
    data_dir: str,
    out: TextIO,
    settings: Sequence[str],
) -> int:
    """``check`` or ``rebuild`` the Redis store against the dataset of ``layout``, with
    the crawl's SNAPCRAWL_DEDUP_THRESHOLD (from ``settings``) for near copies. What it
    prints shows the URL without its password, except the repair command to copy."""
    spec, shown = store.url, redacted(store.url)
    values = {"SNAPCRAWL_DEDUP_THRESHOLD": str(defaults.SNAPCRAWL_DEDUP_THRESHOLD)}
    values.update(setting_values(settings))
    try:
        config = dedup_config(values)
    except ConfigError as error:
        raise CommandError(str(error), EXIT_USAGE) from None
    try:
        with DedupIndex(open_store(spec), config) as index:
            check = check_store(index, layout)
            if action == "check":
                if check.ok:
                    out.write(f"{shown}: ok ({check.articles} stories of the dataset)\n")
                    return 0
                out.write(
                    f"{shown}: LACKS {len(check.missing)} of the {check.articles} stories of"
                    f" the dataset ({len(check.pending)} more held only under a lease):"
                    " the next crawl would write them again\n"
                )
                out.write(f"repair with: snapcrawl state rebuild {data_dir} --store {spec}\n")
                return 1
            added = refill_store(index, layout, check=check)
            out.write(
                f"{shown}: refilled from the dataset, {added} stories put back"
                f" ({check.articles} stories in the dataset)\n"
            )
            return 0
    except redis.RedisError as error:
        refused = start_error(store.named_by, spec, error)
        code = EXIT_UNAVAILABLE if isinstance(refused, ServiceUnavailable) else EXIT_USAGE
        raise CommandError(str(refused), code) from None
    except ValueError as error:  # the store was built with other signature parameters
        raise CommandError(f"{store.named_by}={shown}: {error}", EXIT_USAGE) from None
