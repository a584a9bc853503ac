"""Picture credits and short photo captions on real pages (issue 14, session 41, h-cap5),
found by running the extractor on the webpage_archive pool (transTerminus/webpage_archive
commit f987f5e, raw/):

- a gallery page's one caption with the picture's credit and the agency's terms glued
  after its last sentence ("…将在5月8日举行。图片来源：东方ic 版权作品 请勿转载"): the tail's
  notice words (版权, 转载) made the whole line a notice, so the caption was dropped and
  the page refused as a list. The notice words stand in the tail a picture credit's label
  opens after the caption's finished sentence: they are the picture's terms, the line is
  the caption (picture_notice, host_voice.split_picture_notice), and the tail goes to the
  noise audit. Tested on a reduced copy
  (tests/fixtures/extract/real_cap5/chinanews_hd_caption_with_picture_notice.html, from
  raw/chinanews.com/www_泰国举行变性人选美大赛参赛者性感妖娆-中新网.html) and on a made-up
  photo page whose caption ends in "摄影：X 未经授权禁止转载"; a sentence that names a
  picture's source, and a credit with its notice alone on its line, stay as they were.
"""

from __future__ import annotations

from pathlib import Path

from snapcrawl.extract import extract_article
from snapcrawl.extract.host_voice import notice_strength, split_picture_notice

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "extract" / "real_cap5"
NAV = "".join(f"<li><a href='/photo/c{i}/'>图集：南湖四季风光第{i}辑</a></li>" for i in range(24))
CAPTION = (
    "5月6日，第十二届湖滨龙舟赛在南湖开赛，二十支队伍同场竞技。"
    "最终，城东队以两分零五秒的成绩夺得冠军，城西队和城北队分获亚军和季军。"
)


def _photo_page(caption: str) -> str:
    """The channel's menu, a headline, the photo and its caption, a dated line, the footer."""
    return (
        "<html><head><meta charset='utf-8'><title>南湖龙舟赛开赛 二十支队伍同场竞技-湖滨网</title>"
        "</head><body>"
        f"<ul class='menu'>{NAV}</ul>"
        "<h1>南湖龙舟赛开赛 二十支队伍同场竞技</h1>"
        "<div class='pic'><img src='/p/1.jpg'></div>"
        f"<div class='desc'>{caption}</div>"
        "<div class='time'>发布时间：2024-05-06 10:45:12 【编辑：李明】</div>"
        "<div class='pages'><a href='p1.html'>上一张</a> <a href='p3.html'>下一张</a></div>"
        "<div class='foot'>湖滨网 版权所有 未经授权禁止转载</div></body></html>"
    )


def test_a_caption_with_a_glued_picture_notice_is_the_story() -> None:
    page = (FIXTURES / "chinanews_hd_caption_with_picture_notice.html").read_bytes()
    article = extract_article(page)
    assert article.paragraphs == (
        "当地时间2015年3月25日，泰国曼谷，今年的2015泰国最美变性小姐比赛开始，"
        "最后的冠军之争将在5月8日举行。",
    )
    assert "图片来源：东方ic 版权作品 请勿转载" in article.noise
    assert article.title == "泰国举行变性人选美大赛 参赛者性感妖娆"


def test_another_label_and_notice_glued_to_a_caption() -> None:
    article = extract_article(_photo_page(CAPTION + "摄影：王磊 未经授权禁止转载"))
    assert article.paragraphs == (CAPTION,)
    assert "摄影：王磊 未经授权禁止转载" in article.noise


def test_the_split_takes_only_a_labelled_tail_after_a_sentence() -> None:
    story = "游客在长城上游览，感受秋日风光。"
    assert split_picture_notice(story + "图源：视觉中国 版权所有 请勿转载") == (
        story,
        "图源：视觉中国 版权所有 请勿转载",
    )
    # the story speaks of a picture's source and of reprints: no sentence ends before it
    kept = "法院认定，被告在网站上使用的图片来源：不明，且未经授权转载"
    assert split_picture_notice(kept) is None
    # a credit and its notice alone on their line: the notice it always was
    alone = "图片来源：东方ic 版权作品 请勿转载"
    assert split_picture_notice(alone) is None
    assert notice_strength(alone) == 2
    # a credit with no notice words is no notice: the caption keeps it as before
    assert split_picture_notice(story + "图片来源：东方ic") is None


def test_a_story_sentence_about_reprints_stays_whole() -> None:
    line = "法院审理认为，被告未经授权转载原告拍摄的图片来源不明的作品，构成侵权。"
    article = extract_article(_photo_page(CAPTION + "</div><div class='desc2'>" + line))
    assert line in article.paragraphs
