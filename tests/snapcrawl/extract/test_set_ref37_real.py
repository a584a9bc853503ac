"""Real articles refused as list pages (issue 14, session 37, h-ref), found by running the
extractor on the DAnIEL corpus's allowed Chinese pages (rundimeco/waddle commit be875ce,
corpora/Corpus_daniel_v2.1/html/, no page of an unseen site):

- a syndicated excerpt: the page's own headline, its dated line, then one paragraph between
  the excerpt's source link ("摘自北京晚报") and a "read on" link ("[点击进入浏览]"). The
  paragraph's element looked like a list item (a title link over one paragraph), so the
  story was a teaser and the page a list. An element right under the page's own headline
  (an unlinked heading repeating ``<title>``, only its dated line between) is that story.
  Tested on a reduced copy of the page (tests/fixtures/extract/real_fx11/
  21cn_excerpt_between_source_links.html) and on made-up markup and wordings; a digest of
  linked items under a headline that repeats ``<title>`` stays a list.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from snapcrawl.extract import NotAnArticle, extract_article

from .conftest import site_article

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "extract" / "real_fx11"
NAV = "".join(f" <a href='/c{i}/'>栏目{i}</a>" for i in range(30))
EXCERPT = (
    "江城讯（记者周海燕）昨天起，市图书馆的自助借还机搬进了十个社区服务中心，读者凭借书证"
    "就能在家门口借书还书，不必再跑到市中心的总馆。馆方介绍，每台机器可存放三百多册图书，"
    "书目每周更换一次，读者也可以在网上预约，第二天到社区取书。首批试点的社区包括东湖、"
    "南岸、北桥等，年底前还将再增加二十个点位..."
)


def test_the_syndicated_excerpt_under_its_headline_is_the_story() -> None:
    raw = (FIXTURES / "21cn_excerpt_between_source_links.html").read_bytes()
    article = extract_article(raw, None)
    assert article.title == "京东商城地铁站能自提"
    assert article.paragraphs[0].startswith("本报讯(记者贾中山)昨天，京东商城宣布开通")
    assert article.published_at is not None
    assert article.published_at.isoformat().startswith("2012-01-17T15:32:50")


def test_an_excerpt_between_its_source_and_read_on_links_in_other_words() -> None:
    body = (
        "<p><a href='http://www.jiangcheng-evening.cn/2024/0502/77.html'>转载自江城晚报</a></p>"
        f"<p>{EXCERPT}</p>"
        "<p><a href='http://www.jiangcheng-evening.cn/2024/0502/77.html'>[阅读原文]</a></p>"
    )
    page = site_article(
        body,
        title="社区也能借还图书了",
        site="湖滨资讯网",
        info="2024-05-02 10:15:07 | 发表评论",
        nav_extra=NAV,
    )
    article = extract_article(page, None)
    assert article.title == "社区也能借还图书了"
    assert "".join(article.paragraphs).startswith("江城讯（记者周海燕）昨天起")


@pytest.mark.parametrize("dated", ["2024-05-02 10:15", ""])
def test_a_digest_of_linked_teasers_under_its_headline_stays_a_list(dated: str) -> None:
    items = "".join(
        f"<div class='item'><a href='/a/{i}.html'>社区新闻第{i}条：图书馆新设借还点</a>"
        f"<p>{EXCERPT[i * 3 :]}</p></div>"
        for i in range(6)
    )
    page = site_article(
        items, title="本周社区新闻摘编汇总", site="湖滨资讯网", info=dated, nav_extra=NAV
    )
    with pytest.raises(NotAnArticle, match="list_page"):
        extract_article(page, None)
