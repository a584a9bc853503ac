"""A poster's contact block closing its post (issue 14, session 36, h-fx8).

A company's news post ends with how to reach the company and an appeal to follow its news
("关注X新闻…", "X主页：http…", "TEL：…", "企业QQ:", "微信：…"), then its prev/next links: the
poster's standing promo, cut by its position (a run of contact lines and follow appeals
that closes the story's text) and its channels (QQ, 微信, a home page). Fixture:
``tests/fixtures/extract/webarchive/company_post_contact_tail.html`` is
transTerminus/webpage_archive ``raw/unclassify_news/``
``cn_【韩国id医院热点新闻】《澳门风云2》最美人妖poy真的美翻了！.html``, its post's part with
the page's head (scripts, styles, comments and the site's menus out); the other pages are
made up.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article

from .conftest import as_paragraphs as _paras
from .conftest import fixture_bytes, site_article

URL = "https://www.example-hillside.cn/news/2024/0315/301.html"
STORY = [
    "山城眼镜店本周推出了新一代防蓝光镜片，店方称这种镜片在长时间看屏幕时能减轻眼睛疲劳。",
    "店长介绍，新镜片经过了三个月的试戴，参与试戴的顾客大多反映晚上看手机时眼睛更舒服了。",
    "据悉，新镜片将先在城区的三家门店销售，下个月起陆续在其他门店上架。",
]
NAV = (
    "<div class='post-nav'><a href='/news/300.html'>« 上一篇</a> "
    "<a href='/news/302.html'>下一篇 »</a></div>"
)


def _post(tail: list[str]) -> str:
    return site_article(
        _paras(STORY + tail),
        title="山城眼镜店推出新镜片",
        site="山城眼镜",
        info="2024-03-15 10:20",
        after=NAV,
    )


def test_a_posters_contact_block_closing_the_post_is_cut() -> None:
    article = extract_article(fixture_bytes("webarchive/company_post_contact_tail.html"))
    assert article.body.count("最美人妖") >= 1
    assert "据悉，Poy本名Treechada Marnyaporn" in article.body
    for promo in ("关注韩国id医院新闻", "值得关注", "主页", "TEL", "企业QQ", "微信：id-yiyuan"):
        assert promo not in article.body
    # made up: a shop's post, its own labels and wordings
    tail = [
        "山城眼镜的新品消息，值得关注！",
        "山城眼镜主页：http://www.example-hillside.cn/",
        "服务电话：0871-66554433（工作日）",
        "QQ：800012345",
        "微信号：hillside-glasses",
    ]
    body = extract_article(_post(tail), URL).body
    assert STORY[-1] in body
    for line in tail:
        assert line not in body


def test_a_storys_own_contact_lines_stay() -> None:
    # one contact sentence closing a story
    one = ["咨询电话：0871-66554433"]
    assert one[0] in extract_article(_post(one), URL).body
    # a notice's office lines: a telephone and an address, no promo's channel
    office = ["联系人：王老师", "联系电话：0871-66554433", "地址：山城市文化路12号"]
    body = extract_article(_post(office), URL).body
    for line in office:
        assert line in body
    # contact lines the story goes on after
    middle = ["报名QQ群：123456789", "微信：hillside2024", "电话：0871-66554433"]
    lines = [*middle, "活动当天还将邀请眼科医生到场，为市民免费检查视力并讲解护眼知识。"]
    body = extract_article(_post(lines), URL).body
    for line in middle:
        assert line in body
