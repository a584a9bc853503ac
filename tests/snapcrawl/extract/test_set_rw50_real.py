"""Shapes seen on a random sample of real saved pages (issue 14, set R50: pages drawn by
seed from a public web-archive repository's news and portal folders), reduced to their
form with made-up outlets, people and wordings other than the set pages':

- an old game portal's picture page: one paragraph over a pager, a comment form asking for
  a password under it, and the meta line printing a two-digit year ("时间：09-11-23"): an
  article with its date, not a login stub; the comment link after the editor's name
  ("编辑：X 我要评论(5)") is no part of it, and "来源：未知" names no outlet;
- a channel bar whose first word is a label and the rest links ("综合新闻 赛事 八卦"):
  no "综合X" credit;
- a countdown list ("5.X" over its paragraph, then "4.Y"): its first item's heading is the
  story's, however short.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import NotAnArticle, extract_article

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-gamehub.cn/news/2009/1123/8812.html"
BLURB = (
    "这一组作品来自一位在漫展上走红的业余coser，他扮演的古风侠女从发饰到裙摆都是亲手缝制的，"
    "不少观众在合影后才得知这位“侠女”其实是个高中男生，连评委都夸他的妆容细致得看不出破绽。"
)
COMMENTS = (
    "<div class='comment'><h3>网友评论</h3><p>2009-11-23 20:11 网友 说：</p><p>真厉害</p>"
    "<form>用户名：<input type='text' name='u'>密码：<input type='password' name='p'>"
    "<input type='checkbox'>匿名 <input type='submit' value='发表'></form></div>"
)
PAGER = "<div class='pages'><a>首页</a><a>上一页</a><a>2</a><a>3</a><a>下一页</a></div>"


def _picture_page(info: str) -> str:
    return site_article(
        f"<p>{BLURB}</p>",
        title="漫展最美“侠女”竟是高中男生",
        site="游侠汇",
        info=info,
        after=PAGER + COMMENTS,
    )


def test_two_digit_year_meta_line_dates_a_short_picture_page() -> None:
    info = "时间：09-11-23　来源：未知　作者：　编辑：lina 我要评论(5)"
    article = extract_article(_picture_page(info), URL)
    assert BLURB in article.body
    assert article.published_at is not None
    assert article.published_at.strftime("%Y-%m-%d") == "2009-11-23"
    assert article.editor == "lina"
    assert article.source is None  # "来源：未知": the page does not know its outlet


def test_short_page_with_a_password_box_and_no_date_is_still_a_login_stub() -> None:
    with pytest.raises(NotAnArticle):
        extract_article(_picture_page("来源：未知"), URL)


def test_unlabelled_two_digit_numbers_are_no_date() -> None:
    with pytest.raises(NotAnArticle):
        extract_article(_picture_page("编号 09-11-23 来源：未知"), URL)


STORY = [
    "城南的老图书馆上个月完成了翻修，阅览室的木地板换成了新的，旧书架却一个没扔。",
    "馆长说，这些书架跟着图书馆走过了四十多年，很多老读者一进门就认得出来。",
    "翻修期间，志愿者们把十几万册藏书一本本登记装箱，又一本本按原来的位置摆回去。",
    "重新开馆的第一天，门口排起了长队，不少家长带着孩子来办第一张借书证。",
]


def test_channel_bar_of_a_label_and_links_is_no_compiled_from_credit() -> None:
    bar = (
        "<div class='subnav'>综合新闻<a href='/m/'>赛事</a><a href='/e/'>八卦</a>"
        "<a href='/a/'>手游新闻</a></div>"
    )
    page = site_article(
        _paras(STORY),
        title="老图书馆翻修后重新开馆",
        site="城南在线",
        info="2024-05-06 09:30　来源：城南晚报",
        nav_extra=bar,
    )
    assert extract_article(page, URL).source == "城南晚报"
    blank = site_article(
        _paras(STORY),
        title="老图书馆翻修后重新开馆",
        site="城南在线",
        info="时间：2024-05-06 09:30　来源：未知",
        nav_extra=bar,
    )
    assert "赛事" not in (extract_article(blank, URL).source or "")


COUNTDOWN = [
    "5.青衣剑客",
    "他在剧中为了混进戏班，换上一身青衣唱了整整一折，台下竟没有一个人认出来。",
    "4.学园会长",
    "为了替妹妹参加舞会，他穿上礼服跳完了一整支华尔兹，还被邀请再跳一曲。",
    "3.乐队鼓手",
    "乐队的女主唱临时失声，他戴上假发顶替上台，唱完才被队友拆穿。",
]


def test_countdown_list_keeps_its_first_item_heading() -> None:
    share = (
        "<div class='share'><a href='#comments'>8</a><div>分享至<div class='qr'>"
        "<p>用微信扫码二维码</p><p>分享至好友和朋友圈</p></div></div></div>"
    )
    page = site_article(
        share + "<div class='post_body'>" + _paras(COUNTDOWN) + "</div>",
        title="盘点五位反串出彩的动画角色",
        site="晨读网",
        info="2024-05-06 09:30　来源：晨读动漫",
    )
    article = extract_article(page, URL)
    assert article.paragraphs[0] == "5.青衣剑客"
    for line in COUNTDOWN:
        assert line in article.paragraphs
