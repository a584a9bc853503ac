"""The pool field gold (benchmarks/extraction/gold/pool_fields/) is whole and its held-out
part is the one frozen before any extractor ran on it."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "benchmarks" / "extraction" / "gold" / "pool_fields"
SCRIPT = REPO / "benchmarks" / "extraction" / "pool_fields.py"


def _script():
    spec = importlib.util.spec_from_file_location("pool_fields", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_held_out_gold_is_the_frozen_one():
    frozen = re.search(r"sha256 `([0-9a-f]{64})`", (GOLD / "README.md").read_text("utf-8"))
    assert hashlib.sha256((GOLD / "gold_B.tsv").read_bytes()).hexdigest() == frozen[1]


def test_every_drawn_page_has_one_gold_row_and_the_parts_do_not_overlap():
    sample = json.loads((GOLD / "sample.json").read_text("utf-8"))
    script = _script()
    a, b = script.load_gold("A"), script.load_gold("B")
    assert sorted(a) == sorted(page["file"] for page in sample["A"])
    assert sorted(b) == sorted(page["file"] for page in sample["B"])
    assert len(a) == len(b) == 60
    assert not set(a) & set(b)
    for row in (*a.values(), *b.values()):
        assert row["article"] in ("y", "n")
        assert row["published_at"] is None or re.fullmatch(
            r"\d{4}-\d\d-\d\d( \d\d:\d\d)?", row["published_at"]
        )


def test_fields_are_compared_as_the_readme_says():
    field_ok = _script().field_ok
    assert field_ok("title", "美国 大选", "美国大选")
    assert field_ok("published_at", "2024-11-05 08:30", "2024-11-05 08:30")
    assert not field_ok("published_at", "2024-11-05 08:30", "2024-11-05 08:31")
    assert field_ok("published_at", "2024-11-05", "2024-11-05 08:31")
    assert field_ok("source", "广西新闻网-南国今报", "广西新闻网南国今报")
    assert field_ok("author", "张三 李四", "李四、张三")
    assert not field_ok("source", None, "新华社")


def test_a_missing_mirror_is_one_usage_line(tmp_path):
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--mirror", str(tmp_path / "nothing")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "no git repository holding commit f987f5e" in done.stderr.strip().splitlines()[-1]
