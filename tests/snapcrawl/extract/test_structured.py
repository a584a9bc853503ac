from __future__ import annotations

import pytest

from snapcrawl.extract.dom import parse_html
from snapcrawl.extract.structured import marked_elements


def _marked(body: str) -> list[str]:
    root = parse_html(f"<html><body>{body}</body></html>")
    return [el.text for el in marked_elements(root)]


@pytest.mark.parametrize(
    "tag",
    [
        "<span class='article-author'>x</span>",
        "<span id='SourceName'>x</span>",
        "<a rel='AUTHOR'>x</a>",
        "<span itemprop='author'>x</span>",
        "<nav aria-label='面包屑导航'>x</nav>",
        "<div class='top\nBreadCrumb'>x</div>",
        "<span class='ſource'>x</span>",  # IGNORECASE folds the long s to s, lower() does not
        "<span class='bylıne'>x</span>",  # and the dotless i to i
    ],
)
def test_a_mark_in_any_case_is_found(tag):
    assert _marked(tag) == ["x"]


def test_other_attributes_and_words_are_not_marks():
    assert (
        _marked("<a href='/author/1'>a</a><span title='source'>b</span><p class='auth or'>c</p>")
        == []
    )


def test_each_element_once_in_document_order():
    body = "<p class='author' id='source'>a</p><div><span class='media'>b</span></div>"
    assert _marked(body) == ["a", "b"]
