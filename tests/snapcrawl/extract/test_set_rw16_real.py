"""Shapes seen on a random sample of real saved pages (issue 14, set R16: pages drawn by
seed from a public web-archive repository's unsorted news folder), reduced to their form
with made-up outlets, people and wordings other than the set pages':

- an ad slot's English label left alone on its line between paragraphs ("Advertisement"):
  no paragraph;
- a read counter in the passive ("被浏览次数 8812"): no paragraph;
- a meta line's toolbar button in brackets right after the time ("09:05 【关闭窗口】"): no
  author;
- the page's address for corrections glued after the editor's name ("编辑：X纠错：…"): the
  editor is X;
- a desk's "compiled from reports" where a writer would stand (the JSON-LD author "綜合報導"):
  no author;
- a source's name with a dash rule before the date ("来源：X网-- 2013-05-02 08:10"): the
  source is X网.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article
from snapcrawl.extract.chrome import line_kind

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-harbor.cn/news/2021/0502/8812.html"
STORY = [
    "五一假期首日，港区新开放的滨海步道迎来大批游客，沿线的观景平台和咖啡小站一度需要排队。",
    "步道全长四点六公里，由原来的货运码头改造而成，保留了两台旧吊机作为地标，夜间还有灯光秀。",
    "管理方介绍，假期期间步道延长开放至晚上十点，并在三个入口增设了临时停车场和志愿者服务点。",
    "不少市民带着孩子骑车前来，一位姓郑的游客说，没想到以前的码头现在成了全家散步的好去处。",
]


def _page(
    body: str, *, info: str = "2021-05-02 09:05 来源：港城晚报", after: str = "", head: str = ""
) -> str:
    title = "滨海步道假期首日迎客流高峰"
    return site_article(body, title=title, site="港城新闻网", info=info, head=head, after=after)


def test_ad_slot_label_alone_is_no_paragraph() -> None:
    body = _paras(STORY[:2]) + "<p>Advertisement</p>" + _paras(STORY[2:])
    article = extract_article(_page(body), URL)
    assert "Advertisement" not in article.body
    assert article.paragraphs[-1] == STORY[-1]


def test_ad_word_inside_a_sentence_stays() -> None:
    assert line_kind("Advertisement for the new ferry line ran all week.") is None


def test_passive_read_counter_is_ui() -> None:
    assert line_kind("被浏览次数 8812") == "ui"
    assert line_kind("已被阅读次数：120") == "ui"


def test_bracketed_toolbar_button_after_time_is_no_author() -> None:
    info = "港城新闻网　21-05-02 09:05 【关闭窗口】 【字号：大 中 小】 来源：港城晚报"
    article = extract_article(_page(_paras(STORY), info=info), URL)
    assert article.author is None


def test_bracketed_name_after_time_is_still_the_author() -> None:
    info = "2021年5月2日09:05 [ 郑海舟 ] 来源：港城晚报"
    article = extract_article(_page(_paras(STORY), info=info), URL)
    assert article.author == "郑海舟"


def test_correction_address_glued_after_editor() -> None:
    after = "<div class='edit'>编辑： 孙若川纠错：hotline@example-harbor.cn</div>"
    article = extract_article(_page(_paras(STORY), after=after), URL)
    assert article.editor == "孙若川"


def test_compiled_report_desk_is_no_author() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '{"@type": "Person", "name": "綜合報導"}}</script>'
    )
    article = extract_article(_page(_paras(STORY), head=head), URL)
    assert article.author is None


def test_source_with_dash_rule_before_date() -> None:
    info = "来源：海湾都市网-- 2021-05-02 09:05:10 字号：TT"
    article = extract_article(_page(_paras(STORY), info=info), URL)
    assert article.source == "海湾都市网"


def test_site_editor_outro_asking_to_follow_is_no_paragraph() -> None:
    outro = "以上就是港城新闻网小编为大家整理的假期出行提示，更多的出游资讯请关注港城新闻网。"
    article = extract_article(_page(_paras([*STORY, outro])), URL)
    assert outro not in article.paragraphs
    assert article.paragraphs[-1] == STORY[-1]


def test_story_advice_to_follow_an_office_stays() -> None:
    advice = "交警部门提醒，更多的路况资讯请关注市交警支队发布的实时通告，合理安排出行时间。"
    article = extract_article(_page(_paras([*STORY[:2], advice, *STORY[2:]])), URL)
    assert advice in article.paragraphs


def test_source_compiled_by_site() -> None:
    info = "2021-05-02 09:05 来源：海湾都市网整合"
    article = extract_article(_page(_paras(STORY), info=info), URL)
    assert article.source == "海湾都市网"
