"""Leftovers of the unseen-layout sets W2-W6 (issue 14), reduced to their shape with
made-up text and wordings other than the pages':

- a breadcrumb opened by "您所在的位置：" (the prefix in another order of its words);
- a machine summary's label alone over the summary ("AI帮你读" | "…。");
- a gallery's counter before a short caption that is one closed sentence ("2/3 X。");
- a box after the story asking the reader one question under its own label ("极客一问" |
  "你会…吗？"), which also kept the platform's reprint notice above it from the body's end;
- a stamp with the update time in brackets ("2024/12/11 16:20（12/11 16:45 更新）") and an
  outlet whose name holds a "+" glued to its stamp ("X+2024-12-08 09:26Y日报");
- a table's row whose value is a date ("展期" | "2024年12月8日至…"), read as a list's stamp,
  which cut the rows after it.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.gallery_captions import without_gallery_counter
from snapcrawl.extract.noise import breadcrumb_parts

from .conftest import WHARF_STORY as STORY
from .conftest import WHARF_TITLE as TITLE
from .conftest import WHARF_URL as URL


def _page(before: str = "", after: str = "", tail: str = "") -> str:
    story = "".join(f"<p>{x}</p>" for x in STORY)
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE} - 河畔晚报</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/city'>城市</a></div>"
        f"<div class='article'>{before}<h1>{TITLE}</h1><div class='info'>2023-07-08 09:15</div>"
        f"<div class='text'>{story}{after}</div>{tail}</div>"
        "<div class='footer'>河畔晚报 版权所有</div></body></html>"
    )


@pytest.mark.parametrize(
    "line",
    ["您所在的位置：首页 > 城市 > 正文", "您当前的位置：首页 > 城市", "你所在位置: 首页 / 城市"],
)
def test_a_breadcrumb_after_where_you_are_is_one(line: str) -> None:
    assert breadcrumb_parts(line, 0.0) is not None


def test_a_sentence_about_a_place_is_no_breadcrumb() -> None:
    assert breadcrumb_parts("您所在的城市将在明年开通地铁", 0.0) is None


def test_a_where_you_are_breadcrumb_leaves_the_page() -> None:
    crumb = "<div class='pos'>您所在的位置：首页 &gt; 城市 &gt; 正文</div>"
    article = extract_article(_page(before=crumb), URL)
    assert article.paragraphs == tuple(STORY)


SUMMARY = "河畔老码头将改建为滨江步道，工程保留石砌驳岸，夜间不施工。"


@pytest.mark.parametrize("label", ["AI帮你读", "AI速览", "智能总结", "AI划重点："])
def test_a_machine_summary_under_its_own_label_is_no_part_of_the_story(label: str) -> None:
    box = f"<div class='ai'><p>{label}</p><p>{SUMMARY}</p></div>"
    article = extract_article(
        _page(before="", after="").replace("<div class='text'>", box + "<div class='text'>"), URL
    )
    assert article.paragraphs == tuple(STORY)


def test_a_subheading_naming_ai_opens_the_story() -> None:
    """A short heading about AI over the story's first paragraph is the story's."""
    box = f"<div class='sub'><p>AI时代</p><p>{SUMMARY}</p></div>"
    article = extract_article(
        _page().replace("<div class='text'>", box + "<div class='text'>"), URL
    )
    assert SUMMARY in article.paragraphs


@pytest.mark.parametrize("label", ["AI朗读：", "智能诵读", "AI 念给你听"])
def test_a_reader_aloud_over_the_story_keeps_its_first_paragraph(label: str) -> None:
    """A player's label naming the machine that reads the story aloud sits over the
    story itself, not over a summary: the paragraph under it is the story's first."""
    box = f"<div class='tts'>{label}</div>"
    article = extract_article(
        _page().replace("<div class='text'>", box + "<div class='text'>"), URL
    )
    assert article.paragraphs[0] == STORY[0]


@pytest.mark.parametrize(
    ("line", "caption"),
    [("2/3 市民在步道上拍照。", "市民在步道上拍照。"), ("4/6 渔船陆续返港！", "渔船陆续返港！")],
)
def test_a_counter_before_a_short_closed_caption_goes(line: str, caption: str) -> None:
    assert without_gallery_counter(line) == caption


@pytest.mark.parametrize("line", ["3/4 的受访者表示满意。", "2/3 市民在步道上", "5/2 一项"])
def test_a_fraction_or_an_open_fragment_keeps_its_number(line: str) -> None:
    assert without_gallery_counter(line) == line


NOTICE = "本文为河畔晚报原创文章，转载请联系河畔君微信 hepanGO"


@pytest.mark.parametrize(
    ("label", "question"),
    [("极客一问", "你会用 AI 识别图片吗？"), ("今日互动", "您家附近有这样的步道吗？")],
)
def test_a_question_to_the_reader_under_its_label_goes_with_the_notice(
    label: str, question: str
) -> None:
    tail = f"<div class='ask'><p>{label}</p><p>{question}</p></div>"
    article = extract_article(_page(after=f"<p>{NOTICE}</p>", tail=tail), URL)
    assert article.paragraphs == tuple(STORY)


def test_a_question_closing_the_story_under_a_subheading_stays() -> None:
    """A question the story asks itself, with no reader addressed, is the story's."""
    tail = "<h3>下一步</h3><p>步道建成后，老码头的渔船又将停靠在哪里？</p>"
    article = extract_article(_page(after=tail), URL)
    assert article.paragraphs[-1] == "步道建成后，老码头的渔船又将停靠在哪里？"


@pytest.mark.parametrize(
    "line",
    [
        "2023/07/08 09:15（07/08 10:40 更新）",
        "2023-07-08 09:15 (更新于 10:40)",
        "2023年07月08日 09:15（最後更新時間：10:40）",
        "河畔+2023-07-08 09:15河畔日报",
    ],
)
def test_a_stamp_with_its_update_time_or_a_plus_outlet_is_a_stamp(line: str) -> None:
    article = extract_article(_page(after="").replace("2023-07-08 09:15", line), URL)
    assert article.paragraphs == tuple(STORY)


@pytest.mark.parametrize(
    "line",
    ["他说2023年7月8日（10:40更新）的数据有误", "2023/07/08 09:15（另有报道）"],
)
def test_a_date_in_a_sentence_or_another_bracket_is_no_updated_stamp(line: str) -> None:
    from lxml import etree

    from snapcrawl.extract.dom import Line
    from snapcrawl.extract.ui_shapes import shape_kind

    assert shape_kind(Line(line, etree.Element("p"), 0, chars=len(line))) is None


def test_a_tables_row_valued_by_a_date_stays() -> None:
    rows = [("展期", "2023年7月8日至2023年10月9日"), ("地点", "河畔美术馆一楼"), ("票价", "免费")]
    table = "<table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>"
    article = extract_article(_page(after=f"<p>活动信息：</p>{table}<p>{STORY[0]}</p>"), URL)
    for label, value in rows:
        assert label in article.paragraphs
        assert value in article.paragraphs


def test_a_list_of_linked_titles_with_dates_stays_out() -> None:
    rows = "".join(
        f"<tr><td><a href='/n/{i}.html'>河畔区第{i}期城市更新项目公示</a></td>"
        f"<td>2023-07-0{i}</td></tr>"
        for i in range(1, 5)
    )
    article = extract_article(_page(tail=f"<table>{rows}</table>"), URL)
    assert article.paragraphs == tuple(STORY)


def _bar_page(bar: str) -> str:
    story = "".join(f"<p>{x}</p>" for x in STORY)
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
        f"<div class='article'><h1>{TITLE}</h1><div class='info'>{bar}</div>"
        f"<div class='text'>{story}</div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("bar", "source"),
    [
        # the outlet and its reporter as adjacent spans, glued in the line's text
        ("<span>河畔商业报道</span><span>周宁</span><span>2023-07-08 09:15</span>", "河畔商业报道"),
        ("<span>河畔日报</span><span>周宁</span><span>2023-07-08 09:15</span>", "河畔日报"),
        # the outlet glued to its stamp and a play count ("播放 12.6万")
        ("<span>河畔观察</span><span>2023-07-08 09:15</span><span>播放 12.6万</span>", "河畔观察"),
        ("<span>2023-07-08 09:15</span><span>河畔视频</span><span>播放量 3.1万</span>", "河畔视频"),
    ],
)
def test_an_outlet_drawn_in_its_own_span_on_the_meta_bar_is_read_alone(
    bar: str, source: str
) -> None:
    assert extract_article(_bar_page(bar), URL).source == source


def test_two_names_in_spans_beside_the_date_name_no_outlet() -> None:
    bar = "<span>周宁</span><span>李岚</span><span>2023-07-08 09:15</span>"
    assert extract_article(_bar_page(bar), URL).source in (None, "")


@pytest.mark.parametrize("signoff", ["SFC", "NBD", "（HPB）"])
def test_an_outlets_latin_initials_under_the_story_sign_it_off(signoff: str) -> None:
    article = extract_article(_page(after=f"<p>{signoff}</p>"), URL)
    assert article.paragraphs == tuple(STORY)


def test_initials_inside_the_story_stay() -> None:
    """Between paragraphs a short line is the story's (a heading), whatever its letters."""
    after = f"<p>GDP</p><p>{STORY[0]}</p>"
    article = extract_article(_page(after=after), URL)
    assert "GDP" in article.paragraphs


@pytest.mark.parametrize("line", ["附件：河畔区城市更新项目清单", "附件2：步道改建方案公示表"])
def test_a_linked_attachment_under_a_release_stays(line: str) -> None:
    article = extract_article(_page(after=f"<p><a href='/f/1.xls'>{line}</a></p>"), URL)
    assert article.paragraphs == (*STORY, line)


def test_a_linked_attachment_among_related_links_goes() -> None:
    links = "".join(
        f"<li><a href='/n/{i}.html'>{t}</a></li>"
        for i, t in enumerate(
            ["河畔区召开城市更新推进会", "附件：往期项目清单", "滨江绿道二期开工"]
        )
    )
    article = extract_article(_page(tail=f"<h3>相关新闻</h3><ul>{links}</ul>"), URL)
    assert article.paragraphs == tuple(STORY)


@pytest.mark.parametrize(
    "bar",
    [
        "<em>2023-07-08 09:15:06</em><em class='tag'>城建</em>",  # a tag beside the time
        "<a class='author'>周宁</a><span>2023-07-08 09:15</span><span>发布于上海</span>",
    ],
)
def test_a_short_name_in_a_span_touching_the_date_is_no_outlet(bar: str) -> None:
    """Drawn glued to the date, a two- or three-character name is a tag or the poster's."""
    assert extract_article(_bar_page(bar), URL).source in (None, "")
