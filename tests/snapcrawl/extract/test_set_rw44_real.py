"""Shapes seen on a random sample of real saved pages (issue 14, set R44: pages drawn by
seed from a public web-archive repository's news folder), reduced to their form with
made-up outlets, people and wordings other than the set pages':

- a gallery's paging hint over its one description ("点击图片或用键盘'←' '→'键翻页"): what the
  page's buttons do, not the story;
- a caption set right above its photograph ("▼X。（圖／Y）"), its bracketed picture tag
  after it: the tag names whose the picture is, as it does under a photograph;
- a story that opens with a short sentence lacking its closing mark, one keyword of it
  linked by the portal ("“X怎么办”，我一直想不通"), in a paragraph like the ones after it:
  the story's first line, not a label, a heading or an account's call to follow it.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-lakeside.cn/news/2024/0611/7731.html"
STORY = [
    "湖边的老码头改成了市民广场，傍晚时分总有附近的居民来这里散步、跳舞、放风筝。",
    "改造工程去年秋天开工，施工队保留了码头原来的石阶和系船的铁环，又在旁边种了一排柳树。",
    "住在码头边三十多年的周阿婆说，以前这里堆满了货箱，如今孙子每天放学都要来这里玩一会儿。",
    "广场的管理方表示，今年夏天还将在这里办几场露天电影，片单由居民投票选出。",
]


def _page(
    body: str,
    *,
    title: str = "老码头变身市民广场",
    info: str = "2024-06-11 09:20 来源：湖畔晚报",
    after: str = "",
) -> str:
    return site_article(body, title=title, site="湖畔新闻网", info=info, after=after)


# An account's post on a portal: the account's name (a link), then the date and region.
ACCOUNT_INFO = "<a href='/u/9'>湖边说事儿</a><div class='time'>2024-06-11 09:20 ·浙江</div>"


def test_a_gallery_paging_hint_is_not_the_story() -> None:
    for hint in (
        "点击图片或用键盘'←' '→'键翻页",
        "可使用键盘左右方向键翻页浏览",
        "支持鍵盤 ← → 翻頁",
    ):
        body = (
            "<p align='center'><img src='/pic/1.jpg'></p>"
            f"<div class='tip'>{hint}</div>" + _paras(STORY[:1])
        )
        article = extract_article(_page(body), URL)
        assert STORY[0] in article.body, hint
        assert "翻" not in article.body, hint


def test_a_story_line_about_paging_through_a_book_stays() -> None:
    line = "老人说，他每天都要把这本旧相册从头到尾翻一遍，翻到码头的那一页时总会停下来看很久。"
    article = extract_article(_page(_paras([*STORY[:2], line, STORY[2]])), URL)
    assert line in article.body


def test_a_picture_tag_after_a_caption_set_over_its_photograph_goes() -> None:
    caption = "▼傍晚的广场上，居民们在柳树下跳舞。"
    body = (
        _paras(STORY[:2])
        + f"<p><strong class='figcaption'>{caption}（圖／湖畔晚報提供）</strong></p>"
        + "<p><img src='/pic/2.jpg'></p>"
        + _paras(STORY[2:])
    )
    article = extract_article(_page(body), URL)
    assert caption in article.body
    assert "湖畔晚報提供" not in article.body
    for line in STORY:
        assert line in article.body


def test_a_bracketed_remark_closing_a_paragraph_above_text_stays() -> None:
    line = "周阿婆把老照片拿给记者看，照片上的码头堆满了货箱（图／她的父亲当年所摄）"
    article = extract_article(_page(_paras([*STORY[:2], line, STORY[2]])), URL)
    assert line in article.body


def test_a_short_opening_sentence_with_a_linked_keyword_is_the_story() -> None:
    opening = "“老码头拆不拆”，街坊们<a href='/tag/mt'>争论</a>了好几年"
    body = _paras([opening, *STORY])
    page = _page(body, title="老码头拆不拆？街坊们的答案出来了", info=ACCOUNT_INFO)
    article = extract_article(page, URL)
    assert article.body.split("\n")[0] == "“老码头拆不拆”，街坊们争论了好几年"
    for line in STORY:
        assert line in article.body


def test_a_short_label_over_the_story_still_goes() -> None:
    for label in ("导读：码头，广场", "据悉，码头", "点击👇下方卡片关注湖边说事儿，加★星标★"):
        body = _paras([label, *STORY])
        article = extract_article(_page(body, info=ACCOUNT_INFO), URL)
        assert label not in article.body
        assert article.body.split("\n")[0] == STORY[0]
