"""A damaged state store: the crawl stops with the recovery command; the command repairs it."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from crawler.cli.state import main as state_main
from crawler.exit_codes import EXIT_DATA
from tests.crawling import run_scrapy_crawl
from tests.crawling import run_snapcrawl as snapcrawl


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
    assert "never awaited" not in result.stderr  # the pipelines opened before it, awaited
    runs = pd.read_parquet(tmp_path / "runs")
    assert sorted(runs["finish_reason"]) == ["finished", "open_failed"]  # not "shutdown"

    assert state_main(["check", str(tmp_path)]) == 1
    assert "DAMAGED" in capsys.readouterr().out
    assert state_main(["rebuild", str(tmp_path)]) == 0
    assert f"{kept} stories" in capsys.readouterr().out
    assert state_main(["check", str(tmp_path)]) == 0
    assert list(store.parent.glob("dedup.sqlite.damaged-*"))  # kept for inspection

    run_scrapy_crawl(demo_site.url, tmp_path, *settings)  # knows every story again
    assert len(pd.read_parquet(tmp_path / "articles")) == kept


def test_a_damaged_boilerplate_store_stops_the_crawl_at_start(demo_site, tmp_path):
    """It is opened in the extraction workers, where it failed every page: thousands of
    traceback lines, no article kept, and exit code 0."""
    store = tmp_path / "state" / "boilerplate.sqlite"
    store.parent.mkdir(parents=True)
    store.write_bytes(b"this is not a database" * 100)
    settings = ("SNAPCRAWL_KEYWORDS_ENABLED=False", "CLOSESPIDER_PAGECOUNT=5")
    result = run_scrapy_crawl(demo_site.url, tmp_path, *settings, check=False)
    assert result.returncode == EXIT_DATA
    assert f"the state store {store} cannot be used (file is not a database)" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "articles").exists()

    rebuilt = snapcrawl("state", "rebuild", str(tmp_path))
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "boilerplate.sqlite: damaged, moved to" in rebuilt.stdout
    run_scrapy_crawl(demo_site.url, tmp_path, *settings)  # learns it again
    assert len(pd.read_parquet(tmp_path / "articles")) > 0


def test_an_unreadable_data_file_is_named_quarantined_and_the_store_swapped_only_when_whole(
    demo_site, tmp_path
):
    settings = ("SNAPCRAWL_KEYWORDS_ENABLED=False", "SNAPCRAWL_PARQUET_BATCH_ROWS=10")
    run_scrapy_crawl(demo_site.url, tmp_path, *settings)
    files = sorted((tmp_path / "articles").rglob("*.parquet"))
    assert len(files) > 1
    total = len(pd.read_parquet(tmp_path / "articles"))
    broken = files[0]
    lost = pq.read_metadata(broken).num_rows
    broken.write_bytes(broken.read_bytes()[:-100])  # the footer cut off
    store = tmp_path / "state" / "dedup.sqlite"
    healthy = store.read_bytes()

    check = snapcrawl("state", "check", str(tmp_path))
    assert check.returncode == 1, check.stdout + check.stderr
    assert f"{broken}: UNREADABLE" in check.stdout
    assert f"snapcrawl state rebuild --quarantine {tmp_path}" in check.stdout

    refused = snapcrawl("state", "rebuild", str(tmp_path))  # without --quarantine
    assert refused.returncode == 65
    assert str(broken) in refused.stderr
    assert "--quarantine" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert store.read_bytes() == healthy  # the old store untouched
    assert not list(store.parent.glob("dedup.sqlite.rebuild-*"))

    rebuilt = snapcrawl("state", "rebuild", "--quarantine", str(tmp_path))
    assert rebuilt.returncode == 0, rebuilt.stderr
    moved = tmp_path / "quarantine" / "articles" / broken.relative_to(tmp_path / "articles")
    assert moved.is_file()
    assert not broken.exists()
    assert f"{total - lost} stories" in rebuilt.stdout
    ok = snapcrawl("state", "check", str(tmp_path))
    assert ok.returncode == 0, ok.stdout
    assert (store.parent / "dedup.sqlite.previous").is_file()

    # the quarantined stories are unknown to the state now: the next crawl fetches them again
    run_scrapy_crawl(demo_site.url, tmp_path, *settings)
    assert len(pd.read_parquet(tmp_path / "articles")) == total


def test_check_quarantine_moves_the_file_and_says_to_rebuild(demo_site, tmp_path):
    run_scrapy_crawl(demo_site.url, tmp_path, "SNAPCRAWL_KEYWORDS_ENABLED=False")
    (broken,) = sorted((tmp_path / "runs").rglob("*.parquet"))[:1]
    broken.write_bytes(b"PAR1 not parquet at all")
    result = snapcrawl("state", "check", "--quarantine", str(tmp_path))
    assert result.returncode == 1
    assert "moved to" in result.stdout
    assert f"snapcrawl state rebuild {tmp_path}" in result.stdout
    assert (tmp_path / "quarantine" / "runs" / broken.name).is_file()
    assert snapcrawl("state", "check", str(tmp_path)).returncode == 0  # nothing left to fix


def test_a_foreign_parquet_file_is_named_by_check_report_and_compact_and_quarantined(
    demo_site, tmp_path
):
    """Another tool's Parquet file copied into articles/: its footer reads, so state check
    said "all readable" and exited 0, while compact died with a pyarrow traceback (exit 1)
    and report said "Failed to parse string: '…' as a scalar of type int64", naming no
    file. Now each names the file; --quarantine takes it out and all reads again."""
    run_scrapy_crawl(demo_site.url, tmp_path, "SNAPCRAWL_KEYWORDS_ENABLED=False")
    total = len(pd.read_parquet(tmp_path / "articles"))
    (partition,) = (tmp_path / "articles").glob("crawl_date=*")
    foreign = partition / "export.parquet"
    pq.write_table(pa.table({"id": [1, 2], "title": [10, 20]}), foreign)
    why = "not a file of this table: its column title is a whole number"

    check = snapcrawl("state", "check", str(tmp_path))
    assert check.returncode == 1, check.stdout + check.stderr
    assert f"{foreign}: UNREADABLE ({why}" in check.stdout
    for command in ("report", "compact"):
        result = snapcrawl(command, str(tmp_path))
        assert result.returncode == EXIT_DATA, result.stderr
        assert "Traceback" not in result.stderr
        assert f"{foreign}: not a" in result.stderr
        assert why in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert foreign.is_file()  # nothing moved without --quarantine

    moved = snapcrawl("state", "check", "--quarantine", str(tmp_path))
    assert moved.returncode == 1
    assert (tmp_path / "quarantine" / "articles" / partition.name / foreign.name).is_file()
    assert snapcrawl("state", "check", str(tmp_path)).returncode == 0
    assert snapcrawl("report", str(tmp_path)).returncode == 0
    assert snapcrawl("compact", str(tmp_path)).returncode == 0
    assert len(pd.read_parquet(tmp_path / "articles")) == total
