"""What a field's value keeps past its end (issue 14, session 38, h-fld), each tested on a
reduced copy of a real page's markup (tests/fixtures/extract/real_fld/, the page's path in
transTerminus/webpage_archive, commit f987f5e, named in each fixture) and on made-up
wordings:

- the closing bracket of a bracketed credit when more follows it on its line ("[来源:<a>X
  </a>]  [责编:Y]", "（来源：X）" then an address): the outlet is cut at the space, and the
  bracket whose opening one is not in the value goes (a pair inside the name, "人民日报（海
  外版）", stays);
- a control's link the page glues after the writer's name ("作者:X <a>返回搜狐，查看更多</a>",
  "X ▲TOP", "回到顶部"): no part of the name; a control alone names no one;
- the page's own words on the meta line read as the outlet: the comment button beside the
  time ("我有话说(0人参与)", traditional "我要評論"; tested also on the DAnIEL page
  20120117_paper.wenweipo.com_e47d9969…, rundimeco/waddle commit be875ce), a date's label
  whose colon is a full-width slash ("發布時間／ 2023-03-29"), and a credit quoted inside
  the host's own sentence and cut at its comma ("注明“稿件来源：X”，违者…"): no outlet;
- the story's section printed beside the date where an outlet would stand ("2012-01-11 |
  新聞速報 | 台灣醒報／林宜靜"; DAnIEL page 20120112_life.chinatimes.com_5375b752…): a
  middle piece of the <title> that the page links to is the section, not the outlet; the
  paper before the slash and its reporter's bare name is the source;
- a backslash typed for the slash after a role, maybe a run of them ("文\\\\记者龚夷菲";
  daniel_zh page 20120112_news.shangdu.com_6c39601ba4…): the line is a credit, out of the
  body, and its name the author;
- the outlet and its reporter signing the story off in brackets, glued to the last
  paragraph ("…房地产业务。(全景网/陈祎)"; daniel_zh page 20120117_www.qianhuaweb.com_eb2019…):
  the outlet is the source, the name the author; the paragraph keeps its text.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article
from snapcrawl.extract.according_to import signoff_outlet
from snapcrawl.extract.control_words import without_control_tail
from snapcrawl.extract.credit_lines import is_credit
from snapcrawl.extract.source_lines import labeled_source

from .conftest import WHARF_STORY, WHARF_TITLE, fixture_bytes, site_article


def _page(info: str = "2024-03-05 10:00", last: str = "") -> str:
    lines = [*WHARF_STORY, last] if last else WHARF_STORY
    body = "".join(f"<p>{line}</p>" for line in lines)
    return site_article(body, info=info, title=WHARF_TITLE, site="河畔生活网")


def test_the_bracket_closing_a_credit_is_no_part_of_the_source_real() -> None:
    page = fixture_bytes("real_fld/k618_bracketed_source_credit.html")
    assert extract_article(page, None).source == "中国台湾网"


def test_the_bracket_closing_a_credit_other_wordings() -> None:
    for info, outlet in (
        ("2024-03-05 10:00 [来源:<a href='/x'>河畔晚报</a>]  [编辑:林木]", "河畔晚报"),
        ("2024-03-05 10:00 〔來源：河畔時報〕 〔編輯：林木〕", "河畔時報"),
        ("2024-03-05 10:00 「來源：河畔日報」 瀏覽：12", "河畔日報"),
    ):
        assert extract_article(_page(info), None).source == outlet, info
    assert labeled_source("（来源：River-Voice）\nhttps://example.org/a") == "River-Voice"
    assert labeled_source("〈來源：河畔通訊社〉 更多") == "河畔通訊社"
    assert labeled_source("来源：河畔日报（海外版）") == "河畔日报（海外版）"  # a pair: kept


def test_a_back_link_glued_after_the_name_is_no_part_of_it_real() -> None:
    page = fixture_bytes("real_fld/sohu_name_then_back_link.html")
    assert extract_article(page, None).author == "范世欣"


def test_a_control_glued_after_the_name_other_wordings() -> None:
    last = "作者：林小川 <a href='/'>返回首页，看更多新闻</a>"
    assert extract_article(_page(last=last), None).author == "林小川"
    for value, name in (
        ("林小川 ▲TOP", "林小川"),
        ("林小川↑回到顶部", "林小川"),
        ("林小川返回河畔网", "林小川"),
        ("▲TOP", None),
        ("林小川", "林小川"),
        ("王回", "王回"),
    ):
        assert without_control_tail(value) == name, value


def test_a_comment_button_on_the_meta_line_is_no_outlet_real() -> None:
    page = fixture_bytes("real_fld/sina_comment_button_meta_line.html")
    assert extract_article(page, None).source is None
    page = fixture_bytes("real_fld/wenweipo_comment_link_after_date.html")
    article = extract_article(page, None)
    assert article.source == "香港文匯報"  # the dateline's paper (香港文匯報訊), not 我要評論
    assert article.author == "高鈺"


def test_a_comment_button_on_the_meta_line_other_wordings() -> None:
    for info in (
        "2024-03-05 10:00 我來說兩句(3)",
        "2024-03-05 10:00 <a href='#c'>參與討論(12)</a>",
        "2024-03-05 10:00 <a href='#c'>我有話說(5人參與)</a>",
        "2024-03-05 10:00 發表評論",
    ):
        assert extract_article(_page(info), None).source is None, info


def test_a_date_label_with_a_slash_is_no_outlet_real() -> None:
    page = fixture_bytes("real_fld/newslab_date_label_slash.html")
    article = extract_article(page, None)
    assert article.source is None
    assert article.author == "黃怡菁"


def test_a_date_label_with_a_slash_other_wordings() -> None:
    for info in ("更新時間／ 2024-03-05 10:00", "发布时间/ 2024-03-05 10:00"):
        assert extract_article(_page(info), None).source is None, info


def test_a_credit_quoted_in_the_hosts_sentence_is_no_outlet() -> None:
    assert labeled_source("凡本网注明“稿件来源：河畔网”，违者本网将依法追究责任") is None
    # the name in quotes of its own, the opening mark kept: still read (as it was)
    assert labeled_source("来源：“河畔网”") is not None


def test_the_section_beside_the_date_is_no_outlet_real() -> None:
    page = fixture_bytes("real_fld/chinatimes_section_on_meta_line.html")
    article = extract_article(page, None)
    assert article.source == "台灣醒報"
    assert article.author == "林宜靜"


def test_the_section_beside_the_date_other_wording() -> None:
    lines = "".join(f"<p>{line}</p>" for line in WHARF_STORY)
    info = "<ul><li>2024-03-05</li><li>城事速递</li><li>河畔日報／林小川</li></ul>"
    page = site_article(
        lines,
        info=info,
        title=WHARF_TITLE,
        site="河畔生活网",
        section=("/city/", "城事速递"),
        title_bar=f"{WHARF_TITLE}｜城事速递｜河畔生活网",
    )
    assert extract_article(page, None).source == "河畔日報"
    # no link to it: a name beside the date stays the outlet it looks like
    page = site_article(
        lines,
        info="<ul><li>2024-03-05</li><li>河畔晚报</li></ul>",
        title=WHARF_TITLE,
        site="河畔生活网",
        title_bar=f"{WHARF_TITLE}｜河畔晚报｜河畔生活网",
    )
    assert extract_article(page, None).source == "河畔晚报"


def test_a_backslash_for_the_roles_slash_real() -> None:
    page = fixture_bytes("real_fld/shangdu_backslash_writer_credit.html")
    article = extract_article(page, None)
    assert article.author == "龚夷菲"
    assert not any("龚夷菲" in p for p in article.paragraphs)
    assert article.paragraphs[-2].startswith("事件调查")


def test_a_backslash_for_the_roles_slash_other_wordings() -> None:
    assert extract_article(_page(last="文\\林小川"), None).author == "林小川"
    assert extract_article(_page(last="文 \\ 本报记者 林小川"), None).author == "林小川"
    assert is_credit("图\\\\林小川")
    assert not is_credit("C:\\河畔\\文件")  # a path's backslash, no role before it


def test_an_outlet_and_name_signing_off_real() -> None:
    page = fixture_bytes("real_fld/qianhuaweb_outlet_name_signoff.html")
    article = extract_article(page, None)
    assert article.author == "陈祎"
    assert article.source == "全景网"
    assert article.paragraphs[-1].endswith("(全景网/陈祎)")  # the paragraph as written


def test_an_outlet_and_name_signing_off_other_wordings() -> None:
    last = WHARF_STORY[-1] + "（河畔晚报／林小川）"
    article = extract_article(_page(info="2024-03-05", last=last), None)
    assert (article.source, article.author) == ("河畔晚报", "林小川")
    article = extract_article(_page(info="2024-03-05", last="(河畔网/王林)"), None)
    assert (article.source, article.author) == ("河畔网", "王林")
    assert signoff_outlet("（河畔新聞網／綜合報導）") == "河畔新聞網"  # the report's word
    assert signoff_outlet("（图/截取自河畔网）") is None  # a picture's credit
    # two places, or two names: no outlet signs off
    assert extract_article(_page(info="2024-03-05", last="（台北／高雄）"), None).source is None
