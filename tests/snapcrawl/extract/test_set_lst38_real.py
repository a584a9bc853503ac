"""Real stories refused as list pages (issue 14, session 38, h-lst), found by running the
extractor on the webpage_archive pool (transTerminus/webpage_archive commit f987f5e, raw/):

- a story whose last line is a search engine's plug ("搜狗(www.sogou.com)搜索“变性”,共找到
  1,397,546个结果。"): that result count made the page a search's results. A count heads its
  results; one after the story's last kept line is no results page. Tested on a reduced copy
  (tests/fixtures/extract/real_lst38/sohu_story_over_search_engine_plug.html, from
  raw/sohu.com/news_变性人是否享有婚育权变性手术存在法律真空？_-_新闻-_搜狐.html) and on a
  made-up story with a site search's plug; results under their count stay refused;
- a short story (four sentences under its dated headline) on a channel page whose header
  holds the site's sign-in form and whose side column 60 links: the password field made it
  a login stub. A login stub's help text stands by its form (the field in the body's
  element or its parent's); a field up in the header is chrome. Tested on a reduced copy
  (tests/fixtures/extract/real_lst38/cntv_short_story_under_header_sign_in.html, from
  raw/unclassify_news/news_台变装癖男子偷内衣裤等女性用品因窃盗罪被抓_-_新闻频道.html) and
  on a made-up page; a sign-in form with its help text under the same header stays refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from snapcrawl.extract import NotAnArticle, classify_page, extract_article

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "extract" / "real_lst38"
URL = "https://www.lakeside-daily.example.cn/news/2024/0611/8812.html"
NAV = "".join(f"<p><a href='/c{i}/index.html'>频道栏目{i}</a></p>" for i in range(60))
STORY = (
    "湖滨讯（记者林晓）昨天上午，市区三条公交线路开始试行夜间延时运营，末班车由晚上十点推迟"
    "到十一点半。公交集团介绍，延时线路覆盖火车站、大学城和两个大型居住区，试行期为三个月。",
    "据统计，试行首日夜间乘客超过两千人次，其中下班的上班族和返校的学生占了多数。",
    "公交集团表示，将根据试行期间的客流数据，决定是否把延时运营推广到更多线路。",
)
HEADER_SIGN_IN = (
    "<div class='top'><form action='/u/in' method='post'>"
    "<input type='text' name='uid' value='帐号'><input type='password' name='pw'>"
    "<a href='/u/in'>登录</a> <a href='/u/reg'>注册</a></form></div>"
)


def _page(body: str, *, top: str = "", title: str = "市区三条公交线路试行夜间延时") -> str:
    """The headline and its dated line, then the side column's 60 links, then the body."""
    return (
        f"<html><head><meta charset='utf-8'><title>{title}_湖滨日报</title></head><body>"
        f"{top}<div class='top_title'><h1>{title}</h1>"
        "<p class='info'>发布时间：2024年06月11日 09:30 来源：湖滨日报</p></div>"
        f"<div id='side'>{NAV}</div><div id='main'>{body}</div>"
        "<div class='foot'>湖滨日报社 版权所有</div></body></html>"
    )


def _story(*tail: str) -> str:
    return "<div class='text'>" + "".join(f"<p>{p}</p>" for p in (*STORY, *tail)) + "</div>"


def test_the_story_over_a_search_engines_plug_is_read() -> None:
    raw = (FIXTURES / "sohu_story_over_search_engine_plug.html").read_bytes()
    article = extract_article(raw, None)
    assert article.title == "变性人是否享有婚育权 变性手术存在法律真空？"
    assert article.paragraphs[0].startswith("湖南可能进行首例“变性手术”的消息传开后")
    assert article.paragraphs[-1].startswith("成松柳说，自1990年我国第一例变性手术至今")
    assert "共找到" not in article.body
    assert article.published_at is not None
    assert article.published_at.isoformat().startswith("2005-04-26T01:43")


def test_a_site_searchs_plug_after_the_story_in_other_words() -> None:
    html = _page(_story("在本站搜索“夜间公交”，共搜索到1,024篇相关内容"))
    article = extract_article(html, URL)
    assert article.paragraphs[:3] == STORY
    assert classify_page(html, URL) == "article"


def test_results_under_their_count_stay_refused() -> None:
    results = "".join(
        f"<div class='res'><p><a href='/n/{i}.html'>夜间公交延时运营第{i}条</a></p>"
        f"<p>{STORY[0]}</p></div>"
        for i in range(3)
    )
    html = _page(
        "<p class='count'>共搜索到1,024篇相关内容</p>" + results, title="夜间公交 - 站内搜索"
    )
    with pytest.raises(NotAnArticle) as caught:
        extract_article(html, URL)
    assert caught.value.reason == "list_page"


def test_a_short_story_under_a_header_sign_in_form_is_read() -> None:
    raw = (FIXTURES / "cntv_short_story_under_header_sign_in.html").read_bytes()
    article = extract_article(raw, None)
    assert article.title == "台变装癖男子偷内衣裤等女性用品 因窃盗罪被抓"
    assert len(article.paragraphs) == 4
    assert article.paragraphs[0].startswith("中新网11月29日电 据台湾《苹果日报》网站报道")
    assert article.published_at is not None
    assert article.published_at.isoformat().startswith("2011-11-29T13:10")
    assert classify_page(raw) == "article"


def test_a_short_story_under_a_header_sign_in_form_in_other_words() -> None:
    html = _page(_story(), top=HEADER_SIGN_IN)
    article = extract_article(html, URL)
    assert article.paragraphs == STORY
    assert classify_page(html, URL) == "article"


def test_a_sign_in_form_with_its_help_text_under_the_same_header_stays_refused() -> None:
    box = (
        "<div class='member'><h2>会员登录</h2><form action='/u/in' method='post'>"
        "<input type='text' name='uid'><input type='password' name='pw'><button>登录</button>"
        "</form><p>登录后可收藏文章、参与讨论，并在网站、手机客户端之间同步阅读记录，"
        "每天为您推送两次本地要闻。</p></div>"
    )
    html = _page(box, top=HEADER_SIGN_IN, title="会员登录")
    with pytest.raises(NotAnArticle) as caught:
        extract_article(html, URL)
    assert caught.value.reason == "list_page"
