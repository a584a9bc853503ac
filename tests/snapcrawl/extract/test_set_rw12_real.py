"""Shapes seen on real saved pages of mainland portals and self-media platforms (issue 14,
set R12: pages from a public web-archive repository), reduced to their form with made-up
outlets, people and wordings other than the set pages':

- a caption standing under its picture (not a ``<figcaption>``) with a labelled picture
  credit after a space ("江边晨练的市民　图源：X"): the caption stays, the credit goes;
- a fold button's glyph alone on a line ("︾", "▼"): no word of the story;
- a line that opens by the page naming itself ("本文系…出品") and says how to repost it:
  its quotes name a column or an account, they are no one's words, so the line is the
  host's notice at the body's edge;
- a column's standing call for contributions at the story's end ("本栏目长期欢迎投稿…"),
  over the submission address it announces: the host's, not the story's;
- a self-media piece's "文｜X" over "编｜Y" after a long summary box: Y is the editor;
- (the after set, R12b) an outlet's account named with the platform's badge after it
  ("X官方账号"): the source is X; a portal's unlabelled description over the story made of
  sentences the story says again below, word for word: no paragraph of the story.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://news.example-portal.cn/a/20240915/ab12cd.html"
STORY = [
    "九月中旬，沿江步道改造工程全部完工，新铺设的透水路面和夜间照明让早晚散步的居民多了不少。",
    "据区建设部门介绍，这次改造共涉及四点二公里岸线，新增休息平台六处，并在三个出入口设置了无障碍坡道。",
    "家住附近的退休教师赵玉芬说，以前雨天路面积水，只能绕远路，现在每天清晨都会和老伙伴们来这里打太极拳。",
    "建设部门表示，下一步将根据居民意见，在步道沿线补种乔木，并增设两处公共卫生间和饮水点。",
]


# more of the story: the credits stand past the lines a credit's form is looked for at
# either end of a short story
MORE = [
    "改造期间，施工单位采取分段封闭的方式，保证居民每天至少有一条完整的散步线路可以使用。",
    "不少年轻人也被吸引过来，傍晚时分，步道上跑步、骑行和遛狗的人明显多了起来。",
    "附近小学把步道旁的小广场当作课外活动场地，老师们带着学生在这里观察江边的候鸟。",
    "社区志愿者每周六上午在步道沿线开展清洁活动，劝导游客不要在亲水平台上乱扔垃圾。",
    "区文旅部门计划在明年春天举办首届沿江健步走活动，预计将吸引上千名市民参加。",
    "有居民建议在步道入口增设自行车停放点，相关部门表示将在下一阶段一并研究解决。",
]


def _page(body: str, title: str = "沿江步道改造完工 居民晨练有了新去处") -> str:
    return site_article(
        body,
        title=title,
        site="示例新闻网",
        section=("/city/", "城市"),
        info="2024-09-15 08:30 来源：江城晚报",
        title_bar=f"{title}_城市频道_示例新闻网",
        nav_extra=" <a href='/society/'>社会</a>",
        footer="关于我们 | 联系我们 | 示例新闻网 版权所有",
    )


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("江边晨练的市民和新装的路灯", "图源：江城视觉"),
        ("改造后的亲水平台", "图片来源：区建设局"),
    ],
)
def test_caption_under_picture_loses_its_labelled_credit(caption: str, credit: str) -> None:
    body = (
        _paras(STORY[:2])
        + "<p style='text-align:center'><img src='/img/1.jpg' alt='图片'></p>"
        + f"<section><span>{caption}&nbsp; {credit}</span></section>"
        + _paras(STORY[2:])
    )
    article = extract_article(_page(body), URL)
    assert caption in article.paragraphs
    assert credit not in article.body
    assert article.paragraphs[-1] == STORY[-1]


def test_caption_with_glued_photographer_keeps_it() -> None:
    """Control: under a picture only a label tells a credit; "X 摄" stays with the caption."""
    body = (
        _paras(STORY[:2])
        + "<p><img src='/img/2.jpg'></p>"
        + "<p>居民在新步道上打太极拳。 孙立平 摄</p>"
        + _paras(STORY[2:])
    )
    article = extract_article(_page(body), URL)
    assert "居民在新步道上打太极拳。 孙立平 摄" in article.paragraphs


@pytest.mark.parametrize("glyph", ["︾", "▼", "↓"])
def test_fold_glyph_alone_is_no_paragraph(glyph: str) -> None:
    body = _paras(STORY) + f"<p><span><strong>{glyph}</strong></span></p>"
    article = extract_article(_page(body), URL)
    assert list(article.paragraphs) == STORY


def test_page_naming_itself_with_quoted_names_is_a_notice() -> None:
    opening = (
        "本文系“城市微观察·非虚构写作计划”与示例大学新闻学院合作出品，"
        "如需转载请联系“江城笔记”公众号后台。"
    )
    article = extract_article(_page(_paras([opening, *STORY])), URL)
    assert list(article.paragraphs) == STORY


def test_story_quote_opening_a_paragraph_stays() -> None:
    """Control: a story's paragraph that quotes someone keeps its quotes."""
    quoted = "“这条步道我们盼了整整五年，终于修好了。”赵玉芬笑着说。"
    article = extract_article(_page(_paras([*STORY[:2], quoted, *STORY[2:]])), URL)
    assert quoted in article.paragraphs


@pytest.mark.parametrize(
    "call",
    [
        "本栏目长期欢迎投稿，题材不限，可以是身边的凡人小事，也可以是对某个行业的细致观察。",
        "城市副刊常年接受投稿。稿件以散文、随笔为主，一经采用即付稿酬，详情请见征稿启事。",
    ],
)
def test_column_call_over_its_submission_address_is_the_hosts(call: str) -> None:
    body = _paras([*STORY, call, "来稿邮箱：citynotes@example-portal.cn"])
    article = extract_article(_page(body), URL)
    assert list(article.paragraphs) == STORY


def test_story_sentence_about_submitting_stays() -> None:
    """Control: a story's last sentence about sending in work, no address under it."""
    last = "活动主办方表示，欢迎投稿的市民在九月底前把摄影作品交到各社区服务中心。"
    article = extract_article(_page(_paras([*STORY, last])), URL)
    assert article.paragraphs[-1] == last


def test_one_character_editor_label_after_a_summary_box() -> None:
    points = "".join(
        f"<p>0{i} 沿江步道改造工程已于近日完工，新增休息平台和无障碍坡道等设施。</p>"
        for i in range(1, 7)
    )
    body = (
        "<div class='toolbar'><p>12</p><p>34</p><p>复制链接</p><p>手机看</p></div>"
        f"<div class='summary'><p>要点速览</p>{points}<p>以上要点由智能助手生成，仅供参考</p></div>"
        "<section><strong>文｜周明远</strong></section><section><strong>编｜孙晓雯</strong></section>"
        + _paras(STORY + MORE)
    )
    article = extract_article(_page(body), URL)
    assert article.editor == "孙晓雯"


def test_account_badge_names_the_outlet() -> None:
    page = _page(_paras(STORY)).replace("来源：江城晚报", "来源：江城晚报官方账号")
    article = extract_article(page, URL)
    assert article.source == "江城晚报"


def test_lead_copied_from_the_story_below_is_no_paragraph() -> None:
    lead = STORY[1] + STORY[3]  # two of the story's own sentences, set over it
    article = extract_article(_page(_paras([lead, *STORY])), URL)
    assert list(article.paragraphs) == STORY


def test_lead_with_a_sentence_of_its_own_stays() -> None:
    """Control: a lead that says one thing the story below does not is the story's."""
    lead = STORY[1] + "这也是该区今年完成的第三项滨水空间改造工程。"
    article = extract_article(_page(_paras([lead, *STORY])), URL)
    assert article.paragraphs[0] == lead
