"""A self-media platform's post (issue 14, session 39, h-fld3): the account in the 来源 slot
under the headline posted the story, so it is the author (as the gne gold's 网易号 and 头条号
pages record it), and a 来源 line after the story that names another outlet is the source
(platform_posts.py).

The real page is a 网易号 post of transTerminus/webpage_archive (commit f987f5e),
raw/163.com/www_注射、电击、羞辱，中国跨性别少女遭遇“性别扭转治疗”同性恋_-_网易.html,
reduced in tests/fixtures/extract/real_fld3/netease_hao_repost.html: its slot says 中新社华舆
(the account), its last line "来源： 美国侨报" (the paper the account reposted). A 腾讯号 post
of the same archive (raw/news.qq.com/news_格鲁吉亚跨性别女模殒命家中，身中50多刀，就在争议法案通过
的第_.html, reduced in real_fld3/tencent_account_card.html) prints the account's name alone
over its dated line and follow button. Made-up pages check other platforms' wordings of the
statement and the pages the rule must leave.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article

from .conftest import WHARF_STORY, WHARF_TITLE, fixture_bytes, site_article

_SLOT = "2024-03-05 10:00 来源: <a href='/u/1'>河畔老张说事</a> 举报"


def _post(statement: str, *, info: str = _SLOT, last: str = "") -> bytes:
    lines = [*WHARF_STORY, last] if last else WHARF_STORY
    body = "".join(f"<p>{line}</p>" for line in lines)
    after = f"<div class='statement'><p>{statement}</p></div>" if statement else ""
    return site_article(body, info=info, title=WHARF_TITLE, site="河畔网", after=after).encode()


def test_the_account_is_the_author_and_the_signoff_the_source_real() -> None:
    article = extract_article(fixture_bytes("real_fld3/netease_hao_repost.html"), None)
    assert article.author == "中新社华舆"
    assert article.source == "美国侨报"
    assert "来源： 美国侨报" not in article.paragraphs
    article = extract_article(fixture_bytes("real_fld3/tencent_account_card.html"), None)
    assert (article.author, article.source) == ("译言", "译言")


def test_the_account_card_under_the_headline() -> None:
    statement = "免责声明：本内容来自河畔平台创作者，不代表河畔新闻的观点和立场。"
    card = "<p>河畔老张说事</p><p>2024-03-05 10:00</p>"
    article = extract_article(_post(statement, info=card), None)
    assert (article.author, article.source) == ("河畔老张说事", "河畔老张说事")
    # the same card on a portal that says nothing of users posting: no author
    assert extract_article(_post("", info=card), None).author is None


def test_other_platforms_statements() -> None:
    for statement in (
        "平台声明：该文观点仅代表作者本人，河畔号系信息发布平台，河畔网仅提供信息存储空间服务。",
        "免责声明：本内容来自河畔平台创作者，不代表河畔网的观点和立场。",
        "声明：本文由入驻河畔号平台的作者撰写，观点仅代表作者本人，不代表河畔网立场。",
    ):
        article = extract_article(_post(statement), None)
        assert article.author == "河畔老张说事", statement
        assert article.source == "河畔老张说事", statement  # no other outlet named
    hao = "特别声明：以上内容为自媒体平台“河畔号”用户上传并发布，本平台仅提供信息存储服务。"
    reposted = extract_article(_post(hao, last="来源：河畔晚报"), None)
    assert (reposted.author, reposted.source) == ("河畔老张说事", "河畔晚报")
    thanks = "转载来源：网络综合整理，在此致谢！"
    placeholder = extract_article(_post(hao, last=thanks), None)
    assert placeholder.source == "河畔老张说事"  # "网络…" names no outlet


def test_pages_that_are_no_platform_posts_keep_no_author() -> None:
    # a portal's story credited to a paper, no platform statement: the paper is no author
    assert extract_article(_post(""), None).author is None
    # the site's own notices, no platform of users: nothing changes
    for statement in (
        "版权声明：本网所有内容均为原创，转载请注明出处。",
        "免责声明：本网转载内容出于传递更多信息之目的，不代表本网观点和立场。",
    ):
        assert extract_article(_post(statement), None).author is None, statement
    # a platform's invitation alone (one family of notice words) says nothing of this page
    assert extract_article(_post("欢迎申请入驻河畔号平台"), None).author is None
    # a writer the page credits stays the author
    credited = _post(
        "平台声明：该文观点仅代表作者本人，河畔号系信息发布平台。",
        info="2024-03-05 10:00 来源: 河畔晚报 作者：林木",
    )
    assert extract_article(credited, None).author == "林木"
