"""Shapes seen on a random sample of real saved pages (issue 14, set R29: pages drawn by
seed from a public web-archive repository's news and portal folders), reduced to their
form with made-up outlets, people and wordings other than the set pages':

- a photo story saved with all its slides, each slide's text wrapped in the link that opens
  the slide's picture file (a slider's zoom): the slides are the story, not a list of links;
- a sentence opening with a word a font-size bar is made of ("中小学生…", "小小年纪…",
  "大中城市…"): prose, not the bar ("大 中 小");
- a summary box built of the story's own opening cut at a fixed length with no ellipsis,
  running on into the second paragraph: the page's copy, not the story's first paragraph;
- a reposted WeChat article's account handle alone under its "来源：X" line ("ID：abc");
- a reference list after the story ("部分参考资料来源：" over a web address), the post's
  ornamental sign-off after it;
- a headline with a colon over the meta line's rows ("作者：X" | "编辑：Y" | "时间：…"): the
  rows are the page's credits, not a book's box of facts, and 作者 names the writers.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article
from snapcrawl.extract.noise import is_nav_line

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-lakeside.cn/news/2024/0518/7731.html"
STORY = [
    "湖畔镇的老码头上个月重新开放，每天清晨都有渔船在这里卸下新鲜的鱼虾。",
    "码头管理员说，修缮工程持续了大半年，石阶和栏杆都按照老样子重新砌好。",
    "附近的早点铺子也跟着热闹起来，老板娘每天要多蒸两笼包子才够卖。",
    "镇上计划在夏天办一场渔歌会，邀请周边几个村子的老渔民来唱老调子。",
]


def _page(body: str, *, info: str = "2024-05-18 09:12 来源：湖畔晚报", after: str = "") -> str:
    return site_article(
        body,
        title="老码头又热闹起来了",
        site="湖畔新闻网",
        section=("/news/", "新闻"),
        info=info,
        after=after,
    )


def test_slides_wrapped_in_links_to_their_pictures_are_the_story() -> None:
    slides = "".join(
        f"<a class='slide' href='https://img.example-lakeside.cn/pic/2024/0518/{n}.jpg'>"
        f"<div class='caption'><div class='count'><span>{n}</span>/{len(STORY)}</div>"
        f"<p>{line}</p></div><img src='/thumb/{n}.jpg'></a>"
        for n, line in enumerate(STORY, 1)
    )
    article = extract_article(_page(f"<div class='gallery'>{slides}</div>"), URL)
    for line in STORY:
        assert line in article.body


def test_links_to_other_pages_still_make_a_list() -> None:
    items = "".join(
        f"<li><a href='/news/2024/0518/{n}.html'>{line}</a></li>" for n, line in enumerate(STORY)
    )
    article_or_none = None
    try:
        article_or_none = extract_article(_page(f"<ul>{items}</ul>"), URL)
    except Exception:  # NotAnArticle: the list is refused, as it should be
        return
    for line in STORY:
        assert line not in article_or_none.body


def test_a_sentence_opening_with_size_words_is_prose() -> None:
    for text in (
        "中小学生暑期防溺水提示已经发到了每位家长手中。",
        "小小年纪的他已经能独自撑船过河了。",
        "大中城市的菜价本周略有回落。",
    ):
        assert not is_nav_line(text), text
    for bar in ("大 中 小", "【大】【中】【小】", "大中小", "【大 中 小】 【打印】"):
        assert is_nav_line(bar), bar
    lines = ["小小年纪的渔家孩子已经能帮着父亲收网了。", *STORY]
    article = extract_article(_page(_paras(lines)), URL)
    assert lines[0] in article.body


def test_a_summary_cut_at_a_fixed_length_is_no_paragraph() -> None:
    for cut in (len(STORY[0]) + 6, len(STORY[0]) - 5):
        digest = (STORY[0] + " " + STORY[1])[:cut]
        body = f"<div class='summary'>{digest}</div>" + _paras(STORY)
        article = extract_article(_page(body), URL)
        paragraphs = article.body.split("\n")
        assert paragraphs[0] == STORY[0], cut
        assert digest not in paragraphs, cut


def test_an_opening_line_the_story_does_not_repeat_stays() -> None:
    lead = "湖畔镇的老码头，曾经是这一带最繁忙的水上集市，如今又迎来了它的新生。"
    article = extract_article(_page(_paras([lead, *STORY])), URL)
    assert article.body.split("\n")[0] == lead


def test_an_account_handle_under_its_source_line_is_no_paragraph() -> None:
    body = _paras(["来源：湖畔生活家", "ID：hupan_life", *STORY])
    article = extract_article(_page(body), URL)
    assert "hupan_life" not in article.body
    assert article.body.split("\n")[0] == STORY[0]


def test_a_reference_list_and_sign_off_after_the_story_go() -> None:
    tail = [
        "主要参考资料：",
        "https://www.example-archive.org/docs/harbor-1987",
        "»»»",
        "码头的故事还在继续",
    ]
    article = extract_article(_page(_paras([*STORY, *tail])), URL)
    assert article.body.split("\n")[-1] == STORY[-1]
    assert "example-archive" not in article.body


def test_meta_rows_under_a_headline_with_a_colon_credit_the_writers() -> None:
    info = (
        "<div>作者：郑可欣  罗文轩</div><div>编辑：邵一鸣</div><div>时间：2022-05-03 08:16:40</div>"
    )
    page = site_article(
        _paras(STORY),
        title="重回老码头：一座小镇的清晨",
        site="湖畔新闻网",
        info=info,
    )
    article = extract_article(page, URL)
    assert article.author == "郑可欣 罗文轩"
    assert article.editor == "邵一鸣"
