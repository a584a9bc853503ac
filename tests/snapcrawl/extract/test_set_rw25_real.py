"""Shapes seen on a random sample of real saved pages (issue 14, set R25: pages drawn by
seed from a public web-archive repository's unclassified news folder), reduced to their
form with made-up outlets, people and wordings other than the set pages':

- a foreign wire's credit translated with the names left in Latin script, closing the
  story ("(X Y报道;编辑:Z W)", "(X Y报道和写作)"): a credit, its writer the author;
- a dialog's close cross ("×", "✕") alone on a line after the story: a button's face;
- a reversed byline with the writer's post after it ("X·Y（X Y）/文 《Z》特约撰稿人",
  "X/文 本报记者") over the story: a credit, its name the author;
- an empty 来源 label followed by another box's label ("来源：" | "热门推荐："): the
  second label is no outlet.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article
from snapcrawl.extract.credit_lines import is_credit

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-lakeside.cn/world/2024/0419/8812.html"
STORY = [
    "湖滨市的老码头上周重新开放，一批修复好的木船停在了岸边，吸引了不少市民前来参观。",
    "修复工作持续了两年，工匠们按照老照片一块一块地替换了腐烂的船板和桅杆。",
    "码头管理处表示，今年夏天还将开通一条短途航线，让游客乘坐木船游览湖湾。",
    "一位在码头边长大的老人说，他小时候常常坐在这里看渔船进出，如今又找回了那种感觉。",
    "管理处还计划在码头旁建一座小型展馆，陈列当年渔民使用过的渔具和航海图。",
]


def _page(body: str, *, info: str = "2024-04-19 09:30 来源：湖滨晚报", after: str = "") -> str:
    return site_article(
        body,
        title="湖滨老码头重新开放",
        site="湖滨在线",
        section=("/world/", "国际"),
        info=info,
        after=after,
    )


def test_a_translated_wire_credit_with_latin_names_is_a_credit() -> None:
    for credit, writer in (
        ("(Maria Olsen报道;编辑:Tom Hardy)", "Maria Olsen"),
        ("（Jonas Berg报道和写作；编辑：Ella Stone和Ben Cole）", "Jonas Berg"),
        ("(Sofia Lind报道)", "Sofia Lind"),
    ):
        assert is_credit(credit), credit
        article = extract_article(_page(_paras([*STORY, credit])), URL)
        assert credit not in article.body, credit
        assert article.body.rstrip().endswith(STORY[-1]), credit
        assert article.author == writer, (credit, article.author)


def test_an_outlets_name_alone_is_no_translated_writer() -> None:
    # one word is an outlet's report, not a person's credit
    article = extract_article(_page(_paras([*STORY, "(Bloomberg报道)"])), URL)
    assert article.author != "Bloomberg"


def test_a_close_cross_alone_after_the_story_is_not_a_paragraph() -> None:
    for cross in ("×", "✕"):
        article = extract_article(_page(_paras(STORY) + f"<p>{cross}</p>"), URL)
        assert article.body.rstrip().endswith(STORY[-1]), cross
    # a cross inside a sentence stays
    said = "展板上写着尺寸：三米×两米，旁边还画着一条小木船。"
    article = extract_article(_page(_paras([*STORY, said])), URL)
    assert said in article.body


def test_a_reversed_byline_with_the_writers_post_is_a_credit() -> None:
    for byline, writer in (
        ("卡琳·霍尔姆（Karin Holm）/文 《北岸周刊》特约撰稿人", "卡琳·霍尔姆"),
        ("周景明/文 本报记者", "周景明"),
        ("彼得·诺瓦克/文", "彼得·诺瓦克"),
    ):
        assert is_credit(byline), byline
        article = extract_article(_page(_paras([byline, *STORY]), info="2024-04-19 09:30"), URL)
        assert byline not in article.body, byline
        assert article.author == writer, (byline, article.author)


def test_a_sentence_with_a_slash_is_no_byline() -> None:
    line = "他说/文 化部门都认为这件事值得继续做下去。"
    assert not is_credit(line)


def test_an_empty_source_label_before_another_label_names_no_outlet() -> None:
    info = "<div>时间：2024年4月19日</div><div>来源：</div><div>热门推荐：</div>"
    body = "<div class='ad'>春季特惠，湖滨游船船票五折起，欢迎咨询</div>" + _paras(STORY)
    article = extract_article(_page(body, info=info), URL)
    assert article.source != "热门推荐"
