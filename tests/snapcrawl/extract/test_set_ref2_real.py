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
  then related headlines only) stay refused;
- a gallery's page that heads its caption with the headline and the picture counter
  ("标题 (9/10)") under a ``<title>`` of "标题-中新网" (a bare hyphen, no separator the title
  splits on), its dated line ("发布时间：… 【编辑：X】") under the caption: no line matched
  the title, so the line over the meta line, the caption, was taken for the headline and
  dropped from the body as its repeat; the page was refused as empty. The heading without
  its counter opens the ``<title>`` (title._match), and the block's last line, dated and
  all labels, after the story is the story's meta line, not story (paragraphs._dated_last).
  Tested on a reduced copy (tests/fixtures/extract/real_ref2/
  chinanews_gallery_heading_with_counter.html, from
  raw/chinanews.com/www_2013国际变性人选美决赛在泰国落幕-中新网.html) and on a made-up
  gallery page; a story whose last sentence names a date keeps it.
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


GALLERY_CAPTION = (
    "5月6日，第十二届湖滨月季花展在滨江公园开幕，三百余个品种的月季竞相绽放。"
    "图为市民在花廊下拍照留念。湖滨日报记者 林晓 摄"
)


def _gallery_page(caption: str = GALLERY_CAPTION, *, last: str = "") -> str:
    """A gallery's page: its heading with the picture counter, the caption, the dated line."""
    side = "".join(f"<li><a href='/tp/{i}.html'>组图{i}</a></li>" for i in range(4))
    return (
        "<html><head><meta charset='utf-8'><title>湖滨月季花展开幕-湖滨网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a>|<a href='/tp/'>图片</a>|<a href='/sh/'>社会</a>"
        "</div><div id='main'><div class='tit'>湖滨月季花展开幕 (3/12)</div>"
        "<div class='turn'>\"← →\"翻页</div>"
        f"<div class='txt'><p>{caption}</p>{last}"
        "<p>发布时间：2024-05-06 10:20:00 【编辑：周敏】</p></div>"
        f"<ul class='side'>{side}</ul></div>"
        "<div class='foot'>湖滨网 版权所有</div></body></html>"
    )


def test_a_gallery_heading_with_its_counter_is_the_title() -> None:
    raw = (FIXTURES / "chinanews_gallery_heading_with_counter.html").read_bytes()
    article = extract_article(raw, None)
    assert article.title == "2013国际变性人选美决赛在泰国落幕"
    assert len(article.paragraphs) == 1
    assert article.paragraphs[0].startswith("11月1日晚，“2013国际皇后小姐”（变性人）选美大赛")
    assert "发布时间" not in article.body
    assert article.editor == "张龙云"
    assert article.published_at is not None
    assert article.published_at.isoformat().startswith("2013-11-02T11:41")


def test_a_gallery_heading_with_its_counter_in_other_words() -> None:
    article = extract_article(_gallery_page(), None)
    assert article.title == "湖滨月季花展开幕"
    assert article.body == GALLERY_CAPTION  # the caption stays, its meta line goes
    assert article.editor == "周敏"


def test_a_last_sentence_with_a_date_stays() -> None:
    last = "<p>花展将持续到2024年5月26日，每天8时至18时开放。</p>"
    article = extract_article(_gallery_page(last=last), None)
    assert article.paragraphs == (GALLERY_CAPTION, "花展将持续到2024年5月26日，每天8时至18时开放。")
