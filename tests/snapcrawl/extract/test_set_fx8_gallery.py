"""A gallery viewer's one caption under its counted headline (issue 14, session 36, h-fx8).

A 2012 portal gallery prints its headline in a ``<div>`` ending in the photo counter
("男子…(组图) (1/12)"), the gallery's date under it and one photo's caption below: body
selection keeps the caption, yet one sentence among link lists was judged a list. The
counter says the story goes on, as a pager does (paged_story). Fixture:
``tests/fixtures/extract/webarchive/ifeng_gallery_counted_headline.html`` is
transTerminus/webpage_archive ``raw/ifeng.com/``
``fashion_男子迷恋布兰妮花巨款变性隆胸(组图)_-_时尚-_凤凰网.html``
with its scripts, styles, frames and comments taken out; the other pages are made up.
"""

from __future__ import annotations

from snapcrawl.extract import NotAnArticle, extract_article

from .conftest import fixture_bytes

URL = "https://pic.example-riverside.cn/photo/2023/0612/5521_0.html"
CAPTION = "6月11日，河畔公园的荷花进入盛花期，不少市民带着相机赶来拍摄，园方延长了开放时间。"
_LINKS = "".join(
    f"<li><a href='/photo/{i}.html'>河畔图片第{i}组标题在这里</a></li>" for i in range(14)
)


def _gallery(heading: str, date: str, caption: str, title: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body>"
        "<div class='nav'><a href='/'>河畔网首页</a>|<a href='/pic/'>图片首页</a></div>"
        f"<div class='picTitle'>{heading}</div><div class='info'>{date}</div>"
        "<div class='tools'><a href='#'>查看原图</a> | <a href='#'>全部图片</a></div>"
        f"<div class='viewer'><img src='/p/1.jpg'><p>{caption}</p></div>"
        f"<div class='recommend'><h2>图片推荐</h2><ul>{_LINKS}</ul></div>"
        "<div class='copyright'>河畔网 版权所有</div></body></html>"
    )


def _refused(page: str) -> bool:
    try:
        extract_article(page, URL)
    except NotAnArticle:
        return True
    return False


def test_the_caption_under_a_counted_gallery_headline_is_the_story() -> None:
    article = extract_article(fixture_bytes("webarchive/ifeng_gallery_counted_headline.html"))
    assert article.title == "男子迷恋布兰妮花巨款变性隆胸(组图)"
    assert article.body.startswith("据英国《每日邮报》报道，由于迷恋偶像布兰妮·斯皮尔斯")
    assert "全部图片" not in article.body
    assert "图片推荐" not in article.body
    # made up: another portal, a full-width counter, the date in words
    page = _gallery(
        "河畔公园荷花盛开（组图）（1/8）",
        "2023年06月12日 09:05 来源：河畔晚报",
        CAPTION,
        "河畔公园荷花盛开（组图）_图片频道_河畔网",
    )
    assert extract_article(page, URL).body == CAPTION


def test_a_counted_heading_without_a_dated_gallery_stays_refused() -> None:
    # a topic page's heading with a counter, its blurb under it, no date of its own
    topic = _gallery("河畔图片专题（1/8）", "共8组图片", CAPTION, "河畔图片专题_图片频道_河畔网")
    assert _refused(topic)
    # the counter's words do not open <title>: another gallery's heading in a box
    other = _gallery(
        "上周最佳摄影作品（组图）（1/8）",
        "2023年06月12日 09:05",
        CAPTION,
        "图片频道首页_河畔网",
    )
    assert _refused(other)


def test_a_list_under_a_counted_heading_stays_a_list() -> None:
    lines = "".join(f"<p><a href='/n/{i}.html'>河畔要闻第{i}条标题在这里</a></p>" for i in range(6))
    page = (
        "<html><head><title>河畔要闻（1/5）_河畔网</title></head><body>"
        "<div class='picTitle'>河畔要闻（1/5）</div><div>2023-06-12</div>"
        f"{lines}<div class='recommend'><ul>{_LINKS}</ul></div></body></html>"
    )
    assert _refused(page)
