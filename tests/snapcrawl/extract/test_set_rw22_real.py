"""Shapes seen on a random sample of real saved pages (issue 14, set R22: pages drawn by
seed from a public web-archive repository's news and portal folders), reduced to their
form with made-up outlets, people and wordings other than the set pages':

- a story folded under a "read on" button (继续阅读, 展开全文): the rest of its paragraphs
  are hidden (display:none) until the button is pressed; they are the story, not a hidden
  copy;
- a picture's copyright under its caption ("Photo © X Museum", "© X，摄影：Y") in the
  story's second half: a museum's or a photographer's credit, which must not close the page
  as the site's own copyright line does;
- a reposting portal's source line naming an outlet's WeChat account ("X公号"): the outlet
  is X;
- an account's name and WeChat handle alone on a line ("X / ID：abc"): the account's card,
  not the story;
- an older portal's comment form under the story: its terms ("遵守…法律、法规，尊重网上道
  德…", "网上评论仅代表个人意见") and the empty list's placeholder ("目前暂无信息！").
"""

from __future__ import annotations

from snapcrawl.extract import extract_article
from snapcrawl.extract.chrome import line_kind

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-riverside.cn/culture/2024/0312/5521.html"
STORY = [
    "河湾村的戏台去年冬天修好了，村里的老人们又能在周末听上一出地方戏。",
    "戏班的班主今年六十七岁，他说年轻时跑遍了周边的乡镇，如今最想做的是把手艺传下去。",
    "修戏台的钱一半来自村集体，一半是外出打工的年轻人凑的，每一笔都写在了墙上的红纸上。",
    "开台那天来了三百多人，附近几个村的乡亲也赶了过来，锣鼓一直敲到了天黑。",
    "班主收了两个徒弟，一个是邻村的中学生，一个是刚从城里回来的快递员。",
    "他们每天晚上在戏台后面的小屋里练身段，练完了再一起吃一碗热腾腾的面条。",
]


def _page(body: str, *, info: str = "2024-03-12 10:05 来源：河湾日报", after: str = "") -> str:
    title = "老戏台又响起了锣鼓声"
    return site_article(
        body, title=title, site="河湾文化网", section=("/culture/", "文化"), info=info, after=after
    )


def test_paragraphs_folded_under_a_read_on_button_are_the_story() -> None:
    for button in ("继续阅读", "展开全文 ∨", "展开剩余 78%", "点击阅读全文"):
        body = (
            _paras(STORY[:2])
            + f"<div class='more'>{button}</div>"
            + _paras(STORY[2:], "display: none;")
        )
        article = extract_article(_page(body), URL)
        for line in STORY:
            assert line in article.body, (button, line)
        assert button.split()[0] not in article.body


def test_hidden_paragraphs_without_a_button_stay_hidden() -> None:
    copy = "这是一段隐藏的打印版说明文字，读者在页面上看不到它，它也不是故事的一部分。"
    body = _paras(STORY) + f"<div class='tip'>打印本页</div><p style='display:none'>{copy}</p>"
    article = extract_article(_page(body), URL)
    assert copy not in article.body
    # a sentence of the story that names the words is no button
    said = "他说，继续阅读这些老剧本，才能明白前人的讲究。"
    body = _paras(STORY[:3]) + f"<p>{said}</p>" + f"<p style='display:none'>{copy}</p>"
    article = extract_article(_page(body), URL)
    assert copy not in article.body


def test_a_pictures_copyright_line_does_not_close_the_story() -> None:
    for credit in (
        "Photo © Museum of Riverside Crafts / Lee Anders",
        "© 陈建华，摄影：王小川",
        "Courtesy of North Bank Gallery © Hanna Lind",
    ):
        body = (
            _paras(STORY[:4])
            + "<p style='text-align:center'><img src='/a.jpg'></p>"
            + f"<p style='text-align:center'>{credit}</p>"
            + _paras(STORY[4:])
        )
        article = extract_article(_page(body), URL)
        assert STORY[-1] in article.body, credit
        assert credit not in article.body


def test_the_sites_copyright_line_still_closes_the_page() -> None:
    body = (
        _paras(STORY)
        + "<p>Copyright © 2012-2024 河湾文化传媒有限公司 版权所有</p>"
        + "<p>地址：河湾县人民路18号，邮编：123456，电话：0123-4567890，欢迎来信来电。</p>"
    )
    article = extract_article(_page(body), URL)
    assert STORY[-1] in article.body
    assert "人民路18号" not in article.body


def test_an_outlets_wechat_account_as_source_names_the_outlet() -> None:
    for info in (
        "2024-03-12 来源：<a href='https://mp.weixin.qq.com/s/x'>南岸周刊公号</a>",
        "2024-03-12 来源：南岸周刊微信公众号",
    ):
        article = extract_article(_page(_paras(STORY), info=info), URL)
        assert article.source == "南岸周刊", info


def test_an_accounts_handle_line_is_not_story() -> None:
    for line in ("南岸周刊 / ID：nananweekly", "城事观察｜微信ID：city_watch2020"):
        assert line_kind(line) is not None, line
    assert line_kind("她在采访中说：我的微信ID是个秘密，只告诉朋友。") is None


def test_an_older_comment_forms_terms_are_not_story() -> None:
    form = (
        "<div class='comment'><p>发表评论</p>"
        "<p>遵守中华人民共和国有关法律、法规，尊重网上道德，承担一切因您的行为而直接或间接引起的法律责任。</p>"
        "<p>网上评论仅代表个人意见。 查看全部</p><p>最新评论>></p><p>目前暂无信息！</p></div>"
    )
    article = extract_article(_page(_paras(STORY), after=form), URL)
    assert STORY[-1] in article.body
    for noise in ("尊重网上道德", "仅代表个人意见", "暂无信息"):
        assert noise not in article.body, noise
    for line in ("暂无评论", "目前暂无信息！", "网友评论仅代表网友个人观点"):
        assert line_kind(line) is not None, line
    # a story that reports a rule about comments keeps it
    said = (
        "座谈会上，一位老师说，网上评论仅代表个人意见的说法，"
        "并不能免除发言者的责任，大家要理性看待。"
    )
    assert line_kind(said) is None
