"""Shapes from the pages where we and magic-html disagree on the body, round 3 (issue 14,
h-dg3: a random draw of real saved pages from a public web-archive repository, portal-heavy),
reduced to their form with made-up outlets, people and wordings other than the pages':

- a story whose column is named with a word the body's scoring mutes (a "playerView" box on
  a site that puts its articles in the video template), its first paragraph a run of
  ``<br>`` lines: the paragraphs next to that run are the story's too;
- a story's first paragraph of several sentences that happens to hold a takedown word and
  a bare "我们" in one sentence, a clause apart ("这项限制移除，我们可以…"): the story's,
  not the host's promise to take the page down;
- a gallery whose slides (classless ``<li>``, each under the headline again) a script
  shows one at a time with an inline ``display``: the hidden slides' narration is the
  story, and the repeated headline over each slide is no paragraph;
- a one-paragraph story (a video page's summary) over a strip of hot news in headings,
  in a box named like a widget: the summary is the story, not the strip;
- a share bar's lone label "转发至：" is UI.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-lakeside.cn/news/20241105/7731.html"


def _body(html: str) -> list[str]:
    return extract_article(html, URL).body.split("\n")


def test_story_in_a_muted_box_keeps_the_paragraphs_after_its_br_run() -> None:
    title = "湖畔市马拉松明年起设残障人士组别"
    first = [
        "湖畔市体育局昨天宣布，明年春季的城市马拉松将首次设立残障人士组别。",
        "组委会说，这个组别设轮椅、视障和肢体三个小组，每组名额五十人。",
        "•报名者需提供残联出具的证明",
        "•视障选手可以带一名陪跑员",
        "在发布会结束之后，组委会负责人作了如下说明：",
    ]
    rest = [
        "新组别的奖金与男女全程组相同，赛道沿湖一段会加装护栏和坡道。",
        "志愿者培训下月开始，组委会计划招募两百名熟悉手语和导盲的志愿者。",
        "负责人说，明年的赛事如果顺利，残障组别以后每年都会保留，名额还会根据报名情况逐年增加。",
    ]
    html = (
        f"<html><head><title>{title} - 湖畔体育网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/run/'>跑步</a></div>"
        "<div class='detail clearfix'><div class='detailLeft fl'><div class='playerView'>"
        f"<h3>{title}</h3><div class='titles'><span>作者：林舟</span>"
        "<span>2024-11-05 09:12:40</span><span>1532</span></div>"
        f"<p><span>{'<br><br>'.join(first)}<br></span></p>"
        + "".join(f"<p><span>{line}<br></span></p>" for line in rest)
        + "<p><span>编辑：晓岚</span></p></div></div>"
        "<div class='detailRight fr'><h3 class='fl'>推荐文章</h3>"
        + "".join(f"<p><a href='/a/{i}.html'>湖边骑行线路第{i}期推荐</a></p>" for i in range(4))
        + "</div></div><div class='footer'>关于我们 | 湖畔体育网 版权所有</div></body></html>"
    )
    body = _body(html)
    assert body[0] == first[0]
    assert rest[-1] in body
    assert all(line in body for line in rest)


def test_story_opening_with_a_takedown_word_a_clause_from_we_stays() -> None:
    lead = (
        "随着越来越多的玩家提出需求，不少网络游戏都放宽了角色外观的限制。"
        "最近一款老牌模拟经营游戏也宣布，下个版本将取消店铺招牌只能用固定字体的规定，"
        "这条规定移除，我们可以在游戏里看到手写体、毛笔字甚至像素风的招牌？"
        "不少老玩家说，等这一天等了五年。"
    )
    rest = [
        "按照原来的设计，玩家只能在六种字体里挑一种，颜色也只有十二种可选。",
        "开发团队在公告里说，新版本还会开放招牌的尺寸和位置调整，让街道看起来更像真的商业街。",
    ]
    html = site_article(
        _paras([lead, *rest]),
        title="老牌经营游戏放开招牌字体限制",
        site="湖畔游戏网",
        info="2024-11-05 12:16 来源：湖畔游戏网",
    )
    assert _body(html) == [lead, *rest]


def test_gallery_slides_toggled_by_inline_display_are_the_story() -> None:
    title = "湖畔湿地迎来今冬第一批候鸟"
    slides = [
        "11月4日，湖畔湿地公园的观鸟屋里，工作人员记录到今冬第一批白琵鹭。",
        "据公园介绍，今年到达的时间比去年早了一周，第一批约有三百只。",
        "工作人员说，湿地今年新修了三处浅滩，候鸟觅食更方便了。",
        "公园提醒游客，观鸟时请保持距离，不要投喂。",
    ]
    items = "".join(
        f"<li style='display: {'block' if i == 0 else 'none'};'><h2>{title}</h2><p>{text}</p></li>"
        for i, text in enumerate(slides)
    )
    html = (
        f"<html><head><title>{title}_湖畔图片</title></head><body>"
        "<div class='picsTit'><span>图片频道</span><span>218</span></div>"
        "<div class='picsBox'><div class='picTxtBox'><div class='picTxt clearfix'>"
        f"<div class='picPage'><span>1</span><span>/</span><span>4</span></div><ul>{items}</ul>"
        "</div></div></div><div class='readMore'>点击查看更多图集</div></body></html>"
    )
    assert _body(html) == slides


def test_hidden_copy_of_the_shown_slide_still_goes() -> None:
    title = "湖畔湿地迎来今冬第一批候鸟"
    text = "11月4日，湖畔湿地公园的观鸟屋里，工作人员记录到今冬第一批白琵鹭，约有三百只。"
    items = (
        f"<li style='display: block;'><h2>{title}</h2><p>{text}</p></li>"
        f"<li style='display: none;'><h2>{title}</h2><p>{text}</p></li>"
    )
    html = (
        f"<html><head><title>{title}_湖畔图片</title></head><body>"
        f"<div class='picTxt'><ul>{items}</ul></div></body></html>"
    )
    assert _body(html) == [text]


def test_one_paragraph_story_over_a_hot_news_strip_in_headings() -> None:
    title = "对话湖畔医院护士长：夜班病房里的十二小时"
    summary = (
        "凌晨两点的病房并不安静。湖畔医院外科护士长陈悦带着三名护士值夜班，"
        "我们跟拍了她们的十二小时，看看夜班护士要做哪些事、最怕遇到什么情况。"
    )
    strip = "".join(
        f"<h2 class='flash_tit'>【{head}】{text}</h2>"
        for head, text in [
            (
                "全市公交明起调整三条夜班线路",
                "市交通局今天发布通告，明天起三条夜班公交线路延长运营时间，末班车推迟到凌晨一点。调整后，三条线路的发车间隔由三十分钟缩短到二十分钟，沿线新增六个站点，方便夜间下班的市民回家。",
            ),
            (
                "湖畔新区两所小学明年秋季招生",
                "区教育局表示，两所新建小学明年秋季开始招生，每所学校计划招收一年级新生三百人。两所学校的划片范围将在明年五月公布，家长可以通过区教育局的网站查询，报名采用网上登记的方式。",
            ),
            (
                "本周末气温回升 最高可达二十度",
                "市气象台预计，本周末全市以晴为主，最高气温可达二十度，早晚温差较大。气象台提醒，下周初将有一股冷空气过境，气温会明显下降，市民出行要注意及时添衣，做好防寒保暖。",
            ),
        ]
    )
    html = (
        f"<html><head><title>{title}_湖畔新闻</title></head><body>"
        "<article class='art_box'><section class='j_main_art'>"
        f"<h1 class='art_tit'>{title}</h1><h2 class='user'>湖畔晚报</h2>"
        "<figure><figcaption>2024.11.0520:26</figcaption></figure>"
        f"<section class='art_content'><p class='art_p'>{summary}</p></section>"
        "<div class='bottom_button'>打开湖畔新闻</div>"
        f"<div class='sw hotNews swiper-container'><div class='swiper-wrapper'>"
        f"<div class='swiper-slide'>{strip}</div>"
        f"<div class='swiper-slide'>{strip}</div></div></div>"
        "</section></article><div class='footer'>湖畔新闻 版权所有</div></body></html>"
    )
    assert _body(html) == [summary]


def test_share_label_alone_is_ui() -> None:
    story = [
        "湖畔区今年新开的三家社区食堂，每天中午供应两荤两素，老人凭卡打八折。",
        "区民政局说，食堂由街道提供场地，餐饮企业运营，菜价每季度公示一次。",
    ]
    html = site_article(
        "<div class='share'>转发至：</div>" + _paras(story),
        title="湖畔区三家社区食堂开张",
        site="湖畔新闻网",
        info="2024-11-05 08:00 来源：湖畔日报",
    )
    assert _body(html) == story
