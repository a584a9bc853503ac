"""An app's ask over each picture of a mobile page ("打开网易新闻 查看精彩图片"), set in a
box of its own inside the picture's ``<figure>`` (issue 14, session 42, h-part: the
webpage_archive pool, transTerminus/webpage_archive, raw/; pool 0071, where magic-html
kept the story's short lines between pictures and we dropped them).

The ask ends like a list's title (…图片), so it opened a "list section" that took the
short lines under the picture (a subheading, a one-line sentence) to the next prose line;
and as a box's line it was a boundary for them. Its words are chrome that stands inline
(a promo), wherever the page boxes it: it opens no list and bounds no short line.

Reduced copy (the ``<article>`` element, the page's head kept to its meta tags and title):
tests/fixtures/extract/real_part/163m_app_asks_over_pictures.html
(raw/163.com/m_网曝易建联出轨！女方身份被扒：疑似在新加坡留学、是跨性别者.html).
"""

from __future__ import annotations

from pathlib import Path

from snapcrawl.extract import extract_article

from .conftest import site_article

_DIR = Path(__file__).parents[2] / "fixtures" / "extract" / "real_part"
URL = "https://www.example-hillside.cn/news/20241106/5521.html"


def test_real_short_lines_under_pictures_with_an_app_ask_stay() -> None:
    raw = (_DIR / "163m_app_asks_over_pictures.html").read_bytes()
    article = extract_article(raw, "https://m.163.com/news/article/JEPQDCSE0524A4QN.html")
    lines = article.paragraphs
    for line in ("易建联被曝疑似出轨", "本人未作出回应", "以及一段聊天截图……"):
        assert line in lines
    assert "打开网易新闻" not in article.body


_PARAS = [
    "11月5日，山边镇第十届丰收节在镇中心的晒谷场开幕，来自周边村镇的上千名村民和游客参加。",
    "开幕式上，孩子们表演了传统的舞龙，随后农产品集市开张，摊位从晒谷场一直摆到了河边。",
    "镇里的负责人介绍，今年的丰收节将持续三天，还安排了长桌宴、篝火晚会和农耕体验等活动。",
]


def _figure(ask: str) -> str:
    return f"<figure><img src='/p/1.jpg'><div class='pic-bottom'>{ask}</div></figure>"


def test_short_lines_under_another_apps_ask_stay_and_a_related_box_goes() -> None:
    """Another wording of the ask ("打开山边新闻客户端 查看更多图片"); a related box's own
    title ("相关图片") over linked headlines still opens a list, and its lines go."""
    ask = _figure("打开山边新闻客户端 查看更多图片")
    body = (
        f"<p>{_PARAS[0]}</p>{ask}<p>舞龙队伍绕场三圈</p><p>观众掌声不断</p>"
        f"<p>{_PARAS[1]}</p>{ask}<p>新米当场开售</p><p>{_PARAS[2]}</p>"
    )
    related = "<div class='pic-bottom'>相关图片</div>" + "".join(
        f"<p><a href='/r/{k}.html'>山边镇第{k}届丰收节图集</a></p><p>第{k}届</p>" for k in range(3)
    )
    page = site_article(
        body + related, title="山边镇丰收节开幕", site="山边新闻网", info="2024-11-05"
    )
    lines = extract_article(page, URL).paragraphs
    for line in ("舞龙队伍绕场三圈", "观众掌声不断", "新米当场开售"):
        assert line in lines
    text = "\n".join(lines)
    for host in ("打开山边新闻客户端", "相关图片", "图集", "第1届"):
        assert host not in text


def test_an_app_ask_in_a_box_with_no_picture_still_bounds_the_feed_under_it() -> None:
    """The same ask in a box of its own with no picture, over the app's feed of topics:
    the host's, and the short topic lines under it stay out."""
    body = "".join(f"<p>{line}</p>" for line in _PARAS)
    feed = (
        "<div class='pic-bottom'>打开山边新闻客户端 查看更多图片</div>"
        "<div><p>#山边镇丰收节</p><p>#晒谷场上的舞龙</p><p>#新米开售</p></div>"
    )
    page = site_article(body + feed, title="山边镇丰收节开幕", site="山边新闻网", info="2024-11-05")
    text = extract_article(page, URL).body
    assert _PARAS[-1] in text
    assert "#" not in text
    assert "打开山边新闻客户端" not in text
