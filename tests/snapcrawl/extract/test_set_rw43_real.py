"""Shapes seen on a random sample of real saved pages (issue 14, set R43: pages drawn by
seed from a public web-archive repository's news and portal folders), reduced to their
form with made-up outlets, people and wordings other than the set pages':

- a comment box's rules written as a request that runs on ("请您文明上网、理性发言并遵守
  相关规定，在注册后发表评论。"): the host's, not the story's last paragraph;
- a column's call for contributions UNDER its submission address ("投稿邮箱：…" over
  "长期征稿，一经选刊，…"), and the account's pitch after it naming itself "本公号": the
  host's promos, not the story's close;
- a run of captions after the story's sign-off, each closed by its picture's bracketed
  credit ("…。（资料截图）"): the bracket names the picture's source, not the writer; the
  writer is the bracketed name closing the story above them;
- an older paper's writer signing under the story with the name set between dots
  ("·X·"): the author.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article
from snapcrawl.extract.chrome import is_comment_rule, is_promo

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-lakeside.cn/society/2024/0518/7731.html"
STORY = [
    "湖畔街道的老菜场改造完工了，原来昏暗的棚子换成了明亮的大厅，摊位也重新排了号。",
    "卖豆腐的老周在这里摆了二十多年摊，他说新大厅夏天不再闷热，顾客也愿意多逛一会儿。",
    "改造期间，摊主们被临时安置在隔壁的停车场，街道每天派人去帮忙搭棚、拉电线。",
    "菜场的管理处说，接下来还要在门口加装一排自行车棚，方便附近小区的老人来买菜。",
    "开业第一天，不少老顾客专门绕路过来，看看自己常去的那几个摊位搬到了哪里。",
]


def _page(body: str, *, info: str = "2024-05-18 09:30 来源：湖畔晚报", after: str = "") -> str:
    return site_article(
        body,
        title="老菜场换了新模样",
        site="湖畔新闻网",
        section=("/society/", "社会"),
        info=info,
        after=after,
    )


def test_a_comment_box_request_that_runs_on_is_the_hosts() -> None:
    for rule in (
        "请您文明上网、理性发言并遵守相关规定，在注册后发表评论。",
        "请你文明发言、理性评论并遵守社区公约。",
    ):
        assert is_comment_rule(rule), rule
        article = extract_article(_page(_paras(STORY), after=f"<div>{rule}</div>"), URL)
        assert STORY[-1] in article.body
        assert rule not in article.body


def test_a_story_sentence_about_civility_online_stays() -> None:
    for line in (
        "文明上网并不只是一句口号，它需要每一位网民在日常发言中身体力行。",
        "理性发言，是社区居民在这次听证会上反复提到的一个词。",
    ):
        assert not is_comment_rule(line), line


def test_a_call_for_contributions_under_its_address_is_the_hosts() -> None:
    tail = [
        "投稿邮箱：lakeside_story@example.com",
        "本栏目常年征稿，来稿一经采用，即付稿酬。",
        "『湖畔故事』是一个讲述普通人经历的非虚构写作平台，关注本公号并回复“写作”，可查看来稿须知。",
    ]
    article = extract_article(_page(_paras(STORY + tail)), URL)
    assert STORY[-1] in article.body
    for line in tail:
        assert line not in article.body, line


def test_a_story_line_about_a_magazine_call_stays() -> None:
    # no submission address next to it: a story may tell of a call for entries
    line = "去年春天，区文化馆面向全区居民征稿，收到了四百多篇写老街坊的散文。"
    article = extract_article(_page(_paras([*STORY[:3], line, *STORY[3:]])), URL)
    assert line in article.body


def test_an_account_naming_itself_in_short_is_a_promo() -> None:
    assert is_promo("想看更多往期故事，关注本公号并回复“目录”即可。")


def test_captions_after_the_sign_off_do_not_name_the_writer() -> None:
    story = [*STORY[:-1], STORY[-1] + "（林晓）"]
    captions = [
        "菜场新大厅的入口处挂上了新的招牌。（资料截图）",
        "改造前的老菜场，棚顶已经多处漏雨。（视频截图）",
        "摊主们在临时安置点整理货架。（网络截图）",
    ]
    article = extract_article(_page(_paras(story + captions)), URL)
    assert article.author == "林晓"


def test_a_picture_bracket_alone_names_no_writer() -> None:
    captions = ["菜场新大厅的入口处挂上了新的招牌。（资料截图）", "开业当天的菜场。（视频截图）"]
    article = extract_article(_page(_paras(STORY + captions)), URL)
    assert article.author is None or "截图" not in article.author


def test_a_name_between_dots_under_the_story_is_the_author() -> None:
    article = extract_article(_page(_paras(STORY), after="<p>·邵明华·</p><p>（晴／编辑）</p>"), URL)
    assert article.author == "邵明华"
    assert "邵明华" not in article.body


def test_a_dotted_part_heading_above_the_story_is_no_author() -> None:
    body = "<p>·图说·</p>" + _paras(STORY)
    article = extract_article(_page(body), URL)
    assert article.author != "图说"


def test_an_outlet_between_dots_under_the_story_is_no_author() -> None:
    article = extract_article(_page(_paras(STORY), after="<p>·湖畔网·</p>"), URL)
    assert article.author != "湖畔网"
