"""The DAnIEL sets (daniel_zh, daniel_zh2, daniel_zh3, and any later gold/daniel_* folder):
each set's gold is frozen, complete and loadable without the pages in the repository, a
missing pages folder is one usage line (exit 2), as a missing corpus is, and a new gold folder
is a new set with no code change.

The pages themselves are never read here (a clone has none): the loader is fed stand-ins.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.gold_sets import (
    EXTRACTION,
    GOLD_ROOT,
    KEYS,
    STAND_IN,
    import_benchmark,
)

GOLD = GOLD_ROOT / "daniel_zh"
# name -> the seeds of its two parts
SETS = {
    "daniel_zh": {"A": 52, "B": 53},
    "daniel_zh2": {"host_split": 370, "A": 62, "B": 63},
    "daniel_zh3": {"host_split": 370, "A": 64, "B": 65},
}
# name -> the sizes of its two parts (daniel_zh3's B: the UNSEEN pool ran out)
SIZES = {"daniel_zh": [20, 20], "daniel_zh2": [20, 20], "daniel_zh3": [20, 18]}
# Sets that became fix sets after their freeze: their sample.json opens with a "tuned_on" line
# (why), added later; the rest of the file is the frozen bytes.
TUNED_LATER = {"daniel_zh", "daniel_zh2"}
_TUNED_LINE = re.compile(rb'\n "tuned_on": "[^"\\\n]*",')


def _as_frozen(name: str, raw: bytes) -> bytes:
    """A sample.json as it was frozen: without the "tuned_on" line a fix set got later."""
    if name not in TUNED_LATER:
        return raw
    frozen, found = _TUNED_LINE.subn(b"", raw, count=1)
    assert found == 1, name
    return frozen


def _sample(name: str = "daniel_zh") -> dict:
    return json.loads((GOLD_ROOT / name / "sample.json").read_text(encoding="utf-8"))


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(EXTRACTION / "run.py"), *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )


def test_missing_pages_is_one_usage_line(tmp_path: Path) -> None:
    missing = tmp_path / "no-pages"
    done = _run(tmp_path, "--sets", "daniel_zh", "--pages", str(missing))
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert "daniel_zh pages missing" in last
    assert str(missing) in last


@pytest.mark.parametrize("name", ["daniel_zh2", "daniel_zh3"])
def test_missing_pages_of_another_set_is_one_usage_line(tmp_path: Path, name: str) -> None:
    missing = tmp_path / "no-pages"
    done = _run(tmp_path, "--sets", name, "--pages", str(missing))
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert f"{name} pages missing" in last
    assert str(missing) in last
    assert f"fetch_daniel.py --set {name}" in last


def test_a_folder_with_one_sets_pages_only_names_the_other(daniel, tmp_path: Path) -> None:
    """--sets daniel_zh,daniel_zh2 reads one folder; holding only daniel_zh's files, the run
    stops on daniel_zh2's, in one line."""
    for entry in daniel.entries():
        (tmp_path / entry["file"]).write_text(STAND_IN, encoding="utf-8")
    done = _run(tmp_path, "--sets", "daniel_zh,daniel_zh2", "--pages", str(tmp_path))
    assert done.returncode == 2, done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert "daniel_zh2 pages missing: 40 of 40 not in" in last


@pytest.mark.parametrize("name", list(SETS))
def test_draw_is_two_seeded_sets_of_twenty(name: str) -> None:
    sample = _sample(name)
    assert sample["source"]["repo"] == "rundimeco/waddle"
    assert len(sample["source"]["commit"]) == 40
    assert sample["seeds"] == SETS[name]
    files = [e["file"] for rows in sample["sets"].values() for e in rows]
    assert [len(rows) for rows in sample["sets"].values()] == SIZES[name]
    assert len(set(files)) == sum(SIZES[name])
    assert all(e["bytes"] >= 5 * 1024 for rows in sample["sets"].values() for e in rows)


def test_zh2_sites_are_unseen_and_apart_from_daniel_zh() -> None:
    """daniel_zh2's pages come from the UNSEEN half of the site split and share no site with
    daniel_zh (a site: the registered domain, as the draw counts it)."""
    draw = _import_draw()
    zh2, zh = _sample("daniel_zh2"), _sample("daniel_zh")
    unseen, fix = set(zh2["hosts"]["unseen"]), set(zh2["hosts"]["fix"])
    assert not unseen & fix
    old = {draw.domain(draw.host(e["file"])) for rows in zh["sets"].values() for e in rows}
    for rows in zh2["sets"].values():
        for entry in rows:
            site = draw.domain(draw.host(entry["file"]))
            assert site in unseen, entry["file"]
            assert site not in old, entry["file"]
    files = [e["file"] for rows in zh2["sets"].values() for e in rows]
    assert not set(files) & {e["file"] for rows in zh["sets"].values() for e in rows}


def test_zh3_is_the_rest_of_the_same_unseen_sites() -> None:
    """daniel_zh3 has daniel_zh2's site split, its pages come from the UNSEEN sites only, share
    no site with daniel_zh and no file with daniel_zh2 or the fix sets, and the draw saw 50
    UNSEEN pages left (20 + 18 taken, at most 2 of one host per part)."""
    draw = _import_draw("daniel_zh3")
    zh3, zh2, zh = _sample("daniel_zh3"), _sample("daniel_zh2"), _sample("daniel_zh")
    assert zh3["hosts"] == zh2["hosts"]
    assert zh3["drawn_as"] == {"A": "daniel_zh3_A", "B": "daniel_zh3_B"}
    assert zh3["unseen_left_after_daniel_zh2"] == 50
    unseen = set(zh3["hosts"]["unseen"])
    old = {draw.domain(draw.host(e["file"])) for rows in zh["sets"].values() for e in rows}
    for rows in zh3["sets"].values():
        assert (
            max(sum(draw.host(e["file"]) == draw.host(x["file"]) for x in rows) for e in rows) <= 2
        )
        for entry in rows:
            site = draw.domain(draw.host(entry["file"]))
            assert site in unseen, entry["file"]
            assert site not in old, entry["file"]
    files = {e["file"] for rows in zh3["sets"].values() for e in rows}
    for other in ("daniel_zh", "daniel_zh2", "daniel_fix"):
        assert not files & {e["file"] for rows in _sample(other)["sets"].values() for e in rows}


def _import_draw(name: str = "daniel_zh2"):
    folder = str(GOLD_ROOT / name)
    sys.path.insert(0, folder)
    sys.modules.pop("draw", None)
    try:
        import draw as module
    finally:
        sys.path.remove(folder)
        sys.modules.pop("draw", None)
    return module


@pytest.mark.parametrize("name", list(SETS))
def test_every_page_has_gold_with_the_gne_keys(name: str) -> None:
    for rows in _sample(name)["sets"].values():
        for entry in rows:
            path = GOLD_ROOT / name / f"{entry['stem']}.json"
            gold = json.loads(path.read_text(encoding="utf-8"))
            assert set(gold) == KEYS, entry["stem"]
            assert gold["title"]
            assert gold["kind"] in ("news", "not_article")
            assert (gold["body"] is None) == (gold["kind"] == "not_article")
            for item in gold["must_not_contain"]:
                assert len(item["text"]) >= 6
                assert item["text"] not in (gold["body"] or "")


@pytest.mark.parametrize("name", list(SETS))
def test_gold_matches_the_frozen_sums(name: str) -> None:
    """SHA256SUMS.frozen was written in the scratch layout (gold/<stem>.json, specs/, the
    sample); the copies here must be byte for byte those files."""
    folder = GOLD_ROOT / name
    here = {"gold/": folder, "specs/": folder / "specs"}
    checked = 0
    for line in (folder / "SHA256SUMS.frozen").read_text(encoding="utf-8").splitlines():
        digest, file = line.split(maxsplit=1)
        base = next((here[p] for p in here if file.startswith(p)), None)
        if base is not None:
            path = base / file.split("/", 1)[1]
        elif file == "sample.json":
            path = folder / file
        elif file == "goldtool.py" and name != "daniel_zh":  # the later sets used its tool as
            # daniel_zh keeps it (its own sums have the script from before `ruff format`)
            path = GOLD_ROOT / "daniel_zh" / file
        else:
            continue  # the draw scripts: kept here as gold/README.md says
        raw = path.read_bytes()
        if file == "sample.json":
            raw = _as_frozen(name, raw)
        assert hashlib.sha256(raw).hexdigest() == digest, file
        checked += 1
    assert checked == 2 * sum(SIZES[name]) + 1 + (name != "daniel_zh")
    frozen = (folder / "FROZEN.txt").read_text(encoding="utf-8")
    assert frozen.startswith("frozen 20")
    if name != "daniel_zh":  # FROZEN.txt names the sums file's own sha256 (daniel_zh's too)
        sums = hashlib.sha256((folder / "SHA256SUMS.frozen").read_bytes()).hexdigest()
        assert f"{sums}  SHA256SUMS" in frozen


@pytest.mark.parametrize("name", list(SETS))
def test_pages_sha256_lists_the_drawn_files(daniel, name: str) -> None:
    fetch = import_benchmark("fetch_daniel")
    want = fetch.expected_sha256(daniel.folder(name))
    assert sorted(want) == sorted(e["file"] for e in daniel.entries(daniel.folder(name)))
    assert all(len(d) == 64 for d in want.values())


@pytest.mark.parametrize("name", list(SETS))
def test_loader_reads_every_drawn_file_as_its_set_says(daniel, tmp_path: Path, name: str) -> None:
    folder = daniel.folder(name)
    for entry in daniel.entries(folder):
        (tmp_path / entry["file"]).write_text(STAND_IN, encoding="utf-8")
    pages = daniel.load(tmp_path, folder)
    assert len(pages) == sum(SIZES[name])
    held_out = name not in TUNED_LATER
    assert all(p.held_out == held_out and p.dataset == name and "替身" in p.html for p in pages)
    assert sum(p.body is not None for p in pages) == sum(SIZES[name])
    assert daniel.missing(tmp_path, folder) == []
    (tmp_path / daniel.entries(folder)[0]["file"]).unlink()
    assert len(daniel.missing(tmp_path, folder)) == 1


def test_every_daniel_folder_is_a_set_and_the_old_names_stay(daniel, sets) -> None:
    assert {"daniel_zh", "daniel_zh2", "daniel_zh3"} <= set(daniel.names())
    assert sets.ORDER[: len(sets.SETS)] == sets.SETS
    assert set(sets.EXTRA_SETS) == set(daniel.names())
    assert sets.resolve("daniel") == ("daniel_zh",)
    assert sets.resolve("all") == sets.SETS
    assert sets.resolve("daniel_zh2,daniel_zh") == ("daniel_zh", "daniel_zh2")
    assert sets.daniel_sets(sets.resolve("modern,daniel_zh2")) == ("daniel_zh2",)
    assert not sets.needs_corpus(("daniel_zh", "daniel_zh2"))
    with pytest.raises(ValueError, match="unknown set"):
        sets.resolve("daniel_nope")


def test_a_new_gold_folder_is_a_set_with_no_code_change(daniel, sets, tmp_path: Path) -> None:
    """A later set (e.g. daniel_fix) is a gold/daniel_* folder laid out like daniel_zh's: the
    loader finds, resolves and loads it by its folder name alone. Made up here."""
    root = tmp_path / "gold"
    made_up = root / "daniel_madeup"
    made_up.mkdir(parents=True)
    (root / "daniel_nosample").mkdir()  # a folder without sample.json is not a set
    (root / "other_set").mkdir()
    rows = [
        {"stem": f"2012_x.example.com_{i:010d}", "file": f"f{i}", "bytes": 6000} for i in (1, 2)
    ]
    sample = {
        "source": {"repo": "rundimeco/waddle", "commit": "0" * 40, "folder": "html"},
        "seeds": {"A": 1, "B": 2},
        "sets": {"A": rows[:1], "B": rows[1:]},
    }
    (made_up / "sample.json").write_text(json.dumps(sample), encoding="utf-8")
    for row in rows:
        gold = dict.fromkeys(KEYS) | {"title": "题", "body": "替身", "kind": "news"}
        gold["must_not_contain"] = [{"text": "本文版权归本站所有", "kind": "statement"}]
        (made_up / f"{row['stem']}.json").write_text(json.dumps(gold), encoding="utf-8")
    pages_dir = tmp_path / "pages"
    pages_dir.mkdir()
    for row in rows:
        (pages_dir / row["file"]).write_text(STAND_IN, encoding="utf-8")
    assert daniel.names(root) == ("daniel_madeup",)
    assert sets.resolve("daniel_madeup", daniel_root=root) == ("daniel_madeup",)
    pages = sets.load(("daniel_madeup",), tmp_path, pages=pages_dir, daniel_root=root)
    assert [p.dataset for p in pages] == ["daniel_madeup"] * 2
    assert all(
        p.held_out and p.must_not_contain == (("本文版权归本站所有", "statement"),) for p in pages
    )
    note = daniel.describe(made_up)
    assert "daniel_madeup" in note
    assert "2 Chinese news pages" in note
    assert "fetch_daniel.py --set daniel_madeup" in note
    assert len(daniel.gold_digest(made_up)) == 12


def test_a_fix_set_is_not_held_out(daniel, sets, tmp_path: Path) -> None:
    """daniel_fix's rules were written from its pages: its sample.json says so, and the
    report must not count them as held out (the made-up set above is, by default)."""
    assert daniel.tuned_on(daniel.GOLD_DIR.parent / "daniel_fix")
    assert daniel.tuned_on(daniel.GOLD_DIR)  # session 38 wrote field rules from its kinds
    assert daniel.tuned_on(daniel.GOLD_DIR.parent / "daniel_zh2")  # session 38's fix set
    assert not daniel.tuned_on(daniel.GOLD_DIR.parent / "daniel_zh3")
    pages_dir = tmp_path / "pages"
    pages_dir.mkdir()
    fix = daniel.GOLD_DIR.parent / "daniel_fix"
    for entry in daniel.entries(fix):
        (pages_dir / entry["file"]).write_text(STAND_IN, encoding="utf-8")
    pages = daniel.load(pages_dir, fix)
    assert len(pages) == 40
    assert not any(p.held_out for p in pages)
    assert "no page is held out" in daniel.describe(fix)


def test_fetch_refuses_an_unknown_set(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(EXTRACTION / "fetch_daniel.py"), str(tmp_path), "--set", "nope"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "unknown set 'nope'" in done.stderr.strip().splitlines()[-1]
    assert not any(tmp_path.iterdir())


def test_fetch_checks_each_file_against_its_sets_sums(tmp_path: Path) -> None:
    """Stand-ins served from a folder fail daniel_zh2's pages.sha256 and are not written."""
    served = tmp_path / "served"
    served.mkdir()
    for entry in _sample("daniel_zh2")["sets"]["A"]:
        (served / entry["file"]).write_text(STAND_IN, encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run(
        [
            sys.executable,
            str(EXTRACTION / "fetch_daniel.py"),
            str(out),
            "--set",
            "daniel_zh2",
            "--base-url",
            served.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "sha256 differs from pages.sha256" in done.stderr
    assert done.stderr.strip().splitlines()[-1] == f"0 of 40 pages in {out}"
    assert not any(out.iterdir())


def test_the_report_names_each_sets_gold_sha256(daniel, tmp_path: Path) -> None:
    """One folder of stand-ins for the three sets, snapcrawl only: the header names each set's
    gold digest, and daniel_zh's note and line stay as they were."""
    for name in SETS:
        for entry in daniel.entries(daniel.folder(name)):
            (tmp_path / entry["file"]).write_text(STAND_IN, encoding="utf-8")
    out = tmp_path / "scores.json"
    done = _run(
        tmp_path,
        "--sets",
        "daniel_zh,daniel_zh2,daniel_zh3",
        "--pages",
        str(tmp_path),
        "--only",
        "ours",
        "--json",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    for name in SETS:
        digest = daniel.gold_digest(daniel.folder(name))
        assert f"({name} gold sha256 {digest}, pages from `{tmp_path}`)" in done.stdout
    assert "Pages per set: daniel_zh 40, daniel_zh2 40, daniel_zh3 38" in done.stdout
    assert "daniel_zh (chosen by name only" in done.stdout
    assert "daniel_zh2 (chosen by name only" in done.stdout
    assert "daniel_zh3 (chosen by name only" in done.stdout
    rows = json.loads(out.read_text(encoding="utf-8"))["snapcrawl"]
    assert {r["set"] for r in rows} == set(SETS)
    assert all(r["held_out"] == (r["set"] not in TUNED_LATER) for r in rows)
