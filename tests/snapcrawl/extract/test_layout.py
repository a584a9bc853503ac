from __future__ import annotations

import pytest

from snapcrawl.extract.layout import _in_item, _is_prose
from snapcrawl.extract.page import read_page

PARA = "记者从有关部门了解到，这项工作进展顺利，相关负责人表示将持续跟踪群众反映的问题。"


def _lines(body: str, title: str = "页面") -> dict[str, object]:
    page = read_page(f"<html><head><title>{title}</title></head><body>{body}</body></html>")
    return {line.text: line for line in page.lines}


def test_furniture_position_counts_from_the_line_up_and_skips_the_page_itself():
    lines = _lines(
        f"<div class='related'><ul><li>{PARA}</li></ul></div><div class='x'><p>{PARA}正文</p></div>"
    )
    assert lines[PARA].noise_at == 2  # li, ul, then the div that says "related"
    assert lines[PARA + "正文"].noise_at == -1
    # A body whose class mentions a nav bar is still the page, not furniture.
    page = read_page(f"<html><body class='has-nav-bar'><p>{PARA}</p></body></html>")
    assert page.lines[0].noise_at == -1


@pytest.mark.parametrize(
    ("text", "stamp"),
    [("2025-03-04 21:30", True), ("城郊菜市场完成改造 2025-03-04", True), (PARA, False)],
)
def test_stamps(text, stamp):
    assert _lines(f"<p>{text}</p>")[text].stamp is stamp


@pytest.mark.parametrize(
    ("markup", "teaser"),
    [
        # title link, then the prose, in a small element: an item, whatever the tags
        (f"<li><a href='/1.html'>城郊菜市场完成改造</a><p>{PARA}</p><span>03-04</span></li>", True),
        (f"<dl><dt><a href='/1.html'>城郊菜市场完成改造</a></dt><dd>{PARA}</dd></dl>", True),
        # prose first, link after: how a short story ends ("原文链接")
        (f"<div><p>{PARA}</p><p><a href='/1.html'>城郊菜市场完成改造</a></p></div>", False),
        # two paragraphs under the link: a section, not an item
        (f"<div><a href='/1.html'>城郊菜市场完成改造</a><p>{PARA}</p><p>{PARA}。</p></div>", False),
    ],
)
def test_teasers_are_the_prose_of_small_titled_elements(markup, teaser):
    assert _lines(markup)[PARA].teaser is teaser


def test_a_link_to_the_page_itself_is_its_heading_not_an_item_title():
    markup = f"<div><h1><a href='/1.html'>城郊菜市场完成改造</a></h1><p>{PARA}</p></div>"
    assert _lines(markup, title="页面")[PARA].teaser
    assert not _lines(markup, title="城郊菜市场完成改造_某某网")[PARA].teaser


def test_item_verdicts_remembered_per_element_are_the_ones_each_line_would_find():
    """``annotate`` keeps each element's item verdict for the next prose line under it;
    every line's answer must be the one its own walk (no verdicts kept) gives."""
    title = "标题链接一则新闻"
    item = f"<li><a href='/n'>{title}</a><p>{PARA}</p><span>2025-03-04</span></li>"
    pair = f"<li><a href='/m'>{title}二</a><p>{PARA}</p><p>{PARA}再</p></li>"
    body = (
        f"<div><p>{PARA}</p><p>{PARA}又</p>{''.join(f'<p>{PARA}{i}</p>' for i in range(8))}</div>"
        f"<ul>{item * 3}{pair}</ul><div><a href='/x'>{title}三</a><div><p>{PARA}</p></div></div>"
    )
    page = read_page(f"<html><head><title>页面</title></head><body>{body}</body></html>")
    lines = page.lines
    alone = [_is_prose(line) and _in_item(line, lines, "页面", {}) for line in lines]
    assert [line.teaser for line in lines] == alone
    assert sum(alone) == 4  # the three items' teasers and the last block's


@pytest.mark.parametrize(
    ("bar", "teaser"),
    [
        # links to different pages set apart on one line: a bar of places to go
        (
            "<a href='/video/'>返回科技宽频</a>\u3000\u3000\u3000<a href='http://bn.example.cn/'>进入宽频</a>",
            False,
        ),
        (
            "<a href='/prev.html'>上一篇：城郊菜市场</a> | <a href='/next.html'>下一篇：老街</a>",
            False,
        ),
        # an item's title with its category's link glued to it is still one title
        ("<a href='/local/'>[本地]</a><a href='/1.html'>城郊菜市场完成改造</a>", True),
        ("<a href='/1.html'>城郊菜市场</a><a href='/1.html'>完成改造</a>", True),
    ],
)
def test_a_bar_of_links_titles_no_item(bar, teaser):
    """Real page: transTerminus/webpage_archive commit f987f5e,
    raw/unclassify_news/www_视频：整形医生陈焕然做客新浪聊换脸与变性.html (pool 4159; reduced
    copy in tests/snapcrawl/extract/test_decode_double.py): a video page's one paragraph under
    "返回科技宽频　　　进入新浪宽频" was taken for a list item's teaser, the page for a list."""
    markup = f"<div><div>{bar}</div><p>{PARA}</p><span>03-04</span></div>"
    assert _lines(markup)[PARA].teaser is teaser


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("城郊菜市场完成改造提升工程_某某网", True),
        ("城郊菜市场完成改造提升工程丨某某网", True),
        ("城郊菜市场完成改造提升工程（图）", True),
        ("城郊菜市场完成改造提升工程", True),
        # the title goes on from the line: a name it opens on, not its headline piece
        ("城郊菜市场完成改造提升工程二期_某某网", False),
        ("城郊菜市场完成改造提升工程：摊位租金不涨", False),
    ],
)
def test_the_headline_line_is_the_titles_opening_piece(title, headline):
    """``line.headline`` (edges' start of the story) asks title_pieces as every reader of
    the title's headline does: the line up to a cut, not any opening of the title."""
    markup = f"<div><h1>城郊菜市场完成改造提升工程</h1><p>{PARA}</p></div>"
    assert _lines(markup, title=title)["城郊菜市场完成改造提升工程"].headline is headline
