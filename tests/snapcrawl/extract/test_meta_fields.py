"""Title, published_at, source, category, author, editor and original_title on modern
portal layouts: each rule with a line it must read and a line it must not."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from snapcrawl.extract import extract_article

from .conftest import fixture_bytes

SH = ZoneInfo("Asia/Shanghai")
STORY = [
    "入冬以来，河口湿地保护区迎来今年第一批越冬候鸟，数量较去年同期明显增加。",
    "保护区工作人员介绍，今年提前完成了浅滩清淤和芦苇收割，为候鸟留出了更大的觅食空间。",
    "冬季观鸟步道将于下周开放，市民可通过线上平台预约参观，每天限流八百人。",
]


def page(
    *,
    head: str = "",
    before: str = "",
    heading: str = "<h1>河口湿地迎来首批越冬候鸟</h1>",
    info: str = "",
    story: list[str] | None = None,
    after: str = "",
    title: str = "河口湿地迎来首批越冬候鸟_地方_示例网",
) -> str:
    paragraphs = "".join(f"<p>{s}</p>" for s in (STORY if story is None else story))
    return (
        f"<html><head><title>{title}</title>{head}</head><body>{before}"
        f"<div class='main'>{heading}<div class='info'>{info}</div>"
        f"<div class='text'>{paragraphs}</div>{after}</div></body></html>"
    )


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=SH)


# --- the reduced portal fixture: every field at once ----------------------------------------


def test_portal_fixture_reads_every_field_from_its_own_place():
    article = extract_article(fixture_bytes("portal_article_credits.html"))
    assert article.title == "河口湿地迎来首批越冬候鸟"  # not the login pop-up's h1
    assert article.published_at == at(2024, 11, 3, 9, 12)  # the visible line, not the meta
    assert article.source == "滨江日报"  # not 视界图库 of the picture credit
    assert article.category == "地方新闻"
    assert article.author == "林晓岚"
    assert article.editor == "周敏"  # staff code cut
    assert article.original_title == "河口湿地候鸟提前“报到” 白琵鹭数量增两成"


# --- title -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "before",
    [
        "<div class='modal'><h1>扫码下载客户端</h1><p>随时随地看新闻</p></div>",
        "<div id='popup'><h1>订阅我们的早报</h1></div><h1>示例网</h1>",
    ],
)
def test_a_pop_up_h1_before_the_article_loses_to_the_heading_matching_og_title(before):
    head = "<meta property='og:title' content='河口湿地迎来首批越冬候鸟'>"
    article = extract_article(page(head=head, before=before, title="示例网"))
    assert article.title == "河口湿地迎来首批越冬候鸟"


def test_title_from_json_ld_headline_when_title_tag_is_the_site_name():
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "山区小学用上了太阳能热水"}</script>'
    )
    html = page(
        head=head,
        before="<h1>欢迎访问示例网</h1>",
        heading="<h2>山区小学用上了太阳能热水</h2>",
        title="示例网",
    )
    assert extract_article(html).title == "山区小学用上了太阳能热水"


def test_a_badge_glued_before_the_heading_is_dropped_but_a_column_prefix_is_kept():
    badge = page(heading="<h1><span>独家</span>河口湿地迎来首批越冬候鸟</h1>")
    assert extract_article(badge).title == "河口湿地迎来首批越冬候鸟"
    column = page(
        heading="<h1>观察|河口湿地迎来首批越冬候鸟</h1>",
        title="观察|河口湿地迎来首批越冬候鸟_地方_示例网",
    )
    assert extract_article(column).title == "观察|河口湿地迎来首批越冬候鸟"


def test_the_site_slogan_matching_the_title_prefix_loses_to_the_story_headline():
    html = page(
        before="<h1>每日行情</h1>",
        heading="<div class='t'>渔业合作社冬捕开网首日收获十二吨</div>",
        info="发布时间：2024-12-01 10:09",
        title="每日行情--渔业合作社冬捕开网首日收获十二吨",
    )
    assert extract_article(html).title == "渔业合作社冬捕开网首日收获十二吨"


def test_without_any_statement_the_line_above_the_meta_line_is_the_title():
    html = page(
        before="<h3>首页 - 工作动态</h3>",
        heading="<h5>学会年会在山城召开 四百名代表参会</h5>",
        info="发布时间：2024-05-18 来源：学会秘书处",
        title="工作动态--学会官网",
    )
    assert extract_article(html).title == "学会年会在山城召开 四百名代表参会"


# --- published_at ------------------------------------------------------------------------


def test_the_visible_meta_line_beats_a_portal_republish_time():
    head = "<meta property='article:published_time' content='2024-03-02T11:40:00+08:00'>"
    html = page(head=head, info="<span>2024年03月02日 08:05</span> <a class='source'>晨报</a>")
    assert extract_article(html).published_at == at(2024, 3, 2, 8, 5)


def test_json_ld_date_published_when_the_page_shows_none():
    head = (
        '<script type="application/ld+json">'
        '{"@type": "NewsArticle", "datePublished": "2024-06-09T07:30:00+08:00"}</script>'
    )
    assert extract_article(page(head=head)).published_at == at(2024, 6, 9, 7, 30)


@pytest.mark.parametrize("key", ["publishdate", "PubDate", "firstpublishedtime"])
def test_publishdate_style_meta_tags(key):
    head = f"<meta name='{key}' content='2024-04-01 16:45'>"
    assert extract_article(page(head=head)).published_at == at(2024, 4, 1, 16, 45)


def test_an_update_time_is_not_the_publication_time():
    info = "<span>2024-09-07 09:25:09</span><div>最后更新: 2024-09-07 09:27:48</div>"
    assert extract_article(page(info=info)).published_at == at(2024, 9, 7, 9, 25, 9)


def test_dates_of_related_lists_and_footers_are_never_the_publication():
    after = (
        "<div class='related'><h3>相关阅读</h3><ul>"
        "<li><a href='/1'>城郊公园新增观鸟屋</a> 2021-05-20 08:00</li>"
        "<li><a href='/2'>湿地条例明年施行</a> 2020-12-01 10:30</li></ul></div>"
        "<div class='footer'>Copyright 2024 示例网 更新于 2024-11-05 23:59</div>"
    )
    assert extract_article(page(after=after)).published_at is None


def test_a_yearless_feed_time_takes_its_year_from_a_machine_date_of_the_same_day():
    head = "<meta itemprop='dateUpdate' content='2023-10-08 12:00:57'>"
    html = page(head=head, info="<span class='date'>发布时间：10-08</span><span>12:00</span>")
    assert extract_article(html).published_at == at(2023, 10, 8, 12, 0)


def test_a_publication_time_a_script_writes_into_the_page():
    head = '<script>var nickname = "示例号"; var ct = "1581418070";</script>'
    assert extract_article(page(head=head)).published_at == at(2020, 2, 11, 18, 47, 50)


# --- source ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "<p>图片来源：视界图库</p>",
        "<p>（图片来源：东方影像）</p>",
        "<p>图片来自网络</p>",
        "<p>市林业局供图</p>",
        "<p>视频来源：拍客小王</p>",
    ],
)
def test_a_picture_credit_is_never_the_source(caption):
    story = [STORY[0], caption, *STORY[1:]]
    article = extract_article(page(story=story))
    assert article.source is None
    keep = extract_article(page(story=story, info="来源：滨江日报"))
    assert keep.source == "滨江日报"


@pytest.mark.parametrize(
    ("head", "info", "after", "expected"),
    [
        ("<meta name='source' content='海港晚报'>", "", "", "海港晚报"),
        (
            "",
            "<span>2024-05-06 10:00</span><a class='source' href='#'>海港晚报</a>",
            "",
            "海港晚报",
        ),
        ("", "原创 <span>山城商报</span> <span>2024-09-09 16:01:46</span>", "", "山城商报"),
        ("", "<span>2024-01-03 18:13</span> 稿源：海港晚报", "", "海港晚报"),
        ("", "", "<p>本文来源：海港晚报</p>", "海港晚报"),
    ],
)
def test_source_from_the_meta_line_tags_marked_element_and_sign_off(head, info, after, expected):
    assert extract_article(page(head=head, info=info, after=after)).source == expected


def test_a_meta_line_with_several_names_gives_no_source():
    info = "<span>2024-06-05 20:35</span> <span>阿木</span> <span>小舟</span>"
    assert extract_article(page(info=info)).source is None


# --- category ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "crumbs",
    [
        "<nav aria-label='breadcrumb'><ol class='breadcrumb'><li><a href='/'>首页</a></li>"
        "<li><a href='/l/'>生态</a></li><li aria-current='page'>河口湿地迎来首批越冬候鸟</li>"
        "</ol></nav>",
        "<div class='breadcrumb'><a href='/'>首页</a> / <a href='/l/'>生态</a> / 正文</div>",
        "<nav aria-label='面包屑'>新闻 › 生态 › 河口湿地迎来首批越冬候鸟</nav>",
        "<ul class='page-breadcrumbs'><li><a href='/'>Home</a></li><li>生态</li></ul>",
    ],
)
def test_category_is_the_last_marked_crumb_that_is_not_the_article(crumbs):
    assert extract_article(page(before=crumbs)).category == "生态"


# --- author, editor, original_title ------------------------------------------------------


@pytest.mark.parametrize(
    ("info", "story_first", "expected"),
    [
        ("作者：林晓岚", None, "林晓岚"),
        ("", "海港晚报讯（记者 何志远 沈一帆）" + STORY[0], "何志远 沈一帆"),
        ("", "（记者宋屿 报道）" + STORY[0], "宋屿"),
        ("<p>文/周北辰</p>", None, "周北辰"),
        ("<p>山城商报记者 陶然</p>", None, "陶然"),
    ],
)
def test_author_from_a_credit(info, story_first, expected):
    story = [story_first, *STORY[1:]] if story_first else None
    assert extract_article(page(info=info, story=story)).author == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "记者从市交通运输局获悉，本市今年将新开通公交线路十二条，优化调整线路三十余条。",
        "作者在书中写道，这座小城的冬天总是来得很慢。",
        "记者注意到，多数摊位已经换上了电子价签。",
    ],
)
def test_an_ordinary_sentence_never_gives_an_author(sentence):
    assert extract_article(page(story=[sentence, *STORY])).author is None


def test_meta_author_naming_the_site_is_not_an_author_but_a_person_is():
    site = "<meta name='author' content='示例网'>"
    assert extract_article(page(head=site)).author is None
    person = "<meta name='author' content='陶然'>"
    shown = "<span>2024-05-06 09:12</span> <span>来源：示例日报</span> <span>陶然</span>"
    assert extract_article(page(head=person, info=shown)).author == "陶然"


def test_meta_author_shown_nowhere_on_the_page_is_not_the_author():
    # A gazette's CMS writes the clerk who posted the page into <meta name="author">.
    clerk = "<meta name='author' content='陶然'>"
    assert extract_article(page(head=clerk)).author is None


def test_a_byline_element_must_stand_as_a_word_of_its_own():
    # "行情" is a column's author card under the related list; by the heading it is only
    # part of "今日行情分析", a link to the previous story.
    before = "<p>上一篇：<a href='/a/1'>今日行情分析</a></p>"
    after = "<h3>相关新闻</h3><div class='author'><a href='/u/2'>行情</a></div>"
    assert extract_article(page(before=before, after=after)).author is None


def test_an_editor_credit_is_the_editor_not_the_author():
    after = "<p class='show_author'>责任编辑：吴一鸣 </p>"
    article = extract_article(page(after=after))
    assert article.editor == "吴一鸣"
    assert article.author is None


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("<p>编辑 刘言 校对 李可</p><span>责任编辑：姚远_NT6056</span>", "姚远"),
        ("<div>编辑|钟琪<br>责编|陈默<br>校对|黄安</div>", "陈默"),
        ("<p>（编辑：韩林 PK155）</p>", "韩林"),
        ("<p>值班编辑：HN666</p>", "HN666"),
    ],
)
def test_editor_prefers_the_editor_of_record(after, expected):
    assert extract_article(page(after=after)).editor == expected


def test_an_ordinary_sentence_never_gives_an_editor():
    story = [*STORY, "编辑部的同事们把这份名单整理成册，寄给了每一位读者。"]
    assert extract_article(page(story=story)).editor is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("（原标题：候鸟提前“报到” 白琵鹭增两成）", "候鸟提前“报到” 白琵鹭增两成"),
        ("原标题：湿地迎客忙", "湿地迎客忙"),
        ("（原题为《冬捕开网首日》）", "冬捕开网首日"),
    ],
)
def test_original_title(line, expected):
    assert extract_article(page(after=f"<p>{line}</p>")).original_title == expected


def test_a_sentence_mentioning_a_title_is_not_an_original_title():
    story = [*STORY, "原标题与现标题相比，删去了两个形容词，读者反映更加简洁。"]
    assert extract_article(page(story=story)).original_title is None


# --- meta-line shapes seen on portals, written afresh ------------------------------------


def test_a_pipe_separated_meta_line_carries_labels_without_colons():
    info = "发表于2024-08-24 21:30| 1164次阅读| 来源海港晚报| 0 条评论| 作者陶然"
    article = extract_article(page(info=info))
    assert (article.source, article.author) == ("海港晚报", "陶然")


def test_source_label_variants():
    assert extract_article(page(info="来源于：东区办事处")).source == "东区办事处"
    marked = "<span class='source'>本文来源于<a href='#'>北京商报</a> 2024-05-20 09:47</span>"
    assert extract_article(page(info=marked)).source == "北京商报"


def test_an_ip_location_on_the_meta_line_is_not_the_source():
    info = "<a href='/m/1'>2024年01月25日 18:03:35 来自内蒙古自治区</a>"
    assert extract_article(page(info=info)).source is None
    info = "<span>IP属地：广东</span> <span>2024-03-01 10:00</span>"
    assert extract_article(page(info=info)).source is None


def test_a_lone_name_stands_for_the_source_only_above_a_bare_date():
    bare = "<p>海港晚报</p><p>2024-01-03 18:13</p>"
    assert extract_article(page(info=bare)).source == "海港晚报"
    linked = "<p><a href='/app'>下载客户端</a></p><p>2024-01-03 18:13</p>"
    assert extract_article(page(info=linked)).source is None


def test_a_reposted_wechat_article_names_its_author_and_account():
    story = ["原创： 江小舟编译 港口观察", *STORY]
    article = extract_article(page(story=story))
    assert (article.author, article.source) == ("江小舟", "港口观察")


def test_a_headline_wrapped_in_an_aside_with_its_meta_line_is_read():
    html = (
        "<html><head><title>渔港冬捕开网|示例网</title></head><body>"
        "<aside class='head'><h1>渔港冬捕开网</h1><span>2024-12-05 11:10 海港晚报[整理]</span>"
        "</aside><aside class='side'><h3>热门</h3><p>侧栏里的一段推广文字，与正文无关。</p></aside>"
        f"<div>{''.join(f'<p>{s}</p>' for s in STORY)}</div></body></html>"
    )
    article = extract_article(html)
    assert article.title == "渔港冬捕开网"
    assert article.source == "海港晚报"
    assert article.published_at == at(2024, 12, 5, 11, 10)
    assert "侧栏" not in article.body


def test_a_repeated_headline_further_down_does_not_move_the_meta_line():
    info = "<span>2024-02-13 07:00:00</span><span>来源：海港晚报</span>"
    again = (
        "<div id='share'><h1>河口湿地迎来首批越冬候鸟</h1>"
        "<p>保护区的新规定自2024年2月10日起施行。</p></div>"
    )
    head = "<meta name='publishdate' content='2024-02-13'>"
    article = extract_article(page(head=head, info=info, after=again))
    assert article.published_at == at(2024, 2, 13, 7, 0)
    assert article.source == "海港晚报"


def test_a_two_character_name_padded_with_a_space_is_one_name():
    info = "<p>本报记者 王乐文 方 敏</p>"
    assert extract_article(page(info=info)).author == "王乐文 方敏"


def test_a_self_media_page_names_its_account_beside_the_follow_button():
    before = "<div class='user'><a href='/u/1'>山野行记</a><div class='btn'>+ 关注</div></div>"
    assert extract_article(page(before=before)).author == "山野行记"


@pytest.mark.parametrize(
    "before",
    [
        # a list of accounts to follow names no one account
        "<ul class='rec'><li><a href='/u/1'>山野行记</a><span>关注</span></li>"
        "<li><a href='/u/2'>城事观察</a><span>关注</span></li></ul>",
        # a counter is not a name
        "<div><span>1234人关注</span><span>关注</span></div>",
    ],
)
def test_follow_buttons_that_name_no_single_account(before):
    assert extract_article(page(before=before)).author is None


def test_a_credit_beats_the_account_name():
    before = "<div><a href='/u/1'>山城商报</a><span>关注</span></div>"
    info = "<p>采写：山城商报见习记者 陶然</p>"
    assert extract_article(page(before=before, info=info)).author == "陶然"


def test_author_from_json_ld_person_but_not_the_publishing_organisation():
    person = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"author": [{"@type": "Person", "name": "陶然"}], '
        '"publisher": {"@type": "Organization", "name": "示例网"}}</script>'
    )
    assert extract_article(page(head=person)).author == "陶然"
    organisation = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"author": {"@type": "Organization", "name": "示例网"}}</script>'
    )
    assert extract_article(page(head=organisation, title="河口湿地_示例网")).author is None


def test_a_breadcrumb_trail_written_with_greater_than_signs():
    crumbs = "<div class='breadcrumb'>首页 &gt; 生态 &gt; 正文</div>"
    assert extract_article(page(before=crumbs)).category == "生态"


def test_an_aside_whose_h1_is_not_the_headline_stays_a_sidebar():
    html = (
        "<html><head><title>渔港冬捕开网|示例网</title></head><body>"
        "<aside class='side'><h1>示例网</h1>"
        "<p>侧栏里的一段推广文字，与正文无关，欢迎下载客户端。</p></aside><h1>渔港冬捕开网</h1>"
        f"<div>{''.join(f'<p>{s}</p>' for s in STORY)}</div></body></html>"
    )
    article = extract_article(html)
    assert article.title == "渔港冬捕开网"
    assert "侧栏" not in article.body
