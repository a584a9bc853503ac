"""pool_zh, the body set of 48 webpage_archive pages (gold/pool_zh/): its gold is frozen and
complete, it is found, loaded and described as a set by its folder alone, its pages are read
UTF-8 first (browser-saved pages declare gb2312 over UTF-8 bytes), and fetching checks the
pages against pages.sha256.

The pages themselves are never read here (a clone has none): the loader is fed stand-ins and
made-up pages.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

from tests.gold_sets import (
    EXTRACTION,
    GOLD_ROOT,
    KEYS,
    STAND_IN,
    import_benchmark,
)

POOL = GOLD_ROOT / "pool_zh"


def _sample() -> dict:
    return json.loads((POOL / "sample.json").read_text(encoding="utf-8"))


def _rows() -> list[dict]:
    return [row for rows in _sample()["sets"].values() for row in rows]


def test_draw_is_48_pages_at_most_two_per_site_apart_from_pool_fields() -> None:
    sample = _sample()
    assert sample["source"]["repo"] == "transTerminus/webpage_archive"
    assert len(sample["source"]["commit"]) == 40
    assert sample["seeds"] == {"A": 391}
    rows = _rows()
    assert len(rows) == 48
    assert len({r["file"] for r in rows}) == 48
    assert all(r["bytes"] >= 5000 and r["raw"].startswith("raw/") for r in rows)
    sites = [r["site"] for r in rows]
    assert max(sites.count(s) for s in sites) <= 2
    fields = json.loads((GOLD_ROOT / "pool_fields" / "sample.json").read_text(encoding="utf-8"))
    taken = {r["file"] for part in ("A", "B") for r in fields[part]}
    assert not taken & {r["file"] for r in rows}


def test_every_page_has_gold_with_the_gne_keys() -> None:
    kinds = []
    for row in _rows():
        gold = json.loads((POOL / f"{row['stem']}.json").read_text(encoding="utf-8"))
        assert set(gold) == KEYS, row["stem"]
        assert gold["title"]
        assert gold["kind"] in ("news", "not_article")
        assert (gold["body"] is None) == (gold["kind"] == "not_article")
        for item in gold["must_not_contain"]:
            assert len(item["text"]) >= 6
            assert item["text"] not in (gold["body"] or "")
        kinds.append(gold["kind"])
    assert kinds.count("not_article") == 3


def test_gold_matches_the_frozen_sums() -> None:
    """SHA256SUMS.frozen was written in the scratch layout (gold/<stem>.json, specs/, the
    sample, the draw and the gold tool); the copies here must be byte for byte those files."""
    checked = 0
    for line in (POOL / "SHA256SUMS.frozen").read_text(encoding="utf-8").splitlines():
        digest, file = line.split(maxsplit=1)
        path = POOL / (file.split("/", 1)[1] if file.startswith("gold/") else file)
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, file
        checked += 1
    assert checked == 2 * 48 + 3
    frozen = (POOL / "FROZEN.txt").read_text(encoding="utf-8")
    assert frozen.startswith("frozen 2026-12-07T")
    sums = hashlib.sha256((POOL / "SHA256SUMS.frozen").read_bytes()).hexdigest()
    assert f"{sums}  SHA256SUMS.frozen" in frozen


def test_pages_sha256_lists_the_drawn_files(daniel) -> None:
    fetch = import_benchmark("fetch_daniel")
    want = fetch.expected_sha256(POOL)
    assert sorted(want) == sorted(r["file"] for r in _rows())
    assert all(want[r["file"]] == r["sha256"] for r in _rows())


def test_pool_zh_is_a_set_and_pool_fields_is_not(daniel, sets) -> None:
    assert "pool_zh" in daniel.names()
    assert "pool_fields" not in daniel.names()  # field gold: no drawn "sets"
    assert sets.resolve("pool_zh") == ("pool_zh",)
    assert "pool_zh" not in sets.resolve("all")
    assert sets.daniel_sets(sets.resolve("modern,pool_zh")) == ("pool_zh",)
    assert not sets.needs_corpus(("pool_zh",))
    note = daniel.describe(POOL)
    assert "48 browser-saved Chinese web pages of Nov 2024" in note
    assert "webpage_archive" in note
    assert "Every page counts as held out" in note
    assert "as UTF-8 when their bytes are valid UTF-8" in note
    assert "fetch_daniel.py --set pool_zh" in note


def test_loader_reads_every_drawn_file_held_out(daniel, tmp_path: Path) -> None:
    for row in _rows():
        (tmp_path / row["file"]).write_text(STAND_IN, encoding="utf-8")
    pages = daniel.load(tmp_path, POOL)
    assert len(pages) == 48
    assert all(p.held_out and p.dataset == "pool_zh" and "替身" in p.html for p in pages)
    assert sum(p.body is not None for p in pages) == 45
    assert {p.kind for p in pages} == {"news", "not_article"}
    assert all(p.url is None for p in pages)


def _made_up_set(root: Path, decode: str | None) -> Path:
    folder = root / "pool_madeup"
    folder.mkdir(parents=True)
    rows = [
        {"stem": "pool_0001", "file": "0001.html", "bytes": 6000, "raw": "raw/x/a.html"},
        {"stem": "pool_0002", "file": "0002.html", "bytes": 6000, "raw": "raw/x/b.html"},
    ]
    sample = {
        "source": {"repo": "transTerminus/webpage_archive", "commit": "0" * 40, "folder": "raw"},
        "seeds": {"A": 1},
        "sets": {"A": rows},
    }
    if decode:
        sample["decode"] = decode
    (folder / "sample.json").write_text(json.dumps(sample), encoding="utf-8")
    for row in rows:
        gold = dict.fromkeys(KEYS) | {"title": "题", "body": "正文", "kind": "news"}
        gold["must_not_contain"] = [{"text": "本文来自澎湃新闻客户端", "kind": "statement"}]
        (folder / f"{row['stem']}.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


def _made_up_pages(folder: Path) -> None:
    """0001: UTF-8 bytes under a gb2312 meta tag (a browser re-encoded the page on saving);
    0002: real GBK bytes under the same tag."""
    head = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
    text = head + "</head><body><p>跨性别者的权利，记者报道</p></body></html>"
    folder.mkdir()
    (folder / "0001.html").write_bytes(text.encode("utf-8"))
    (folder / "0002.html").write_bytes(text.encode("gbk"))


def test_a_pool_set_reads_valid_utf8_as_utf8_and_the_rest_as_declared(
    daniel, sets, tmp_path: Path
) -> None:
    root = tmp_path / "gold"
    _made_up_set(root, daniel.UTF8_FIRST)
    (root / "pool_nosets").mkdir()
    (root / "pool_nosets" / "sample.json").write_text('{"A": []}', encoding="utf-8")
    _made_up_pages(tmp_path / "pages")
    assert daniel.names(root) == ("pool_madeup",)
    pages = sets.load(("pool_madeup",), tmp_path, pages=tmp_path / "pages", daniel_root=root)
    assert [p.dataset for p in pages] == ["pool_madeup"] * 2
    assert all("跨性别者的权利" in p.html for p in pages)
    assert all(p.held_out for p in pages)


def test_without_the_decode_line_a_set_reads_the_declared_charset(daniel, tmp_path: Path) -> None:
    """The daniel sets' rule, unchanged: the UTF-8 page under a gb2312 tag is mojibake."""
    folder = _made_up_set(tmp_path / "gold", None)
    _made_up_pages(tmp_path / "pages")
    utf8_page, gbk_page = daniel.load(tmp_path / "pages", folder)
    assert "跨性别者的权利" not in utf8_page.html
    assert "跨性别者的权利" in gbk_page.html


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, cwd=tmp_path, timeout=300
    )


def test_missing_pages_is_one_usage_line(tmp_path: Path) -> None:
    missing = tmp_path / "no-pages"
    done = _run(tmp_path, str(EXTRACTION / "run.py"), "--sets", "pool_zh", "--pages", str(missing))
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert "pool_zh pages missing" in last
    assert "fetch_daniel.py --set pool_zh" in last


def test_fetch_checks_each_file_against_the_sets_sums(tmp_path: Path) -> None:
    """Stand-ins served from a folder under the sample's file names fail pages.sha256 and are
    not written."""
    served = tmp_path / "served"
    served.mkdir()
    for row in _rows():
        (served / row["file"]).write_text(STAND_IN, encoding="utf-8")
    out = tmp_path / "out"
    done = _run(
        tmp_path,
        str(EXTRACTION / "fetch_daniel.py"),
        str(out),
        "--set",
        "pool_zh",
        "--base-url",
        served.as_uri(),
    )
    assert done.returncode == 1
    assert "sha256 differs from pages.sha256" in done.stderr
    assert done.stderr.strip().splitlines()[-1] == f"0 of 48 pages in {out}"
    assert not any(out.iterdir())


def test_the_report_names_the_sets_gold_and_scores_it_apart(daniel, tmp_path: Path) -> None:
    for row in _rows():
        (tmp_path / row["file"]).write_text(STAND_IN, encoding="utf-8")
    out = tmp_path / "scores.json"
    done = _run(
        tmp_path,
        str(EXTRACTION / "run.py"),
        "--sets",
        "pool_zh",
        "--pages",
        str(tmp_path),
        "--only",
        "ours",
        "--no-write",
        "--json",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    digest = daniel.gold_digest(POOL)
    assert f"(pool_zh gold sha256 {digest}, pages from `{tmp_path}`)" in done.stdout
    assert "pool_zh (chosen by name only" in done.stdout
    rows = json.loads(out.read_text(encoding="utf-8"))["snapcrawl"]
    assert len(rows) == 48
    assert all(r["set"] == "pool_zh" and r["held_out"] for r in rows)
