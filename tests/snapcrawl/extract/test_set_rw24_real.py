"""Shapes seen on a random sample of real saved pages (issue 14, set R24: pages drawn by
seed from a public web-archive repository's news and portal folders), reduced to their
form with made-up outlets, people and wordings other than the set pages':

- a review whose whole text sits in a box the site names as a widget's ("link-report-N":
  the box a reader's report button points at), with only its headline outside: the text is
  the story, not the headline alone;
- an old portal's photo page: one picture and its story caption (a photographer's credit
  glued on), under a headline set in a styled ``<div>`` that repeats the ``<title>``, with a
  "【更多图片】" link between: an article, not a list;
- a portal's link back to itself ("返回X，查看更多") inside the last paragraph, after a
  "文/X" byline: neither the body nor the author holds it;
- a platform's stamps around a post: the region it was posted from ("发布于：X") and an
  account's unfollow dialog ("确定不再关注此人吗"), saved with the page.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import NotAnArticle, extract_article
from snapcrawl.extract.chrome import line_kind

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-lakeside.cn/review/2023/0918/7710.html"
REVIEW = [
    "这部纪录片跟拍了一位在山区小学教了三十年书的老师，镜头很克制，几乎没有配乐。",
    "导演没有刻意煽情，而是让学生们自己讲述老师给他们补课、送他们回家的那些夜晚。",
    "片中最打动人的一段，是老师退休那天独自在空教室里擦黑板，擦完又把粉笔一根根摆好。",
    "整部片子只有九十分钟，却让人看到了一个普通人在偏远角落里坚守一辈子的分量。",
    "如果你最近觉得生活有些乏味，不妨找个安静的晚上把它看完，也许会有不一样的感受。",
]


def test_a_review_in_a_report_widget_box_is_the_story() -> None:
    text = "<br><br>".join(REVIEW)
    body = f"<div id='link-report-7710'><div class='review-text'>{text}</div></div>"
    page = site_article(body, title="一个人，一座山，一辈子", site="湖畔影评社区")
    article = extract_article(page, URL)
    for line in REVIEW:
        assert line in article.body


def test_a_headline_alone_beside_a_list_is_still_no_article() -> None:
    items = "".join(
        f"<li><a href='/review/{n}.html'>第{n}篇影评：关于一部老电影的几点看法</a></li>"
        for n in range(1, 30)
    )
    page = site_article(f"<ul class='links'>{items}</ul>", title="影评频道", site="湖畔影评社区")
    with pytest.raises(NotAnArticle):
        extract_article(page, URL)


PHOTO_URL = "https://www.example-harbour.cn/photo/2010/05-21/2291.shtml"
CAPTION = (
    "5月20日，第三届海港民间艺术节在老码头广场开幕，来自沿海十个县市的剪纸、泥塑和渔灯艺人"
    "现场献艺，吸引了上千名市民驻足观看。本届艺术节为期五天，共设六个展区，展出作品八百余件，"
    "主办方还在广场东侧安排了非遗手艺体验区，供市民免费参与。"
    "海港社发 林晓舟"
)


def _photo_page(caption: str) -> str:
    related = "".join(
        f"<li><a href='/photo/{n}.shtml'>·图：海港各地喜迎端午节 龙舟赛开锣{n}</a></li>"
        for n in range(12)
    )
    return (
        "<html><head><title>图：第三届海港民间艺术节开幕——海港新闻网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/photo/'>图片频道</a></div>"
        "<div class='pic_main'><div class='pic_bt'>图：第三届海港民间艺术节开幕</div>"
        "<div class='pic_time'>2010年05月21日 09:12　来源：海港新闻网　发表评论</div>"
        "<div class='pic_note'>版权声明：凡注有本网字样的图片版权均属海港新闻网，未经书面授权，"
        "不得转载使用。</div>"
        "<div class='pic_more'><a href='/photo/more.shtml'>【更多图片】</a></div>"
        "<div class='pic_img'><img src='/p/2291.jpg'></div>"
        f"<div class='pic_txt'>{caption}</div>"
        "<div><a href='/photo/'>更多精彩内容请进入图片频道</a></div>"
        "<div>【编辑:周远】</div></div>"
        f"<div class='side'><ul>{related}</ul></div>"
        "<div class='footer'>关于我们 | 海港新闻网 版权所有</div></body></html>"
    )


def test_a_photo_page_with_its_story_caption_is_an_article() -> None:
    article = extract_article(_photo_page(CAPTION), PHOTO_URL)
    assert "老码头广场开幕" in article.body
    assert "剪纸" not in article.title
    assert "更多图片" not in article.body


SOHU_LIKE = [
    "老街的修缮工程从去年春天开始，到今年秋天终于完工，街口的牌坊也换上了新的匾额。",
    "工匠们按照老照片一块块复原了门楼上的砖雕，连屋檐下的木雕花窗都是手工重新刻的。",
    "如今每到周末，老街上都挤满了来拍照的年轻人，街边的糖画摊前总是排着长队。",
]


def test_a_way_back_link_inside_the_last_paragraph_is_dropped() -> None:
    last = "住在这里的老人说，街还是那条街，只是热闹又回来了。文/程远帆"
    body = _paras(SOHU_LIKE) + (
        f"<p>{last}<a href='https://www.example-portal.cn/' title='进入首页'>"
        "返回湖畔网，查看更多</a></p>"
    )
    page = site_article(body, title="老街回来了", site="湖畔网")
    article = extract_article(page, URL)
    assert "查看更多" not in article.body
    assert "返回湖畔网" not in (article.author or "")
    assert "只是热闹又回来了" in article.body


@pytest.mark.parametrize(
    "line", ["发布于：江苏", "发布于: 黑龙江", "确定不再关注此人吗", "确定取消关注？"]
)
def test_post_region_and_unfollow_dialog_are_ui(line: str) -> None:
    assert line_kind(line) == "ui"


@pytest.mark.parametrize(
    "line", ["发布于：2023-09-18 10:20", "本文首发于：湖畔日报", "他确定不再关注这件事了。"]
)
def test_dates_and_story_lines_are_not_post_stamps(line: str) -> None:
    assert line_kind(line) != "ui"


def test_post_stamps_around_a_post_leave_the_body() -> None:
    body = "<div>确定不再关注此人吗</div>" + _paras(SOHU_LIKE) + "<p>发布于：江苏</p>"
    page = site_article(body, title="老街回来了", site="湖畔网")
    article = extract_article(page, URL)
    assert "不再关注" not in article.body
    assert "发布于" not in article.body
    for line in SOHU_LIKE:
        assert line in article.body


def test_a_review_platform_named_as_its_publisher_is_no_source() -> None:
    text = "<br><br>".join(REVIEW)
    head = (
        "<meta property='og:site_name' content='湖畔'>"
        '<script type=\'application/ld+json\'>{"@context": "http://schema.org/", '
        '"@type": "Review", "datePublished": "2023-09-18T21:05:00", '
        '"publisher": {"@type": "Organization", "name": "湖畔(Lakeside)"}, '
        '"author": {"@type": "Person", "name": "山间小溪"}}</script>'
    )
    body = f"<div id='link-report-7710'><div class='review-text'>{text}</div></div>"
    page = site_article(body, title="一个人，一座山，一辈子", site="湖畔影评社区", head=head)
    article = extract_article(page, URL)
    assert article.source is None
    assert REVIEW[0] in article.body
