"""Pinned quality floor on the shared synthetic snapshot corpus (../shared/corpus).

A benchmark, not a unit test: its pages are third-party texts kept beside the checkout, not
in it, so `python -m pytest` on a fresh clone does not collect it (testpaths = tests). CI,
which has ../shared, runs it: `python -m pytest -q benchmarks/extraction/test_floor.py`.

Body F1 over character bigrams (NFKC, whitespace removed, multiset), mean over pages; the
same definition as benchmarks/extraction/run.py. A missing corpus fails the run.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path[:0] = [str(Path(__file__).resolve().parent)]

from corpus import default_root  # noqa: E402
from metrics import prf  # noqa: E402

from snapcrawl.extract import NotAnArticle, extract_article  # noqa: E402

F1_FLOOR = 0.99
META_FLOOR = 0.98


def f1(pred: str, gold: str) -> float:
    return prf(pred, gold)[2]


@pytest.fixture(scope="module")
def results():
    base = default_root() / "synthetic_snapshot_zh"
    if not (base / "gold.json").is_file():
        pytest.fail(f"extraction corpus missing: expected {base} (../shared/corpus)")
    gold = json.loads((base / "gold.json").read_text(encoding="utf-8"))
    out = []
    for page_id, g in sorted(gold.items()):
        data = (base / "html" / f"{page_id}.html").read_bytes()
        try:
            article = extract_article(data, f"http://snapshot.example.com/{page_id}.html")
        except NotAnArticle:
            article = None
        out.append((g, article))
    return out


def test_body_f1_floor(results):
    scores = [f1(a.body if a else "", g["body"]) for g, a in results]
    assert sum(scores) / len(scores) >= F1_FLOOR


def test_no_host_notice_survives(results):
    for g, article in results:
        markers = [
            m
            for key in ("disclaimer", "snapshot_time", "original_url")
            for m in g["noise_markers"][key]
        ]
        assert article is not None
        assert not [m for m in markers if m in article.body], g["title"]


@pytest.mark.parametrize(
    ("field", "gold_key", "render"),
    [
        ("title", "title", str),
        ("source", "source", str),
        ("category", "category", str),
        ("source_url", "original_url", str),
        ("published_at", "publish_time", lambda d: d.strftime("%Y-%m-%d %H:%M")),
    ],
)
def test_metadata_floor(results, field, gold_key, render):
    right = sum(
        1
        for g, a in results
        if a is not None
        and getattr(a, field) is not None
        and render(getattr(a, field)) == g[gold_key]
    )
    assert right / len(results) >= META_FLOOR
