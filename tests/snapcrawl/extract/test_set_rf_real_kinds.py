"""Real pages' leftover misses, by kind (issue 14, set RF; the odd halves of R7-R10), reduced
to their shape with made-up outlets, people and wordings other than the set pages':

- a related story pasted whole under the story after its sign-off ("来源：X", "（完）", a
  bracketed credit glued to the last paragraph, a bracketed outlet alone), under a related
  heading ("【相关报道】", "相關閱讀"): cut from the heading on, and the credit readers
  do not read the other story's credit; a background box with no sign-off before it
  ("相关链接") stays the story's;
- a closing credit naming the outlet and the post before the writer ("撰稿/X报记者Y 摄影
  Z", "文：《X》特约撰稿人 Y"), or after a WeChat account's handle: out of the body, and the
  writer read;
- a portal's reprint whose author tag is the reposting outlet's account (a name shaped like
  a news outlet's): no writer.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.credit_lines import is_credit

from .conftest import FEED_WHEN, WHARF_STORY, feed_page
from .conftest import WHARF_URL as URL

OTHER_TITLE = "沿江绿道三期下月动工"
OTHER_STORY = [
    "记者从市园林局了解到，沿江绿道三期工程下月动工，全长约八公里，串联起五个滨水公园。",
    "工程计划明年汛期前完工，届时市民可沿江骑行至上游湿地，沿途还将增设三处驿站。",
]


def _with_related(sign_off: str, heading: str) -> str:
    return feed_page(
        closing=[sign_off, heading, OTHER_TITLE, *OTHER_STORY]
        if sign_off
        else [heading, OTHER_TITLE, *OTHER_STORY]
    )


@pytest.mark.parametrize(
    "sign_off",
    ["来源：江畔晚报", "（完）", "（江畔晚报）", "（江畔晚报 记者 柯文远）"],
)
@pytest.mark.parametrize("heading", ["【相关报道】", "[相关阅读]", "相關閱讀"])
def test_related_story_after_sign_off_is_cut(sign_off: str, heading: str) -> None:
    art = extract_article(_with_related(sign_off, heading), URL)
    for line in (heading, OTHER_TITLE, *OTHER_STORY):
        assert line not in art.body
    assert WHARF_STORY[-1] in art.body


def test_related_story_after_glued_credit_is_cut() -> None:
    last = WHARF_STORY[-1] + "（记者 柯文远 通讯员 邹宁）"
    html = feed_page(closing=["【相关新闻】", OTHER_TITLE, *OTHER_STORY]).replace(
        f"<p>{WHARF_STORY[-1]}</p>", f"<p>{last}</p>"
    )
    art = extract_article(html, URL)
    assert OTHER_STORY[0] not in art.body
    assert art.author == "柯文远"


def test_related_story_credit_is_not_the_author() -> None:
    html = feed_page(
        closing=[
            "来源：江畔晚报",
            "【相关报道】",
            OTHER_TITLE,
            *OTHER_STORY,
            "（江畔晚报 记者 白露）",
        ]
    )
    art = extract_article(html, URL)
    assert art.author != "白露"
    assert "白露" not in art.body


def test_background_box_without_sign_off_stays() -> None:
    box = "相关链接"
    note = "沿江绿道是指沿江河两岸建设的慢行系统，兼具防洪、生态和休闲功能，一般宽三至六米。"
    art = extract_article(feed_page(closing=[box, note]), URL)
    assert note in art.body


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("撰稿/江畔晚报记者柯文远 摄影 邹宁", "柯文远"),
        ("文：《江畔周刊》特约撰稿人 北岸", "北岸"),
        ("“江畔事”（微信ID：jiangpanshi）撰稿/柯文远 摄影 邹宁", "柯文远"),
    ],
)
def test_affiliated_closing_credit(line: str, author: str) -> None:
    assert is_credit(line)
    art = extract_article(feed_page(closing=[line]), URL)
    assert line not in art.body
    assert art.author == author


def test_affiliation_inside_a_sentence_is_no_credit() -> None:
    assert not is_credit("记者从江畔晚报记者站获悉，沿江绿道三期下月动工。")


def _tagged(author_tag: str) -> str:
    html = feed_page(FEED_WHEN, closing=["来源：江畔晚报"])
    return html.replace(
        "<head>", f"<head><meta property='article:author' content='{author_tag}'>", 1
    )


def test_reprint_tagged_with_reposting_outlet_has_no_writer() -> None:
    art = extract_article(_tagged("快讯日报"), URL)
    assert art.author is None
    assert art.source == "江畔晚报"


# --- a sign-off naming the filing outlet before the writer ---------------------------------


def test_outlet_and_name_sign_off_names_the_writer() -> None:
    html = feed_page(closing=["（江畔新闻网 柯文远）"])
    assert extract_article(html, URL).author == "柯文远"


def test_outlet_and_desk_note_sign_off_names_no_writer() -> None:
    html = feed_page(closing=["（江畔新闻网 综合）"])
    assert extract_article(html, URL).author != "综合"


# --- the host's brand in its title bar, for a story that credits no outlet ----------------


@pytest.mark.parametrize(
    ("bar", "brand"),
    [
        ("滨江步道明年动工 - Harbour Daily", "Harbour Daily"),
        ("滨江步道明年动工 - Harbour News 中文", "Harbour News 中文"),
    ],
)
def test_title_bar_brand_is_the_outlet(bar: str, brand: str) -> None:
    assert extract_article(feed_page(title=bar), URL).source == brand


@pytest.mark.parametrize("brand", ["江畔观点平台", "江畔网", "HarbourSoft"])
def test_title_bar_name_that_is_no_news_brand_is_no_outlet(brand: str) -> None:
    assert extract_article(feed_page(title=f"滨江步道明年动工 - {brand}"), URL).source is None


def test_title_bar_brand_after_credited_outlet() -> None:
    html = feed_page(title="滨江步道明年动工 - Harbour Daily", closing=["来源：江畔晚报"])
    assert extract_article(html, URL).source == "江畔晚报"
