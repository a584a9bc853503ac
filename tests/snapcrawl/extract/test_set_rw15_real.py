"""Shapes seen on a random sample of real saved portal pages (issue 14, set R15: 24 pages
drawn by seed from a public web-archive repository's portal folders), reduced to their form
with made-up outlets, people and wordings other than the set pages':

- a fact-check's or an essay's list of what it read after the story: a heading
  ("资料来源") over web addresses alone on their lines: no paragraph of it;
- a picture credit that first names what it leaves out ("（除署名外图片来自X）"): a credit;
- a caption under its picture with its credit after a comma ("X，图片来源于网络"): the
  caption stays, the credit goes;
- a platform's line under an account's name that glues a region to the name the page's
  ``article:author`` tag gives ("X广西"): the source is the account, X;
- a reporter's sign-off with what the writer also did after a slash ("（记者X／文图）"):
  the author is X.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://news.example-portal.cn/a/20230504/ef56gh.html"
STORY = [
    "五月初，湖滨公园的荷花池完成清淤，池底堆积多年的淤泥被清运出去，水面重新变得清澈。",
    "据公园管理处介绍，这次清淤共运走淤泥一千二百多立方米，并补种了睡莲和菖蒲等水生植物。",
    "每天傍晚来公园散步的居民刘桂兰说，以前夏天池边有异味，现在带着孙子来看鱼，心情都好了。",
    "管理处表示，今后将每两年对荷花池进行一次检查，并在池边增设两块介绍水生植物的科普牌。",
]


def _page(body: str, head: str = "", title: str = "湖滨公园荷花池清淤完工 水面重现清澈") -> str:
    return site_article(
        body,
        title=title,
        site="示例新闻网",
        section=("/city/", "城市"),
        info="2023-05-04 10:15 来源：湖滨日报",
        head=head,
        title_bar=f"{title}_城市_示例新闻网",
        footer="关于我们 | 联系我们 | 示例新闻网 版权所有",
    )


def test_reference_list_of_web_addresses_is_cut() -> None:
    refs = (
        "<p>资料来源</p>"
        "<p>https://www.example-water.org/reports/2022/lake-dredging-guide.pdf</p>"
        "<p>https://news.example-city.cn/2023/0412/park-notice.html</p>"
        "<p>http://www.example-bureau.gov.cn/xxgk/tzgg/202303/t20230301_1.html</p>"
    )
    article = extract_article(_page(_paras(STORY) + refs), URL)
    assert article.body.split("\n") == STORY


def test_address_inside_prose_stays() -> None:
    told = "市民可登录 https://www.example-park.cn 查询公园开放时间和各项活动的预约方式。"
    article = extract_article(_page(_paras([*STORY, told])), URL)
    assert told in article.body


def test_picture_credit_naming_what_it_leaves_out_is_dropped() -> None:
    credit = "（除署名外图片均来自公园管理处）"
    article = extract_article(_page(_paras([*STORY, credit])), URL)
    assert "公园管理处）" not in article.body
    assert article.body.split("\n") == STORY


def test_sentence_opening_with_besides_stays() -> None:
    told = "除此之外，图片展板来自附近小学的学生，他们画下了清淤前后荷花池的样子。"
    article = extract_article(_page(_paras([*STORY, told])), URL)
    assert told in article.body


def test_caption_with_comma_credit_keeps_caption_only() -> None:
    body = (
        _paras(STORY[:2])
        + "<p><img src='https://img.example-portal.cn/2023/0504/lotus.jpg'></p>"
        + "<p>清淤后的荷花池，图片来源于网络</p>"
        + _paras(STORY[2:])
    )
    article = extract_article(_page(body), URL)
    assert "图片来源于网络" not in article.body
    assert "清淤后的荷花池" in article.body.split("\n")


def test_caption_without_credit_stays_whole() -> None:
    body = (
        _paras(STORY[:2])
        + "<p><img src='https://img.example-portal.cn/2023/0504/lotus.jpg'></p>"
        + "<p>清淤后的荷花池，水面清澈见底</p>"
        + _paras(STORY[2:])
    )
    article = extract_article(_page(body), URL)
    assert "清淤后的荷花池，水面清澈见底" in article.body


def _account_page(account_line: str, tag: str) -> str:
    return (
        "<html><head><title>湖滨公园荷花池清淤完工_手机示例网</title>"
        f"<meta property='article:author' content='{tag}'>"
        "<meta property='article:published_time' content='2023-05-04 10:15:00'></head><body>"
        "<div class='top'>打开示例新闻 发现更多精彩</div>"
        "<h1>湖滨公园荷花池清淤完工</h1>"
        f"<figure><h2 class='user'>{tag}</h2><time><span class='left'>{account_line}</span>"
        "<span class='day'>2023.05.04</span>10:15</time></figure>"
        f"<section class='art'>{_paras(STORY)}</section>"
        "<div class='foot'>示例新闻 版权所有</div></body></html>"
    )


def test_account_line_with_region_glued_is_the_tagged_account() -> None:
    article = extract_article(_account_page("南岭快讯广西", "南岭快讯"), URL)
    assert article.source == "南岭快讯"


def test_account_line_equal_to_tag_is_kept() -> None:
    article = extract_article(_account_page("南岭快讯", "南岭快讯"), URL)
    assert article.source == "南岭快讯"


def test_reporter_sign_off_with_slash_role_names_the_writer() -> None:
    last = STORY[-1] + "（记者何清远／文图）"
    article = extract_article(_page(_paras([*STORY[:-1], last])), URL)
    assert article.author == "何清远"
