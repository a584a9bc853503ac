"""Compare a crawl of a demo site with its truth.json, field by field (a diagnostic).

python tools/compare_demo.py DATA_DIR BASE_URL [site|mirror]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
FIELDS = ("title", "body", "category", "source", "source_url", "published_at", "snapshot_at")


def main(data_dir: str, base: str, site: str = "site") -> None:
    truth = json.loads((ROOT / "snapcrawl/demo_site/truth.json").read_text("utf-8"))["sites"][site]
    by_path = {a["path"]: a for a in truth["articles"]}
    dups = {d["path"]: d["dup_of"] for d in truth.get("duplicates", [])}
    frame = pd.read_parquet(Path(data_dir) / "articles")
    frame = frame[frame["url"].str.startswith(base.rstrip("/"))]
    wrong: Counter[str] = Counter()
    seen = set()
    for row in frame.to_dict("records"):
        path = row["url"].removeprefix(base.rstrip("/"))
        t = by_path.get(dups.get(path, path))
        if t is None:
            print("NOT AN ARTICLE:", path, row["title"])
            wrong["not_article"] += 1
            continue
        seen.add(t["path"])
        for field in FIELDS:
            expected = t.get(field)
            got = row[field]
            if field.endswith("_at"):
                expected = (
                    pd.Timestamp(
                        datetime.fromisoformat(expected).replace(tzinfo=ZoneInfo("Asia/Shanghai"))
                    )
                    if expected
                    else None
                )
                got = None if pd.isna(got) else got
            if field == "snapshot_at" and path != t["path"]:
                continue
            if got != expected:
                wrong[field] += 1
                print(
                    f"{path} [{t.get('layout')}] {field}:\n   got      {str(got)[:300]!r}\n   expected {str(expected)[:300]!r}"
                )
    missing = sorted(set(by_path) - seen)
    print("missing stories:", len(missing), missing[:10])
    print("rows:", len(frame), "wrong by field:", dict(wrong))


if __name__ == "__main__":
    main(*sys.argv[1:])
