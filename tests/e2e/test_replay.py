"""Replay as a user runs it: ``scrapy crawl snapshot -s REPLAY_DIR=...``, never the network."""

from __future__ import annotations

import hashlib
import json
import subprocess

import pytest

from crawler.exit_codes import EXIT_DATA, EXIT_USAGE
from snapcrawl.fixtures.format import RecordedResponse, update_fixtures
from snapcrawl.fixtures.server import serve_site
from tests.crawling import (
    REPO_ROOT,
    _env,
    crawl_stats,
    run_scrapy_crawl,
    scrapy_crawl_command,
)

PAGE = """<html><head><meta charset="utf-8"><title>{t}_快照网</title></head><body>
<div class="detail"><h2>{t}</h2><div class="attr"><span>发布时间:2025-02-13 15:50:00</span></div>
<div class="txt">{body}</div></div></body></html>"""


def article(title: str) -> bytes:
    body = "".join(
        f"<p>{title}第{n}段，这里是新闻正文的内容，足够长以便被识别为文章。</p>" for n in range(8)
    )
    return PAGE.format(t=title, body=body).encode()


@pytest.fixture
def site_and_partial_recording(tmp_path):
    """A live site, and fixtures of it that lack /b.html."""
    site = tmp_path / "site"
    site.mkdir()
    pages = {
        "index.html": b'<html><body><a href="/a.html">a</a> <a href="/b.html">b</a></body></html>',
        "a.html": article("第一篇"),
        "b.html": article("第二篇"),
    }
    for name, body in pages.items():
        (site / name).write_bytes(body)
    staged = tmp_path / "staged"
    staged.mkdir()
    with serve_site(site) as server:
        recorded = []
        for path, status, body in [
            ("", 200, pages["index.html"]),
            ("robots.txt", 404, b"not found"),
            ("a.html", 200, pages["a.html"]),
        ]:
            (staged / f"{len(recorded)}").write_bytes(body)
            recorded.append(
                RecordedResponse(
                    method="GET",
                    url=server.url + path,
                    status=status,
                    headers=(("Content-Type", "text/html"),),
                    body_path=staged / f"{len(recorded)}",
                    sha256=hashlib.sha256(body).hexdigest(),
                    size=len(body),
                )
            )
        fixtures = tmp_path / "fixtures"
        update_fixtures(fixtures, recorded, server.url)
        yield server, fixtures


def test_an_unrecorded_request_fails_loudly_and_never_reaches_the_network(
    site_and_partial_recording, tmp_path
):
    server, fixtures = site_and_partial_recording
    feed = tmp_path / "items.jsonl"
    result = run_scrapy_crawl(
        server.url,
        tmp_path / "data",
        f"REPLAY_DIR={fixtures}",
        "SNAPCRAWL_KEYWORDS_ENABLED=False",
        args=("-O", str(feed)),
        check=False,
    )
    assert result.returncode == EXIT_DATA  # a scheduler sees the run failed
    stats = crawl_stats(result)
    assert "'finish_reason': 'replay_missing'" in stats
    assert "'snapcrawl/replay/missing': 1" in stats
    errors = [line for line in result.stderr.splitlines() if "ERROR: no recorded response" in line]
    assert len(errors) == 1
    assert f"GET {server.url}b.html" in errors[0]
    assert f"snapcrawl record {server.url} --to {fixtures}" in errors[0]
    assert sum(server.requests.values()) == 0  # nothing went to the live site
    items = [json.loads(line) for line in feed.read_text("utf-8").splitlines()]
    assert [item["title"] for item in items] == ["第一篇"]  # the rest of the crawl still ran


def test_a_replay_dir_without_fixtures_stops_the_crawl_at_start(tmp_path):
    result = run_scrapy_crawl(
        "http://127.0.0.1:9/", tmp_path / "data", f"REPLAY_DIR={tmp_path / 'none'}", check=False
    )
    assert result.returncode == EXIT_USAGE
    assert "Traceback" not in result.stderr
    assert "REPLAY_DIR=" in result.stderr
    assert "snapcrawl record URL --to DIR" in result.stderr


def test_a_body_linked_to_a_file_outside_stops_the_replay_at_start(
    site_and_partial_recording, tmp_path
):
    """A recorded body replaced by a symlink: refused by name, its target never read."""
    server, fixtures = site_and_partial_recording
    secret = tmp_path / "secret.html"
    secret.write_bytes(article("机密文件"))
    body = next(p for p in fixtures.rglob("pages/**/*.html") if b"a.html" in p.name.encode())
    body.unlink()
    body.symlink_to(secret)
    feed = tmp_path / "items.jsonl"
    result = run_scrapy_crawl(
        server.url,
        tmp_path / "data",
        f"REPLAY_DIR={fixtures}",
        "SNAPCRAWL_KEYWORDS_ENABLED=False",
        args=("-O", str(feed)),
        check=False,
    )
    assert result.returncode == EXIT_USAGE
    assert "Traceback" not in result.stderr
    assert f"{body} is a symbolic link (to {secret})" in result.stderr
    assert "REPLAY_DIR=" in result.stderr
    assert "机密文件" not in (feed.read_text("utf-8") if feed.exists() else "")


def test_a_body_file_deleted_by_hand_stops_the_replay_at_start(
    site_and_partial_recording, tmp_path
):
    """It was retried, skipped and the crawl exited 0 on less than was recorded."""
    server, fixtures = site_and_partial_recording
    body = next(p for p in fixtures.rglob("pages/**/*.html") if b"a.html" in p.name.encode())
    body.unlink()
    result = run_scrapy_crawl(server.url, tmp_path / "data", f"REPLAY_DIR={fixtures}", check=False)
    assert result.returncode == EXIT_USAGE
    assert "Traceback" not in result.stderr
    assert (
        f"1 body file(s) of {fixtures} are missing ({body.relative_to(fixtures)}" in result.stderr
    )
    assert f"snapcrawl record {server.url} --to {fixtures}" in result.stderr
    assert sum(server.requests.values()) == 0


def test_replay_without_a_start_url_starts_where_the_fixtures_were_recorded(
    site_and_partial_recording, tmp_path
):
    server, fixtures = site_and_partial_recording
    feed = tmp_path / "items.jsonl"
    command = scrapy_crawl_command(
        server.url,
        tmp_path / "data",
        f"REPLAY_DIR={fixtures}",
        "SNAPCRAWL_KEYWORDS_ENABLED=False",
        args=("-O", str(feed)),
    )
    command.remove(f"start_url={server.url}")
    command.remove("-a")
    result = subprocess.run(
        command, cwd=REPO_ROOT, env=_env(), capture_output=True, text=True, timeout=180
    )
    assert "Traceback" not in result.stderr
    assert "'finish_reason': 'replay_missing'" in crawl_stats(result)  # /b.html was not recorded
    items = [json.loads(line) for line in feed.read_text("utf-8").splitlines()]
    assert [item["title"] for item in items] == ["第一篇"]
    assert sum(server.requests.values()) == 0
