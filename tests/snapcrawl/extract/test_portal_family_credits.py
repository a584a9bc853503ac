"""Credits and sources on portal-family pages no earlier round read (issue 14, fix set h-fx7:
40 pages of transTerminus/webpage_archive, commit f987f5e, drawn over raw/163.com, sina.cn,
news.qq.com, ifeng.com, thepaper.cn, chinanews.com and sohu.com).

- a reposted WeChat article's header in WeChat's later layout, its parts set apart by spaces
  and the account's topic tags after them ("原创 X Y 收录于话题#Z3"): the writer and the
  account (the story's source), a credit line, not the story's;
- a translation's closing credits: the original's address under 原文 (a credit, so the
  credit block above it is the story's end, not a box of facts before it), a cover's credit
  under 封面;
- "以上内容来自「X」": where a repost's content comes from, alone on its line;
- a dateline's bracket with a name before the outlet and the outlet's two names joined by
  "·" ("（A 中青报·中青网记者B）"): the reporter under 记者;
- an outlet signing the story off in brackets with no label, glued to the last paragraph
  ("…照顾好她。 (南海网)"; it stays the paragraph's text, glued_credit.py): the source;
- an illustration's artist between dashes under it ("- Gada Jermy -");
- a post's appeal to follow its account and keep or share the post ("…请关注加收藏哦");
- the host saying it could not find whose its material is ("发布前我们不遗余力寻找来源，
  但仍有些没有找到。") over its rights notice: the notice's lead; and a bare label naming
  the notice over it ("版权问题", no colon).

The fixtures under tests/fixtures/extract/portal_families/ are the pages' own bytes, cut
down to the header, a few paragraphs and the tail (cut.py in the session's scratch folder):
- thepaper_hao_wechat_repost.html: raw/thepaper.cn/
  m_J·K·罗琳遭抵制，关于性别我们还可以讨论什么？.html
- thepaper_hao_topics_header.html: raw/thepaper.cn/
  m_过去一年，这些宝藏展览、书籍和艺术家，你PICK到了吗？_-_澎湃新闻.html
- qq_dateline_outlet_pair.html: raw/news.qq.com/
  news_我国首个“跨性别”儿童与青少年多学科门诊在沪开业_-_QQ_News.html
- ifeng_glued_outlet_signoff.html: raw/ifeng.com/news_中国首位变性艺人不堪歧视割腕自杀图.html
- thepaper_hao_rights_notice.html: raw/thepaper.cn/m_总有一小撮硬汉有个跨性别的梦.html
The other wordings are made up.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.chrome import line_kind
from snapcrawl.extract.credit_lines import is_credit
from snapcrawl.extract.credits import wechat_credit
from snapcrawl.extract.host_voice import notice_strength
from snapcrawl.extract.source_lines import self_credit
from snapcrawl.extract.wechat_header import wechat_header

from .conftest import (
    FIXTURES,
    WHARF_URL,
    credited_page,
    feed_page,
    wharf_markup,
    wharf_page,
)

PORTALS = FIXTURES / "portal_families"


def _fixture(name: str, url: str):
    return extract_article((PORTALS / name).read_bytes(), url)


# --- a WeChat header in its spaced layout ------------------------------------------------


def test_a_reposted_wechat_header_names_the_account_and_the_writer() -> None:
    article = _fixture("thepaper_hao_wechat_repost.html", "https://m.thepaper.cn/newsDetail_1")
    assert article.source == "神经现实"  # the account, not the platform's channel
    assert article.author == "Rebecca"
    assert "原创 Rebecca 神经现实" not in article.body


def test_a_wechat_header_with_its_topic_tags_is_no_story() -> None:
    article = _fixture("thepaper_hao_topics_header.html", "https://m.thepaper.cn/newsDetail_2")
    assert article.source == "PHOTOFAIRS影像艺术博览会"
    assert article.author is None  # the account signs as itself: no writer of its own
    assert "收录于话题" not in article.body
    assert "以上内容来自" not in article.body
    assert article.paragraphs[0].startswith("在刚刚过去的一周")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("原创 林小川 江城手记 收录于合集#城事 12个", ("林小川", "江城手记")),
        ("原创：林小川 江城手记", ("林小川", "江城手记")),
        ("原创 江城晚报 2024-04-02", None),  # a dated meta line: its last part is the date
        ("原创文章 欢迎转发", None),
    ],
)
def test_wechat_header_parts(line: str, expected: tuple[str, str] | None) -> None:
    assert wechat_header(line) == expected


def test_an_account_signing_as_itself_is_no_writer() -> None:
    assert wechat_credit("原创 山野 山野手记") == (None, "山野手记")
    assert wechat_credit("原创 周川 山野手记") == ("周川", "山野手记")


def test_a_spaced_header_over_a_made_up_story() -> None:
    page = feed_page(before=["原创 林小川 江城手记 收录于合集#城事 12个"])
    article = extract_article(page, WHARF_URL)
    assert (article.source, article.author) == ("江城手记", "林小川")
    assert "收录于" not in article.body


# --- a translation's closing credits -------------------------------------------------------


def test_a_translations_credit_block_leaves_the_body() -> None:
    article = _fixture("thepaper_hao_wechat_repost.html", "https://m.thepaper.cn/newsDetail_1")
    for credit in ("作者：Rebecca", "封面：", "译者：", "排版：", "原文："):
        assert credit not in article.body
    assert article.paragraphs[-1].startswith("对于社会性别")


@pytest.mark.parametrize(
    "line",
    [
        "原文：https://aeon.co/essays/the-idea-that-gender-is-a-spectrum",
        "原文链接：https://example.org/essays/harbour",
        "原文地址：www.example.org/a/1",
        "封面：林小川",
        "封面：Mia Lund",
    ],
)
def test_an_originals_address_and_a_cover_are_credits(line: str) -> None:
    assert is_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "原文如下：https://example.org/a 请看",
        "原文写道：他说",
        "封面故事：海港的清晨",
        "封面：这一期我们讲海港",
    ],
)
def test_the_same_words_in_a_sentence_are_no_credit(line: str) -> None:
    assert not is_credit(line)


def test_a_made_up_translation_block_leaves_the_body() -> None:
    tail = (
        "<p>作者：Anna Berg</p><p>封面：Mia Lund</p><p>译者：林小川 | 审校：周川</p>"
        "<p>排版：Kit</p><p>原文链接：https://example.org/essays/harbour</p>"
    )
    article = extract_article(credited_page(tail=tail), WHARF_URL)
    assert article.author == "Anna Berg"
    assert article.paragraphs[-1].startswith("建设部门回应")


# --- where the content comes from, alone on its line -------------------------------------


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("以上内容来自「PHOTOFAIRS影像艺术博览会 」", "PHOTOFAIRS影像艺术博览会"),
        ("以上内容来自《江城周刊》", "江城周刊"),
        ("本文转载自海港晚报", "海港晚报"),
    ],
)
def test_where_the_content_comes_from_is_a_credit(line: str, outlet: str) -> None:
    assert is_credit(line)
    assert self_credit(line) == outlet


@pytest.mark.parametrize(
    "line", ["本文来自一位读者的亲身经历", "以上内容来自网友投稿，仅供参考", "以上就是全部内容"]
)
def test_a_note_on_the_story_is_no_source_credit(line: str) -> None:
    assert not is_credit(line)


def test_a_made_up_content_credit_leaves_the_body() -> None:
    article = extract_article(credited_page(tail="<p>以上内容来自《江城周刊》</p>"), WHARF_URL)
    assert "江城周刊" not in article.body


# --- a dateline's bracket with a name before the outlet ----------------------------------


def test_the_reporter_under_a_joined_outlets_role() -> None:
    article = _fixture("qq_dateline_outlet_pair.html", "https://new.qq.com/rain/a/20211104A0C2D700")
    assert article.author == "王烨捷"


@pytest.mark.parametrize(
    "first",
    [
        "江城晚报讯（林木 江城晚报·江城网记者 周川）",
        "海港日报客户端上海6月3日电（李晓 海港日报记者周川）",
    ],
)
def test_a_made_up_dateline_with_a_name_before_the_outlet(first: str) -> None:
    assert extract_article(feed_page(first=first), WHARF_URL).author == "周川"


# --- an outlet signing off in brackets -----------------------------------------------------


def test_a_glued_outlet_signoff_is_the_source_and_stays_in_the_paragraph() -> None:
    article = _fixture("ifeng_glued_outlet_signoff.html", "https://news.ifeng.com/a/1.shtml")
    assert article.source == "南海网"
    assert article.paragraphs[-1].endswith("(南海网)")  # glued: the paragraph's, as written


@pytest.mark.parametrize(
    ("last", "outlet"),
    [("并加装隔音屏障。（江城晚报）", "江城晚报"), ("并加装隔音屏障。 (河西网)", "河西网")],
)
def test_a_made_up_glued_outlet_signoff(last: str, outlet: str) -> None:
    page = wharf_page(wharf_markup(after=f"<p>建设部门回应，夜间不会施工，{last}</p>"))
    article = extract_article(page, WHARF_URL)
    assert article.source == outlet
    assert article.paragraphs[-1].endswith(last[-6:])  # glued: the paragraph keeps it


def test_a_glued_latin_word_names_no_outlet() -> None:
    page = wharf_page(wharf_markup(after="<p>建设部门回应，夜间不会施工。(Continued)</p>"))
    assert extract_article(page, WHARF_URL).source != "Continued"


# --- an illustration's artist between dashes ---------------------------------------------


def test_an_illustrations_artist_leaves_the_body() -> None:
    article = _fixture("thepaper_hao_wechat_repost.html", "https://m.thepaper.cn/newsDetail_1")
    assert "Gada Jermy" not in article.body


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("— Stephan Schmitz —", True),
        ("-Vincent van Gogh-", True),
        ("- The End -", False),
        ("— Part Two —", False),
        ("- Gada -", False),  # one word: no name of its own
    ],
)
def test_dashed_artist_lines(line: str, credit: bool) -> None:
    assert is_credit(line) is credit


# --- the lead of a rights notice ---------------------------------------------------------


def test_the_lead_of_a_rights_notice_leaves_the_body() -> None:
    article = _fixture("thepaper_hao_rights_notice.html", "https://m.thepaper.cn/newsDetail_3")
    assert "寻找来源" not in article.body
    assert "请版权拥有者" not in article.body
    assert "版权问题" not in article.body  # the notice's bare label over it
    assert article.editor == "ROOT"


def test_a_made_up_rights_notice_lead() -> None:
    lead = "本号发布前已尽力寻找出处，仍有部分未能找到。"
    assert notice_strength(lead) == 1  # the host speaking of itself, one family
    notice = "如涉及版权问题，请与我们联系删除。"
    page = wharf_page(wharf_markup(after=f"<p>{lead}</p><p>{notice}</p>"))
    article = extract_article(page, WHARF_URL)
    assert "寻找出处" not in article.body
    assert article.paragraphs[-1].startswith("建设部门回应")


def test_a_story_sentence_with_the_words_stays() -> None:
    line = "警方表示，这笔来源不详的资金已被冻结，案件仍在调查中。"
    page = wharf_page(wharf_markup(at=2, extra=f"<p>{line}</p>"))
    assert line in extract_article(page, WHARF_URL).body


# --- a post's appeal that asks to follow first ------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "看过以上可爱的男孩子的绅士请关注加收藏哦(ง •_•)ง下期再见哦",  # raw/sina.cn/k_二次元…
        "喜欢的话记得关注并转发",
        "欢迎关注、点赞，我们下期见",
    ],
)
def test_an_appeal_to_follow_and_keep_the_post_is_a_promo(line: str) -> None:
    assert line_kind(line) == "promo"


@pytest.mark.parametrize("line", ["市民记得关注天气变化", "请关注本市交通管制信息"])
def test_asking_to_follow_news_is_no_appeal(line: str) -> None:
    assert line_kind(line) != "promo"


@pytest.mark.parametrize("label", ["免责声明", "版权说明"])
def test_a_made_up_bare_label_over_a_notice(label: str) -> None:
    notice = "本文仅代表作者本人观点，与本站立场无关，如有侵权请联系删除。"
    page = wharf_page(wharf_markup(after=f"<p>{label}</p><p>{notice}</p>"))
    article = extract_article(page, WHARF_URL)
    assert label not in article.body
    assert article.paragraphs[-1].startswith("建设部门回应")


def test_a_story_subheading_with_the_words_stays() -> None:
    page = wharf_page(wharf_markup(at=2, extra="<p>版权问题</p>"))
    assert "版权问题" in extract_article(page, WHARF_URL).paragraphs
