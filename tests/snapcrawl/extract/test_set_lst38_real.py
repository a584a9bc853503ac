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
  on a made-up page; a sign-in form with its help text under the same header stays refused;
- a commentary over its outlet's notice ("本文系X独家稿件，未经授权，不得转载。"), then the
  article's tag bar and a live feed of advisers' long posts in the side column: those posts
  outweigh the story, so the notice was taken for one at the body's top edge and everything
  over it, the whole story, went; the feed was kept, and on the whole page the verdict
  said list. A notice with a story's worth of prose (``STRONG_PROSE_CHARS``) before it is
  no top-edge notice; with no more story between it and a furniture region it ends the
  story (edges.apply_notices). Tested on a reduced copy
  (tests/fixtures/extract/real_lst38/sina_story_over_notice_and_live_feed.html, from
  raw/sina.cn/finance_普京签署法案禁止变性手术_-_新浪财经.html) and on a made-up page; an app's
  plug over the story still takes only what is over it.
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


def test_the_story_over_its_outlets_notice_and_a_live_feed_is_read() -> None:
    raw = (FIXTURES / "sina_story_over_notice_and_live_feed.html").read_bytes()
    article = extract_article(raw, None)
    assert article.title == "普京签署法案禁止变性手术"
    assert article.paragraphs[0].startswith("（观察者网讯）当地时间7月24日，俄罗斯总统普京签署法案")
    assert article.paragraphs[-1].startswith("公开资料显示，变性手术在阿富汗")
    for word in ("宏观要闻", "先手午评", "不得转载", "新浪财经APP", "文章关键词"):
        assert word not in article.body


COMMENTARY = (
    "湖滨讯（记者周宁）昨天，市交通部门发布消息，今年起全市新增十二条定制公交线路，主要连接"
    "大型居住区和产业园区，早晚高峰各开行两班。",
    "交通部门介绍，定制公交采取“一人一座”，乘客可通过手机小程序提前预约座位，票价按里程计算，最低两元。",
    "据了解，首批线路试运行三个月以来，日均客流超过三千人次，准点率保持在九成五以上，不少"
    "乘客表示通勤时间缩短了二十分钟左右。",
    "也有乘客建议，定制公交的预约应当放宽到前一天晚上十点，方便临时加班的人改签。",
    "对此，交通部门回应称，将在下月上线改签功能，并在部分线路试点“随到随坐”，把预约后未到的空余座位让给现场排队的乘客。",
    "下一步，交通部门将根据预约数据动态调整线路和班次，并计划年底前把定制公交扩展到三十条。",
)
ADVISER_POST = "".join(
    f"第{i}条，大盘今日震荡整理，成交量较昨日略有放大，板块轮动加快，短线资金继续围绕热点"
    "题材反复博弈，建议投资者控制仓位，关注业绩确定性较强的品种。"
    for i in range(1, 16)
)


def _commentary_page(*, top: str = "") -> str:
    story = "".join(f"<p>{p}</p>" for p in COMMENTARY)
    feed = "".join(
        f"<li><a href='javascript:void(0)'><h3>{name}<span>2024-03-05 09:00</span></h3>"
        f"<div>{ADVISER_POST}</div></a></li>"
        for name in ("张老师", "李老师")
    )
    return (
        "<html><head><meta charset='utf-8'><title>全市新增十二条定制公交线路_湖滨财经</title>"
        "</head><body><div class='main'><div class='left'><h1>全市新增十二条定制公交线路</h1>"
        "<div class='info'>2024年03月05日 10:20 来源：湖滨晚报</div>"
        f"<div class='text'>{top}{story}<p><b>本文系湖滨晚报原创稿件，未经授权，不得转载。</b></p>"
        "</div><div class='tags'>标签： <a href='/t/1'>公交</a> <a href='/t/2'>交通</a></div>"
        f"</div><div class='right'><h2>名家直播</h2><ul>{feed}</ul></div></div></body></html>"
    )


def test_a_story_over_its_notice_and_a_feed_of_long_posts_in_other_words() -> None:
    article = extract_article(_commentary_page(), None)
    assert article.paragraphs == COMMENTARY


def test_an_apps_plug_over_the_story_still_goes_alone() -> None:
    plug = "<p>下载湖滨财经客户端，随时随地阅读更多精彩资讯</p>"
    article = extract_article(_commentary_page(top=plug), None)
    assert article.paragraphs == COMMENTARY
