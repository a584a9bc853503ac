"""Real stories refused as list pages (issue 14, session 40, h-ref4), found by running the
extractor on the webpage_archive pool (transTerminus/webpage_archive commit f987f5e, raw/):

- an old gallery page ("高清图") whose story is one caption of two whole sentences under
  its headline, the headline set in a styled ``<div>``, not a heading element; no date on
  the page, a few short lines beside the channel's links: refused as a brief
  (not_article: a few lines beside lists, undated, no heading over two sentences). A
  plain line over the block that is the headline part of ``<title>`` whole is that heading
  (classify.titled_line). Tested on a reduced copy
  (tests/fixtures/extract/real_ref4/chinanews_hd_caption_under_div_headline.html, from
  raw/chinanews.com/www_国际变性人选美大赛韩国“小姐”夺冠.html) and on a made-up photo page
  whose ``<title>`` puts the site first; a channel's blurb under a line that is no
  headline of the title stays refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from snapcrawl.extract import NotAnArticle, classify_page, extract_article

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "extract" / "real_ref4"
NAV = "".join(f"<li><a href='/photo/c{i}/'>图集：南湖四季风光第{i}辑</a></li>" for i in range(24))
CAPTION = (
    "5月6日，第十二届湖滨龙舟赛在南湖开赛，二十支队伍同场竞技。"
    "最终，城东队以两分零五秒的成绩夺得冠军，城西队和城北队分获亚军和季军。"
)


def _photo_page(headline: str, title: str, caption: str = CAPTION) -> str:
    """The channel's menu, a plain headline line, the caption, a pager, the footer."""
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<ul class='menu'>{NAV}</ul>"
        f"<div class='pictitle'>{headline}</div>"
        f"<div class='pic'><span class='desc'>{caption}</span></div>"
        "<div class='pages'><a href='p1.html'>上一张</a> <a href='p3.html'>下一张</a></div>"
        "<div class='foot'>湖滨网 版权所有 未经授权禁止转载</div></body></html>"
    )


def test_a_caption_under_a_div_headline_is_the_story() -> None:
    raw = (FIXTURES / "chinanews_hd_caption_under_div_headline.html").read_bytes()
    article = extract_article(raw, None)
    assert article.title == "国际变性人选美大赛 韩国“小姐”夺冠"
    assert len(article.paragraphs) == 1
    assert article.paragraphs[0].startswith("11月19日，第六届“国际皇后小姐”变性人选美大赛")
    assert classify_page(raw) == "article"


def test_a_caption_under_the_titles_headline_in_other_words() -> None:
    html = _photo_page("南湖龙舟赛 城东队夺冠", "湖滨网图片|南湖龙舟赛 城东队夺冠")
    article = extract_article(html, None)
    assert article.body == CAPTION
    assert classify_page(html) == "article"


def test_a_channels_blurb_under_a_line_the_title_does_not_repeat_stays_refused() -> None:
    html = _photo_page("南湖龙舟赛 城东队夺冠", "湖滨网图片频道 精彩图集推荐")
    with pytest.raises(NotAnArticle):
        extract_article(html, None)
    assert classify_page(html) == "list"
