"""A three-paragraph story with only a relative date ("一年多前"), refused as a brief beside
lists (issue 14, session 42, h-rf5), found on the webpage_archive pool
(transTerminus/webpage_archive, raw/unclassify_news/
www_新提案，非二元性别”(non-binary)或将出现在官方文件上_-_咕噜美国通.html).

A few undated lines beside lists are read only when a heading stands right over them
(classify.short_story). The post's meta strip between its ``<h1>`` and its text is six
short lines ("一年多前", "20.8k 次浏览", "时事新闻", "评论(0)赞(1)收藏(0)分享繁", "A-", "A+"),
taller than the heading's reach. The page's headline (the ``<title>``'s) over a strip of
short lines with no sentence is that heading (classify._headline_over_strip). Tested on a
reduced copy (real_rf5/guruin_three_paragraph_story_under_meta_strip.html: script, style
and comment blocks and the page's later boxes cut) and on a made-up page with another
strip (short_story); a heading that is no headline of the ``<title>`` over the same strip
heads nothing.
"""

from __future__ import annotations

from pathlib import Path

from snapcrawl.extract import classify_page, extract_article
from snapcrawl.extract.body import select_body
from snapcrawl.extract.classify import short_story
from snapcrawl.extract.page import read_page

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "extract" / "real_rf5"

NAV = "".join(f"<li><a href='/c/{i}'>栏目{i}</a></li>" for i in range(20))
STORY = [
    "市议会周二提出一项新提案，计划在全市主要公园增设夜间照明和巡逻岗亭。"
    "提案的受益人群包括夜跑的市民和下班较晚的上班族。",
    "提案还建议延长部分社区图书馆的开放时间，希望可以在工作日的晚间开放自习室。",
    "如果该提案获得通过，相关工程预计将在明年春季开工。",
]
STRIP = ["很久以前", "1.2k 阅读", "本地新闻", "评论(2)点赞(5)", "小", "中", "大"]


def _short_story(head: str) -> bool:
    rows = "".join(f"<div class='meta'>{s}</div>" for s in STRIP)
    text = "".join(f"<p>{p}</p>" for p in STORY)
    html = (
        "<html><head><meta charset='utf-8'><title>市议会提案增设公园夜间照明 - 湾区生活网</title>"
        f"</head><body><ul class='nav'>{NAV}</ul><div class='post'>{head}{rows}"
        f"<div class='text'>{text}</div></div></body></html>"
    )
    page = read_page(html, details=True)
    selection = select_body(page.lines)
    assert [line.text for line in selection.kept] == STORY
    return short_story(page.lines, selection, page.head.title)


def test_story_under_its_meta_strip_is_read() -> None:
    raw = (FIXTURES / "guruin_three_paragraph_story_under_meta_strip.html").read_bytes()
    assert classify_page(raw) == "article"
    article = extract_article(raw)
    assert article.title == "新提案，非二元性别”(non-binary)或将出现在官方文件上"
    assert len(article.paragraphs) == 3
    assert article.paragraphs[0].startswith("加州的民主党派人士提议")
    assert article.paragraphs[-1] == "如果该提案通过，那么将是加州在“第三性别”议题上的一大进步。"
    assert article.editor == "Agnes Yang"
    assert "浏览" not in article.body


def test_headline_over_another_strip_heads_the_story() -> None:
    assert _short_story("<h1>市议会提案增设公园夜间照明</h1>")


def test_a_heading_that_is_no_headline_heads_nothing() -> None:
    assert not _short_story("<h2>热门推荐</h2>")
    assert not _short_story("<div>热门推荐</div>")
