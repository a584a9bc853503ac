"""Shapes seen on a random sample of real saved pages (issue 14, set R42: pages drawn by
seed from a public web-archive repository's news folder), reduced to their form with
made-up sites, people and wordings other than the set pages':

- a short undated post whose block opens on its path ("公告 》" and the headline in plain
  text) before its heading, beside a long list of other posts' headings: a brief story,
  not a list;
- a reference inside the story ("参考资料：X，〈题〉。出版者（2021.5.3）") ends in a bracketed
  date like a list's stamped item, yet closes a sentence before it: the story's, and the
  short list lines under it stay too;
- a pager's position alone on its line ("第1/1页");
- a writer's slash credit glued to the last paragraph with the place filed from in
  brackets ("撰文／X(纽约)"): the writer is X, never the place; a transliterated name set
  apart by a bullet dot ("•") is as long as one set apart by "·";
- a press release's "###" with the issuer's boilerplate ("关于X") and press contacts under
  it; a linked sentence closing with an English full stop;
- a page with an empty ``<title>`` whose heading the story repeats as its first line under
  a "新闻发布" label and a date: the heading is the headline, the label no outlet;
- an English byline element "By X";
- a bracketed dateline naming a brand in Latin letters apart from its Chinese word
  ("【Hexa 新聞報道】").
"""

from __future__ import annotations

from snapcrawl.extract import extract_article

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-harbour.cn/news/2024/0611/7781.html"
STORY = [
    "港口边的旧仓库改成了社区图书馆，每天傍晚都有附近的孩子来这里写作业。",
    "图书馆的书架是用拆下来的货架改的，管理员说这样既省钱又保留了仓库原来的样子。",
    "开馆半年来，借阅量已经超过一万册，周末的绘本故事会常常座无虚席。",
    "街道还在二楼开了一间自习室，晚上十点才关门，方便下班的年轻人来看书。",
]


def _page(body: str, *, info: str = "2024-06-11 09:30 来源：海港晚报", after: str = "") -> str:
    return site_article(
        body,
        title="旧仓库变身社区图书馆",
        site="海港新闻网",
        section=("/city/", "城事"),
        info=info,
        after=after,
    )


def _post_page(links: int) -> str:
    others = "".join(
        f"<h2><a href='item.php?id={k}'>第{k}期出行小贴士：雨季出游注意事项</a></h2>"
        for k in range(links)
    )
    return (
        "<html><head><title>港湾夜市美食巡礼</title></head><body>"
        "<div class='nav'>" + "".join(f"<a href='/c{k}'>栏目{k}</a>" for k in range(12)) + "</div>"
        "<div class='wrap'><div class='right'><div class='path'><ul>"
        "<li>活动公告 》</li><li>港湾夜市美食巡礼</li></ul></div>"
        "<div class='content'><h1>港湾夜市美食巡礼</h1><div class='editor'>"
        "<p>港湾夜市汇集了上百个小吃摊位，是当地最热闹的夜间去处。每晚七点开市，一直营业到凌晨。</p>"
        "<p>摊主们大多是附近的渔民，现捞现做的海鲜最受欢迎，烤鱿鱼和蚵仔煎更是排起长队。</p>"
        "</div></div></div>"
        f"<div class='left'><div class='others'><p>其他文章</p>{others}</div></div></div>"
        "<div class='footer'>© 海港旅行社 版权所有</div></body></html>"
    )


def test_short_undated_post_opening_on_its_path_is_an_article() -> None:
    article = extract_article(_post_page(60), "https://www.example-trip.tw/news_item.php?id=9")
    assert "港湾夜市汇集了上百个小吃摊位" in article.body
    assert "烤鱿鱼和蚵仔煎" in article.body
    assert "雨季出游注意事项" not in article.body


def test_reference_with_a_bracketed_date_stays_with_the_lines_under_it() -> None:
    body = _paras(
        [
            *STORY[:2],
            "参考资料：林立，〈社区图书馆的运营模式〉。城市文化研究丛书（2021.5.3）",
            "按照服务对象，社区图书馆大致可以分为：",
            "➜ 儿童阅览区",
            "➜ 成人自习区",
            *STORY[2:],
        ]
    )
    article = extract_article(_page(body), URL)
    for line in ("参考资料：林立", "按照服务对象", "➜ 儿童阅览区", "➜ 成人自习区", STORY[-1]):
        assert line in article.body, line


def test_stamped_list_items_still_go() -> None:
    related = "".join(
        f"<li><a href='/n{k}.html'>海港新闻第{k}条</a> 2024-06-0{k}</li>" for k in range(1, 6)
    )
    article = extract_article(_page(_paras(STORY), after=f"<ul class='list'>{related}</ul>"), URL)
    assert "海港新闻第1条" not in article.body


def test_pager_position_alone_is_no_paragraph() -> None:
    for pager, shown in (
        ("第<b>1</b>/1页", "第1/1页"),
        ("第 <b>2</b> / 3 页", "第 2 / 3 页"),
        ("<b>1</b>/4頁", "1/4頁"),
    ):
        body = _paras([*STORY, "责编：陈立峰"])
        after = f"<div><table><tr><td>{pager}</td></tr></table></div>"
        article = extract_article(_page(body, after=after), URL)
        assert shown not in article.body, pager
        assert STORY[-1] in article.body


def test_place_in_brackets_after_a_slash_credit_is_not_the_author() -> None:
    for credit, name in (
        ("撰文／卡洛琳•韦斯特布鲁克(伦敦)", "卡洛琳•韦斯特布鲁克"),
        ("撰文／汤姆•哈里斯(悉尼)", "汤姆•哈里斯"),
    ):
        body = _paras([*STORY[:-1], STORY[-1] + credit])
        article = extract_article(_page(body, info="2024-06-11 09:30"), URL)
        assert article.author == name, credit


def test_closing_name_in_brackets_is_still_the_author() -> None:
    body = _paras([*STORY[:-1], STORY[-1] + "(周晓岚)"])
    article = extract_article(_page(body, info="2024-06-11 09:30"), URL)
    assert article.author == "周晓岚"


def test_press_release_boilerplate_under_its_hashes_goes() -> None:
    body = _paras(
        [
            *STORY,
            "###",
            "关于海港文化基金会 海港文化基金会成立于2005年，是一家致力于推广公共阅读的非营利机构。",
            "媒体联系：",
            "王敏，海港文化基金会传播部，电话0571-0000000",
        ]
    )
    article = extract_article(_page(body), URL)
    assert STORY[-1] in article.body
    assert "致力于推广公共阅读" not in article.body
    assert "媒体联系" not in article.body


def test_hashes_alone_cut_nothing() -> None:
    body = _paras([*STORY[:2], "###", *STORY[2:]])
    article = extract_article(_page(body), URL)
    assert STORY[-1] in article.body


def test_linked_sentence_with_an_english_full_stop_is_prose() -> None:
    links = ", ".join(
        f"<a href='https://example.org/{k}'>Harbour {name} Center</a>"
        for k, name in enumerate(("Reading", "Youth", "Civic"))
    )
    line = f"该项目得到了下列机构的资助：{links}."
    body = _paras(STORY[:3]) + f"<p>{line}</p>" + _paras(STORY[3:])
    article = extract_article(_page(body), URL)
    assert "该项目得到了下列机构的资助" in article.body


def test_heading_repeated_as_first_line_is_the_headline_without_a_stated_title() -> None:
    headline = "调查显示多数居民支持延长图书馆开放时间"
    html = (
        "<html><head><title></title><meta property='og:title' content=''></head><body>"
        "<div class='nav'><a href='/'>Home</a> <a href='/news'>News</a></div>"
        f"<div class='head'><div class='row'><h1>{headline}</h1></div></div>"
        "<div class='pub-info'><span class='pub-date'>11-Jun-2024 9:05 AM EDT</span>, "
        "<span class='pub-author'><span>by</span> <a href='/inst/5/'>Harbour Library</a></span>"
        "</div><div class='share'><span>Shares</span></div>"
        "<div class='article-body'><p>新闻发布</p><p>2024年6月11日</p>"
        f"<p>{headline}</p>" + _paras(STORY) + "</div>"
        "<div class='footer'>© Harbour Wire</div></body></html>"
    )
    article = extract_article(html, "https://www.example-wire.com/articles/7781")
    assert article.title == headline
    assert article.source != "新闻发布"
    assert article.author == "Harbour Library"
    assert headline not in article.body


def test_english_byline_word_is_not_the_name() -> None:
    head = "<meta name='author' content='By Maria Lopez'>"
    page = site_article(
        _paras(STORY), title="旧仓库变身社区图书馆", site="海港新闻网", info="2024-06-11", head=head
    )
    article = extract_article(page, URL)
    assert article.author == "Maria Lopez"


def test_bracketed_dateline_with_a_latin_brand() -> None:
    body = _paras([f"【Hexa 新聞報道】{STORY[0]}", *STORY[1:]])
    article = extract_article(_page(body, info="2024-06-11 09:30"), URL)
    assert article.source is not None
    assert article.source.replace(" ", "") == "Hexa新聞"
