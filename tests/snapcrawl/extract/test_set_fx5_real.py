"""Host noise seen on real saved pages (issue 14, session 36, h-fx5: draws R45-R48 from the
public repository transTerminus/webpage_archive, commit f987f5e), each kind tested on a
reduced copy of the page's own markup (tests/fixtures/extract/real_fx5/, the page's path
in each file) and on made-up wordings and markup other than the page's:

- text a page keeps for screen readers only, hidden by its class (``sr-only``,
  ``visually-hidden``, ``screen-reader-text``): a link's "Opens in new window" inside a
  paragraph is no part of it;
- a cookie-consent plug-in's preference centre saved above the story ("自定义同意首选项",
  one paragraph per kind of cookie, "没有可显示的 cookie。"): the panel goes, and a story
  about cookies stays;
- a clock's zone before the date in the meta line ("EDT 2024-04-03 18:15"): no outlet;
- a picture's credit under its English label alone on a line ("Photo Credit: shutterstock /
  達志影像"), and a credit glued with no bracket to the caption of the picture it stands
  under ("台北高等行政法院。圖／聯合報系資料照片", "…中心 / 受访者供图"): the credit goes, a
  caption stays (and a giver glued after its sentence, "…现场。X供图", as the project's gold
  keeps it), and so does a story's sentence that ends in 提供 under a picture;
- a list of the works a story read after its last paragraph ("NOTES TO EDITORS", a funder's
  line, "[1] Coleman E, …"; "参考资料：" and numbered works): the heading and its items go;
  a story that goes on in prose under such a heading keeps it;
- a host's own lines in the story's column: an ad slot's placeholder ("[AD340X300]"), a
  clipped print page's header ("Mental Health 2010年7月28日 星期三 编辑：X Tel… 版式：Y"), an
  invitation to comment on the paper's site, an SMS subscription ("X手机报，移动发送Y到
  106…"), a search engine's plug ("搜狗(www.sogou.com)搜索:“X”,共找到 N 个相关网页.");
  a reporter's search or a service number in the story stays;
- a lead box over the story, in an element of its own, made of the story's own sentences
  (凤凰网's "dy_box"; cut short, or two joined by a quote and a full-width space): a story
  that opens, in its own element, on a sentence it gives again later keeps it (the corpus
  gold does).
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article

from .conftest import as_paragraphs as _paras
from .conftest import fixture_bytes, site_article

URL = "https://www.example-lakeside.cn/news/2024/1105/5521.html"
STORY = [
    "湖畔社区今年秋天办起了第一届读书节，十几家书店在广场上摆开了摊位，吸引了不少居民。",
    "读书节的组织者说，报名参加的志愿者比预想的多了一倍，很多是附近学校的老师和学生。",
    "一位退休的语文老师在现场给孩子们讲故事，身边围坐了二十多个小听众，一讲就是一下午。",
    "书店老板们也很满意，有的摊位到傍晚就卖空了，只好临时从店里再调一批书过来。",
    "组织者打算明年把读书节办成两天，并邀请几位本地作家来和读者面对面交流。",
]
TITLE = "湖畔社区办起第一届读书节"


def _page(body: str, **kwargs: str) -> str:
    kwargs.setdefault("title", TITLE)
    kwargs.setdefault("site", "湖畔生活网")
    return site_article(body, **kwargs)  # type: ignore[arg-type]


# --- screen-reader-only labels -----------------------------------------------------------


def test_a_links_screen_reader_label_is_no_part_of_the_paragraph_real() -> None:
    article = extract_article(fixture_bytes("real_fx5/un_reader_only_labels.html"), None)
    assert not any("Opens in new window" in p for p in article.paragraphs)
    assert any(
        p.startswith("联合发表声明的专家包括：俄罗斯人权状况特别报告员玛丽安娜·卡扎罗娃")
        for p in article.paragraphs
    )
    assert any(p.startswith("人权专家是人权理事会特别程序的一部分。") for p in article.paragraphs)


def test_text_hidden_by_a_screen_reader_class_is_dropped() -> None:
    story = list(STORY)
    story[1] = (
        "读书节的组织者说，<a href='/v'>报名参加的志愿者<span class='visually-hidden'>"
        "（在新窗口中打开）</span></a>比预想的多了一倍，很多是附近学校的老师和学生。"
    )
    share = (
        "<div class='share'><a href='#'><span class='screen-reader-text'>分享到微博</span></a>"
        "<a href='#'><span class='plyr__sr-only'>Share via email</span></a></div>"
    )
    article = extract_article(_page(_paras(story) + share), URL)
    assert list(article.paragraphs) == STORY


def test_a_story_under_a_screen_reader_class_stays() -> None:
    # a template that marks a whole block so holds prose of its own: not a label
    body = f"<div class='sr-only-when-printed'>{_paras(STORY)}</div>"
    assert list(extract_article(_page(body), URL).paragraphs) == STORY
    body = f"<div class='visually-hidden'>{_paras(STORY)}</div>"
    assert list(extract_article(_page(body), URL).paragraphs) == STORY


# --- cookie-consent panels ---------------------------------------------------------------


def test_a_consent_plugins_preference_centre_above_the_story_goes_real() -> None:
    article = extract_article(fixture_bytes("real_fx5/cookieyes_preference_centre.html"), None)
    assert article.paragraphs[0].startswith("据港媒报道，香港跨性别人士谢浩霖")
    assert len(article.paragraphs) == 6
    assert not any("cookie" in p.lower() or p == "始终活跃" for p in article.paragraphs)


_OTHER_PANELS = {
    "other words and markup": (
        "<div id='privacy-box'><h3>隱私設定</h3>"
        "<p>本網站採用 Cookie 以提供更好的瀏覽體驗，您可以隨時更改設定。</p>"
        "<h4>必要 Cookie</h4><p>這類 Cookie 讓網站的基本功能正常運作，無法停用。</p>"
        "<h4>統計 Cookie</h4><p>統計 Cookie 幫助我們了解訪客如何使用本站。</p>"
        "<p><button>全部拒絕</button> <button>全部接受</button></p></div>"
    ),
    # Taiwan's name for cookies, 小型文字檔, with no "cookie" on any line
    "small text files only": (
        "<div class='consent'><p>本網站使用小型文字檔，以提供您更好的服務。</p>"
        "<p>功能性小型文字檔：記住您的偏好設定，例如語言與字級。</p>"
        "<p>分析性小型文字檔：協助我們了解網站的使用情形。</p>"
        "<p><a>拒絕</a> <a>我同意</a></p></div>"
    ),
}


@pytest.mark.parametrize("panel", _OTHER_PANELS.values(), ids=list(_OTHER_PANELS))
def test_a_consent_panel_in_other_words_and_markup_goes(panel: str) -> None:
    page = _page(_paras(STORY), info="2024-11-05 09:30").replace("<body>", "<body>" + panel)
    article = extract_article(page, URL)
    assert list(article.paragraphs) == STORY


def test_a_story_about_cookies_stays() -> None:
    story = [
        "浏览器厂商本周宣布，将在明年逐步停止支持第三方 Cookie，广告行业需要寻找新的办法。",
        "分析人士指出，第三方 Cookie 长期被用来追踪用户在不同网站之间的浏览行为。",
        "一些中小网站担心，失去 Cookie 之后，广告收入可能会明显下降，需要更长时间适应。",
        "也有隐私保护组织认为，这一变化来得太晚，呼吁监管部门进一步规范数据收集。",
    ]
    article = extract_article(_page(_paras(story), title="浏览器明年停止支持第三方Cookie"), URL)
    assert list(article.paragraphs) == story


# --- a clock's zone in the meta line -----------------------------------------------------


def test_a_clocks_zone_before_the_date_names_no_outlet() -> None:
    for info in ("EDT 2024-04-03 18:15", "2023-01-05 09:30 EST"):
        article = extract_article(_page(_paras(STORY), info=info), URL)
        assert article.source not in ("EDT", "EST"), info


# --- picture credits -----------------------------------------------------------------------


def test_an_english_picture_credit_line_between_paragraphs_goes_real() -> None:
    article = extract_article(fixture_bytes("real_fx5/tnl_photo_credit_line.html"), None)
    assert not any("Photo Credit" in p for p in article.paragraphs)
    assert article.paragraphs[-2].startswith("跨性別女性（簡稱跨女）的身體打造")


def test_english_picture_credit_lines_in_other_words_go() -> None:
    picture = "<p><img src='/p/1.jpg'></p>"
    for credit in (
        "Image source: Wikimedia Commons",
        "PHOTO CREDIT：湖畔生活网资料库",
        "photo credit: 受訪者提供",
    ):
        body = _paras(STORY[:2]) + picture + f"<p>{credit}</p>" + _paras(STORY[2:])
        assert list(extract_article(_page(body), URL).paragraphs) == STORY, credit


def test_a_credit_glued_to_a_figcaption_goes_and_the_caption_stays_real() -> None:
    article = extract_article(fixture_bytes("real_fx5/udn_caption_credit_tail.html"), None)
    assert article.paragraphs[-1] == "台北高等行政法院。"


def test_credits_glued_to_captions_in_other_words_go() -> None:
    picture = "<p><img src='/p/1.jpg'></p>"
    for caption, kept in (
        (
            "广场上摆满旧书的书摊吸引了不少路过的居民 / 湖畔书店供图",
            "广场上摆满旧书的书摊吸引了不少路过的居民",
        ),
        ("两位组织者（右）在书摊前合影 图/受访者供图", "两位组织者（右）在书摊前合影"),
        ("傍晚时分的书摊 | 组织者提供", "傍晚时分的书摊"),
        ("孩子们围坐在一起听故事。圖／湖畔書店", "孩子们围坐在一起听故事。"),
        ("孩子们围坐在一起听故事。圖｜湖畔書店提供", "孩子们围坐在一起听故事。"),
        (
            "老人（左）在书摊前挑选旧书，孙女拿起绘本，2024年11月5日。 © 2024 Lakeside via AP",
            "老人（左）在书摊前挑选旧书，孙女拿起绘本，2024年11月5日。",
        ),
    ):
        body = _paras(STORY[:2]) + picture + f"<p>{caption}</p>" + _paras(STORY[2:])
        got = list(extract_article(_page(body), URL).paragraphs)
        assert got == [*STORY[:2], kept, *STORY[2:]], caption


def test_a_givers_credit_glued_after_a_captions_sentence_stays_and_so_do_story_lines() -> None:
    # the project's gold keeps "…现场。X学院供图" as the caption's text, as it keeps "…。X 摄"
    picture = "<p><img src='/p/1.jpg'></p>"
    for line in (
        "读书节上的志愿者在书摊前合影。湖畔书店供图",
        "组织者说，明年的场地和桌椅仍由街道提供，报名方式将另行通知。",
    ):
        body = _paras(STORY[:2]) + picture + f"<p>{line}</p>" + _paras(STORY[2:])
        assert line in extract_article(_page(body), URL).paragraphs, line


# --- reference lists after the story -----------------------------------------------------


def test_notes_to_editors_and_references_after_a_release_go_real() -> None:
    article = extract_article(fixture_bytes("real_fx5/lancet_notes_to_editors.html"), None)
    assert len(article.paragraphs) == 3
    assert article.paragraphs[-1].startswith("作者指出了他们的研究中存在的一些局限性")
    assert not any("NOTES" in p or p.startswith("[") for p in article.paragraphs)


def test_reference_lists_in_other_words_go() -> None:
    for heading, items in (
        (
            "参考资料：",
            [
                "1.《东岸晚报》——《夜市重开，摊主排起长队》",
                "2、王小川.城市夜间经济研究[J].城市经济,2019,12(3):5-9.",
                "③ https://www.example-harbourline.cn/news/2023/0801/1.html",
            ],
        ),
        (
            "References",
            [
                "Chen, L. (2021). Night markets and public space. Urban Studies, 58(4), 77-90.",
                "Wang, Y. (2019). Street vendors in coastal cities. Retrieved from www.example.org",
            ],
        ),
        ("Notes to editors", ["This survey was supported by the Lakeside Reading Fund."]),
    ):
        body = _paras([*STORY, heading, *items])
        got = list(extract_article(_page(body), URL).paragraphs)
        assert got == STORY, heading


def test_a_story_that_goes_on_under_a_reference_heading_keeps_it() -> None:
    more = [
        "参考资料：",
        "读书节期间，组织者还整理了一份社区阅读调查，发现七成居民每月至少读一本书。",
        "调查还显示，孩子们最喜欢的是绘本和科普读物，老人们则更爱看历史和地方志。",
    ]
    got = list(extract_article(_page(_paras([*STORY, *more])), URL).paragraphs)
    assert got[-2:] == more[1:]


# --- the host's own lines in the story's column --------------------------------------------


def test_an_ad_slots_placeholder_goes_real() -> None:
    article = extract_article(fixture_bytes("real_fx5/ad_slot_placeholder.html"), None)
    assert article.paragraphs[0].startswith("[生物通讯]美国研究人员声称")


def test_a_print_pages_header_and_a_comment_invitation_go_real() -> None:
    article = extract_article(fixture_bytes("real_fx5/page_header_and_comment_invite.html"), None)
    assert not any("版式" in p or "欢迎登录" in p for p in article.paragraphs)
    assert article.paragraphs[1].startswith("“今天早上，丁丁竟然坚持要看电视购物频道卖内衣。")


def test_host_lines_in_other_words_go() -> None:
    for above, below in (
        ("[AD300x250]", ""),
        ("【广告 728X90】", ""),
        ("东岸晚报 2011年3月2日 星期三 编辑：李明 版式：赵红", ""),
        ("【欢迎访问东岸新闻网社区频道参与评论http://bbs.example.cn/】", ""),
        ("东岸手机报，移动用户发送DA到106588801 电信用户发送DA到106599902订阅", ""),
        ("", "百度(www.baidu.com)搜索：“读书节”，共找到 12,300 个相关网页。"),
        ("", "免费订阅东岸晚报手机报：移动用户编辑短信DA至10658001"),
        ("订阅东岸电视台 YouTube 频道，第一时间看新闻", ""),
        ("立即關注東岸新聞 Facebook，掌握最新消息。", ""),
    ):
        body = (
            (_paras([above]) if above else "") + _paras(STORY) + (_paras([below]) if below else "")
        )
        got = list(extract_article(_page(body), URL).paragraphs)
        assert got == STORY, above or below


def test_a_reporters_search_and_a_service_number_in_the_story_stay() -> None:
    lines = [
        "记者在百度搜索“读书节”，共找到相关结果约十万个，其中不少是各地社区的活动报道。",
        "组织者提醒，想参加的居民可发送短信“读书”到12345报名，名额有限，先到先得。",
        "关注他的YouTube频道的人越来越多，他说这让他很意外。",
    ]
    body = _paras([*STORY[:2], *lines, *STORY[2:]])
    got = list(extract_article(_page(body), URL).paragraphs)
    assert got == [*STORY[:2], *lines, *STORY[2:]]


# --- a lead box restating the story ----------------------------------------------------------


def test_a_lead_box_restating_a_sentence_of_the_story_goes_real() -> None:
    article = extract_article(fixture_bytes("real_fx5/ifeng_lead_box.html"), None)
    assert article.paragraphs[0].startswith("俄罗斯政府13号通过一项新决议")
    assert not any(p.startswith("当局指出") for p in article.paragraphs)


def _boxed(lead: str, story: list[str]) -> str:
    return f"<div class='lead'><p>{lead}</p></div><div class='text'>{_paras(story)}</div>"


LONGER = [
    *STORY,
    "有家长说，孩子在读书节上认识了好几个爱看书的新朋友，回家后还约好下个月一起去图书馆。",
    "社区图书室的管理员也来到现场，给居民们办理借书证，一天下来办了一百多张。",
    "不少居民建议，读书节可以增加一些适合老年人的活动，比如读报会和书法交流。",
]


def test_lead_boxes_in_other_words_go() -> None:
    for lead in (
        f"“{STORY[2][:-1]}”\u3000{STORY[4]}",  # two of its sentences joined
        STORY[3][:30],  # one cut short
    ):
        got = list(extract_article(_page(_boxed(lead, LONGER)), URL).paragraphs)
        assert got == LONGER, lead


def test_a_story_opening_on_a_sentence_it_gives_again_keeps_it() -> None:
    opening = STORY[3]
    story = [opening, *STORY]
    assert list(extract_article(_page(_paras(story)), URL).paragraphs) == story


def test_a_photo_caption_between_the_lead_box_and_the_story_stays() -> None:
    picture = (
        "<p class='pic'><img src='/p/1.jpg'></p><p class='intro'><span>书摊前的居民</span></p>"
    )
    page = _page(
        f"<div class='lead'><p>{STORY[3][:30]}</p></div>"
        f"<div class='text'>{picture}{_paras(LONGER)}</div>"
    )
    assert list(extract_article(page, URL).paragraphs) == ["书摊前的居民", *LONGER]


def test_a_captions_box_over_the_story_is_no_lead_box() -> None:
    caption = "一位退休的语文老师在现场给孩子们讲故事"
    page = _page(
        "<div class='pic'><img src='/p/1.jpg'></div>"
        f"<div class='story-caption'><div>湖畔图片社</div><div>{caption}。</div></div>"
        f"<div class='text'>{_paras(LONGER)}</div>"
    )
    assert f"{caption}。" in extract_article(page, URL).paragraphs
