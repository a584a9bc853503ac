"""Shapes seen on a random sample of real saved pages (issue 14, set R49: pages drawn by
seed from a public web-archive repository's news folder), reduced to their form with
made-up outlets, people and wordings other than the set pages':

- a portal's photo-gallery viewer: one caption under the gallery's ``<h1>``, inside a box
  named like a sidebar, between share bars, tag links and a grid of other galleries; the
  caption is word for word the head's ``<meta name="description">``: the page is that
  story (a gallery of captions is an article), not a list;
- a related-reading section under the story's sign-off, with the host's keyword row and
  comment link between them, each related item a headline, its teaser and its date: not the
  story's;
- a live-news headline closed by its clock time ("… (18:59)") over a date line with no time
  of day: the time is the story's publish time, not words of its title.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import NotAnArticle, classify_page, extract_article

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-harbour.cn/photo/2023/0417/8831.html"

CAPTION = "据本地媒体4月17日报道，一艘货轮当天清晨在港湾外侧搁浅，海事部门出动三艘拖轮协助脱浅。"

_GRID = "".join(
    f"<p class='setlist-item'><a href='/photo/{n}.html'>{t}</a></p>"
    for n, t in enumerate(
        (
            "春季花展在植物园开幕",
            "老城区街巷改造完工…",
            "跨江大桥合龙现场…",
            "机场新航站楼试运行…",
            "海边马拉松鸣枪开跑",
            "夜市烟火气回来了…",
            "山区学校迎来新操场",
            "雨后彩虹挂在城市上空",
        )
    )
)


def _gallery(caption: str, description: str) -> str:
    return (
        "<html><head><title>货轮港湾外搁浅_海港新闻</title>"
        f"<meta name='description' content='{description}'></head><body>"
        "<div class='nav'><a href='/'>海港网</a> &gt; <a href='/photo/'>新闻图集</a>"
        " &gt; 查看图片</div>"
        "<ul class='pager'><li>1</li><li>2</li><li>3</li></ul>"
        "<div class='main'><h1>货轮港湾外搁浅</h1><div class='info'>2023-04-17 09:12</div>"
        "<div class='actions'><a href='#'>原图</a> <a href='#'>评论 ( 2315 )</a></div>"
        "<p class='share'>分享：</p>"
        "<div class='share'><a href='#'>微博</a> <a href='#'>QQ空间</a></div>"
        "</div>"
        "<div class='sidebar'><div class='tag'>标签： <a href='#'>港湾</a> <a href='#'>货轮</a>"
        " <a href='#'>搁浅</a></div>"
        f"<div class='viewport'><div class='overview'><p>{caption}</p></div></div></div>"
        "<div class='endpage'><h2>货轮港湾外搁浅</h2><div>图集已浏览完毕</div>"
        f"<h3>推荐内容</h3>{_GRID}</div>"
        "<div class='footer'>关于海港网 | 版权所有</div></body></html>"
    )


def test_a_gallery_caption_the_head_describes_is_the_story() -> None:
    article = extract_article(_gallery(CAPTION, CAPTION), URL)
    assert article.body == CAPTION
    assert article.title == "货轮港湾外搁浅"


def test_a_topic_page_whose_blurb_is_its_description_stays_refused() -> None:
    blurb = "关于港湾航运的最新新闻、图片和评论，汇集本地记者的现场报道与深度分析。"
    page = _gallery(blurb, blurb).replace("<div class='info'>2023-04-17 09:12</div>", "")
    with pytest.raises(NotAnArticle):
        extract_article(page, URL)


def test_a_gallery_whose_description_is_elsewhere_stays_refused() -> None:
    slogan = "海港网新闻图集频道，每天为您精选本地的新闻图片，记录城市的变化。"
    with pytest.raises(NotAnArticle):
        extract_article(_gallery(CAPTION, slogan), URL)


STORY = [
    "本报讯 上周五，城东社区的志愿者们在河堤上种下了两百棵柳树苗，这是今年第三次植树活动。",
    "活动由社区居委会组织，参加的有退休教师、在校大学生，还有几位专门从外地赶回来的年轻人。",
    "志愿者们分成十个小组，每组负责一段河堤，从挖坑、扶苗到填土浇水，整个上午都没有停下。",
    "居委会主任说，这些树苗三年后就能成荫，到时候河堤会成为居民散步的好去处。",
]
RELATED = (
    "<div class='left w640'><h2 class='fb f18 lh26'>相关阅读</h2>"
    "<h3 class='lh26 f18'><a href='/r/1.html'>老街坊自发清理河道垃圾 一天清出三吨</a></h3>"
    "<div class='margin'><p class='lh26 f14'>说起这条河，住在附近的老人们都有说不完的故事，"
    "他们小时候常在河里摸鱼捉虾，后来河水变差了，大家都盼着它能变回原来的样子。</p></div>"
    "<p class='left lh26 f14'>2024-03-08 11:20:00</p>"
    "<h3 class='lh26 f18'><a href='/r/2.html'>社区花园开放首日迎来上千市民</a></h3>"
    "<div class='margin'><p class='lh26 f14'>花园里种了四十多种花草，还有一块专门留给孩子们的"
    "菜地，周末常常挤满了人，管理员说下个月还要再开一片月季园。</p></div>"
    "<p class='left lh26 f14'>2024-03-02 09:05:00</p></div>"
)


def test_related_reading_after_the_sign_off_and_keyword_row_is_not_the_story() -> None:
    body = (
        _paras(STORY)
        + "<p>本报记者 吴晓岚 通讯员 孟凡</p>"
        + "<p class='right'>编辑：方知远</p>"
        + "<p class='left'>关键词：柳树;河堤;志愿者;居委会;植树</p>"
        + "<p class='right'><a href='#comment'>说两句</a></p>"
        + RELATED
    )
    page = site_article(
        body,
        title="城东河堤种下两百棵柳树",
        site="城东新闻网",
        info="2024-03-11 06:30 来源：城东晚报",
    )
    article = extract_article(page, "https://www.example-chengdong.cn/news/2024/0311/77.html")
    for line in STORY:
        assert line in article.body
    assert "说起这条河" not in article.body
    assert "花园里种了四十多种花草" not in article.body


LIVE = [
    "市气象台今天下午发布暴雨黄色预警，预计未来六小时内北部山区将出现五十毫米以上的降雨。",
    "防汛部门提醒市民尽量减少外出，驾车经过低洼路段时要注意积水，不要冒险涉水通行。",
    "目前全市已有十二所学校调整了放学时间，部分公交线路也临时改道。",
]


def test_a_headline_closed_by_its_clock_time_gives_the_time_not_the_title() -> None:
    heading = "暴雨黄色预警生效 北部山区防汛进入戒备 (16:42)"
    page = site_article(
        _paras(LIVE),
        title="暴雨黄色预警生效 北部山区防汛进入戒备",
        heading=heading,
        title_bar=f"{heading} - 20240709 - 港聞 - 即時新聞 - 灣區日報",
        site="灣區日報",
        info="2024年7月9日星期二",
    )
    article = extract_article(page, "https://www.example-bayarea.hk/ins/20240709/77.html")
    assert article.title == "暴雨黄色预警生效 北部山区防汛进入戒备"
    assert article.published_at is not None
    assert article.published_at.strftime("%Y-%m-%d %H:%M") == "2024-07-09 16:42"


def test_a_heading_in_brackets_that_is_no_clock_time_stays_whole() -> None:
    heading = "春耕一线的年轻农机手（2024）"
    page = site_article(_paras(LIVE), title=heading, site="田野网", info="2024-04-02 08:00")
    article = extract_article(page, "https://www.example-fields.cn/n/2024/0402/5.html")
    assert article.title == heading


def test_classify_page_agrees_with_extract_article_on_a_described_gallery() -> None:
    # classify_page (the crawler's article-or-list question) must not call a page a list
    # that extract_article keeps as the gallery's story.
    assert classify_page(_gallery(CAPTION, CAPTION), URL) == "article"
    slogan = "海港网新闻图集频道，每天为您精选本地的新闻图片，记录城市的变化。"
    assert classify_page(_gallery(CAPTION, slogan), URL) != "article"
