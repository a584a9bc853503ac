"""Shapes seen on a random sample of real saved pages (issue 14, set R19: pages drawn by
seed from a public web-archive repository's news and portal folders), reduced to their form
with made-up outlets, people and wordings other than the set pages':

- a column's author bio under its own label line ("作者簡介：" over "X，某某……"): the
  credit's, not the story's;
- the story's credit row "作者：X　编辑：Y" set below a related list or a reactions widget,
  outside the story's zone: its author is read, as its editor was;
- a credit line "作者 X Y" the body cut further in than the zone's first lines (under
  captions and a dateline): read as the author;
- a heading copied from the title bar with the site's "-X官方网站" after a bare hyphen;
- a figure's caption with the picture's labelled credit after its full stop
  ("……的合影。图片：X提供"): the credit goes, the caption stays;
- a closing line asking the reader to search for and follow the account
  ("请在微信中搜索关注公众号“X”，……"), and the rule above it;
- a snapshot host's bar over the story ("原文地址 2021-03-02 10:11:12 由 X 提供快照支持");
- a picture rights statement naming a Latin watermark in quotes (凡标注有“xyzphoto”字样的
  图片……): a notice, the quotes no speech;
- the font-size switch glued after the outlet on the meta line ("08:30湖畔晚报【大 中 小】").
"""

from __future__ import annotations

from snapcrawl.extract import extract_article
from snapcrawl.extract.chrome import is_promo
from snapcrawl.extract.host_voice import is_reported_speech
from snapcrawl.extract.meta import bare_host_label

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-lakeside.cn/news/2024/0512/7731.html"
TITLE = "湖畔古镇修缮完工 老街重新开放"
STORY = [
    "历时两年的湖畔古镇修缮工程近日完工，沿湖的老街在周末重新向游客开放，当天客流接近一万人次。",
    "修缮团队保留了街面原有的青石板，只对破损严重的部分按旧样式补配，沿街的木门窗也由老匠人逐一修复。",
    "镇上几家老字号陆续回迁，糕点铺的掌柜说，重新开张第一天做的桂花糕不到中午就卖完了。",
    "管委会表示，下一步将控制每日入镇人数，并在镇外设置停车换乘点，尽量减少车辆进入老街。",
]


def _page(
    body: str, *, info: str = "2024-05-12 08:30 来源：湖畔晚报", h1: str = TITLE, after: str = ""
) -> str:
    return site_article(body, title=TITLE, site="湖畔新闻网", info=info, heading=h1, below=after)


def test_bio_under_its_own_label_line_is_no_paragraph() -> None:
    bio = "林默言，资深旅游编辑，曾任多家杂志专栏作者，著有游记集《湖上行》。"
    for label in ("作者簡介：", "作者简介", "【作者介绍】"):
        article = extract_article(_page(_paras([*STORY, label, bio])), URL)
        assert bio not in article.body
        assert label.strip("【】：") not in article.body
        assert article.paragraphs[-1] == STORY[-1]


def test_label_line_inside_the_story_is_left_alone() -> None:
    # a review's section on the book's author: prose follows it, so it is no edge bio
    bio = "林默言，资深旅游编辑，曾任多家杂志专栏作者，著有游记集《湖上行》。"
    article = extract_article(_page(_paras([STORY[0], "作者简介", bio, *STORY[1:]])), URL)
    assert bio in article.body


def test_credit_row_below_the_related_list_gives_the_author() -> None:
    related = "".join(
        f"<li><a href='/news/{i}.html'>湖畔新闻第{i}条 标题文字</a></li>" for i in range(9)
    )
    after = (
        f"<div class='related'><div>推荐阅读:</div><ul>{related}</ul></div>"
        "<div class='mood'>请选择您看到这篇新闻时的心情</div>"
        "<table><tr><td><div>作者：\n\t\t苏青禾　　\n\t\t编辑：\n\t\t马晓川</div></td></tr></table>"
    )
    article = extract_article(_page(_paras(STORY), info="2024-05-12 08:30", after=after), URL)
    assert article.editor == "马晓川"
    assert article.author == "苏青禾"


def test_author_label_alone_in_a_sidebar_gives_no_author() -> None:
    # a teaser's "作者：X" with no editor beside it is any story's, not this one's
    after = "<div class='side'><div>热门文章</div><div>作者：周远帆</div></div>"
    article = extract_article(_page(_paras(STORY), info="2024-05-12 08:30", after=after), URL)
    assert article.author != "周远帆"


def test_credit_line_under_captions_and_dateline_leaves_the_body() -> None:
    body = (
        "<p>5月10日，修缮后的湖畔古镇老街重新开放，游客在青石板路上拍照留念，几位老人在茶馆门口下棋。</p>"
        "<p>5月10日，修缮后的湖畔古镇老街重新开放，糕点铺前排起长队，店员忙着打包刚出炉的点心。</p>"
        "<p>5月10日，修缮后的湖畔古镇老街重新开放，几名志愿者在街口为游客指路，发放古镇导览图。</p>"
        "<p>湖畔晚报五月十一日电 题：古镇老街又热闹起来了</p>"
        "<p>作者 苏青禾 马晓川</p>" + _paras(STORY * 3)
    )
    article = extract_article(_page(body, info="2024-05-12 08:30 来源：湖畔晚报"), URL)
    assert "作者 苏青禾" not in article.body


def test_official_site_after_a_bare_hyphen_leaves_the_heading() -> None:
    page = _page(_paras(STORY), h1=f"{TITLE}-湖畔观察官方网站").replace(
        f"<title>{TITLE}_湖畔新闻网</title>", f"<title>{TITLE}-湖畔观察官方网站</title>"
    )
    assert extract_article(page, URL).title == TITLE


def test_hyphen_inside_a_heading_stays() -> None:
    title = "湖畔-云岭高铁开通 沿线小镇迎来游客"
    page = _page(_paras(STORY), h1=title).replace(
        f"<title>{TITLE}_湖畔新闻网</title>", f"<title>{title}</title>"
    )
    assert extract_article(page, URL).title == title


def test_caption_keeps_its_words_and_loses_the_picture_credit() -> None:
    figure = (
        "<figure><img src='/p/1.jpg' alt=''><figcaption><p>糕点铺掌柜与回迁的老主顾在店门口合影。"
        "图片：受访者供图</p></figcaption></figure>"
    )
    article = extract_article(_page(_paras(STORY[:2]) + figure + _paras(STORY[2:])), URL)
    assert "受访者供图" not in article.body
    assert "图片：" not in article.body


def test_search_and_follow_line_and_its_rule_leave_the_end() -> None:
    promo = "请在微信中搜索关注公众号“湖畔慢行”，每周带你走一条不一样的老街。"
    assert is_promo(promo)
    article = extract_article(_page(_paras([*STORY, "————————", promo])), URL)
    assert "湖畔慢行" not in article.body
    assert "————" not in article.body
    assert article.paragraphs[-1] == STORY[-1]


def test_story_sentence_about_following_an_account_is_no_promo() -> None:
    assert not is_promo("游客可通过微信搜索“湖畔古镇”小程序预约入镇时段，现场不再售票。")


def test_snapshot_hosts_bar_is_no_paragraph() -> None:
    bar = "原文地址 2021-03-02 10:11:12 由 Kuaizhao.net 提供快照支持"
    assert bare_host_label(bar)
    assert not bare_host_label("原文地址被删除后，网友仍在转发这段视频。")
    article = extract_article(_page(f"<p>{bar}</p>" + _paras(STORY)), URL)
    assert "快照" not in article.body
    assert article.paragraphs[0] == STORY[0]


def test_latin_watermark_in_quotes_is_no_speech() -> None:
    assert not is_reported_speech(
        "凡标注有“xyzphoto”字样的图片版权均属湖畔新闻网，未经授权不得转载。"
    )
    assert is_reported_speech("他说：“这条老街我从小走到大。”")
    assert is_reported_speech("掌柜笑称“今天的桂花糕卖得比过年还快”。")


def test_picture_rights_statement_with_a_quoted_watermark_is_cut() -> None:
    notice = "版权声明:凡标注有“xyzphoto”字样的图片版权均属湖畔新闻网，未经书面授权，不得转载使用。"
    article = extract_article(_page(f"<p>{notice}</p>" + _paras(STORY)), URL)
    assert "xyzphoto" not in article.body
    assert article.paragraphs[0] == STORY[0]


def test_outlet_glued_between_time_and_font_switch_is_the_source() -> None:
    for info in (
        "2024年5月12日 08:30湖畔晚报【大 中 小】 【打印】",
        "2024-05-12 08:30 湖畔晚报 [字号：大 中 小]",
    ):
        article = extract_article(_page(_paras(STORY), info=info), URL)
        assert article.source == "湖畔晚报"
