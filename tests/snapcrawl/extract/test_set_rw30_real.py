"""Shapes seen on a random sample of real saved pages (issue 14, set R30: pages drawn by
seed from a public web-archive repository's news folder), reduced to their form with
made-up outlets, people and wordings other than the set pages':

- a site builder's blog post whose whole page sits in a box named like a pager ("pages"):
  the post card opens on its stamp ("3月2日 · 4 分钟"), then the headline, then the story;
  the story is found in the furniture, under its headline, not refused;
- an editor's label left blank in its brackets ("(责任编辑：)") with a close button's "关闭"
  on the next line: no editor, not the button's word;
- a credit block closing the story ("来源：X" | "作者：Y" | "流程编辑：L061" | "版权声明：…，…。"):
  a desk editor's staff code is a credit, a statement is no row of a box of facts, and the
  author is read;
- a poem the story quotes after its prose, a line a paragraph, closed by its attribution
  ("——X《Y》节选"): the story's, not a stranger past its end;
- a credit whose name carries its romanised form in brackets ("摄像：王明（Wang Ming）"): a
  credit, not the story.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-lakeside.cn/life/2024/0302/7781.html"
STORY = [
    "湖边的旧码头去年秋天重新修好了，镇上的人们周末又能在这里钓鱼、散步和看日落。",
    "修码头的木料来自附近拆下的老船，工匠们把每一块板子都刨平了，再刷上三遍桐油。",
    "开放那天来了两百多人，孩子们在栈桥上跑来跑去，老人们坐在长椅上聊着从前的事。",
    "镇里打算明年在码头旁边再建一个小小的渡口博物馆，把老船的故事讲给来往的游客听。",
]


def _page(body: str, *, info: str = "2024-03-02 09:30 来源：湖畔晚报", after: str = "") -> str:
    section = ("/life/", "生活")
    return site_article(
        body, title="旧码头修好了", site="湖畔生活网", section=section, info=info, after=after
    )


POST = [
    *STORY,
    "码头管理员每天早上六点开门，晚上九点锁上栅栏，雨天会在栈桥的两头摆上防滑的草垫。",
    "不少外地游客专门坐一个小时的班车过来，只为在码头尽头拍一张湖面上的晚霞照片。",
]


def _builder_page(stamp: str) -> str:
    """A site builder's page: every block inside one box whose id names it the pages, the
    post's card a plain block (no ``<article>``)."""
    story = "".join(f"<div><p class='x1'>{line}</p></div>" for line in POST)
    return (
        "<html><head><title>湖边的旧码头修好了，小镇又热闹起来</title></head>"
        "<body><div id='SITE_CONTAINER'>"
        "<header><div>湖畔生活网</div><div>关于我们</div></header>"
        "<main id='PAGES_CONTAINER'><div id='SITE_PAGES'><div class='post'>"
        f"<div>{stamp}</div><h1>湖边的旧码头修好了，小镇又热闹起来</h1><h4>走近湖边小镇——一座旧码头和它的新生活</h4>"
        f"<div class='post-body'>{story}</div>"
        "</div></div></main><footer>© 2024 湖畔生活网</footer></div></body></html>"
    )


def test_a_post_in_a_box_named_pages_under_its_stamp_is_the_story() -> None:
    for stamp in ("3月2日已讀 4 分鐘", "3月2日 · 4 分钟"):
        article = extract_article(_builder_page(stamp), URL)
        for line in POST:
            assert line in article.body, (stamp, line)


def test_a_blank_bracketed_editor_label_names_no_editor() -> None:
    after = "<div class='editor'>(<b>责任编辑</b>：<i></i>)</div><div class='close'>关闭</div>"
    article = extract_article(_page(_paras(STORY), after=after), URL)
    assert article.editor is None
    article = extract_article(_page(_paras(STORY) + "<p>【编辑：】</p><p>收起</p>"), URL)
    assert article.editor is None


def test_a_closing_credit_block_with_a_staff_code_gives_the_author() -> None:
    block = [
        "来源：湖畔晚报",
        "作者：郑远舟",
        "流程编辑：K207",
        "版权声明：本文版权归湖畔报业所有，未经许可，不得转载。",
    ]
    article = extract_article(_page(_paras(STORY + block)), URL)
    assert article.author == "郑远舟"
    assert "K207" not in article.body


def test_a_quoted_poem_closed_by_its_attribution_stays() -> None:
    lead = "文章的最后，我们抄录一首写码头的小诗，送给每一位来过这里的人。"
    poem = ["松针落满山径", "钟声远去", "月色照着空碗", "谁也没有说话"]
    poem += ["灯芯短了", "门外是雪", "一只乌鸦飞过", "天就黑了"]
    attribution = "——林一苇《山寺》节选"
    wrapped = "".join(f"<div><p>{line}</p></div>" for line in [lead, *poem, attribution])
    article = extract_article(_page(_paras(STORY) + wrapped), URL)
    for line in [*poem, attribution]:
        assert line in article.body, line


def test_a_credit_with_a_romanised_name_in_brackets_is_cut() -> None:
    for credit in ("摄像：程远（Cheng Yuan）", "摄影：白露 (Bai Lu)"):
        article = extract_article(_page(_paras([*STORY, credit])), URL)
        assert credit not in article.body, credit
        assert STORY[-1] in article.body
