from __future__ import annotations

from datetime import date

import pandas as pd
import pyarrow.parquet as pq
import pytest

from snapcrawl.dataset.read import open_table
from snapcrawl.dataset.report_data import (
    NO_CATEGORY,
    OTHER_CATEGORIES,
    articles_per_category,
    articles_per_day,
    duplicate_share_per_host,
    keywords_per_category,
    noise_per_host,
    null_count,
    read_table,
)
from snapcrawl.store import RUN_SCHEMA
from tests.snapcrawl.dataset.report_dataset import (
    HOSTS,
    WITH_KEYWORDS,
    WITHOUT_KEYWORDS,
    article_rows,
    build_dataset,
    duplicate_rows,
    run_rows,
    write_rows,
)


class NoExtraction:
    def extract(self, title, body):  # pragma: no cover - must not be called
        raise AssertionError("keywords were computed although the column has them")


class CountingExtraction:
    def __init__(self) -> None:
        self.calls = 0

    def extract(self, title, body):
        self.calls += 1
        return ["计算", title[:2]]


def test_a_missing_table_says_so(tmp_path):
    table = read_table(tmp_path, "duplicates", ("url",))
    assert table.frame is None
    assert table.rows == 0
    assert "no duplicates table" in table.note
    assert str(tmp_path / "duplicates") in table.note


def test_an_empty_table_says_so(tmp_path):
    (tmp_path / "runs").mkdir()
    assert "has no files yet" in read_table(tmp_path, "runs", ("run_id",)).note
    pq.write_table(RUN_SCHEMA.empty_table(), tmp_path / "runs" / "part-r-00001.parquet")
    assert "has no rows" in read_table(tmp_path, "runs", ("run_id",)).note


def test_files_from_before_the_keywords_column_read_as_nulls(tmp_path):
    root = tmp_path / "articles"
    write_rows(root, WITHOUT_KEYWORDS, article_rows(4, keywords=False), run_id="old")
    write_rows(root, WITH_KEYWORDS, article_rows(3), run_id="new")
    table = read_table(tmp_path, "articles", ("url", "keywords", "crawl_date", "no_such"))
    assert list(table.frame.columns) == ["url", "keywords", "crawl_date"]
    assert table.frame["keywords"].isna().sum() == 4
    assert null_count(open_table(tmp_path, "articles"), "keywords") == 4


def test_articles_per_day_in_shanghai_dates():
    frame = pd.DataFrame(article_rows(12))
    frame["published_at"] = pd.to_datetime(frame["published_at"].tolist())
    counts, undated = articles_per_day(frame)
    assert undated == 2
    assert counts.sum() == 10
    assert min(counts.index) == date(2025, 2, 10)


def test_categories_past_the_top_become_one_bar():
    frame = pd.DataFrame({"category": ["a"] * 5 + ["b"] * 3 + ["c", "d", None, ""]})
    counts = articles_per_category(frame, top=3)
    assert counts.to_dict() == {"a": 5, "b": 3, OTHER_CATEGORIES: 4}
    assert articles_per_category(frame, top=10)[NO_CATEGORY] == 2


def test_keywords_come_from_the_column_when_it_has_them():
    frame = pd.DataFrame(article_rows(24))
    keywords = keywords_per_category(frame, NoExtraction(), top_categories=2, per_category=1)
    assert keywords == {"体育": [("联赛", 7)], "科技": [("人工智能", 7)]}  # ties by name


def test_keywords_are_computed_only_for_rows_without():
    rows = article_rows(6)
    for row in rows[:3]:
        row["keywords"] = None
    extractor = CountingExtraction()
    keywords = keywords_per_category(pd.DataFrame(rows), extractor, per_category=3)
    assert extractor.calls == 3
    assert keywords["科技"][0] == ("芯片", 2)
    assert ("计算", 1) in keywords["科技"]


def test_duplicate_share_per_host():
    articles = pd.DataFrame(article_rows(24))
    duplicates = pd.DataFrame(duplicate_rows(9))
    table = duplicate_share_per_host(articles, duplicates)
    first = table.loc[HOSTS[0]]
    assert (first["kept"], first["url"], first["exact"], first["near"]) == (8, 2, 1, 2)
    assert first["share"] == pytest.approx(5 / 13)
    assert table.loc[HOSTS[2], "share"] == 0
    assert table.index[0] == HOSTS[0]


def test_urls_that_redirected_to_a_story_are_no_dropped_copies():
    articles = pd.DataFrame(article_rows(24))
    moved = {"url": f"http://{HOSTS[0]}/old/1.html", "kind": "redirect", "host": HOSTS[0]}
    duplicates = pd.DataFrame([*duplicate_rows(9), moved])
    table = duplicate_share_per_host(articles, duplicates)
    assert "redirect" not in table
    assert table.loc[HOSTS[0], "share"] == pytest.approx(5 / 13)


def test_duplicate_share_without_duplicates_or_host_column():
    articles = pd.DataFrame(article_rows(6)).drop(columns=["host"])
    table = duplicate_share_per_host(articles, None)
    assert set(table.index) == set(HOSTS)
    assert (table["share"] == 0).all()


def test_noise_from_articles_then_from_runs():
    articles = pd.DataFrame(article_rows(24))
    table, source = noise_per_host(articles, pd.DataFrame(run_rows()))
    assert source == "articles.noise"
    assert table["removed"].sum() == sum(n % 4 for n in range(24))
    assert table.loc[HOSTS[0], "per_article"] == pytest.approx(table.loc[HOSTS[0], "removed"] / 8)
    table, source = noise_per_host(articles.drop(columns=["noise"]), pd.DataFrame(run_rows()))
    assert source == "runs.noise_removed"
    assert table.loc[HOSTS[2], "removed"] == 30
    assert noise_per_host(None, None)[0].empty


def test_the_builder_dataset_reads_back(tmp_path):
    build_dataset(tmp_path)
    assert read_table(tmp_path, "articles", ("url",)).rows == 24
    assert read_table(tmp_path, "duplicates", ("url",)).rows == 9
    assert read_table(tmp_path, "runs", ("run_id",)).rows == 3
