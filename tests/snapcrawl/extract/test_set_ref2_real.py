"""Real stories refused as list pages (issue 14, session 40, h-ref2), found by running the
extractor on the webpage_archive pool (transTerminus/webpage_archive commit f987f5e, raw/):

- a photo page whose story is one caption under its dated headline, with the photo's
  toolbar between them (a like count, the picture counter "1 / 3", "原图", "评论 ( 2767 )",
  the share buttons, a tag line) and the caption in a frame the page names for its ads
  ("forAd") or set in a heading element; the side columns' headline links outweigh it,
  and the plain caption reading (headline_caption) stopped at the first toolbar line. Past
  short lines with no sentence, the first longer line is the caption, when it holds a
  sentence (``caption_past_toolbar``). Tested on reduced copies
  (tests/fixtures/extract/real_ref2/ifeng_photo_caption_past_toolbar.html, from
  raw/ifeng.com/news_泰国变性女假装指路抢劫中国游客.html; and
  netease_photoset_caption_past_share_bar.html, from
  raw/163.com/news_摄影师展现古巴变性人手术前后对比图_-_网易新闻.html) and on a made-up
  photo page; a group's page ("X小组" over its created date) and a video page (toolbar,
  then related headlines only) stay refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from snapcrawl.extract import NotAnArticle, classify_page, extract_article
from snapcrawl.extract.headline_caption import caption_past_toolbar
from snapcrawl.extract.page import read_page

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "extract" / "real_ref2"
RELATED = "".join(
    f"<li><a href='/photo/2024/05/{i:04d}.html'>图集：春季花展第{i}天游人如织</a></li>"
    for i in range(30)
)
CAPTION = (
    "5月6日，市民在滨江公园观赏盛开的月季。今年花展共展出月季品种三百余个，"
    "花期将持续到本月下旬，公园每天延长开放两小时。图/湖滨日报记者 林晓"
)


def _photo_page(
    caption: str = CAPTION, *, title: str = "滨江公园月季盛开", suffix: str = " - 湖滨图片"
) -> str:
    """A headline, its dated line, the photo's toolbar, the caption in an ad-named frame,
    then the related galleries' links."""
    return (
        f"<html><head><meta charset='utf-8'><title>{title}{suffix}</title></head><body>"
        "<div class='crumb'><a href='/'>首页</a> &gt; <a href='/photo/'>图片</a></div>"
        f"<div class='picHead'><h1>{title}</h1><p><span>2024-05-06 10:20</span>"
        "<a href='/u/88'>湖滨图片</a></p><ul class='share-bar'><li>赞</li><li>12</li>"
        "<li><a href='/share/wb'>微博</a></li><li><a href='/share/wx'>微信</a></li></ul></div>"
        "<div class='picFrame' id='adSlotWrap'><div class='pager'><span>3</span> / "
        "<span>8</span></div><a href='/p/orig.jpg'>查看原图</a>"
        f"<p class='desc'>{caption}</p></div>"
        f"<div class='more'><ul>{RELATED}</ul></div>"
        "<div class='foot'>湖滨日报社 版权所有</div></body></html>"
    )


@pytest.mark.parametrize(
    ("name", "title", "first"),
    [
        (
            "ifeng_photo_caption_past_toolbar.html",
            "泰国变性女假装指路抢劫中国游客",
            "9月13日报道，据泰国《世界日报》报道，近日，一名中国男游客从泰国清迈府塔佩门",
        ),
        (
            "netease_photoset_caption_past_share_bar.html",
            "摄影师展现古巴变性人手术前后对比图",
            "近日，古巴摄影师Claudia Gonzalez拍摄了一组名为Reassign的照片",
        ),
    ],
)
def test_a_photos_caption_past_its_toolbar_is_the_story(name: str, title: str, first: str) -> None:
    raw = (FIXTURES / name).read_bytes()
    article = extract_article(raw, None)
    assert article.title == title
    assert len(article.paragraphs) == 1
    assert article.paragraphs[0].startswith(first)
    assert article.published_at is not None
    assert classify_page(raw) == "article"


def test_a_caption_past_a_toolbar_in_other_words() -> None:
    html = _photo_page()
    article = extract_article(html, None)
    assert article.title == "滨江公园月季盛开"
    assert article.body == CAPTION  # the story line stays; counts, buttons, links go
    assert "图集" not in article.body
    assert "查看原图" not in article.body
    assert classify_page(html) == "article"


def test_a_groups_name_over_its_created_date_stays_refused() -> None:
    html = _photo_page(title="湖滨摄影爱好者", suffix="小组").replace(
        "2024-05-06 10:20", "创建于2018-08-06"
    )
    page = read_page(html)
    assert caption_past_toolbar(page.head.title, page.lines) is None  # a name, no headline
    with pytest.raises(NotAnArticle):
        extract_article(html, None)
    assert classify_page(html) == "list"


def test_a_toolbar_over_related_headlines_only_stays_refused() -> None:
    html = _photo_page(caption="")
    with pytest.raises(NotAnArticle):
        extract_article(html, None)
    assert classify_page(html) == "list"
