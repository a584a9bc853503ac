"""Shapes from the pages where we and magic-html disagree on the body (issue 14, h-dg: a
random draw of real saved pages from a public web-archive repository), reduced to their form
with made-up outlets, people and wordings other than the pages':

- the story's rest in a box named for its "read on" button ("read-more-wrapper") and the
  button after it ("打开全文"): the box is the story's, not a region of more stories, and
  the button is chrome;
- a closing line asking the reader to follow all of the outlet's social accounts
  ("追隨X各大社交平台！") over the accounts' links;
- the outlet's tip line with the terms of its reward for a tip, not addressing the reader
  ("X WhatsApp爆料熱線 …，一經採用，薄酬致意。");
- the site's cookie banner saved with the page (a translated page calls cookies 饼干);
- the tail of a broken ``<img>`` tag read as a line of text ('…" TITLE="…" />');
- an ad slot's label left between the story's paragraphs ("广告"): the story goes on after it,
  its next subheading too;
- a gallery's counter with its number sign ("NO.1/4") alone over the caption;
- the host sending the reader to a column of its own (">>>立即瀏覽【X】欄目：…");
- the next story an endless-scroll page loads under the page's own, in a box named
  "secondary_article" (a theme's "secondary" column is its sidebar): not the page's story.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article
from snapcrawl.extract.chrome import line_kind

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-lakeside.cn/news/2024/1108/7731.html"
STORY = [
    "湖畔区的社区食堂上个月开始供应晚餐，附近的老人不用再为一顿热饭发愁。",
    "食堂由一座闲置的仓库改建，厨房里的灶台和冷柜都是街道出钱添置的。",
    "负责掌勺的是一位退休的厨师，他说每天的菜单都会根据老人们的口味调整。",
    "晚餐每份十二元，八十岁以上的老人和独居老人可以再减一半。",
    "开业第一周就来了四百多人次，最远的一位老人坐了半个小时公交车过来。",
    "街道计划明年在另外两个社区复制这种做法，并招募更多志愿者帮忙送餐。",
]


def _page(body: str, *, after: str = "") -> str:
    return site_article(
        body,
        title="社区食堂开出了晚餐",
        site="湖畔新闻网",
        info="2024-11-08 09:30 来源：湖畔晚报",
        after=after,
    )


def _body(html: str) -> str:
    return extract_article(html, URL).body


def test_story_rest_in_a_read_more_box_above_its_button_is_kept() -> None:
    for name in ("read-more-wrapper", "read-more", "readMoreBox read-more-content"):
        body = (
            _paras(STORY[:3])
            + f"<div class='{name}'>{_paras(STORY[3:])}</div>"
            + "<div class='read-more-msg'><div class='continue-read-btn'>打开全文</div></div>"
        )
        text = _body(_page(body))
        for line in STORY:
            assert line in text, (name, line)
        assert "打开全文" not in text


def test_fold_button_opening_words_are_chrome() -> None:
    for button in ("打开全文", "打開全文"):
        assert line_kind(button) == "ui"
    # a sentence that opens a document is the story's
    assert line_kind("他打开全文件夹后发现，三份合同都少了签字页。") is None


def test_follow_all_social_accounts_closing_line_is_dropped() -> None:
    closing = "每天最新消息、生活優惠，追隨湖畔新聞網各大社交平台！"
    links = [
        "👉 湖畔 Facebook：<a href='https://www.facebook.com/example-lakeside'>"
        "https://www.facebook.com/example-lakeside</a>",
        "👉 湖畔 Instagram：<a href='https://www.instagram.com/example-lakeside/'>"
        "https://www.instagram.com/example-lakeside/</a>",
    ]
    text = _body(_page(_paras([*STORY, closing, *links])))
    assert STORY[-1] in text
    assert closing not in text
    assert "facebook.com" not in text


def test_story_about_following_on_social_platforms_is_kept() -> None:
    line = "不少年轻人追随这位厨师的做法，在各大社交平台上分享自家的晚餐"
    assert line_kind(line) is None


def test_tip_line_with_reward_terms_is_chrome() -> None:
    for tip in (
        ">>>湖畔新聞網WhatsApp爆料熱線 6123 4567，爆料一經採用，薄酬致意。",
        "湖畔晚报新闻热线0571-8888 1234，报料一经采用，稿酬从优。",
    ):
        assert line_kind(tip) == "promo", tip
    # a story's words about a police appeal: no news tip line, no reward terms
    assert line_kind("警方呼吁知情市民提供线索，一经查实将给予奖励。") is None


def test_cookie_banner_is_dropped() -> None:
    banners = [
        "我们使用饼干和其他类似技术来改善浏览体验并分析流量。您可以随时更改您的偏好设置。",
        "本網站使用Cookies以提升您的瀏覽體驗，繼續瀏覽即表示您同意我們的Cookie政策。",
    ]
    for banner in banners:
        assert line_kind(banner) == "ui", banner
        text = _body(_page(_paras([*STORY, banner])))
        assert banner not in text
        assert STORY[-1] in text
    # a story about cookies names no consent of the reader's
    assert line_kind("研究人员发现，多数购物网站使用第三方Cookie追踪用户。") is None


def test_broken_image_tag_tail_is_dropped() -> None:
    leak = 'http://img.example-lakeside.cn/p/2024/77a1&640食堂开业" TITLE="社区食堂开出了晚餐" />'
    body = _paras(STORY[:2]) + f"<p>{leak.replace('<', '&lt;').replace('>', '&gt;')}</p>"
    body += _paras(STORY[2:])
    text = _body(_page(body))
    assert "TITLE=" not in text
    for line in STORY:
        assert line in text


def test_markup_shown_in_a_code_listing_is_kept() -> None:
    code = '&lt;img src="a.png" alt="食堂" /&gt;'
    body = _paras(STORY[:3]) + f"<pre><code>{code}</code></pre>" + _paras(STORY[3:])
    text = _body(_page(body))
    assert 'alt="食堂"' in text


def test_subheading_after_an_ad_slot_between_paragraphs_is_kept() -> None:
    heading = "志愿者排班表"
    for label in ("广告", "ADVERTISEMENT"):
        body = (
            _paras(STORY[:3])
            + f"<div class='ad-slot'><p class='ad_header'>{label}</p></div>"
            + f"<p>{heading}</p>"
            + _paras(STORY[3:])
        )
        text = _body(_page(body))
        assert heading in text, label
        assert label not in text.split("\n")
        for line in STORY:
            assert line in text


def test_gallery_counter_with_its_number_sign_is_chrome() -> None:
    for counter in ("NO.2/6", "No. 1/12", "no.3/3"):
        assert line_kind(counter) == "ui", counter
    assert line_kind("NO.7/6") is None  # no picture 7 of 6: not a counter


def test_ask_to_browse_a_column_of_the_host_is_a_promo() -> None:
    for ask in (
        ">>>立即瀏覽【湖畔生活】欄目：搬家攻略、社區活動、美食推介，一次看清。",
        "👉 马上进入《周末去哪儿》专栏，看看本周的好去处。",
    ):
        assert line_kind(ask) == "promo", ask
    # a story naming a column the paper opened
    assert line_kind("该报随即开设了《湖畔生活》栏目，解答新居民的疑问。") is None


NEXT_STORY = [
    "湖畔区今年新修的三条骑行道本周全部通车，沿途设置了五个休息驿站。",
    "骑行道连接了两个公园和一所中学，早晚高峰时段已经能看到不少学生骑车上学。",
    "区交通部门表示，明年还将在骑行道旁补种两千棵行道树，并增加夜间照明。",
]


def test_next_story_loaded_in_a_secondary_box_is_not_the_page_s() -> None:
    second = (
        "<div id='secondary_article'><div class='meta'>发布：2024-11-09 08:10</div>"
        "<div class='page-title'>三条骑行道全部通车</div>"
        f"<div class='page-content'>{_paras(NEXT_STORY)}</div></div>"
    )
    text = _body(_page(_paras(STORY), after=second))
    for line in STORY:
        assert line in text
    for line in NEXT_STORY:
        assert line not in text
