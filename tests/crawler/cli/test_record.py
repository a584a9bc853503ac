"""``snapcrawl record``: a real crawl over local HTTP into fixtures, then a re-record."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from crawler import cli
from crawler.cli import record, scrapy_crawl
from snapcrawl.fixtures.format import INDEX, load_recording
from snapcrawl.fixtures.server import serve_site

ARTICLE = """<html><head><meta charset="{charset}"><title>{title}_快照网</title></head><body>
<div class="detail"><h2>{title}</h2>
<div class="attr"><span>发布时间:2025-02-13 15:50:00</span></div>
<div class="txt">{paragraphs}</div></div></body></html>"""
QUIET = [
    *("-s", "LOG_LEVEL=WARNING", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_TIMES=1"),
    *("-s", "SNAPCRAWL_KEYWORDS_ENABLED=False"),  # seconds of jieba; fetches the same pages
]


def article(title: str, charset: str = "utf-8") -> bytes:
    paragraphs = "".join(
        f"<p>{title}第{n}段，这里是新闻正文的内容，足够长以便被识别为文章。</p>" for n in range(8)
    )
    return ARTICLE.format(charset=charset, title=title, paragraphs=paragraphs).encode(charset)


def links(*paths: str) -> bytes:
    anchors = "".join(f'<a href="{p}">{p}</a> ' for p in paths)
    return f"<html><head><meta charset=utf-8></head><body>{anchors}</body></html>".encode()


@pytest.fixture
def site(tmp_path):
    root = tmp_path / "site"
    root.mkdir()
    (root / "index.html").write_bytes(
        links("/a.html", "/b.html", "/old", "/missing.html", "/broken")
    )
    (root / "a.html").write_bytes(article("第一篇"))
    (root / "b.html").write_bytes(article("第二篇", "gbk"))
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n")
    routes = {
        "/old": {"status": 301, "headers": {"Location": "/b.html"}},
        "/broken": {"status": 500, "body": "busy"},
    }
    (root / "_routes.json").write_text(json.dumps(routes))
    with serve_site(root) as server:
        yield root, server


def record_site(url: str, target, capsys, *extra: str) -> tuple[int, str]:
    code = record.main([url, "--to", str(target), *QUIET, *extra])
    return code, capsys.readouterr().out


def test_record_then_re_record(site, tmp_path, capsys, monkeypatch):
    root, server = site
    target = tmp_path / "fixtures" / "mysite"
    monkeypatch.chdir(tmp_path)

    code, out = record_site(server.url, target, capsys)
    assert code == 0, out
    recording = load_recording(target)
    assert recording.start_url == server.url
    by_path = {r.url.removeprefix(server.url.rstrip("/")): r for r in recording.responses.values()}
    assert set(by_path) == {
        "/",
        "/robots.txt",
        "/a.html",
        "/b.html",
        "/old",
        "/missing.html",
        "/broken",
    }
    assert out.startswith(f"recorded 7 responses from {server.url} into {target}: 7 added")
    assert by_path["/b.html"].read_body() == (root / "b.html").read_bytes()  # GBK, byte for byte
    assert (by_path["/old"].status, by_path["/old"].header("Location")) == (301, "/b.html")
    assert (by_path["/missing.html"].status, by_path["/broken"].status) == (404, 500)
    assert by_path["/robots.txt"].body_path.suffix == ".txt"
    assert not (tmp_path / "data").exists()  # recording writes no dataset
    files_before = {p: p.read_bytes() for p in target.rglob("*") if p.is_file()}

    (root / "a.html").write_bytes(article("第一篇（更新）"))
    (root / "c.html").write_bytes(article("第三篇"))
    (root / "index.html").write_bytes(
        links("/a.html", "/b.html", "/c.html", "/old", "/missing.html")
    )
    (target / "expected.json").write_text("[]")
    code, out = record_site(server.url, target, capsys)
    assert code == 0, out
    head, *lines = out.splitlines()
    assert head.endswith("1 added, 2 changed, 1 removed, 4 unchanged")
    base = server.url.rstrip("/")
    assert f"  added    {base}/c.html" in lines
    assert f"  removed  {base}/broken" in lines
    changed = sorted(line.split(" (")[0] for line in lines if line.startswith("  changed"))
    assert changed == [f"  changed  {base}/", f"  changed  {base}/a.html"]
    # unchanged responses (a new Date header aside) keep their files byte for byte
    unchanged = load_recording(target).find("GET", f"{base}/b.html")
    assert files_before[unchanged.body_path] == unchanged.body_path.read_bytes()
    assert files_before[unchanged.meta_file] == unchanged.meta_file.read_bytes()
    assert (target / "expected.json").read_text() == "[]"
    assert not list(target.rglob("*.tmp"))
    assert not any("broken" in p.name for p in target.rglob("*"))


class FakeCrawl:
    """Stands in for the child ``scrapy crawl``: records its arguments, records no response."""

    def __init__(self) -> None:
        self.code = 0
        self.calls: list[tuple] = []

    def __call__(self, start_url, data_dir, settings) -> int:
        self.calls.append((start_url, data_dir, settings))
        return self.code


@pytest.fixture
def fake_crawl(monkeypatch):
    fake = FakeCrawl()
    monkeypatch.setattr(scrapy_crawl, "run_crawl", fake)
    return fake


def test_a_crawl_that_records_nothing_leaves_the_fixtures_alone(tmp_path, fake_crawl, capsys):
    target = tmp_path / "fx"
    target.mkdir()
    (target / "keep.txt").write_text("mine")
    assert record.main(["http://127.0.0.1:9/", "--to", str(target)]) == 69
    assert "nothing was recorded from http://127.0.0.1:9/" in capsys.readouterr().err
    assert [p.name for p in target.iterdir()] == ["keep.txt"]
    [(_, data_dir, settings)] = fake_crawl.calls
    assert settings[-1].startswith("SNAPCRAWL_RECORD_DIR=")
    assert "snapcrawl-record-" in str(data_dir)


def test_a_failed_crawl_passes_its_exit_code_on(tmp_path, fake_crawl, capsys):
    fake_crawl.code = 3
    assert record.main(["http://h.test/", "--to", str(tmp_path / "fx")]) == 3
    assert "the crawl failed (exit code 3)" in capsys.readouterr().err
    assert not (tmp_path / "fx").exists()


@pytest.mark.parametrize(
    ("args", "message", "code"),
    [
        (["ftp://h.test/"], "give an absolute http(s) URL", 2),
        (["not a url"], "give an absolute http(s) URL", 2),
        (["http://h.test/", "--to", "{file}"], "give a directory", 2),
        (["http://h.test/", "--to", "{broken}"], "not a snapcrawl-fixtures/1 index", 65),
    ],
)
def test_wrong_arguments_stop_before_crawling(tmp_path, fake_crawl, capsys, args, message, code):
    (tmp_path / "file").write_text("x")
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / INDEX).write_text("{}")
    argv = [a.format(file=tmp_path / "file", broken=tmp_path / "broken") for a in args]
    if "--to" not in argv:
        argv += ["--to", str(tmp_path / "fx")]
    assert record.main(argv) == code
    assert message in capsys.readouterr().err
    assert fake_crawl.calls == []


def test_snapcrawl_record_is_wired_into_the_cli(tmp_path, fake_crawl, capsys):
    assert cli.main(["record", "http://h.test/", "--to", str(tmp_path / "fx")]) == 69
    assert len(fake_crawl.calls) == 1


def test_recording_another_site_into_fixtures_asks_for_force(site, tmp_path, capsys):
    _, server = site
    target = tmp_path / "fx"
    code, out = record_site(server.url, target, capsys)
    assert code == 0, out
    before = {p: p.read_bytes() for p in target.rglob("*") if p.is_file()}
    other = server.url.replace("127.0.0.1", "localhost")
    # as a user runs it: a child process, one line, no traceback, nothing crawled or changed
    result = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "record", other, "--to", str(target)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert f"holds fixtures of {server.url}" in result.stderr
    assert "--force" in result.stderr
    assert "Traceback" not in result.stderr
    assert {p: p.read_bytes() for p in target.rglob("*") if p.is_file()} == before

    code, out = record_site(other, target, capsys, "--force")
    assert code == 0, out
    assert load_recording(target).start_url == other
    assert out.splitlines()[0].endswith("7 added, 0 changed, 7 removed, 0 unchanged")


def test_recording_a_dead_site_is_a_few_lines_and_exit_69(tmp_path):
    """As ``snapcrawl crawl``: Scrapy's INFO log (~120 lines, the stats dump included) stays
    off the console; the errors and the reason show."""
    target = tmp_path / "fixtures"
    command = [sys.executable, "-m", "crawler.cli", "record", "http://127.0.0.1:9/"]
    result = subprocess.run(
        [*command, "--to", str(target), "-s", "RETRY_TIMES=0"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 69, result.stderr
    assert "the site answered no page: no answer (connection x1)" in result.stderr
    assert "the crawl failed (exit code 69)" in result.stderr
    assert " INFO: " not in result.stderr
    assert len(result.stderr.splitlines()) < 8
    assert not target.exists()
