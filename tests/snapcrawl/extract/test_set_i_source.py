"""The story's outlet and its author on kinds of pages no earlier round wrote (issue 14, set
I: finance terminals and research notes, sports, tech, car and game portals, health and
science popularisation, party-paper apps, overseas Chinese papers, self-media platforms,
reprint chains), reduced to their shape with made-up outlets and wordings other than the
pages':

- the host claiming the story by its own name ("本文由X原创", X the site's name);
- a reprint note naming both links of the chain ("转载自X，原文首发于《Y》"): Y;
- a label's value given as a link, an icon and a region glued after it ("来源: <a>X</a>
  <img>湖南"): X;
- the host's own name on the meta line under the heading yields to the outlet whose
  dateline opens the story (X客户端讯, X社北京7月8日电);
- a producer's label (出品：X) naming a brand, not a person;
- a byline element marked author inside a bar of spans the line glues;
- a reporter's dateline with no bracket: "X讯 记者 A B 正文", "記者A／台北報導";
- a columnist's title (专栏作家, 專欄作家) before the name;
- a research note's institution and analysts (机构：X证券, 研究员：A,B).
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.credit_names import clean_name
from snapcrawl.extract.reprint_chain import first_outlet

from .conftest import WHARF_STORY as STORY
from .conftest import WHARF_TITLE as TITLE
from .conftest import WHARF_URL as URL

WHEN = "2024-07-08 08:30"


def _page(
    meta: str = "",
    *,
    site: str = "河畔网",
    first: str = "",
    last: str = "",
    above: str = "",
    head: str = "",
) -> str:
    paragraphs = [f"{first}{STORY[0]}", *STORY[1:]]
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}_{site}</title>{head}</head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/city'>城事</a></div>"
        f"<div class='detail'>{above}<h1>{TITLE}</h1><div class='info'>{meta}</div>"
        f"<div class='text'>{text}{last}</div></div>"
        "<div class='footer'><a href='/about'>关于我们</a></div></body></html>"
    )


def _read(html: str) -> tuple[str | None, str | None]:
    article = extract_article(html, URL)
    return article.source, article.author


# --- the host's own claim, reprint chains ------------------------------------------------


def test_the_host_claiming_the_story_by_its_own_name() -> None:
    html = _page(WHEN, site="南岭养生堂", last="<p>本文由南岭养生堂原创，未经许可请勿转载。</p>")
    assert _read(html)[0] == "南岭养生堂"


def test_a_person_claiming_the_story_names_no_outlet() -> None:
    html = _page(WHEN, site="南岭养生堂", last="<p>本文由张晓明原创，未经许可请勿转载。</p>")
    assert _read(html)[0] is None


@pytest.mark.parametrize(
    ("note", "outlet"),
    [
        ("本文转载自微信公众号“山野札记”，原载《东岭文艺》2024年第3期。", "东岭文艺"),
        ("文章转自公众号「旧书摊」，最早发表于北川晚报。", "北川晚报"),
        ("本文来自公众号“湖边小记”，原文首发在《湖州人文》。", "湖州人文"),
    ],
)
def test_a_reprint_chain_names_its_first_outlet(note: str, outlet: str) -> None:
    assert first_outlet(note) == outlet
    assert _read(_page(WHEN, first=f"作者：韩小舟</p><p>{note}</p><p>"))[0] == outlet


def test_a_reprint_note_with_one_link_names_it() -> None:
    assert first_outlet("本文转载自微信公众号“山野札记”。") is None
    html = _page(WHEN, last="<p>本文转载自微信公众号“山野札记”。</p>")
    assert _read(html)[0] == "山野札记"


def test_a_story_first_printed_somewhere_is_no_chain() -> None:
    assert first_outlet("这篇小说首发于东岭文艺，后来被改编成电影。") is None


# --- a label's value given as a link ------------------------------------------------------


def test_a_linked_value_ends_where_its_link_ends() -> None:
    meta = f"{WHEN}　来源: <a href='/m/1'>河湾晨视</a><img src='/ip.png'>浙江"
    assert _read(_page(meta))[0] == "河湾晨视"


def test_a_linked_value_the_page_continues_in_text_is_kept() -> None:
    meta = f"{WHEN}　来源：<a href='/m/2'>河湾网</a>-河湾晚报"
    assert _read(_page(meta))[0] == "河湾网-河湾晚报"


# --- the host's own name against a dateline -----------------------------------------------


def test_the_hosts_own_name_yields_to_the_opening_dateline() -> None:
    meta = f"<span class='col'>东岭新闻</span><span class='time'>{WHEN}</span>"
    html = _page(meta, site="东岭新闻", first="东岭晚报客户端讯（记者 王一帆）")
    assert _read(html) == ("东岭晚报客户端", "王一帆")


def test_another_outlet_on_the_meta_line_keeps_its_place() -> None:
    meta = f"<span>海港晚报</span><span>{WHEN}</span>"
    html = _page(meta, site="东岭新闻", first="东岭晚报客户端讯（记者 王一帆）")
    assert _read(html)[0] == "海港晚报"


# --- a producer's label -------------------------------------------------------------------


def test_a_producers_label_names_a_brand() -> None:
    box = "<div class='credits'><p>出品：星河科普</p><p>作者：罗一舟</p><p>监制：某某中心</p></div>"
    assert _read(_page(WHEN, last=box)) == ("星河科普", "罗一舟")


def test_a_producers_label_naming_a_person_names_no_outlet() -> None:
    box = "<div class='credits'><p>出品：李明</p><p>作者：罗一舟</p></div>"
    assert _read(_page(WHEN, last=box))[0] is None


# --- authors ------------------------------------------------------------------------------


def test_a_marked_byline_inside_a_glued_bar_of_spans() -> None:
    meta = (
        f"<span class='date'>{WHEN}</span><a class='source' href='/'>南江体育报</a>"
        "<span class='author'>周一鸣</span>"
    )
    assert _read(_page(meta)) == ("南江体育报", "周一鸣")


@pytest.mark.parametrize(
    ("opening", "author"),
    [
        ("海港晚报讯 记者 林一帆 ", "林一帆"),
        ("海港晚报讯 记者 林一帆 许多 ", "林一帆 许多"),
        ("海港晚报讯 记者 林一帆 通讯员 王小二 ", "林一帆"),
        ("北岸社北京7月8日电 记者 孟可 ", "孟可"),
    ],
)
def test_a_dateline_credit_with_no_bracket(opening: str, author: str) -> None:
    assert _read(_page(WHEN, first=opening))[1] == author


def test_a_dateline_whose_reporter_runs_into_a_sentence_names_no_one() -> None:
    html = _page(WHEN, first="海港晚报讯 记者从市建设局获悉，")
    assert _read(html)[1] is None


@pytest.mark.parametrize(
    "meta",
    [
        f"南洋商報 / 記者林慧玲／吉隆坡報導 {WHEN}",
        f"<span>南洋商報</span> / <span>記者林慧玲／吉隆坡報導</span> {WHEN}",
        f"记者林慧玲/温哥华报道 {WHEN}",
    ],
)
def test_a_reporter_glued_to_the_word_then_where_they_filed(meta: str) -> None:
    assert _read(_page(meta))[1] == "林慧玲"


@pytest.mark.parametrize(
    "column", ["<div>专栏作家 方怀远</div>", "<div><span>專欄作家</span><a>方懷遠</a></div>"]
)
def test_a_columnists_title_before_the_name(column: str) -> None:
    author = _read(_page(WHEN, above=column))[1]
    assert author in ("方怀远", "方懷遠")


@pytest.mark.parametrize(
    ("meta", "author"),
    [
        (f"<span>研究员：唐一鸣,徐可</span><span>日期：{WHEN}</span>", "唐一鸣 徐可"),
        (f"分析师：唐一鸣 {WHEN}", "唐一鸣"),
    ],
)
def test_a_research_notes_analysts(meta: str, author: str) -> None:
    assert _read(_page(meta))[1] == author


@pytest.mark.parametrize(
    ("meta", "outlet"),
    [
        (
            "<span>机构：东华证券</span><span>研究员：唐一鸣</span><span>日期：2024-07-08</span>",
            "东华证券",
        ),
        (f"机构：南山基金 {WHEN}", "南山基金"),
        (f"机构：唐一鸣 {WHEN}", None),
    ],
)
def test_a_research_notes_institution(meta: str, outlet: str | None) -> None:
    assert _read(_page(meta))[0] == outlet


def test_names_joined_by_a_latin_comma_are_a_list() -> None:
    assert clean_name("唐一鸣,徐可") == "唐一鸣 徐可"
    assert clean_name("方敏，海港大学教授") == "方敏"


# --- set I2's misses (written after the fixes above, measured once) ------------------------


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("作者：宣传部 罗一凡", "罗一凡"),
        ("作者：南岸律师事务所 钟灵律师", "钟灵"),
        ("作者：王小科 李四", "王小科 李四"),
    ],
)
def test_the_writers_desk_or_firm_and_title_are_not_names(credit: str, author: str) -> None:
    assert _read(_page(f"{credit}　{WHEN}"))[1] == author


def test_a_word_of_time_after_the_names_opens_the_story() -> None:
    assert clean_name("孙可 昨天") == "孙可"
    assert clean_name("孙可、方圆 近日") == "孙可、方圆"
    assert _read(_page(WHEN, first="海港晚报讯 记者/孙可 近日，"))[1] == "孙可"


@pytest.mark.parametrize("credit", ["文·图/林深", "图、文/林深", "文、图｜林深"])
def test_writer_and_picture_roles_joined_before_the_name(credit: str) -> None:
    assert _read(_page(WHEN, first=f"{credit}</p><p>"))[1] == "林深"


def test_a_reporters_label_beside_a_cameras() -> None:
    meta = f"来源：北岸视频 | 记者：苏禾 摄像：马力 | {WHEN}"
    assert _read(_page(meta)) == ("北岸视频", "苏禾")


def test_a_reporter_who_took_the_picture_is_still_a_photo_credit() -> None:
    from snapcrawl.extract.credits import _labeled_reporter

    assert not _labeled_reporter("记者：苏禾 摄")
    assert _labeled_reporter("记者：苏禾 摄像：马力")


def test_a_press_release_wire_dateline_names_the_wire() -> None:
    first = "上海2024年7月10日 /东方通稿/ -- "
    html = _page(WHEN, site="东方通稿", first=first)
    article = extract_article(html, URL)
    assert article.source == "东方通稿"
    assert article.paragraphs[0].startswith(first.strip())


@pytest.mark.parametrize(
    "text", ["今年1/3的居民/家庭选择了公共交通。", "他说：“2024年/2025年都是关键年份。”"]
)
def test_slashes_in_a_sentence_name_no_wire(text: str) -> None:
    from snapcrawl.extract.release_wire import release_outlet

    assert release_outlet(text) is None
