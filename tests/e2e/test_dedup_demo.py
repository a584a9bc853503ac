"""Across runs and sites: the demo site twice, then a mirror that republishes its stories
with edits, leave exactly one row per story, and every dropped copy logged with its kind."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.crawling import run_scrapy_crawl


@pytest.fixture(scope="module")
def three_runs(demo_site, demo_mirror, tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("dedup-demo")
    for url in (demo_site.url, demo_site.url, demo_mirror.url):
        run_scrapy_crawl(url, data_dir, "SNAPCRAWL_KEYWORDS_ENABLED=False")
    articles = pd.read_parquet(data_dir / "articles")
    duplicates = pd.read_parquet(data_dir / "duplicates")
    return articles, duplicates


def story_of(url: str, hosts: dict[str, str], truth: dict) -> str:
    for site, base in hosts.items():
        if url.startswith(base):
            path = url.removeprefix(base)
            for article in truth["sites"][site]["articles"]:
                if article["path"] == path:
                    return article["story"]
            for duplicate in truth["sites"][site]["duplicates"]:
                if duplicate["path"] == path:
                    return story_of(base + duplicate["dup_of"], hosts, truth)
    raise AssertionError(f"{url} is not a demo article")


def test_exactly_one_row_per_story(three_runs, demo_site, demo_mirror, demo_truth):
    articles, _ = three_runs
    hosts = {"site": demo_site.url.rstrip("/"), "mirror": demo_mirror.url.rstrip("/")}
    stories = [story_of(url, hosts, demo_truth) for url in articles["url"]]
    expected = {
        a["story"] for site in ("site", "mirror") for a in demo_truth["sites"][site]["articles"]
    }
    assert sorted(stories) == sorted(expected)  # every story, none twice


def test_the_second_run_of_the_same_site_adds_no_row(three_runs):
    articles, _ = three_runs
    assert articles["run_id"].nunique() == 2  # the first run of each site


def test_every_dropped_copy_is_logged_with_its_kind(three_runs, demo_site, demo_mirror, demo_truth):
    articles, duplicates = three_runs
    site, mirror = demo_site.url.rstrip("/"), demo_mirror.url.rstrip("/")
    logged = {row["url"]: row for row in duplicates.to_dict("records")}
    kept = set(articles["url"])
    for copy in demo_truth["sites"]["site"]["duplicates"]:  # re-snapshots under new ids
        row = logged.get(site + copy["path"]) or logged.get(site + copy["dup_of"])
        assert row is not None, copy
        assert row["kind"] == "exact", copy
        assert row["dup_of"] in kept, copy
    aliases: dict[str, set[str]] = {}  # a story's URLs on the site: either may be the kept one
    for copy in demo_truth["sites"]["site"]["duplicates"]:
        aliases.setdefault(copy["dup_of"], {copy["dup_of"]}).add(copy["path"])
    for copy in demo_truth["sites"]["mirror"]["near_duplicates"]:  # edited republications
        row = logged[mirror + copy["path"]]
        originals = aliases.get(copy["dup_of"], {copy["dup_of"]})
        assert row["dup_of"] in {site + path for path in originals}, copy
        assert row["kind"] in ("near", "exact"), copy  # credit-only edits normalise to exact
        assert row["similarity"] >= 0.7
    assert set(duplicates["kind"]) <= {"url", "exact", "near"}


def test_hard_negatives_are_kept(three_runs, demo_mirror, demo_truth):
    articles, duplicates = three_runs
    mirror = demo_mirror.url.rstrip("/")
    for negative in demo_truth["sites"]["mirror"]["hard_negatives"]:
        assert mirror + negative["path"] in set(articles["url"])
        assert mirror + negative["path"] not in set(duplicates["url"])
