"""``snapcrawl extract`` as a user meets its errors, in a child process: an argument naming no
page, a profile that is missing, not TOML or has an unknown key. One line naming the file and
the fix, exit 2, no traceback; the JSON of a refused page carries its detail."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.exit_codes import EXIT_DATA, EXIT_UNAVAILABLE, EXIT_USAGE
from tests.crawler.cli.test_cli_errors import assert_one_line
from tests.crawling import run_snapcrawl as snapcrawl

PAGE = Path(__file__).resolve().parents[2] / "fixtures" / "extract" / "reference_snapshot.html"


def test_a_directory_without_html_pages(tmp_path):
    (tmp_path / "notes.txt").write_text("not a page", encoding="utf-8")
    result = snapcrawl("extract", str(tmp_path))
    assert_one_line(result, EXIT_USAGE, f"{tmp_path}: no HTML pages in this directory")
    assert result.stdout == ""


def test_a_glob_without_html_pages(tmp_path):
    (tmp_path / "notes.txt").write_text("not a page", encoding="utf-8")
    nothing = snapcrawl("extract", str(tmp_path / "*.html"))
    assert_one_line(nothing, EXIT_USAGE, f"{tmp_path / '*.html'}: no file matches this pattern")
    no_page = snapcrawl("extract", str(tmp_path / "*"))
    assert_one_line(no_page, EXIT_USAGE, f"{tmp_path / '*'}: matches no HTML page")


def test_an_argument_without_pages_does_not_stop_the_others(tmp_path):
    result = snapcrawl("extract", str(tmp_path), str(PAGE))
    assert_one_line(result, EXIT_USAGE, "no HTML pages in this directory")
    assert [json.loads(line)["url"] for line in result.stdout.splitlines()] == [str(PAGE)]


def test_a_missing_profile(tmp_path):
    missing = tmp_path / "site.toml"
    result = snapcrawl("extract", "--profile", str(missing), str(PAGE))
    assert_one_line(result, EXIT_USAGE, f"profile {missing}: no such file: check the path")
    assert result.stdout == ""


def test_a_profile_that_does_not_parse(tmp_path):
    profile = tmp_path / "site.toml"
    profile.write_text("[selectors\ntitle = 'h1'\n", encoding="utf-8")
    result = snapcrawl("extract", "--profile", str(profile), str(PAGE))
    assert_one_line(result, EXIT_USAGE, f"profile {profile}: not valid TOML (")
    assert "line 1" in result.stderr
    assert "the format is in the README" in result.stderr


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("nmae = 'x'\n", "site.toml:nmae='x': no such key: did you mean name?"),
        ("selector = {title = 'h1'}\n", "no such key: did you mean selectors?"),
        ("title = 'h1'\n", "site.toml:title='h1': no such key: title goes under [selectors]"),
        (
            "[selectors]\ntitel = 'h1'\n",
            "site.toml:selectors.titel='h1': no such key: did you mean title?",
        ),
        (
            "[noise]\npattern = ['^x']\n",
            "site.toml:noise.pattern=['^x']: no such key: did you mean patterns?",
        ),
    ],
)
def test_an_unknown_profile_key_names_the_closest(tmp_path, text, message):
    profile = tmp_path / "site.toml"
    profile.write_text(text, encoding="utf-8")
    result = snapcrawl("extract", "--profile", str(profile), str(PAGE))
    assert_one_line(result, EXIT_USAGE, message)
    assert result.stdout == ""


def test_an_undecodable_page_says_how_many_characters_were_lost(tmp_path):
    sentence = "记者从市交通运输局获悉本市今年将新开通公交线路十二条"
    garbled = "".join(ch + ("\ufffd" if i % 3 == 0 else "") for i, ch in enumerate(sentence * 8))
    page = tmp_path / "garbled.html"
    page.write_text(f"<html><body><h1>夜市</h1><p>{garbled}</p></body></html>", encoding="utf-8")
    result = snapcrawl("extract", str(page))
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["error"] == "undecodable"
    lost, _of, _total = record["detail"].split()[:3]
    assert int(lost) == garbled.count("\ufffd")
    assert "could not be decoded" in record["detail"]


@pytest.mark.parametrize("kind", ["text", "directory"])
def test_a_boilerplate_file_that_is_no_sqlite_store(tmp_path, kind):
    store = tmp_path / "boilerplate.sqlite"
    if kind == "directory":
        store.mkdir()
    else:
        store.write_text("not a database, just text\n" * 200, encoding="utf-8")
    result = snapcrawl("extract", "--boilerplate", str(store), str(PAGE))
    assert_one_line(result, EXIT_DATA, f"--boilerplate {store}: not a usable SQLite")
    assert "snapcrawl state check DATA_DIR" in result.stderr
    assert result.stdout == ""


def test_a_boilerplate_path_that_names_no_file_is_a_usage_error(tmp_path):
    """SQLite made an empty store at a mistyped path: the pages were extracted with no
    learned boilerplate, exit 0, and a stray 20 KB file was left behind."""
    store = tmp_path / "state" / "boilerplat.sqlite"
    result = snapcrawl("extract", "--boilerplate", str(store), str(PAGE))
    assert_one_line(result, EXIT_USAGE, f"--boilerplate {store}: no such file")
    assert "DATA_DIR/state/boilerplate.sqlite" in result.stderr
    assert result.stdout == ""
    assert not store.exists()
    assert not store.parent.exists()


def test_a_page_piped_in_on_stdin_with_its_address():
    piped = snapcrawl("extract", "-", "--url", "http://news.example.cn/a/1.html", stdin=PAGE)
    assert piped.returncode == 0, piped.stderr
    (record,) = [json.loads(line) for line in piped.stdout.splitlines()]
    from_file = json.loads(snapcrawl("extract", str(PAGE)).stdout)
    assert record["url"] == "http://news.example.cn/a/1.html"
    assert record["body"]
    assert record["title"] == from_file["title"]
    assert record["body"] == from_file["body"]


def test_url_without_stdin_is_a_usage_error():
    result = snapcrawl("extract", "--url", "http://news.example.cn/a/1.html", str(PAGE))
    assert result.returncode == EXIT_USAGE
    assert "--url gives the address of the page read from stdin" in result.stderr
    assert result.stdout == ""


@pytest.fixture
def page_server(tmp_path):
    """The fixture page served over real HTTP on 127.0.0.1 (a missing path answers 404)."""
    import functools
    import http.server
    import shutil
    import threading

    shutil.copy(PAGE, tmp_path / "a.html")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_url_is_fetched_and_extracted(page_server):
    result = snapcrawl("extract", f"{page_server}/a.html")
    assert result.returncode == 0, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["url"] == f"{page_server}/a.html"
    assert record["title"]


def test_a_url_that_answers_nothing_or_an_error_exits_69_after_its_record(page_server):
    from tests.ports import free_port

    closed = f"http://127.0.0.1:{free_port()}/a.html"
    result = snapcrawl("extract", closed, f"{page_server}/missing.html", f"{page_server}/a.html")
    assert result.returncode == EXIT_UNAVAILABLE
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["url"] for r in records] == [
        closed,
        f"{page_server}/missing.html",
        f"{page_server}/a.html",
    ]
    assert records[0]["error"].startswith("unreadable: ")
    assert "404" in records[1]["error"]
    assert records[2]["title"]  # the pages after a failed one still run
