"""Shapes seen on a random sample of real saved pages (issue 14, set R28: pages drawn by
seed from a public web-archive repository's unclassified news folder), reduced to their
form with made-up outlets, people and wordings other than the set pages':

- a repost note whose outlet's name holds an outlet's word inside it ("文章来源: X晚报社区 于
  <date> - <the host's note>"): the whole name is the source, and the note's time and the
  host's note after it are the note's line, not the story's first paragraph;
- "匿名" (the writer withheld) beside a post's date where an outlet could stand: no outlet;
- an author tag naming the outlet in both its scripts ("X日报 Harbour Daily"): no writer;
- a reporter's sign-off naming a short paper ("（晚报记者X报道）") or a report with the
  reporter's own pictures ("（记者X摄影报道）"): the reporter is the author;
- a wire's translated story signed off by its translator and copy checker ("（譯者：X/核稿：
  Y）<filing stamp>"): the checker is the editor where no other editor is named.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article
from snapcrawl.extract.credits import author_from_tags
from snapcrawl.extract.repost_lines import repost_source

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-riverbend.cn/local/2024/0612/5531.html"
STORY = [
    "河湾区的老图书馆经过一年的翻修，本周重新向市民开放，首日就迎来了上千名读者。",
    "翻修后的阅览室增加了自然采光，还为孩子们单独辟出了一间绘本角。",
    "馆方介绍，馆内保留了建馆时的木质书架，并请老工匠逐一做了加固和打磨。",
    "一位退休教师说，他年轻时常在这里借书，如今带着孙子一起来，感觉格外亲切。",
    "图书馆还计划每月举办一次读书会，邀请本地作者与读者面对面交流。",
]


def _page(body: str, *, info: str = "2024-06-12 08:15 来源：河湾日报", head: str = "") -> str:
    return site_article(
        body,
        title="河湾老图书馆翻修后重新开放",
        site="河湾在线",
        section=("/local/", "本地"),
        info=info,
        head=head,
    )


def test_an_outlet_word_inside_a_repost_notes_name_does_not_cut_it() -> None:
    for note, outlet in (
        (
            "转载自：星河晚报社区 于 2023-11-02 18:40:05 - 本站转载内容不代表本站观点",
            "星河晚报社区",
        ),
        ("文章来源: 蓝鲸观察台站 于 2022/05/09 - 转载文章仅供参考", "蓝鲸观察台站"),
    ):
        assert repost_source(note) == (outlet, ""), note
        article = extract_article(_page(_paras(STORY), info=note), URL)
        assert article.body.split("\n")[0] == STORY[0], note
        assert article.source == outlet, (note, article.source)


def test_a_story_glued_after_a_repost_notes_outlet_stays_the_storys() -> None:
    # the outlet's word ends the name when a sentence runs on after it
    found = repost_source("本文转自：河湾网今天上午，河湾老图书馆重新开放，迎来上千名读者。")
    assert found is not None
    assert found[0] == "河湾网"
    # a dispatch's 电 after the wire's name is the story's dateline, not the name's
    found = repost_source("来源：海港社电 河湾区老图书馆重新开放")
    assert found is not None
    assert found[0] == "海港社"
    # a story opening with a date after the name stays
    found = repost_source("来源：河湾日报 2024年6月12日，河湾区老图书馆重新开放。")
    assert found is not None
    assert found[1].startswith("2024年6月12日")


def test_anonymous_beside_a_posts_date_names_no_outlet() -> None:
    for info in ("2023 年 07 月 21 日 匿名", "2023-07-21 匿名者"):
        article = extract_article(_page(_paras(STORY), info=info), URL)
        assert article.source is None, (info, article.source)


def test_an_author_tag_naming_the_outlet_in_two_scripts_is_no_writer() -> None:
    for name in ("河湾日报 Riverbend Daily News", "河湾日报 (Riverbend Daily)", "河湾日报 RBD"):
        head = (
            '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
            f'{{"@type": "Organization", "name": "{name}"}}}}</script>'
        )
        article = extract_article(_page(_paras(STORY), head=head), URL)
        assert article.source == "河湾日报"
        assert article.author is None, (name, article.author)
    # a writer's Latin name in the tag is the writer's
    assert author_from_tags({"ld:author": "Chen Ming"}, (), "河湾日报") == "Chen Ming"


def test_a_reporters_sign_off_with_a_short_paper_or_own_pictures_names_the_author() -> None:
    for credit, writer in (
        ("（晚报记者周志远报道）", "周志远"),
        ("(记者何晓晴摄影报道)", "何晓晴"),
        ("（商报记者 林一凡 摄影报道）", "林一凡"),
    ):
        paras = [*STORY[:-1], STORY[-1] + credit]
        article = extract_article(_page(_paras(paras), info="2024-06-12 08:15"), URL)
        assert article.author == writer, (credit, article.author)


def test_a_picture_given_by_a_reporter_names_no_author() -> None:
    paras = [*STORY[:-1], STORY[-1] + "（图片由记者周志远拍摄）"]
    article = extract_article(_page(_paras(paras), info="2024-06-12 08:15"), URL)
    assert article.author is None


def test_a_wires_copy_checker_is_the_editor_where_no_other_is_named() -> None:
    paras = [*STORY[:-1], STORY[-1] + "（譯者：韓明哲/核稿：蘇雅文）1130612"]
    article = extract_article(_page(_paras(paras), info="2024-06-12 08:15"), URL)
    assert article.editor == "蘇雅文"
    # the editor of record, when the page names one, is the editor
    rows = "<p>責任編輯：邱曉君</p><p>核稿編輯：蘇雅文</p>"
    article = extract_article(_page(_paras(STORY) + rows, info="2024-06-12 08:15"), URL)
    assert article.editor == "邱曉君"
