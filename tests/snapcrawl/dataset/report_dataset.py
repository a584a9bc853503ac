"""A small snapcrawl dataset for the report tests, written with the project's own sink."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pyarrow as pa

from snapcrawl.store import ARTICLE_SCHEMA, DUPLICATE_SCHEMA, RUN_SCHEMA, ParquetSink

SHANGHAI = ZoneInfo("Asia/Shanghai")
CRAWL_DAY = date(2026, 1, 18)
HOSTS = ("news.example.cn", "kuaizhao.example.com", "snap.example.org")

KEYWORDS_FIELD = pa.field("keywords", pa.list_(pa.string()))
WITH_KEYWORDS = (
    ARTICLE_SCHEMA
    if "keywords" in ARTICLE_SCHEMA.names
    else ARTICLE_SCHEMA.append(KEYWORDS_FIELD).with_metadata(ARTICLE_SCHEMA.metadata)
)
WITHOUT_KEYWORDS = (
    ARTICLE_SCHEMA.remove(ARTICLE_SCHEMA.get_field_index("keywords"))
    if "keywords" in ARTICLE_SCHEMA.names
    else ARTICLE_SCHEMA
)

TOPICS = {
    "科技": (
        "芯片产业加快发展",
        "国产芯片企业发布新一代人工智能芯片，芯片算力大幅提升。",
        ["芯片", "人工智能"],
    ),
    "体育": (
        "足球联赛今晚开赛",
        "中超足球联赛新赛季今晚开赛，各支球队积极备战足球比赛。",
        ["足球", "联赛"],
    ),
    "财经": (
        "股市震荡投资者观望",
        "股市本周震荡，投资者对银行股和证券股保持观望，股市成交缩量。",
        ["股市", "投资者"],
    ),
}


def article_rows(count: int = 24, keywords: bool = True) -> list[dict]:
    rows = []
    categories = list(TOPICS)
    for n in range(count):
        category = categories[n % 3] if n % 8 != 7 else None  # some articles lack a category
        title, body, words = TOPICS[category or "科技"]
        host = HOSTS[n % 3]
        published = datetime(2025, 2, 10, 9, tzinfo=SHANGHAI) + timedelta(days=n % 5, hours=n)
        rows.append(
            {
                "url": f"http://{host}/a/{n}.html",
                "title": title,
                "body": body,
                "category": category,
                "published_at": published if n % 6 != 5 else None,
                "crawled_at": datetime(2026, 1, 18, 8, tzinfo=UTC),
                "run_id": "run1",
                "content_hash": f"h{n}",
                "host": host,
                "noise": ["快照生成时间：2025-02-13 20:45:02"] * (n % 4),
                "keywords": list(words) if keywords else None,
                "crawl_date": CRAWL_DAY,
            }
        )
    return rows


def duplicate_rows(count: int = 9) -> list[dict]:
    kinds = ("url", "exact", "near")
    return [
        {
            "url": f"http://{HOSTS[n % 2]}/a/{n}.html?from=rss",
            "dup_of": f"http://{HOSTS[n % 2]}/a/{n}.html",
            "kind": kinds[n % 3],
            "similarity": 1.0 if kinds[n % 3] != "near" else 0.9,
            "run_id": "run1",
            "host": HOSTS[n % 2],
            "title": "重复",
            "detected_at": datetime(2026, 1, 18, 8, tzinfo=UTC),
            "crawl_date": CRAWL_DAY,
        }
        for n in range(count)
    ]


def run_rows() -> list[dict]:
    return [
        {
            "run_id": f"run{n}",
            "spider": "snapshot",
            "start_url": f"http://{HOSTS[n]}/",
            "started_at": datetime(2026, 1, 18, 8, n, tzinfo=UTC),
            "finished_at": datetime(2026, 1, 18, 8, n + 1, tzinfo=UTC),
            "finish_reason": "finished",
            "pages_fetched": 40,
            "articles_kept": 8,
            "duplicates_url": 1,
            "duplicates_exact": 1,
            "duplicates_near": 1,
            "errors": [("http_404", 2)],
            "noise_removed": 10 * (n + 1),
            "bytes_written": 20_000,
        }
        for n in range(len(HOSTS))
    ]


def write_rows(root: Path, schema: pa.Schema, rows: list[dict], run_id: str = "run1") -> None:
    partition_by = "crawl_date" if "crawl_date" in rows[0] else None
    sink = ParquetSink(root, schema, run_id, partition_by=partition_by)
    for row in rows:
        sink.add(row)
    sink.close()


def build_dataset(
    data_dir: Path,
    *,
    keywords: bool = True,
    duplicates: bool = True,
    runs: bool = True,
) -> Path:
    schema = WITH_KEYWORDS if keywords else WITHOUT_KEYWORDS
    write_rows(data_dir / "articles", schema, article_rows(keywords=keywords))
    if duplicates:
        write_rows(data_dir / "duplicates", DUPLICATE_SCHEMA, duplicate_rows())
    if runs:
        write_rows(data_dir / "runs", RUN_SCHEMA, run_rows())
    return data_dir
