from __future__ import annotations

import io
import json
import subprocess
import sys

from snapcrawl.extract.commandline import main

from .conftest import FIXTURES


def _run(*args: str) -> tuple[int, list[dict]]:
    out = io.StringIO()
    code = main(list(args), out=out)
    return code, [json.loads(line) for line in out.getvalue().splitlines()]


def test_one_file():
    code, rows = _run(str(FIXTURES / "reference_snapshot.html"))
    assert code == 0
    assert len(rows) == 1
    row = rows[0]
    assert row["url"].endswith("reference_snapshot.html")
    assert row["published_at"] == "2025-02-13T15:50:00+08:00"
    assert row["snapshot_at"] == "2025-02-13T20:45:02+08:00"
    assert row["title"]
    assert isinstance(row["paragraphs"], list)


def test_directory_recursive_with_gzip(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.html.gz").write_bytes((FIXTURES / "enc_utf8_page.html.gz").read_bytes())
    (tmp_path / "b.htm").write_bytes((FIXTURES / "enc_undeclared_gbk.html").read_bytes())
    (tmp_path / "list.shtml").write_text("<html><body><p>短</p></body></html>", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a page", encoding="utf-8")
    code, rows = _run(str(tmp_path))
    assert code == 0
    by_name = {r["url"].rsplit("/", 1)[-1]: r for r in rows}
    assert set(by_name) == {"a.html.gz", "b.htm", "list.shtml"}
    assert by_name["b.htm"]["title"] == "深化改革座谈会在京召开"
    assert by_name["list.shtml"] == {"url": by_name["list.shtml"]["url"], "error": "no_body"}


def test_a_damaged_gzip_page_is_one_record_and_the_others_still_run(tmp_path):
    whole = (FIXTURES / "enc_utf8_page.html.gz").read_bytes()
    (tmp_path / "cut.html.gz").write_bytes(whole[: len(whole) // 2])
    code, rows = _run(str(tmp_path / "cut.html.gz"), str(FIXTURES / "reference_snapshot.html"))
    assert code == 0
    assert rows[0]["error"].startswith("unreadable: ")
    assert rows[1]["title"]


def test_missing_argument_sets_exit_code(tmp_path):
    code, rows = _run(str(tmp_path / "nope.html"), str(FIXTURES / "novel_notices.html"))
    assert code == 2
    assert len(rows) == 1  # the other arguments still run


def test_editor_and_original_title_reach_the_json_and_the_library_dict():
    import snapcrawl

    code, rows = _run(str(FIXTURES / "portal_article_credits.html"))
    assert code == 0
    assert rows[0]["editor"] == "周敏"
    assert rows[0]["original_title"] == "河口湿地候鸟提前“报到” 白琵鹭数量增两成"
    record = snapcrawl.extract((FIXTURES / "portal_article_credits.html").read_bytes())
    assert (record["editor"], record["author"]) == ("周敏", "林晓岚")
    assert record["original_title"] == rows[0]["original_title"]
    # a page without the credits still has the keys, as null
    _, plain = _run(str(FIXTURES / "reference_snapshot.html"))
    assert plain[0]["editor"] is None
    assert "original_title" in plain[0]


def test_the_library_function_can_be_called_again_and_again():
    """In a fresh process, as a notebook runs it: the first call imports the subpackage
    ``snapcrawl.extract``, which once replaced the function (a second call failed)."""
    page = FIXTURES / "portal_article_credits.html"
    script = (
        "import json, pathlib, snapcrawl\n"
        f"page = pathlib.Path({str(page)!r}).read_bytes()\n"
        "rows = [snapcrawl.extract(page, f'http://h.test/{n}.html') for n in range(3)]\n"
        "print(json.dumps([[r['url'], r['editor']] for r in rows], ensure_ascii=False))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [[f"http://h.test/{n}.html", "周敏"] for n in range(3)]


def test_a_glob_pattern_names_the_pages_it_matches(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.html.gz").write_bytes((FIXTURES / "enc_utf8_page.html.gz").read_bytes())
    (tmp_path / "b.htm").write_bytes((FIXTURES / "enc_undeclared_gbk.html").read_bytes())
    (tmp_path / "notes.txt").write_text("not a page", encoding="utf-8")
    code, rows = _run(str(tmp_path / "**" / "*"))
    assert code == 0
    assert sorted(r["url"].rsplit("/", 1)[-1] for r in rows) == ["a.html.gz", "b.htm"]


def test_an_undecodable_page_carries_the_detail_the_library_gives(tmp_path):
    sentence = "记者从市交通运输局获悉本市今年将新开通公交线路十二条"
    garbled = "".join(ch + ("\ufffd" if i % 3 == 0 else "") for i, ch in enumerate(sentence * 8))
    page = tmp_path / "garbled.html"
    page.write_text(f"<html><body><h1>夜市</h1><p>{garbled}</p></body></html>", encoding="utf-8")
    code, rows = _run(str(page))
    assert code == 0
    assert rows[0]["error"] == "undecodable"
    assert "could not be decoded" in rows[0]["detail"]
    assert rows[0]["detail"].split()[0].isdigit()  # how many characters were lost
    short = tmp_path / "list.html"
    short.write_text("<html><body><p>短</p></body></html>", encoding="utf-8")
    _, refused = _run(str(short))
    assert refused[0] == {"url": str(short), "error": "no_body"}  # no empty detail


def test_the_exit_codes_are_the_projects():
    from crawler.exit_codes import EXIT_UNAVAILABLE, EXIT_USAGE
    from snapcrawl.extract.commandline import UNAVAILABLE, USAGE

    assert USAGE == EXIT_USAGE
    assert UNAVAILABLE == EXIT_UNAVAILABLE


def test_a_boilerplate_path_that_names_no_file_is_a_usage_error(tmp_path, capsys):
    """SQLite would make an empty store at a mistyped path and extract with no learned
    boilerplate, silently: the library says so and reads no page."""
    store = tmp_path / "state" / "boilerplat.sqlite"
    code, rows = _run("--boilerplate", str(store), str(FIXTURES / "reference_snapshot.html"))
    assert code == 2
    assert rows == []
    assert f"--boilerplate {store}: no such file" in capsys.readouterr().err
    assert not store.parent.exists()
