"""One page of a paged photo story whose only text is the story's opening sentence left
open ("……"), over a pager of separate number links (issue 14, session 42, h-rf5), found on
the webpage_archive pool (transTerminus/webpage_archive, raw/unclassify_news/
news_揭泰国人妖夹缝生活多数以卖淫求生活不过40岁.html).

The caption past the headline's dated line was found (headline_caption), but one sentence
ending in "……" is neither a story to ``judge`` nor a whole sentence (one_sentence_caption):
refused as a list. A sentence of clauses left open, with a pager of number links under it
("上一页" "01" … "05" (unlinked, the page shown) … "下一页"), is the opening of a paged
story's page (paged_story.paged_intro). Tested on a reduced copy
(real_rf5/cnhubei_paged_story_page_over_number_links.html: script, style and comment
blocks cut) and on a made-up page; a teaser left open over a list's pager stays a list.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from snapcrawl.extract import NotAnArticle, classify_page, extract_article

FIXTURE = (
    Path(__file__).resolve().parents[2]
    / "fixtures"
    / "extract"
    / "real_rf5"
    / "cnhubei_paged_story_page_over_number_links.html"
)
NAV = "".join(f"<li><a href='/c/{i}.html'>频道{i}</a></li>" for i in range(30))
RELATED = "".join(
    f"<li><a href='/n/{i}.html'>老街区改造第{i}期工程完成验收并向市民开放</a></li>"
    for i in range(12)
)


def test_paged_story_page_is_read() -> None:
    raw = FIXTURE.read_bytes()
    assert classify_page(raw) == "article"
    article = extract_article(raw)
    assert article.title == "揭泰国人妖夹缝生活:多数以卖淫求生 活不过40岁"
    assert list(article.paragraphs) == [
        "变性人，这一游走在主流社会边缘的特殊群体，正在期待来自社会更多的关注与接纳……"
    ]
    assert article.published_at is not None
    assert article.published_at.isoformat().startswith("2013-05-03T00:15")
    assert article.source == "中国江苏网"


def _page(sentence: str, pager: str) -> str:
    return (
        "<html><head><meta charset='utf-8'>"
        "<title>百年老街换新颜 市民重拾旧时光-城南网</title></head>"
        f"<body><ul class='nav'>{NAV}</ul><div class='box'>"
        "<div class='title'><h1>百年老街换新颜 市民重拾旧时光</h1></div>"
        "<div class='info'>发布时间: 2019-10-08 09:30 来源: 城南网</div>"
        f"<div class='content'><p>{sentence}</p></div>"
        f"<ul class='pages'>{pager}</ul></div><ul class='related'>{RELATED}</ul></body></html>"
    )


SENTENCE = "修缮一新的百年老街重新开放，青石板路、老字号招牌和骑楼又回到了市民的视野中……"
PAGER = (
    "<li><a href='p2.html'>上一页</a></li>"
    + "".join(f"<li><a href='p{i}.html'>{i}</a></li>" for i in range(1, 3))
    + "<li>3</li>"
    + "".join(f"<li><a href='p{i}.html'>{i}</a></li>" for i in range(4, 7))
    + "<li><a href='p4.html'>下一页</a></li>"
)


def test_another_paged_page_is_read() -> None:
    article = extract_article(_page(SENTENCE, PAGER))
    assert list(article.paragraphs) == [SENTENCE]


@pytest.mark.parametrize(
    "pager",
    [
        "<li><a href='more.html'>更多老街故事</a></li>",  # no pager: a teaser over a link
        "<li><a href='p1.html'>1</a></li><li><a href='p9.html'>9</a></li>",  # no run of pages
    ],
)
def test_an_open_sentence_without_a_pager_stays_refused(pager: str) -> None:
    with pytest.raises(NotAnArticle):
        extract_article(_page(SENTENCE, pager))
