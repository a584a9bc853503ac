"""The library's face, ``snapcrawl.extract`` and ``snapcrawl.load``, called as the README shows
and with what a notebook passes by mistake."""

from __future__ import annotations

from pathlib import Path

import pytest

import snapcrawl

PAGE = (
    "<html><head><meta charset='gbk'><title>标题_快照网</title></head><body><h1>标题</h1>"
    + "".join(f"<p>这是新闻正文的第{n}段，内容足够长，可以被识别为文章。</p>" for n in range(6))
    + "</body></html>"
)


@pytest.mark.parametrize("page", [PAGE, PAGE.encode("gbk"), bytearray(PAGE.encode("gbk"))])
def test_text_bytes_and_gbk_bytes_give_the_same_article(page):
    article = snapcrawl.extract(page, url="http://h.test/a.html")
    assert article["title"] == "标题"
    assert article["body"].startswith("这是新闻正文的第0段")


@pytest.mark.parametrize(
    ("given", "hint"),
    [(None, ""), (Path("page.html"), " (read it first: Path(...).read_bytes())"), (3, "")],
)
def test_what_is_no_page_is_a_type_error_that_says_so(given, hint):
    """None or a path raised "expected string or bytes-like object" from inside the parser."""
    name = type(given).__name__
    with pytest.raises(TypeError) as raised:
        snapcrawl.extract(given, url="http://h.test/a.html")
    wanted = f"snapcrawl.extract takes the page as bytes or str, not {name}{hint}"
    assert str(raised.value) == wanted


@pytest.mark.parametrize("page", ["", b"", "   ", b"\n"])
def test_an_empty_page_is_a_verdict_not_an_exception(page):
    verdict = snapcrawl.extract(page, url="http://h.test/a.html")
    assert verdict == {"url": "http://h.test/a.html", "error": "empty: no markup"}


def test_load_of_a_folder_without_a_crawl_is_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError, match="no articles table at"):
        snapcrawl.load(tmp_path)
