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
from typing import TextIO

import redis

from crawler import defaults
from crawler.cli.errors import EXIT_UNAVAILABLE, EXIT_USAGE, CommandError
from crawler.cli.options import setting_values
from crawler.config import dedup_config
from crawler.distributed.config import REDIS_SCHEMES
from crawler.distributed.lost import FIX, REDIS_ERRORS
from snapcrawl.dedup import DedupIndex, open_store
from snapcrawl.errors import ConfigError
from snapcrawl.layout import DataDir
from snapcrawl.state.redis_sync import check_store, refill_store


def redis_store_spec(store: str | None, settings: Sequence[str]) -> str | None:
    """The Redis store the command works on, or None for the SQLite stores."""
    values = setting_values(settings)
    if store:
        if not store.startswith(REDIS_SCHEMES):
            raise CommandError(
                f"--store {store}: give a redis:// URL (the SQLite stores under DATA_DIR"
                " are checked without --store)",
                EXIT_USAGE,
            )
        return store
    spec = values.get("SNAPCRAWL_DEDUP_STORE") or values.get("REDIS_URL") or ""
    return spec if spec.startswith(REDIS_SCHEMES) else None


def run_on_redis(
    action: str, spec: str, layout: DataDir, data_dir: str, out: TextIO, settings: Sequence[str]
) -> int:
    """``check`` or ``rebuild`` the Redis store ``spec`` against the dataset of ``layout``,
    with the crawl's SNAPCRAWL_DEDUP_THRESHOLD (from ``settings``) for near copies."""
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
                    out.write(f"{spec}: ok ({check.articles} stories of the dataset)\n")
                    return 0
                out.write(
                    f"{spec}: LACKS {len(check.missing)} of the {check.articles} stories of"
                    f" the dataset ({len(check.pending)} more held only under a lease):"
                    " the next crawl would write them again\n"
                )
                out.write(f"repair with: snapcrawl state rebuild {data_dir} --store {spec}\n")
                return 1
            added = refill_store(index, layout, check=check)
            out.write(
                f"{spec}: refilled from the dataset, {added} stories put back"
                f" ({check.articles} stories in the dataset)\n"
            )
            return 0
    except REDIS_ERRORS as error:
        raise CommandError(
            f"REDIS_URL={spec}: cannot connect ({error}): {FIX}", EXIT_UNAVAILABLE
        ) from None
    except redis.RedisError as error:
        raise CommandError(f"REDIS_URL={spec}: {error}", EXIT_UNAVAILABLE) from None
    except ValueError as error:  # the store was built with other signature parameters
        raise CommandError(f"REDIS_URL={spec}: {error}", EXIT_USAGE) from None
