"""Source, author and title kinds seen on 2011-2012 Taiwanese pages of the DAnIEL corpus
(issue 14, session 38, h-fld; rundimeco/waddle commit be875ce, corpora/Corpus_daniel_v2.1/
html/, pages from /work/s38/allowed_daniel.txt), each tested on a reduced copy of the page's
own markup (tests/fixtures/extract/real_fld/, the page's file named in each) and on made-up
wordings and markup other than the page's:

- a byline printed whole where the outlet stands, its outlet then a slash (full-width, or
  the box-drawing "╱" of Taiwanese papers) then the reporter ("欣傳媒╱記者X／台北報導" on
  the meta line, "【中廣新聞／X】" in the byline's bracket), the outlet again or the report's
  word: the outlet alone is the source;
- the mark a page sets before its byline, the role after the slash ("◎ 記者林又旻/編譯";
  daniel_zh page 20120117_www.uho.com.tw_8e1bf0b0…): the mark is no part of the credit,
  the name is the author;
- a reporter's credit with the place filed from glued between the name and 報導/電
  ("【台灣醒報記者陳昭妤台北報導】"): the name alone is the author;
- a heading element holding the site's breadcrumb trail before the headline ("uho優活健康
  網 〉檢視火線新聞 〉X"), or a bullet mark before it ("》X"): the headline is the title; a
  trail outside a heading element ending in a section's name is no headline; the site's
  tagline printed under the heading (the <title>'s last piece, "X - 维基新闻，自由的新闻源";
  webpage_archive commit f987f5e, raw/unclassify_news/zh_买激素比买毒药难中国跨女掀自杀潮.html)
  is no headline beside the heading that prints the other piece;
- the word that says where a story was taken from glued before the outlet ("摘自北京晚报",
  a portal's linked line over an excerpt; "（轉載自X）", "（取材自X）" closing a story): the
  outlet alone is the source (tested on real_fx11/21cn_excerpt_between_source_links.html,
  reduced by h-fx11 from 20120117_it.21cn.com_a994928202b9…).
"""

from __future__ import annotations

from snapcrawl.extract import extract_article
from snapcrawl.extract.according_to import signoff_outlet
from snapcrawl.extract.source_lines import unlabeled_token

from .conftest import KITCHEN_STORY, KITCHEN_TITLE, fixture_bytes, site_article


def _page(info: str = "2024-03-05 10:00", first: str = "", **kwargs: str) -> str:
    kwargs.setdefault("title", KITCHEN_TITLE)
    kwargs.setdefault("site", "河畔生活网")
    lines = [first + KITCHEN_STORY[0], *KITCHEN_STORY[1:]]
    body = "".join(f"<p>{line}</p>" for line in lines)
    return site_article(body, info=info, **kwargs)  # type: ignore[arg-type]


# --- the outlet before a slashed byline --------------------------------------------------


def test_outlet_before_a_slashed_reporter_on_the_meta_line_real() -> None:
    # 20120117_n.yam.com_153aa61a85bc…: "欣傳媒╱記者丁彥伶／台北報導 2012-01-17 17:03"
    page = fixture_bytes("real_fld/yam_outlet_slash_reporter_meta_line.html")
    article = extract_article(page, None)
    assert article.source == "欣傳媒"
    assert article.author == "丁彥伶"


def test_outlet_before_a_slashed_name_in_the_byline_bracket_real() -> None:
    # 20120117_news.chinatimes.com_441bb759…: "【中廣新聞／郭希誠】" beside the date
    page = fixture_bytes("real_fld/chinatimes_outlet_slash_reporter_bracket.html")
    article = extract_article(page, None)
    assert article.source == "中廣新聞"
    assert article.author == "郭希誠"


def test_outlet_before_a_slashed_byline_other_wordings() -> None:
    for info, outlet in (
        ("河畔晚報╱特約記者林木／高雄報導 2024-03-05 10:00", "河畔晚報"),
        ("河畔電視台／王小明 2024-03-05 10:00", "河畔電視台"),
        ("河畔新聞╱河畔新聞 2024-03-05 10:00", "河畔新聞"),
        ("河畔日報/记者 李明 2024-03-05 10:00", "河畔日報"),
    ):
        assert extract_article(_page(info), None).source == outlet, info
    for value, outlet in (
        ("河畔傳媒╱報導", "河畔傳媒"),
        ("河畔時報╱河畔新聞中心林木", "河畔時報"),
    ):
        assert unlabeled_token(value) == outlet


def test_the_paper_in_a_bracketed_byline_line_real() -> None:
    # 20120117_udn.com_7b8a37aa35f6…, 20120112_udn.com_4a1ec2485ee3…
    article = extract_article(fixture_bytes("real_fld/udn_bracketed_paper_reporter.html"), None)
    assert article.source == "聯合報"
    assert article.author == "高詩琴"
    page = fixture_bytes("real_fld/udn_bracketed_paper_wire_dateline.html")
    article = extract_article(page, None)
    assert article.source == "世界日報"
    assert article.author is None


def test_the_paper_in_a_bracketed_byline_line_other_wordings() -> None:
    for info, outlet in (
        ("<div>【河畔晚報╱記者林木／即時報導】</div><div>2024.03.05 10:20 am</div>", "河畔晚報"),
        ("<div>〔河畔日報╱中央社東京5日專電〕</div><div>2024.03.05 10:20 am</div>", "河畔日報"),
    ):
        assert extract_article(_page(info), None).source == outlet, info


def test_a_slash_that_opens_no_byline_is_left_alone() -> None:
    # a place after the slash, a desk's word, a section's path: no reporter, no cut
    assert unlabeled_token("台北／高雄") == "台北／高雄"
    assert unlabeled_token("河畔财经/综合") == "河畔财经/综合"
    assert unlabeled_token("河畔网/北京") == "河畔网/北京"


# --- a byline's mark ---------------------------------------------------------------------


def test_a_marked_byline_names_the_author_real() -> None:
    page = fixture_bytes("real_fld/uho_marked_byline_translated.html")
    assert extract_article(page, None).author == "林又旻"


def test_a_marked_byline_names_the_author_other_wordings() -> None:
    for info, author in (
        ("◎ 記者王小明/編譯 2024-03-05", "王小明"),
        ("■ 本报记者 李明/编译 2024-03-05", "李明"),
        ("★ 文／林木 2024-03-05", "林木"),
    ):
        assert extract_article(_page(info), None).author == author, info


# --- a filing place glued to the reporter's name -----------------------------------------


def test_a_place_glued_between_the_name_and_the_report_word_real() -> None:
    # 20120117_news.sina.com.tw_775530076d94…: "【台灣醒報記者陳昭妤台北報導】流感病例…"
    page = fixture_bytes("real_fld/sinatw_reporter_place_glued_bracket.html")
    article = extract_article(page, None)
    assert article.author == "陳昭妤"
    assert article.source == "台灣醒報"


def test_a_place_glued_between_the_name_and_the_report_word_other_wordings() -> None:
    for first, author in (
        ("（記者王小明高雄報導）", "王小明"),
        ("【记者李明北京电】", "李明"),
        ("【河畔日報記者歐陽曉嵐花蓮報導】", "歐陽曉嵐"),
        ("〔記者林佑達綜合報導〕", "林佑達"),
        ("【記者王小明、李大同台中報導】", "王小明、李大同"),
    ):
        article = extract_article(_page("2024-03-05", first), None)
        assert article.author == author, first


# --- a breadcrumb trail or a bullet in the heading ---------------------------------------


def test_the_breadcrumb_trail_in_the_heading_is_no_part_of_the_title_real() -> None:
    # 20120112_www.uho.com.tw_1098a52efc2b…: <h1>uho優活健康網 〉檢視火線新聞 〉X</h1>, then
    # "》X" on its own line over the date
    page = fixture_bytes("real_fld/uho_breadcrumb_heading.html")
    article = extract_article(page, None)
    assert article.title == "母嬰親善醫療院所認證\u3000診所表現佳"


def test_the_breadcrumb_trail_or_a_bullet_before_the_title_other_wordings() -> None:
    title = "河畔社区开起共享厨房"
    trail = "<a href='/'>首页</a> &gt; <a href='/news/'>社会</a> &gt; " + title
    article = extract_article(_page(heading=trail, title_bar=f"{title} - 河畔生活网"), None)
    assert article.title == title
    article = extract_article(_page(heading=f"» {title}", title_bar=f"{title}_河畔生活网"), None)
    assert article.title == title


def test_the_sites_tagline_under_the_heading_is_no_title_real() -> None:
    page = fixture_bytes("real_fld/wikinews_tagline_under_heading.html")
    assert extract_article(page, None).title == "买激素比买毒药难 中国跨女掀自杀潮"


def test_the_sites_tagline_under_the_heading_other_wording() -> None:
    # the tagline between the heading and the dated line, as the wiki's is
    info = "<div class='tagline'>河畔生活网，身边的新闻</div><p>2024年3月5日 10:00</p>"
    page = site_article(
        "".join(f"<p>{line}</p>" for line in KITCHEN_STORY),
        title=KITCHEN_TITLE,
        site="河畔生活网",
        info=info,
        title_bar=f"{KITCHEN_TITLE} - 河畔生活网，身边的新闻",
    )
    assert extract_article(page, None).title == KITCHEN_TITLE


def test_a_book_title_before_the_stated_headline_is_kept() -> None:
    # "《河畔周刊》" closes on "》" but names a work, not a trail's step
    heading = "《河畔周刊》河畔社区开起共享厨房"
    article = extract_article(_page(heading=heading, title_bar=f"{KITCHEN_TITLE}_河畔生活网"), None)
    assert article.title == heading


# --- where the story was taken from ------------------------------------------------------


def test_the_word_taken_from_before_the_outlet_is_no_part_of_it_real() -> None:
    page = fixture_bytes("real_fx11/21cn_excerpt_between_source_links.html")
    assert extract_article(page, None).source == "北京晚报"


def test_the_word_taken_from_before_the_outlet_other_wordings() -> None:
    body = "<p><a href='http://paper.example.cn/2024/0305/1.html'>節錄自河畔時報</a></p>"
    lines = "".join(f"<p>{line}</p>" for line in KITCHEN_STORY)
    page = site_article(body + lines, title=KITCHEN_TITLE, site="湖滨资讯网", info="2024-03-05")
    assert extract_article(page, None).source == "河畔時報"
    for line, outlet in (
        ("（轉載自河畔日報）", "河畔日報"),
        ("（取材自河畔晚报）", "河畔晚报"),
        ("（整理自河畔新闻网）", "河畔新闻网"),
        ("（據河畔通訊社）", "河畔通訊社"),
    ):
        assert signoff_outlet(line) == outlet, line
        story = "".join(f"<p>{text}</p>" for text in [*KITCHEN_STORY, line])
        page = site_article(story, title=KITCHEN_TITLE, site="湖滨资讯网", info="2024-03-05")
        assert extract_article(page, None).source == outlet, line
    assert signoff_outlet("（据悉）") is None  # "as is known": no outlet after the word
