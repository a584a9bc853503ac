"""Article or not, where magic-html gives a body and we gave none or the wrong one (issue 14,
session 42, h-rf4), found on the allowed webpage_archive pool (transTerminus/webpage_archive
commit f987f5e, raw/). Fixtures in tests/fixtures/extract/real_rf4/ are the served pages cut
down (scripts, styles and far columns removed; the rest byte for byte):

- a one-paragraph story under its dated headline, a bracketed control link over the
  paragraph ("【点击查看其它图片】") and the channel's link under it: the paragraph counted as a
  list item boxed between two title links and the page was refused as a list. A link in
  square brackets is a page's control, no item's title (``classify._is_stub``). From
  raw/chinanews.com/www_大马华裔青年照片被移花接木成变性人.html
  (chinanews_one_paragraph_story_under_photo_control.html);
Each kind is tested again in words the rules were not written from, and beside a page of
another shape that must stay refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from snapcrawl.extract import NotAnArticle, classify_page, extract_article

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "extract" / "real_rf4"
NAV = "".join(f"<li><a href='/c/{i}.html'>栏目频道第{i}项</a></li>" for i in range(30))
RELATED = "".join(
    f"<li><a href='/n/{i}.html'>·港口城市第{i}个码头完成智能化改造</a></li>" for i in range(12)
)


def _read(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


# --- a one-paragraph story between a bracketed control and a link -------------------------


def test_one_paragraph_story_under_a_photo_control_is_read() -> None:
    raw = _read("chinanews_one_paragraph_story_under_photo_control.html")
    assert classify_page(raw) == "article"
    article = extract_article(raw)
    assert article.title == "大马华裔青年照片被移花接木成变性人"
    assert article.paragraphs[-1].startswith("中新网10月13日电 据马来西亚《光明日报》报道")
    assert article.paragraphs[-1].endswith("令他饱受困扰。")
    assert article.published_at is not None
    assert article.published_at.isoformat().startswith("2010-10-13T15:29")
    assert "点击查看其它图片" not in article.body
    assert "更多精彩内容" not in article.body


def _one_paragraph_page(story: str, control: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>海港新区首条无人驾驶公交线开通——海港在线</title>"
        f"</head><body><ul class='nav'>{NAV}</ul><div class='story'>"
        "<div class='head'><h1>海港新区首条无人驾驶公交线开通</h1></div>"
        "<div class='time'>2021年04月02日 10:05　来源：海港在线</div>"
        "<div class='pic'>市民在站台等候无人驾驶公交车。（记者 周岚 摄）</div>"
        f"<div class='more'><a href='/photo/'>{control}</a></div>"
        f"<div class='text'><p>{story}</p></div>"
        "<div class='go'><a href='/city/'>进入城市频道看更多本地新闻</a></div>"
        "<div class='editor'>【责任编辑:林芳】</div></div>"
        f"<ul class='related'>{RELATED}</ul></body></html>"
    )


STORY = (
    "海港在线4月2日电 海港新区首条无人驾驶公交线路今天上午开通试运营，线路全长9公里，"
    "沿途设12个站点，试运营期间市民可免费乘坐，每15分钟发出一班。"
)


@pytest.mark.parametrize("control", ["[查看原图]", "【返回图片频道】"])
def test_one_paragraph_story_in_other_words(control: str) -> None:
    article = extract_article(_one_paragraph_page(STORY, control))
    assert STORY in article.paragraphs
    assert control not in article.body


def test_teasers_between_title_links_and_bracketed_more_links_stay_a_list() -> None:
    """A channel's items: a title link, a teaser, a "[详细]" link, item after item. Each
    teaser sits under its title link (a flat list), whatever the bracketed link after it."""
    items = "".join(
        f"<li><a href='/n/{i}.html'>港区第{i}号泊位完成升级改造</a>"
        f"<p>港口集团介绍，第{i}号泊位改造后可停靠更大吨位的货轮，装卸效率提高三成左右。</p>"
        f"<a href='/n/{i}.html'>[详细]</a></li>"
        for i in range(8)
    )
    page = (
        "<html><head><meta charset='utf-8'><title>港口动态——海港在线</title></head><body>"
        f"<ul class='nav'>{NAV}</ul><h2>港口动态</h2><ul class='list'>{items}</ul>"
        "</body></html>"
    )
    assert classify_page(page) == "list"
    with pytest.raises(NotAnArticle):
        extract_article(page)
