"""The story's outlet (and its author) on kinds of pages no earlier round wrote (issue 14,
set G: procuratorate and county sites, university news, HK/TW/Macau pages, e-papers,
bilingual pages), reduced to their shape with made-up outlets and wordings other than the
pages':

- a bilingual label, its English name before the colon ("来源 Source：X", "來源/Source: X");
- a source given as a link's call to follow it ("来源：点击查看原文", "阅读原文"), which names
  no outlet: the story's dateline or sign-off does;
- a taken-from label with no colon before a title in book marks ("原载《X》…第2版");
- an agency followed in traditional characters ("據X報導，…", "（據X電）");
- an e-paper's page beside the paper's name and date ("X日报 2024年07月08日 第05版：要闻")
  and a toolbar's buttons beside a dated outlet ("2024-07-08 08:30 X日报 【打印】");
- a Hong Kong colon (來源︰X) and a label in brackets (【来源】X);
- the outlet claiming the story as its own ("本文系X原创");
- an author's label alone in its cell or term, the name in the next ("作者" | "X");
- a bracketed caption's kind, then its credit ("（资料图，来源：X）"): the picture's.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.according_to import attribution_line, opening_attribution
from snapcrawl.extract.source_lines import labeled_source, self_credit

from .conftest import WHARF_STORY as STORY
from .conftest import WHARF_TITLE as TITLE
from .conftest import WHARF_URL as URL
from .conftest import framed_page

WHEN = "2024-07-08 08:30"


def _page(
    meta: str = "", *, above: str = "", first: str = "", last: str = "", side: str = ""
) -> str:
    paragraphs = [f"{first}{STORY[0]}", *STORY[1:]]
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return framed_page(TITLE, f"{text}{last}", meta=meta, above=above, side=side)


def _source(html: str) -> str | None:
    return extract_article(html, URL).source


@pytest.mark.parametrize(
    ("meta", "outlet"),
    [
        (f"来源 Source：南岭日报 {WHEN}", "南岭日报"),
        (f"<span>來源/Source: 北辰日報</span><span>{WHEN}</span>", "北辰日報"),
        (f"{WHEN} 出处 SOURCE：东岳法治报", "东岳法治报"),
    ],
)
def test_a_bilingual_label_reads_as_its_chinese_word(meta: str, outlet: str) -> None:
    assert _source(_page(meta)) == outlet


def test_a_bilingual_label_of_a_figure_still_credits_the_figure() -> None:
    assert labeled_source("数据来源 Source：县统计局") is None


@pytest.mark.parametrize("call", ["点击查看原文", "阅读原文", "原文链接", "點擊這裡"])
def test_a_link_call_names_no_outlet(call: str) -> None:
    assert labeled_source(f"来源：{call}") is None
    meta = f"{WHEN} 来源：<a href='https://news.example.cn/1.html'>{call}</a>"
    assert _source(_page(meta, first="东海通讯社河畔7月8日电 ")) == "东海通讯社"
    assert _source(_page(meta, last="<p>（北辰日报）</p>")) == "北辰日报"


def test_an_outlet_whose_name_starts_like_a_call_is_kept() -> None:
    assert labeled_source("来源：查看天下") == "查看天下"
    assert labeled_source("来源：点金财经") == "点金财经"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("（作者系河畔大学教授）原载《海港时报》2024年7月8日第5版", "海港时报"),
        ("本文摘自《山城周刊》2024年第27期", "山城周刊"),
        ("原載於《北辰月刊》", "北辰月刊"),
    ],
)
def test_a_taken_from_label_before_book_marks_needs_no_colon(line: str, outlet: str) -> None:
    assert labeled_source(line) == outlet
    assert _source(_page(WHEN, last=f"<div class='origin'>{line}</div>")) == outlet


def test_a_picture_taken_from_a_title_is_the_pictures() -> None:
    assert labeled_source("图片选自《海港画报》") is None


@pytest.mark.parametrize(
    ("first", "outlet"),
    [
        ("據東海通訊社報導，", "東海通訊社"),
        ("據北辰日報報道，", "北辰日報"),
        ("據法新社電，", "法新社"),
    ],
)
def test_an_agency_followed_in_traditional_opens_the_story(first: str, outlet: str) -> None:
    assert opening_attribution(f"{first}當地時間昨日舉行會議。") == outlet
    assert _source(_page(WHEN, first=first)) == outlet


def test_an_attribution_line_in_traditional() -> None:
    assert attribution_line("（據路透社電）") == "路透社"
    assert attribution_line("（綜合東海通訊社、北辰日報報導）") == "東海通訊社、北辰日報"
    # 據報導 / 據外媒報導 / 據了解 name no outlet
    assert opening_attribution("據報導，昨日舉行會議。") is None
    assert opening_attribution("據外媒報導，昨日舉行會議。") is None
    assert attribution_line("（據外媒）") is None


@pytest.mark.parametrize("page_mark", ["第05版：要闻", "A05版", "版次：B03"])
def test_an_e_papers_page_beside_the_paper_and_its_date(page_mark: str) -> None:
    line = f"南岭日报　2024年07月08日　{page_mark}"
    article = extract_article(
        _page(above=f"<div class='paper'>{line}</div>", first="本报讯（记者 刘伟）"), URL
    )
    assert article.source == "南岭日报"
    assert line not in article.paragraphs


@pytest.mark.parametrize("buttons", ["【打印】", "[关闭窗口]", "【打印】【关闭】"])
def test_a_toolbars_buttons_beside_a_dated_outlet(buttons: str) -> None:
    assert _source(_page(f"{WHEN}　南岭日报　{buttons}")) == "南岭日报"


@pytest.mark.parametrize(
    ("meta", "outlet"),
    [
        (f"{WHEN}　來源︰香江電台", "香江電台"),
        (f"{WHEN} 【来源】南海日报", "南海日报"),
        (f"[来源] 央广河畔台 {WHEN}", "央广河畔台"),
        (f"{WHEN}　文章來源﹕北辰日報", "北辰日報"),
    ],
)
def test_a_hong_kong_colon_and_a_bracketed_label(meta: str, outlet: str) -> None:
    assert _source(_page(meta)) == outlet


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("本文系河畔网原创，转载请注明出处。", "河畔网"),
        ("（本文为北辰日报独家原创稿件）", "北辰日报"),
        ("本文为「海港财经」原创", "海港财经"),
        ("本文为作者原创，未经授权不得转载。", None),
        ("本文系本站原创", None),
    ],
)
def test_the_outlet_claiming_the_story_as_its_own(line: str, outlet: str | None) -> None:
    assert self_credit(line) == outlet


def test_an_own_work_sign_off_names_the_source_when_nothing_else_does() -> None:
    assert _source(_page(WHEN, last="<p>本文系河畔网原创，转载请注明出处。</p>")) == "河畔网"


@pytest.mark.parametrize(
    ("side", "author"),
    [
        ("<dl><dt>作者</dt><dd>林晓</dd><dt>出處</dt><dd>北辰日報</dd></dl>", "林晓"),
        ("<table><tr><td>撰稿：</td><td>周一帆</td></tr></table>", "周一帆"),
        ("<dl><dt>作者</dt><dd>北辰日报</dd></dl>", None),  # an outlet, not a writer
    ],
)
def test_an_authors_label_alone_in_its_cell(side: str, author: str | None) -> None:
    assert extract_article(_page(WHEN, side=side), URL).author == author


@pytest.mark.parametrize(
    "caption", ["（资料图，来源：北辰日报）", "（图片，来源：视觉中国）", "(視頻，來源：香江電台)"]
)
def test_a_bracketed_captions_kind_then_its_credit_is_the_pictures(caption: str) -> None:
    assert labeled_source(caption) is None
    assert _source(_page(WHEN, first="", side=f"<p>{caption}</p>")) is None


def test_a_comma_before_the_label_elsewhere_keeps_the_source() -> None:
    assert labeled_source("（本报综合，来源：北辰日报）") == "北辰日报"
