"""Credits seen on real 2011-2012 news pages (issue 14, session 37, h-fx11: the fix set
fixB of the DAnIEL corpus, rundimeco/waddle commit be875ce, corpora/Corpus_daniel_v2.1/
html/), each tested on a reduced copy of the page's own markup (tests/fixtures/extract/
real_fx11/, the page's file named in each) and on made-up wordings and markup other than
the page's (the pages of fixA, whose gold h-fx10 wrote, are named as such):

- a Taiwanese paper's byline in a bracket glued to the story's first words, no 記者, the
  slash a box-drawing diagonal ("【林媛玲╱新北報導】農曆除夕…"): the names are the author; a
  bracket naming two places ("【台北／高雄報導】") names no one;
  the diagonal is read as a slash wherever a byline has one ("【記者王小明╱台北報導】" gives
  王小明, not "王小明╱台北"), and a paper's name before the reporter in the opening bracket
  ("【聯合報╱記者王小明／台北報導】"; made-up wordings only, no fix page has it) is the source;
- a trainee's rank before the writer's name under the author label ("作者：见习编辑 李琼皙"):
  the rank is no part of the name;
- the closing bracket that credits the outlet and then its writer ("（来源：中国日报网 信莲
  编辑：北风）"): the writer is the author; an edition, an app or the desk's note after the
  outlet ("人民日报 海外版", "新华网 综合") is no one;
- a desk's dateline standing over the date line ("大陸新聞組北京17日電" | "January 17,
  2012"): where the desk filed from, no outlet;
- a paper's name closing the title bar of a story that credits no one ("… | 頭條要聞 | 蘋果日
  報"): the paper is the source, as a Latin news brand there already was; a site name that
  is not a paper's (湖畔生活网) is not;
- (fixA) a Hong Kong wire's dateline followed by a slash ("中評社北京1月9日電／8日…"): the
  outlet is the source; "中央社台北3日電" is 中央社 filing from 台北, not "中央社台";
- (fixA) the writer's place and occupation after the name ("作者：李兆清　江蘇南通　職員"): the
  name alone is the author;
- (fixA) a closing sign-off of an outlet and its reporter glued before 報導
  ("希望之聲國際廣播電台張翠報導"): the outlet is the source, the reporter the author, and the
  line leaves the body as the credit it is;
- (fixA) an opinion page's writer named in brackets after the headline, with a note on who
  the writer is and no name under the piece ("關於流感的正確觀念（黃景泰）" | "作者為…博士"):
  the bracket's name is the author; a news headline's bracket ("（组图）"), or a name there
  with no such note, names no author;
- a date's label with no colon before the date, in traditional characters ("發佈時間
  2012/01/17 10:23", "更新日期", "最後更新"; made-up wordings only, found by probing): a
  label, never an outlet (the simplified 更新时间 already was not);
- an unlabeled meta line of outlet, reporter and time followed by the page's toolbar ("21世纪网
  何漪 2011-12-15 23:46:41 评论0条 随时随地看新闻"): the words after the comment counter are
  buttons and promos, so the outlet and the reporter are read as on a bare line.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article

from .conftest import fixture_bytes, site_article

STORY = [
    "湖畔社区今年秋天办起了第一届读书节，十几家书店在广场上摆开了摊位，吸引了不少居民。",
    "读书节的组织者说，报名参加的志愿者比预想的多了一倍，很多是附近学校的老师和学生。",
    "一位退休的语文老师在现场给孩子们讲故事，身边围坐了二十多个小听众，一讲就是一下午。",
    "书店老板们也很满意，有的摊位到傍晚就卖空了，只好临时从店里再调一批书过来。",
]
TITLE = "湖畔社区办起第一届读书节"


def _page(body: str, info: str = "2024-03-05 10:00", after: str = "", **kwargs: str) -> str:
    kwargs.setdefault("title", TITLE)
    kwargs.setdefault("site", "湖畔生活网")
    return site_article(body, info=info, after=after, **kwargs)  # type: ignore[arg-type]


def _paras(first: str = "") -> str:
    lines = [first + STORY[0], *STORY[1:]] if first else STORY
    return "".join(f"<p>{line}</p>" for line in lines)


# --- a bracketed byline opening the story -------------------------------------------------


def test_a_bracketed_slash_byline_opening_the_story_names_the_author_real() -> None:
    page = fixture_bytes("real_fx11/nextmedia_opening_slash_byline.html")
    article = extract_article(page, None)
    assert article.author == "林媛玲"
    assert article.paragraphs[0].startswith("【林媛玲╱新北報導】農曆除夕")
    assert article.source == "蘋果日報"  # the paper's name closing its title bar


def test_an_opening_byline_of_two_reporters_and_a_wire_day() -> None:
    page = _page(_paras("〔陳文、李明╱台中3日電〕"), info="2024年03月05日")
    assert extract_article(page, None).author == "陳文、李明"


def test_an_opening_byline_with_a_plain_slash_and_a_compiled_report() -> None:
    page = _page(_paras("【王曉明/綜合報導】"), info="2024年03月05日")
    assert extract_article(page, None).author == "王曉明"


def test_the_diagonal_after_a_reporters_label_is_a_slash() -> None:
    page = _page(_paras("【記者王小明╱台北報導】"), info="2012-01-17 03:31")
    assert extract_article(page, None).author == "王小明"


def test_a_papers_name_before_the_reporter_in_the_opening_bracket() -> None:
    for opening, outlet, names in (
        ("【聯合報╱記者王小明／台北報導】", "聯合報", "王小明"),
        ("【中國時報╱記者王小明、李文╱台北報導】", "中國時報", "王小明、李文"),
        ("【海港日报／记者张三／杭州报道】", "海港日报", "张三"),
    ):
        article = extract_article(_page(_paras(opening), info="2012-01-17"), None)
        assert (article.source, article.author) == (outlet, names)


def test_a_section_before_the_reporter_in_the_opening_bracket_is_no_source() -> None:
    page = _page(_paras("【新聞╱記者王小明／台北報導】"), info="2012-01-17")
    assert extract_article(page, None).source is None


def test_an_opening_bracket_of_two_places_names_no_one() -> None:
    page = _page(_paras("【台北／高雄報導】"), info="2024年03月05日")
    assert extract_article(page, None).author is None


# --- a trainee's rank before the writer's name --------------------------------------------


def test_a_trainee_editors_rank_is_no_part_of_the_authors_name_real() -> None:
    article = extract_article(fixture_bytes("real_fx11/hexun_trainee_rank_author.html"), None)
    assert article.author == "李琼皙"
    assert article.source == "观点地产网"


def test_a_traditional_trainee_rank_before_the_name() -> None:
    page = _page(_paras(), info="2024-03-05 10:00 來源：湖畔日報 作者：實習編輯 王小明")
    assert extract_article(page, None).author == "王小明"


# --- the closing bracket crediting the outlet and its writer ------------------------------


def test_the_writer_after_the_outlet_in_the_closing_bracket_real() -> None:
    article = extract_article(fixture_bytes("real_fx11/chinadaily_sourced_sign_off.html"), None)
    assert (article.author, article.editor, article.source) == ("信莲", "北风", "中国日报网")


def test_the_writer_after_the_outlet_with_no_editor() -> None:
    page = _page(_paras(), after="<p>（來源：湖畔網 林木）</p>")
    article = extract_article(page, None)
    assert (article.author, article.source) == ("林木", "湖畔網")


def test_an_edition_or_a_desk_note_after_the_outlet_names_no_writer() -> None:
    for credit, outlet in (
        ("（来源：人民日报 海外版）", "人民日报"),
        ("（来源：新华网 综合）", "新华网"),
    ):
        article = extract_article(_page(_paras(), after=f"<p>{credit}</p>"), None)
        assert (article.author, article.source) == (None, outlet)


# --- a desk's dateline over the date line -------------------------------------------------


def test_a_desks_dateline_over_the_date_is_no_outlet_real() -> None:
    article = extract_article(fixture_bytes("real_fx11/worldjournal_desk_dateline.html"), None)
    assert article.source is None
    assert article.paragraphs[0].startswith("重慶30多歲男子高強")


def test_a_desks_simplified_dateline_over_a_bare_date() -> None:
    info = "<div>国际新闻组台北5日电</div><div>2024年3月5日</div>"
    assert extract_article(_page(_paras(), info=info), None).source is None


def test_an_outlet_over_a_bare_date_still_names_it() -> None:
    info = "<div>湖畔日报</div><div>2024年3月5日</div>"
    assert extract_article(_page(_paras(), info=info), None).source == "湖畔日报"


# --- an unlabeled meta line with the toolbar after its time -------------------------------


def test_outlet_and_reporter_before_the_time_and_a_toolbar_after_it_real() -> None:
    page = fixture_bytes("real_fx11/21cbh_outlet_reporter_meta_line.html")
    article = extract_article(page, None)
    assert (article.source, article.author) == ("21世纪网", "何漪")


def test_a_read_counter_and_app_promos_after_the_time() -> None:
    info = "湖畔日报 林木 2024-03-05 10:00 阅读 1234 手机看新闻 扫码下载"
    article = extract_article(_page(_paras(), info=info), None)
    assert (article.source, article.author) == ("湖畔日报", "林木")


# --- a paper's name closing the title bar -------------------------------------------------


def test_a_papers_name_closing_the_title_bar_is_the_source() -> None:
    page = _page(_paras(), title_bar=f"{TITLE} | 要聞 | 湖畔晚報")
    assert extract_article(page, None).source == "湖畔晚報"


def test_a_site_name_that_is_no_papers_is_not_the_source() -> None:
    assert extract_article(_page(_paras()), None).source is None  # "…_湖畔生活网"


def test_a_credit_still_wins_over_the_papers_name_in_the_title_bar() -> None:
    page = _page(_paras(), info="2024-03-05 10:00 来源：新华社", title_bar=f"{TITLE}_湖畔日报")
    assert extract_article(page, None).source == "新华社"


# --- (fixA) a wire's dateline and a slash -------------------------------------------------


def test_a_wires_dateline_then_a_slash_names_the_source_real() -> None:
    page = fixture_bytes("real_fx11/chinareviewnews_slash_after_dateline.html")
    assert extract_article(page, None).source == "中評社"


def test_a_simplified_dateline_then_a_slash() -> None:
    page = _page(_paras("湖畔社北京3月5日电／"), info="2024-03-05 10:00")
    assert extract_article(page, None).source == "湖畔社"


def test_the_shortest_outlet_before_the_place_of_a_dateline() -> None:
    page = _page(_paras("中央社台北5日電 "), info="2024-03-05 10:00")
    assert extract_article(page, None).source == "中央社"


# --- (fixA) the writer's place and occupation after the name ------------------------------


def test_the_writers_place_and_occupation_are_no_part_of_the_name_real() -> None:
    page = fixture_bytes("real_fx11/chinareviewnews_writer_place_occupation.html")
    assert extract_article(page, None).author == "李兆清"


def test_a_simplified_place_and_occupation_after_the_name() -> None:
    page = _page(f"<p>作者：王小明 浙江杭州 教师</p>{_paras()}")
    assert extract_article(page, None).author == "王小明"


def test_two_writers_with_a_title_keep_both_names() -> None:
    page = _page(f"<p>作者：王小明 李文 记者</p>{_paras()}")
    assert extract_article(page, None).author == "王小明 李文"


# --- (fixA) a closing sign-off of outlet and reporter -------------------------------------


def test_a_closing_outlet_and_reporter_signoff_real() -> None:
    page = fixture_bytes("real_fx11/soundofhope_outlet_reporter_signoff.html")
    article = extract_article(page, None)
    assert (article.source, article.author) == ("希望之聲國際廣播電台", "張翠")
    assert not any("張翠報導" in p for p in article.paragraphs)


def test_a_simplified_closing_signoff_with_the_reporters_label() -> None:
    page = _page(_paras(), after="<p>湖畔电视台记者王林报道</p>")
    article = extract_article(page, None)
    assert (article.source, article.author) == ("湖畔电视台", "王林")


def test_closing_signoffs_of_other_outlets_kinds() -> None:
    for signoff, outlet, name in (
        ("澎湃新闻李强报道", "澎湃新闻", "李强"),
        ("華視電視臺陳文報導", "華視電視臺", "陳文"),
        ("聯合報王小明報導", "聯合報", "王小明"),
    ):
        article = extract_article(_page(_paras(), after=f"<p>{signoff}</p>"), None)
        assert (article.source, article.author) == (outlet, name)


def test_a_retold_report_is_no_signoff() -> None:
    page = _page(_paras(), after="<p>据湖畔日报记者王林报道</p>")
    assert extract_article(page, None).author is None


# --- (fixA) the writer in brackets after an opinion page's headline -----------------------


def test_the_writer_bracketed_after_the_headline_over_a_note_real() -> None:
    page = fixture_bytes("real_fx11/nextmedia_headline_bracket_author.html")
    article = extract_article(page, None)
    assert (article.author, article.source) == ("黃景泰", "蘋果日報")


def test_a_simplified_bracketed_writer_and_a_bracketed_note() -> None:
    heading = "读书节该怎么办（王小明）"
    page = _page(_paras(), after="<p>（作者系湖畔大学中文系教授）</p>", title=heading)
    assert extract_article(page, None).author == "王小明"


@pytest.mark.parametrize("cut", ["丨", "－", " - ", "｜"])
def test_the_bracketed_writer_before_any_cut_of_the_title_bar(cut: str) -> None:
    """The title bar's cuts are title_pieces' (session 41, h-tp2): "丨" and a full-width
    hyphen close the headline as "|" and "_" do."""
    heading = "读书节该怎么办（王小明）"
    note = "<p>（作者系湖畔大学中文系教授）</p>"
    page = _page(_paras(), after=note, title=heading, title_bar=f"{heading}{cut}湖畔论坛")
    assert extract_article(page, None).author == "王小明"


def test_a_bracketed_name_with_no_note_on_the_writer_is_no_author() -> None:
    page = _page(_paras(), title="读书节该怎么办（王小明）")
    assert extract_article(page, None).author is None


def test_a_headlines_picture_bracket_is_no_author() -> None:
    page = _page(_paras(), after="<p>（作者系湖畔大学中文系教授）</p>", title="读书节开幕（组图）")
    assert extract_article(page, None).author is None


# --- a traditional date label with no colon -----------------------------------------------


def test_a_traditional_date_label_before_the_date_is_no_outlet() -> None:
    for info in ("發佈時間 2012/01/17 10:23", "更新日期 2012-01-17", "最後更新 2012-01-17 10:23"):
        article = extract_article(_page(_paras(), info=info), None)
        assert article.source is None
        assert article.published_at is not None
        assert article.published_at.day == 17


def test_an_outlet_after_the_date_is_still_read() -> None:
    page = _page(_paras(), info="2012-01-17 10:23 湖畔時報")
    assert extract_article(page, None).source == "湖畔時報"
