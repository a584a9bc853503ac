"""A damaged state store: the crawl stops with the recovery command; the command repairs it."""

from __future__ import annotations

import pandas as pd

from crawler.cli.state import main as state_main
from crawler.exit_codes import EXIT_DATA
from tests.crawling import run_scrapy_crawl


def test_damaged_dedup_state_is_reported_and_rebuilt_from_the_dataset(demo_site, tmp_path, capsys):
    settings = ("SNAPCRAWL_KEYWORDS_ENABLED=False",)
    run_scrapy_crawl(demo_site.url, tmp_path, *settings)
    kept = len(pd.read_parquet(tmp_path / "articles"))
    store = tmp_path / "state" / "dedup.sqlite"
    for companion in store.parent.glob("dedup.sqlite-*"):
        companion.unlink()
    store.write_bytes(b"this is not a database" * 100)

    result = run_scrapy_crawl(demo_site.url, tmp_path, *settings, check=False)
    assert result.returncode == EXIT_DATA
    assert f"snapcrawl state rebuild {tmp_path}" in result.stderr
    assert "Traceback" not in result.stderr

    assert state_main(["check", str(tmp_path)]) == 1
    assert "DAMAGED" in capsys.readouterr().out
    assert state_main(["rebuild", str(tmp_path)]) == 0
    assert f"{kept} stories" in capsys.readouterr().out
    assert state_main(["check", str(tmp_path)]) == 0
    assert list(store.parent.glob("dedup.sqlite.damaged-*"))  # kept for inspection

    run_scrapy_crawl(demo_site.url, tmp_path, *settings)  # knows every story again
    assert len(pd.read_parquet(tmp_path / "articles")) == kept
