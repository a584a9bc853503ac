"""Shapes seen on real saved mainland pages (issue 14, set R7: pages from public
repositories), reduced to their form with made-up accounts, places and wordings other than
the set pages':

- paragraphs an editor sets in ``<h1>`` for their type (a WeChat round-up's items): a line
  ending on "。" is no headline, so the items are one story, not stacked stories;
- a scroll box's hint alone on a line ("上下滑动查看全文"): the page's UI, not the story;
- the region a post was sent from after its time ("2024-06-01 10:20 ·浙江"), and a toolbar's
  button beside the follow button ("收藏" | "关注"): no author;
- "本文来自微信公众号：X（ID：…），作者：Y，标题图来自Z" under the story: a credit line, and
  X the story's outlet, where the dated line's other token links to a channel listing;
- a reader's liking of the post as the condition of a promo ("如果觉得内容有用，请长按识别二
  维码关注。"): the post's own promo even as a full sentence;
- a page of records each printing one labelled field ("简介：" | its text): a list;
- the posting account an element marks as its "nickname" on the dated line (a WeChat post's
  公众号): the post's outlet.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import NotAnArticle, extract_article

from .conftest import WHARF_STORY, feed_page
from .conftest import WHARF_URL as URL


def _read(html: str):
    return extract_article(html, URL)


_ITEMS = [
    "●6月1日上午，山城区举行夏季防汛演练，消防、水务和社区志愿者共三百余人参加。",
    "●桥北街道新建的口袋公园昨日开放，附近居民可在傍晚前往散步纳凉。",
    "●本周末起，市区部分公交线路调整首末班时间，具体以站牌公告为准。",
    "●城南农贸市场完成改造，新增冷链摊位四十个，蔬菜价格总体平稳。",
]


_MORE = (
    "据了解，这是今年入汛以来规模最大的一次演练，重点检验低洼路段排水和人员转移的衔接。",
    "相关负责人表示，接下来还将组织各街道开展隐患排查，确保汛期群众生命财产安全。",
)


def _h1_roundup() -> str:
    """Each item in an ``<h1>`` of its own section, with the round-up's other lines."""
    sections = "".join(
        f"<section><h1 style='font-size:15px'>{t}</h1><p>{_MORE[0]}</p><p>{_MORE[1]}</p></section>"
        for t in _ITEMS
    )
    return (
        "<html><head><meta charset='utf-8'><title>早安山城｜6月2日</title></head><body>"
        "<div id='page'><h2 class='title'>早安山城｜6月2日</h2>"
        "<div class='meta'>2024-06-02 山城晚报</div>"
        f"<div class='content'><p>早上好！今天是六月的第二天。</p>{sections}"
        "<p>以上就是今天的本地新闻，我们明天见。</p></div></div>"
        "<div class='footer'><a href='/about'>关于我们</a></div></body></html>"
    )


def test_paragraphs_set_in_h1_are_one_story() -> None:
    art = _read(_h1_roundup())
    for item in _ITEMS:
        assert item in art.paragraphs


@pytest.mark.parametrize("hint", ["上下滑动查看全文", "向左滑动看更多", "↑ 向上滑动阅读 ↑"])
def test_scroll_box_hint_is_ui(hint: str) -> None:
    art = _read(feed_page("2024-07-08 08:30 来源：江畔晨报", before=[hint]))
    assert hint not in art.paragraphs
    assert WHARF_STORY[0] in art.paragraphs


@pytest.mark.parametrize("region", ["浙江", "广东省", "内蒙古"])
def test_region_after_the_time_is_no_author(region: str) -> None:
    meta = f"<span>2024-06-01 10:20</span> <span>·{region}</span>"
    art = _read(feed_page(meta, last="<p>（来源：江畔晨报）</p>"))
    assert art.author is None


def test_toolbar_button_beside_follow_is_no_account() -> None:
    bar = "<div class='bar'><div>留言</div><div>收藏</div><div>关注</div></div>"
    art = _read(feed_page("2024-07-08 08:30 来源：江畔晨报", after=bar))
    assert art.author != "收藏"


def test_wechat_provenance_line_is_a_credit_and_names_the_outlet() -> None:
    line = "本文来自微信公众号：河畔观察（ID：hepanguancha），作者：林乔，标题图来自东方图库"
    meta = "2024-07-08 08:30 <a href='/channel/31.html'>城市生活</a>"
    art = _read(feed_page(meta, last=f"<p>{line}</p>"))
    assert line not in art.paragraphs
    assert art.source == "河畔观察"


@pytest.mark.parametrize(
    "promo",
    [
        "如果觉得内容有用，请长按识别二维码关注我们。",
        "如你觉得这篇文章还不错，欢迎扫码关注公众号。",
    ],
)
def test_promo_on_liking_the_post_is_dropped(promo: str) -> None:
    art = _read(feed_page("2024-07-08 08:30 来源：江畔晨报", closing=[promo]))
    assert promo not in art.paragraphs


def test_story_sentence_about_a_qr_code_stays() -> None:
    line = "社区工作人员介绍，居民扫描二维码关注公众号即可预约，不少人觉得内容实用。"
    art = _read(feed_page("2024-07-08 08:30 来源：江畔晨报", closing=[line]))
    assert line in art.paragraphs


def _directory() -> str:
    cards = "".join(
        f"<div class='card'><p><a href='/a/{i}'>{name}</a></p><p>账号：{code}</p>"
        f"<p>简介：</p><p>{blurb}</p><p>最近更新：</p><p><a href='/p/{i}'>{latest}</a></p></div>"
        for i, (name, code, blurb, latest) in enumerate(
            [
                (
                    "江畔升学",
                    "jpsx01",
                    "专注本地升学政策解读，每周推送填报志愿技巧与名校介绍，陪伴考生每一步。",
                    "志愿填报前必看的五件事",
                ),
                (
                    "山城家长圈",
                    "scjz22",
                    "家长交流育儿与升学经验的平台，定期分享学习方法、心理辅导和营养搭配建议。",
                    "孩子考前焦虑怎么办",
                ),
                (
                    "桥北教育",
                    "qbjy33",
                    "发布桥北地区教育新闻和考试信息，提供招生简章查询与政策问答服务。",
                    "今年招生计划公布",
                ),
                (
                    "石桥学堂",
                    "sqxt44",
                    "高考各科复习资料与名师讲解，覆盖数学、语文、英语等科目的重点难点。",
                    "数学压轴题解题思路",
                ),
                (
                    "河畔考试院",
                    "hpks55",
                    "权威发布考试安排、成绩查询与录取动态，第一时间传递最新考试资讯。",
                    "成绩查询时间确定",
                ),
            ]
        )
    )
    return (
        "<html><head><meta charset='utf-8'><title>升学的相关账号 – 示例搜索</title></head><body>"
        f"<div class='nav'><a href='/'>首页</a></div><div class='results'>{cards}</div>"
        "<div class='footer'><a href='/about'>关于我们</a></div></body></html>"
    )


def test_records_of_one_field_are_a_list() -> None:
    with pytest.raises(NotAnArticle):
        _read(_directory())


def test_account_marked_as_nickname_by_the_heading_is_the_outlet() -> None:
    meta = (
        "<em class='post-date'>2024-06-02</em> <em class='meta-text'>小江</em> "
        "<a class='meta_nickname' href='##'>江畔观察</a>"
    )
    assert _read(feed_page(meta)).source == "江畔观察"
