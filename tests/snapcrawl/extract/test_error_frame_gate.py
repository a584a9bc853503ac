"""The gate in front of ``is_browser_error``'s search of the tree: the page's source must
hold the error frame's id or the interstitial's class, else only the body's class is read.
Made-up markup in the shape of Chromium's saved error pages (see error_pages.py), here
without ``class="neterror"`` on the body, so that the frame alone makes the verdict."""

from __future__ import annotations

import pytest

from snapcrawl.extract import NotAnArticle, extract_article
from snapcrawl.extract.dom import parse_html
from snapcrawl.extract.error_pages import is_browser_error, may_hold_error_frame

from .test_set_rw14_real import NETERROR, STORY, URL, _page

FRAME_ONLY = NETERROR.replace("<body class='neterror'>", "<body>")
# A certificate warning: the interstitial's wrapper round the message, no error frame.
INTERSTITIAL = (
    "<html><head><title>隐私设置错误</title></head><body><div class='interstitial-wrapper'>"
    "<div id='main-content'><div id='main-message'><h1>您的连接不是私密连接</h1>"
    "<p>攻击者可能会试图从 www.example-city.cn 窃取您的信息（例如：密码、通讯内容或信用卡"
    "信息）。</p><div class='error-code'>NET::ERR_CERT_DATE_INVALID</div></div></div>"
    "</div></body></html>"
)


@pytest.mark.parametrize("page", [FRAME_ONLY, INTERSTITIAL])
def test_frame_or_interstitial_alone_is_no_article(page: str) -> None:
    assert may_hold_error_frame(page)
    root = parse_html(page)
    assert is_browser_error(root)
    with pytest.raises(NotAnArticle) as refused:
        extract_article(page, URL)
    assert "browser_error" in str(refused.value)


def test_story_page_skips_the_search_and_keeps_the_verdict() -> None:
    page = _page("".join(f"<p>{line}</p>" for line in STORY))
    assert not may_hold_error_frame(page)
    root = parse_html(page)
    assert is_browser_error(root, framed=False) is is_browser_error(root) is False
    assert extract_article(page, URL).paragraphs == tuple(STORY)


def test_body_class_is_read_without_the_frame() -> None:
    page = "<html><body class='neterror'><p>无法访问此网站</p></body></html>"
    assert not may_hold_error_frame(page)
    assert is_browser_error(parse_html(page), framed=False)
