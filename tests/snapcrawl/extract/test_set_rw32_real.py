"""Shapes seen on a random sample of real saved pages (issue 14, set R32: pages drawn by
seed from a public web-archive repository's news folder), reduced to their form with
made-up outlets, people and wordings other than the set pages':

- a foreign desk's translator-compiler signing the opening bracket as a reporter does
  ("〔編譯X／綜合報導〕"): X is the author;
- a sign-off on a line of its own closing the story: the writer, a comma and where it was
  reported from ("X，Y总部报道。"), or an outlet's reporter who compiled it from other
  outlets' reports ("Z记者 X 综合A报（甲 乙）、B社（记者丙）等"): a credit naming the
  author, not a paragraph, and not the followed outlets' reporters;
- a topic tag linked beside the date (".../topic/..."), and a desk's filing note over the
  date ("X中心／綜合報導"): neither is the outlet;
- a podcast transcript's crew rows ("调研：A；B", "声音设计：C；Dan") and its music list
  under a bare label ("音乐：" then "Title by Composer" rows): credits, not the story;
- the meta row's outlet-and-channel cell ("X • 频道") in a box of its own beside the row's
  counter and date: not the story's first line.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-lakeside.cn/news/2024/0605/8812.html"
STORY = [
    "湖畔镇的渡口今年春天换了新船，往返两岸的时间从二十分钟缩短到了八分钟。",
    "老船工说，他在这条水路上摆渡了三十年，第一次开上有空调的船舱。",
    "镇上的中学生每天早晚各坐一趟，家长们说孩子们终于不用在风里等船了。",
    "新船由县里的交通部门出资建造，船上配了救生设备和一名专职安全员。",
    "渡口旁边的小卖部也重新装修，店主在门口摆上了几张给候船人坐的长椅。",
]
TITLE = "湖畔渡口换新船 两岸往返只要八分钟"


def _page(
    body: str, *, info: str = "2024-06-05 09:30 来源：湖畔晚报", title_bar: str | None = None
) -> str:
    return site_article(body, title=TITLE, site="湖畔新闻网", info=info, title_bar=title_bar)


def test_a_translator_compilers_bracket_names_the_author() -> None:
    first = "〔編譯林志遠／綜合報導〕" + STORY[0]
    article = extract_article(_page(_paras([first, *STORY[1:]])), URL)
    assert article.author == "林志遠"
    assert STORY[0] in article.body


def test_a_name_and_place_sign_off_is_a_credit() -> None:
    for signoff, writer in (
        ("王晓梅，联合国日内瓦办事处报道。", "王晓梅"),
        ("湖畔新闻记者 赵一鸣 综合路透社（甲乙 丙丁）、北岸日报（记者周文）等", "赵一鸣"),
    ):
        article = extract_article(_page(_paras([*STORY, signoff])), URL)
        assert signoff not in article.body, signoff
        assert article.author == writer, signoff
        assert STORY[-1] in article.body


def test_a_sentence_naming_a_report_stays() -> None:
    said = "李明，这位在渡口边报道了三天的年轻记者，说他最难忘的是老船工的笑容。"
    article = extract_article(_page(_paras([*STORY, said])), URL)
    assert said in article.body


def test_a_linked_topic_tag_beside_the_date_is_no_outlet() -> None:
    info = "<time>2024年6月5日</time> <a href='/zh/news/topic/transport'>交通出行</a>"
    article = extract_article(_page(_paras(STORY), info=info), URL)
    assert article.source != "交通出行"


def test_a_desks_filing_note_over_the_date_is_no_outlet() -> None:
    info = "<div>地方中心／綜合報導</div><div>2024年6月5日</div>"
    article = extract_article(_page(_paras(STORY), info=info), URL)
    assert article.source != "地方中心／綜合報導"


def test_a_podcasts_crew_rows_and_music_list_are_credits() -> None:
    crew = [
        "主持：Linna",
        "调研：Linna；韩小雨；吴桐",
        "声音设计：韩小雨；Mark",
        "采访协助：吴桐；Linna",
        "音乐：",
        "Morning River Suite by Anna Holt, Peter Lang & Jonas Weber",
        "Quiet Fields at Dawn by Tom Berg, Ken Ode & Mira Sol",
        "(music courtesy of Sound Library)",
    ]
    article = extract_article(_page(_paras(STORY) + _paras(crew)), URL)
    for line in crew:
        assert line not in article.body, line
    assert STORY[-1] in article.body


def test_interview_rows_beside_the_story_stay() -> None:
    rows = ["记者：新船什么时候开始运营？", "船工：下个月一号。"]
    article = extract_article(_page(_paras([*STORY[:3], *rows, *STORY[3:]])), URL)
    for line in rows:
        assert line in article.body, line


def test_the_meta_rows_outlet_and_channel_cell_is_not_the_story() -> None:
    info = (
        "<div class='row'><div class='src'>湖畔新闻 • 城乡频道</div>"
        "<div class='hits'>阅读：20931</div><div class='time'>2024-06-05 09:30:12</div></div>"
    )
    # a headline long enough, with a comma, to read as prose: the cell after it is a short
    # run after prose, the place a sign-off stays
    title = "湖畔镇渡口今年春天换上了新船，两岸往返的时间从二十分钟缩短到八分钟"
    page = site_article(_paras(STORY), title=title, site="湖畔新闻网", info=info)
    article = extract_article(page, URL)
    assert "城乡频道" not in article.body
    assert article.paragraphs[0] == STORY[0]
